import InfluenceDiff
import InfluenceGraph
import InfluenceSerialization

/// Writes a `NetworkDiff` (and optionally its `CentralityShifts`) as JSON, in the shape of
/// DESIGN.md's contract:
///
///     {"from": …, "to": …,
///      "nodes": {"added": [node…], "removed": [node…], "renamed": [{"from", "to", "matched_by"}],
///                "changed": [{"id", "changes": {field: [old, new]}, "evidence": […]}]},
///      "edges": {"added": [edge…], "removed": [edge…], "changed": [{"from", "to", "relation", "changes", "evidence"}]},
///      "centrality": {"measure", "rose": [{"id", "before", "after", "rank_before", "rank_after"}], "fell": […],
///                     "entered": [{"id", "after", "rank_after"}], "left": [{"id", "before", "rank_before"}]},
///      "sources": {key: {title, author, published, url}}}
///
/// Added and removed items are written as the network file writes the element, so they carry
/// their evidence (`source`, `quote`, `confidence` or an `evidence` list). A changed item carries
/// the evidence after, and `evidence_before` when that differs. `sources` lists the documents the
/// reported items cite. A field absent on one side is `null`; a non-finite score is `null`.
/// Deterministic: items in the diff's order, one per line.
public enum DiffWriter {
    /// - Complexity: O(size of the output).
    public static func json(_ diff: NetworkDiff, shifts: CentralityShifts?, from: String, to: String) -> [UInt8] {
        var w = JSONEmitter()
        var cited = Set<String>()
        func cite(_ evidence: [Evidence]) { for e in evidence { if let s = e.source { cited.insert(s) } } }
        func list(_ name: String, _ items: [OutValue], last: Bool = false, indent: String = "    ") {
            w.write("\(indent)"); w.string(name); w.write(": [")
            for (i, item) in items.enumerated() {
                w.write(i == 0 ? "\n\(indent)  " : ",\n\(indent)  ")
                w.value(item)
            }
            w.write(items.isEmpty ? "]" : "\n\(indent)]")
            w.write(last ? "\n" : ",\n")
        }
        w.write("{\n  \"from\": "); w.string(from)
        w.write(",\n  \"to\": "); w.string(to)
        w.write(",\n  \"nodes\": {\n")
        diff.addedNodes.forEach { cite($0.evidence) }
        diff.removedNodes.forEach { cite($0.evidence) }
        list("added", diff.addedNodes.map(NetworkOutline.node))
        list("removed", diff.removedNodes.map(NetworkOutline.node))
        list("renamed", diff.renamedNodes.map { .map([("from", .string($0.from)), ("to", .string($0.to)), ("matched_by", .string($0.matchedBy))], flow: true) })
        list("changed", diff.changedNodes.map { c in
            cite(c.after.evidence); cite(c.before.evidence)
            var f: [(String, OutValue)] = [("id", .string(c.id))]
            if c.before.id != c.after.id { f.append(("renamed_from", .string(c.before.id))) }
            f.append(("changes", changes(c.changes)))
            f += evidence(c.before.evidence, c.after.evidence)
            return .map(f, flow: true)
        }, last: true)
        w.write("  },\n  \"edges\": {\n")
        diff.addedEdges.forEach { cite($0.evidence) }
        diff.removedEdges.forEach { cite($0.evidence) }
        list("added", diff.addedEdges.map(NetworkOutline.edge))
        list("removed", diff.removedEdges.map(NetworkOutline.edge))
        list("changed", diff.changedEdges.map { c in
            cite(c.after.evidence); cite(c.before.evidence)
            var f: [(String, OutValue)] = []
            if let id = c.after.id { f.append(("id", .string(id))) }
            f += [("from", .string(c.after.from)), ("to", .string(c.after.to)), ("relation", .string(c.after.relation)),
                  ("changes", changes(c.changes))]
            f += evidence(c.before.evidence, c.after.evidence)
            return .map(f, flow: true)
        }, last: true)
        w.write("  }")
        if let shifts {
            w.write(",\n  \"centrality\": {\n    \"measure\": "); w.string(shifts.measure); w.write(",\n")
            func shift(_ s: RankShift) -> OutValue {
                .map([("id", .string(s.id)), ("before", number(s.before)), ("after", number(s.after)),
                      ("rank_before", .number(String(s.rankBefore))), ("rank_after", .number(String(s.rankAfter)))], flow: true)
            }
            list("rose", shifts.rose.map(shift))
            list("fell", shifts.fell.map(shift))
            list("entered", shifts.entered.map { .map([("id", .string($0.id)), ("after", number($0.value)), ("rank_after", .number(String($0.rank)))], flow: true) })
            list("left", shifts.left.map { .map([("id", .string($0.id)), ("before", number($0.value)), ("rank_before", .number(String($0.rank)))], flow: true) }, last: true)
            w.write("  }")
        }
        let sources = diff.after.sources.filter { cited.contains($0.key) }.map { ($0.key, $0.value) }
            + diff.before.sources.filter { cited.contains($0.key) && diff.after.sources[$0.key] == nil }.map { ($0.key, $0.value) }
        w.write(",\n  \"sources\": {")
        for (i, (key, source)) in sources.enumerated() {
            w.write(i == 0 ? "\n    " : ",\n    ")
            w.string(key); w.write(": "); w.value(NetworkOutline.source(source))
        }
        w.write(sources.isEmpty ? "}\n}\n" : "\n  }\n}\n")
        return w.bytes
    }

    static func number(_ x: Double) -> OutValue {
        x.isFinite ? .number(formatNumber(x)) : .null
    }

    static func changes(_ changes: [FieldChange]) -> OutValue {
        .map(changes.map { ($0.field, .list([value($0.before), value($0.after)], flow: true)) }, flow: true)
    }

    static func evidence(_ before: [Evidence], _ after: [Evidence]) -> [(String, OutValue)] {
        func items(_ e: [Evidence]) -> OutValue { .list(e.map { value(FieldValue($0)) }, flow: true) }
        var f: [(String, OutValue)] = [("evidence", items(after))]
        if before != after { f.append(("evidence_before", items(before))) }
        return f
    }

    static func value(_ v: FieldValue?) -> OutValue {
        guard let v else { return .null }
        switch v {
        case .string(let s): return .string(s)
        case .number(let x): return number(x)
        case .bool(let b): return .bool(b)
        case .date(let d): return .date(d)
        case .list(let items): return .list(items.map { value($0) }, flow: true)
        case .record(let entries): return .map(entries.map { ($0.key, value($0.value)) }, flow: true)
        }
    }
}
