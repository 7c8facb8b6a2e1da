import ArgumentParser
import Foundation
import InfluenceCentrality
import InfluenceDiff
import InfluenceGraph
import InfluenceGraphviz
import InfluenceIO
import InfluenceReports
import InfluenceRender

extension InfluenceCommand {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "What entered, left or changed between two networks, or one network at two dates, and who rose or fell.",
            discussion: """
            Examples:
              influence diff graphs/iraq-2025.yaml --from 2025-11-17 --to 2025-11-19
              influence diff old.yaml new.yaml --format json -o changes.json
              influence diff graphs/iraq-2025.yaml --from 2025-11-01 --to 2025-12-12 -o out/diff.svg
              influence diff graphs/iraq-2025.yaml --from 2025-11-01 --to 2025-12-12 -o out/diff.svg --side-by-side
              influence diff graphs/iraq-2025.yaml --from 2025-11-01 --to 2025-12-12 -o out/ranks.svg --chart ranks

            Nodes are matched by id, then renamed nodes through their aliases or labels; edges by id when both sides give one, else by (from, to, relation), parallel edges in file order. Each item carries its evidence (source and quote). Rank shifts use --measure on each side's ranking view, as `influence centrality` does; ranks are competition ranks (ties share the best rank). Text output is coloured only on a terminal. Exit 0 whether or not the sides differ, unless --exit-code (then 1 when they differ).
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, svg, png, pdf, dot }
        enum Chart: String, ExpressibleByArgument, CaseIterable { case ranks }

        @Argument(help: "OLD NEW (two network files), or one FILE with --from and --to.")
        var files: [String]

        @Option(help: "The date of the earlier side (with one file; with two, the snapshot of OLD at that date).")
        var from: DateArgument?

        @Option(help: "The date of the later side (with one file; with two, the snapshot of NEW at that date).")
        var to: DateArgument?

        @Option(help: "The centrality measure whose rank shifts are reported ('none' for no ranking).")
        var measure: MeasureArgument = .measure(.pagerank)

        @Option(help: "Report at most N risers, fallers, entering and leaving nodes (text shows 15 of each unless given).")
        var top: Int?

        @Option(help: "Report only rises and falls of at least this many ranks (0 also reports value-only moves).")
        var minShift: Int = 0

        @Option(help: "Output format (default: from the extension of -o, else text).")
        var format: Format?

        @OptionGroup var out: OutputOptions
        var output: String? { out.output }

        @Flag(help: "Draw the before and after sides next to each other, every node at the same place in both.")
        var sideBySide = false

        @Option(help: "Draw a chart instead of the network: 'ranks' (slope chart of the top ranks before → after, SVG).")
        var chart: Chart?

        @Option(help: "Also write the rank-shift chart (SVG) to this file.")
        var chartOutput: String?

        @OptionGroup var drawing: DrawingOptions

        @Flag(help: "Exit with 1 when the sides differ (like git diff --exit-code).")
        var exitCode = false

        @OptionGroup var filters: FilterOptions

        @OptionGroup var input: InputOptions

        /// The format `-o`'s extension names (`.txt` is text); `nil` for an unknown extension.
        var extensionFormat: Format? {
            guard let output, output != "-" else { return .text }
            let ext = (output as NSString).pathExtension.lowercased()
            return ext == "txt" ? .text : Format(rawValue: ext)
        }

        /// `--format`, else `-o`'s extension, else text (validate() refuses an unknown extension).
        var outputFormat: Format { format ?? extensionFormat ?? .text }

        func validate() throws {
            switch files.count {
            case 1:
                guard from != nil, to != nil else {
                    throw ValidationError("With one file, give --from DATE and --to DATE (or give two files: OLD NEW).")
                }
            case 2: break
            default: throw ValidationError("Give two network files (OLD NEW), or one file with --from and --to.")
            }
            if let from, let to, from.date > to.date {
                throw ValidationError("--from \(from.date) is after --to \(to.date); the earlier date comes first.")
            }
            try measure.check("--measure")
            if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
            if minShift < 0 { throw ValidationError("--min-shift must be 0 or more.") }
            if format == nil, extensionFormat == nil, let output {
                throw ValidationError("Cannot tell the output format of '\(output)'; give --format (text, json, svg, png, pdf or dot).")
            }
            if chart != nil && outputFormat != .svg {
                throw ValidationError("--chart ranks draws SVG: use -o FILE.svg or --format svg.")
            }
            if (chart != nil || chartOutput != nil) && measure.measure == nil {
                throw ValidationError("The rank chart needs a --measure.")
            }
            if sideBySide && ![.svg, .png, .pdf, .dot].contains(outputFormat) {
                throw ValidationError("--side-by-side draws a diagram: use -o with .svg, .png, .pdf or .dot.")
            }
        }

        func run() throws {
            let subject = files.count == 1 ? files[0] : "\(files[0]) and \(files[1])"
            try reporting(subject) {
                let sides = try loadSides()
                try filters.checkKinds(among: sides.before.kindNames + sides.after.kindNames, file: subject)
                let diff = try NetworkDiff(before: filters.filtered(sides.before), after: filters.filtered(sides.after))
                var shifts: CentralityShifts?
                if let m = measure.measure {
                    do { shifts = try diff.centralityShifts(m, top: top, minShift: minShift) } catch {
                        // A measure that refuses the weights (PageRank, a negative weight): ranked
                        // without weights instead, with one warning (diff has no --weight).
                        guard let refusal = error as? CentralityError, case .invalidWeight = refusal else {
                            throw Failure.input("\(subject): --measure \(m.rawValue): \(error)")
                        }
                        Console.warning("\(subject): --measure \(m.rawValue): \(refusal); rank shifts are \(m.rawValue) without weights")
                        do { shifts = try diff.centralityShifts(m, weightField: nil, top: top, minShift: minShift) } catch {
                            throw Failure.input("\(subject): --measure \(m.rawValue): \(error)")
                        }
                    }
                }
                if let chartOutput, let shifts {
                    try emit(rankChart(diff, shifts: shifts, fromLabel: sides.fromLabel, toLabel: sides.toLabel), to: chartOutput)
                }
                try out.emit(try bytes(diff, shifts: shifts, sides))
                if exitCode && !diff.isEmpty { throw ExitCode.failure }
            }
        }

        /// The two sides and how to name them.
        struct Sides {
            var before: Network
            var after: Network
            var fromLabel: String
            var toLabel: String
        }

        func loadSides() throws -> Sides {
            if files.count == 1 {
                let network = try input.load(files[0])
                return Sides(before: network.snapshot(at: from!.date), after: network.snapshot(at: to!.date),
                             fromLabel: from!.date.description, toLabel: to!.date.description)
            }
            var before = try input.load(files[0])
            var after = try input.load(files[1])
            if let from { before = before.snapshot(at: from.date) }
            if let to { after = after.snapshot(at: to.date) }
            return Sides(before: before, after: after, fromLabel: files[0] + (from.map { "@\($0.date)" } ?? ""),
                         toLabel: files[1] + (to.map { "@\($0.date)" } ?? ""))
        }

        /// The output in ``outputFormat``.
        func bytes(_ diff: NetworkDiff, shifts: CentralityShifts?, _ sides: Sides) throws -> [UInt8] {
            switch outputFormat {
            case .text:
                return Array(DiffReport.text(diff, shifts: shifts, from: sides.fromLabel, to: sides.toLabel, limit: top == nil ? 15 : nil,
                                             colored: output == nil && isatty(STDOUT_FILENO) == 1).utf8)
            case .json:
                return DiffWriter.json(diff, shifts: shifts, from: sides.fromLabel, to: sides.toLabel)
            case .svg where chart == .ranks:
                return try rankChart(diff, shifts: shifts!, fromLabel: sides.fromLabel, toLabel: sides.toLabel)
            case .svg, .png, .pdf, .dot:
                return try diagram(diff, shifts: shifts, fromLabel: sides.fromLabel, toLabel: sides.toLabel)
            }
        }
    }
}
