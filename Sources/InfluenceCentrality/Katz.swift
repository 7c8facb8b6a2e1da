import InfluenceGraph

/// Options for ``katzCentrality(_:options:)``, with NetworkX's defaults.
public struct KatzOptions: Sendable, Hashable {
    /// Attenuation factor α (NetworkX `alpha`). The series converges only for α < 1/λ, λ the
    /// largest eigenvalue of the adjacency matrix.
    public var alpha: Double
    /// Per-node weight β, one entry per node (NetworkX `beta` as a dict); `nil` uses ``betaScalar``
    /// for every node.
    public var beta: [Double]?
    /// β for every node when ``beta`` is `nil` (NetworkX `beta` as a number).
    public var betaScalar: Double
    /// Most power-iteration steps before giving up (NetworkX `max_iter`).
    public var maxIterations: Int
    /// Stop when the L1 change of a step is below `nodeCount × tolerance` (NetworkX `tol`).
    public var tolerance: Double
    /// Divide the result by its Euclidean norm (NetworkX `normalized`).
    public var normalized: Bool
    /// Read the graph's weights as the matrix entries (NetworkX `weight="weight"`); `false` uses 1
    /// for every edge (`weight=None`, the default).
    public var weighted: Bool
    /// Starting vector, one entry per node, used as is (NetworkX `nstart`); `nil` starts from zeros.
    public var start: [Double]?

    /// Katz options; the defaults are NetworkX's.
    ///
    /// - Parameters:
    ///   - alpha: Attenuation factor, < 1/λ for convergence. NetworkX: `alpha`.
    ///   - beta: Per-node β, one entry per node, or `nil` to use `betaScalar`. NetworkX: `beta` as a dict.
    ///   - betaScalar: β for every node when `beta` is `nil`. NetworkX: `beta` as a number.
    ///   - maxIterations: Most power-iteration steps. NetworkX: `max_iter`.
    ///   - tolerance: Stop when the L1 change of a step is below `nodeCount × tolerance`. NetworkX: `tol`.
    ///   - normalized: Divide the result by its Euclidean norm. NetworkX: `normalized`.
    ///   - weighted: Read weights as matrix entries; `false` uses 1. NetworkX: `weight`.
    ///   - start: Starting vector, one entry per node; `nil` is zeros. NetworkX: `nstart`.
    public init(alpha: Double = 0.1, beta: [Double]? = nil, betaScalar: Double = 1.0, maxIterations: Int = 1000,
                tolerance: Double = 1e-6, normalized: Bool = true, weighted: Bool = false, start: [Double]? = nil) {
        self.alpha = alpha
        self.beta = beta
        self.betaScalar = betaScalar
        self.maxIterations = maxIterations
        self.tolerance = tolerance
        self.normalized = normalized
        self.weighted = weighted
        self.start = start
    }
}

/// Katz centrality: influence through walks of every length, longer walks attenuated by α per step.
///
/// *x*(*v*) = α Σ_{*u* → *v*} *w*(*u*, *v*) *x*(*u*) + β(*v*), that is *x* = (*I* − α*A*ᵀ)⁻¹ β:
/// every walk ending at *v* counts, a walk of length *k* weighted α^*k*. On a directed graph a node
/// gains from its **predecessors**, as in NetworkX; on an undirected graph from its neighbours, a
/// self-loop counting once. With `weighted`, edge weights are the entries of *A*.
///
/// Equivalent to `networkx.katz_centrality(G, alpha:, beta:, max_iter:, tol:, nstart:, normalized:, weight:)`
/// (NetworkX 3.6, the power iteration, not `katz_centrality_numpy`), step for step: same start,
/// same iteration, same stopping rule and the same arithmetic in the same order, so with the same
/// options the scores agree to the last bits (bit for bit on graphs of up to 65,536 nodes; beyond,
/// norms and sums are taken in fixed blocks and may differ in the last bit). Like NetworkX, the
/// graph with no nodes gives no scores rather than an error.
///
///     // path a — b — c, alpha 0.1, beta 1, normalized
///     try katzCentrality(path)      // [0.5598…, 0.6107…, 0.5598…]
///
/// *Convergence.* The start vector is `start` as given (default all zeros). Each step computes
/// *x* ← α *A*ᵀ *x* + β. The iteration stops as soon as the L1 change Σ |*x* − *x*_last| is below
/// *n* · `tolerance`; that iterate is returned, multiplied by 1/‖*x*‖₂ when `normalized` (by 1 if
/// the norm is 0). After `maxIterations` steps without meeting the rule (α ≥ 1/λ diverges) it
/// throws ``CentralityError/powerIterationFailedConvergence(measure:maxIterations:)``, measure `"katz"`.
///
/// Each step is a pull sweep over the in-adjacency, parallel over node ranges on graphs of 50,000
/// nodes or more; every value is independent of the number of chunks and cores.
///
/// - Parameters:
///   - graph: Any graph.
///   - options: α, β, iteration limit, tolerance, normalisation, weights and start vector; see ``KatzOptions``.
/// - Returns: One score per node, indexed like the graph's nodes; empty for the graph with no nodes.
/// *Signed and zero weights* (with `weighted`) are matrix entries as they are, as in NetworkX: the
/// same iteration gives NetworkX's values, or the same
/// ``CentralityError/powerIterationFailedConvergence(measure:maxIterations:)`` when α exceeds
/// 1 / the spectral radius of the signed matrix.
///
/// - Throws: ``CentralityError/invalidOption(measure:option:reason:)`` if `beta` or `start` does not
///   have one finite value per node (NetworkX: `NetworkXError` for a β dict missing nodes), or α or
///   β is not finite; ``CentralityError/powerIterationFailedConvergence(measure:maxIterations:)``
///   as described under *Convergence*.
/// - Complexity: O(*k*(*n* + *m*)) time for *k* steps; O(*n*) extra memory.
///
/// ## References
/// - L. Katz, "A New Status Index Derived from Sociometric Analysis", Psychometrika 18(1):39–43, 1953.
///   doi:10.1007/BF02289026
/// - M. E. J. Newman, *Networks: An Introduction*, Oxford University Press, 2010, §7.3.
public func katzCentrality(_ graph: Graph, options: KatzOptions = .init()) throws(CentralityError) -> [Double] {
    try _katzCentrality(graph, options: options, chunkCount: nil)
}

/// ``katzCentrality(_:options:)`` with the sweep cut into `chunkCount` chunks (`nil`: the default),
/// for tests showing that the result does not depend on it.
package func _katzCentrality(_ graph: Graph, options: KatzOptions, chunkCount: Int?) throws(CentralityError) -> [Double] {
    let measure = "katz"
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    guard options.alpha.isFinite else {
        throw .invalidOption(measure: measure, option: "alpha", reason: "\(options.alpha) is not finite")
    }
    guard options.betaScalar.isFinite else {
        throw .invalidOption(measure: measure, option: "beta", reason: "\(options.betaScalar) is not finite")
    }
    try _checkNodeVector(options.beta, nodeCount: n, measure: measure, option: "beta")
    try _checkNodeVector(options.start, nodeCount: n, measure: measure, option: "start")

    let beta = _SharedBuffer(count: n, value: options.betaScalar)
    if let b = options.beta { for v in 0 ..< n { beta.pointer[v] = b[v] } }
    let x = _SharedBuffer(count: n)
    if let s = options.start { for v in 0 ..< n { x.pointer[v] = s[v] } }

    let alpha = options.alpha
    let threshold = Double(n) * options.tolerance
    let maxIterations = options.maxIterations
    let normalized = options.normalized
    let result: Result<[Double], CentralityError> = _withSpMVRows(graph, incoming: true, weighted: options.weighted) { rows in
        let plan = _SpMVPlan(rows, chunkCount: chunkCount)
        var x = x, y = _SharedBuffer(count: n)
        for _ in 0 ..< max(0, maxIterations) {
            // y = α Aᵀx + β: NetworkX sums x[u]·w(u, v) from 0 in node order, then α·sum + β.
            let (xs, ys) = (x, y)
            plan.run { range in
                let xp = xs.pointer, yp = ys.pointer, bp = beta.pointer
                #if INFLUENCE_INTERNAL_CHECKS
                rows._checkVector(yp, "y")
                rows._checkVector(bp, "beta")
                #endif
                for v in range { yp[v] = alpha * rows.rowSum(v, xp, initial: 0) + bp[v] }
            }
            let change = _spmvSequentialSum(count: n, _AbsDifferenceTerms(y, x))
            swap(&x, &y)
            guard change < threshold else { continue }
            if normalized {
                // s = 1 / math.hypot(*x.values()), or 1 on ZeroDivisionError; then x *= s.
                let norm = _pythonHypot(x)
                let s = norm == 0 ? 1.0 : 1.0 / norm
                let xs = x
                plan.run { range in
                    let xp = xs.pointer
                    for v in range { xp[v] *= s }
                }
            }
            return .success(x.array)
        }
        return .failure(.powerIterationFailedConvergence(measure: measure, maxIterations: maxIterations))
    }
    return try result.get()
}
