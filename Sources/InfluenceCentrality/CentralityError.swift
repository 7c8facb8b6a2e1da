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
    /// A weight or distance that is not a finite number > 0 (NetworkX: Dijkstra's `ValueError`
    /// on negative weights). Readers refuse such weights, so this guards graphs built in code.
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
            "\(m): edge \(from) → \(to) has weight \(w) (expected a finite number > 0)"
        case .invalidOption(let m, let option, let reason): "\(m): invalid \(option): \(reason)"
        case .notFinite(let m, let reason): "\(m): the result is not finite (\(reason))"
        }
    }
}

extension Graph {
    /// Checks that every distance (the lightest of merged parallel edges) is finite and > 0, as
    /// Dijkstra-based measures need.
    /// - Throws: ``CentralityError/invalidWeight(measure:from:to:weight:)`` naming the first bad arc.
    func checkPositiveWeights(measure: String) throws(CentralityError) {
        guard let weights = outDistances ?? outWeights else { return }
        for u in 0 ..< nodeCount {
            for i in outOffsets[u] ..< outOffsets[u + 1] where !(weights[i].isFinite && weights[i] > 0) {
                throw .invalidWeight(measure: measure, from: ids[u], to: ids[Int(outTargets[i])], weight: weights[i])
            }
        }
    }
}
