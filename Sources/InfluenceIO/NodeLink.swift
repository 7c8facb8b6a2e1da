import InfluenceGraph
import InfluenceSerialization
import OrderedCollections

/// Reads and writes node-link JSON: NetworkX's `node_link_data` / `node_link_graph` shape, which
/// D3 force layouts also use.
///
///     {"directed": true, "multigraph": false, "graph": {"title": "…"},
///      "nodes": [{"id": "iran", "kind": "state"}, {"id": "kh"}],
///      "edges": [{"source": "iran", "target": "kh", "relation": "backs"}]}
///
/// The list of edges is read from `"links"` (NetworkX before 3.4, D3) or `"edges"` (NetworkX
/// 3.4 and later; the default of `node_link_data` and `node_link_graph` since NetworkX 3.6); a
/// file with both is refused. The writer writes `"edges"`, because `networkx.node_link_graph`
/// (3.6) reads only that key unless told `edges="links"`.
///
/// ## Mapping (reading)
/// | node-link | influence |
/// |---|---|
/// | `directed` (absent: false, as in NetworkX) | `Network.directed` |
/// | `graph.title` (else `graph.name`), `graph.description` | title, description |
/// | `graph.sources`, `graph.kinds`, `graph.relations` (the native file's shapes) | the tables |
/// | node `id` (a string or a number; absent: the node's position, as in NetworkX) | `Node.id` |
/// | node `label`, `kind`, `aliases`, `since`, `until`, `evidence` (a list of `{source, quote, confidence}`) | the same fields |
/// | node `attributes` (the native file's shape: typed, dated values) | attributes |
/// | any other node key: a string, number or bool (a string `YYYY-MM` or `YYYY-MM-DD` is a date) | an attribute |
/// | edge `source`, `target` | from, to (see *Ids or indices*) |
/// | edge `id`, `relation` (else `label`, else `edge`), `weight`, `since`, `until`, `attributes`, `evidence` | the same fields |
/// | any other edge key | an attribute, as for nodes |
///
/// Left out, with one warning each: `null` values, lists and objects the model has no field
/// for, other top-level and `graph` keys, and NetworkX's multigraph `key`.
///
/// ## Graphology
/// Graphology's serialization (Gephi's JSON export, Gephi Lite, sigma.js: top-level `options`,
/// nodes `{key, attributes}`, edges `{key, source, target, undirected, attributes}`) is read by
/// its keys when the object has `options`, or when every node has a `key` and none an `id`
/// (<https://graphology.github.io/serialization>). `key` is the id; node attributes `label` and
/// `kind` are the label and kind, the others (Gephi's `x`, `y`, `size`, `color`, its columns)
/// plain attributes; edge attributes `weight` is the weight, `relation`, else `type` (Gephi's
/// edge kind), the relation. `options.type` `directed`/`undirected` gives the direction; a
/// `mixed` graph is undirected when every edge is `"undirected": true`, directed otherwise, each
/// undirected edge then two arcs (one warning). What graphology refuses on import is refused:
/// parallel edges when `multi` is false, self-loops when `allowSelfLoops` is false, an undirected
/// edge in a directed graph. Guides/Formats.md has the whole mapping.
///
/// ## Ids or indices
/// NetworkX's `source`/`target` are node ids; D3's `forceLink` takes positions in `nodes` by
/// default. Endpoints are read as ids when every one of them is a node's id. Otherwise, when
/// every endpoint is a whole number from 0 to the number of nodes − 1 (D3's convention), they are
/// read as positions, with a warning; otherwise an endpoint that names no node is an error.
///
/// ## Limits
/// Strings (ids, labels, values) of at most ``maxTokenLength`` bytes; nesting at most 256 deep;
/// UTF-8 without NUL bytes. Positions are `file:line:col` even in a file written on one line
/// (as `json.dump` writes it).
///
/// - Complexity: O(size of the input) to read, O(size of the output) to write.
public enum NodeLinkFormat {
    /// Longest string accepted, in bytes.
    public static let maxTokenLength = TextInput.maxTokenLength

    /// Whether a `.json` file is node-link rather than a native network file.
    ///
    /// Looks at the top-level keys without building the document: a `"links"` key means
    /// node-link, and so does graphology's `"options"`; so does an `"edges"` list whose first item has `target`, or `source` without
    /// `from`/`to` (the native file's edges have `from` and `to`, and `source` only as evidence); failing both, NetworkX's `"multigraph"` or
    /// `"graph"` keys without any native-only key (`title`, `description`, `sources`, `kinds`,
    /// `relations`) mean node-link. Anything that is not a JSON object gives `false`.
    /// - Complexity: O(size of the input), no allocation beyond the top-level keys.
    public static func looksLikeNodeLink(_ data: [UInt8]) -> Bool {
        data.withUnsafeBufferPointer { buffer in
            var sniffer = NodeLinkSniffer(b: buffer)
            return sniffer.sniff()
        }
    }

    /// Parses a node-link JSON file into a network.
    ///
    /// - Returns: The network, and warnings (`warning: …`) for what was left out or guessed.
    /// - Throws: `ReadError` with `file:line:col` for malformed JSON, a limit exceeded, a
    ///   missing or duplicate node id, an edge to a missing node, a weight that is not a finite
    ///   number, or any field the native file would also refuse.
    public static func read(_ data: [UInt8], path: String) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        try TextInput.checkNotEmpty(data, path: path, expected: "a node-link object with \"nodes\" and \"links\" or \"edges\"")
        try TextInput.checkText(data, path: path)
        let root = try NodeLinkLines.parse(data, path: path)
        var decoder = NodeLinkDecoder(path: path)
        return try decoder.decode(root)
    }

    /// Writes the network as node-link JSON that `networkx.node_link_graph` reads (nodes named
    /// by their ids) and that this reader restores exactly.
    ///
    /// `multigraph` is true when two edges join the same pair. A node's or an edge's attributes
    /// are written as plain keys, in order, for as long as each is one undated value that reads
    /// back with its type under a name with no meaning of its own (`id`, `label`, `kind`, …);
    /// from the first that is not, they go, in order, into an `"attributes"` object in the
    /// native file's shape (typed, dated values). Aliases, evidence and the tables are written
    /// as the native file writes them. One node or edge per line; deterministic bytes.
    ///
    /// - Returns: The bytes, and one warning line naming what a plain node-link consumer sees
    ///   only as nested JSON (none when the network has nothing of the kind).
    /// - Throws: `WriteError` when an edge names a node the network does not have.
    public static func write(_ network: Network) throws(WriteError) -> (bytes: [UInt8], warnings: [String]) {
        _ = try Interchange.endpoints(network, format: "node-link JSON")
        var w = JSONEmitter()
        w.write("{\n  \"directed\": \(network.directed),\n  \"multigraph\": \(Interchange.hasParallelEdges(network)),\n  \"graph\": ")
        var graph: [(String, OutValue)] = []
        if let t = network.title { graph.append(("title", .string(t))) }
        if let d = network.description { graph.append(("description", .string(d))) }
        if !network.sources.isEmpty { graph.append(("sources", .map(network.sources.map { ($0.key, NetworkOutline.source($0.value)) }, flow: true))) }
        if !network.kinds.isEmpty { graph.append(("kinds", .map(network.kinds.map { ($0.key, NetworkOutline.kind($0.value)) }, flow: true))) }
        if !network.relations.isEmpty { graph.append(("relations", .map(network.relations.map { ($0.key, NetworkOutline.relation($0.value)) }, flow: true))) }
        w.value(.map(graph, flow: true))
        var nested = false
        w.write(",\n  \"nodes\": [")
        for (k, node) in network.nodes.enumerated() {
            w.write(k == 0 ? "\n    " : ",\n    ")
            var f: [(String, OutValue)] = [("id", .string(node.id))]
            if let v = node.label { f.append(("label", .string(v))) }
            if let v = node.kind { f.append(("kind", .string(v))) }
            if !node.aliases.isEmpty { f.append(("aliases", .list(node.aliases.map(OutValue.string), flow: true))) }
            NetworkOutline.validity(node.validity, into: &f)
            nested = attributes(node.attributes, reserved: nodeKeys, into: &f) || nested
            evidence(node.evidence, into: &f)
            w.value(.map(f, flow: true))
        }
        w.write(network.nodes.isEmpty ? "],\n  \"edges\": [" : "\n  ],\n  \"edges\": [")
        for (k, edge) in network.edges.enumerated() {
            w.write(k == 0 ? "\n    " : ",\n    ")
            var f: [(String, OutValue)] = [("source", .string(edge.from)), ("target", .string(edge.to))]
            if let v = edge.id { f.append(("id", .string(v))) }
            f.append(("relation", .string(edge.relation)))
            if let v = edge.weight { f.append(("weight", .number(formatNumber(v)))) }
            NetworkOutline.validity(edge.validity, into: &f)
            nested = attributes(edge.attributes, reserved: edgeKeys, into: &f) || nested
            evidence(edge.evidence, into: &f)
            w.value(.map(f, flow: true))
        }
        w.write(network.edges.isEmpty ? "]\n}\n" : "\n  ]\n}\n")

        var lost: [String] = []
        if network.nodes.contains(where: { !$0.aliases.isEmpty }) { lost.append("aliases") }
        if nested { lost.append("typed or dated attributes") }
        if network.nodes.contains(where: { !$0.evidence.isEmpty }) || network.edges.contains(where: { !$0.evidence.isEmpty }) {
            lost.append("evidence")
        }
        if Interchange.hasTables(network) { lost.append("the sources, kinds and relations tables") }
        var warnings: [String] = []
        if !lost.isEmpty {
            warnings.append("a plain node-link consumer (networkx.node_link_graph, D3) sees \(lost.joined(separator: ", ")) only as nested JSON (\"aliases\", \"attributes\", \"evidence\", \"graph\"); influence reads them back exactly")
        }
        return (w.bytes, warnings)
    }

    static let nodeKeys: Set<String> = ["id", "label", "kind", "aliases", "since", "until", "attributes", "evidence"]
    static let edgeKeys: Set<String> = ["source", "target", "key", "id", "relation", "label", "weight", "since", "until", "attributes", "evidence"]

    /// The value as a plain JSON value that reads back with its type, or `nil`.
    static func plain(_ v: AttributeValue) -> OutValue? {
        switch v {
        case .number(let x): return .number(formatNumber(x))
        case .bool(let b): return .bool(b)
        case .string(let s):
            if let d = InfluenceDate(s), d.precision != .year { return nil }
            return .string(s)
        case .date(let d): return d.precision == .year ? nil : .date(d)
        }
    }

    /// Plain keys while they read back exactly, then the rest nested; true when any is nested.
    static func attributes(_ attributes: Attributes, reserved: Set<String>, into f: inout [(String, OutValue)]) -> Bool {
        let n = attributes.count
        var k = 0
        while k < n {
            let (name, a) = (attributes.keys[k], attributes.values[k])
            guard !reserved.contains(name), let v = Interchange.plainValue(a), let out = plain(v) else { break }
            f.append((name, out))
            k += 1
        }
        guard k < n else { return false }
        var rest = Attributes()
        for j in k ..< n { rest[attributes.keys[j]] = attributes.values[j] }
        f.append(("attributes", NetworkOutline.attributes(rest)))
        return true
    }

    static func evidence(_ items: [Evidence], into f: inout [(String, OutValue)]) {
        guard !items.isEmpty else { return }
        f.append(("evidence", .list(items.map { e in
            var g: [(String, OutValue)] = []
            if let v = e.source { g.append(("source", .string(v))) }
            if let v = e.quote { g.append(("quote", .string(v))) }
            if let v = e.confidence { g.append(("confidence", .string(v.rawValue))) }
            return .map(g, flow: true)
        }, flow: true)))
    }
}

/// JSONDocumentParser finds a column by scanning from the start of the line, which is quadratic
/// on a file written on one line. This splits such a file after each `,` `[` `{` outside
/// strings before parsing, then maps every position back to the original file.
enum NodeLinkLines {
    /// Lines up to this long are parsed as they are.
    static let longLine = 4096

    static func parse(_ data: [UInt8], path: String) throws(ReadError) -> DocNode {
        var longest = 0, start = 0
        for (k, b) in data.enumerated() where b == 0x0A { longest = max(longest, k - start); start = k + 1 }
        longest = max(longest, data.count - start)
        guard longest > longLine else { return try JSONDocumentParser.parse(data, path: path) }

        // Split, remembering the original line and column of the first byte of each new line.
        var out: [UInt8] = []
        out.reserveCapacity(data.count + data.count / 8)
        var origin: [(line: Int32, column: Int32)] = [(1, 1)]
        var line: Int32 = 1, column: Int32 = 1
        var inString = false, escaped = false
        let bom = TextInput.bomLength(data)
        for (k, b) in data.enumerated() {
            out.append(b)
            if k < bom { continue }
            if b == 0x0A {
                line += 1; column = 1
                origin.append((line, 1))
                inString = false
                continue
            }
            if b & 0xC0 != 0x80 { column += 1 }
            if inString {
                if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") { inString = false }
            } else if b == UInt8(ascii: "\"") {
                inString = true
            } else if b == UInt8(ascii: ",") || b == UInt8(ascii: "[") || b == UInt8(ascii: "{") {
                out.append(0x0A)
                origin.append((line, column))
            }
        }
        func map(_ m: Mark) -> Mark {
            let k = Int(m.line) - 1
            guard k >= 0, k < origin.count else { return m }
            return Mark(line: Int(origin[k].line), column: Int(origin[k].column) + Int(m.column) - 1)
        }
        let root: DocNode
        do {
            root = try JSONDocumentParser.parse(out, path: path)
        } catch {
            throw .invalid(error.diagnostics.map { d in
                guard let l = d.location else { return d }
                let m = map(Mark(line: l.line, column: l.column))
                return Diagnostic(location: SourceLocation(path: l.path, line: Int(m.line), column: Int(m.column)), message: d.message)
            })
        }
        // Rebuild the tree with original positions (depth ≤ 256, so recursion is bounded).
        func remap(_ node: DocNode) -> DocNode {
            switch node {
            case .scalar(let text, let quoted, let m): .scalar(text, quoted: quoted, map(m))
            case .sequence(let items, let m): .sequence(items.map(remap), map(m))
            case .mapping(let entries, let m):
                .mapping(entries.map { DocEntry(key: $0.key, keyMark: map($0.keyMark), value: remap($0.value)) }, map(m))
            }
        }
        return remap(root)
    }
}

/// Top-level keys of a JSON object, read without building the document.
struct NodeLinkSniffer {
    let b: UnsafeBufferPointer<UInt8>
    var i = 0

    mutating func ws() { while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 } }

    /// Skips a string at `i`; returns its raw content when short (keys), else "".
    mutating func string() -> String? {
        guard i < b.count, b[i] == UInt8(ascii: "\"") else { return nil }
        i += 1
        let s = i
        while i < b.count, b[i] != UInt8(ascii: "\"") { i += b[i] == UInt8(ascii: "\\") ? 2 : 1 }
        guard i < b.count else { return nil }
        let text = i - s <= 64 ? String(decoding: UnsafeBufferPointer(rebasing: b[s ..< i]), as: UTF8.self) : ""
        i += 1
        return text
    }

    /// Skips one value (iteratively, whatever its depth).
    mutating func skipValue() -> Bool {
        ws()
        guard i < b.count else { return false }
        if b[i] == UInt8(ascii: "\"") { return string() != nil }
        if b[i] != UInt8(ascii: "{") && b[i] != UInt8(ascii: "[") {
            while i < b.count, !",}] \n\r\t".utf8.contains(b[i]) { i += 1 }
            return true
        }
        var depth = 0
        while i < b.count {
            switch b[i] {
            case UInt8(ascii: "\""): if string() == nil { return false }; continue
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { i += 1; return true }
            default: break
            }
            i += 1
        }
        return false
    }

    /// The keys of the object at `i`, its values skipped.
    mutating func keys(stopAt stop: String? = nil, _ onKey: (inout NodeLinkSniffer, String) -> Bool = { _, _ in false }) -> [String]? {
        ws()
        guard i < b.count, b[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        var keys: [String] = []
        ws()
        if i < b.count, b[i] == UInt8(ascii: "}") { i += 1; return keys }
        while true {
            ws()
            guard let key = string() else { return nil }
            keys.append(key)
            ws()
            guard i < b.count, b[i] == UInt8(ascii: ":") else { return nil }
            i += 1
            if key == stop { return keys }
            if !onKey(&self, key) { guard skipValue() else { return nil } }
            ws()
            guard i < b.count else { return nil }
            if b[i] == UInt8(ascii: ",") { i += 1; continue }
            if b[i] == UInt8(ascii: "}") { i += 1; return keys }
            return nil
        }
    }

    mutating func sniff() -> Bool {
        i = b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0
        var edgeStyle: Bool?  // true: source/target, false: from/to
        guard let top = keys(stopAt: "links", { s, key in
            guard key == "edges", edgeStyle == nil else { return false }
            s.ws()
            guard s.i < s.b.count, s.b[s.i] == UInt8(ascii: "[") else { return false }
            let open = s.i
            s.i += 1
            s.ws()
            if let first = s.keys() {
                // A native edge may have "source" (its evidence), never "target".
                if first.contains("target") { edgeStyle = true }
                else if first.contains("from") || first.contains("to") { edgeStyle = false }
                else if first.contains("source") { edgeStyle = true }
            }
            s.i = open
            return false
        }) else { return false }
        if top.contains("links") || top.contains("options") { return true }  // "options": graphology
        if let edgeStyle { return edgeStyle }
        let native: Set<String> = ["title", "description", "sources", "kinds", "relations"]
        return (top.contains("multigraph") || top.contains("graph")) && !top.contains(where: native.contains)
    }
}

/// Turns the JSON tree into a ``Network`` (see ``NodeLinkFormat`` for the mapping).
struct NodeLinkDecoder {
    let path: String
    var decoder: NetworkDecoder
    var warnings: [Diagnostic] = []
    var dropped: OrderedDictionary<String, Mark> = [:]
    var droppedNull: Mark?

    init(path: String) {
        self.path = path
        decoder = NetworkDecoder(path: path)
    }

    func fail(_ m: Mark, _ message: String) -> ReadError { .at(path, Int(m.line), Int(m.column), message) }

    /// The entries of an object, refusing repeated keys.
    mutating func object(_ node: DocNode, what: String) -> [DocEntry]? {
        guard case .mapping(let entries, _) = node else {
            decoder.report(node.mark, "\(what) must be an object, found \(node.description)")
            return nil
        }
        var seen: [String: Mark] = [:]
        var kept: [DocEntry] = []
        for e in entries {
            if let first = seen[e.key] {
                decoder.report(e.keyMark, "duplicate key \"\(e.key)\" in \(what) (first given at line \(first.line))")
                continue
            }
            seen[e.key] = e.keyMark
            kept.append(e)
        }
        return kept
    }

    /// Takes an edge's own id from `entry` (NetworkX's `id`, graphology's `key`): refused when
    /// empty or already taken (naming the line of the first), else set on `edge` and used in
    /// `what` from then on. Returns `false` when it reported a problem.
    mutating func claimEdgeID(_ entry: DocEntry?, field: String, seen: inout [String: Mark], edge: inout Edge,
                              what: inout String, firstSeen: String) -> Bool {
        guard let e = entry, !e.value.isNull, let id = text(e.value, field: field, what: what) else { return true }
        if id.isEmpty {
            decoder.report(e.value.mark, "'\(field)' of \(what) is empty (expected a non-empty string)")
            return false
        }
        if let first = seen[id] {
            decoder.report(e.value.mark, "duplicate edge \(field) '\(id)' (\(firstSeen) at line \(first.line))")
            return false
        }
        seen[id] = e.value.mark
        edge.id = id
        what = "edge '\(id)'"
        return true
    }

    /// A string or number as text (ids, labels, kinds); checks the length limit.
    mutating func text(_ node: DocNode, field: String, what: String) -> String? {
        guard case .scalar(let t, let quoted, let m) = node, quoted || (!node.isNull && t != "true" && t != "false") else {
            decoder.report(node.mark, "'\(field)' of \(what) must be a string or a number, found \(node.description)")
            return nil
        }
        if t.utf8.count > TextInput.maxTokenLength {
            decoder.report(m, TextInput.tooLong("'\(field)' of \(what)", limitFor: "an id, label or value"))
            return nil
        }
        return t
    }

    mutating func plainAttribute(_ e: DocEntry, into attributes: inout Attributes, what: String) {
        let value: AttributeValue
        switch e.value {
        case .scalar(let t, let quoted, let m):
            if e.value.isNull { if droppedNull == nil { droppedNull = m }; return }
            if t.utf8.count > TextInput.maxTokenLength {
                decoder.report(m, TextInput.tooLong("attribute '\(e.key)' of \(what)", limitFor: "an id, label or value"))
                return
            }
            if quoted { value = NetworkDecoder.inferredValue(t, quoted: true) }
            else if t == "true" || t == "false" { value = .bool(t == "true") }
            else {
                guard let x = NetworkDecoder.number(t), x.isFinite else {
                    decoder.report(m, "attribute '\(e.key)' of \(what) is \(t.prefix(40)), which is not a finite number")
                    return
                }
                value = .number(x)
            }
        case .mapping, .sequence:
            if dropped[e.key] == nil { dropped[e.key] = e.keyMark }
            return
        }
        if attributes[e.key] != nil {
            decoder.report(e.keyMark, "duplicate attribute '\(e.key)' of \(what) (given as a key and in \"attributes\")")
            return
        }
        attributes[e.key] = Attribute(value)
    }

    mutating func nested(_ e: DocEntry, into attributes: inout Attributes, what: String) {
        for (name, a) in decoder.attributes(e.value, what: what) {
            if attributes[name] != nil {
                decoder.report(e.keyMark, "duplicate attribute '\(name)' of \(what) (given as a key and in \"attributes\")")
                continue
            }
            attributes[name] = a
        }
    }

    mutating func evidence(_ e: DocEntry?, what: String, sources: OrderedDictionary<String, Source>) -> [Evidence] {
        guard let e, !e.value.isNull else { return [] }
        return decoder.evidence(["evidence": e], what: what, sources: sources)
    }

    mutating func decode(_ root: DocNode) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        guard case .mapping = root else {
            throw fail(root.mark, "a node-link file must be an object with \"nodes\" and \"links\" or \"edges\", found \(root.description)")
        }
        guard let top = object(root, what: "the node-link object") else { throw .invalid(decoder.allDiagnostics) }
        if _Graphology.detect(top) { return try decodeGraphology(root, top: top) }
        var byKey: [String: DocEntry] = [:]
        var droppedTop: [String] = []
        for e in top {
            switch e.key {
            case "directed", "multigraph", "graph", "nodes", "links", "edges": byKey[e.key] = e
            default: droppedTop.append(e.key)
            }
        }
        if let links = byKey["links"], byKey["edges"] != nil {
            throw fail(links.keyMark, "the file has both \"links\" and \"edges\" (expected one list of edges)")
        }
        guard let nodesEntry = byKey["nodes"] else {
            throw fail(root.mark, "the node-link object has no \"nodes\" (expected \"nodes\": [{\"id\": …}, …])")
        }
        var network = Network(directed: false)
        if let d = byKey["directed"] { network.directed = decoder.bool(d.value, field: "directed", what: "the node-link object") ?? false }
        if let m = byKey["multigraph"] { _ = decoder.bool(m.value, field: "multigraph", what: "the node-link object") }
        if let g = byKey["graph"], !g.value.isNull, let fields = object(g.value, what: "\"graph\"") {
            var droppedGraph: [String] = []
            var name: String?
            for f in fields {
                switch f.key {
                case "title": network.title = text(f.value, field: "title", what: "the graph")
                case "description": network.description = text(f.value, field: "description", what: "the graph")
                case "name": if case .scalar(let t, true, _) = f.value { name = t } else { droppedGraph.append(f.key) }
                case "sources": network.sources = decoder.decodeSources(f.value)
                case "kinds": network.kinds = decoder.decodeKinds(f.value)
                case "relations": network.relations = decoder.decodeRelations(f.value)
                default: droppedGraph.append(f.key)
                }
            }
            if network.title == nil { network.title = name } else if name != nil { droppedGraph.append("name") }
            if !droppedGraph.isEmpty {
                warnings.append(TextInput.warning(path, g.keyMark, "graph keys influence has no field for are left out: \(droppedGraph.joined(separator: ", "))"))
            }
        }
        if !droppedTop.isEmpty {
            warnings.append(TextInput.warning(path, root.mark, "top-level keys other than directed, multigraph, graph, nodes, links and edges are left out: \(droppedTop.joined(separator: ", "))"))
        }

        // Nodes.
        guard case .sequence(let nodeItems, _) = nodesEntry.value else {
            throw fail(nodesEntry.value.mark, "\"nodes\" must be a list, found \(nodesEntry.value.description)")
        }
        var index: [String: Int] = [:]
        var idMarks: [Mark] = []
        network.nodes.reserveCapacity(nodeItems.count)
        for (position, item) in nodeItems.enumerated() {
            guard let fields = object(item, what: "node \(position + 1)") else { continue }
            var map: [String: DocEntry] = [:]
            for f in fields { map[f.key] = f }
            var id = String(position)
            var idMark = item.mark
            if let e = map["id"] {
                guard let t = text(e.value, field: "id", what: "node \(position + 1)") else { continue }
                if t.isEmpty { decoder.report(e.value.mark, "'id' of node \(position + 1) is empty (expected a non-empty string)"); continue }
                id = t
                idMark = e.value.mark
            }
            if let first = index[id] {
                decoder.report(idMark, "duplicate node id '\(id)' (first defined at line \(idMarks[first].line))")
                continue
            }
            let what = "node '\(id)'"
            var node = Node(id: id)
            for f in fields {
                switch f.key {
                case "id", "since", "until", "evidence": break
                case "label": if !f.value.isNull { node.label = text(f.value, field: "label", what: what) }
                case "kind": if !f.value.isNull { node.kind = text(f.value, field: "kind", what: what) }
                case "aliases":
                    if f.value.isNull { break }
                    guard case .sequence(let aliases, _) = f.value else {
                        decoder.report(f.value.mark, "'aliases' of \(what) must be a list of strings, found \(f.value.description)")
                        break
                    }
                    node.aliases = aliases.compactMap { decoder.nonEmptyString($0, field: "aliases", what: what) }
                case "attributes": nested(f, into: &node.attributes, what: what)
                default: plainAttribute(f, into: &node.attributes, what: what)
                }
            }
            node.validity = decoder.validity(since: map["since"], until: map["until"], what: what)
            node.evidence = evidence(map["evidence"], what: what, sources: network.sources)
            index[id] = network.nodes.count
            idMarks.append(idMark)
            network.nodes.append(node)
        }

        // Edges.
        let edgesEntry = byKey["edges"] ?? byKey["links"]
        var edgeItems: [DocNode] = []
        if let edgesEntry, !edgesEntry.value.isNull {
            guard case .sequence(let items, _) = edgesEntry.value else {
                throw fail(edgesEntry.value.mark, "\"\(edgesEntry.key)\" must be a list, found \(edgesEntry.value.description)")
            }
            edgeItems = items
        }
        // Ids or indices (see the type's note).
        var allIDs = true, allIndices = true
        for item in edgeItems {
            guard case .mapping(let entries, _) = item else { continue }
            for e in entries where e.key == "source" || e.key == "target" {
                guard case .scalar(let t, let quoted, _) = e.value else { allIDs = false; allIndices = false; continue }
                if index[t] == nil { allIDs = false }
                if quoted || !(Int(t).map { $0 >= 0 && $0 < network.nodes.count } ?? false) { allIndices = false }
            }
        }
        let byPosition = !allIDs && allIndices && !edgeItems.isEmpty
        if byPosition, let edgesEntry {
            warnings.append(TextInput.warning(path, edgesEntry.keyMark,
                "edges give 'source' and 'target' as positions in \"nodes\" (D3's convention), not as node ids; read as positions"))
        }
        var edgeIDs: [String: Mark] = [:]
        network.edges.reserveCapacity(edgeItems.count)
        for (position, item) in edgeItems.enumerated() {
            var what = "edge \(position + 1)"
            guard let fields = object(item, what: what) else { continue }
            var map: [String: DocEntry] = [:]
            for f in fields { map[f.key] = f }
            var failed = false
            var edge = Edge(from: "", to: "", relation: Edge.defaultRelation)
            if !claimEdgeID(map["id"], field: "id", seen: &edgeIDs, edge: &edge, what: &what, firstSeen: "first defined") {
                failed = true
            }
            var ends: [String] = []
            for end in ["source", "target"] {
                guard let e = map[end] else {
                    decoder.report(item.mark, "\(what) has no '\(end)' (required: the id of a node)")
                    failed = true
                    continue
                }
                guard let t = text(e.value, field: end, what: what) else { failed = true; continue }
                if byPosition {
                    ends.append(network.nodes[Int(t)!].id)
                } else if index[t] != nil {
                    ends.append(t)
                } else {
                    var message = "edge references unknown node '\(t.prefix(80))' in '\(end)'"
                    if network.nodes.count <= 5000, let s = suggestion(for: t, among: network.nodes.lazy.map(\.id)) {
                        message += " (did you mean '\(s)'?)"
                    } else {
                        message += " (expected the id of a node in \"nodes\")"
                    }
                    decoder.report(e.value.mark, message)
                    failed = true
                }
            }
            let relationEntry = map["relation"] ?? map["label"]
            for f in fields {
                switch f.key {
                case "id", "key", "source", "target", "since", "until", "evidence": break
                case _ where (f.key == "relation" || f.key == "label") && f.key == relationEntry?.key:
                    guard let r = text(f.value, field: f.key, what: what) else { failed = true; break }
                    if r.isEmpty { decoder.report(f.value.mark, "'\(f.key)' of \(what) is empty (expected a relation such as backs)"); failed = true }
                    edge.relation = r
                case "weight":
                    if case .scalar(let t, false, _) = f.value, !f.value.isNull, let w = NetworkDecoder.number(t) {
                        if w.isFinite { edge.weight = w } else {
                            decoder.report(f.value.mark, "weight \(t.prefix(40)) of \(what) is not allowed (expected a finite number)")
                            failed = true
                        }
                    } else if !f.value.isNull {
                        decoder.report(f.value.mark, "'weight' of \(what) must be a number, found \(f.value.description) (expected a finite number)")
                        failed = true
                    }
                case "attributes": nested(f, into: &edge.attributes, what: what)
                default: plainAttribute(f, into: &edge.attributes, what: what)
                }
            }
            edge.validity = decoder.validity(since: map["since"], until: map["until"], what: what)
            edge.evidence = evidence(map["evidence"], what: what, sources: network.sources)
            guard !failed, ends.count == 2 else { continue }
            edge.from = ends[0]
            edge.to = ends[1]
            network.edges.append(edge)
        }
        if !decoder.diagnostics.isEmpty { throw .invalid(decoder.allDiagnostics) }
        if let (_, mark) = dropped.elements.first {
            warnings.append(TextInput.warning(path, mark, "lists and objects influence has no field for are left out: \(dropped.keys.joined(separator: ", "))"))
        }
        if let m = droppedNull { warnings.append(TextInput.warning(path, m, "null values are left out (an attribute is absent rather than null)")) }
        warnings.sort { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }
        return (network, warnings)
    }
}
