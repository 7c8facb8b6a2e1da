import InfluenceGraph

/// Options for ``hits(_:options:)``, with NetworkX's defaults.
public struct HITSOptions: Sendable, Hashable {
    /// Iteration budget (NetworkX `max_iter`, there ARPACK's restart limit): at most
    /// 100 × `maxIterations` power steps here. A value ≤ 0 fails at once, as in NetworkX.
    public var maxIterations: Int
    /// Accuracy (NetworkX `tol`, which ARPACK applies squared): the iteration stops when the L1
    /// change of a step is below `nodeCount × max(tolerance², 1e-15)`.
    public var tolerance: Double
    /// Divide hubs and authorities each by their sum (NetworkX `normalized`); otherwise
    /// authorities have Euclidean norm 1 and hubs are *A* × authorities, signed as NetworkX
    /// returns them (see ``hits(_:options:)``).
    public var normalized: Bool
    /// Read the graph's weights (NetworkX's `hits` always reads `weight`); `false` uses 1 for every edge.
    public var weighted: Bool
    /// Starting authority vector, one entry per node (NetworkX `nstart`, ARPACK's start vector);
    /// `nil` starts from all ones.
    public var start: [Double]?

    public init(maxIterations: Int = 100, tolerance: Double = 1e-8, normalized: Bool = true,
                weighted: Bool = true, start: [Double]? = nil) {
        self.maxIterations = maxIterations
        self.tolerance = tolerance
        self.normalized = normalized
        self.weighted = weighted
        self.start = start
    }
}

/// HITS hubs and authorities: good hubs point at good authorities, good authorities are pointed
/// at by good hubs.
///
/// The authorities *a* are the leading eigenvector of *A*ᵀ*A* (the right singular vector of the
/// adjacency matrix *A* for its largest singular value) and the hubs are *h* = *A a*: *h*(*u*) =
/// Σ_{*u* → *v*} *w*(*u*, *v*) *a*(*v*) and *a*(*v*) ∝ Σ_{*u* → *v*} *w*(*u*, *v*) *h*(*u*). On an
/// undirected graph *A* is symmetric (a self-loop once) and hubs equal authorities up to scale.
/// Weights are used by default, as in NetworkX.
///
/// Equivalent to `networkx.hits(G, max_iter:, tol:, nstart:, normalized:)` (NetworkX 3.6) where
/// the result is well defined, to about 1e-12. **The method differs**: NetworkX 3.6 computes the
/// singular vector with ARPACK (`scipy.sparse.linalg.svds`), which has no stopping rule of its own
/// to copy, so this function runs a power iteration converged far past NetworkX's accuracy instead.
/// When the largest singular value is not simple (for example on bipartite or disconnected graphs)
/// HITS is not unique: NetworkX's answer then depends on ARPACK's random start vector and differs
/// from run to run, while this function returns the limit reached from `start` (default all ones),
/// the same on every run. Unnormalised, the signs are NetworkX's: `svds` returns the singular
/// vector with its first entry ≤ 0 (NumPy's QR convention), so NetworkX's unnormalised hubs and
/// authorities are all ≤ 0 whenever the first node has a nonzero authority, and so are these;
/// when the first node's authority is 0, NetworkX's sign depends on rounding and this function
/// returns scores ≥ 0. Like NetworkX, the graph with no nodes gives no scores, and a graph of one
/// node is refused.
///
///     // nodes a, b, c, d; arcs a → c, b → c, b → d
///     let (hubs, authorities) = try hits(g)
///     // hubs [0.3819…, 0.6180…, 0, 0], authorities [0, 0, 0.6180…, 0.3819…]
///
/// *Convergence.* The start vector is `start` (default all ones), scaled to Euclidean norm 1. Each
/// step computes *a* ← *A*ᵀ(*A a*) and scales it to norm 1. The iteration stops when the L1 change
/// Σ |*a* − *a*_last| is below *n* · max(`tolerance`², 1e-15) (with the default `tolerance`,
/// *n* · 1e-15, near the rounding floor), or when the change has fallen below *n* · 1e-12 and no
/// longer decreases for 100 steps (rounding noise). If neither happens within 100 × `maxIterations`
/// steps, or `maxIterations` ≤ 0, it throws ``CentralityError/powerIterationFailedConvergence(measure:maxIterations:)``,
/// measure `"hits"` (NetworkX: `PowerIterationFailedConvergence` when ARPACK does not converge).
///
/// Each step is two pull sweeps (over the out- then the in-adjacency), parallel over node ranges
/// on graphs of 50,000 nodes or more; every value is independent of the number of chunks and cores.
///
/// - Parameters:
///   - graph: Any graph with at least one edge.
///   - options: Iteration budget, tolerance, normalisation, weights and start; see ``HITSOptions``.
/// - Returns: Hub and authority scores, indexed like the graph's nodes; both empty for the graph
///   with no nodes.
/// - Throws: ``CentralityError/notImplemented(measure:reason:)`` on a graph of one node (NetworkX:
///   `ValueError` from `svds`); ``CentralityError/notFinite(measure:reason:)`` if the graph has nodes but no edges
///   (NetworkX: `ArpackError`), if the iteration reaches the zero vector, or if the hubs sum to 0
///   when normalising (NetworkX returns NaN);
///   ``CentralityError/invalidOption(measure:option:reason:)`` if `start` does not have one finite
///   value per node or is all zeros; ``CentralityError/powerIterationFailedConvergence(measure:maxIterations:)``
///   as described under *Convergence*.
/// - Complexity: O(*k*(*n* + *m*)) time for *k* steps, *k* growing as 1/log(σ₁²/σ₂²) for the two
///   largest singular values; O(*n*) extra memory.
///
/// ## References
/// - J. M. Kleinberg, "Authoritative Sources in a Hyperlinked Environment", Journal of the ACM
///   46(5):604–632, 1999. doi:10.1145/324133.324140
public func hits(_ graph: Graph, options: HITSOptions = .init()) throws(CentralityError) -> (hubs: [Double], authorities: [Double]) {
    try _hits(graph, options: options, chunkCount: nil)
}

/// ``hits(_:options:)`` with the sweeps cut into `chunkCount` chunks (`nil`: the default), for
/// tests showing that the result does not depend on it.
package func _hits(_ graph: Graph, options: HITSOptions,
                   chunkCount: Int?) throws(CentralityError) -> (hubs: [Double], authorities: [Double]) {
    let measure = "hits"
    let n = graph.nodeCount
    guard n > 0 else { return ([], []) }
    let maxIterations = options.maxIterations
    guard maxIterations > 0 else { throw .powerIterationFailedConvergence(measure: measure, maxIterations: maxIterations) }
    guard n > 1 else {
        throw .notImplemented(measure: measure, reason: "graphs with a single node (NetworkX: svds needs k < n)")
    }
    try _checkNodeVector(options.start, nodeCount: n, measure: measure, option: "start")
    guard graph.edgeCount > 0 else {
        throw .notFinite(measure: measure, reason: "the graph has no edges, so hubs and authorities are undefined")
    }

    let a = _SharedBuffer(count: n, value: 1)
    if let start = options.start { for v in 0 ..< n { a.pointer[v] = start[v] } }
    let startNorm = _blockNorm(a)
    guard startNorm > 0 else {
        throw .invalidOption(measure: measure, option: "start", reason: "the initial vector cannot have all zero values")
    }
    for v in 0 ..< n { a.pointer[v] /= startNorm }

    let tolerance = options.tolerance
    let threshold = Double(n) * max(tolerance * tolerance, 1e-15)
    let noiseCeiling = Double(n) * 1e-12
    let steps = maxIterations.multipliedReportingOverflow(by: 100)
    let stepLimit = steps.overflow ? Int.max : steps.partialValue
    let weighted = options.weighted && graph.isWeighted

    let result: Result<(hubs: [Double], authorities: [Double]), CentralityError> =
        _withSpMVRows(graph, incoming: false, weighted: weighted) { outRows in
            _withSpMVRows(graph, incoming: true, weighted: weighted) { inRows in
                let outPlan = _SpMVPlan(outRows, chunkCount: chunkCount)
                let inPlan = _SpMVPlan(inRows, chunkCount: chunkCount)
                var a = a, next = _SharedBuffer(count: n)
                let h = _SharedBuffer(count: n)
                var converged = false
                var best = Double.infinity, sinceBest = 0
                var step = 0
                while step < stepLimit {
                    step += 1
                    let (ac, an) = (a, next)
                    outPlan.run { range in                      // h = A a
                        let ap = ac.pointer, hp = h.pointer
                        for u in range { hp[u] = outRows.rowSum(u, ap, initial: 0) }
                    }
                    inPlan.run { range in                       // a' = Aᵀ h
                        let hp = h.pointer, np = an.pointer
                        for v in range { np[v] = inRows.rowSum(v, hp, initial: 0) }
                    }
                    let norm = _blockNorm(next)
                    guard norm > 0, norm.isFinite else {
                        return .failure(.notFinite(measure: measure, reason: norm == 0
                            ? "the iteration reached the zero vector (try another start vector)"
                            : "the iteration overflowed"))
                    }
                    inPlan.run { range in
                        let np = an.pointer
                        for v in range { np[v] /= norm }
                    }
                    let change = _spmvSequentialSum(count: n, _AbsDifferenceTerms(next, a))
                    swap(&a, &next)
                    if change < threshold { converged = true; break }
                    if change < best {
                        best = change
                        sinceBest = 0
                    } else {
                        sinceBest += 1
                        if best < noiseCeiling && sinceBest >= 100 { converged = true; break }
                    }
                }
                guard converged else {
                    return .failure(.powerIterationFailedConvergence(measure: measure, maxIterations: maxIterations))
                }
                // The singular vector as svds returns it: unit norm, and signed by NumPy's QR of
                // ARPACK's vector, which makes the first entry ≤ 0 (so negative when the first
                // node has an authority; otherwise the sign is ARPACK's rounding, and we keep the
                // nonnegative vector). The sign cancels when normalising. Then h = A @ a.
                var authorities = a.array
                if _numpySum(authorities) < 0 { authorities = authorities.map { -$0 } }
                if !options.normalized && authorities[0] > 0 { authorities = authorities.map { -$0 } }
                let unit = _SharedBuffer(count: n)
                for v in 0 ..< n { unit.pointer[v] = authorities[v] }
                outPlan.run { range in
                    let ap = unit.pointer, hp = h.pointer
                    for u in range { hp[u] = outRows.rowSum(u, ap, initial: 0) }
                }
                var hubs = h.array
                if options.normalized {
                    let hubSum = _numpySum(hubs), authoritySum = _numpySum(authorities)
                    guard hubSum != 0, authoritySum != 0 else {
                        return .failure(.notFinite(measure: measure, reason: "the scores sum to 0 and cannot be normalised"))
                    }
                    hubs = hubs.map { $0 / hubSum }
                    authorities = authorities.map { $0 / authoritySum }
                }
                return .success((hubs, authorities))
            }
        }
    return try result.get()
}
