import InfluenceCentrality
import InfluenceGraph
import Testing

/// A graph as a NetworkX test builds it: nodes in NetworkX's insertion order and edges as
/// `(u, v, weight)`, with NetworkX's rule for simple graphs (adding an existing edge again
/// replaces its weight: last write wins) or, for `multigraph`, every edge kept.
struct NXGraph: Sendable {
    var directed: Bool
    /// Whether the edges carry a `weight` attribute (else our graph is built unweighted).
    var weighted: Bool
    var nodes: [String]
    var edges: [(String, String, Double)]
    var multigraph = false

    init(directed: Bool, weighted: Bool = false, nodes: [String] = [], edges: [(String, String, Double)],
         multigraph: Bool = false) {
        self.directed = directed
        self.weighted = weighted
        self.nodes = nodes
        self.edges = edges
        self.multigraph = multigraph
    }

    /// Unweighted edges between integer nodes, as `G.add_edges_from([(0, 1), …])`.
    init(directed: Bool, _ pairs: [(Int, Int)], nodes: [Int] = []) {
        self.init(directed: directed, nodes: nodes.map(String.init),
                  edges: pairs.map { (String($0.0), String($0.1), 1.0) })
    }

    /// Weighted edges, as `G.add_weighted_edges_from([(u, v, w), …])`.
    init(directed: Bool, weighted: [(String, String, Double)], multigraph: Bool = false) {
        self.init(directed: directed, weighted: true, edges: weighted, multigraph: multigraph)
    }

    /// `nx.complete_graph(n)` (`create_using=nx.DiGraph` for `directed`: both arcs of each pair).
    static func complete(_ n: Int, directed: Bool = false) -> NXGraph {
        var pairs: [(Int, Int)] = []
        for u in 0 ..< n { for v in 0 ..< n where u != v && (directed || u < v) { pairs.append((u, v)) } }
        return NXGraph(directed: directed, pairs, nodes: Array(0 ..< n))
    }

    /// `nx.path_graph(n)`.
    static func path(_ n: Int, directed: Bool = false) -> NXGraph {
        NXGraph(directed: directed, (0 ..< max(n - 1, 0)).map { ($0, $0 + 1) }, nodes: Array(0 ..< n))
    }

    /// `nx.cycle_graph(n)`: the path and the edge `(n - 1, 0)`.
    static func cycle(_ n: Int, directed: Bool = false) -> NXGraph {
        NXGraph(directed: directed, (0 ..< n).map { ($0, ($0 + 1) % n) }, nodes: Array(0 ..< n))
    }

    /// `nx.star_graph(n)`: centre 0 and leaves 1 … n.
    static func star(_ n: Int) -> NXGraph {
        NXGraph(directed: false, (1 ... n).map { (0, $0) }, nodes: Array(0 ... n))
    }

    /// `G.to_directed()`: each edge as two arcs.
    func toDirected() -> NXGraph {
        var g = self
        g.directed = true
        g.edges = edges.flatMap { [($0.0, $0.1, $0.2), ($0.1, $0.0, $0.2)] }
        return g
    }

    /// `G.reverse()`.
    func reversed() -> NXGraph {
        var g = self
        g.edges = edges.map { ($0.1, $0.0, $0.2) }
        return g
    }

    /// `G.add_edge(u, v, weight=w)`; `w == nil` keeps an existing weight (NetworkX updates
    /// the attribute dict) or gives a new edge weight 1.
    func adding(_ u: String, _ v: String, weight w: Double? = nil) -> NXGraph {
        var g = self
        if let w { g.weighted = true; g.edges.append((u, v, w)); return g }
        if !multigraph, let old = edges.last(where: { same($0, u, v) }) { g.edges.append((u, v, old.2)) } else {
            g.edges.append((u, v, 1))
        }
        return g
    }

    /// `G.add_node(n)`.
    func addingNode(_ n: String) -> NXGraph {
        var g = self
        g.nodes = allNodes
        if !g.nodes.contains(n) { g.nodes.append(n) }
        return g
    }

    /// `G.remove_edge(u, v)` of a simple graph.
    func removing(_ u: String, _ v: String) -> NXGraph {
        var g = self
        g.nodes = allNodes
        g.edges.removeAll { same($0, u, v) }
        return g
    }

    /// `nx.set_edge_attributes(G, weights, "weight")`: the weight of each listed edge.
    func settingWeights(_ weights: [String: Double]) -> NXGraph {
        var g = self
        g.weighted = true
        g.edges = edges.map { e in (e.0, e.1, weights["\(e.0)-\(e.1)"] ?? (directed ? nil : weights["\(e.1)-\(e.0)"]) ?? e.2) }
        return g
    }

    private func same(_ e: (String, String, Double), _ u: String, _ v: String) -> Bool {
        (e.0 == u && e.1 == v) || (!directed && e.0 == v && e.1 == u)
    }

    /// Every node in NetworkX's order: listed nodes, then edge ends as first met.
    var allNodes: [String] {
        var seen = Set(nodes), order = nodes
        for (u, v, _) in edges {
            if seen.insert(u).inserted { order.append(u) }
            if seen.insert(v).inserted { order.append(v) }
        }
        return order
    }

    /// The simple graph NetworkX holds (last write wins), or every edge for a multigraph.
    var finalEdges: [(String, String, Double)] {
        if multigraph { return edges }
        var position: [String: Int] = [:]
        var kept: [(String, String, Double)] = []
        for e in edges {
            let key = directed || e.0 <= e.1 ? "\(e.0)\u{1}\(e.1)" : "\(e.1)\u{1}\(e.0)"
            if let i = position[key] { kept[i].2 = e.2 } else { position[key] = kept.count; kept.append(e) }
        }
        return kept
    }

    /// Our graph of it.
    func build() throws -> Graph {
        var b = GraphBuilder(directed: directed)
        for n in allNodes { b.addNode(n) }
        for (u, v, w) in finalEdges { b.addEdge(u, v, weight: weighted ? w : nil) }
        return try b.build()
    }
}

/// NetworkX's comparisons of a test's answer dict with our values.
enum NX {
    /// `assert b[n] == pytest.approx(answer[n], abs=tol)` for every node `n` of the graph (or of
    /// `nodes`), the answer keyed by node id.
    static func expect(_ graph: Graph, _ values: [Double], _ answer: [String: Double], abs tol: Double,
                       nodes: [String]? = nil, _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(values.count == graph.nodeCount, sourceLocation: sourceLocation)
        guard values.count == graph.nodeCount else { return }
        for id in nodes ?? graph.ids {
            guard let want = answer[id], let i = graph.index(of: id) else {
                Issue.record("node \(id) missing from the answer or the graph", sourceLocation: sourceLocation)
                continue
            }
            #expect(approx(values[i], want, abs: tol), "node \(id): ours \(values[i]), NetworkX \(want) \(comment.map { "(\($0))" } ?? "")",
                    sourceLocation: sourceLocation)
        }
    }

    /// The same with integer node names, as most NetworkX answer dicts.
    static func expect(_ graph: Graph, _ values: [Double], _ answer: [Int: Double], abs tol: Double,
                       nodes: [Int]? = nil, _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        expect(graph, values, Dictionary(uniqueKeysWithValues: answer.map { (String($0.key), $0.value) }), abs: tol,
               nodes: nodes?.map(String.init), comment, sourceLocation: sourceLocation)
    }

    /// `pytest.approx(b, abs=tol)`: NaN never equal (`nan_ok` handled by the caller).
    static func approx(_ a: Double, _ b: Double, abs tol: Double) -> Bool {
        if a == b { return true }
        return Swift.abs(a - b) <= tol
    }

    /// `pytest.approx(b)` with its defaults: `rel=1e-6, abs=1e-12`, NaN equal to NaN when `nanOK`.
    static func approxDefault(_ a: Double, _ b: Double, nanOK: Bool = false) -> Bool {
        if nanOK && a.isNaN && b.isNaN { return true }
        if a == b { return true }
        return Swift.abs(a - b) <= Swift.max(1e-6 * Swift.abs(b), 1e-12)
    }

    /// `numpy.testing.assert_allclose(a, b)`: `rtol=1e-7, atol=0`.
    static func allclose(_ a: Double, _ b: Double) -> Bool {
        Swift.abs(a - b) <= 1e-7 * Swift.abs(b)
    }

    /// Values in the graph's node order, as `list(d.values())`.
    static func values(_ graph: Graph, _ values: [Double], order: [String]) -> [Double] {
        order.map { values[graph.index(of: $0)!] }
    }
}
