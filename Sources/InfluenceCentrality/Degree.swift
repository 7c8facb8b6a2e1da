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
    func degrees(_ direction: DegreeDirection) -> [Double] {
        var result = [Double](repeating: 0, count: nodeCount)
        for v in 0 ..< nodeCount {
            switch direction {
            case .all where isDirected: result[v] = Double(outDegree(of: v) + inDegree(of: v))
            case .all, .out: result[v] = Double(outDegree(of: v))
            case .in: result[v] = Double(inDegree(of: v))
            }
            if !isDirected && weight(from: v, to: v) != nil { result[v] += 1 }
        }
        return result
    }
}

/// Degree centrality: the fraction of the other nodes each node is tied to.
///
/// *C*(*v*) = deg(*v*) / (*n* − 1), with NetworkX's degree: on a directed graph in + out,
/// so values can exceed 1; on an undirected graph a self-loop counts twice. A graph of one
/// node gives 1 (NetworkX's convention).
///
/// Equivalent to `networkx.degree_centrality(G)` (NetworkX 3.6), and with `direction` `.in` /
/// `.out` to `in_degree_centrality` / `out_degree_centrality` (directed graphs only).
///
///     // star: centre 0 tied to 1, 2, 3
///     degreeCentrality(star)        // [1.0, 0.333…, 0.333…, 0.333…]
///
/// - Throws: ``CentralityError/notImplemented(measure:reason:)`` for `.in`/`.out` on an undirected graph.
/// - Complexity: O(*n*) (O(*n* log *d*) for the self-loop checks on undirected graphs).
///
/// ## References
/// - L. C. Freeman, "Centrality in social networks: conceptual clarification", Social Networks 1(3):215–239, 1979.
///   doi:10.1016/0378-8733(78)90021-7
public func degreeCentrality(_ graph: Graph, direction: DegreeDirection = .all) throws(CentralityError) -> [Double] {
    if direction != .all && !graph.isDirected {
        throw .notImplemented(measure: "\(direction.rawValue)-degree", reason: "undirected graphs")
    }
    let n = graph.nodeCount
    if n <= 1 { return [Double](repeating: 1, count: n) }
    let s = 1.0 / (Double(n) - 1.0)
    return graph.degrees(direction).map { $0 * s }
}

/// Strength (weighted degree): the sum of the weights of each node's edges.
///
/// Equivalent to `dict(G.degree(weight="weight"))` (and `G.in_degree` / `G.out_degree`
/// with `weight="weight"` for `.in` / `.out`): a missing weight counts 1; on undirected graphs a
/// self-loop counts twice. On an unweighted graph this is the degree.
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
