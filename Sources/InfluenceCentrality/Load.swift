import InfluenceGraph

/// Options of ``loadCentrality(_:options:)``, with NetworkX's defaults.
public struct LoadOptions: Sendable, Hashable {
    /// Divide by (*n* − 1)(*n* − 2) (no rescaling when *n* ≤ 2). NetworkX: `normalized`.
    public var normalized: Bool = true
    /// Use the graph's weights as distances (Dijkstra) instead of counting hops (BFS).
    /// NetworkX: `weight="weight"` versus `weight=None`.
    public var weighted: Bool = false

    /// Load options; the defaults are NetworkX's.
    ///
    /// - Parameters:
    ///   - normalized: Divide by (*n* − 1)(*n* − 2). NetworkX: `normalized`.
    ///   - weighted: Read weights as distances; `false` counts hops. NetworkX: `weight`.
    public init(normalized: Bool = true, weighted: Bool = false) {
        self.normalized = normalized
        self.weighted = weighted
    }
}

/// Computes load centrality (Goh–Kahng–Kim load, with Newman's algorithm) for every node.
///
/// From each source *s*, one unit of load is sent to every other reachable node *t* and routed
/// back from *t* towards *s* along shortest paths, **split equally among each node's
/// predecessors** (not in proportion to path counts, as betweenness does). The load of *v* is
/// the total that passes through it, summed over all sources, excluding the load *v* sends or
/// receives itself. Where shortest paths are unique (trees, for example) this is normalized
/// betweenness; in general it is not. Directed graphs follow arcs. Undirected graphs are not
/// halved: each unordered pair is counted from both ends. With `weighted`, weights are lengths.
///
/// Equivalent to `networkx.load_centrality(G, normalized:, weight:)` (NetworkX 3.6,
/// `newman_betweenness_centrality` with `_node_betweenness`), transcribed step by step: loads
/// start at 1 per reached node, nodes are processed from the farthest, a node's load is divided by
/// the length of its predecessor list, the pass stops at the source (`break`, so a node that has
/// the source among its predecessors passes nothing on), and 1 is subtracted at the end; the
/// predecessor lists are NetworkX's (`nx.predecessor`, `nx.dijkstra_predecessor_and_distance`),
/// including exact float ties. Normalized multiplies by 1/((*n* − 1)(*n* − 2)) when *n* > 2.
/// `cutoff` is not offered. The floating-point terms are NetworkX's, but nodes at equal distance
/// are processed in search order rather than NetworkX's sort by label, unweighted loads are
/// summed in successor order, and sums over sources are added in chunks, so values agree with
/// NetworkX to rounding (≤ 2e-15 relative on the reference graphs), not bit for bit.
///
///     // star: centre 0 tied to 1, 2, 3
///     try loadCentrality(star)                                        // [1.0, 0.0, 0.0, 0.0]
///     try loadCentrality(star, options: .init(normalized: false))     // [6.0, 0.0, 0.0, 0.0]
///
/// Sources are processed in parallel in fixed chunks; each chunk sums into its own buffer and
/// the buffers are added in chunk order, so the result is bit-identical whatever the number of
/// cores.
///
/// *Zero and negative lengths* (with `weighted`): a zero length is a length (nodes at distance 0
/// from the source take no load, and nodes at equal distance are taken in NetworkX's (distance,
/// id) order, so the values are NetworkX's); a negative length is refused, where NetworkX's
/// Dijkstra raises "Contradictory paths found: negative weights?" or returns wrong distances.
///
/// - Parameters:
///   - graph: Any graph.
///   - options: `normalized` and `weighted` (NetworkX `weight`); see ``LoadOptions``.
/// - Returns: One score per node, in node order. The graph with no nodes gives `[]`.
/// - Throws: ``CentralityError/invalidWeight(measure:from:to:weight:)`` when `weighted` and a
///   length is negative (the first such arc in node order).
/// - Complexity: O(*n*(*n* + *m*)) time unweighted, O(*n*(*n* + *m*) log *n*) weighted; O(*n* + *m*) extra
///   memory per worker thread.
///
/// ## References
/// - K.-I. Goh, B. Kahng and D. Kim, "Universal behavior of load distribution in scale-free
///   networks", Phys. Rev. Lett. 87(27):278701, 2001. doi:10.1103/PhysRevLett.87.278701
/// - M. E. J. Newman, "Scientific collaboration networks. II. Shortest paths, weighted networks,
///   and centrality", Phys. Rev. E 64:016132, 2001. doi:10.1103/PhysRevE.64.016132
public func loadCentrality(_ graph: Graph, options: LoadOptions = .init()) throws(CentralityError) -> [Double] {
    try _loadCentrality(graph, options: options)
}

/// ``loadCentrality(_:options:)`` with the chunking exposed, for tests.
package func _loadCentrality(_ graph: Graph, options: LoadOptions, chunkCount: Int? = nil,
                             parallel: Bool = true) throws(CentralityError) -> [Double] {
    let measure = "load"
    let n = graph.nodeCount
    if options.weighted { try graph.checkNonNegativeDistances(measure: measure) }
    if n == 0 { return [] }
    let dijkstra = options.weighted && graph.isWeighted
    let arcCount = graph.outTargets.count
    let progress = WorkProgress.current
    // With zero lengths, nodes at equal distance can be each other's predecessors, so the order
    // NetworkX takes them in matters: by (distance, node id) from the farthest, ids compared by
    // code point as Python compares strings. `idRank` is each node's place in that id order.
    let idRank: [Int32]? = dijkstra && graph._hasZeroDistance ? graph._idCodePointRanks() : nil

    var values = _sumOverSourceChunks(
        sourceCount: n, resultCount: n,
        chunkCount: chunkCount ?? _sourceChunkCount(nodeCount: n), parallel: parallel
    ) { range, sum in
        let workspace = _ShortestPathWorkspace(nodeCount: n, arcCount: arcCount, weighted: dijkstra,
                                               countsPredecessors: true)
        graph._withAdjacency { adjacency in
            for s in range {
                workspace.run(from: s, adjacency)
                _accumulateLoad(workspace, adjacency, idRank: idRank, into: sum)
                progress?.advance()
            }
        }
    }
    // NetworkX: `if order <= 2: return betweenness` (no normalization), else 1/((n-1)(n-2)).
    if options.normalized && n > 2 {
        let scale = 1.0 / Double((n - 1) * (n - 2))
        for i in values.indices { values[i] *= scale }
    }
    return values
}

/// NetworkX's `_node_betweenness` for the workspace's last search, added into `sum`.
///
/// Weighted, as NetworkX: every reached node starts with load 1, and from the farthest node in,
/// each node's load is pushed to its stored predecessors, divided by their number, stopping at
/// the source (`scratch` holds the load). Unweighted, the same terms (a successor's load over its
/// predecessor count) are *pulled* over the sequential successor lists in reverse BFS order
/// (`scratch` holds that share); a successor one hop from the source, whose only predecessor
/// is the source, is a successor of the source alone, which gets nothing.
private func _accumulateLoad(_ w: _ShortestPathWorkspace, _ a: _Adjacency, idRank: [Int32]?,
                             into sum: UnsafeMutableBufferPointer<Double>) {
    let order = w.order, scratch = w.scratch, count = w.predecessorCount
    let reached = w.reachedCount
    if w.weighted {
        let s32 = Int32(truncatingIfNeeded: w.source)
        // between = {}.fromkeys(length, 1.0)
        for i in 0 ..< reached { scratch[Int(order[i])] = 1 }
        // onodes: the nodes at distance > 0, farthest first. With positive lengths that is every
        // node but the source (order[0]) in reverse settling order: nodes at equal distance do
        // not feed each other, so their order changes no term. With zero lengths, NetworkX's
        // order: sorted by (distance, id), nodes at distance 0 left out.
        var onodes: [Int32]? = nil
        if let idRank {
            let distance = w.distance
            onodes = (1 ..< max(1, reached)).map { order[$0] }.filter { distance[Int($0)] > 0 }.sorted { x, y in
                let dx = distance[Int(x)], dy = distance[Int(y)]
                return dx < dy || (dx == dy && idRank[Int(x)] < idRank[Int(y)])
            }
        }
        var i = (onodes?.count ?? reached) - 1
        while i >= (onodes == nil ? 1 : 0) {
            let v = Int(onodes?[i] ?? order[i])
            let predecessorCount = Double(count[v])
            for x in w.storedPredecessors(of: v, a) {
                if x == s32 { break }   // NetworkX: all remaining predecessors would be the source too
                scratch[Int(x)] += scratch[v] / predecessorCount
            }
            i -= 1
        }
        // between[v] -= 1, then betweenness[v] += between[v] (the source adds 1 - 1 = 0)
        for i in 1 ..< max(1, reached) {
            let v = Int(order[i])
            sum[v] += scratch[v] - 1
        }
        return
    }
    let start = w.successorStart, successors = w.successors
    var p = reached - 1
    while p >= 1 {
        let v = Int(order[p])
        var load = 1.0
        for q in start[p] ..< start[p + 1] { load += scratch[Int(successors[q])] }
        scratch[v] = load / Double(count[v])
        sum[v] += load - 1
        p -= 1
    }
}
