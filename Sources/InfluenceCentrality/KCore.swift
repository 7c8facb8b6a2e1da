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
    // Unsafe buffers inside: no bounds checks or uniqueness checks in the O(m) loop.
    var core = [Int32](repeating: 0, count: n)
    var maxDegree = 0
    graph.outOffsets.withUnsafeBufferPointer { o in
        graph.inOffsets.withUnsafeBufferPointer { i in
            core.withUnsafeMutableBufferPointer { d in
                for v in 0 ..< n {
                    let k = o[v + 1] - o[v] + (graph.isDirected ? i[v + 1] - i[v] : 0)
                    d[v] = Int32(truncatingIfNeeded: k)
                    maxDegree = max(maxDegree, k)
                }
            }
        }
    }
    // Bucket sort nodes by degree (stable: ties by index); `binStart[d]` is where degree d starts.
    var binStart = [Int32](repeating: 0, count: maxDegree + 2)
    var order = [Int32](repeating: 0, count: n)
    var position = [Int32](repeating: 0, count: n)
    core.withUnsafeMutableBufferPointer { core in
        binStart.withUnsafeMutableBufferPointer { bin in
            order.withUnsafeMutableBufferPointer { order in
                position.withUnsafeMutableBufferPointer { position in
                    for v in 0 ..< n { bin[Int(core[v]) + 1] += 1 }
                    for d in 0 ... maxDegree { bin[d + 1] += bin[d] }
                    var fill = Array(bin)
                    for v in 0 ..< n {
                        let d = Int(core[v])
                        position[v] = fill[d]
                        order[Int(fill[d])] = Int32(v)
                        fill[d] += 1
                    }
                    @inline(__always) func lower(_ u: Int, below cv: Int32) {
                        let du = core[u]
                        guard du > cv else { return }
                        let pu = Int(position[u])
                        let pw = Int(bin[Int(du)])
                        let w = Int(order[pw])
                        if u != w {
                            order[pu] = Int32(w); position[w] = Int32(pu)
                            order[pw] = Int32(u); position[u] = Int32(pw)
                        }
                        bin[Int(du)] += 1
                        core[u] = du - 1
                    }
                    graph.outOffsets.withUnsafeBufferPointer { oo in
                        graph.outTargets.withUnsafeBufferPointer { ot in
                            graph.inOffsets.withUnsafeBufferPointer { io in
                                graph.inTargets.withUnsafeBufferPointer { it in
                                    for k in 0 ..< n {
                                        let v = Int(order[k])
                                        let cv = core[v]
                                        for e in oo[v] ..< oo[v + 1] { lower(Int(ot[e]), below: cv) }
                                        if graph.isDirected {
                                            for e in io[v] ..< io[v + 1] { lower(Int(it[e]), below: cv) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    return core.map(Double.init)
}
