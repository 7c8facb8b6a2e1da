import InfluenceGraph

extension Measure {
    /// The measure for every node of `graph`, keyed by node id and named after the measure
    /// (`rawValue`): the form every consumer (reports, diagrams, diffs, timelines) takes.
    ///
    /// - Throws: as ``compute(on:options:)``.
    /// - Complexity: that of the measure, plus O(*n*).
    public func scores(on graph: Graph, options: MeasureOptions = .init()) throws(CentralityError) -> NodeScores {
        graph.scores(rawValue, try compute(on: graph, options: options))
    }

    /// The measure for the given node indices only, keyed by their ids in the order given (see
    /// ``compute(on:nodes:options:)``).
    public func scores(on graph: Graph, nodes: [Int], options: MeasureOptions = .init()) throws(CentralityError) -> NodeScores {
        NodeScores(rawValue, ids: nodes.map { graph.ids[$0] }, values: try compute(on: graph, nodes: nodes, options: options))
    }
}

/// What a caller asked of edge weights, and what it means for each measure: the one statement of
/// NetworkX's weights-by-default policy.
///
/// - ``byDefault``: the graph is built with the `weight` field; PageRank, HITS, eigenvector, Katz
///   and the strengths read it (NetworkX's `weight="weight"` default), the distance measures
///   (betweenness, closeness, harmonic, load) count hops (NetworkX's `weight=None` default).
/// - ``field(_:)``: the graph is built with that edge field and every measure reads it (as a
///   distance for the distance measures).
/// - ``ignored``: every weight is 1.
public enum WeightRequest: Sendable, Hashable {
    /// Each measure's NetworkX default: `weight` for PageRank, HITS, eigenvector, Katz and strengths, hops for distance measures.
    case byDefault
    /// This edge field, read by every measure (as a distance by the distance measures).
    case field(String)
    /// Every weight is 1.
    case ignored

    /// `nil` → ``byDefault``, `"none"` → ``ignored``, anything else → ``field(_:)`` (the
    /// command line's `--weight`).
    public init(_ option: String?) {
        switch option {
        case nil: self = .byDefault
        case "none": self = .ignored
        case let field?: self = .field(field)
        }
    }

    /// The edge field to build the graph with (`nil`: no weights).
    public var graphField: String? {
        switch self {
        case .byDefault: "weight"
        case .field(let f): f
        case .ignored: nil
        }
    }

    /// The field the caller named, if any.
    public var namedField: String? {
        if case .field(let f) = self { return f }
        return nil
    }

    /// ``MeasureOptions/weighted`` for `measure` (`nil`: the measure's own default).
    public func weighted(for measure: Measure) -> Bool? {
        if measure.weightsAreDistances { return namedField != nil }
        switch self {
        case .byDefault: return nil
        case .field: return true
        case .ignored: return false
        }
    }
}
