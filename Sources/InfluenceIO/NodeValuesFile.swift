import InfluenceGraph
import InfluenceSerialization

/// Reads per-node values from `id value` lines (NetworkX's `personalization`, `dangling`,
/// `nstart` and Katz `beta` dicts): blank lines and lines starting with `#` are skipped, values
/// must be finite (and ≥ 0 unless negative values are allowed), ids must be nodes of the graph.
public enum NodeValuesFile {
    /// One value per node of `graph`, in node order; nodes the file does not name get 0.
    ///
    /// - Parameters:
    ///   - path: The file (`-`: standard input).
    ///   - graph: The graph whose nodes the ids name.
    ///   - allowsNegative: Accept values below 0 (Katz's β and start vectors may have them).
    ///   - requiresEveryNode: Refuse a file that leaves a node out (NetworkX's Katz `beta` dict must
    ///     name every node).
    /// - Throws: `ReadError` at `path:line:1` for a malformed line or an unknown node, or naming a
    ///   node left out.
    /// - Complexity: O(size of the file + *n*).
    public static func read(path: String, graph: Graph, allowsNegative: Bool = false,
                            requiresEveryNode: Bool = false) throws(ReadError) -> [Double] {
        let bytes = try FileAccess.bytes(atPath: path)
        var vector = [Double](repeating: 0, count: graph.nodeCount)
        var named = [Bool](repeating: false, count: graph.nodeCount)
        for (number, line) in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.isEmpty || fields[0].hasPrefix("#") { continue }
            guard fields.count == 2, let value = Double(fields[1]), value.isFinite, allowsNegative || value >= 0 else {
                throw .at(path, number + 1, 1, "expected 'id value' with a finite value\(allowsNegative ? "" : " ≥ 0")")
            }
            guard let v = graph.index(of: String(fields[0])) else {
                throw .at(path, number + 1, 1, "unknown node '\(fields[0])'")
            }
            vector[v] = value
            named[v] = true
        }
        if requiresEveryNode, let missing = named.firstIndex(of: false) {
            throw .file(path, "no value for node '\(graph.ids[missing])' (every node needs one)")
        }
        return vector
    }
}
