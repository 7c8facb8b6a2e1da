/// Which edges of a network become arcs of a ``Graph``, and how they are oriented.
public enum GraphView: Sendable, Hashable {
    /// Every edge, as written (`from → to`).
    case asWritten
    /// The edges used for rankings, each oriented towards the end that gains standing
    /// (``RelationInfo/gains``): `source` gives `to → from`, `target` gives `from → to`, and
    /// `none` gives both arcs. With `relations: nil`, the relations that count
    /// (``RelationInfo/counts``); otherwise exactly the named relations, counted or not.
    case ranking(relations: Set<String>? = nil)
}

extension Graph {
    /// Builds the graph of a network: every node (in file order, so node index *i* is
    /// `network.nodes[i]` when ids are unique) and the edges the view selects.
    ///
    /// Parallel edges are merged by summing weights (see ``Graph``).
    ///
    /// - Parameters:
    ///   - network: A network whose edges name known nodes (see ``Network/validate()``).
    ///   - view: ``GraphView/asWritten`` or ``GraphView/ranking(relations:)``.
    ///   - directed: Overrides ``Network/directed``; `false` gives the undirected view.
    /// - Throws: ``GraphError/unknownNode(_:)`` if an edge names a node that does not exist.
    /// - Complexity: O(*n* + *m*).
    public init(network: Network, view: GraphView = .asWritten, directed: Bool? = nil) throws(GraphError) {
        var builder = GraphBuilder(directed: directed ?? network.directed)
        builder.reserveCapacity(nodes: network.nodes.count, edges: network.edges.count)
        for node in network.nodes { builder.addNode(node.id) }
        var infoCache: [String: RelationInfo] = [:]
        for edge in network.edges {
            guard let u = builder.indexByID[edge.from] else { throw .unknownNode(edge.from) }
            guard let v = builder.indexByID[edge.to] else { throw .unknownNode(edge.to) }
            switch view {
            case .asWritten:
                builder.addEdge(u, v, weight: edge.weight)
            case .ranking(let relations):
                let info: RelationInfo
                if let cached = infoCache[edge.relation] { info = cached } else {
                    info = network.relationInfo(edge.relation)
                    infoCache[edge.relation] = info
                }
                let included = relations.map { $0.contains(edge.relation) } ?? info.counts
                guard included else { continue }
                switch info.gains {
                case .target: builder.addEdge(u, v, weight: edge.weight)
                case .source: builder.addEdge(v, u, weight: edge.weight)
                case .none:
                    builder.addEdge(u, v, weight: edge.weight)
                    if builder.directed && u != v { builder.addEdge(v, u, weight: edge.weight) }
                }
            }
        }
        self = try builder.build()
    }
}
