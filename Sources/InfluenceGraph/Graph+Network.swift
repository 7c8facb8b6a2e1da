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
    /// Parallel edges are merged into one arc weighing the sum of their weights, with the
    /// lightest of them as its distance (see ``Graph``).
    ///
    /// - Parameters:
    ///   - network: A network whose edges name known nodes (see ``Network/validate()``).
    ///   - view: ``GraphView/asWritten`` or ``GraphView/ranking(relations:)``.
    ///   - directed: Overrides ``Network/directed``; `false` gives the undirected view.
    ///   - weightField: Where arc weights come from: `"weight"` (the edge's `weight`), the name of a
    ///     numeric edge attribute (its first value), or `nil` for none. An edge without the field
    ///     counts 1, as in NetworkX.
    /// - Throws: ``GraphError/unknownNode(_:)`` if an edge names a node that does not exist;
    ///   ``GraphError/invalidWeight(_:element:)`` if a weight taken from an attribute is not a finite number
    ///   (negative and zero weights are kept; the measures that cannot take them refuse them).
    /// - Complexity: O(*n* + *m*).
    public init(network: Network, view: GraphView = .asWritten, directed: Bool? = nil,
                weightField: String? = "weight") throws(GraphError) {
        var builder = GraphBuilder(directed: directed ?? network.directed)
        builder.reserveCapacity(nodes: network.nodes.count, edges: network.edges.count)
        for node in network.nodes { builder.addNode(node.id) }
        var infoCache: [String: RelationInfo] = [:]
        for (position, edge) in network.edges.enumerated() {
            guard let u = builder.indexByID[edge.from] else { throw .unknownNode(edge.from) }
            guard let v = builder.indexByID[edge.to] else { throw .unknownNode(edge.to) }
            var edge = edge
            switch weightField {
            case nil: edge.weight = nil
            case "weight": break
            case let field?:
                edge.weight = nil
                if let value = edge.attributes[field]?.values.first?.value {
                    guard case .number(let w) = value, w.isFinite else {
                        throw .invalidWeight(.nan, element: "edge \(position + 1) (\(edge.from) → \(edge.to)): attribute '\(field)' is \(value)")
                    }
                    edge.weight = w
                }
            }
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

extension Network {
    /// Whether any edge has the weight field: `"weight"` for the `weight` key, else a numeric attribute.
    public func hasWeightField(_ field: String) -> Bool {
        if field == "weight" { return edges.contains { $0.weight != nil } }
        return edges.contains { edge in
            if case .number = edge.attributes[field]?.values.first?.value { return true }
            return false
        }
    }
}
