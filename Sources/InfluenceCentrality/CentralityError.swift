import InfluenceGraph

/// Why a centrality measure could not be computed, with NetworkX's meaning for each case.
public enum CentralityError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A power iteration did not meet its stopping rule within `maxIterations`
    /// (NetworkX: `PowerIterationFailedConvergence`).
    case powerIterationFailedConvergence(measure: String, maxIterations: Int)
    /// The measure is undefined on the graph with no nodes (NetworkX: `NetworkXPointlessConcept`).
    case nullGraph(measure: String)
    /// The measure is not defined for graphs with self-loops (NetworkX: `core_number` raises `NetworkXNotImplemented`).
    case selfLoops(measure: String)
    /// The measure is not defined for this kind of graph (NetworkX: `NetworkXNotImplemented`).
    case notImplemented(measure: String, reason: String)
    /// A weight the measure cannot take: a negative (or not finite) length for the shortest-path
    /// measures, where NetworkX's Dijkstra raises `ValueError("Contradictory paths found: negative
    /// weights?")` or returns paths that are not shortest; a negative weight for PageRank, whose
    /// transition probabilities (a weight over its node's out-strength) must be ≥ 0. `from` → `to`
    /// is the first offending arc in node order (then target order). Zero weights are accepted.
    case invalidWeight(measure: String, from: String, to: String, weight: Double)
    /// An option out of its domain (for example `alpha` ≤ 0, or a sample size larger than *n*).
    case invalidOption(measure: String, option: String, reason: String)
    /// The iteration produced a value that is not finite (NetworkX would return NaN or raise
    /// `ZeroDivisionError`); the result cannot be trusted.
    case notFinite(measure: String, reason: String)

    public var description: String {
        switch self {
        case .powerIterationFailedConvergence(let m, let n):
            "\(m): power iteration failed to converge within \(n) iterations (raise --max-iter or --tol)"
        case .nullGraph(let m): "\(m) is undefined for the graph with no nodes"
        case .selfLoops(let m): "\(m) is not defined for graphs with self-loops (remove them first)"
        case .notImplemented(let m, let reason): "\(m) is not implemented for \(reason)"
        case .invalidWeight(let m, let from, let to, let w):
            "\(m) cannot take edge \(from) → \(to) of weight \(w) (\(CentralityError.weightRule(m)))"
        case .invalidOption(let m, let option, let reason): "\(m): invalid \(option): \(reason)"
        case .notFinite(let m, let reason): "\(m): the result is not finite (\(reason))"
        }
    }
}

extension CentralityError {
    /// Why `measure` needs weights ≥ 0, for ``invalidWeight(measure:from:to:weight:)``'s message.
    static func weightRule(_ measure: String) -> String {
        measure == "pagerank"
            ? "PageRank needs weights >= 0: it follows an edge with probability weight / out-strength; --weight none ignores weights"
            : "\(measure) reads weights as lengths, which must be >= 0: shortest paths are undefined with negative lengths (NetworkX's Dijkstra raises 'Contradictory paths found: negative weights?'); without --weight it counts hops"
    }
}

extension Graph {
    /// Checks that every distance (the lightest of merged parallel edges) is finite and ≥ 0, as
    /// the Dijkstra-based measures need; zero lengths are allowed, as NetworkX's Dijkstra allows them.
    /// - Throws: ``CentralityError/invalidWeight(measure:from:to:weight:)`` naming the first bad
    ///   arc in node order (then target order).
    func checkNonNegativeDistances(measure: String) throws(CentralityError) {
        try Graph.checkNonNegative(outDistances ?? outWeights, self, measure: measure)
    }

    /// Checks that every arc weight (parallel edges summed, as NetworkX's adjacency matrix sums
    /// them) is finite and ≥ 0, as PageRank needs.
    /// - Throws: ``CentralityError/invalidWeight(measure:from:to:weight:)`` naming the first bad
    ///   arc in node order (then target order).
    func checkNonNegativeWeights(measure: String) throws(CentralityError) {
        try Graph.checkNonNegative(outWeights, self, measure: measure)
    }

    private static func checkNonNegative(_ weights: [Double]?, _ g: Graph, measure: String) throws(CentralityError) {
        guard let weights else { return }
        for u in 0 ..< g.nodeCount {
            for i in g.outOffsets[u] ..< g.outOffsets[u + 1] where !(weights[i].isFinite && weights[i] >= 0) {
                throw .invalidWeight(measure: measure, from: g.ids[u], to: g.ids[Int(g.outTargets[i])], weight: weights[i])
            }
        }
    }
}

extension Graph {
    /// Whether some arc has length 0 (the lightest of its merged parallel edges).
    var _hasZeroDistance: Bool {
        (outDistances ?? outWeights)?.contains(0) ?? false
    }

    /// Each node's rank when the ids are sorted by Unicode code point (Python's string order;
    /// equal ids, which a valid graph does not have, by index).
    func _idCodePointRanks() -> [Int32] {
        let sorted = (0 ..< nodeCount).sorted { x, y in
            let a = ids[x].unicodeScalars, b = ids[y].unicodeScalars
            if a.elementsEqual(b) { return x < y }
            return a.lexicographicallyPrecedes(b)
        }
        var rank = [Int32](repeating: 0, count: nodeCount)
        for (r, v) in sorted.enumerated() { rank[v] = Int32(truncatingIfNeeded: r) }
        return rank
    }
}
