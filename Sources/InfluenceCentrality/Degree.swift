import InfluenceGraph

/// Which arcs a degree-like measure counts on a directed graph.
public enum DegreeDirection: String, Sendable, Hashable, CaseIterable {
    /// In + out (the total degree; the only choice on undirected graphs).
    case all
    /// Incoming arcs.
    case `in`
    /// Outgoing arcs.
    case out
}

extension Graph {
    /// NetworkX's degree of every node: neighbours counted once per edge, a self-loop twice on
    /// undirected graphs, and in + out (a self-loop once each way) on directed graphs.
    func degrees(_ direction: DegreeDirection, scale: Double = 1) -> [Double] {
        let n = nodeCount
        var result = [Double](unsafeUninitializedCapacity: n) { out, count in
            outOffsets.withUnsafeBufferPointer { o in
                inOffsets.withUnsafeBufferPointer { i in
                    switch direction {
                    case .all where isDirected:
                        for v in 0 ..< n { out[v] = Double(o[v + 1] - o[v] + i[v + 1] - i[v]) * scale }
                    case .all, .out:
                        for v in 0 ..< n { out[v] = Double(o[v + 1] - o[v]) * scale }
                    case .in:
                        for v in 0 ..< n { out[v] = Double(i[v + 1] - i[v]) * scale }
                    }
                }
            }
            count = n
        }
        // An undirected self-loop counts twice; only nodes with one need the lookup.
        if !isDirected && selfLoopCount > 0 {
            for v in 0 ..< n where weight(from: v, to: v) != nil { result[v] += scale }
        }
        return result
    }
}

/// Degree centrality: the share of the other nodes each node is tied to.
///
/// *C*(*v*) = deg(*v*) / (*n* − 1), where deg counts the neighbours of the merged simple graph
/// (parallel edges once) and a self-loop twice: once each way on a directed graph, where `.all` is
/// in + out. A graph of one node scores 1.
///
/// Equivalent to `networkx.degree_centrality(G)`, and to `in_degree_centrality` /
/// `out_degree_centrality` for `.in` / `.out` (NetworkX 3.6).
///
/// - Parameters:
///   - graph: Any graph.
///   - direction: Which arcs count on a directed graph; `.in` and `.out` need one.
/// - Returns: One score per node, in node order.
/// - Throws: ``CentralityError/notImplemented(measure:reason:)`` for `.in`/`.out` on an undirected graph.
/// - Complexity: O(*n*), plus a binary search per node on undirected graphs with self-loops.
public func degreeCentrality(_ graph: Graph, direction: DegreeDirection = .all) throws(CentralityError) -> [Double] {
    if direction != .all && !graph.isDirected {
        throw .notImplemented(measure: "\(direction.rawValue)-degree", reason: "undirected graphs")
    }
    let n = graph.nodeCount
    if n <= 1 { return [Double](repeating: 1, count: n) }
    return graph.degrees(direction, scale: 1.0 / (Double(n) - 1.0))
}

/// Strength (weighted degree): the sum of the weights of each node's edges.
///
/// Equivalent to `dict(G.degree(weight="weight"))` (and `G.in_degree` / `G.out_degree`
/// with `weight="weight"` for `.in` / `.out`): a missing weight counts 1; on undirected graphs a
/// self-loop counts twice. On an unweighted graph this is the degree.
///
/// Signed weights are summed with their sign and zero weights add 0, as NetworkX sums them.
///
/// - Throws: ``CentralityError/notImplemented(measure:reason:)`` for `.in`/`.out` on an undirected graph.
/// - Complexity: O(*n* + *m*).
public func strength(_ graph: Graph, direction: DegreeDirection = .all) throws(CentralityError) -> [Double] {
    if direction != .all && !graph.isDirected {
        throw .notImplemented(measure: "\(direction.rawValue)-strength", reason: "undirected graphs")
    }
    guard graph.isWeighted else { return graph.degrees(direction) }
    var result = [Double](repeating: 0, count: graph.nodeCount)
    func add(_ offsets: [Int], _ targets: [Int32], _ weights: [Double]?) {
        guard let weights else { return }
        for v in 0 ..< graph.nodeCount {
            var s = 0.0
            for i in offsets[v] ..< offsets[v + 1] {
                s += weights[i]
                if !graph.isDirected && Int(targets[i]) == v { s += weights[i] }
            }
            result[v] += s
        }
    }
    switch direction {
    case .all:
        add(graph.outOffsets, graph.outTargets, graph.outWeights)
        if graph.isDirected { add(graph.inOffsets, graph.inTargets, graph.inWeights) }
    case .out: add(graph.outOffsets, graph.outTargets, graph.outWeights)
    case .in: add(graph.inOffsets, graph.inTargets, graph.inWeights)
    }
    return result
}
