import Foundation
import InfluenceCentrality
import InfluenceDiff
import InfluenceGraph
import InfluenceSerialization

/// Renders `NetworkStats` for people (text) and programs (JSON, DESIGN.md's contract:
/// `{"nodes", "edges", "directed", "kinds", "relations", "weak_components", "strong_components",
/// "density", "dates", "self_loops", "isolates"}`, with `title` first and `at` last when present).
public enum StatsReport {
    /// The stats as one JSON object, one key per line; `dates` is `[first, last]` or `null`,
    /// `strong_components` is `null` for an undirected network, and `at` is the snapshot date.
    public static func json(_ s: NetworkStats, at: InfluenceDate?) -> String {
        func counts(_ d: [String: Int]) -> String {
            "{" + d.sorted { $0.key < $1.key }.map { "\(JSONText.string($0.key)): \($0.value)" }.joined(separator: ", ") + "}"
        }
        var fields: [(String, String)] = [
            ("nodes", String(s.nodeCount)),
            ("edges", String(s.edgeCount)),
            ("directed", String(s.directed)),
            ("kinds", counts(s.kinds)),
            ("relations", counts(s.relations)),
            ("weak_components", String(s.weakComponents)),
            ("strong_components", s.strongComponents.map(String.init) ?? "null"),
            ("density", formatNumber(s.density)),
            ("dates", s.dateRange.map { "[\(JSONText.string($0.lowerBound.description)), \(JSONText.string($0.upperBound.description))]" } ?? "null"),
            ("self_loops", String(s.selfLoops)),
            ("isolates", String(s.isolates)),
        ]
        if let title = s.title { fields.insert(("title", JSONText.string(title)), at: 0) }
        if let at { fields.append(("at", JSONText.string(at.description))) }
        return "{\n" + fields.map { "  \(JSONText.string($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n}\n"
    }

    /// The stats as aligned `name  value` lines (title and `snapshot at DATE` first when present),
    /// then the counts of kinds and of relations, most frequent first.
    public static func text(_ s: NetworkStats, at: InfluenceDate?) -> String {
        var lines: [String] = []
        if let title = s.title { lines.append(title) }
        if let at { lines.append("snapshot at \(at)") }
        func row(_ name: String, _ value: String) { lines.append(name.padding(toLength: 12) + value) }
        row("nodes", String(s.nodeCount))
        row("edges", "\(s.edgeCount) (\(s.directed ? "directed" : "undirected"))")
        row("density", formatNumber(s.density))
        if let strong = s.strongComponents {
            row("components", "\(s.weakComponents) weak, \(strong) strong")
        } else {
            row("components", "\(s.weakComponents)")
        }
        row("isolates", String(s.isolates))
        if s.selfLoops > 0 { row("self-loops", String(s.selfLoops)) }
        row("dates", s.dateRange.map { "\($0.lowerBound) … \($0.upperBound)" } ?? "none")
        func table(_ title: String, _ counts: [String: Int]) {
            guard !counts.isEmpty else { return }
            lines.append(title)
            let width = (counts.keys.map(\.count).max() ?? 0) + 2
            for (k, v) in counts.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
                lines.append("  " + k.padding(toLength: width) + String(v))
            }
        }
        table("kinds", s.kinds)
        table("relations", s.relations)
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self + " " : self + String(repeating: " ", count: length - count)
    }
}
