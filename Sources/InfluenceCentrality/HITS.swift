import InfluenceGraph

/// Options for ``hits(_:options:)``, with NetworkX's defaults.
public struct HITSOptions: Sendable, Hashable {
    /// Iteration budget (NetworkX `max_iter`, there ARPACK's restart limit): at most
    /// `maxIterations` Lanczos cycles (restarts) here, each of up to 20 products with *A*ᵀ*A*.
    /// A value ≤ 0 fails at once, as in NetworkX.
    public var maxIterations: Int
    /// Accuracy (NetworkX `tol`, which ARPACK applies squared): the iteration stops when the
    /// relative residual ‖*A*ᵀ*A a* − σ²*a*‖/σ² is below `max(tolerance², 1e-13)`.
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

    /// HITS options; the defaults are NetworkX's.
    ///
    /// - Parameters:
    ///   - maxIterations: Iteration budget: at most `maxIterations` Lanczos restarts. NetworkX: `max_iter`.
    ///   - tolerance: Accuracy of the leading singular vector. NetworkX: `tol`.
    ///   - normalized: Divide hubs and authorities each by their sum. NetworkX: `normalized`.
    ///   - weighted: Read the graph's weights; `false` uses 1 (NetworkX always reads `weight`).
    ///   - start: Starting authority vector, one entry per node; `nil` is all ones. NetworkX: `nstart`.
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
/// to copy, so this function runs its own Lanczos iteration converged far past NetworkX's accuracy instead.
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
/// *Convergence.* The start vector is `start` (default all ones), scaled to Euclidean norm 1.
/// Explicitly restarted Lanczos on *A*ᵀ*A* (Krylov bases of up to 20 vectors, fully
/// reorthogonalised, restarted from the Ritz vector; Saad 2011, §6.3–6.4) stops when the relative
/// residual ‖*A*ᵀ*A a* − σ²*a*‖/σ² of the Ritz vector is below max(`tolerance`², 1e-13) (with the
/// default `tolerance`, 1e-13, near the rounding floor), or when it is below 1e-10 and no longer
/// decreases for 5 restarts (rounding noise); one last power step *a* ← *A*ᵀ*A a*/‖·‖ gives the
/// result, so nodes no edge reaches get exactly 0. This needs about the square root of the power
/// iteration's sweeps (on a 1,000,000-node scale-free graph, 16.8 s → 2.8 s). When the largest
/// singular value is not simple, a Krylov space holds no other vector of its eigenspace than the
/// start vector's projection, so the limit is the power iteration's. If neither rule stops it
/// within `maxIterations` restarts (cycles of up to 20 products with *A*ᵀ*A*), or `maxIterations` ≤ 0, it throws ``CentralityError/powerIterationFailedConvergence(measure:maxIterations:)``,
/// measure `"hits"` (NetworkX: `PowerIterationFailedConvergence` when ARPACK does not converge).
///
/// Each product is two pull sweeps (over the out- then the in-adjacency), parallel over node ranges
/// on graphs of 50,000 nodes or more; dot products and norms are summed in fixed blocks, so every
/// value is independent of the number of chunks and cores.
///
/// - Parameters:
///   - graph: Any graph with at least one edge.
///   - options: Iteration budget, tolerance, normalisation, weights and start; see ``HITSOptions``.
/// - Returns: Hub and authority scores, indexed like the graph's nodes; both empty for the graph
///   with no nodes.
/// *Signed and zero weights* (with `weighted`) are entries of *A* as they are, as NetworkX's `svds`
/// reads them: *A*ᵀ*A* stays positive semi-definite, so the singular vectors are defined; with
/// negative entries they may mix signs, and normalised scores (divided by their sum, as NetworkX)
/// may be negative.
///
/// - Throws: ``CentralityError/notImplemented(measure:reason:)`` on a graph of one node (NetworkX:
///   `ValueError` from `svds`); ``CentralityError/notFinite(measure:reason:)`` if the graph has nodes but no edges
///   (NetworkX: `ArpackError`), if the iteration reaches the zero vector, or if the hubs sum to 0
///   when normalising (NetworkX returns NaN);
///   ``CentralityError/invalidOption(measure:option:reason:)`` if `start` does not have one finite
///   value per node or is all zeros; ``CentralityError/powerIterationFailedConvergence(measure:maxIterations:)``
///   as described under *Convergence*.
/// - Complexity: O(*k*(*n* + *m*) + *k d n*) time for *k* products with *A*ᵀ*A*, *k* growing as
///   1/√(1 − σ₂²/σ₁²) for the two largest singular values, and a basis of *d* ≤ 20 vectors;
///   O(*d n*) extra memory (*d* shrinks to keep the basis within about 128 MiB, at least 8).
///
/// ## References
/// - J. M. Kleinberg, "Authoritative Sources in a Hyperlinked Environment", Journal of the ACM
///   46(5):604–632, 1999. doi:10.1145/324133.324140
/// - Y. Saad, *Numerical Methods for Large Eigenvalue Problems*, 2nd ed., SIAM, 2011, ch. 6.
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
    let threshold = max(tolerance * tolerance, 1e-13)
    let noiseCeiling = 1e-10
    // NetworkX's max_iter is ARPACK's restart limit (svds(maxiter=)): at most `maxIterations`
    // Lanczos cycles of the Krylov dimension here.
    let steps = maxIterations.multipliedReportingOverflow(by: _lanczosDimension(n: n))
    let stepLimit = steps.overflow ? Int.max : steps.partialValue
    let weighted = options.weighted && graph.isWeighted

    let result: Result<(hubs: [Double], authorities: [Double]), CentralityError> =
        _withSpMVRows(graph, incoming: false, weighted: weighted) { outRows in
            _withSpMVRows(graph, incoming: true, weighted: weighted) { inRows in
                let outPlan = _SpMVPlan(outRows, chunkCount: chunkCount)
                let inPlan = _SpMVPlan(inRows, chunkCount: chunkCount)
                let h = _SharedBuffer(count: n)
                // w ← AᵀA v: two pull sweeps, each row written by one chunk.
                let applyB: (_ v: UnsafeMutableBufferPointer<Double>, _ w: _SharedBuffer) -> Void = { v, w in
                    let vb = _UnsafeVector(v)
                    outPlan.run { range in
                        let vp = vb.pointer, hp = h.pointer
                        #if INFLUENCE_INTERNAL_CHECKS
                        outRows._checkVector(hp, "h = A v")
                        #endif
                        for u in range { hp[u] = outRows.rowSum(u, vp, initial: 0) }
                    }
                    inPlan.run { range in
                        let hp = h.pointer, wp = w.pointer
                        #if INFLUENCE_INTERNAL_CHECKS
                        inRows._checkVector(wp, "w = Aᵀh")
                        #endif
                        for v in range { wp[v] = inRows.rowSum(v, hp, initial: 0) }
                    }
                }
                let outcome = _lanczosTopEigenvector(n: n, start: a, matvecLimit: stepLimit,
                                                     threshold: threshold, noiseCeiling: noiseCeiling, apply: applyB)
                let converged: Bool
                switch outcome {
                case .converged: converged = true
                case .exhausted: converged = false
                case .zero:
                    return .failure(.notFinite(measure: measure,
                                               reason: "the iteration reached the zero vector (try another start vector)"))
                case .overflow:
                    return .failure(.notFinite(measure: measure, reason: "the iteration overflowed"))
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
