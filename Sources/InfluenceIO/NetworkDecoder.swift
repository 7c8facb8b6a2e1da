import InfluenceGraph
import InfluenceGraphviz
import InfluenceSerialization
import OrderedCollections

/// Reads the common document tree into a ``Network``, strictly: every problem becomes a
/// diagnostic with the line and column of the offending key or value.
///
/// Sections are decoded in dependency order (sources, kinds, relations, nodes, edges) whatever
/// their order in the file, so references are checked as they are met.
struct NetworkDecoder: DocumentDecoding {
    var state: DecoderState
    /// Where each relation name and node kind is first used, for ``warnings(for:)``.
    private var firstRelationUse: [String: Mark] = [:]
    private var firstKindUse: [String: Mark] = [:]
    /// Where each edge's `since` and `until` values are, by edge position, for ``warnings(for:)``.
    private var edgeDateMarks: [(since: Mark?, until: Mark?)] = []
    /// Quotes given without a source: where, and whose.
    private var unsourcedQuotes: [(Mark, String)] = []

    init(path: String) { state = DecoderState(path: path) }

    // MARK: Keys

    static let topKeys = ["title", "description", "directed", "sources", "kinds", "relations", "nodes", "edges"]
    static let sourceKeys = ["title", "author", "publisher", "published", "url"]
    static let kindKeys = ["label", "description", "shape", "color"]
    static let relationKeys = ["label", "description", "gains", "counts", "polarity"]
    static let nodeKeys = ["id", "label", "kind", "aliases", "since", "until", "attributes",
                           "source", "quote", "confidence", "evidence"]
    static let edgeKeys = ["id", "from", "to", "relation", "weight", "since", "until", "attributes",
                           "source", "quote", "confidence", "evidence"]
    static let evidenceKeys = ["source", "quote", "confidence"]
    static let datedValueKeys = ["value", "since", "until", "type"]

    // MARK: Shapes

    mutating func weight(_ node: DocNode, what: String) -> Double? {
        if case .scalar(let text, false, _) = node, !node.isNull, let w = Self.number(text) {
            if w.isFinite { return w }
            report(node.mark, "weight \(text) of \(what) is not allowed (expected a finite number)")
            return nil
        }
        if node.isNull { return nil }
        report(node.mark, "'weight' of \(what) must be a number, found \(node.description) (expected a finite number)")
        return nil
    }

    /// Things that are valid but likely mistakes, at their first use: a relation that is neither
    /// built in nor in the file's `relations:` table (it is ranked as written), and, when the file
    /// declares `kinds:`, a node kind it does not declare; an edge whose `since` or `until` lies
    /// outside an endpoint's validity (a snapshot at that date drops it with the node); a quote
    /// with no source.
    func warnings(for network: Network) -> [Diagnostic] {
        var result: [(Mark, String)] = unsourcedQuotes
        result += edgeValidityWarnings(network)
        let known = Set(network.relations.keys)
        let builtin = RelationInfo.builtinNames
        for (relation, mark) in firstRelationUse where !known.contains(relation) && RelationInfo.builtin(relation) == nil {
            var message = "relation '\(relation)' is neither built in nor in the 'relations' table; it is ranked as written (gains: target, counts: true)"
            if let s = suggestion(for: relation, among: Array(known) + builtin) { message += " (did you mean '\(s)'?)" }
            result.append((mark, message))
        }
        if !network.kinds.isEmpty {
            for (kind, mark) in firstKindUse where network.kinds[kind] == nil {
                var message = "kind '\(kind)' is not declared in 'kinds'"
                if let s = suggestion(for: kind, among: network.kinds.keys) { message += " (did you mean '\(s)'?)" }
                result.append((mark, message))
            }
        }
        return result
            .sorted { ($0.0.line, $0.0.column) < ($1.0.line, $1.0.column) }
            .map { Diagnostic(location: SourceLocation(path: path, line: Int($0.0.line), column: Int($0.0.column)),
                              message: "warning: " + $0.1) }
    }

    /// An edge's `since` or `until` outside the validity of one of its endpoints.
    private func edgeValidityWarnings(_ network: Network) -> [(Mark, String)] {
        guard edgeDateMarks.count == network.edges.count else { return [] }
        let index = network.nodeIndex()
        var result: [(Mark, String)] = []
        for (position, (edge, marks)) in zip(network.edges, edgeDateMarks).enumerated() where !edge.validity.isAlways {
            let what = (edge.id.map { "edge '\($0)'" } ?? "edge \(position + 1)") + " (\(edge.from) → \(edge.to))"
            for end in edge.from == edge.to ? [edge.from] : [edge.from, edge.to] {
                guard let i = index[end] else { continue }
                let node = network.nodes[i].validity
                guard !node.isAlways else { continue }
                let span = "node '\(end)' is valid \(Self.describe(node))"
                if let since = edge.validity.since, let mark = marks.since,
                   !node.contains(since) {
                    result.append((mark, "\(what) is valid since \(since), outside the validity of its endpoint: \(span); at dates outside it a snapshot drops the edge with the node"))
                } else if let until = edge.validity.until, let mark = marks.until,
                          (node.until.map { until.firstDay > $0.firstDay } ?? false) || (node.since.map { until.firstDay <= $0.firstDay } ?? false) {
                    result.append((mark, "\(what) is valid until \(until), outside the validity of its endpoint: \(span); at dates outside it a snapshot drops the edge with the node"))
                }
            }
        }
        return result
    }

    /// `since 2014 until 2020`, `since 2014`, `until 2020`.
    static func describe(_ v: Validity) -> String {
        [v.since.map { "since \($0)" }, v.until.map { "until \($0)" }].compactMap { $0 }.joined(separator: " ")
    }

    // MARK: The network

    mutating func decode(_ root: DocNode) -> Network? {
        guard case .mapping = root else {
            report(root.mark, "a network file must be a mapping with 'nodes' and 'edges', found \(root.description)")
            return nil
        }
        guard let top = entries(root, allowed: Self.topKeys, what: "the network") else { return nil }
        let misspeltTop = suggestedKeys
        var byKey: [String: DocEntry] = [:]
        for e in top { byKey[e.key] = e }
        var network = Network()
        if let e = byKey["title"] { network.title = optionalString(e.value, field: "title", what: "the network") }
        if let e = byKey["description"] { network.description = optionalString(e.value, field: "description", what: "the network") }
        if let e = byKey["directed"] { network.directed = bool(e.value, field: "directed", what: "the network") ?? true }
        if let e = byKey["sources"] { network.sources = decodeSources(e.value) }
        if let e = byKey["kinds"] { network.kinds = decodeKinds(e.value) }
        if let e = byKey["relations"] { network.relations = decodeRelations(e.value) }
        var nodeIndex: [String: Int] = [:]
        if let e = byKey["nodes"] {
            network.nodes = decodeNodes(e.value, sources: network.sources, index: &nodeIndex)
        } else if !misspeltTop.contains("nodes") {
            // A file cut off before its nodes, or a JSON object of something else: not an empty network.
            report(root.mark, "the network has no 'nodes' (expected a 'nodes' list; write 'nodes: []' for a network without nodes)")
        }
        if let e = byKey["edges"] {
            network.edges = decodeEdges(e.value, network: network, nodeIndex: nodeIndex)
        }
        return diagnostics.isEmpty ? network : nil
    }

    mutating func decodeSources(_ node: DocNode) -> OrderedDictionary<String, Source> {
        var result = OrderedDictionary<String, Source>()
        for entry in namedMapping(node, section: "sources") {
            let what = "source '\(entry.key)'"
            var source = Source()
            if let fields = entries(entry.value, allowed: Self.sourceKeys, what: what) {
                for f in fields {
                    switch f.key {
                    case "title": source.title = optionalString(f.value, field: f.key, what: what)
                    case "author": source.author = optionalString(f.value, field: f.key, what: what)
                    case "publisher": source.publisher = optionalString(f.value, field: f.key, what: what)
                    case "published": source.published = optionalDate(f.value, field: f.key, what: what)
                    case "url": source.url = optionalString(f.value, field: f.key, what: what)
                    default: break
                    }
                }
            }
            result[entry.key] = source
        }
        return result
    }

    mutating func decodeKinds(_ node: DocNode) -> OrderedDictionary<String, KindInfo> {
        var result = OrderedDictionary<String, KindInfo>()
        for entry in namedMapping(node, section: "kinds") {
            let what = "kind '\(entry.key)'"
            var kind = KindInfo()
            if !entry.value.isNull, let fields = entries(entry.value, allowed: Self.kindKeys, what: what) {
                for f in fields {
                    let value = optionalString(f.value, field: f.key, what: what)
                    switch f.key {
                    case "label": kind.label = value
                    case "description": kind.description = value
                    case "shape": kind.shape = graphvizName(value, f, as: .nodeShape, what: what)
                    case "color": kind.color = graphvizName(value, f, as: .color, what: what)
                    default: break
                    }
                }
            }
            result[entry.key] = kind
        }
        return result
    }

    /// `value` when Graphviz reads it as `kind`; else a diagnostic at the value naming the field,
    /// with the closest Graphviz name (`'shape' of kind 'militia' is 'boxx', not a Graphviz node
    /// shape (did you mean 'box'?)`), and `nil`.
    mutating func graphvizName(_ value: String?, _ entry: DocEntry, as kind: GraphvizNames.Kind, what: String) -> String? {
        guard let value, let problem = GraphvizNames.problem(value, as: kind) else { return value }
        var message = "'\(entry.key)' of \(what) is '\(value)', \(problem.reason)"
        if let s = suggestion(for: problem.word, among: problem.candidates) { message += " (did you mean '\(s)'?)" }
        report(entry.value.mark, message)
        return nil
    }

    mutating func decodeRelations(_ node: DocNode) -> OrderedDictionary<String, RelationSpec> {
        var result = OrderedDictionary<String, RelationSpec>()
        for entry in namedMapping(node, section: "relations") {
            let what = "relation '\(entry.key)'"
            var spec = RelationSpec()
            if !entry.value.isNull, let fields = entries(entry.value, allowed: Self.relationKeys, what: what) {
                for f in fields {
                    switch f.key {
                    case "label": spec.label = optionalString(f.value, field: f.key, what: what)
                    case "description": spec.description = optionalString(f.value, field: f.key, what: what)
                    case "gains": spec.gains = choice(f.value, field: f.key, what: what)
                    case "counts": spec.counts = bool(f.value, field: f.key, what: what)
                    case "polarity": spec.polarity = choice(f.value, field: f.key, what: what)
                    default: break
                    }
                }
            }
            result[entry.key] = spec
        }
        return result
    }

    // MARK: Shared element fields

    /// Validity from `since`/`until` entries, reporting an empty interval at `until`.
    mutating func validity(since: DocEntry?, until: DocEntry?, what: String) -> Validity {
        var v = Validity()
        if let since { v.since = optionalDate(since.value, field: "since", what: what) }
        if let until { v.until = optionalDate(until.value, field: "until", what: what) }
        if let s = v.since, let u = v.until, !v.isWellFormed, let until {
            report(until.value.mark, "'until' \(u) of \(what) is not after 'since' \(s) (expected since < until; until is exclusive)")
            v.until = nil
        }
        return v
    }

    mutating func sourceKey(_ node: DocNode, what: String, sources: OrderedDictionary<String, Source>) -> String? {
        guard let key = optionalString(node, field: "source", what: what) else { return nil }
        if sources[key] == nil {
            var message = "\(what) cites unknown source '\(key)'"
            if let s = suggestion(for: key, among: sources.keys) { message += " (did you mean '\(s)'?)" }
            else if sources.isEmpty { message += " (the file has no 'sources' section)" }
            else { message += " (expected a key of 'sources')" }
            report(node.mark, message)
        }
        return key
    }

    mutating func evidence(_ fields: [String: DocEntry], what: String, sources: OrderedDictionary<String, Source>) -> [Evidence] {
        let shorthand = ["source", "quote", "confidence"].compactMap { fields[$0] }
        if let list = fields["evidence"] {
            if let first = shorthand.first {
                report(first.keyMark, "\(what) has both 'evidence' and '\(first.key)' (expected one form: either an 'evidence' list or source/quote/confidence)")
            }
            if list.value.isNull { return [] }
            guard case .sequence(let items, _) = list.value else {
                report(list.value.mark, "'evidence' of \(what) must be a list of {source, quote, confidence}, found \(list.value.description)")
                return []
            }
            var result: [Evidence] = []
            for item in items {
                guard let entries = entries(item, allowed: Self.evidenceKeys, what: "evidence of \(what)") else { continue }
                var map: [String: DocEntry] = [:]
                for e in entries { map[e.key] = e }
                result.append(oneEvidence(map, what: what, sources: sources))
            }
            return result
        }
        if shorthand.isEmpty { return [] }
        return [oneEvidence(fields, what: what, sources: sources)]
    }

    private mutating func oneEvidence(_ fields: [String: DocEntry], what: String, sources: OrderedDictionary<String, Source>) -> Evidence {
        var ev = Evidence()
        if let s = fields["source"] { ev.source = sourceKey(s.value, what: what, sources: sources) }
        if let q = fields["quote"] {
            ev.quote = optionalString(q.value, field: "quote", what: what)
            if ev.quote != nil && fields["source"].map(\.value.isNull) ?? true {
                unsourcedQuotes.append((q.value.mark, "the quote of \(what) has no source (expected 'source', a key of 'sources', beside it)"))
            }
        }
        if let c = fields["confidence"], !c.value.isNull { ev.confidence = choice(c.value, field: "confidence", what: what) }
        return ev
    }

    // MARK: Attributes

    /// The type of an attribute scalar written without `type` (see Guides/NetworkFile.md).
    static func inferredValue(_ text: String, quoted: Bool) -> AttributeValue {
        if let d = InfluenceDate(text), d.precision != .year { return .date(d) }
        if quoted { return .string(text) }
        switch text {
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if let x = number(text), x.isFinite { return .number(x) }
        return .string(text)
    }

    mutating func attributes(_ node: DocNode, what: String) -> Attributes {
        var result = Attributes()
        if node.isNull { return result }
        guard case .mapping(let entries, _) = node else {
            report(node.mark, "'attributes' of \(what) must be a mapping from names to values, found \(node.description)")
            return result
        }
        for entry in entries {
            let name = "attribute '\(entry.key)' of \(what)"
            if entry.key.isEmpty { report(entry.keyMark, "empty attribute name in \(what)"); continue }
            if result[entry.key] != nil {
                report(entry.keyMark, "duplicate \(name)")
                continue
            }
            switch entry.value {
            case .scalar:
                if let v = scalarValue(entry.value, type: nil, what: name) { result[entry.key] = Attribute(v) }
            case .mapping:
                if let dv = datedValue(entry.value, what: name) { result[entry.key] = Attribute([dv]) }
            case .sequence(let items, let mark):
                guard !items.isEmpty else {
                    report(mark, "\(name) is an empty list (expected a value or a list of {value, since, until})")
                    continue
                }
                var values: [DatedValue] = []
                for item in items {
                    guard case .mapping = item else {
                        report(item.mark, "\(name): a list holds dated values {value, since, until}, found \(item.description)")
                        break
                    }
                    if let dv = datedValue(item, what: name) { values.append(dv) }
                }
                if values.count == items.count { result[entry.key] = Attribute(values) }
            }
        }
        return result
    }

    mutating func scalarValue(_ node: DocNode, type: String?, what: String) -> AttributeValue? {
        guard case .scalar(let text, let quoted, let mark) = node else {
            report(node.mark, "\(what) must be a string, number, bool or date, found \(node.description)")
            return nil
        }
        if node.isNull && type != "string" {
            report(mark, "\(what) is null (leave the attribute out instead)")
            return nil
        }
        switch type {
        case nil:
            if !quoted, let x = Self.number(text), !x.isFinite {
                report(mark, "\(what) is \(text), which is not a finite number")
                return nil
            }
            return Self.inferredValue(text, quoted: quoted)
        case "string": return .string(text)
        case "number":
            if let x = Self.number(text), x.isFinite { return .number(x) }
            report(mark, "\(what) has type number but value \(node.description) (expected a finite number)")
        case "bool":
            if text == "true" { return .bool(true) }
            if text == "false" { return .bool(false) }
            report(mark, "\(what) has type bool but value \(node.description) (expected true or false)")
        case "date":
            if let d = InfluenceDate(text) { return .date(d) }
            report(mark, "\(what) has type date but value \(node.description) (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        default:
            break
        }
        return nil
    }

    mutating func datedValue(_ node: DocNode, what: String) -> DatedValue? {
        guard let fields = entries(node, allowed: Self.datedValueKeys, what: what) else { return nil }
        var map: [String: DocEntry] = [:]
        for e in fields { map[e.key] = e }
        guard let valueEntry = map["value"] else {
            report(node.mark, "\(what) has no 'value' (expected {value, since, until, type})")
            return nil
        }
        var type: String?
        if let t = map["type"] {
            if case .scalar(let text, _, _) = t.value, ["string", "number", "bool", "date"].contains(text) {
                type = text
            } else {
                report(t.value.mark, "'type' of \(what) must be one of string, number, bool, date, found \(t.value.description)")
                return nil
            }
        }
        let validity = validity(since: map["since"], until: map["until"], what: what)
        guard let value = scalarValue(valueEntry.value, type: type, what: what) else { return nil }
        return DatedValue(value, validity: validity)
    }

    // MARK: Nodes and edges

    mutating func elements(_ node: DocNode, section: String) -> [DocNode] {
        if node.isNull { return [] }
        guard case .sequence(let items, _) = node else {
            report(node.mark, "'\(section)' must be a list, found \(node.description)")
            return []
        }
        return items
    }

    mutating func decodeNodes(_ list: DocNode, sources: OrderedDictionary<String, Source>, index: inout [String: Int]) -> [Node] {
        let items = elements(list, section: "nodes")
        var nodes: [Node] = []
        nodes.reserveCapacity(items.count)
        var idMarks: [Mark] = []
        for (position, item) in items.enumerated() {
            let positional = "node \(position + 1)"
            guard let fields = entries(item, allowed: Self.nodeKeys, what: positional) else { continue }
            var map: [String: DocEntry] = [:]
            for f in fields { map[f.key] = f }
            guard let idEntry = map["id"] else {
                if suggestedKeys.contains("id") { continue }
                report(item.mark, "\(positional) has no 'id' (required: a unique, non-empty string)")
                continue
            }
            guard let id = nonEmptyString(idEntry.value, field: "id", what: positional) else { continue }
            if let problem = Network.idProblem(id) {
                report(idEntry.value.mark, "node id '\(Network.printable(id))' \(problem)")
                continue
            }
            let what = "node '\(id)'"
            if let first = index[id] {
                report(idEntry.value.mark, "duplicate node id '\(id)' (first defined at line \(idMarks[first].line))")
                continue
            }
            var node = Node(id: id)
            for f in fields {
                switch f.key {
                case "label": node.label = optionalString(f.value, field: f.key, what: what)
                case "kind":
                    node.kind = optionalString(f.value, field: f.key, what: what)
                    if let kind = node.kind, firstKindUse[kind] == nil { firstKindUse[kind] = f.value.mark }
                case "aliases":
                    if f.value.isNull { break }
                    guard case .sequence(let aliases, _) = f.value else {
                        report(f.value.mark, "'aliases' of \(what) must be a list of strings, found \(f.value.description)")
                        break
                    }
                    node.aliases = aliases.compactMap { nonEmptyString($0, field: "aliases", what: what) }
                case "attributes": node.attributes = attributes(f.value, what: what)
                default: break
                }
            }
            node.validity = validity(since: map["since"], until: map["until"], what: what)
            node.evidence = evidence(map, what: what, sources: sources)
            index[id] = nodes.count
            idMarks.append(idEntry.value.mark)
            nodes.append(node)
        }
        return nodes
    }

    mutating func endpoint(_ entry: DocEntry?, field: String, what: String, item: DocNode,
                           network: Network, nodeIndex: [String: Int], misspelt: Set<String>) -> String? {
        guard let entry else {
            if misspelt.contains(field) { return nil }
            report(item.mark, "\(what) has no '\(field)' (required: the id of a node)")
            return nil
        }
        guard let id = nonEmptyString(entry.value, field: field, what: what) else { return nil }
        if nodeIndex[id] == nil {
            var message = "edge references unknown node '\(Network.printable(id))' in '\(field)'"
            if let owner = network.nodes.first(where: { $0.aliases.contains(id) || $0.label == id }) {
                message += " ('\(id)' names node '\(owner.id)'; edges use node ids)"
            } else if network.nodes.count <= 5000, let s = suggestion(for: id, among: network.nodes.lazy.map(\.id)) {
                message += " (did you mean '\(s)'?)"
            } else {
                message += " (expected the id of a node in 'nodes')"
            }
            report(entry.value.mark, message)
        }
        return id
    }

    mutating func decodeEdges(_ list: DocNode, network: Network, nodeIndex: [String: Int]) -> [Edge] {
        let items = elements(list, section: "edges")
        var edges: [Edge] = []
        edges.reserveCapacity(items.count)
        var edgeIDs: [String: Mark] = [:]
        for (position, item) in items.enumerated() {
            var what = "edge \(position + 1)"
            guard let fields = entries(item, allowed: Self.edgeKeys, what: what) else { continue }
            let misspelt = suggestedKeys
            var map: [String: DocEntry] = [:]
            for f in fields { map[f.key] = f }
            var edgeID: String?
            if let idEntry = map["id"], !idEntry.value.isNull, let id = nonEmptyString(idEntry.value, field: "id", what: what) {
                if let first = edgeIDs[id] {
                    report(idEntry.value.mark, "duplicate edge id '\(id)' (first defined at line \(first.line))")
                } else {
                    edgeIDs[id] = idEntry.value.mark
                }
                edgeID = id
                what = "edge '\(id)'"
            }
            let from = endpoint(map["from"], field: "from", what: what, item: item, network: network,
                                nodeIndex: nodeIndex, misspelt: misspelt)
            let to = endpoint(map["to"], field: "to", what: what, item: item, network: network,
                              nodeIndex: nodeIndex, misspelt: misspelt)
            var relation: String?
            if let r = map["relation"] {
                relation = nonEmptyString(r.value, field: "relation", what: what)
                if let relation, firstRelationUse[relation] == nil { firstRelationUse[relation] = r.value.mark }
            } else if !misspelt.contains("relation") {
                report(item.mark, "\(what) has no 'relation' (required: for example backs, leads, member-of)")
            }
            var edge = Edge(id: edgeID, from: from ?? "", to: to ?? "", relation: relation ?? "")
            if let w = map["weight"] { edge.weight = weight(w.value, what: what) }
            if let a = map["attributes"] { edge.attributes = attributes(a.value, what: what) }
            edge.validity = validity(since: map["since"], until: map["until"], what: what)
            edge.evidence = evidence(map, what: what, sources: network.sources)
            edges.append(edge)
            edgeDateMarks.append((map["since"]?.value.mark, map["until"]?.value.mark))
        }
        return edges
    }
}
