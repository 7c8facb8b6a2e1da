import InfluenceGraph
import InfluenceSerialization

/// Reads Pajek `.net` files, as Pajek and `networkx.write_pajek` write them.
///
///     *Network Iraq
///     *Vertices 3
///     1 "Iran" 0.1 0.5 0.5 ellipse
///     2 "Kata'ib Hezbollah"
///     3 "Huquq"
///     *Arcs :1 "backs"
///     1 2 1.0
///     *Edges
///     2 3 2
///     *Arcslist
///     1 2 3
///
/// Sections (case-insensitive): `*Network title`; `*Vertices n` (a second number, for two-mode
/// networks, is accepted and ignored), then vertex lines `number ["label"] [x y [z]] [shape]
/// [key value]…`; `*Arcs` and `*Edges` lines `from to [weight] [key value]…`; `*Arcslist` and
/// `*Edgeslist` lines `from to…`. Vertices may be listed in any order, and need not all be
/// listed. A line starting with `%` is a comment; blank lines are skipped.
///
/// ## Mapping
/// | Pajek | influence |
/// |---|---|
/// | vertex label | `Node.id` when every vertex has a distinct label (as `networkx.read_pajek` names nodes); otherwise `Node.id` is the vertex number and the label is `Node.label` (a warning says so) |
/// | `x y [z]`, shape | number attributes `x`, `y`, `z`; string attribute `shape` |
/// | vertex `kind K` pair | kind |
/// | `*Arcs` only, `*Edges` only | directed, undirected (both: directed, each edge read as two arcs, as NetworkX does, with a warning) |
/// | `*Arcs :1 "backs"` (a multi-relational section's name) | relation (else `edge`) |
/// | third number of an arc or edge | weight (finite, > 0) |
/// | pairs `relation R`, `id I`, `since D`, `until D` | relation, id, validity |
/// | any other `key value` pair | an attribute, typed as the native file types an unquoted scalar (number, bool, `YYYY-MM`/`YYYY-MM-DD` date, else string) |
///
/// `*Matrix`, partitions, vectors and other project sections are refused with a message.
///
/// ## Limits
/// Lines of at most ``maxLineLength`` bytes; `*Vertices n` with *n* at most the larger of
/// 1,048,576 and the file's size in bytes (unlisted vertices cost memory without costing bytes);
/// UTF-8 without NUL bytes. Errors are `file:line:col`, naming the vertex number out of range.
///
/// - Complexity: O(size of the input + *n*).
public enum PajekFormat {
    /// Longest line accepted, in bytes.
    public static let maxLineLength = TextInput.maxTokenLength

    /// Parses a Pajek network.
    /// - Returns: The network, and warnings (`warning: …`).
    /// - Throws: `ReadError` with `file:line:col`: an unknown section, a vertex number out of
    ///   range or listed twice, a line before `*Vertices`, a weight that is not a finite number > 0,
    ///   an unterminated quoted label, a limit exceeded.
    public static func read(_ data: [UInt8], path: String) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        try TextInput.checkNotEmpty(data, path: path, expected: "a Pajek network: *Vertices n, then *Arcs or *Edges")
        try TextInput.checkText(data, path: path)
        let result: Result<(network: Network, warnings: [Diagnostic]), ReadError> = data.withUnsafeBufferPointer { b in
            var reader = PajekReader(b: b, path: path)
            do throws(ReadError) { return .success(try reader.read()) } catch { return .failure(error) }
        }
        return try result.get()
    }
}

struct PajekReader {
    let b: UnsafeBufferPointer<UInt8>
    let path: String

    struct Token { var text: String; var column: Int; var quoted: Bool }
    enum Section { case none, vertices, arcs, edges, arcslist, edgeslist }
    struct RawEdge { var u: Int; var v: Int; var edge: Edge; var line: Int; var undirected: Bool }

    func fail(_ line: Int, _ column: Int, _ message: String) -> ReadError { .at(path, line, column, message) }

    /// Tokens of one line: blank-separated words and double-quoted strings (no escapes).
    func tokens(_ s: Int, _ e: Int, line: Int) throws(ReadError) -> [Token] {
        var result: [Token] = []
        var i = s, column = 1
        func advance() { if b[i] & 0xC0 != 0x80 { column += 1 }; i += 1 }
        while i < e {
            let c = b[i]
            if c == 0x20 || c == 0x09 || c == 0x0D { advance(); continue }
            let start = column
            if c == UInt8(ascii: "\"") {
                advance()
                let t = i
                while i < e, b[i] != UInt8(ascii: "\"") { advance() }
                guard i < e else {
                    throw fail(line, start, "unterminated quoted label: the '\"' opened here has no closing quote on this line")
                }
                result.append(Token(text: String(decoding: UnsafeBufferPointer(rebasing: b[t ..< i]), as: UTF8.self), column: start, quoted: true))
                advance()
            } else {
                let t = i
                while i < e, b[i] != 0x20, b[i] != 0x09, b[i] != 0x0D { advance() }
                result.append(Token(text: String(decoding: UnsafeBufferPointer(rebasing: b[t ..< i]), as: UTF8.self), column: start, quoted: false))
            }
        }
        return result
    }

    func vertex(_ t: Token, n: Int, line: Int) throws(ReadError) -> Int {
        guard !t.quoted, let k = Int(t.text) else {
            throw fail(line, t.column, "'\(t.text.prefix(40))' is not a vertex number (expected a whole number from 1 to \(n))")
        }
        guard k >= 1, k <= n else {
            throw fail(line, t.column, "vertex \(t.text.prefix(40)) is out of range (the file declares *Vertices \(n), so 1 to \(n))")
        }
        return k - 1
    }

    mutating func read() throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        var network = Network()
        var warnings: [Diagnostic] = []
        var section = Section.none
        var relation = Edge.defaultRelation
        var n = -1
        var labels: [String?] = []
        var vertexLines: [Int] = []
        var nodes: [Node] = []
        var raw: [RawEdge] = []
        var sawArcs = false, sawEdges: Int?
        let limit = max(1 << 20, b.count)
        var start = b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0
        var line = 0
        var decoder = NetworkDecoder(path: path)
        while start < b.count {
            line += 1
            var end = start
            while end < b.count, b[end] != 0x0A { end += 1 }
            defer { start = end + 1 }
            if end - start > PajekFormat.maxLineLength {
                throw fail(line, 1, TextInput.tooLong("line", limitFor: "one Pajek line"))
            }
            var first = start
            while first < end, b[first] == 0x20 || b[first] == 0x09 || b[first] == 0x0D { first += 1 }
            if first == end || b[first] == UInt8(ascii: "%") { continue }
            if b[first] == UInt8(ascii: "*") {
                let toks = try tokens(first, end, line: line)
                let keyword = toks[0].text.lowercased()
                switch keyword {
                case "*network":
                    var s = first
                    while s < end, b[s] != 0x20, b[s] != 0x09 { s += 1 }
                    var title = Substring(String(decoding: UnsafeBufferPointer(rebasing: b[s ..< end]), as: UTF8.self))
                    while let c = title.first, " \t\r\"".contains(c) { title.removeFirst() }
                    while let c = title.last, " \t\r\"".contains(c) { title.removeLast() }
                    network.title = title.isEmpty ? nil : String(title)
                    section = .none
                case "*vertices":
                    guard n < 0 else { throw fail(line, 1, "a second '*Vertices' (a Pajek network declares its vertices once)") }
                    guard toks.count >= 2, let count = Int(toks[1].text), count >= 0 else {
                        throw fail(line, toks.count >= 2 ? toks[1].column : 1, "'*Vertices' needs the number of vertices (expected *Vertices n)")
                    }
                    guard count <= limit else {
                        throw fail(line, toks[1].column, "*Vertices \(count) is more vertices than \(limit) (the limit for *Vertices in a file of \(b.count) bytes)")
                    }
                    n = count
                    labels = Array(repeating: nil, count: n)
                    vertexLines = Array(repeating: 0, count: n)
                    nodes = (0 ..< n).map { Node(id: String($0 + 1)) }
                    section = .vertices
                case "*arcs", "*edges", "*arcslist", "*edgeslist":
                    guard n >= 0 else { throw fail(line, 1, "'\(toks[0].text)' before '*Vertices' (expected *Vertices n first)") }
                    section = keyword == "*arcs" ? .arcs : keyword == "*edges" ? .edges : keyword == "*arcslist" ? .arcslist : .edgeslist
                    if section == .arcs || section == .arcslist { sawArcs = true } else if sawEdges == nil { sawEdges = line }
                    relation = Edge.defaultRelation
                    if toks.count >= 2, toks[1].text.hasPrefix(":") {
                        if toks.count >= 3 { relation = toks[2].text } else { relation = String(toks[1].text.dropFirst()) }
                        if relation.isEmpty { relation = Edge.defaultRelation }
                    }
                default:
                    throw fail(line, 1, "section '\(toks[0].text.prefix(40))' is not supported (expected *Network, *Vertices, *Arcs, *Edges, *Arcslist or *Edgeslist)")
                }
                continue
            }
            let toks = try tokens(start, end, line: line)
            switch section {
            case .none:
                throw fail(line, toks[0].column, "a line outside any section (expected *Vertices n first)")
            case .vertices:
                let k = try vertex(toks[0], n: n, line: line)
                if vertexLines[k] != 0 {
                    throw fail(line, toks[0].column, "vertex \(k + 1) is listed twice (first at line \(vertexLines[k]))")
                }
                vertexLines[k] = line
                var node = nodes[k]
                var j = 1
                if toks.count > 1 { labels[k] = toks[1].text; j = 2 }
                var coordinates = 0
                while j < toks.count, coordinates < 3, !toks[j].quoted, let x = NetworkDecoder.number(toks[j].text) {
                    guard x.isFinite else { throw fail(line, toks[j].column, "coordinate \(toks[j].text) is not a finite number") }
                    node.attributes[["x", "y", "z"][coordinates]] = Attribute(.number(x))
                    coordinates += 1
                    j += 1
                }
                if (toks.count - j) % 2 == 1 { node.attributes["shape"] = Attribute(.string(toks[j].text)); j += 1 }
                while j + 1 < toks.count {
                    let key = toks[j].text, value = toks[j + 1]
                    if key == "kind" { node.kind = value.text } else {
                        node.attributes[key] = Attribute(NetworkDecoder.inferredValue(value.text, quoted: value.quoted))
                    }
                    j += 2
                }
                nodes[k] = node
            case .arcs, .edges:
                guard toks.count >= 2 else { throw fail(line, toks[0].column, "expected 'from to [weight]', found one field") }
                let u = try vertex(toks[0], n: n, line: line), v = try vertex(toks[1], n: n, line: line)
                var edge = Edge(from: "", to: "", relation: relation)
                var j = 2
                if toks.count > 2, toks.count % 2 == 1 {
                    let t = toks[2]
                    guard !t.quoted, let w = NetworkDecoder.number(t.text) else {
                        throw fail(line, t.column, "weight '\(t.text.prefix(40))' is not a number (expected a finite number)")
                    }
                    guard w.isFinite else { throw fail(line, t.column, "weight \(t.text.prefix(40)) is not allowed (expected a finite number)") }
                    edge.weight = w
                    j = 3
                }
                var since: DocEntry?, until: DocEntry?
                while j + 1 < toks.count {
                    let key = toks[j].text, value = toks[j + 1]
                    let mark = Mark(line: line, column: value.column)
                    switch key {
                    case "relation": edge.relation = value.text.isEmpty ? "edge" : value.text
                    case "id": edge.id = value.text
                    case "since": since = DocEntry(key: key, keyMark: mark, value: .scalar(value.text, quoted: true, mark))
                    case "until": until = DocEntry(key: key, keyMark: mark, value: .scalar(value.text, quoted: true, mark))
                    default: edge.attributes[key] = Attribute(NetworkDecoder.inferredValue(value.text, quoted: value.quoted))
                    }
                    j += 2
                }
                edge.validity = decoder.validity(since: since, until: until, what: "the edge at line \(line)")
                if !decoder.diagnostics.isEmpty { throw .invalid(decoder.diagnostics) }
                raw.append(RawEdge(u: u, v: v, edge: edge, line: line, undirected: section == .edges))
            case .arcslist, .edgeslist:
                let u = try vertex(toks[0], n: n, line: line)
                for t in toks.dropFirst() {
                    let v = try vertex(t, n: n, line: line)
                    raw.append(RawEdge(u: u, v: v, edge: Edge(from: "", to: "", relation: relation), line: line, undirected: section == .edgeslist))
                }
            }
        }
        guard n >= 0 else { throw fail(max(line, 1), 1, "the file has no '*Vertices n' (expected a Pajek network)") }

        // Names: labels when they are all there and distinct, else vertex numbers.
        let naming = Interchange.labelsName(labels)
        if !naming.ok, labels.contains(where: { $0 != nil }) {
            let message: String
            let at: Int
            if let (label, a, bIndex) = naming.repeated {
                at = vertexLines[bIndex]
                message = "vertex label '\(label)' is repeated (vertices \(a + 1) and \(bIndex + 1)), so nodes are named by their vertex numbers and labels kept as labels"
            } else {
                let k = labels.firstIndex(where: { ($0 ?? "").isEmpty }) ?? 0
                at = max(vertexLines[k], 1)
                message = "vertex \(k + 1) has no label, so nodes are named by their vertex numbers and labels kept as labels"
            }
            warnings.append(Diagnostic(location: SourceLocation(path: path, line: at, column: 1), message: "warning: " + message))
        }
        for k in 0 ..< n {
            if naming.ok { nodes[k].id = labels[k]! } else if let l = labels[k], !l.isEmpty { nodes[k].label = l }
        }
        // Edge ids must be unique.
        var edgeIDs: [String: Int] = [:]
        for r in raw {
            guard let id = r.edge.id else { continue }
            if let first = edgeIDs[id] { throw fail(r.line, 1, "duplicate edge id '\(id.prefix(80))' (first defined at line \(first))") }
            edgeIDs[id] = r.line
        }
        network.directed = sawArcs || sawEdges == nil
        let mixed = sawArcs && sawEdges != nil
        if mixed, let l = sawEdges {
            warnings.append(Diagnostic(location: SourceLocation(path: path, line: l, column: 1),
                                       message: "warning: the file has both *Arcs and *Edges; the network is read as directed, each edge as two arcs (as networkx.read_pajek does)"))
        }
        network.nodes = nodes
        network.edges.reserveCapacity(raw.count)
        for r in raw {
            var e = r.edge
            e.from = nodes[r.u].id
            e.to = nodes[r.v].id
            network.edges.append(e)
            if mixed && r.undirected && r.u != r.v {
                var back = e
                back.from = e.to
                back.to = e.from
                back.id = nil
                network.edges.append(back)
            }
        }
        return (network, warnings)
    }
}
