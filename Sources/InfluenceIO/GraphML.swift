import InfluenceGraph
import InfluenceSerialization
import OrderedCollections

/// Reads and writes GraphML (<http://graphml.graphdrawing.org>) as NetworkX and Gephi write it.
///
/// ## Reading
/// `<key>` declarations (`id`, `for="node|edge|graph|all"`, `attr.name`, `attr.type` among
/// `boolean int long float double string`, an optional `<default>`) type the `<data>` of nodes,
/// edges and the graph; keys are found by `id`, so NetworkX's default ids (`d0`, `d1`…) and its
/// `named_key_ids=True` form read alike. Keys are collected from the whole document first (inside
/// `<graph>` and after their use too, as Gephi reads them, although the GraphML specification,
/// <http://graphml.graphdrawing.org/specification.html>, declares them first); one id may name one
/// key per domain. A key without `attr.name` is named by its id. A `<default>` applies, as the
/// GraphML specification says, to every element of its domain that has no `<data>` for the key.
///
/// yFiles graphics — keys with `yfiles.type` (yEd, yFiles for Java), keys with a yWorks
/// `attr.uri` and no `attr.type` (yFiles for HTML), and any `<data>` holding elements — are
/// ignored with one warning, except their label text: a node without `label` data takes the text
/// of its first `<y:NodeLabel>` (of the active realizer of a group's `y:ProxyAutoBoundsNode`) or
/// yFiles for HTML `<y:Label>`; an edge without a `label` attribute takes its `<y:EdgeLabel>`'s as
/// the attribute `label`. A `<graph>` nested in a `<node>` (a yEd group) is flattened as NetworkX's
/// `read_graphml` does: members become nodes of the network, with the attribute `parent` holding
/// the group's id, and nested edges are kept (one warning). Ports (`<port>`, `sourceport`,
/// `targetport`) are ignored with one warning.
///
/// | GraphML | network |
/// |---|---|
/// | `<graph edgedefault=…>` | `directed` (absent means undirected, as in NetworkX) |
/// | graph data `title`, `description` | `Network.title`, `Network.description` |
/// | graph data `influence.sources`, `influence.kinds`, `influence.relations` (JSON) | the three tables |
/// | `<node id>` | `Node.id` |
/// | node data `label`, `kind` | `Node.label`, `Node.kind` |
/// | node/edge data `since`, `until` (`YYYY[-MM[-DD]]`, or an integer year) | `Validity` |
/// | node data `influence.aliases` (JSON list) | `Node.aliases` |
/// | node/edge data `influence.evidence` (JSON list of `{source, quote, confidence}`) | evidence |
/// | `<edge id source target>` | `Edge.id` (dropped, with a warning, if ids repeat, as NetworkX writes multigraph keys), `from`, `to` |
/// | edge data `relation` (absent: `edge`), `weight` | `Edge.relation`, `Edge.weight` (finite) |
/// | any other data | an attribute: `boolean` → bool; `int long float double` → number; `string` → string |
///
/// A string that looks like a date stays a string unless its key carries `influence.type="date"`
/// (as this writer marks date attributes); `influence.type="json"` marks a key whose values are
/// whole attributes in the native JSON form (dated series, mixed types). A key named
/// `influence.attribute.NAME` is the attribute `NAME` (used when `NAME` collides with a field).
/// Other graph data is not kept (one warning listing it). Parallel edges are kept as separate edges.
/// A per-edge `directed` that disagrees with `edgedefault` is refused: the model has no mixed
/// graphs (NetworkX refuses them too). Hyperedges and a `<graph>` inside an edge are refused.
///
/// ## Writing
/// The inverse, deterministic (keys `d0`, `d1`… in order of first use; elements and attributes in
/// network order). Attributes whose every value is undated and of one type get a typed key
/// (`boolean`, `long` when every number is an integer below 10¹⁵, else `double`, `string`); dates
/// become `string` keys marked `influence.type="date"`; dated or mixed-type attributes become
/// `string` keys marked `influence.type="json"`. The one warning names what a plain GraphML
/// reader sees only as text. Text is escaped (`&amp; &lt; &gt; &quot;`, and `&#9; &#10; &#13;` in
/// attribute values); characters XML 1.0 cannot hold (control characters other than tab, line
/// feed and carriage return; U+FFFE, U+FFFF) are refused with a `WriteError` naming the element.
public enum GraphMLFormat {
    /// Parses a GraphML document.
    ///
    /// - Returns: the network and warnings (`warning: …`) for what was read but not kept.
    /// - Throws: `ReadError` naming the line and column of the first problem, including every
    ///   refusal of `XMLReader`.
    /// - Complexity: O(*n*) in the size of the input, plus O(*m*) hash lookups.
    public static func read(_ data: [UInt8], path: String) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        let root = try XMLReader.document(data, path: path, expecting: "a GraphML document (<graphml>)")
        var reader = GraphMLReader(path: path, size: data.count)
        return try reader.read(root)
    }

    /// Writes the network as GraphML that `networkx.read_graphml` and Gephi read, and that
    /// ``read(_:path:)`` turns back into the same network.
    ///
    /// - Returns: the bytes (UTF-8) and at most one warning line naming what other GraphML
    ///   readers see only as text.
    /// - Throws: `WriteError.unrepresentable(format:reason:)` for a string XML 1.0 cannot hold.
    /// - Complexity: O(size of the output).
    public static func write(_ network: Network) throws(WriteError) -> (bytes: [UInt8], warnings: [String]) {
        var writer = GraphMLWriter(network: network)
        return try writer.write()
    }
}

// MARK: - Reading

/// Where a graphics key keeps label text: yFiles for Java (`<y:NodeLabel>`, `<y:EdgeLabel>`
/// inside `y:ShapeNode`, `y:GenericNode`, `y:ProxyAutoBoundsNode`, `y:PolyLineEdge`…) or yFiles
/// for HTML (`<y:Label>` with a `Text` attribute or a `<y:Label.Text>` child, in the data of its
/// `NodeLabels`/`EdgeLabels` keys).
private enum GraphMLLabelSource {
    case none, yFilesJava, yFilesHTML
}

private final class GraphMLKey {
    let id: String
    let name: String
    let domain: String
    let type: String
    let influenceType: String?
    let defaultValue: String?
    let position: XMLReader.Position
    let ignored: Bool
    let labels: GraphMLLabelSource

    init(id: String, name: String, domain: String, type: String, influenceType: String?, defaultValue: String?,
         position: XMLReader.Position, ignored: Bool, labels: GraphMLLabelSource) {
        self.id = id
        self.name = name
        self.domain = domain
        self.type = type
        self.influenceType = influenceType
        self.defaultValue = defaultValue
        self.position = position
        self.ignored = ignored
        self.labels = labels
    }

    /// Whether the key applies to elements of `domain` (`for="all"` applies to every one).
    func applies(to domain: String) -> Bool { self.domain == domain || self.domain == "all" }
}

/// The elements of a (possibly nested) graph, gathered before any is read, in the order
/// NetworkX's `read_graphml` adds them: a graph's nodes, each group node followed by the nodes
/// and edges of its nested graph, then the graph's own edges.
private struct GraphMLOutline {
    /// Each node with the id of the group node whose nested graph holds it.
    var nodes: [(element: XMLReader.Element, parent: String?)] = []
    var edges: [XMLReader.Element] = []
    /// The `<data>` of nested graphs (not kept).
    var nestedGraphData: [XMLReader.Element] = []
    var groups = 0
    var firstGroup: XMLReader.Position?
}

private struct GraphMLReader {
    let path: String
    /// Keys by id; one id may be declared once per domain (Gephi's test files reuse an id for a
    /// node key and an edge key).
    var keys: [String: [GraphMLKey]] = [:]
    var keyOrder: [GraphMLKey] = []
    var warnings: [Diagnostic] = []
    var ignoredData = 0
    var firstIgnored: XMLReader.Position?
    var nodeLabelsTaken = 0
    var edgeLabelsTaken = 0
    var ports = 0
    var edgesWithPorts = 0
    var firstPort: XMLReader.Position?
    /// Graph data that is not kept: (name, where), reported in one warning.
    var graphDataNotKept: [(String, XMLReader.Position)] = []
    /// Keys with a `<default>` by domain, in declaration order.
    var defaultKeys: [String: [GraphMLKey]] = [:]
    /// How many more values defaults may add: a few keys with defaults must not turn a small
    /// file into a huge network (the same amplification as entity expansion).
    var defaultBudget: Int

    init(path: String, size: Int) {
        self.path = path
        defaultBudget = 1_000_000 + size
    }

    func fail(_ at: XMLReader.Position, _ message: String) -> ReadError {
        .at(path, at.line, at.column, message)
    }

    mutating func warn(_ at: XMLReader.Position, _ message: String) {
        warnings.append(Diagnostic(location: SourceLocation(path: path, line: at.line, column: at.column), message: "warning: " + message))
    }

    static let types: Set<String> = ["boolean", "int", "long", "float", "double", "string"]

    func directedness(_ graph: XMLReader.Element) throws(ReadError) -> Bool? {
        switch graph.attribute("edgedefault") {
        case "directed": return true
        case "undirected": return false
        case nil: return nil
        case let other?:
            throw fail(graph.attributeEntry("edgedefault")?.position ?? graph.position,
                       "edgedefault is '\(other)' (expected directed or undirected)")
        }
    }

    mutating func read(_ root: XMLReader.Element) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        guard root.localName == "graphml" else {
            throw fail(root.position, "the root element is <\(root.name)> (expected <graphml>)")
        }
        var graphElement: XMLReader.Element?
        for child in root.elements {
            switch child.localName {
            case "key": try declareKey(child)
            case "graph":
                if graphElement != nil {
                    throw fail(child.position, "a second <graph> (this reader takes one graph per file)")
                }
                graphElement = child
            default: break
            }
        }
        guard let graph = graphElement else { throw fail(root.position, "<graphml> has no <graph> element") }
        var network = Network()
        network.directed = try directedness(graph) ?? false
        // Every key is declared before any data is read, wherever it is (Gephi accepts keys
        // inside <graph> and after their first use, although the specification puts them first).
        var outline = GraphMLOutline()
        try collect(graph, parent: nil, directed: network.directed, depth: 0, into: &outline)

        // Graph data first: the sources table must be known before evidence is read.
        for child in graph.elements where child.localName == "data" {
            try graphData(child, into: &network)
        }
        for child in outline.nestedGraphData {
            try graphData(child, into: &network, nested: true)
        }
        var nodeIndex: [String: XMLReader.Position] = [:]
        var ownParent: (String, XMLReader.Position)?
        var ownParents = 0
        for (element, parent) in outline.nodes {
            var node = try readNode(element, network: network)
            if let first = nodeIndex[node.id] {
                throw fail(element.position, "duplicate node id '\(node.id)' (first defined at line \(first.line))")
            }
            nodeIndex[node.id] = element.position
            if let parent {
                if node.attributes["parent"] != nil {
                    ownParents += 1
                    if ownParent == nil { ownParent = (node.id, element.position) }
                }
                node.attributes["parent"] = Attribute(.string(parent))
            }
            network.nodes.append(node)
        }
        var edgeIDs: [String: XMLReader.Position] = [:]
        var repeatedID: (String, XMLReader.Position)?
        for element in outline.edges {
            let edge = try readEdge(element, network: network, nodes: nodeIndex)
            if let id = edge.id {
                if edgeIDs[id] != nil, repeatedID == nil { repeatedID = (id, element.position) }
                edgeIDs[id] = element.position
            }
            network.edges.append(edge)
        }
        if let (id, at) = repeatedID {
            for i in network.edges.indices { network.edges[i].id = nil }
            warn(at, "edge id '\(id)' repeats (as NetworkX writes multigraph keys); edge ids are not kept")
        }
        if let at = outline.firstGroup {
            warn(at, "\(outline.groups) group node(s) (a <graph> nested in a <node>, as yEd writes groups) flattened: their members are nodes of the network, each with the attribute 'parent' holding its group's id")
        }
        if let (id, at) = ownParent {
            warn(at, "\(ownParents) grouped node(s) have their own 'parent' attribute (first: node '\(id)'), replaced by the id of their group")
        }
        if let at = firstPort {
            var what: [String] = []
            if ports > 0 { what.append("\(ports) <port> element(s)") }
            if edgesWithPorts > 0 { what.append("the sourceport/targetport of \(edgesWithPorts) edge(s)") }
            warn(at, "\(_listing(what)) ignored: edges join the nodes themselves (the model has no ports)")
        }
        if ignoredData > 0, let at = firstIgnored {
            var taken: [String] = []
            if nodeLabelsTaken > 0 { taken.append("\(nodeLabelsTaken) node label(s)") }
            if edgeLabelsTaken > 0 { taken.append("\(edgeLabelsTaken) edge label(s)") }
            let except = taken.isEmpty ? "" : ", except the text of \(_listing(taken)), read as labels"
            warn(at, "\(ignoredData) <data> element(s) of yFiles keys (graphics) are ignored\(except)")
        }
        if let (name, at) = graphDataNotKept.first {
            if graphDataNotKept.count == 1 {
                warn(at, "graph attribute '\(name)' is not kept (a network has no graph attributes)")
            } else {
                let names = graphDataNotKept.prefix(8).map { "'\($0.0)'" }
                let more = graphDataNotKept.count > 8 ? " and \(graphDataNotKept.count - 8) more" : ""
                warn(at, "\(graphDataNotKept.count) graph attributes are not kept (a network has no graph attributes): \(names.joined(separator: ", "))\(more)")
            }
        }
        return (network, warnings.sorted { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) })
    }

    /// Declares the keys of `graph` and of the graphs nested in its nodes, and lists its nodes
    /// and edges in NetworkX's order. Recursion is bounded by `XMLReader.maxDepth`.
    mutating func collect(_ graph: XMLReader.Element, parent: String?, directed: Bool, depth: Int,
                          into outline: inout GraphMLOutline) throws(ReadError) {
        if parent != nil {
            let nested = try directedness(graph)
            if let nested, nested != directed, graph.elements.contains(where: { $0.localName == "edge" }) {
                throw fail(graph.attributeEntry("edgedefault")?.position ?? graph.position,
                           "the graph nested in node '\(parent ?? "")' is \(nested ? "directed" : "undirected") in \(directed ? "a directed" : "an undirected") graph (mixed graphs are not supported; make its edgedefault \(directed ? "directed" : "undirected"))")
            }
        }
        var edges: [XMLReader.Element] = []
        for child in graph.elements {
            switch child.localName {
            case "key": try declareKey(child)
            case "node":
                outline.nodes.append((child, parent))
                let nested = child.elements.filter { $0.localName == "graph" }
                guard !nested.isEmpty else { continue }
                guard let id = child.attribute("id"), !id.isEmpty else {
                    throw fail(child.position, "<node> has no 'id' (required: a unique, non-empty string)")
                }
                for inner in nested {
                    outline.groups += 1
                    if outline.firstGroup == nil { outline.firstGroup = inner.position }
                    try collect(inner, parent: id, directed: directed, depth: depth + 1, into: &outline)
                }
            case "edge": edges.append(child)
            case "hyperedge": throw fail(child.position, "hyperedges are not supported (expected <edge>)")
            case "data": if parent != nil { outline.nestedGraphData.append(child) }
            default: break
            }
        }
        outline.edges += edges
    }

    static let yFilesHTMLLabelKeys: Set<String> = ["NodeLabels", "EdgeLabels"]

    mutating func declareKey(_ element: XMLReader.Element) throws(ReadError) {
        guard let id = element.attribute("id") else {
            throw fail(element.position, "<key> has no 'id' (required)")
        }
        let domain = element.attribute("for") ?? "all"
        if let first = keys[id]?.first(where: { $0.domain == domain || $0.domain == "all" || domain == "all" }) {
            throw fail(element.position, "duplicate key id '\(id)' (first declared at line \(first.position.line))")
        }
        // yFiles for Java marks its keys with yfiles.type; yFiles for HTML with an attr.uri of
        // yWorks and no attr.type (the data is XML: labels, geometry, styles, folding state).
        var labels = GraphMLLabelSource.none
        let yFilesType = element.attribute("yfiles.type")
        let uri = element.attributes.first { XMLReader.localName($0.name) == "attr.uri" }?.value
        let yFilesHTML = element.attribute("attr.type") == nil && uri?.hasPrefix("http://www.yworks.com/") == true
        if yFilesType == "nodegraphics" || yFilesType == "edgegraphics" {
            labels = .yFilesJava
        } else if yFilesHTML, let uri, Self.yFilesHTMLLabelKeys.contains(where: { uri.hasSuffix("/" + $0) }) {
            labels = .yFilesHTML
        }
        let ignored = yFilesType != nil || yFilesHTML
        let type = element.attribute("attr.type") ?? "string"
        if !ignored, !Self.types.contains(type) {
            throw fail(element.attributeEntry("attr.type")?.position ?? element.position,
                       "key '\(id)' has attr.type '\(type)' (expected boolean, int, long, float, double or string)")
        }
        let influenceType = element.attribute("influence.type")
        if let t = influenceType, t != "date", t != "json" {
            throw fail(element.attributeEntry("influence.type")?.position ?? element.position,
                       "key '\(id)' has influence.type '\(t)' (expected date or json)")
        }
        let defaultValue = element.elements.first { $0.localName == "default" }?.text
        let key = GraphMLKey(id: id, name: element.attribute("attr.name") ?? id, domain: domain,
                             type: type, influenceType: influenceType, defaultValue: defaultValue,
                             position: element.position, ignored: ignored, labels: labels)
        keys[id, default: []].append(key)
        keyOrder.append(key)
    }

    /// The key `id` for an element of `domain`: the one declared for it (or for all), else, as
    /// NetworkX looks keys up by id alone, the first declared with that id.
    func key(_ id: String, domain: String) -> GraphMLKey? {
        guard let candidates = keys[id] else { return nil }
        return candidates.first { $0.applies(to: domain) } ?? candidates.first
    }

    /// The text of a label element: its text and CDATA, without the indentation between its
    /// child elements; `nil` when empty.
    static func labelText(_ element: XMLReader.Element) -> String? {
        var result = ""
        for case .text(let s, _) in element.children where !_trim(s).isEmpty { result += s }
        return result.isEmpty ? nil : result
    }

    /// The first label (`NodeLabel` or `EdgeLabel`, by `name`) with text, depth first; in a
    /// `y:Realizers` (a group's `y:ProxyAutoBoundsNode`), only in its `active` realizer.
    static func yFilesJavaLabel(_ element: XMLReader.Element, name: String) -> String? {
        var stack = [element]
        while let e = stack.popLast() {
            if e.localName == name {
                if e.attribute("hasText") == "false" { continue }
                if let text = labelText(e) { return text }
                continue
            }
            var children = e.elements
            if e.localName == "Realizers", let active = Int(e.attribute("active") ?? "0"), children.indices.contains(active) {
                children = [children[active]]
            }
            stack.append(contentsOf: children.reversed())
        }
        return nil
    }

    /// The text of the first yFiles for HTML `<y:Label>` with text: its `Text` attribute or its
    /// `<y:Label.Text>` child.
    static func yFilesHTMLLabel(_ element: XMLReader.Element) -> String? {
        var stack = [element]
        while let e = stack.popLast() {
            if e.localName == "Label" {
                if let text = e.attribute("Text"), !text.isEmpty { return text }
                if let child = e.elements.first(where: { $0.localName == "Label.Text" }), let text = labelText(child) {
                    return text
                }
                continue
            }
            stack.append(contentsOf: e.elements.reversed())
        }
        return nil
    }

    /// The `<data>` of an element, in order, with the defaults of keys it lacks appended, and the
    /// first label found in its graphics.
    mutating func data(of element: XMLReader.Element, domain: String, what: String) throws(ReadError)
        -> (values: [(GraphMLKey, String, XMLReader.Position)], graphicsLabel: String?) {
        var result: [(GraphMLKey, String, XMLReader.Position)] = []
        var graphicsLabel: String?
        var seen: Set<String> = []
        for child in element.elements {
            switch child.localName {
            case "data":
                guard let keyID = child.attribute("key") else {
                    throw fail(child.position, "<data> of \(what) has no 'key' (required: the id of a <key>)")
                }
                guard let key = key(keyID, domain: domain) else {
                    throw fail(child.attributeEntry("key")?.position ?? child.position,
                               "<data> of \(what) refers to undeclared key '\(keyID)' (expected the id of a <key>)")
                }
                // Data holding elements is a yFiles extension, whatever its key (as NetworkX assumes).
                let elements = child.elements
                if key.ignored || !elements.isEmpty {
                    ignoredData += 1
                    if firstIgnored == nil { firstIgnored = child.position }
                    if graphicsLabel == nil {
                        switch key.labels {
                        case .yFilesHTML: graphicsLabel = Self.yFilesHTMLLabel(child)
                        case .yFilesJava, .none:
                            graphicsLabel = Self.yFilesJavaLabel(child, name: domain == "edge" ? "EdgeLabel" : "NodeLabel")
                        }
                    }
                    continue
                }
                if !seen.insert(key.id).inserted {
                    throw fail(child.position, "\(what) has two <data> for key '\(keyID)'")
                }
                result.append((key, child.text, child.position))
            case "graph":
                // Nested graphs of nodes are flattened by `collect`.
                if domain != "node" {
                    throw fail(child.position, "nested graphs (a <graph> inside \(what)) are not supported")
                }
            case "port":
                ports += 1
                if firstPort == nil { firstPort = child.position }
            default:
                break
            }
        }
        if defaultKeys[domain] == nil {
            defaultKeys[domain] = keyOrder.filter {
                !$0.ignored && $0.defaultValue != nil && $0.applies(to: domain)
            }
        }
        for key in defaultKeys[domain] ?? [] where !seen.contains(key.id) {
            defaultBudget -= 1
            if defaultBudget < 0 {
                throw fail(element.position, "key defaults give more values than the limit (1000000 plus one per byte of the file); declare fewer defaults")
            }
            result.append((key, key.defaultValue ?? "", element.position))
        }
        return (result, graphicsLabel)
    }

    mutating func graphData(_ element: XMLReader.Element, into network: inout Network, nested: Bool = false) throws(ReadError) {
        guard let keyID = element.attribute("key") else {
            throw fail(element.position, "<data> of the graph has no 'key' (required: the id of a <key>)")
        }
        guard let key = key(keyID, domain: "graph") else {
            throw fail(element.position, "<data> of the graph refers to undeclared key '\(keyID)' (expected the id of a <key>)")
        }
        if key.ignored || !element.elements.isEmpty { return }
        let text = element.text
        switch nested ? "" : key.name {
        case "title": network.title = text
        case "description": network.description = text
        case "influence.sources":
            network.sources = try _InteropJSON.decodeSources(text, path: path, at: element.position)
        case "influence.kinds":
            network.kinds = try _InteropJSON.decodeKinds(text, path: path, at: element.position)
        case "influence.relations":
            network.relations = try _InteropJSON.decodeRelations(text, path: path, at: element.position)
        default:
            graphDataNotKept.append((key.name, element.position))
        }
    }

    /// A date for `since`/`until`: `YYYY[-MM[-DD]]`, or an integer year in a numeric key.
    func date(_ text: String, key: GraphMLKey, field: String, what: String, at: XMLReader.Position) throws(ReadError) -> InfluenceDate {
        let trimmed = _trim(text)
        if let d = InfluenceDate(trimmed) { return d }
        if key.type != "string", let x = _number(trimmed), x == x.rounded(), let d = InfluenceDate(year: Int(exactly: x) ?? 0) {
            return d
        }
        throw fail(at, "invalid date '\(trimmed.prefix(40))' in '\(field)' of \(what) (expected YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date)")
    }

    func value(_ text: String, key: GraphMLKey, what: String, at: XMLReader.Position) throws(ReadError) -> Attribute {
        var name: String { "attribute '\(Self.attributeName(key.name))' of \(what)" }
        switch key.influenceType {
        case "json":
            return try _InteropJSON.decodeAttribute(text, name: Self.attributeName(key.name), what: what, path: path, at: at)
        case "date":
            guard let d = InfluenceDate(_trim(text)) else {
                throw fail(at, "\(name) is '\(text.prefix(40))' (expected a date YYYY, YYYY-MM or YYYY-MM-DD)")
            }
            return Attribute(.date(d))
        default:
            break
        }
        do throws(_ValueError) {
            return Attribute(try _parseValue(text, type: key.type))
        } catch {
            throw fail(at, "\(name) \(error.message)")
        }
    }

    static func attributeName(_ keyName: String) -> String {
        keyName.hasPrefix("influence.attribute.") ? String(keyName.dropFirst("influence.attribute.".count)) : keyName
    }

    mutating func readNode(_ element: XMLReader.Element, network: Network) throws(ReadError) -> Node {
        guard let id = element.attribute("id") else {
            throw fail(element.position, "<node> has no 'id' (required: a unique, non-empty string)")
        }
        guard !id.isEmpty else { throw fail(element.position, "node id is empty (expected a non-empty string)") }
        let what = "node '\(id)'"
        var node = Node(id: id)
        var untilAt = element.position
        let (values, graphicsLabel) = try data(of: element, domain: "node", what: what)
        for (key, text, at) in values {
            switch key.name {
            case "label": node.label = text
            case "kind": node.kind = text
            case "since": node.validity.since = try date(text, key: key, field: "since", what: what, at: at)
            case "until":
                node.validity.until = try date(text, key: key, field: "until", what: what, at: at)
                untilAt = at
            case "influence.aliases": node.aliases = try _InteropJSON.decodeAliases(text, what: what, path: path, at: at)
            case "influence.evidence":
                node.evidence = try _InteropJSON.decodeEvidence(text, what: what, sources: network.sources, path: path, at: at)
            default:
                let name = Self.attributeName(key.name)
                if node.attributes[name] != nil { throw fail(at, "duplicate attribute '\(name)' of \(what)") }
                node.attributes[name] = try value(text, key: key, what: what, at: at)
            }
        }
        if node.label == nil, let label = graphicsLabel {
            node.label = label
            nodeLabelsTaken += 1
        }
        try checkInterval(node.validity, what: what, at: untilAt)
        return node
    }

    func checkInterval(_ v: Validity, what: String, at: XMLReader.Position) throws(ReadError) {
        if let s = v.since, let u = v.until, !v.isWellFormed {
            throw fail(at, "'until' \(u) of \(what) is not after 'since' \(s) (expected since < until; until is exclusive)")
        }
    }

    mutating func readEdge(_ element: XMLReader.Element, network: Network, nodes: [String: XMLReader.Position]) throws(ReadError) -> Edge {
        var ends: [String] = []
        for field in ["source", "target"] {
            guard let entry = element.attributeEntry(field) else {
                throw fail(element.position, "<edge> has no '\(field)' (required: the id of a node)")
            }
            if nodes[entry.value] == nil {
                throw fail(entry.position, "edge references unknown node '\(entry.value)' in '\(field)' (every node must be declared with <node id=…>)")
            }
            ends.append(entry.value)
        }
        let id = element.attribute("id")
        let what = id.map { "edge '\($0)'" } ?? "edge \(ends[0]) → \(ends[1])"
        if let d = element.attributeEntry("directed") {
            let directed: Bool
            switch d.value {
            case "true": directed = true
            case "false": directed = false
            default: throw fail(d.position, "'directed' of \(what) is '\(d.value)' (expected true or false)")
            }
            if directed != network.directed {
                throw fail(d.position, "\(what) is \(directed ? "directed" : "undirected") in \(network.directed ? "a directed" : "an undirected") graph (mixed graphs are not supported; make every edge \(network.directed ? "directed" : "undirected"))")
            }
        }
        var edge = Edge(id: id, from: ends[0], to: ends[1], relation: Edge.defaultRelation)
        var untilAt = element.position
        if element.attribute("sourceport") != nil || element.attribute("targetport") != nil {
            edgesWithPorts += 1
            if firstPort == nil { firstPort = element.position }
        }
        let (values, graphicsLabel) = try data(of: element, domain: "edge", what: what)
        for (key, text, at) in values {
            switch key.name {
            case "relation":
                guard !text.isEmpty else { throw fail(at, "'relation' of \(what) is empty (expected a non-empty string)") }
                edge.relation = text
            case "weight":
                guard let w = _number(_trim(text)), w.isFinite else {
                    throw fail(at, "weight '\(text.prefix(40))' of \(what) is not allowed (expected a finite number)")
                }
                edge.weight = w
            case "since": edge.validity.since = try date(text, key: key, field: "since", what: what, at: at)
            case "until":
                edge.validity.until = try date(text, key: key, field: "until", what: what, at: at)
                untilAt = at
            case "influence.evidence":
                edge.evidence = try _InteropJSON.decodeEvidence(text, what: what, sources: network.sources, path: path, at: at)
            default:
                let name = Self.attributeName(key.name)
                if edge.attributes[name] != nil { throw fail(at, "duplicate attribute '\(name)' of \(what)") }
                edge.attributes[name] = try value(text, key: key, what: what, at: at)
            }
        }
        if edge.attributes["label"] == nil, let label = graphicsLabel {
            edge.attributes["label"] = Attribute(.string(label))
            edgeLabelsTaken += 1
        }
        try checkInterval(edge.validity, what: what, at: untilAt)
        return edge
    }
}

// MARK: - Writing

private struct GraphMLWriter {
    let network: Network
    var out = _XMLWriter(format: "GraphML")

    init(network: Network) { self.network = network }

    static let nodeFields: Set<String> = ["label", "kind", "since", "until"]
    static let edgeFields: Set<String> = ["relation", "weight", "since", "until"]

    /// The key name of a user attribute: its own, unless that collides with a field.
    static func keyName(_ name: String, fields: Set<String>) -> String {
        fields.contains(name) || name.hasPrefix("influence.") ? "influence.attribute." + name : name
    }

    mutating func write() throws(WriteError) -> (bytes: [UInt8], warnings: [String]) {
        let nodes = network.nodes, edges = network.edges
        let nodeColumns = _planColumns(nodes.lazy.map(\.attributes), allowDated: false)
        let edgeColumns = _planColumns(edges.lazy.map(\.attributes), allowDated: false)

        // Keys, in order of first use.
        var nextKey = 0
        func newKey() -> String { defer { nextKey += 1 }; return "d\(nextKey)" }
        var declarations: [(id: String, domain: String, name: String, type: String, mark: String?)] = []
        func declare(_ domain: String, _ name: String, _ type: String, _ mark: String? = nil) -> String {
            let id = newKey()
            declarations.append((id, domain, name, type, mark))
            return id
        }
        var graphKeys: [(String, String)] = []   // (key id, text)
        if let t = network.title { graphKeys.append((declare("graph", "title", "string"), t)) }
        if let d = network.description { graphKeys.append((declare("graph", "description", "string"), d)) }
        if !network.sources.isEmpty {
            graphKeys.append((declare("graph", "influence.sources", "string"), _InteropJSON.sources(network.sources)))
        }
        if !network.kinds.isEmpty {
            graphKeys.append((declare("graph", "influence.kinds", "string"), _InteropJSON.kinds(network.kinds)))
        }
        if !network.relations.isEmpty {
            graphKeys.append((declare("graph", "influence.relations", "string"), _InteropJSON.relations(network.relations)))
        }
        let nLabel = nodes.contains { $0.label != nil } ? declare("node", "label", "string") : nil
        let nKind = nodes.contains { $0.kind != nil } ? declare("node", "kind", "string") : nil
        let nSince = nodes.contains { $0.validity.since != nil } ? declare("node", "since", "string") : nil
        let nUntil = nodes.contains { $0.validity.until != nil } ? declare("node", "until", "string") : nil
        let nAliases = nodes.contains { !$0.aliases.isEmpty } ? declare("node", "influence.aliases", "string") : nil
        let nEvidence = nodes.contains { !$0.evidence.isEmpty } ? declare("node", "influence.evidence", "string") : nil
        var nAttributes: [String: (String, _ColumnType)] = [:]
        for (name, type) in nodeColumns {
            nAttributes[name] = (declare("node", Self.keyName(name, fields: Self.nodeFields), type.graphMLType, type.mark), type)
        }
        let eRelation = edges.isEmpty ? nil : declare("edge", "relation", "string")
        let eWeight = edges.contains { $0.weight != nil } ? declare("edge", "weight", "double") : nil
        let eSince = edges.contains { $0.validity.since != nil } ? declare("edge", "since", "string") : nil
        let eUntil = edges.contains { $0.validity.until != nil } ? declare("edge", "until", "string") : nil
        let eEvidence = edges.contains { !$0.evidence.isEmpty } ? declare("edge", "influence.evidence", "string") : nil
        var eAttributes: [String: (String, _ColumnType)] = [:]
        for (name, type) in edgeColumns {
            eAttributes[name] = (declare("edge", Self.keyName(name, fields: Self.edgeFields), type.graphMLType, type.mark), type)
        }

        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.raw("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
        for d in declarations {
            out.raw("  <key")
            try out.attribute("id", d.id, "a key")
            try out.attribute("for", d.domain, "a key")
            try out.attribute("attr.name", d.name, "attribute '\(d.name)'")
            try out.attribute("attr.type", d.type, "a key")
            if let mark = d.mark { try out.attribute("influence.type", mark, "a key") }
            out.raw("/>\n")
        }
        out.raw("  <graph id=\"G\" edgedefault=\"\(network.directed ? "directed" : "undirected")\">\n")
        for (key, text) in graphKeys { try data(key, text, indent: 4, what: "the network's title or description") }
        for node in nodes {
            let what = "node '\(node.id)'"
            out.raw("    <node")
            try out.attribute("id", node.id, "the id of \(what)")
            out.raw(">\n")
            if let k = nLabel, let v = node.label { try data(k, v, what: "the label of \(what)") }
            if let k = nKind, let v = node.kind { try data(k, v, what: "the kind of \(what)") }
            if let k = nSince, let v = node.validity.since { try data(k, v.description, what: what) }
            if let k = nUntil, let v = node.validity.until { try data(k, v.description, what: what) }
            if let k = nAliases, !node.aliases.isEmpty { try data(k, _InteropJSON.aliases(node.aliases), what: what) }
            if let k = nEvidence, !node.evidence.isEmpty { try data(k, _InteropJSON.evidence(node.evidence), what: what) }
            for (name, attribute) in node.attributes {
                guard let (key, type) = nAttributes[name] else { continue }
                try data(key, type.text(attribute), what: "attribute '\(name)' of \(what)")
            }
            out.raw("    </node>\n")
        }
        for (i, edge) in edges.enumerated() {
            let what = edge.id.map { "edge '\($0)'" } ?? "edge \(i + 1) (\(edge.from) → \(edge.to))"
            out.raw("    <edge")
            if let id = edge.id { try out.attribute("id", id, "the id of \(what)") }
            try out.attribute("source", edge.from, "the source of \(what)")
            try out.attribute("target", edge.to, "the target of \(what)")
            out.raw(">\n")
            if let k = eRelation { try data(k, edge.relation, what: "the relation of \(what)") }
            if let k = eWeight, let w = edge.weight { try data(k, formatNumber(w), what: what) }
            if let k = eSince, let v = edge.validity.since { try data(k, v.description, what: what) }
            if let k = eUntil, let v = edge.validity.until { try data(k, v.description, what: what) }
            if let k = eEvidence, !edge.evidence.isEmpty { try data(k, _InteropJSON.evidence(edge.evidence), what: what) }
            for (name, attribute) in edge.attributes {
                guard let (key, type) = eAttributes[name] else { continue }
                try data(key, type.text(attribute), what: "attribute '\(name)' of \(what)")
            }
            out.raw("    </edge>\n")
        }
        out.raw("  </graph>\n</graphml>\n")

        var textOnly: [String] = []
        if nSince != nil || nUntil != nil || eSince != nil || eUntil != nil { textOnly.append("validity dates (since/until)") }
        if nAliases != nil { textOnly.append("aliases") }
        if nEvidence != nil || eEvidence != nil { textOnly.append("evidence") }
        let columns = Array(nodeColumns.values) + Array(edgeColumns.values)
        if columns.contains(.date) { textOnly.append("date attributes") }
        if columns.contains(.json) { textOnly.append("dated or mixed-type attributes") }
        if !network.sources.isEmpty || !network.kinds.isEmpty || !network.relations.isEmpty {
            textOnly.append("the sources, kinds and relations tables")
        }
        var warnings: [String] = []
        if !textOnly.isEmpty {
            warnings.append("GraphML has no type for \(_listing(textOnly)); they are written as text (dates as YYYY-MM-DD, the rest as JSON in keys named influence.* or marked influence.type), which other GraphML readers see as plain strings")
        }
        return (out.bytes, warnings)
    }

    mutating func data(_ key: String, _ text: String, indent: Int = 6, what: @autoclosure () -> String) throws(WriteError) {
        out.raw(String(repeating: " ", count: indent) + "<data key=\"\(key)\">")
        try out.text(text, what())
        out.raw("</data>\n")
    }
}

// MARK: - Shared with GEXF.swift

/// "a, b and c".
func _listing(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
}

func _trim(_ s: String) -> String {
    var sub = Substring(s)
    while let f = sub.first, f == " " || f == "\t" || f == "\n" || f == "\r" { sub.removeFirst() }
    while let l = sub.last, l == " " || l == "\t" || l == "\n" || l == "\r" { sub.removeLast() }
    return String(sub)
}

/// A decimal number in the grammar every reader of the project uses, or Python's `inf`/`nan`
/// spellings (which are then refused as not finite by the callers).
func _number(_ text: String) -> Double? {
    if let x = NetworkDecoder.number(text) { return x }
    switch text.lowercased() {
    case "inf", "+inf", "infinity", "+infinity": return .infinity
    case "-inf", "-infinity": return -.infinity
    case "nan": return .nan
    default: return nil
    }
}

struct _ValueError: Error { var message: String }

/// A typed value from its text, by GraphML or GEXF type name.
func _parseValue(_ text: String, type: String) throws(_ValueError) -> AttributeValue {
    switch type {
    case "boolean":
        switch _trim(text).lowercased() {
        case "true", "1": return .bool(true)
        case "false", "0": return .bool(false)
        default: throw _ValueError(message: "is '\(text.prefix(40))' (expected true or false)")
        }
    case "int", "integer", "long", "short", "byte", "biginteger", "float", "double", "bigdecimal":
        let t = _trim(text)
        guard let x = _number(t) else { throw _ValueError(message: "is '\(t.prefix(40))' (expected a number)") }
        guard x.isFinite else { throw _ValueError(message: "is \(t), which is not a finite number") }
        return .number(x)
    case "date":
        guard let d = InfluenceDate(_trim(text)) else {
            throw _ValueError(message: "is '\(text.prefix(40))' (expected a date YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        return .date(d)
    default:
        return .string(text)
    }
}

/// How the values of one attribute name are written.
enum _ColumnType: Hashable {
    case boolean, integer, double, string
    /// An undated date: text `YYYY[-MM[-DD]]` in a string column marked `influence.type="date"`.
    case date
    /// Anything else: the native JSON form of the whole attribute, marked `influence.type="json"`.
    case json

    var graphMLType: String {
        switch self {
        case .boolean: "boolean"
        case .integer: "long"
        case .double: "double"
        case .string, .date, .json: "string"
        }
    }

    var gexfType: String {
        switch self {
        case .boolean: "boolean"
        case .integer: "long"
        case .double: "double"
        case .string, .date, .json: "string"
        }
    }

    var mark: String? {
        switch self {
        case .date: "date"
        case .json: "json"
        default: nil
        }
    }

    func text(_ value: AttributeValue) -> String {
        switch value {
        case .bool(let b): b ? "true" : "false"
        case .number(let x): formatNumber(x)
        case .string(let s): s
        case .date(let d): d.description
        }
    }

    /// The text of an attribute in a column of this type (the first value unless `.json`).
    func text(_ attribute: Attribute) -> String {
        self == .json ? _InteropJSON.attribute(attribute) : text(attribute.values[0].value)
    }
}

struct _ColumnState {
    var types: Set<String> = []
    var integral = true
    var dated = false
}

/// One column type per attribute name, in order of first appearance: typed when every value has
/// one type (and, unless `allowDated`, is a single undated value), `.json` otherwise.
func _planColumns(_ sets: some Sequence<Attributes>, allowDated: Bool) -> OrderedDictionary<String, _ColumnType> {
    var states = OrderedDictionary<String, _ColumnState>()
    for attributes in sets {
        for (name, attribute) in attributes {
            var s = states[name] ?? _ColumnState()
            if attribute.values.count != 1 || !attribute.values[0].validity.isAlways { s.dated = true }
            for dv in attribute.values {
                s.types.insert(dv.value.typeName)
                if case .number(let x) = dv.value, !(x == x.rounded() && abs(x) < 1e15) { s.integral = false }
            }
            states[name] = s
        }
    }
    return states.mapValues { s in
        if (s.dated && !allowDated) || s.types.count != 1 { return .json }
        switch s.types.first {
        case "bool": return .boolean
        case "number": return s.integral ? .integer : .double
        case "date": return .date
        default: return .string
        }
    }
}

/// Escaped XML output that refuses what XML 1.0 cannot hold.
struct _XMLWriter {
    let format: String
    var bytes: [UInt8] = []

    init(format: String) {
        self.format = format
        bytes.reserveCapacity(1 << 16)
    }

    mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

    /// Throws when `s` holds a character XML 1.0 forbids even as a reference.
    func check(_ s: String, _ what: () -> String) throws(WriteError) {
        let utf8 = s.utf8
        var previous: (UInt8, UInt8) = (0, 0)
        for b in utf8 {
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D {
                let hex = String(b, radix: 16, uppercase: true)
                throw .unrepresentable(format: format, reason: "\(what()) holds the control character U+\(String(repeating: "0", count: 4 - hex.count) + hex), which XML 1.0 cannot hold (remove it)")
            }
            if previous == (0xEF, 0xBF), b == 0xBE || b == 0xBF {
                throw .unrepresentable(format: format, reason: "\(what()) holds the character U+FFF\(b == 0xBE ? "E" : "F"), which XML 1.0 cannot hold (remove it)")
            }
            previous = (previous.1, b)
        }
    }

    /// Character data: `& < >` escaped, and `\r` as `&#13;` so that it survives line-end normalisation.
    mutating func text(_ s: String, _ what: @autoclosure () -> String) throws(WriteError) {
        try check(s, what)
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "&"): raw("&amp;")
            case UInt8(ascii: "<"): raw("&lt;")
            case UInt8(ascii: ">"): raw("&gt;")
            case 0x0D: raw("&#13;")
            default: bytes.append(b)
            }
        }
    }

    /// ` name="value"`, with quotes, markup and whitespace other than spaces escaped.
    mutating func attribute(_ name: String, _ value: String, _ what: @autoclosure () -> String) throws(WriteError) {
        try check(value, what)
        bytes.append(0x20)
        raw(name)
        raw("=\"")
        for b in value.utf8 {
            switch b {
            case UInt8(ascii: "&"): raw("&amp;")
            case UInt8(ascii: "<"): raw("&lt;")
            case UInt8(ascii: ">"): raw("&gt;")
            case UInt8(ascii: "\""): raw("&quot;")
            case 0x09: raw("&#9;")
            case 0x0A: raw("&#10;")
            case 0x0D: raw("&#13;")
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// The native JSON form of what GraphML and GEXF have no type for, read back with the native
/// decoder so that the rules (and messages) are those of the network file.
enum _InteropJSON {
    static func encode(_ value: OutValue) -> String {
        var w = JSONEmitter()
        w.value(value)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    static func aliases(_ aliases: [String]) -> String { encode(.list(aliases.map(OutValue.string), flow: true)) }

    static func evidence(_ items: [Evidence]) -> String {
        encode(.list(items.map { e in
            var f: [(String, OutValue)] = []
            if let v = e.source { f.append(("source", .string(v))) }
            if let v = e.quote { f.append(("quote", .string(v))) }
            if let v = e.confidence { f.append(("confidence", .string(v.rawValue))) }
            return .map(f, flow: true)
        }, flow: true))
    }

    static func attribute(_ a: Attribute) -> String { encode(NetworkOutline.attribute(a)) }

    static func sources(_ t: OrderedDictionary<String, Source>) -> String {
        encode(.map(t.map { ($0.key, NetworkOutline.source($0.value)) }, flow: true))
    }

    static func kinds(_ t: OrderedDictionary<String, KindInfo>) -> String {
        encode(.map(t.map { ($0.key, NetworkOutline.kind($0.value)) }, flow: true))
    }

    static func relations(_ t: OrderedDictionary<String, RelationSpec>) -> String {
        encode(.map(t.map { ($0.key, NetworkOutline.relation($0.value)) }, flow: true))
    }

    static func parse(_ text: String, field: String, path: String, at: XMLReader.Position) throws(ReadError) -> DocNode {
        do {
            return try JSONDocumentParser.parse(Array(text.utf8), path: path)
        } catch {
            let message = error.diagnostics.first?.message ?? "\(error)"
            throw .at(path, at.line, at.column, "'\(field)' is not valid JSON: \(message)")
        }
    }

    /// Runs the native decoder on a fragment; its problems are placed at `at`.
    static func decode<T>(_ text: String, field: String, path: String, at: XMLReader.Position,
                          _ body: (inout NetworkDecoder, DocNode) -> T) throws(ReadError) -> T {
        let doc = try parse(text, field: field, path: path, at: at)
        var decoder = NetworkDecoder(path: path)
        let result = body(&decoder, doc)
        if !decoder.diagnostics.isEmpty {
            throw .invalid(decoder.diagnostics.map {
                Diagnostic(location: SourceLocation(path: path, line: at.line, column: at.column), message: "in '\(field)': " + $0.message)
            })
        }
        return result
    }

    static func decodeSources(_ text: String, path: String, at: XMLReader.Position) throws(ReadError) -> OrderedDictionary<String, Source> {
        try decode(text, field: "influence.sources", path: path, at: at) { $0.decodeSources($1) }
    }

    static func decodeKinds(_ text: String, path: String, at: XMLReader.Position) throws(ReadError) -> OrderedDictionary<String, KindInfo> {
        try decode(text, field: "influence.kinds", path: path, at: at) { $0.decodeKinds($1) }
    }

    static func decodeRelations(_ text: String, path: String, at: XMLReader.Position) throws(ReadError) -> OrderedDictionary<String, RelationSpec> {
        try decode(text, field: "influence.relations", path: path, at: at) { $0.decodeRelations($1) }
    }

    static func decodeAliases(_ text: String, what: String, path: String, at: XMLReader.Position) throws(ReadError) -> [String] {
        try decode(text, field: "influence.aliases", path: path, at: at) { decoder, doc in
            guard case .sequence(let items, _) = doc else {
                decoder.report(doc.mark, "'aliases' of \(what) must be a list of strings, found \(doc.description)")
                return []
            }
            return items.compactMap { decoder.nonEmptyString($0, field: "aliases", what: what) }
        }
    }

    static func decodeEvidence(_ text: String, what: String, sources: OrderedDictionary<String, Source>,
                               path: String, at: XMLReader.Position) throws(ReadError) -> [Evidence] {
        try decode(text, field: "influence.evidence", path: path, at: at) { decoder, doc in
            let mark = doc.mark
            return decoder.evidence(["evidence": DocEntry(key: "evidence", keyMark: mark, value: doc)], what: what, sources: sources)
        }
    }

    static func decodeAttribute(_ text: String, name: String, what: String, path: String, at: XMLReader.Position) throws(ReadError) -> Attribute {
        let attributes = try decode(text, field: "attribute '\(name)'", path: path, at: at) { decoder, doc in
            decoder.attributes(.mapping([DocEntry(key: name, keyMark: doc.mark, value: doc)], doc.mark), what: what)
        }
        guard let attribute = attributes[name] else {
            throw .at(path, at.line, at.column, "attribute '\(name)' of \(what) has no value")
        }
        return attribute
    }
}
