import InfluenceGraph
import InfluenceSerialization
import OrderedCollections

/// Graphology's serialization format (<https://graphology.github.io/serialization>), which Gephi's
/// JSON export (0.10 and later), Gephi Lite and sigma.js applications write:
///
///     {"attributes": {"name": "…"}, "options": {"type": "mixed", "multi": false, "allowSelfLoops": true},
///      "nodes": [{"key": "1", "attributes": {"label": "A", "x": 0.5, "size": 10}}],
///      "edges": [{"key": "e1", "source": "1", "target": "2", "undirected": true, "attributes": {"weight": 2}}]}
///
/// ``NodeLinkFormat`` reads it by its keys when the top-level object has `options`, or when every
/// node has a `key` and none an `id`.
///
/// ## Mapping
/// | graphology | influence |
/// |---|---|
/// | `attributes.name` (else `title`), `attributes.description` | title, description; other graph attributes (Gephi's `creator`, `timeformat`…) are left out with a warning |
/// | `options.type` `directed` / `undirected` | directed / undirected |
/// | `options.type` `mixed` (the default) | directed; undirected if every edge is; else each `"undirected": true` edge is two arcs, one each way, with one warning (the second arc has no id) |
/// | `options.multi` false, `allowSelfLoops` false | two edges joining the same pair, or a self-loop, are refused, as graphology refuses them |
/// | node `key` (a string or a number: graphology keys are strings) | id |
/// | node attribute `label`, `kind` | label, kind |
/// | other node attributes (Gephi writes `x`, `y`, `z`, `size`, `color` and its columns) | attributes: strings, numbers, booleans, as for node-link |
/// | edge `key` | id |
/// | edge attribute `weight` | weight (a finite number) |
/// | edge attribute `relation`, else `type` (Gephi writes an edge's kind, GEXF's `kind`, as `type`) | relation (absent: `edge`) |
/// | other edge attributes (`label`, `color`…) | attributes |
///
/// Null values, lists and objects are left out with one warning each, as for node-link.
enum _Graphology {
    /// Whether a node-link top-level object is graphology's format (see the type's note).
    static func detect(_ top: [DocEntry]) -> Bool {
        if top.contains(where: { $0.key == "options" }) { return true }
        guard let nodes = top.first(where: { $0.key == "nodes" }), case .sequence(let items, _) = nodes.value, !items.isEmpty else {
            return false
        }
        return items.allSatisfy { item in
            guard case .mapping(let entries, _) = item else { return false }
            return entries.contains { $0.key == "key" } && !entries.contains { $0.key == "id" }
        }
    }
}

extension NodeLinkDecoder {
    /// Reads graphology's serialization (see ``_Graphology``).
    mutating func decodeGraphology(_ root: DocNode, top: [DocEntry]) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        var byKey: [String: DocEntry] = [:]
        var droppedTop: [String] = []
        for e in top {
            switch e.key {
            case "attributes", "options", "nodes", "edges": byKey[e.key] = e
            default: droppedTop.append(e.key)
            }
        }
        if !droppedTop.isEmpty {
            warnings.append(TextInput.warning(path, root.mark, "top-level keys other than attributes, options, nodes and edges (graphology's format) are left out: \(droppedTop.joined(separator: ", "))"))
        }

        // Options.
        enum GraphType: String { case mixed, directed, undirected }
        var type = GraphType.mixed
        var multi = false, selfLoops = true
        var typeMark = root.mark
        if let o = byKey["options"], !o.value.isNull, let fields = object(o.value, what: "\"options\"") {
            var droppedOptions: [String] = []
            for f in fields {
                switch f.key {
                case "type":
                    guard case .scalar(let t, true, let m) = f.value, let g = GraphType(rawValue: t) else {
                        throw fail(f.value.mark, "options.type is \(f.value.description) (expected \"mixed\", \"directed\" or \"undirected\")")
                    }
                    type = g
                    typeMark = m
                case "multi": multi = decoder.bool(f.value, field: "multi", what: "\"options\"") ?? false
                case "allowSelfLoops": selfLoops = decoder.bool(f.value, field: "allowSelfLoops", what: "\"options\"") ?? true
                default: droppedOptions.append(f.key)
                }
            }
            if !droppedOptions.isEmpty {
                warnings.append(TextInput.warning(path, o.keyMark, "options other than type, multi and allowSelfLoops are left out: \(droppedOptions.joined(separator: ", "))"))
            }
        }

        // Graph attributes.
        var network = Network(directed: type != .undirected)
        if let a = byKey["attributes"], !a.value.isNull, let fields = object(a.value, what: "the graph's \"attributes\"") {
            var droppedGraph: [String] = []
            var title: String?
            for f in fields {
                switch f.key {
                case "name": if case .scalar(let t, true, _) = f.value { network.title = t } else { droppedGraph.append(f.key) }
                case "title": title = text(f.value, field: "title", what: "the graph")
                case "description": network.description = text(f.value, field: "description", what: "the graph")
                default: droppedGraph.append(f.key)
                }
            }
            if let title {
                if network.title != nil { droppedGraph.append("name") }
                network.title = title
            }
            if !droppedGraph.isEmpty {
                warnings.append(TextInput.warning(path, a.keyMark, "graph attributes influence has no field for are left out: \(droppedGraph.joined(separator: ", "))"))
            }
        }

        // Nodes.
        guard let nodesEntry = byKey["nodes"] else {
            throw fail(root.mark, "a graphology file has no \"nodes\" (expected \"nodes\": [{\"key\": …, \"attributes\": {…}}, …])")
        }
        var nodeItems: [DocNode] = []
        if !nodesEntry.value.isNull {
            guard case .sequence(let items, _) = nodesEntry.value else {
                throw fail(nodesEntry.value.mark, "\"nodes\" must be a list, found \(nodesEntry.value.description)")
            }
            nodeItems = items
        }
        var index: [String: Mark] = [:]
        var droppedNodeKeys: OrderedDictionary<String, Mark> = [:]
        for (position, item) in nodeItems.enumerated() {
            guard let fields = object(item, what: "node \(position + 1)") else { continue }
            guard let keyEntry = fields.first(where: { $0.key == "key" }), !keyEntry.value.isNull else {
                decoder.report(item.mark, "node \(position + 1) has no 'key' (required in graphology's format: a string or a number)")
                continue
            }
            guard let id = text(keyEntry.value, field: "key", what: "node \(position + 1)") else { continue }
            if id.isEmpty { decoder.report(keyEntry.value.mark, "'key' of node \(position + 1) is empty (expected a non-empty string)"); continue }
            if let first = index[id] {
                decoder.report(keyEntry.value.mark, "duplicate node key '\(id)' (first given at line \(first.line))")
                continue
            }
            let what = "node '\(id)'"
            var node = Node(id: id)
            for f in fields {
                switch f.key {
                case "key": break
                case "attributes":
                    if f.value.isNull { break }
                    guard let attributes = object(f.value, what: "the attributes of \(what)") else { break }
                    for a in attributes {
                        switch a.key {
                        case "label": if !a.value.isNull { node.label = text(a.value, field: "label", what: what) }
                        case "kind": if !a.value.isNull { node.kind = text(a.value, field: "kind", what: what) }
                        default: plainAttribute(a, into: &node.attributes, what: what)
                        }
                    }
                default:
                    if droppedNodeKeys[f.key] == nil { droppedNodeKeys[f.key] = f.keyMark }
                }
            }
            index[id] = keyEntry.value.mark
            network.nodes.append(node)
        }
        if let (_, mark) = droppedNodeKeys.elements.first {
            warnings.append(TextInput.warning(path, mark, "node keys other than key and attributes (graphology's format) are left out: \(droppedNodeKeys.keys.joined(separator: ", "))"))
        }

        // Edges.
        var edgeItems: [DocNode] = []
        if let e = byKey["edges"], !e.value.isNull {
            guard case .sequence(let items, _) = e.value else {
                throw fail(e.value.mark, "\"edges\" must be a list, found \(e.value.description)")
            }
            edgeItems = items
        }
        struct Read {
            var edge: Edge
            var undirected: Bool
        }
        var read: [Read] = []
        var edgeKeys: [String: Mark] = [:]
        var pairs: [String: (Int, Mark)] = [:]
        var droppedEdgeKeys: OrderedDictionary<String, Mark> = [:]
        for (position, item) in edgeItems.enumerated() {
            var what = "edge \(position + 1)"
            guard let fields = object(item, what: what) else { continue }
            var map: [String: DocEntry] = [:]
            for f in fields { map[f.key] = f }
            var failed = false
            var edge = Edge(from: "", to: "", relation: Edge.defaultRelation)
            if !claimEdgeID(map["key"], field: "key", seen: &edgeKeys, edge: &edge, what: &what, firstSeen: "first given") {
                failed = true
            }
            var ends: [String] = []
            for end in ["source", "target"] {
                guard let e = map[end], !e.value.isNull else {
                    decoder.report(item.mark, "\(what) has no '\(end)' (required: the key of a node)")
                    failed = true
                    continue
                }
                guard let t = text(e.value, field: end, what: what) else { failed = true; continue }
                if index[t] != nil {
                    ends.append(t)
                } else {
                    var message = "edge references unknown node '\(t.prefix(80))' in '\(end)'"
                    if network.nodes.count <= 5000, let s = suggestion(for: t, among: network.nodes.lazy.map(\.id)) {
                        message += " (did you mean '\(s)'?)"
                    } else {
                        message += " (expected the key of a node in \"nodes\")"
                    }
                    decoder.report(e.value.mark, message)
                    failed = true
                }
            }
            var undirected = type == .undirected
            if let u = map["undirected"], !u.value.isNull, let flag = decoder.bool(u.value, field: "undirected", what: what) {
                switch (type, flag) {
                case (.directed, true):
                    decoder.report(u.value.mark, "\(what) is undirected in a graph whose options.type is \"directed\" (graphology refuses it; make the graph \"mixed\")")
                    failed = true
                case (.undirected, false):
                    decoder.report(u.value.mark, "\(what) is directed (\"undirected\": false) in a graph whose options.type is \"undirected\" (graphology refuses it; make the graph \"mixed\")")
                    failed = true
                default: undirected = flag
                }
            }
            for f in fields {
                switch f.key {
                case "key", "source", "target", "undirected": break
                case "attributes":
                    if f.value.isNull { break }
                    guard let attributes = object(f.value, what: "the attributes of \(what)") else { failed = true; break }
                    let relationKey = attributes.contains { $0.key == "relation" } ? "relation" : "type"
                    for a in attributes {
                        switch a.key {
                        case relationKey where !a.value.isNull:
                            guard let r = text(a.value, field: a.key, what: what) else { failed = true; break }
                            if r.isEmpty { decoder.report(a.value.mark, "'\(a.key)' of \(what) is empty (expected a relation such as backs)"); failed = true }
                            edge.relation = r
                        case "weight" where !a.value.isNull:
                            guard case .scalar(let t, false, _) = a.value, let w = NetworkDecoder.number(t), w.isFinite else {
                                decoder.report(a.value.mark, "'weight' of \(what) is \(a.value.description) (expected a finite number)")
                                failed = true
                                break
                            }
                            edge.weight = w
                        default: plainAttribute(a, into: &edge.attributes, what: what)
                        }
                    }
                default:
                    if droppedEdgeKeys[f.key] == nil { droppedEdgeKeys[f.key] = f.keyMark }
                }
            }
            guard !failed, ends.count == 2 else { continue }
            edge.from = ends[0]
            edge.to = ends[1]
            if edge.isSelfLoop, !selfLoops {
                decoder.report(item.mark, "\(what) is a self-loop on '\(edge.from)', but options.allowSelfLoops is false (graphology refuses it)")
                continue
            }
            if !multi {
                let pair = undirected ? "u\u{0}" + [edge.from, edge.to].sorted().joined(separator: "\u{0}") : "d\u{0}\(edge.from)\u{0}\(edge.to)"
                if let (first, _) = pairs[pair] {
                    decoder.report(item.mark, "\(what) joins '\(edge.from)' and '\(edge.to)' again (edge \(first + 1) already does), but options.multi is false (graphology refuses parallel edges in a simple graph)")
                    continue
                }
                pairs[pair] = (position, item.mark)
            }
            read.append(Read(edge: edge, undirected: undirected))
        }
        if !decoder.diagnostics.isEmpty { throw .invalid(decoder.allDiagnostics) }
        if let (_, mark) = droppedEdgeKeys.elements.first {
            warnings.append(TextInput.warning(path, mark, "edge keys other than key, source, target, undirected and attributes (graphology's format) are left out: \(droppedEdgeKeys.keys.joined(separator: ", "))"))
        }

        // Direction: a mixed graph whose edges are all undirected is undirected; one with both
        // kinds is directed, each undirected edge two arcs.
        let undirectedCount = read.lazy.filter(\.undirected).count
        if type == .mixed, !read.isEmpty, undirectedCount == read.count { network.directed = false }
        let splitCount = read.lazy.filter { $0.undirected && !$0.edge.isSelfLoop }.count
        let split = network.directed && splitCount > 0
        for r in read {
            network.edges.append(r.edge)
            if split, r.undirected, !r.edge.isSelfLoop {
                var back = r.edge
                back.id = nil
                swap(&back.from, &back.to)
                network.edges.append(back)
            }
        }
        if split {
            warnings.append(TextInput.warning(path, typeMark, "\(splitCount) of \(read.count) edges are undirected in a mixed graph (options.type \"mixed\"); a network is directed or undirected, so it is read as directed and each undirected edge as two arcs, one each way (the second without the edge's key as id)"))
        }
        if let (_, mark) = dropped.elements.first {
            warnings.append(TextInput.warning(path, mark, "lists and objects influence has no field for are left out: \(dropped.keys.joined(separator: ", "))"))
        }
        if let m = droppedNull { warnings.append(TextInput.warning(path, m, "null values are left out (an attribute is absent rather than null)")) }
        warnings.sort { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }
        return (network, warnings)
    }
}
