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
/// - Complexity: O(*m* + *n*·*L*) time, *L* the number of distinct core numbers (levels with no
///   node are skipped), and O(*n*) memory. Peeling by levels replaced Batagelj–Zaversnik's bucket
///   swaps here: the same numbers, one random access per arc instead of four (ba1m, 5M edges:
///   0.31 s instead of 0.71–0.90 s).
///
/// ## References
/// - V. Batagelj and M. Zaversnik, "An O(m) Algorithm for Cores Decomposition of Networks",
///   arXiv:cs/0310049, 2003.
/// - H. Kabir and K. Madduri, "Parallel k-Core Decomposition on Multicore Platforms", IPDPSW 2017
///   (PKC: peeling level by level).
public func coreNumber(_ graph: Graph) throws(CentralityError) -> [Double] {
    if graph.selfLoopCount > 0 { throw .selfLoops(measure: "core") }
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    return coreNumberByLevels(graph).map(Double.init)
}

/// Core numbers by peeling level by level (the sequential form of Kabir and Madduri's PKC):
/// at level *k*, every remaining node of degree ≤ *k* is peeled, and peeling a node lowers its
/// remaining neighbours' degrees, peeling in turn those that reach *k*. Between levels one pass
/// over the remaining nodes (compacted as they go) finds the next level, skipping empty ones.
/// Same core numbers as Batagelj–Zaversnik; no bucket swaps, so each arc costs one random
/// access instead of four.
///
/// - Complexity: O(*m* + *n*·*L*) time, *L* the number of distinct core numbers; O(*n*) extra memory.
func coreNumberByLevels(_ graph: Graph) -> [Int32] {
    let n = graph.nodeCount
    var deg = [Int32](repeating: 0, count: n)
    var core = [Int32](repeating: -1, count: n)
    var remaining = [Int32](unsafeUninitializedCapacity: n) { buffer, count in
        for v in 0 ..< n { buffer[v] = Int32(truncatingIfNeeded: v) }
        count = n
    }
    var stack = [Int32](repeating: 0, count: n)
    graph.outOffsets.withUnsafeBufferPointer { oo in
    graph.outTargets.withUnsafeBufferPointer { ot in
    graph.inOffsets.withUnsafeBufferPointer { io in
    graph.inTargets.withUnsafeBufferPointer { it in
    deg.withUnsafeMutableBufferPointer { deg in
    core.withUnsafeMutableBufferPointer { core in
    stack.withUnsafeMutableBufferPointer { stack in
    remaining.withUnsafeMutableBufferPointer { remaining in
        let directed = graph.isDirected
        for v in 0 ..< n {
            deg[v] = Int32(truncatingIfNeeded: oo[v + 1] - oo[v] + (directed ? io[v + 1] - io[v] : 0))
        }
        var left = n
        var k: Int32 = 0
        while left > 0 {
            // Compact the remaining nodes and find the lowest degree among them.
            var kept = 0
            var lowest = Int32.max
            for i in 0 ..< left {
                let v = remaining[i]
                let d = deg[Int(v)]
                if d < 0 { continue }  // peeled
                remaining[kept] = v
                kept += 1
                lowest = min(lowest, d)
            }
            left = kept
            if left == 0 { break }
            k = max(k, lowest)
            // Peel every node of degree ≤ k, and what that brings down to k.
            var top = 0
            for i in 0 ..< left {
                let v = Int(remaining[i])
                if deg[v] <= k { core[v] = k; deg[v] = -1; stack[top] = Int32(truncatingIfNeeded: v); top += 1 }
            }
            while top > 0 {
                top -= 1
                let v = Int(stack[top])
                // One access per arc: a peeled node's degree is -1.
                @inline(__always) func lower(_ u: Int) {
                    let d = deg[u] - 1
                    guard d >= 0 else { return }
                    if d <= k { core[u] = k; deg[u] = -1; stack[top] = Int32(truncatingIfNeeded: u); top += 1 } else { deg[u] = d }
                }
                for e in oo[v] ..< oo[v + 1] { lower(Int(ot[e])) }
                if directed { for e in io[v] ..< io[v + 1] { lower(Int(it[e])) } }
            }
            k += 1
        }
    } } } } } } } }
    return core
}
