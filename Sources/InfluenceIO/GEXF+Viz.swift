import InfluenceGraph

extension GEXFFormat.NodeViz.Color {
    /// `#RRGGBB` → a colour; `nil` for anything else (a Graphviz colour name, `#RRGGBBAA`).
    public init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 7, digits[0] == UInt8(ascii: "#"), let value = Int(String(hex.dropFirst()), radix: 16) else { return nil }
        self.init(red: UInt8((value >> 16) & 0xFF), green: UInt8((value >> 8) & 0xFF), blue: UInt8(value & 0xFF))
    }
}

extension GEXFFormat {
    /// Gephi's view of each node: a fill colour (`#RRGGBB`, others ignored) and a size 10–50
    /// linear in `sizes` between its smallest and largest finite values (10 when they are equal;
    /// no size for a node without a finite score).
    ///
    /// - Complexity: O(*n*).
    public static func viz(for network: Network, colors: [String: String], sizes: NodeScores?) -> [String: NodeViz] {
        var scaled: [String: Double] = [:]
        if let sizes {
            let finite = sizes.values.filter(\.isFinite)
            let low = finite.min() ?? 0, high = finite.max() ?? 0
            for (id, v) in sizes where v.isFinite {
                scaled[id] = high > low ? 10 + 40 * (v - low) / (high - low) : 10
            }
        }
        var result: [String: NodeViz] = [:]
        for node in network.nodes {
            var viz = NodeViz()
            viz.color = colors[node.id].flatMap(NodeViz.Color.init(hex:))
            viz.size = scaled[node.id]
            result[node.id] = viz
        }
        return result
    }
}
