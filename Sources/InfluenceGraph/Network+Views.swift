/// Snapshots and filters: each returns a new `Network`, keeping file order.
extension Network {
    /// The network as it stood on `date` (read as the first day of its period).
    ///
    /// Keeps the nodes valid at `date`, the edges valid at `date` whose two ends are kept,
    /// and, in every kept element, only the attribute values valid at `date`.
    /// Sources, kinds and the relations table are kept whole.
    /// - Complexity: O(*n* + *m* + *a*), *a* the number of attribute values.
    public func snapshot(at date: InfluenceDate) -> Network {
        var result = self
        result.nodes = []
        result.edges = []
        var kept = Set<String>()
        for var node in nodes where node.validity.contains(date) {
            node.attributes = Network.attributes(node.attributes, at: date)
            kept.insert(node.id)
            result.nodes.append(node)
        }
        for var edge in edges where edge.validity.contains(date) && kept.contains(edge.from) && kept.contains(edge.to) {
            edge.attributes = Network.attributes(edge.attributes, at: date)
            result.edges.append(edge)
        }
        return result
    }

    static func attributes(_ attributes: Attributes, at date: InfluenceDate) -> Attributes {
        var result = Attributes()
        for (key, attribute) in attributes {
            if let kept = attribute.at(date) { result[key] = kept }
        }
        return result
    }

    /// The subgraph induced by the nodes for which `isIncluded` holds: those nodes and
    /// every edge between two of them.
    /// - Complexity: O(*n* + *m*).
    public func induced(by isIncluded: (Node) throws -> Bool) rethrows -> Network {
        var result = self
        result.nodes = try nodes.filter(isIncluded)
        let kept = Set(result.nodes.lazy.map(\.id))
        result.edges = edges.filter { kept.contains($0.from) && kept.contains($0.to) }
        return result
    }

    /// The subgraph induced by a set of node ids.
    public func induced(by ids: Set<String>) -> Network {
        induced { ids.contains($0.id) }
    }

    /// Keeps the nodes of the given kinds (and the edges between them).
    public func filtering(kinds: Set<String>) -> Network {
        induced { $0.kind.map(kinds.contains) ?? false }
    }

    /// Keeps every node but only the edges of the given relations.
    public func filtering(relations: Set<String>) -> Network {
        var result = self
        result.edges = edges.filter { relations.contains($0.relation) }
        return result
    }

    /// Keeps the nodes whose attribute `name` has, at some date, a value satisfying `predicate`.
    public func filtering(attribute name: String, where predicate: (AttributeValue) -> Bool) -> Network {
        induced { node in node.attributes[name]?.values.contains { predicate($0.value) } ?? false }
    }

    /// Keeps the edges whose attribute `name` has a value satisfying `predicate`, and every node.
    public func filteringEdges(attribute name: String, where predicate: (AttributeValue) -> Bool) -> Network {
        var result = self
        result.edges = edges.filter { edge in edge.attributes[name]?.values.contains { predicate($0.value) } ?? false }
        return result
    }

    /// Every date the network mentions: validity bounds of nodes, edges and attribute values,
    /// and date-valued attributes, sorted and without repeats. Source publication dates are
    /// not events of the network and are left out.
    public func eventDates() -> [InfluenceDate] {
        var dates = Set<InfluenceDate>()
        func add(_ v: Validity) {
            if let s = v.since { dates.insert(s) }
            if let u = v.until { dates.insert(u) }
        }
        func add(_ attributes: Attributes) {
            for (_, attribute) in attributes {
                for dv in attribute.values {
                    add(dv.validity)
                    if case .date(let d) = dv.value { dates.insert(d) }
                }
            }
        }
        for node in nodes { add(node.validity); add(node.attributes) }
        for edge in edges { add(edge.validity); add(edge.attributes) }
        return dates.sorted()
    }
}

extension Confidence: Comparable {
    /// Orders by strength: `low` < `medium` < `high`.
    public static func < (a: Confidence, b: Confidence) -> Bool {
        let order: [Confidence] = [.low, .medium, .high]
        return order.firstIndex(of: a)! < order.firstIndex(of: b)!
    }
}

extension Network {
    /// Keeps every node and the edges with at least one piece of evidence at `minimum`
    /// confidence or above. Edges that state no confidence are dropped: a threshold asks for
    /// stated confidence.
    public func filtering(minimumConfidence minimum: Confidence) -> Network {
        var result = self
        result.edges = edges.filter { edge in edge.evidence.contains { ($0.confidence ?? .low) >= minimum && $0.confidence != nil } }
        return result
    }
}
