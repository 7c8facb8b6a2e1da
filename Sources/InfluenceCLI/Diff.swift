import ArgumentParser
import Foundation
import InfluenceCentrality
import InfluenceDiff
import InfluenceGraph
import InfluenceGraphviz
import InfluenceIO
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
        var measure: String = "pagerank"

        @Option(help: "Report at most N risers, fallers, entering and leaving nodes (text shows 15 of each unless given).")
        var top: Int?

        @Option(help: "Report only rises and falls of at least this many ranks (0 also reports value-only moves).")
        var minShift: Int = 0

        @Option(help: "Output format (default: from the extension of -o, else text).")
        var format: Format?

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
        var output: String?

        @Flag(help: "Draw the before and after sides next to each other, every node at the same place in both.")
        var sideBySide = false

        @Option(help: "Draw a chart instead of the network: 'ranks' (slope chart of the top ranks before → after, SVG).")
        var chart: Chart?

        @Option(help: "Also write the rank-shift chart (SVG) to this file.")
        var chartOutput: String?

        @Option(help: "Layout engine for diagrams (default: chosen by size).")
        var engine: InfluenceCommand.Render.Engine?

        @Flag(help: "Lay out with dot even when the graph is too large for it to finish quickly.")
        var force = false

        @Option(help: "A style file (YAML) for the node shapes; see Guides/Rendering.md.")
        var style: String?

        @Flag(inversion: .prefixedNo, help: "Draw the legend.")
        var legend = true

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
            if measure != "none" && Measure(rawValue: measure) == nil {
                throw ValidationError("Unknown --measure '\(measure)' (values: none, \(Measure.allCases.map(\.rawValue).joined(separator: ", "))).")
            }
            if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
            if minShift < 0 { throw ValidationError("--min-shift must be 0 or more.") }
            if format == nil, extensionFormat == nil, let output {
                throw ValidationError("Cannot tell the output format of '\(output)'; give --format (text, json, svg, png, pdf or dot).")
            }
            if chart != nil && outputFormat != .svg {
                throw ValidationError("--chart ranks draws SVG: use -o FILE.svg or --format svg.")
            }
            if (chart != nil || chartOutput != nil) && measure == "none" {
                throw ValidationError("The rank chart needs a --measure.")
            }
            if sideBySide && ![.svg, .png, .pdf, .dot].contains(outputFormat) {
                throw ValidationError("--side-by-side draws a diagram: use -o with .svg, .png, .pdf or .dot.")
            }
        }

        func run() throws {
            var before: Network, after: Network
            let fromLabel: String, toLabel: String
            if files.count == 1 {
                let network = try input.load(files[0])
                before = network.snapshot(at: from!.date)
                after = network.snapshot(at: to!.date)
                fromLabel = from!.date.description
                toLabel = to!.date.description
            } else {
                before = try input.load(files[0])
                after = try input.load(files[1])
                if let from { before = before.snapshot(at: from.date) }
                if let to { after = after.snapshot(at: to.date) }
                fromLabel = files[0] + (from.map { "@\($0.date)" } ?? "")
                toLabel = files[1] + (to.map { "@\($0.date)" } ?? "")
            }
            before = filters.apply(before)
            after = filters.apply(after)
            let where_ = files.count == 1 ? files[0] : "\(files[0]) and \(files[1])"

            let diff: NetworkDiff
            do { diff = try NetworkDiff(before: before, after: after) } catch {
                Console.error("\(where_): \(error)")
                throw ExitCode.failure
            }
            var shifts: CentralityShifts?
            if let m = Measure(rawValue: measure) {
                do {
                    shifts = try diff.centralityShifts(m, top: top, minShift: minShift)
                } catch {
                    Console.error("\(where_): --measure \(measure): \(error)")
                    throw ExitCode.failure
                }
            }

            if let chartOutput, let shifts {
                try emit(rankChart(diff, shifts: shifts, fromLabel: fromLabel, toLabel: toLabel), to: chartOutput)
            }

            let bytes: [UInt8]
            switch outputFormat {
            case .text:
                bytes = Array(DiffReport.text(diff, shifts: shifts, from: fromLabel, to: toLabel, limit: top == nil ? 15 : nil,
                                              colored: output == nil && isatty(STDOUT_FILENO) == 1).utf8)
            case .json:
                bytes = DiffWriter.json(diff, shifts: shifts, from: fromLabel, to: toLabel)
            case .svg where chart == .ranks:
                bytes = try rankChart(diff, shifts: shifts!, fromLabel: fromLabel, toLabel: toLabel)
            case .svg, .png, .pdf, .dot:
                bytes = try diagram(diff, shifts: shifts, fromLabel: fromLabel, toLabel: toLabel, where: where_)
            }
            try emit(bytes, to: output)
            if exitCode && !diff.isEmpty { throw ExitCode.failure }
        }

    }
}

/// The diff for people: sections Entered, Left, Renamed, Changed, Rose, Fell, one line per item,
/// each with its evidence on an indented line.
enum DiffReport {
    /// - Parameter limit: show at most this many risers, fallers, entering and leaving nodes, then a count of the rest.
    static func text(_ diff: NetworkDiff, shifts: CentralityShifts?, from: String, to: String, limit: Int?, colored: Bool) -> String {
        func paint(_ s: String, _ code: String) -> String { colored ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        let green = "32", red = "31", yellow = "33", bold = "1", dim = "2"
        let after = diff.after, before = diff.before
        func nodeName(_ n: Node) -> String { n.label.map { "\(n.id) (\($0))" } ?? n.id }
        func edgeName(_ e: Edge) -> String { "\(e.from) —\(e.relation)→ \(e.to)" + (e.id.map { "  [\($0)]" } ?? "") }
        func dates(_ v: Validity) -> String {
            switch (v.since, v.until) {
            case (nil, nil): ""
            case (let s?, nil): "  since \(s)"
            case (nil, let u?): "  until \(u)"
            case (let s?, let u?): "  \(s) – \(u)"
            }
        }
        func evidence(_ items: [Evidence], sources: Network) -> [String] {
            items.map { e in
                var line = "      "
                if let q = e.quote { line += "“\(q)”" }
                if let s = e.source {
                    let title = sources.sources[s]?.title ?? (before.sources[s]?.title)
                    line += (e.quote == nil ? "" : " — ") + (title.map { "\($0) [\(s)]" } ?? s)
                }
                if let c = e.confidence { line += " (\(c.rawValue))" }
                return paint(line, dim)
            }
        }
        func change(_ c: FieldChange) -> String {
            "\(c.field): \(c.before?.description ?? "–") → \(c.after?.description ?? "–")"
        }
        var out = "Diff \(from) → \(to)\n"
        var counts: [String] = []
        func count(_ n: Int, _ what: String) { if n > 0 { counts.append("\(n) \(what)") } }
        count(diff.addedNodes.count, "node\(diff.addedNodes.count == 1 ? "" : "s") entered")
        count(diff.addedEdges.count, "edge\(diff.addedEdges.count == 1 ? "" : "s") entered")
        count(diff.removedNodes.count, "node\(diff.removedNodes.count == 1 ? "" : "s") left")
        count(diff.removedEdges.count, "edge\(diff.removedEdges.count == 1 ? "" : "s") left")
        count(diff.renamedNodes.count, "renamed")
        count(diff.changedNodes.count, "node\(diff.changedNodes.count == 1 ? "" : "s") changed")
        count(diff.changedEdges.count, "edge\(diff.changedEdges.count == 1 ? "" : "s") changed")
        out += (counts.isEmpty ? "No differences." : counts.joined(separator: ", ") + ".") + "\n"

        func section(_ title: String, _ lines: [String]) {
            guard !lines.isEmpty else { return }
            out += "\n" + paint(title, bold) + "\n" + lines.joined(separator: "\n") + "\n"
        }
        /// One line per node and edge that entered (`+`) or left (`-`), each followed by its evidence.
        func elements(_ nodes: [Node], _ edges: [Edge], mark: String, color: String, sources: Network) -> [String] {
            var lines: [String] = []
            for n in nodes {
                lines.append(paint("  \(mark) node  \(nodeName(n))", color) + (n.kind.map { "  \($0)" } ?? "") + dates(n.validity))
                lines += evidence(n.evidence, sources: sources)
            }
            for e in edges {
                lines.append(paint("  \(mark) edge  \(edgeName(e))", color) + dates(e.validity))
                lines += evidence(e.evidence, sources: sources)
            }
            return lines
        }
        section("Entered", elements(diff.addedNodes, diff.addedEdges, mark: "+", color: green, sources: after))
        section("Left", elements(diff.removedNodes, diff.removedEdges, mark: "-", color: red, sources: before))
        section("Renamed", diff.renamedNodes.map { paint("  ~ node  \($0.from) → \($0.to)", yellow) + "  (matched by \($0.matchedBy))" })
        var changed: [String] = []
        for c in diff.changedNodes {
            changed.append(paint("  ~ node  \(nodeName(c.after))", yellow))
            changed += c.changes.map { "      " + change($0) }
            changed += evidence(c.after.evidence, sources: after)
        }
        for c in diff.changedEdges {
            changed.append(paint("  ~ edge  \(edgeName(c.after))", yellow))
            changed += c.changes.map { "      " + change($0) }
            changed += evidence(c.after.evidence, sources: after)
        }
        section("Changed", changed)

        if let shifts {
            let names = Dictionary(after.nodes.map { ($0.id, $0.displayName) }, uniquingKeysWith: { a, _ in a })
            func row(_ s: RankShift, _ mark: String) -> [String] {
                [mark, s.id, "rank \(s.rankBefore) → \(s.rankAfter)", "\(format(s.before)) → \(format(s.after))",
                 names[s.id].map { $0 == s.id ? "" : $0 } ?? ""]
            }
            func table(_ rows: [[String]], _ color: String) -> [String] {
                guard !rows.isEmpty else { return [] }
                let shown = limit.map { Array(rows.prefix($0)) } ?? rows
                var lines = alignedTable(shown, rightAligned: []).split(separator: "\n").map { "  " + paint(String($0), color) }
                if shown.count < rows.count { lines.append("  … and \(rows.count - shown.count) more (--top N shows N)") }
                return lines
            }
            section("Rose (\(shifts.measure))", table(shifts.rose.map { row($0, "▲") }, green))
            section("Fell (\(shifts.measure))", table(shifts.fell.map { row($0, "▼") }, red))
            section("Entered the ranking (\(shifts.measure))",
                    table(shifts.entered.map { ["+", $0.id, "rank \($0.rank)", format($0.value)] }, green))
            section("Left the ranking (\(shifts.measure))",
                    table(shifts.left.map { ["-", $0.id, "rank \($0.rank)", format($0.value)] }, red))
        }
        return out
    }

    /// Six significant digits: enough to see a move in a terminal (JSON has full precision).
    static func format(_ x: Double) -> String {
        guard x.isFinite else { return String(x) }
        return String(format: "%.6g", x)
    }
}
