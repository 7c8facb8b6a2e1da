import InfluenceGraph

/// Options for ``closenessCentrality(_:options:)``.
public struct ClosenessOptions: Sendable, Hashable {
    /// Read the graph's weights as distances (NetworkX `distance="weight"`); `false` counts hops.
    public var weighted: Bool
    /// Scale by the share of nodes reached, for disconnected graphs (NetworkX `wf_improved`).
    public var wfImproved: Bool

    /// Closeness options; the defaults are NetworkX's.
    ///
    /// - Parameters:
    ///   - weighted: Read weights as distances; `false` counts hops. NetworkX: `distance`.
    ///   - wfImproved: Scale by the share of nodes reached. NetworkX: `wf_improved`.
    public init(weighted: Bool = false, wfImproved: Bool = true) {
        self.weighted = weighted
        self.wfImproved = wfImproved
    }
}

/// Options for ``harmonicCentrality(_:options:)``.
public struct HarmonicOptions: Sendable, Hashable {
    /// Read the graph's weights as distances (NetworkX `distance="weight"`); `false` counts hops.
    public var weighted: Bool
    /// Sum over paths from these nodes only (node indices; NetworkX `sources`): *H*(*u*) =
    /// Σ_{*v* ∈ sources, *v* ≠ *u*} 1 / *d*(*v*, *u*). `nil` means every node. Repeats count once.
    public var sources: [Int]?

    /// Harmonic options.
    ///
    /// - Parameters:
    ///   - weighted: Read weights as distances (NetworkX `distance`); `false` counts hops.
    ///   - sources: The nodes whose paths count (NetworkX `sources`); `nil` for every node.
    public init(weighted: Bool = false, sources: [Int]? = nil) {
        self.weighted = weighted
        self.sources = sources
    }
}

/// Closeness centrality: how near a node is to the nodes that can reach it.
///
/// *C*(*u*) = (*r* − 1) / Σ_*v* *d*(*v*, *u*), over the *r* − 1 nodes *v* that reach *u*, and with
/// Wasserman and Faust's improvement multiplied by (*r* − 1)/(*n* − 1), so that nodes in small
/// components do not score as if they were central. On directed graphs distances are **incoming**
/// (*d*(*v*, *u*), paths towards *u*), as NetworkX does. A node no one reaches gets 0.
///
/// Equivalent to `networkx.closeness_centrality(G, distance=None | "weight", wf_improved=)` (NetworkX 3.6).
///
///     // path a — b — c
///     try closenessCentrality(path)     // [0.666…, 1.0, 0.666…]
///
/// Parallel over nodes in fixed chunks, each writing its own results, so the output does not depend
/// on the number of cores.
///
/// Zero distances are distances (a node at distance 0 is reached and counts in *r*), as in
/// NetworkX; a negative distance is refused (NetworkX's Dijkstra raises "Contradictory paths
/// found: negative weights?", or returns distances that are not shortest).
///
/// - Throws: ``CentralityError/invalidWeight(measure:from:to:weight:)`` if weighted and a length
///   is negative (the first such arc in node order).
/// - Complexity: O(*n*(*n* + *m*)) unweighted (one BFS per node), O(*n*(*n* + *m*) log *n*) weighted;
///   O(*n*) extra memory per worker.
///
/// ## References
/// - L. C. Freeman, "Centrality in social networks: conceptual clarification", Social Networks 1(3):215–239, 1979.
/// - S. Wasserman and K. Faust, *Social Network Analysis: Methods and Applications*, Cambridge University Press, 1994.
public func closenessCentrality(_ graph: Graph, options: ClosenessOptions = .init()) throws(CentralityError) -> [Double] {
    try closenessCentrality(graph, nodes: nil, options: options)
}

/// Closeness centrality of the given nodes only: `networkx.closeness_centrality(G, u=node)` for
/// each, one search per node instead of one per node of the graph — for a few nodes of a graph
/// too large for the whole measure, or for timing a sample of them.
///
/// - Parameters:
///   - graph: Any graph; directed graphs measure distances *to* each node, as NetworkX does.
///   - nodes: Node indices; the result is in this order (repeats allowed). `nil` means every node.
///   - options: As for the whole measure (weights as distances, Wasserman–Faust scaling).
/// - Throws: as ``closenessCentrality(_:options:)``, and
///   ``CentralityError/invalidOption(measure:option:reason:)`` for an index out of range.
/// - Complexity: O(*k*(*n* + *m*)) for *k* nodes (unweighted); O(*n*) memory per worker.
public func closenessCentrality(_ graph: Graph, nodes: [Int]?,
                                options: ClosenessOptions = .init()) throws(CentralityError) -> [Double] {
    try _checkNodeIndices(nodes, nodeCount: graph.nodeCount, measure: "closeness")
    let weighted = options.weighted && graph.isWeighted
    if weighted { try graph.checkNonNegativeDistances(measure: "closeness") }
    let n = graph.nodeCount
    let wf = options.wfImproved
    return _perNode(graph, nodes: nodes, weighted: weighted) { search, u in
        let (reached, total) = search.run(from: u)
        guard total > 0, n > 1 else { return 0 }
        var c = (Double(reached) - 1) / total
        if wf { c *= (Double(reached) - 1) / Double(n - 1) }
        return c
    }
}

/// Harmonic centrality: the sum of inverse distances from every other node.
///
/// *H*(*u*) = Σ_{*v* ≠ *u*} 1 / *d*(*v*, *u*), with 1/∞ = 0, so it is defined on disconnected graphs.
/// On directed graphs distances are incoming, as in NetworkX.
///
/// Equivalent to `networkx.harmonic_centrality(G, distance=None | "weight", sources=)` (NetworkX
/// 3.6); with ``HarmonicOptions/sources`` only paths from those nodes count. Zero distances add
/// nothing (NetworkX skips `d == 0`, as for the node itself).
///
/// - Throws: ``CentralityError/invalidWeight(measure:from:to:weight:)`` if weighted and a length
///   is negative (NetworkX's Dijkstra raises "Contradictory paths found: negative weights?", or
///   returns distances that are not shortest); ``CentralityError/invalidOption(measure:option:reason:)``
///   for a source index out of range.
/// - Complexity: as ``closenessCentrality(_:options:)``.
///
/// ## References
/// - M. Marchiori and V. Latora, "Harmony in the small-world", Physica A 285(3–4):539–546, 2000.
///   doi:10.1016/S0378-4371(00)00311-3
/// - P. Boldi and S. Vigna, "Axioms for Centrality", Internet Mathematics 10(3–4):222–262, 2014.
public func harmonicCentrality(_ graph: Graph, options: HarmonicOptions = .init()) throws(CentralityError) -> [Double] {
    try harmonicCentrality(graph, nodes: nil, options: options)
}

/// Harmonic centrality of the given nodes only: `networkx.harmonic_centrality(G, nbunch=nodes)`,
/// one search per node.
///
/// - Parameters:
///   - graph: Any graph; directed graphs measure distances *to* each node, as NetworkX does.
///   - nodes: Node indices; the result is in this order (repeats allowed). `nil` means every node.
///   - options: As for the whole measure (weights as distances).
/// - Throws: as ``harmonicCentrality(_:options:)``, and
///   ``CentralityError/invalidOption(measure:option:reason:)`` for an index out of range.
/// - Complexity: O(*k*(*n* + *m*)) for *k* nodes (unweighted); O(*n*) memory per worker.
public func harmonicCentrality(_ graph: Graph, nodes: [Int]?,
                               options: HarmonicOptions = .init()) throws(CentralityError) -> [Double] {
    try _checkNodeIndices(nodes, nodeCount: graph.nodeCount, measure: "harmonic")
    try _checkNodeIndices(options.sources, nodeCount: graph.nodeCount, measure: "harmonic", option: "sources")
    let weighted = options.weighted && graph.isWeighted
    if weighted { try graph.checkNonNegativeDistances(measure: "harmonic") }
    let isSource: [Bool]? = options.sources.map { sources in
        var mask = [Bool](repeating: false, count: graph.nodeCount)
        for v in sources { mask[v] = true }
        return mask
    }
    return _perNode(graph, nodes: nodes, weighted: weighted) { search, u in
        search.run(from: u, harmonic: true, counting: isSource).total
    }
}

/// Runs `body` for every node (or each of `nodes`) in fixed parallel chunks, each chunk with its
/// own distance-only workspace searching **incoming** arcs, and writing only its own results.
private func _perNode(_ graph: Graph, nodes: [Int]?, weighted: Bool,
                      _ body: @Sendable (_DistanceSearch, Int) -> Double) -> [Double] {
    let n = graph.nodeCount
    let count = nodes?.count ?? n
    let result = _SharedBuffer(count: count)
    let progress = WorkProgress.current
    progress?.begin(total: count)
    _forEachChunk(count: count, chunkCount: _sourceChunkCount(nodeCount: count)) { _, range in
        graph._withAdjacency(reversed: true) { adjacency in
            let workspace = _ShortestPathWorkspace(nodeCount: n, arcCount: adjacency.arcCount,
                                                   weighted: weighted, countsPaths: false)
            for i in range {
                let u = nodes?[i] ?? i
                result.pointer[i] = body(_DistanceSearch(workspace: workspace, adjacency: adjacency), u)
                progress?.advance()
            }
        }
    }
    return result.array
}

/// Validates node indices given to a measure: each in `0 ..< nodeCount`.
func _checkNodeIndices(_ nodes: [Int]?, nodeCount n: Int, measure: String, option: String = "nodes") throws(CentralityError) {
    guard let nodes else { return }
    if let bad = nodes.first(where: { $0 < 0 || $0 >= n }) {
        throw .invalidOption(measure: measure, option: option, reason: "node index \(bad) is out of range (the graph has \(n) nodes)")
    }
}

/// One distance-only search towards a node, summarised as closeness and harmonic need it.
struct _DistanceSearch {
    let workspace: _ShortestPathWorkspace
    let adjacency: _Adjacency

    /// Searches from `source` along incoming arcs: the number of nodes reached (`source`
    /// included) and the sum of their distances, or of inverse distances when `harmonic`; with
    /// `counting`, only the nodes it marks add to the sum.
    func run(from source: Int, harmonic: Bool = false, counting: [Bool]? = nil) -> (reached: Int, total: Double) {
        workspace.run(from: source, adjacency)
        var total = 0.0
        for p in 0 ..< workspace.reachedCount {
            let v = Int(workspace.order[p])
            if let counting, !counting[v] { continue }
            let d = workspace.weighted ? workspace.distance[v] : Double(workspace.hops[v])
            if d > 0 { total += harmonic ? 1 / d : d }
        }
        return (workspace.reachedCount, total)
    }
}
