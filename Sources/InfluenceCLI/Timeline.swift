import ArgumentParser
import Foundation
import InfluenceCentrality
import InfluenceDiff
import InfluenceGraph
import InfluenceIO
import InfluenceReports
import InfluenceRender

extension InfluenceCommand {
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The dated events of a network in date order, with their quotes; with --measure, each node's rank over time.",
            discussion: """
            Examples:
              influence timeline graphs/iraq-2025.yaml
              influence timeline graphs/iraq-2025.yaml --format csv -o events.csv
              influence timeline graphs/iraq-2025.yaml --measure pagerank --top 10
              influence timeline graphs/iraq-2025.yaml --measure betweenness -o out/ranks-over-time.svg
              influence timeline graphs/iraq-2025.yaml -o ranks.svg --top 12 --highlight cf,sudani
              influence timeline graphs/iraq-2025.yaml -o ranks.svg --top 24 --small-multiples

            Events are the since/until of every node and edge, the since/until of dated attribute values, and date-valued attributes; each carries the quote and source of its element's first evidence. At one date, ends come before beginnings (an interval is [since, until)), then file order. With --measure, the measure is computed on the snapshot at every event date (as `influence centrality --at DATE` would) and the rows are the nodes ranked --top or better at one date at least, ordered by their best rank, then id; ranks are competition ranks (ties share the best rank). An SVG output (-o FILE.svg or --format svg) is the chart of rank over time (pagerank unless --measure says otherwise): it draws the --top (default 7) nodes with the best rank at any date, each named at its line's end, and says how many of how many it shows; --highlight draws the nodes named strong and the others thin and grey. See Guides/Timeline.md.
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json, svg }

        @Argument(help: "A network file ('-' reads standard input, with --input-format).")
        var file: String

        @Option(help: "Also rank the nodes by this measure at every event date.")
        var measure: MeasureArgument?

        @Option(help: "With --measure: the nodes ranked N or better at one date at least (default 10). In the chart: the N nodes with the best rank at any date (default 7).")
        var top: Int?

        @Option(help: ArgumentHelp("In the chart: draw these nodes strong (always shown) and the others thin and grey.", valueName: "ID,..."))
        var highlight: String?

        @Flag(help: "In the chart: one small panel per node, its line strong over the others in grey.")
        var smallMultiples = false

        @Option(help: "Output format (default: from the extension of -o — .csv, .json, .svg — else table).")
        var format: Format?

        @OptionGroup var out: OutputOptions
        var output: String? { out.output }

        @Option(help: "Only events (and, with --measure, ranking dates) on or after this date.")
        var from: DateArgument?

        @Option(help: "Only events (and ranking dates) on or before this date.")
        var to: DateArgument?

        @Option(help: "The chart's title (default: the network's title and the measure).")
        var title: String?

        @OptionGroup(title: "Ranking (with --measure)") var ranking: RankingOptions

        @OptionGroup var filters: FilterOptions

        @OptionGroup var input: InputOptions

        var outputFormat: Format {
            if let format { return format }
            if let output, output != "-" {
                return Format(rawValue: (output as NSString).pathExtension.lowercased()) ?? .table
            }
            return .table
        }

        /// The measure asked for, or pagerank for a chart.
        var chosenMeasure: Measure? {
            if let measure { return measure.measure }
            return outputFormat == .svg ? .pagerank : nil
        }

        func validate() throws {
            try measure?.check("--measure", allowsNone: false)
            if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
            if (highlight != nil || smallMultiples) && outputFormat != .svg {
                throw ValidationError("\(smallMultiples ? "--small-multiples" : "--highlight") applies to the chart: write SVG (-o FILE.svg or --format svg).")
            }
            if chosenMeasure == nil && !ranking.isEmpty {
                throw ValidationError("--relations and --weight apply to rankings: add --measure (or write a chart).")
            }
            if let from, let to, from.date > to.date {
                throw ValidationError("--from \(from.date) is after --to \(to.date); the earlier date comes first.")
            }
        }

        func run() throws {
            try reporting(file) {
                let loaded = try input.load(file)
                try ranking.checkRelations(in: loaded, file: file)
                let network = try filters.apply(loaded, file: file)
                let events = timelineEvents(network).filter(inRange)
                guard let measure = chosenMeasure else {
                    switch outputFormat {
                    case .table: try out.emit(TimelineReport.eventTable(events))
                    case .csv: try out.emit(TimelineReport.eventCSV(events))
                    case .json: try out.emit(TimelineReport.eventDocument(events))
                    case .svg: preconditionFailure("an SVG output always has a measure")
                    }
                    return
                }
                try rank(network, by: measure, events: events)
            }
        }

        /// The rank of every node at every event date, as a table, CSV, JSON or chart.
        func rank(_ network: Network, by measure: Measure, events: [TimelineEvent]) throws {
            try ranking.checkWeight(in: network, file: file)
            var options = MeasureOptions()
            options.weighted = ranking.weights.weighted(for: measure)
            let dates = network.eventDates().filter(inRange)
            let timeline: RankTimeline
            do {
                timeline = try rankTimeline(network, measure: measure, options: options, dates: dates, view: ranking.view,
                                            weightField: ranking.weights.graphField)
            } catch {
                throw Failure.input("\(file): \(measure.rawValue) \(error)")
            }
            if dates.isEmpty { Console.warning("\(file): no dated events\(from != nil || to != nil ? " in the range" : ""): nothing to rank over time") }
            let labels = Dictionary(network.nodes.map { ($0.id, $0.displayName) }, uniquingKeysWith: { a, _ in a })
            let report = RankTimelineReport(timeline: timeline, top: top ?? 10, labels: labels)
            switch outputFormat {
            case .table: try out.emit(report.table())
            case .csv: try out.emit(report.csv())
            case .json: try out.emit(report.json(events: events))
            case .svg:
                let heading = title ?? ((network.title.map { $0 + ": " } ?? "") + "\(measure.rawValue) rank over time")
                let highlighted = try highlightIDs(network)
                let n = top ?? RankChart.defaultTimelineTop
                try out.emit(smallMultiples
                    ? RankChart.timelineSmallMultiples(timeline, top: n, title: heading, labels: labels, highlight: highlighted)
                    : RankChart.timeline(timeline, top: n, title: heading, labels: labels, highlight: highlighted))
            }
        }

        /// The ids of `--highlight`; an id that is no node of the (filtered) network is a usage
        /// error naming the closest id.
        func highlightIDs(_ network: Network) throws -> [String] {
            guard let highlight else { return [] }
            let known = Set(network.nodes.map(\.id))
            var ids: [String] = []
            for id in highlight.split(separator: ",", omittingEmptySubsequences: false).map({ $0.trimmingCharacters(in: .whitespaces) }) {
                guard known.contains(id) else {
                    var message = "\(file): --highlight: no node '\(Network.printable(id))'"
                    if let s = suggestion(for: id, among: network.nodes.map(\.id)) { message += " (did you mean '\(Network.printable(s))'?)" }
                    throw ValidationError(message)
                }
                if !ids.contains(id) { ids.append(id) }
            }
            return ids
        }

        func inRange(_ date: InfluenceDate) -> Bool {
            if let from, date < from.date { return false }
            if let to, to.date < date { return false }
            return true
        }

        func inRange(_ event: TimelineEvent) -> Bool { inRange(event.date) }
    }
}
