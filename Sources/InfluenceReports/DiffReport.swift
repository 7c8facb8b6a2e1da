import Foundation
import InfluenceCentrality
import InfluenceDiff
import InfluenceGraph
import InfluenceSerialization

/// The diff for people: sections Entered, Left, Renamed, Changed, Rose, Fell, one line per item,
/// each with its evidence on an indented line.
public enum DiffReport {
    /// - Parameters:
    ///   - diff: what entered, left or changed.
    ///   - shifts: who rose or fell, when a measure was asked for.
    ///   - from: the earlier side's name (a date, or a file and date).
    ///   - to: the later side's name.
    ///   - limit: show at most this many risers, fallers, entering and leaving nodes, then a count of the rest.
    ///   - colored: paint with ANSI colours (for a terminal).
    public static func text(_ diff: NetworkDiff, shifts: CentralityShifts?, from: String, to: String, limit: Int?, colored: Bool) -> String {
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
                var lines = TextTable.aligned(shown, rightAligned: []).split(separator: "\n").map { "  " + paint(String($0), color) }
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
