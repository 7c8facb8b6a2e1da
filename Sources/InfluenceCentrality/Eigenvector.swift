import InfluenceGraph

/// Options for ``eigenvectorCentrality(_:options:)``, with NetworkX's defaults.
public struct EigenvectorOptions: Sendable, Hashable {
    /// Most power-iteration steps before giving up (NetworkX `max_iter`).
    public var maxIterations: Int
    /// Stop when the L1 change of a step is below `nodeCount × tolerance` (NetworkX `tol`).
    public var tolerance: Double
    /// Read the graph's weights as the matrix entries (NetworkX `weight="weight"`); `false` uses 1
    /// for every edge (`weight=None`, the default).
    public var weighted: Bool
    /// Starting vector, one entry per node (NetworkX `nstart`); `nil` starts from all ones.
    /// It is divided by its sum first, so only its direction matters.
    public var start: [Double]?

    /// Eigenvector options; the defaults are NetworkX's.
    ///
    /// - Parameters:
    ///   - maxIterations: Most power-iteration steps. NetworkX: `max_iter`.
    ///   - tolerance: Stop when the L1 change of a step is below `nodeCount × tolerance`. NetworkX: `tol`.
    ///   - weighted: Read weights as matrix entries; `false` uses 1. NetworkX: `weight`.
    ///   - start: Starting vector, one entry per node; `nil` is all ones. NetworkX: `nstart`.
    public init(maxIterations: Int = 100, tolerance: Double = 1e-6, weighted: Bool = false, start: [Double]? = nil) {
        self.maxIterations = maxIterations
        self.tolerance = tolerance
        self.weighted = weighted
        self.start = start
    }
}

/// Eigenvector centrality: a node is central when central nodes point at it.
///
/// The scores *x* solve λ*x* = *A*ᵀ*x*, λ the largest eigenvalue of the adjacency matrix *A*, with
/// ‖*x*‖₂ = 1: *x*(*v*) = (1/λ) Σ_{*u* → *v*} *w*(*u*, *v*) *x*(*u*). On a directed graph a node
/// gains from its **predecessors** (left eigenvector, as in NetworkX); on an undirected graph from
/// its neighbours, a self-loop counting once. With `weighted`, edge weights are the entries of *A*.
/// By Perron–Frobenius the scores are positive and unique on a strongly connected graph; elsewhere
/// they depend on the start vector, or the iteration does not converge (a directed acyclic graph
/// has no positive eigenvector).
///
/// Equivalent to `networkx.eigenvector_centrality(G, max_iter:, tol:, nstart:, weight:)`
/// (NetworkX 3.6), step for step: same start, same iteration, same stopping rule, and the same
/// arithmetic in the same order, so with the same options the scores agree to the last bits
/// (bit for bit on graphs of up to 65,536 nodes; beyond, norms and sums are taken in fixed
/// blocks and may differ in the last bit).
///
///     // path a — b — c
///     try eigenvectorCentrality(path)     // [0.5000…, 0.7071…, 0.5000…]
///
/// *Convergence.* The start vector is `start` (default all ones) divided by its sum. Each step
/// computes *x* ← (*A*ᵀ + *I*) *x* (the identity shift keeps bipartite graphs from oscillating; it
/// does not change the eigenvectors) and divides by the Euclidean norm (by 1 if the norm is 0).
/// The iteration stops as soon as the L1 change Σ |*x* − *x*_last| is below *n* · `tolerance`
/// and returns that iterate, so results sit about *n* · `tolerance` from the exact eigenvector, as
/// NetworkX's do. After `maxIterations` steps without meeting the rule it throws
/// ``CentralityError/powerIterationFailedConvergence(measure:maxIterations:)``, measure `"eigenvector"`.
///
/// Each step is a pull sweep over the in-adjacency, parallel over node ranges on graphs of 50,000
/// nodes or more; every value is independent of the number of chunks and cores.
///
/// - Parameters:
///   - graph: Any graph.
///   - options: Iteration limit, tolerance, weights and start vector; see ``EigenvectorOptions``.
/// - Returns: One score per node, indexed like the graph's nodes, with Euclidean norm 1.
/// *Signed and zero weights* (with `weighted`) are matrix entries as they are, as in NetworkX: a
/// zero weight adds nothing, a negative one subtracts; the iteration then gives NetworkX's values
/// (which may be negative) or fails to converge as NetworkX's does
/// (``CentralityError/powerIterationFailedConvergence(measure:maxIterations:)``).
///
/// - Throws: ``CentralityError/nullGraph(measure:)`` on the graph with no nodes (NetworkX:
///   `NetworkXPointlessConcept`); ``CentralityError/invalidOption(measure:option:reason:)`` if
///   `start` does not have one finite value per node, is all zeros (NetworkX: `NetworkXError`) or
///   sums to 0 (`ZeroDivisionError`); ``CentralityError/powerIterationFailedConvergence(measure:maxIterations:)``
///   as described under *Convergence*.
/// - Complexity: O(*k*(*n* + *m*)) time for *k* steps; O(*n*) extra memory.
///
/// ## References
/// - P. Bonacich, "Power and Centrality: A Family of Measures", American Journal of Sociology
///   92(5):1170–1182, 1987. doi:10.1086/228631
/// - M. E. J. Newman, *Networks: An Introduction*, Oxford University Press, 2010, §7.2.
public func eigenvectorCentrality(_ graph: Graph, options: EigenvectorOptions = .init()) throws(CentralityError) -> [Double] {
    try _eigenvectorCentrality(graph, options: options, chunkCount: nil)
}

/// ``eigenvectorCentrality(_:options:)`` with the sweep cut into `chunkCount` chunks (`nil`: the
/// default), for tests showing that the result does not depend on it.
package func _eigenvectorCentrality(_ graph: Graph, options: EigenvectorOptions,
                                    chunkCount: Int?) throws(CentralityError) -> [Double] {
    let measure = "eigenvector"
    let n = graph.nodeCount
    guard n > 0 else { throw .nullGraph(measure: measure) }
    try _checkNodeVector(options.start, nodeCount: n, measure: measure, option: "start")

    // x = nstart / sum(nstart), the sum taken by Python's `sum`, one value after the other.
    let x = _SharedBuffer(count: n)
    if let start = options.start {
        if start.allSatisfy({ $0 == 0 }) {
            throw .invalidOption(measure: measure, option: "start", reason: "the initial vector cannot have all zero values")
        }
        var sum = 0.0
        for s in start { sum += s }
        guard sum != 0 else { throw .invalidOption(measure: measure, option: "start", reason: "the values sum to 0") }
        for v in 0 ..< n { x.pointer[v] = start[v] / sum }
    } else {
        let uniform = 1.0 / Double(n)
        for v in 0 ..< n { x.pointer[v] = uniform }
    }

    let threshold = Double(n) * options.tolerance
    let maxIterations = options.maxIterations
    let result: Result<[Double], CentralityError> = _withSpMVRows(graph, incoming: true, weighted: options.weighted) { rows in
        let plan = _SpMVPlan(rows, chunkCount: chunkCount)
        var x = x, y = _SharedBuffer(count: n)
        for _ in 0 ..< max(0, maxIterations) {
            // y = (Aᵀ + I) x: NetworkX starts from a copy of x and adds x[u]·w(u, v) for u in node order.
            let (xs, ys) = (x, y)
            plan.run { range in
                let xp = xs.pointer, yp = ys.pointer
                #if INFLUENCE_INTERNAL_CHECKS
                rows._checkVector(yp, "y")
                #endif
                for v in range { yp[v] = rows.rowSum(v, xp, initial: xp[v]) }
            }
            // Divide by the norm (`math.hypot(*x.values()) or 1`).
            var norm = _pythonHypot(y)
            if norm == 0 { norm = 1 }
            let divisor = norm
            plan.run { range in
                let yp = ys.pointer
                for v in range { yp[v] = yp[v] / divisor }
            }
            let change = _spmvSequentialSum(count: n, _AbsDifferenceTerms(y, x))
            swap(&x, &y)
            if change < threshold { return .success(x.array) }
            // A NaN never leaves the iterate (each step adds x[v] to itself): it cannot converge.
            if change.isNaN { break }
        }
        return .failure(.powerIterationFailedConvergence(measure: measure, maxIterations: maxIterations))
    }
    return try result.get()
}
