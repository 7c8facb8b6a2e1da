import InfluenceGraph
import InfluenceSerialization

/// Reads per-node values from `id value` lines (PageRank's personalization, NetworkX's
/// `personalization` dict): blank lines and lines starting with `#` are skipped, values must be
/// finite and ≥ 0, ids must be nodes of the graph.
public enum NodeValuesFile {
    /// One value per node of `graph`, in node order; nodes the file does not name get 0.
    ///
    /// - Throws: `ReadError` at `path:line:1` for a malformed line or an unknown node.
    /// - Complexity: O(size of the file + *n*).
    public static func read(path: String, graph: Graph) throws(ReadError) -> [Double] {
        let bytes = try FileAccess.bytes(atPath: path)
        var vector = [Double](repeating: 0, count: graph.nodeCount)
        for (number, line) in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.isEmpty || fields[0].hasPrefix("#") { continue }
            guard fields.count == 2, let value = Double(fields[1]), value.isFinite, value >= 0 else {
                throw .at(path, number + 1, 1, "expected 'id value' with a finite value ≥ 0")
            }
            guard let v = graph.index(of: String(fields[0])) else {
                throw .at(path, number + 1, 1, "unknown node '\(fields[0])'")
            }
            vector[v] = value
        }
        return vector
    }
}
