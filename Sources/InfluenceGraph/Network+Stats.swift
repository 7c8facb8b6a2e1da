/// A structural summary of a network: what `influence stats` prints.
public struct NetworkStats: Sendable, Equatable {
    /// The network's title, if it has one.
    public var title: String?
    /// Nodes as written.
    public var nodeCount: Int
    /// Edges as written (parallel edges counted separately).
    public var edgeCount: Int
    /// Whether the network's edges are arcs (``Network/directed``).
    public var directed: Bool
    /// Node count per kind, by kind name; nodes without a kind are under ``NetworkStats/noKind``.
    public var kinds: [String: Int]
    /// Edge count per relation.
    public var relations: [String: Int]
    /// Weakly connected components (connected components when undirected).
    public var weakComponents: Int
    /// Strongly connected components; `nil` for undirected networks.
    public var strongComponents: Int?
    /// NetworkX's density of the merged simple graph (see ``Graph/density``).
    public var density: Double
    /// Self-loops in the merged graph.
    public var selfLoops: Int
    /// Nodes with no edge at all.
    public var isolates: Int
    /// The first and last date the network mentions (see ``Network/eventDates()``).
    public var dateRange: ClosedRange<InfluenceDate>?

    /// The key under which nodes without a kind are counted.
    public static let noKind = "(none)"

    /// Summarises a network.
    /// - Throws: ``GraphError/unknownNode(_:)`` if an edge names a node that does not exist.
    /// - Complexity: O(*n* + *m*).
    public init(_ network: Network) throws(GraphError) {
        let graph = try Graph(network: network, view: .asWritten)
        title = network.title
        nodeCount = network.nodes.count
        edgeCount = network.edges.count
        directed = network.directed
        kinds = [:]
        for node in network.nodes { kinds[node.kind ?? NetworkStats.noKind, default: 0] += 1 }
        relations = [:]
        for edge in network.edges { relations[edge.relation, default: 0] += 1 }
        weakComponents = graph.weakComponents().count
        strongComponents = graph.isDirected ? graph.strongComponents().count : nil
        density = graph.density
        selfLoops = graph.selfLoopCount
        var isolated = 0
        for v in 0 ..< graph.nodeCount where graph.outDegree(of: v) == 0 && graph.inDegree(of: v) == 0 { isolated += 1 }
        isolates = isolated
        let dates = network.eventDates()
        if let first = dates.first, let last = dates.last { dateRange = first ... last } else { dateRange = nil }
    }
}
