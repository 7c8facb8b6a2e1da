import Foundation
import InfluenceCentrality
import InfluenceGraph
import InfluenceSerialization

/// Node rankings as `influence centrality` prints them: a terminal table, CSV or JSON
/// (DESIGN.md's contract).
///
/// Rows are ordered by the first column under `NodeScores`'s rule (highest first, or lowest
/// first when `ascending`; NaN last; ties by id). Numbers are written in shortest round-trip form
/// in CSV and JSON, with six significant digits in the table; NaN (NetworkX's value for undefined
/// cases such as the constraint of an isolated node) is `null` in JSON, an empty field in CSV and
/// `—` in the table.
///
/// ```swift
/// let pagerank = try Measure.pagerank.scores(on: graph)
/// let report = RankingReport(ids: graph.ids, columns: [pagerank])
/// print(report.table(top: 10))
/// ```
///
/// - CSV: `id,<measure>,…`, one row per node.
/// - JSON: `{"measures": […], "nodes": [{"id": …, "<measure>": …}, …]}`.
public struct RankingReport: Sendable {
    /// The rows' node ids.
    public var ids: [String]
    /// The measures, one column each, every one keyed by ``ids`` in the same order.
    public var columns: [NodeScores]
    /// Labels by id, shown in a `label` column of the table when some label differs from its id.
    public var labels: [String: String]
    /// Lowest first instead of highest first (NaN always last).
    public var ascending: Bool

    /// A report of one or more measures over the same nodes; the first column orders the rows.
    ///
    /// - Parameters:
    ///   - ids: the nodes' ids, one row each.
    ///   - columns: the measures, each keyed by `ids`; with none, rows are ordered by id.
    ///   - labels: labels by id, for the table.
    ///   - ascending: order lowest first.
    /// - Precondition: every column has the ids `ids`, in that order.
    public init(ids: [String], columns: [NodeScores], labels: [String: String] = [:], ascending: Bool = false) {
        for column in columns { precondition(column.ids == ids, "column '\(column.name)' is not keyed by the report's ids") }
        self.ids = ids
        self.columns = columns
        self.labels = labels
        self.ascending = ascending
    }

    /// The measures' names, in column order.
    public var measures: [String] { columns.map(\.name) }

    /// The first `top` rows (all when `nil`), as positions in ``ids``.
    /// - Complexity: O(*n* log *top*) for a small `top`, else O(*n* log *n*).
    public func rows(top: Int?) -> [Int] {
        if let first = columns.first { return first.top(top, ascending: ascending) }
        return Array(ids.indices.sorted { ids[$0] < ids[$1] }.prefix(top ?? ids.count))
    }

    /// `id,<measure>,…` and one line per row.
    public func csv(top: Int?) -> String {
        var out = CSVText.row(["id"] + measures)
        for i in rows(top: top) {
            out += ([CSVText.field(ids[i])] + columns.map { $0.values[i].isNaN ? "" : formatNumber($0.values[i]) }).joined(separator: ",") + "\n"
        }
        return out
    }

    /// `{"measures": […], "nodes": [{"id", "<measure>": value|null, …}, …]}`, one node per line.
    public func json(top: Int?) -> String {
        var out = "{\"measures\": [" + measures.map(JSONText.string).joined(separator: ", ") + "], \"nodes\": ["
        let selected = rows(top: top)
        for (k, i) in selected.enumerated() {
            out += k == 0 ? "\n  " : ",\n  "
            out += "{\"id\": \(JSONText.string(ids[i]))"
            for column in columns {
                out += ", \(JSONText.string(column.name)): " + (column.values[i].isNaN ? "null" : formatNumber(column.values[i]))
            }
            out += "}"
        }
        return out + (selected.isEmpty ? "]}\n" : "\n]}\n")
    }

    /// `rank  id  [label]  <measure>…`, numbers right-aligned; `rank` is the row's position.
    public func table(top: Int?) -> String {
        let selected = rows(top: top)
        let showLabels = selected.contains { i in labels[ids[i]].map { $0 != ids[i] } ?? false }
        var header = ["rank", "id"]
        if showLabels { header.append("label") }
        header += measures
        var body: [[String]] = []
        for (rank, i) in selected.enumerated() {
            var row = [String(rank + 1), ids[i]]
            if showLabels { row.append(labels[ids[i]] ?? ids[i]) }
            row += columns.map { $0.values[i].isNaN ? "—" : String(format: "%.6g", $0.values[i]) }
            body.append(row)
        }
        return TextTable.aligned([header] + body, rightAligned: Set([0] + (header.count - measures.count ..< header.count)))
    }
}

/// Edge betweenness as a table, CSV (`from,to,edge-betweenness`) or JSON
/// (`{"measures": ["edge-betweenness"], "edges": [{"from", "to", "edge-betweenness"}]}`), highest
/// first (lowest with `ascending`), ties by (from, to).
public struct EdgeRankingReport: Sendable {
    /// Node ids by index, to name the arcs' ends.
    public var ids: [String]
    /// One edge-betweenness value per arc, its ends as indices into ``ids``.
    public var scores: EdgeScores
    /// Lowest first instead of highest first.
    public var ascending: Bool

    /// A report of `scores`, naming each arc's ends through `ids`.
    ///
    /// - Parameters:
    ///   - ids: node ids by index (`Graph.ids`).
    ///   - scores: the values, as `edgeBetweennessCentrality(_:options:)` returns them.
    ///   - ascending: order lowest first.
    public init(ids: [String], scores: EdgeScores, ascending: Bool = false) {
        self.ids = ids
        self.scores = scores
        self.ascending = ascending
    }

    /// The first `top` arcs (all when `nil`), as positions in ``scores``.
    public func rows(top: Int?) -> [Int] {
        let order = scores.values.indices.sorted { a, b in
            let x = scores.values[a], y = scores.values[b]
            if x != y { return ascending ? x < y : x > y }
            return (from(a), to(a)) < (from(b), to(b))
        }
        return Array(order.prefix(top ?? order.count))
    }

    func from(_ i: Int) -> String { ids[Int(scores.sources[i])] }
    func to(_ i: Int) -> String { ids[Int(scores.targets[i])] }

    /// `from,to,edge-betweenness` and one line per arc, values in shortest round-trip form.
    public func csv(top: Int?) -> String {
        "from,to,edge-betweenness\n" + rows(top: top).map {
            "\(CSVText.field(from($0))),\(CSVText.field(to($0))),\(formatNumber(scores.values[$0]))\n"
        }.joined()
    }

    /// `{"measures": ["edge-betweenness"], "edges": [{"from", "to", "edge-betweenness"}, …]}`, one
    /// arc per line.
    public func json(top: Int?) -> String {
        let items = rows(top: top).map {
            "{\"from\": \(JSONText.string(from($0))), \"to\": \(JSONText.string(to($0))), \"edge-betweenness\": \(formatNumber(scores.values[$0]))}"
        }
        return "{\"measures\": [\"edge-betweenness\"], \"edges\": [" + (items.isEmpty ? "" : "\n  " + items.joined(separator: ",\n  ") + "\n") + "]}\n"
    }

    /// `rank  from  to  edge-betweenness`, six significant digits; `rank` is the row's position.
    public func table(top: Int?) -> String {
        let all = [["rank", "from", "to", "edge-betweenness"]]
            + rows(top: top).enumerated().map { [String($0.offset + 1), from($0.element), to($0.element), String(format: "%.6g", scores.values[$0.element])] }
        return TextTable.aligned(all, rightAligned: [0, 3])
    }
}

/// Terminal tables: columns padded to their widest cell, chosen columns right-aligned, two
/// spaces between columns, no trailing blanks.
public enum TextTable {
    /// The rows as aligned lines, each ending in a newline; `rightAligned` holds column indices.
    /// - Complexity: O(total characters).
    public static func aligned(_ rows: [[String]], rightAligned: Set<Int>) -> String {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0 ..< columns).map { c in rows.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
        return rows.map { row in
            var line = row.indices.map { c in
                let pad = String(repeating: " ", count: widths[c] - row[c].count)
                return rightAligned.contains(c) ? pad + row[c] : row[c] + pad
            }.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }
}
