import InfluenceGraph

/// The core number of every node: the largest *k* such that the node belongs to a *k*-core,
/// a maximal subgraph in which every node has degree ≥ *k*.
///
/// On directed graphs the degree is in + out and a reciprocal pair counts twice, as NetworkX
/// does (rustworkx counts it once). Values are whole numbers returned as `Double` so that every
/// measure shares one result type.
///
/// Equivalent to `networkx.core_number(G)` (NetworkX 3.6), which uses the same algorithm.
///
/// - Throws: ``CentralityError/selfLoops(measure:)`` if the graph has a self-loop, as NetworkX
///   raises `NetworkXNotImplemented`.
/// - Complexity: O(*n* + *m*) time and memory (bucket sort by degree).
///
/// ## References
/// - V. Batagelj and M. Zaversnik, "An O(m) Algorithm for Cores Decomposition of Networks",
///   arXiv:cs/0310049, 2003.
public func coreNumber(_ graph: Graph) throws(CentralityError) -> [Double] {
    if graph.selfLoopCount > 0 { throw .selfLoops(measure: "core") }
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    var degree = [Int](repeating: 0, count: n)
    var maxDegree = 0
    for v in 0 ..< n {
        degree[v] = graph.outDegree(of: v) + (graph.isDirected ? graph.inDegree(of: v) : 0)
        maxDegree = max(maxDegree, degree[v])
    }
    // Bucket sort nodes by degree (stable: ties by index).
    var binStart = [Int](repeating: 0, count: maxDegree + 2)
    for d in degree { binStart[d + 1] += 1 }
    for d in 0 ... maxDegree { binStart[d + 1] += binStart[d] }
    var order = [Int32](repeating: 0, count: n)
    var position = [Int](repeating: 0, count: n)
    var fill = binStart
    for v in 0 ..< n {
        position[v] = fill[degree[v]]
        order[position[v]] = Int32(v)
        fill[degree[v]] += 1
    }
    var core = degree
    func lower(_ u: Int, below v: Int) {
        guard core[u] > core[v] else { return }
        let du = core[u]
        let pu = position[u]
        let pw = binStart[du]
        let w = Int(order[pw])
        if u != w {
            order[pu] = Int32(w); position[w] = pu
            order[pw] = Int32(u); position[u] = pw
        }
        binStart[du] += 1
        core[u] -= 1
    }
    for i in 0 ..< n {
        let v = Int(order[i])
        for u in graph.successors(of: v) { lower(Int(u), below: v) }
        if graph.isDirected {
            for u in graph.predecessors(of: v) { lower(Int(u), below: v) }
        }
    }
    return core.map(Double.init)
}
