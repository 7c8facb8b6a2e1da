import OrderedCollections

/// An actor of an influence network: a state, a militia, a party, a bloc, a person…
public struct Node: Sendable, Hashable {
    /// Unique, non-empty; any string.
    public var id: String
    /// Display name; `nil` means the id is shown.
    public var label: String?
    /// Free text (`state`, `militia`, `party`, `bloc`, `person`…), styled by the renderer.
    public var kind: String?
    /// Other names the actor goes by; they help match renamed nodes in a diff.
    public var aliases: [String]
    /// Named attributes in file order, each one undated value or a dated series.
    public var attributes: Attributes
    /// When the actor exists in the network.
    public var validity: Validity
    /// What the node rests on, each item a source, a quote and a confidence.
    public var evidence: [Evidence]

    /// An actor; only the id is required.
    ///
    /// - Parameters:
    ///   - id: Unique, non-empty; any string.
    ///   - label: Display name; `nil` shows the id.
    ///   - kind: Free text such as `state` or `militia`.
    ///   - aliases: Other names the actor goes by.
    ///   - attributes: Named attributes, in file order.
    ///   - validity: When the actor exists, `[since, until)`; by default always.
    ///   - evidence: What the node rests on.
    public init(id: String, label: String? = nil, kind: String? = nil, aliases: [String] = [],
                attributes: Attributes = [:], validity: Validity = .always, evidence: [Evidence] = []) {
        self.id = id
        self.label = label
        self.kind = kind
        self.aliases = aliases
        self.attributes = attributes
        self.validity = validity
        self.evidence = evidence
    }

    /// The label, or the id when there is none.
    public var displayName: String { label ?? id }
}

/// A typed, dated, sourced tie that reads as a sentence: `from` *relation* `to`.
public struct Edge: Sendable, Hashable {
    /// The relation of an edge read from a file that names none (`edge`): every reader of
    /// another program's format uses it.
    public static let defaultRelation = "edge"

    /// Optional stable identity, used by diffs to match edges across files; unique when given.
    public var id: String?
    /// The id of the node the sentence starts with: `from` in `from` *relation* `to`.
    public var from: String
    /// The id of the node the sentence ends with: `to` in `from` *relation* `to`.
    public var to: String
    /// Free text (`backs`, `leads`, `member-of`…); its meaning comes from ``Network/relationInfo(_:)``.
    public var relation: String
    /// Tie strength, any finite number (negative for a hostile tie, 0 for none); `nil` means 1 (as in
    /// NetworkX). Measures that cannot take a negative or zero weight refuse it (see the centrality guide).
    public var weight: Double?
    /// When the tie holds, `[since, until)`.
    public var validity: Validity
    /// What the tie rests on, each item a source, a quote and a confidence.
    public var evidence: [Evidence]
    /// Named attributes in file order, each one undated value or a dated series.
    public var attributes: Attributes

    /// A tie that reads `from` *relation* `to`.
    ///
    /// - Parameters:
    ///   - id: Optional stable identity, unique when given.
    ///   - from: The id of the node the sentence starts with.
    ///   - to: The id of the node the sentence ends with.
    ///   - relation: Free text such as `backs` or `member-of`.
    ///   - weight: Tie strength, any finite number; `nil` means 1.
    ///   - validity: When the tie holds, `[since, until)`; by default always.
    ///   - evidence: What the tie rests on.
    ///   - attributes: Named attributes, in file order.
    public init(id: String? = nil, from: String, to: String, relation: String, weight: Double? = nil,
                validity: Validity = .always, evidence: [Evidence] = [], attributes: Attributes = [:]) {
        self.id = id
        self.from = from
        self.to = to
        self.relation = relation
        self.weight = weight
        self.validity = validity
        self.evidence = evidence
        self.attributes = attributes
    }

    /// True for an edge from a node to itself.
    public var isSelfLoop: Bool { from == to }
}

/// An influence network as written in a network file: nodes, edges, sources and the
/// meaning of each relation.
///
/// A `Network` is a plain value that keeps everything the file says, in file order.
/// Algorithms do not run on it: build a ``Graph`` (`Graph.init(network:view:)`) for that.
///
///     var net = Network(title: "Example")
///     net.nodes = [Node(id: "iran", kind: "state"), Node(id: "kh", kind: "militia")]
///     net.edges = [Edge(from: "iran", to: "kh", relation: "backs")]
///     try net.validate()
public struct Network: Sendable, Equatable {
    /// The network's title.
    public var title: String?
    /// Free text on what the network covers.
    public var description: String?
    /// Whether edges have a direction (the default). Undirected networks rank ties both ways.
    public var directed: Bool
    /// Citable documents by key.
    public var sources: OrderedDictionary<String, Source>
    /// Descriptions of node kinds by name.
    public var kinds: OrderedDictionary<String, KindInfo>
    /// The file's relations table by relation name.
    public var relations: OrderedDictionary<String, RelationSpec>
    /// The actors, in file order; ids are unique (see ``validate()``).
    public var nodes: [Node]
    /// The ties, in file order; parallel edges are kept as separate edges.
    public var edges: [Edge]

    /// A network from its parts; nothing is checked until ``validate()``.
    ///
    /// - Parameters:
    ///   - title: The network's title.
    ///   - description: Free text on what it covers.
    ///   - directed: Whether edges have a direction (the default).
    ///   - sources: Citable documents by key.
    ///   - kinds: Descriptions of node kinds by name.
    ///   - relations: The relations table by relation name.
    ///   - nodes: The actors, in file order.
    ///   - edges: The ties, in file order.
    public init(title: String? = nil, description: String? = nil, directed: Bool = true,
                sources: OrderedDictionary<String, Source> = [:],
                kinds: OrderedDictionary<String, KindInfo> = [:],
                relations: OrderedDictionary<String, RelationSpec> = [:],
                nodes: [Node] = [], edges: [Edge] = []) {
        self.title = title
        self.description = description
        self.directed = directed
        self.sources = sources
        self.kinds = kinds
        self.relations = relations
        self.nodes = nodes
        self.edges = edges
    }

    /// The meaning of `relation`: the file's table, then the built-in defaults, then
    /// ``RelationInfo/fallback``, field by field.
    public func relationInfo(_ relation: String) -> RelationInfo {
        let base = RelationInfo.builtin(relation) ?? .fallback
        guard let spec = relations[relation] else { return base }
        return RelationInfo(gains: spec.gains ?? base.gains,
                            counts: spec.counts ?? base.counts,
                            polarity: spec.polarity ?? base.polarity)
    }

    /// Position of each node id in ``nodes``. If ids repeat, the first wins.
    ///
    /// - Complexity: O(*n*).
    public func nodeIndex() -> [String: Int] {
        var index = [String: Int](minimumCapacity: nodes.count)
        for (i, node) in nodes.enumerated() where index[node.id] == nil {
            index[node.id] = i
        }
        return index
    }

    /// Checks what the type system cannot: unique non-empty node ids, unique edge ids,
    /// edges between known nodes, known source keys, finite weights (negative and zero allowed) and
    /// well-formed intervals.
    ///
    /// Readers report the same problems with file positions; this is for networks built in code.
    /// - Throws: the first ``GraphError`` found, in node then edge order.
    /// - Complexity: O(*n* + *m*).
    public func validate() throws(GraphError) {
        // (ids and labels: see ``idProblem(_:)`` and ``maxTextLength``)
        var seen = Set<String>()
        func checkEvidence(_ evidence: [Evidence], _ owner: String) throws(GraphError) {
            for item in evidence {
                if let key = item.source, sources[key] == nil {
                    throw .unknownSource(key: key, element: owner)
                }
            }
        }
        for node in nodes {
            if node.id.isEmpty { throw .emptyNodeID }
            if let problem = Network.idProblem(node.id) { throw .invalidNodeID(node.id, reason: problem) }
            if let label = node.label, label.utf8.count > Network.maxTextLength {
                throw .invalidNodeID(node.id, reason: "has a label longer than \(Network.maxTextLength) bytes (the limit for a label)")
            }
            if !seen.insert(node.id).inserted { throw .duplicateNodeID(node.id) }
            if !node.validity.isWellFormed { throw .emptyInterval(element: "node '\(node.id)'") }
            try checkEvidence(node.evidence, "node '\(node.id)'")
        }
        var edgeIDs = Set<String>()
        for (i, edge) in edges.enumerated() {
            let name = edge.id.map { "edge '\($0)'" } ?? "edge \(i + 1) (\(edge.from) → \(edge.to))"
            if let id = edge.id, !edgeIDs.insert(id).inserted { throw .duplicateEdgeID(id) }
            if !seen.contains(edge.from) { throw .unknownNode(edge.from) }
            if !seen.contains(edge.to) { throw .unknownNode(edge.to) }
            if let w = edge.weight, !w.isFinite { throw .invalidWeight(w, element: name) }
            if !edge.validity.isWellFormed { throw .emptyInterval(element: name) }
            try checkEvidence(edge.evidence, name)
        }
    }
}

extension Network {
    /// `text` with control characters shown as `\u{…}` and cut to 80 characters, for messages.
    public static func printable(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars.prefix(80) {
            if scalar.value < 0x20 || (0x7F ... 0x9F).contains(scalar.value) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return text.unicodeScalars.count > 80 ? out + "…" : out
    }

    /// The longest id or label accepted, in UTF-8 bytes (1 MiB).
    public static let maxTextLength = 1 << 20

    /// Why `id` cannot be a node id, or `nil` when it can: ids are non-empty text of at most
    /// ``maxTextLength`` bytes with no control character (U+0000–U+001F, U+007F–U+009F), so that
    /// every format can write them and every terminal can show them. Quotes, spaces and any other
    /// character are allowed (writers escape them).
    public static func idProblem(_ id: String) -> String? {
        if id.utf8.count > maxTextLength { return "is longer than \(maxTextLength) bytes (the limit for an id)" }
        for scalar in id.unicodeScalars where scalar.value < 0x20 || (0x7F ... 0x9F).contains(scalar.value) {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "contains the control character U+\(String(repeating: "0", count: 4 - hex.count) + hex) (not allowed in an id)"
        }
        return nil
    }
}

/// Misuse of the model: inconsistent networks, unknown ids.
public enum GraphError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A node has the empty string as its id.
    case emptyNodeID
    /// A node id (or its label) that no format could carry safely; `reason` says why.
    case invalidNodeID(String, reason: String)
    /// Two nodes share this id.
    case duplicateNodeID(String)
    /// Two edges share this id.
    case duplicateEdgeID(String)
    /// An edge names a node id that no node has.
    case unknownNode(String)
    /// Evidence of `element` cites a key missing from ``Network/sources``.
    case unknownSource(key: String, element: String)
    /// The weight of `element` is not a finite number (NaN or an infinity).
    case invalidWeight(Double, element: String)
    /// The validity interval of `element` has `until` not after `since`, so it is empty.
    case emptyInterval(element: String)
    /// More nodes than a ``Graph`` can index with `Int32`.
    case tooManyNodes(Int)

    public var description: String {
        switch self {
        case .emptyNodeID: "node id is empty (expected a non-empty string)"
        case .invalidNodeID(let id, let reason): "node id '\(Network.printable(id))' \(reason)"
        case .duplicateNodeID(let id): "duplicate node id '\(id)'"
        case .duplicateEdgeID(let id): "duplicate edge id '\(id)'"
        case .unknownNode(let id): "edge references unknown node '\(id)'"
        case .unknownSource(let key, let element): "\(element) cites unknown source '\(key)'"
        case .invalidWeight(let w, let element):
            w.isNaN ? "\(element) (expected a finite number as a weight)"
                    : "\(element) has weight \(w) (expected a finite number)"
        case .emptyInterval(let element): "\(element) has 'until' not after 'since' (the interval is empty)"
        case .tooManyNodes(let n): "\(n) nodes exceed the Int32 index range of Graph"
        }
    }
}
