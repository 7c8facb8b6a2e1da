import InfluenceGraph

/// Options of ``betweennessCentrality(_:options:)``, with NetworkX's defaults.
public struct BetweennessOptions: Sendable, Hashable {
    /// Divide by the number of (*s*, *t*) pairs a path through *v* could join. NetworkX: `normalized`.
    public var normalized: Bool = true
    /// Count the endpoints of each path as lying on it. NetworkX: `endpoints`.
    public var endpoints: Bool = false
    /// Use the graph's weights as distances (Dijkstra) instead of counting hops (BFS).
    /// NetworkX: `weight="weight"` versus `weight=None`. On a graph without weights every
    /// weight is 1, as NetworkX reads a missing attribute.
    public var weighted: Bool = false
    /// Use only this many sources, chosen at random, and scale up as NetworkX does
    /// (`n/k`). NetworkX: `k`. `nil` uses every node (exact betweenness).
    public var samples: Int? = nil
    /// Seed of the source sampling. The same seed picks the same sources on every run and
    /// platform, but it is influence's own generator (SplitMix64 with a partial Fisher–Yates
    /// shuffle), **not** NetworkX's `random.Random(seed)` stream, so it does not pick the
    /// sources NetworkX's `seed` picks.
    public var seed: UInt64 = 0
    /// Return NetworkX's NaN where its scale is 0/0 instead of throwing: with one sampled source
    /// (`samples: 1`) and endpoints excluded, the sampled source's value (the other nodes' values
    /// are NetworkX's numbers). `false` (the default) throws
    /// ``CentralityError/notFinite(measure:reason:)``, since a NaN cannot be ranked.
    public var allowsNaN: Bool = false

    /// Betweenness options; the defaults are NetworkX's.
    ///
    /// - Parameters:
    ///   - normalized: Divide by the number of admissible (*s*, *t*) pairs. NetworkX: `normalized`.
    ///   - endpoints: Count the endpoints of each path as lying on it. NetworkX: `endpoints`.
    ///   - weighted: Read weights as distances; `false` counts hops. NetworkX: `weight`.
    ///   - samples: Number of sampled sources, or `nil` for every node. NetworkX: `k`.
    ///   - seed: Seed of the source sampling (influence's own generator, not NetworkX's `seed`).
    ///   - allowsNaN: Return NetworkX's NaN (one sampled source without endpoints) instead of throwing.
    public init(normalized: Bool = true, endpoints: Bool = false, weighted: Bool = false,
                samples: Int? = nil, seed: UInt64 = 0, allowsNaN: Bool = false) {
        self.normalized = normalized
        self.endpoints = endpoints
        self.weighted = weighted
        self.samples = samples
        self.seed = seed
        self.allowsNaN = allowsNaN
    }
}

/// Computes shortest-path betweenness centrality for every node.
///
/// The betweenness of *v* is the sum over pairs *s* ≠ *t* (both ≠ *v*) of σ(*s*, *t* | *v*) / σ(*s*, *t*),
/// where σ(*s*, *t*) counts shortest *s*–*t* paths and σ(*s*, *t* | *v*) those through *v*. On a
/// directed graph paths follow arcs and (*s*, *t*) and (*t*, *s*) are different pairs; on an
/// undirected graph each unordered pair counts once. With `weighted`, edge weights are lengths
/// (distances), and two paths are equally short when their float sums are exactly equal.
/// Self-loops never lie on a shortest path and are ignored; nodes in other components add
/// nothing.
///
/// Equivalent to `networkx.betweenness_centrality(G, k:, normalized:, weight:, endpoints:, seed:)`
/// (NetworkX 3.6), including its rescaling (`_rescale`):
/// - normalized: divide by (*n* − 1)(*n* − 2) ordered pairs (by *n*(*n* − 1) with `endpoints`);
///   nothing is rescaled when that count is < 2 (graphs of ≤ 2 nodes, ≤ 1 with `endpoints`);
/// - not normalized, undirected: halve (each unordered pair was counted both ways);
/// - `samples` *k* < *n*: scale by *n*/*k* as NetworkX does, sampled sources by 1/(*k* − 1) instead
///   of 1/*k* when endpoints are excluded; *k* = *n* is exact betweenness, as in NetworkX.
///
/// Differences from NetworkX: the sampled sources come from influence's own seeded generator
/// (see ``BetweennessOptions/seed``); and where NetworkX would return NaN (one sampled source
/// with endpoints excluded: its scale is 0/0) this throws instead, unless
/// ``BetweennessOptions/allowsNaN`` asks for NetworkX's NaN. The floating-point terms are
/// NetworkX's, but some sums are grouped differently (sources in chunks; on unweighted graphs a
/// node's dependency terms in successor order), so values agree with NetworkX to rounding
/// (≤ 2e-15 relative on the reference graphs), not bit for bit.
///
///     // path 0 — 1 — 2
///     try betweennessCentrality(path)                                           // [0.0, 1.0, 0.0]
///     try betweennessCentrality(path, options: .init(normalized: false))        // [0.0, 1.0, 0.0]
///     try betweennessCentrality(path, options: .init(normalized: false, endpoints: true)) // [2.0, 3.0, 2.0]
///
/// Sources are processed in parallel in fixed chunks; each chunk sums into its own buffer and
/// the buffers are added in chunk order, so the result is bit-identical whatever the number of
/// cores.
///
/// - Parameters:
///   - graph: Any graph; directed graphs count (*s*, *t*) and (*t*, *s*) separately.
///   - options: `normalized`, `endpoints`, `weighted` (NetworkX `weight`), `samples` (NetworkX
///     `k`) and `seed`; see ``BetweennessOptions``.
/// - Returns: One score per node, in node order. The graph with no nodes gives `[]`.
/// *Zero and negative weights* (with `weighted`): a zero length is a path of length 0, and
/// paths tie as NetworkX's `_single_source_dijkstra_path_basic` ties them (the same settling
/// order and predecessor lists, so the same numbers, even where zero-length cycles make them
/// exceed 1). A negative length is refused: Dijkstra's answer is then not the shortest paths
/// (NetworkX's betweenness does not check and returns that answer).
///
/// - Throws: ``CentralityError/invalidWeight(measure:from:to:weight:)`` when `weighted` and a
///   length is negative (the first such arc in node order); ``CentralityError/invalidOption(measure:option:reason:)``
///   when `samples` is not in 1 … *n*; ``CentralityError/notFinite(measure:reason:)`` when a value
///   would be NaN (NetworkX's result for `samples: 1` without endpoints, unless `allowsNaN`) or
///   path counts overflow.
/// - Complexity: O(*k*(*n* + *m*)) time unweighted and O(*k*(*n* + *m*) log *n*) weighted, for *k* sources
///   (*n* unless sampled); O(*n* + *m*) extra memory per worker thread.
///
/// ## References
/// - U. Brandes, "A Faster Algorithm for Betweenness Centrality", J. Math. Sociol. 25(2):163–177, 2001.
///   doi:10.1080/0022250X.2001.9990249
/// - U. Brandes, "On variants of shortest-path betweenness centrality and their generic
///   computation", Social Networks 30(2):136–145, 2008. doi:10.1016/j.socnet.2007.11.001
/// - U. Brandes and C. Pich, "Centrality estimation in large networks", Int. J. Bifurcation and
///   Chaos 17(7):2303–2318, 2007. doi:10.1142/S0218127407018403
public func betweennessCentrality(_ graph: Graph, options: BetweennessOptions = .init()) throws(CentralityError) -> [Double] {
    try _betweennessCentrality(graph, options: options)
}

/// ``betweennessCentrality(_:options:)`` with the chunking exposed, for the thread-independence
/// tests: `chunkCount` (default `_sourceChunkCount`) and `parallel: false` to run the same
/// chunks serially.
package func _betweennessCentrality(_ graph: Graph, options: BetweennessOptions, chunkCount: Int? = nil,
                                    parallel: Bool = true) throws(CentralityError) -> [Double] {
    let measure = "betweenness"
    let n = graph.nodeCount
    try _checkSamples(options.samples, nodeCount: n, measure: measure)
    if options.weighted { try graph.checkNonNegativeDistances(measure: measure) }
    if n == 0 { return [] }
    // NetworkX: `if k == len(G): k = None` (sampling every node is exact betweenness).
    let sampled: [Int32]? = options.samples.flatMap { k in
        k == n ? nil : _sampleSources(nodeCount: n, count: k, seed: options.seed)
    }
    let sourceCount = sampled?.count ?? n
    let dijkstra = options.weighted && graph.isWeighted
    let endpoints = options.endpoints
    let arcCount = graph.outTargets.count
    let progress = WorkProgress.current

    var values = _sumOverSourceChunks(
        sourceCount: sourceCount, resultCount: n,
        chunkCount: chunkCount ?? _sourceChunkCount(nodeCount: n), parallel: parallel
    ) { range, sum in
        let workspace = _ShortestPathWorkspace(nodeCount: n, arcCount: arcCount, weighted: dijkstra)
        graph._withAdjacency { adjacency in
            for j in range {
                let s = sampled.map { Int($0[j]) } ?? j
                workspace.run(from: s, adjacency)
                _accumulateNodes(workspace, adjacency, into: sum, endpoints: endpoints)
                progress?.advance()
            }
        }
    }
    _rescale(&values, nodeCount: n, normalized: options.normalized, directed: graph.isDirected,
             endpoints: endpoints, sampled: sampled)
    if values.contains(where: { options.allowsNaN ? $0.isInfinite : !$0.isFinite }) {
        throw .notFinite(measure: measure, reason: _notFiniteReason(samples: sampled?.count, endpoints: endpoints, n: n,
                                                                    infinite: options.allowsNaN))
    }
    return values
}

/// NetworkX's `_accumulate_basic` / `_accumulate_endpoints` for the workspace's last search,
/// added into `sum`. The source (first in `S`) gets no dependency.
///
/// Weighted, as NetworkX: pop `S` from the end and push δ(*w*) into *w*'s stored predecessors
/// (`scratch` holds δ). Unweighted, the same terms σ(*v*)·(1 + δ(*w*))/σ(*w*) are *pulled*: in
/// reverse BFS order each node sums them over its successor list, which is read sequentially
/// (`scratch` holds the coefficient (1 + δ(*w*))/σ(*w*)). Only the order in which a node's
/// terms are added differs from NetworkX's, a difference of rounding.
private func _accumulateNodes(_ w: _ShortestPathWorkspace, _ a: _Adjacency,
                              into sum: UnsafeMutableBufferPointer<Double>, endpoints: Bool) {
    let order = w.order, sigma = w.sigma, scratch = w.scratch
    let s = w.source, reached = w.reachedCount
    if endpoints { sum[s] += Double(reached - 1) }
    if w.weighted {
        var i = reached - 1
        while i >= 1 {
            let x = Int(order[i])
            let coefficient = (1 + scratch[x]) / sigma[x]
            for v in w.storedPredecessors(of: x, a) {
                scratch[Int(v)] += sigma[Int(v)] * coefficient
            }
            sum[x] += endpoints ? scratch[x] + 1 : scratch[x]
            i -= 1
        }
        return
    }
    let start = w.successorStart, successors = w.successors
    var p = reached - 1
    while p >= 1 {
        let v = Int(order[p])
        let sigmaV = sigma[v]
        var delta = 0.0
        for q in start[p] ..< start[p + 1] { delta += sigmaV * scratch[Int(successors[q])] }
        scratch[v] = (1 + delta) / sigmaV
        sum[v] += endpoints ? delta + 1 : delta
        p -= 1
    }
}

/// NetworkX's `_rescale`, transcribed: the same cases and the same scale factors, computed
/// as the same integer ratios.
private func _rescale(_ values: inout [Double], nodeCount n: Int, normalized: Bool, directed: Bool,
                      endpoints: Bool, sampled: [Int32]?) {
    let k = sampled?.count
    // N counts the (s, t) pairs, s ≠ t, a path through v could join; v may not be t without endpoints.
    let pairs = endpoints ? n : n - 1
    if pairs < 2 { return }   // b = 0 for every node
    let sources = k ?? pairs
    let correction = directed ? 1 : 2
    if k == nil || endpoints {
        let scale = normalized
            ? 1 / Double(sources * (pairs - 1))
            : Double(pairs) / Double(sources * correction)
        if scale != 1 {
            for i in values.indices { values[i] *= scale }
        }
        return
    }
    // Sampled without endpoints: a sampled source cannot be its own (s, t) pair.
    let scaleSource: Double, scaleOther: Double
    if normalized {
        scaleSource = sources > 1 ? 1 / Double((sources - 1) * (pairs - 1)) : .nan
        scaleOther = 1 / Double(sources * (pairs - 1))
    } else {
        scaleSource = sources > 1 ? Double(pairs) / Double((sources - 1) * correction) : .nan
        scaleOther = Double(pairs) / Double(sources * correction)
    }
    var isSampled = [Bool](repeating: false, count: n)
    for s in sampled ?? [] { isSampled[Int(s)] = true }
    for i in values.indices { values[i] *= isSampled[i] ? scaleSource : scaleOther }
}

private func _notFiniteReason(samples: Int?, endpoints: Bool, n: Int, infinite: Bool) -> String {
    if samples == 1 && !endpoints && n > 2 && !infinite {
        return "one sampled source with endpoints excluded leaves the source's scale at 0/0, which NetworkX returns as NaN; sample at least 2 sources, count endpoints, or allow NaN (--allow-nan) for NetworkX's values"
    }
    return "shortest-path counts overflow a Double"
}

// MARK: - Edge betweenness

/// One value per edge of the simple graph, as returned by ``edgeBetweennessCentrality(_:options:)``.
///
/// Directed graphs list every arc (*u*, *v*) in CSR order (by *u*, then *v*). Undirected graphs
/// list each edge once, as (*u*, *v*) with *u* ≤ *v*, in CSR order of *u*'s row. Self-loops are
/// listed (with value 0: no shortest path uses them).
public struct EdgeScores: Sendable, Equatable {
    /// Source node of each edge.
    public var sources: [Int32]
    /// Target node of each edge.
    public var targets: [Int32]
    /// The score of each edge.
    public var values: [Double]

    /// Edge scores from parallel columns.
    ///
    /// - Parameters:
    ///   - sources: Source node of each edge.
    ///   - targets: Target node of each edge, in lock step with `sources`.
    ///   - values: The score of each edge, in lock step with `sources`.
    public init(sources: [Int32], targets: [Int32], values: [Double]) {
        self.sources = sources
        self.targets = targets
        self.values = values
    }

    /// Number of edges.
    public var count: Int { values.count }
}

/// Options of ``edgeBetweennessCentrality(_:options:)``, with NetworkX's defaults.
public struct EdgeBetweennessOptions: Sendable, Hashable {
    /// Divide by *n*(*n* − 1), the number of ordered (*s*, *t*) pairs. NetworkX: `normalized`.
    public var normalized: Bool = true
    /// Use the graph's weights as distances. NetworkX: `weight="weight"` versus `weight=None`.
    public var weighted: Bool = false
    /// Use only this many sampled sources and scale by *n*/*k*. NetworkX: `k`. `nil`: every node.
    public var samples: Int? = nil
    /// Seed of the source sampling: influence's own generator, not NetworkX's stream (see
    /// ``BetweennessOptions/seed``).
    public var seed: UInt64 = 0

    /// Edge-betweenness options; the defaults are NetworkX's.
    ///
    /// - Parameters:
    ///   - normalized: Divide by *n*(*n* − 1). NetworkX: `normalized`.
    ///   - weighted: Read weights as distances; `false` counts hops. NetworkX: `weight`.
    ///   - samples: Number of sampled sources, or `nil` for every node. NetworkX: `k`.
    ///   - seed: Seed of the source sampling (influence's own generator, not NetworkX's `seed`).
    public init(normalized: Bool = true, weighted: Bool = false, samples: Int? = nil, seed: UInt64 = 0) {
        self.normalized = normalized
        self.weighted = weighted
        self.samples = samples
        self.seed = seed
    }
}

/// Computes shortest-path betweenness centrality for every edge.
///
/// The betweenness of edge *e* is the sum over pairs *s* ≠ *t* of σ(*s*, *t* | *e*) / σ(*s*, *t*), the
/// fraction of shortest *s*–*t* paths that use *e*. Directed graphs follow arcs; on undirected
/// graphs a path may use an edge either way. With `weighted`, weights are lengths.
///
/// Equivalent to `networkx.edge_betweenness_centrality(G, k:, normalized:, weight:, seed:)`
/// (NetworkX 3.6), including its rescaling (`_rescale` with endpoints): normalized divides by
/// *n*(*n* − 1) (by *k*(*n* − 1) when sampling *k* sources); not normalized halves on undirected
/// graphs (and scales by *n*/*k* when sampling); graphs of < 2 nodes are not rescaled. NetworkX
/// keys an undirected edge by either orientation; here it is (*u*, *v*) with *u* ≤ *v*. The
/// sampling generator differs from NetworkX's (see ``BetweennessOptions/seed``).
///
///     // path 0 — 1 — 2
///     try edgeBetweennessCentrality(path).values                                // [0.666…, 0.666…]
///     try edgeBetweennessCentrality(path, options: .init(normalized: false)).values // [2.0, 2.0]
///
/// Parallel over sources with the same chunk-ordered sums as node betweenness: bit-identical
/// whatever the number of cores.
///
/// - Parameters:
///   - graph: Any graph.
///   - options: `normalized`, `weighted` (NetworkX `weight`), `samples` (NetworkX `k`) and `seed`.
/// - Returns: Every edge of the simple graph with its score, see ``EdgeScores``.
/// Zero lengths tie paths as in NetworkX (an arc of length 0 into the source is credited too, as
/// NetworkX's `_accumulate_edges` credits it); negative lengths are refused, as for
/// ``betweennessCentrality(_:options:)``.
///
/// - Throws: ``CentralityError/invalidWeight(measure:from:to:weight:)`` when `weighted` and a
///   length is negative (the first such arc in node order); ``CentralityError/invalidOption(measure:option:reason:)``
///   when `samples` is not in 1 … *n*; ``CentralityError/notFinite(measure:reason:)`` when path
///   counts overflow.
/// - Complexity: O(*k*(*n* + *m*)) time unweighted, O(*k*(*n* + *m*) log *n*) weighted, for *k* sources;
///   O(*n* + *m*) extra memory per worker thread.
///
/// ## References
/// - U. Brandes, "On variants of shortest-path betweenness centrality and their generic
///   computation", Social Networks 30(2):136–145, 2008. doi:10.1016/j.socnet.2007.11.001
/// - M. Girvan and M. E. J. Newman, "Community structure in social and biological networks",
///   PNAS 99(12):7821–7826, 2002. doi:10.1073/pnas.122653799
public func edgeBetweennessCentrality(_ graph: Graph, options: EdgeBetweennessOptions = .init()) throws(CentralityError) -> EdgeScores {
    try _edgeBetweennessCentrality(graph, options: options)
}

/// ``edgeBetweennessCentrality(_:options:)`` with the chunking exposed, for tests.
package func _edgeBetweennessCentrality(_ graph: Graph, options: EdgeBetweennessOptions, chunkCount: Int? = nil,
                                        parallel: Bool = true) throws(CentralityError) -> EdgeScores {
    let measure = "edge betweenness"
    let n = graph.nodeCount
    try _checkSamples(options.samples, nodeCount: n, measure: measure)
    if options.weighted { try graph.checkNonNegativeDistances(measure: measure) }
    let edges = _EdgeIndex(graph)
    if n == 0 { return EdgeScores(sources: [], targets: [], values: []) }
    // Sampling every node gives NetworkX's exact scale (k = n), so it is computed exactly.
    let sampled: [Int32]? = options.samples.flatMap { k in
        k == n ? nil : _sampleSources(nodeCount: n, count: k, seed: options.seed)
    }
    let sourceCount = sampled?.count ?? n
    let dijkstra = options.weighted && graph.isWeighted
    let arcCount = graph.outTargets.count
    let edgeOfArc = edges.edgeOfArc
    let progress = WorkProgress.current

    var values = _sumOverSourceChunks(
        sourceCount: sourceCount, resultCount: edges.sources.count,
        chunkCount: chunkCount ?? _sourceChunkCount(nodeCount: n), parallel: parallel
    ) { range, sum in
        let workspace = _ShortestPathWorkspace(nodeCount: n, arcCount: arcCount, weighted: dijkstra, recordsArcs: true)
        graph._withAdjacency { adjacency in
            edgeOfArc.withUnsafeBufferPointer { edgeOfArc in
                for j in range {
                    let s = sampled.map { Int($0[j]) } ?? j
                    workspace.run(from: s, adjacency)
                    _accumulateEdges(workspace, adjacency, edgeOfArc: edgeOfArc, into: sum)
                    progress?.advance()
                }
            }
        }
    }
    // NetworkX: _rescale(..., endpoints=True): N = n, K = k or n.
    if n >= 2 {
        let k = sampled?.count ?? n
        let scale = options.normalized
            ? 1 / Double(k * (n - 1))
            : Double(n) / Double(k * (graph.isDirected ? 1 : 2))
        if scale != 1 {
            for i in values.indices { values[i] *= scale }
        }
    }
    if values.contains(where: { !$0.isFinite }) {
        throw .notFinite(measure: measure, reason: "shortest-path counts overflow a Double")
    }
    return EdgeScores(sources: edges.sources, targets: edges.targets, values: values)
}

/// NetworkX's `_accumulate_edges`: like node accumulation (pushed when weighted, pulled when
/// unweighted), but each term σ(*v*)·(1 + δ(*w*))/σ(*w*) is also added to the edge of the arc
/// *v* → *w*. `edgeOfArc` maps arcs to edges (empty: the identity).
private func _accumulateEdges(_ w: _ShortestPathWorkspace, _ a: _Adjacency,
                              edgeOfArc: UnsafeBufferPointer<Int32>, into sum: UnsafeMutableBufferPointer<Double>) {
    let order = w.order, sigma = w.sigma, scratch = w.scratch
    let reached = w.reachedCount
    let direct = edgeOfArc.isEmpty
    if w.weighted {
        // Down to the source itself (i = 0): with zero-length arcs into the source it has
        // predecessors, and NetworkX's `_accumulate_edges` credits those arcs too.
        var i = reached - 1
        while i >= 0 {
            let x = Int(order[i])
            let coefficient = (1 + scratch[x]) / sigma[x]
            let predecessors = w.storedPredecessors(of: x, a), arcs = w.storedPredecessorArcs(of: x, a)
            for k in predecessors.indices {
                let v = Int(predecessors[k])
                let c = sigma[v] * coefficient
                sum[direct ? arcs[k] : Int(edgeOfArc[arcs[k]])] += c
                scratch[v] += c
            }
            i -= 1
        }
        return
    }
    let start = w.successorStart, successors = w.successors, arcs = w.successorArcs
    var p = reached - 1
    while p >= 0 {   // the source's own arcs carry terms too
        let v = Int(order[p])
        let sigmaV = sigma[v]
        var delta = 0.0
        for q in start[p] ..< start[p + 1] {
            let c = sigmaV * scratch[Int(successors[q])]
            sum[direct ? arcs[q] : Int(edgeOfArc[arcs[q]])] += c
            delta += c
        }
        scratch[v] = (1 + delta) / sigmaV
        p -= 1
    }
}

/// The edges of ``EdgeScores`` and the edge each arc belongs to.
///
/// Directed: edge *i* is arc *i* (`edgeOfArc` is empty, meaning the identity). Undirected:
/// edges are the arcs *u* → *v* with *u* ≤ *v*, numbered in CSR order, and both arcs of an edge
/// map to it.
struct _EdgeIndex {
    var sources: [Int32] = []
    var targets: [Int32] = []
    var edgeOfArc: [Int32] = []

    /// - Complexity: O(*n* + *m*).
    init(_ graph: Graph) {
        let n = graph.nodeCount
        let offsets = graph.outOffsets, adjacent = graph.outTargets
        sources.reserveCapacity(graph.edgeCount)
        targets.reserveCapacity(graph.edgeCount)
        if graph.isDirected {
            for u in 0 ..< n {
                for i in offsets[u] ..< offsets[u + 1] {
                    sources.append(Int32(truncatingIfNeeded: u))
                    targets.append(adjacent[i])
                }
            }
            return
        }
        precondition(graph.edgeCount < Int(Int32.max), "too many edges for edge betweenness")
        edgeOfArc = [Int32](repeating: -1, count: adjacent.count)
        // cursor[v]: the next arc of v's row towards a larger node, in the order rows u > v ask for it.
        var cursor = [Int](repeating: 0, count: n)
        for v in 0 ..< n {
            var i = offsets[v]
            while i < offsets[v + 1] && Int(adjacent[i]) <= v { i += 1 }
            cursor[v] = i
        }
        var edge: Int32 = 0
        for u in 0 ..< n {
            for i in offsets[u] ..< offsets[u + 1] {
                let v = Int(adjacent[i])
                if v >= u {
                    sources.append(Int32(truncatingIfNeeded: u))
                    targets.append(adjacent[i])
                    edgeOfArc[i] = edge
                    edge += 1
                } else {
                    // The mate v → u: rows are visited by increasing u, so v's arcs to larger
                    // nodes are asked for in ascending order.
                    let mate = cursor[v]
                    precondition(Int(adjacent[mate]) == u, "undirected CSR is not symmetric")
                    edgeOfArc[i] = edgeOfArc[mate]
                    cursor[v] = mate + 1
                }
            }
        }
    }
}
