import InfluenceGraph

/// Options for ``pagerank(_:options:)``, with NetworkX's defaults.
public struct PageRankOptions: Sendable, Hashable {
    /// Damping factor: the probability of following a link rather than teleporting (NetworkX `alpha`).
    public var alpha: Double
    /// Teleport distribution, one entry per node (NetworkX `personalization`; a node missing from
    /// NetworkX's dict is 0 here). Divided by its sum; `nil` is uniform.
    public var personalization: [Double]?
    /// Most power-iteration steps before giving up (NetworkX `max_iter`).
    public var maxIterations: Int
    /// Stop when the L1 change of a step is below `nodeCount × tolerance` (NetworkX `tol`).
    public var tolerance: Double
    /// Starting vector, one entry per node (NetworkX `nstart`), divided by its sum; `nil` is uniform.
    public var start: [Double]?
    /// Read the graph's weights (NetworkX's default `weight="weight"`); `false` uses 1 for every
    /// edge (`weight=None`).
    public var weighted: Bool
    /// Where the rank of nodes without out-links goes, one entry per node (NetworkX `dangling`),
    /// divided by its sum; `nil` uses the personalization.
    public var dangling: [Double]?

    /// PageRank options; the defaults are NetworkX's.
    ///
    /// - Parameters:
    ///   - alpha: Damping factor, the probability of following a link. NetworkX: `alpha`.
    ///   - personalization: Teleport distribution, one entry per node; `nil` is uniform. NetworkX: `personalization`.
    ///   - maxIterations: Most power-iteration steps. NetworkX: `max_iter`.
    ///   - tolerance: Stop when the L1 change of a step is below `nodeCount × tolerance`. NetworkX: `tol`.
    ///   - start: Starting vector, one entry per node; `nil` is uniform. NetworkX: `nstart`.
    ///   - weighted: Read the graph's weights; `false` uses 1. NetworkX: `weight`.
    ///   - dangling: Where the rank of nodes without out-links goes; `nil` uses the personalization.
    ///     NetworkX: `dangling`.
    public init(alpha: Double = 0.85, personalization: [Double]? = nil, maxIterations: Int = 100,
                tolerance: Double = 1e-6, start: [Double]? = nil, weighted: Bool = true, dangling: [Double]? = nil) {
        self.alpha = alpha
        self.personalization = personalization
        self.maxIterations = maxIterations
        self.tolerance = tolerance
        self.start = start
        self.weighted = weighted
        self.dangling = dangling
    }
}

/// PageRank: the share of time a random surfer spends at each node.
///
/// The surfer follows an out-link with probability α, chosen in proportion to edge weights, and
/// otherwise jumps to a node drawn from the personalization vector *p*; from a node with no
/// out-links (a *dangling* node) it always jumps, drawn from the dangling vector *d* (default *p*).
/// So *x* = α (*W*ᵀ*x* + (Σ_{dangling *u*} *x*(*u*)) *d*) + (1 − α) *p*, where *W* is the
/// adjacency matrix with each row divided by its sum. An undirected edge is a link both ways (a
/// self-loop once). The scores sum to 1.
///
/// Equivalent to `networkx.pagerank(G, alpha:, personalization:, max_iter:, tol:, nstart:, weight:, dangling:)`
/// (NetworkX 3.6), which runs `_pagerank_scipy`, step for step: the same matrix (row sums by
/// `np.add.reduceat`, rows multiplied by their reciprocal), start, iteration, stopping rule and
/// arithmetic in the same order, so with the same options the scores agree to the last bits (bit
/// for bit on every graph we compared, whatever its size). Like NetworkX, the graph with no nodes
/// gives no scores rather than an error. Weights are used by default, as in NetworkX.
///
///     // a → b, b → c, c → a, c → b
///     try pagerank(g)      // [0.2148…, 0.3974…, 0.3877…]
///
/// *Convergence.* The start vector is `start` divided by its sum (default uniform, 1/*n*). Each
/// step computes *x* ← α (*W*ᵀ*x* + (Σ_{dangling} *x*) *d*) + (1 − α) *p*. The iteration stops as
/// soon as the L1 change Σ |*x* − *x*_last| (summed pairwise, as NumPy does) is below
/// *n* · `tolerance` and returns that iterate, so results sit about *n* · `tolerance` from the
/// stationary distribution, as NetworkX's do (on large graphs with the default tolerance this can
/// be after one step). After `maxIterations` steps without meeting the rule it throws
/// ``CentralityError/powerIterationFailedConvergence(measure:maxIterations:)``, measure `"pagerank"`.
///
/// Each step is one pull sweep over the in-adjacency, parallel over node ranges on graphs of
/// 50,000 nodes or more; every value is independent of the number of chunks and cores.
///
/// - Parameters:
///   - graph: Any graph. With `weighted`, weights must be ≥ 0 (parallel edges summed); a node
///     whose out-weights sum to 0 (all zero) is dangling, as in NetworkX.
///   - options: Damping, personalization, dangling vector, iteration limit, tolerance, start and
///     weights; see ``PageRankOptions``.
/// - Returns: One score per node, indexed like the graph's nodes; empty for the graph with no nodes.
/// *Signed weights.* A negative weight is refused with
/// ``CentralityError/invalidWeight(measure:from:to:weight:)`` naming the first such arc in node
/// order: a transition probability weight / out-strength must be ≥ 0. NetworkX does not check,
/// and iterates to a vector that is no distribution, or fails to converge.
///
/// - Throws: ``CentralityError/invalidWeight(measure:from:to:weight:)`` for a negative weight
///   when `weighted`; ``CentralityError/invalidOption(measure:option:reason:)`` if `personalization`,
///   `dangling` or `start` does not have one finite value per node or sums to 0 (NetworkX raises
///   `ZeroDivisionError` for the personalization, and for the others iterates on NaN until it
///   raises `PowerIterationFailedConvergence`), or α is not finite;
///   ``CentralityError/powerIterationFailedConvergence(measure:maxIterations:)`` as described
///   under *Convergence*.
/// - Complexity: O(*k*(*n* + *m*)) time for *k* steps; O(*n*) extra memory unweighted, O(*n* + *m*) weighted.
///
/// ## References
/// - L. Page, S. Brin, R. Motwani and T. Winograd, "The PageRank Citation Ranking: Bringing Order
///   to the Web", Stanford InfoLab technical report 1999-66, 1999.
/// - A. N. Langville and C. D. Meyer, "Deeper Inside PageRank", Internet Mathematics 1(3):335–380, 2004.
///   doi:10.1080/15427951.2004.10129091
public func pagerank(_ graph: Graph, options: PageRankOptions = .init()) throws(CentralityError) -> [Double] {
    try _pagerank(graph, options: options, chunkCount: nil)
}

/// ``pagerank(_:options:)`` with the sweep cut into `chunkCount` chunks (`nil`: the default), for
/// tests showing that the result does not depend on it.
package func _pagerank(_ graph: Graph, options: PageRankOptions, chunkCount: Int?) throws(CentralityError) -> [Double] {
    let measure = "pagerank"
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    guard options.alpha.isFinite else {
        throw .invalidOption(measure: measure, option: "alpha", reason: "\(options.alpha) is not finite")
    }
    try _checkNodeVector(options.personalization, nodeCount: n, measure: measure, option: "personalization")
    try _checkNodeVector(options.dangling, nodeCount: n, measure: measure, option: "dangling")
    try _checkNodeVector(options.start, nodeCount: n, measure: measure, option: "start")

    /// `v / v.sum()` (NumPy's pairwise sum), or `fallback` when `v` is nil.
    func distribution(_ v: [Double]?, _ option: String, _ fallback: _NodeValues) throws(CentralityError) -> _NodeValues {
        guard let v else { return fallback }
        let s = _numpySum(v)
        guard s != 0 else { throw .invalidOption(measure: measure, option: option, reason: "the values sum to 0") }
        let buffer = _SharedBuffer(count: n)
        for i in 0 ..< n { buffer.pointer[i] = v[i] / s }
        return _NodeValues(buffer)
    }
    let uniform = _NodeValues(constant: 1.0 / Double(n))
    let start = try distribution(options.start, "start", uniform)
    let p = try distribution(options.personalization, "personalization", uniform)
    let danglingWeights = try distribution(options.dangling, "dangling", p)

    let alpha = options.alpha
    // (1 − α)·p, as NumPy computes the array before adding it.
    let oneMinusAlpha = 1 - alpha
    let teleport = p.map { oneMinusAlpha * $0 }
    let threshold = Double(n) * options.tolerance
    let maxIterations = options.maxIterations
    let weighted = options.weighted && graph.isWeighted
    // A negative weight is no transition probability (NetworkX iterates on it regardless; the
    // result is no distribution). Zero weights are kept: a node whose out-weights sum to 0 is
    // dangling, as in NetworkX.
    if weighted { try graph.checkNonNegativeWeights(measure: measure) }

    // Row sums S (SciPy: A.sum(axis=1), np.add.reduceat over each sorted row), their reciprocals
    // Q = 1/S where S ≠ 0, and the dangling nodes (S == 0).
    let reciprocal = _SharedBuffer(count: n)
    var danglingNodes: [Int] = []
    _withSpMVRows(graph, incoming: false, weighted: weighted) { out in
        for u in 0 ..< n {
            let (a, b) = (out.offsets[u], out.offsets[u + 1])
            let s: Double
            if let w = out.weights { s = _numpyReduceAt(w, a, b) } else { s = Double(b - a) }
            if s != 0 { reciprocal.pointer[u] = 1.0 / s } else { danglingNodes.append(u) }
        }
    }
    let dangling = danglingNodes

    let result: Result<[Double], CentralityError> = _withSpMVRows(graph, incoming: true, weighted: weighted) { rows in
        let plan = _SpMVPlan(rows, chunkCount: chunkCount)
        var x = _SharedBuffer(count: n), y = _SharedBuffer(count: n)
        for v in 0 ..< n { x.pointer[v] = start[v] }   // np.repeat(1.0 / N, N) or nstart / nstart.sum()
        // The entries of W = Q·A met by the pull sweep: weighted, w(u, v)·(1/S(u)) per in-arc in
        // in-row order; unweighted they are 1/S(u), and W(u, v)·x(u) = x(u)·(1/S(u)) is kept per
        // node in `scaled`, refreshed by each sweep for the next.
        let entries: _SharedBuffer? = rows.weights.map { weights in
            let e = _SharedBuffer(count: weights.count)
            plan.run { range in
                guard let w = rows.weights else { return }
                let q = reciprocal.pointer
                for v in range {
                    for k in rows.offsets[v] ..< rows.offsets[v + 1] { e.pointer[k] = w[k] * q[Int(rows.targets[k])] }
                }
            }
            return e
        }
        var scaled = _SharedBuffer(count: entries == nil ? n : 0)
        var scaledNext = _SharedBuffer(count: entries == nil ? n : 0)
        if entries == nil { for u in 0 ..< n { scaled.pointer[u] = x.pointer[u] * reciprocal.pointer[u] } }

        for _ in 0 ..< max(0, maxIterations) {
            // Python's sum(x[is_dangling]): one after the other, in node order.
            var danglingSum = 0.0
            for u in dangling { danglingSum += x.pointer[u] }
            let ds = danglingSum
            // x = α·(x @ W + ds·d) + (1 − α)·p
            let (xs, ys, ss, sn) = (x, y, scaled, scaledNext)
            plan.run { range in
                let xp = xs.pointer, yp = ys.pointer
                let dp = danglingWeights, tp = teleport
                #if INFLUENCE_INTERNAL_CHECKS
                rows._checkVector(xp, "x")
                rows._checkVector(yp, "y")
                #endif
                if let entries {
                    let ep = entries.pointer
                    for v in range {
                        let s = rows.rowSum(v, xp, entries: ep)
                        yp[v] = alpha * (s + ds * dp[v]) + tp[v]
                    }
                } else {
                    // Unweighted: read x·(1/S) of the last step, write this step's for the next.
                    let sp = ss.pointer, np = sn.pointer, q = reciprocal.pointer
                    #if INFLUENCE_INTERNAL_CHECKS
                    rows._checkVector(np, "x/S (next)")
                    rows._checkVector(q, "1/S")
                    #endif
                    for v in range {
                        let s = rows.rowSum(v, sp, initial: 0)
                        let value = alpha * (s + ds * dp[v]) + tp[v]
                        yp[v] = value
                        np[v] = value * q[v]
                    }
                }
            }
            swap(&scaled, &scaledNext)
            // err = np.absolute(x - xlast).sum()
            let change = _numpyPairwiseSum(_AbsDifferenceTerms(y, x), 0, n)
            swap(&x, &y)
            if change < threshold { return .success(x.array) }
        }
        return .failure(.powerIterationFailedConvergence(measure: measure, maxIterations: maxIterations))
    }
    return try result.get()
}

/// A per-node vector that is often constant (uniform personalization, start, dangling weights),
/// so that the constant case allocates nothing.
struct _NodeValues: Sendable {
    private let buffer: _SharedBuffer?
    private let constant: Double

    init(constant: Double) { (buffer, self.constant) = (nil, constant) }
    init(_ buffer: _SharedBuffer) { (self.buffer, constant) = (buffer, 0) }

    @inline(__always)
    subscript(_ v: Int) -> Double { buffer?.pointer[v] ?? constant }

    /// `f` applied to every entry.
    func map(_ f: (Double) -> Double) -> _NodeValues {
        guard let buffer else { return _NodeValues(constant: f(constant)) }
        let out = _SharedBuffer(count: buffer.pointer.count)
        for i in 0 ..< buffer.pointer.count { out.pointer[i] = f(buffer.pointer[i]) }
        return _NodeValues(out)
    }
}
