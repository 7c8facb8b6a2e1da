import ArgumentParser
import Foundation
import InfluenceCentrality
import InfluenceDiff
import InfluenceGraph
import InfluenceIO
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

            Events are the since/until of every node and edge, the since/until of dated attribute values, and date-valued attributes; each carries the quote and source of its element's first evidence. At one date, ends come before beginnings (an interval is [since, until)), then file order. With --measure, the measure is computed on the snapshot at every event date (as `influence centrality --at DATE` would) and the rows are the nodes ranked --top or better at one date at least, ordered by their best rank, then id; ranks are competition ranks (ties share the best rank). An SVG output (-o FILE.svg or --format svg) is the chart of rank over time (pagerank unless --measure says otherwise). See Guides/Timeline.md.
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json, svg }

        @Argument(help: "A network file ('-' reads standard input, with --input-format).")
        var file: String

        @Option(help: "Also rank the nodes by this measure at every event date (\(Measure.allCases.map(\.rawValue).joined(separator: ", "))).")
        var measure: String?

        @Option(help: "With --measure: the nodes ranked N or better at one date at least.")
        var top: Int = 10

        @Option(help: "Output format (default: from the extension of -o — .csv, .json, .svg — else table).")
        var format: Format?

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
        var output: String?

        @Option(help: "Only events (and, with --measure, ranking dates) on or after this date.")
        var from: DateArgument?

        @Option(help: "Only events (and ranking dates) on or before this date.")
        var to: DateArgument?

        @Option(help: "The chart's title (default: the network's title and the measure).")
        var title: String?

        @Option(help: "With --measure: rank on these relations (comma-separated), counted or not, instead of the counted ones.")
        var relations: String?

        @Option(help: "With --measure: the edge field read as the weight ('weight' or a numeric attribute; 'none' ignores weights).")
        var weight: String?

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
            if let measure { return Measure(rawValue: measure) }
            return outputFormat == .svg ? .pagerank : nil
        }

        func validate() throws {
            if let measure, Measure(rawValue: measure) == nil {
                throw ValidationError("Unknown --measure '\(measure)' (values: \(Measure.allCases.map(\.rawValue).joined(separator: ", "))).")
            }
            if top < 1 { throw ValidationError("--top must be at least 1.") }
            if chosenMeasure == nil && (relations != nil || weight != nil) {
                throw ValidationError("--relations and --weight apply to rankings: add --measure (or write a chart).")
            }
            if let from, let to, from.date > to.date {
                throw ValidationError("--from \(from.date) is after --to \(to.date); the earlier date comes first.")
            }
        }

        func run() throws {
            var network = try input.load(file)
            network = filters.apply(network)
            let events = timelineEvents(network).filter(inRange)
            let format = outputFormat
            guard let measure = chosenMeasure else {
                let text: String
                switch format {
                case .table: text = TimelineReport.eventTable(events)
                case .csv: text = TimelineReport.eventCSV(events)
                case .json: text = "{\"events\": " + TimelineReport.eventJSON(events) + "}\n"
                case .svg: preconditionFailure("an SVG output always has a measure")
                }
                try emit(Array(text.utf8), to: output)
                return
            }

            var options = MeasureOptions()
            let weightField = weight == "none" ? nil : (weight ?? "weight")
            if let field = weight, field != "none", !network.hasWeightField(field) {
                Console.error("\(file): no edge has a numeric '\(field)' field to use as --weight")
                throw ExitCode.failure
            }
            if measure.weightsAreDistances {
                options.weighted = weight != nil && weight != "none"
            } else if weight == "none" {
                options.weighted = false
            } else if weight != nil {
                options.weighted = true
            }
            let view: GraphView = relations.map { .ranking(relations: Set(commaList($0))) } ?? .ranking()
            let dates = network.eventDates().filter(inRange)
            let timeline: RankTimeline
            do {
                timeline = try rankTimeline(network, measure: measure, options: options, dates: dates, view: view,
                                            weightField: weightField)
            } catch {
                Console.error("\(file): \(measure.rawValue) \(error)")
                throw ExitCode.failure
            }
            if dates.isEmpty { Console.warning("\(file): no dated events\(from != nil || to != nil ? " in the range" : ""): nothing to rank over time") }
            let labels = Dictionary(network.nodes.map { ($0.id, $0.displayName) }, uniquingKeysWith: { a, _ in a })
            let report = RankTimelineReport(timeline: timeline, top: top, labels: labels)
            let bytes: [UInt8]
            switch format {
            case .table: bytes = Array(report.table().utf8)
            case .csv: bytes = Array(report.csv().utf8)
            case .json: bytes = Array(report.json(events: events).utf8)
            case .svg:
                let heading = title ?? ((network.title.map { $0 + ": " } ?? "") + "\(measure.rawValue) rank over time")
                bytes = Array(RankChart.timeline(timeline, top: top, title: heading, labels: labels).utf8)
            }
            try emit(bytes, to: output)
        }

        func inRange(_ date: InfluenceDate) -> Bool {
            if let from, date < from.date { return false }
            if let to, to.date < date { return false }
            return true
        }

        func inRange(_ event: TimelineEvent) -> Bool { inRange(event.date) }
    }
}

/// Dated events as a terminal table (each with its quote on an indented line below), CSV or JSON.
enum TimelineReport {
    static func what(_ w: TimelineEvent.What) -> String { w.rawValue }

    static func elementType(_ e: TimelineEvent) -> String {
        if case .edge = e.element { return "edge" }
        return "node"
    }

    /// `field = value` for attribute events, empty otherwise.
    static func detail(_ e: TimelineEvent) -> String {
        guard let field = e.field else { return "" }
        return e.value.map { "\(field) = \($0)" } ?? field
    }

    /// One row per event (`date  event  element: attribute = value`), its quote and source wrapped
    /// on indented lines below; a quote repeated from the event above is not printed again.
    static func eventTable(_ events: [TimelineEvent]) -> String {
        if events.isEmpty { return "No dated events.\n" }
        let rows = [["date", "event", "element"]]
            + events.map { e in [e.date.description, what(e.what), e.description + (e.field == nil ? "" : ": " + detail(e))] }
        let lines = alignedTable(rows, rightAligned: []).split(separator: "\n", omittingEmptySubsequences: false)
        var out = String(lines[0]) + "\n"
        var previous: (quote: String?, source: String?)?
        for (k, e) in events.enumerated() {
            out += lines[k + 1] + "\n"
            if let p = previous, p.quote == e.quote, p.source == e.source, e.quote != nil {
                out += "    (same quote as above)\n"
                continue
            }
            previous = (e.quote, e.source)
            var quote = e.quote.map { "“\($0)”" } ?? ""
            if let source = e.source { quote += (quote.isEmpty ? "" : " ") + "[\(source)]" }
            for line in wrap(quote, width: 96) { out += "    " + line + "\n" }
        }
        return out
    }

    /// Greedy word wrap; a word longer than `width` stays whole.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    static func csvField(_ s: String) -> String {
        RankingReport(ids: [], labels: [:], measures: [], columns: []).csvField(s)
    }

    /// `date,event,type,element,id,field,value,source,quote`; absent parts empty.
    static func eventCSV(_ events: [TimelineEvent]) -> String {
        var out = "date,event,type,element,id,field,value,source,quote\n"
        for e in events {
            let fields = [e.date.description, what(e.what), elementType(e), e.description, e.id ?? "", e.field ?? "",
                          e.value?.description ?? "", e.source ?? "", e.quote ?? ""]
            out += fields.map(csvField).joined(separator: ",") + "\n"
        }
        return out
    }

    static func json(_ value: AttributeValue?) -> String {
        switch value {
        case nil: "null"
        case .string(let s): jsonString(s)
        case .number(let x): jsonNumber(x)
        case .bool(let b): b ? "true" : "false"
        case .date(let d): jsonString(d.description)
        }
    }

    /// A JSON array of `{"date", "event", "type", "element", "id", "field", "value", "source", "quote"}`
    /// (absent parts `null`; values typed: numbers, booleans, strings, dates as strings).
    static func eventJSON(_ events: [TimelineEvent]) -> String {
        if events.isEmpty { return "[]" }
        func optional(_ s: String?) -> String { s.map(jsonString) ?? "null" }
        let items = events.map { e in
            "{\"date\": \(jsonString(e.date.description)), \"event\": \(jsonString(what(e.what))), \"type\": \(jsonString(elementType(e))), "
                + "\"element\": \(jsonString(e.description)), \"id\": \(optional(e.id)), \"field\": \(optional(e.field)), "
                + "\"value\": \(json(e.value)), \"source\": \(optional(e.source)), \"quote\": \(optional(e.quote))}"
        }
        return "[\n  " + items.joined(separator: ",\n  ") + "\n]"
    }
}

/// A rank timeline as a terminal table (ranks, then values), CSV or JSON: one row per node ranked
/// `top` or better at one date at least, ordered by best rank, then id.
struct RankTimelineReport {
    var timeline: RankTimeline
    var top: Int
    var labels: [String: String]

    var ids: [String] { timeline.leaders(top: top) }
    var dates: [String] { timeline.dates.map(\.description) }

    /// Two tables with two-line date headers (`2025` over `11-18`), so columns stay narrow.
    func table() -> String {
        let ids = self.ids
        let measure = timeline.measure
        var out = "\(measure) rank at each event date (1 = highest, competition ranks; — = not in that snapshot).\n"
        out += "Nodes ranked \(top) or better at one date at least: \(ids.count), by best rank, then id.\n\n"
        if timeline.dates.isEmpty { return out }
        let years = timeline.dates.map { String($0.description.prefix(4)) }
        let rests = timeline.dates.map { $0.description.count > 5 ? String($0.description.dropFirst(5)) : "" }
        let showLabels = ids.contains { (labels[$0] ?? $0) != $0 }
        func grid(_ cell: (String, Int) -> String) -> String {
            var rows: [[String]] = []
            rows.append(["id"] + (showLabels ? ["label"] : []) + ["best"] + years)
            rows.append(["", ""] + (showLabels ? [""] : []) + rests)
            for id in ids {
                var row = [id]
                if showLabels { row.append(truncated(labels[id] ?? id)) }
                row.append(timeline.bestRank(of: id).map(String.init) ?? "—")
                row += timeline.dates.indices.map { cell(id, $0) }
                rows.append(row)
            }
            let numeric = Set((showLabels ? 2 : 1) ..< rows[0].count)
            return alignedTable(rows, rightAligned: numeric)
        }
        out += grid { id, d in timeline.rank(of: id, at: d).map(String.init) ?? "—" }
        out += "\n\(measure) value at each event date:\n\n"
        out += grid { id, d in
            guard let v = timeline.value(of: id, at: d) else { return "—" }
            return v.isNaN ? "NaN" : String(format: "%.4g", v)
        }
        return out
    }

    func truncated(_ s: String) -> String { s.count <= 32 ? s : String(s.prefix(31)) + "…" }

    /// `id,label,best_rank,rank_DATE…,MEASURE_DATE…`; absent: empty field; full precision.
    func csv() -> String {
        let csv = RankingReport(ids: [], labels: [:], measures: [], columns: [])
        let header = ["id", "label", "best_rank"] + dates.map { "rank_" + $0 } + dates.map { timeline.measure + "_" + $0 }
        var out = header.map(csv.csvField).joined(separator: ",") + "\n"
        for id in ids {
            var row = [csv.csvField(id), csv.csvField(labels[id] ?? id), timeline.bestRank(of: id).map(String.init) ?? ""]
            row += timeline.dates.indices.map { timeline.rank(of: id, at: $0).map(String.init) ?? "" }
            row += timeline.dates.indices.map { d in timeline.value(of: id, at: d).map { $0.isNaN ? "" : jsonNumber($0) } ?? "" }
            out += row.joined(separator: ",") + "\n"
        }
        return out
    }

    /// `{"measure", "top", "dates": […], "nodes": [{"id", "label", "best_rank", "ranks": […], "values": […]}], "events": […]}`,
    /// `null` where a node is absent.
    func json(events: [TimelineEvent]) -> String {
        var out = "{\"measure\": \(jsonString(timeline.measure)), \"top\": \(top), \"dates\": ["
            + dates.map(jsonString).joined(separator: ", ") + "], \"nodes\": ["
        let ids = self.ids
        for (k, id) in ids.enumerated() {
            out += k == 0 ? "\n  " : ",\n  "
            let ranks = timeline.dates.indices.map { timeline.rank(of: id, at: $0).map(String.init) ?? "null" }
            let values = timeline.dates.indices.map { d in timeline.value(of: id, at: d).map { $0.isNaN ? "null" : jsonNumber($0) } ?? "null" }
            out += "{\"id\": \(jsonString(id)), \"label\": \(jsonString(labels[id] ?? id)), "
                + "\"best_rank\": \(timeline.bestRank(of: id).map(String.init) ?? "null"), "
                + "\"ranks\": [\(ranks.joined(separator: ", "))], \"values\": [\(values.joined(separator: ", "))]}"
        }
        out += ids.isEmpty ? "]" : "\n]"
        return out + ", \"events\": " + TimelineReport.eventJSON(events) + "}\n"
    }
}
