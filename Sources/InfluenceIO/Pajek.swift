import InfluenceGraph
import InfluenceSerialization

/// Reads Pajek networks (`.net`) and project files (`.paj`), as Pajek, UCINET, igraph and
/// `networkx.write_pajek` write them.
///
///     *Network Iraq
///     *Vertices 3
///     1 "Iran" 0.1 0.5 0.5 ellipse
///     2 "Kata'ib Hezbollah"
///     3 "Huquq"
///     *Arcs :1 "backs"
///     1 2 1.0
///     *Edges :2 "allies"
///     2 3 2
///     *Arcslist
///     1 2 3
///
/// The format is Pajek's own (Batagelj & Mrvar, *Pajek manual*; igraph's `pajek-parser.y` and
/// NetworkX's `parse_pajek` read subsets of it). Sections (keywords in any
/// case): `*Network title`; `*Vertices n` or, for a two-mode network, `*Vertices n n1` (vertices
/// 1…n1 are the first mode); vertex lines `number [label] [x y [z]] [shape] [key value]…`;
/// `*Arcs` and `*Edges` lines `[k:] from to [weight] [key value]…`; `*Arcslist` and `*Edgeslist`
/// lines `[k:] from to…`; `*Matrix` rows (n × n arcs, or n1 × (n − n1) edges for a two-mode
/// network; 0 is no tie). A section header `*Arcs :k "name"` names relation *k*; a line
/// `k: from to` inside any section is a tie of relation *k*. A project file holds several
/// networks (each from `*Network`), and `*Partition name` / `*Vector name` sections, each with
/// its own `*Vertices n` and then n values. Vertices may be listed in any order, and need not all
/// be listed. A line starting with `%` is a comment; blank lines are skipped; text before the
/// first section is ignored (as Pajek ignores it), with a warning.
///
/// ## Mapping
/// | Pajek | influence |
/// |---|---|
/// | vertex label | `Node.id` when every vertex has a distinct label (as `networkx.read_pajek` names nodes); otherwise `Node.id` is the vertex number and the label is `Node.label` (a warning says so) |
/// | a `"` with no closing quote on its line | the label runs to the end of the line, as Pajek reads a line (one warning) |
/// | `&#34;`, `&#269;` (Pajek's character codes) | the character |
/// | `x y [z]`, shape | number attributes `x`, `y`, `z`; string attribute `shape` |
/// | `*Vertices n n1` | number attribute `mode`: 1 for vertices 1…n1, 2 for the rest (a tie within one mode is kept, with a warning) |
/// | a vertex `key value` named `x`, `y`, `z`, `shape` or `mode` | attribute `key_` (as igraph renames them) |
/// | vertex `kind K` pair | kind |
/// | only arcs, only edges | directed, undirected; empty sections do not count (USAir97's empty `*Arcs` before `*Edges` is undirected) |
/// | arcs and edges (a mixed network) | directed, each edge read as two arcs, with a warning |
/// | `*Arcs :1 "backs"`, `1: 2 3` | relation `backs` (a relation number without a name: the number; no relation: `edge`) |
/// | third number of an arc or edge, a matrix entry | weight |
/// | pairs `relation R`, `id I`, `since D`, `until D` | relation, id, validity |
/// | any other `key value` pair | an attribute, typed as the native file types an unquoted scalar (number, bool, `YYYY-MM`/`YYYY-MM-DD` date, else string) |
/// | several `*Network`s | the first, or the one `network` names (its title or its 1-based number); a warning names the others |
/// | `*Partition P`, `*Vector V` | number attribute `P`, `V` of the chosen network when their vertex count equals its (Pajek pairs them by size); others are skipped with a warning |
/// | `*Permutation`, `*Cluster`, `*Hierarchy` | skipped, with a warning |
///
/// ## Limits
/// Lines of at most ``maxLineLength`` bytes; the `*Vertices n` of all networks together at most
/// the larger of 1,048,576 and the file's size in bytes (unlisted vertices cost memory without
/// costing bytes); UTF-8 without NUL bytes. Errors are `file:line:col`, naming the vertex number
/// out of range, the matrix row of the wrong length, the unknown section.
///
/// - Complexity: O(size of the input + *n*).
public enum PajekFormat {
    /// Longest line accepted, in bytes.
    public static let maxLineLength = TextInput.maxTokenLength

    /// Parses a Pajek network or project.
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - path: Used in messages.
    ///   - network: Which network of a project to read: its `*Network` title, or its 1-based
    ///     number; `nil` reads the first (with a warning naming the others when there are several).
    /// - Returns: The network, and warnings (`warning: …`).
    /// - Throws: `ReadError` with `file:line:col`: an unknown section, a vertex number out of
    ///   range or listed twice, a matrix row of the wrong length, a partition with too few or too
    ///   many values, a weight that is not a finite number, a limit exceeded; and, without a
    ///   position, a `network` that names no network of the file (listing them).
    public static func read(_ data: [UInt8], path: String, network: String? = nil) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        try TextInput.checkNotEmpty(data, path: path, expected: "a Pajek network: *Vertices n, then *Arcs or *Edges")
        try TextInput.checkText(data, path: path)
        let result: Result<(network: Network, warnings: [Diagnostic]), ReadError> = data.withUnsafeBufferPointer { b in
            var reader = PajekReader(b: b, path: path)
            do throws(ReadError) { return .success(try reader.read(select: network)) } catch { return .failure(error) }
        }
        return try result.get()
    }
}

struct PajekReader {
    let b: UnsafeBufferPointer<UInt8>
    let path: String

    struct Token { var text: String; var column: Int; var quoted: Bool }
    enum Section { case none, vertices, arcs, edges, arcslist, edgeslist, matrix, valuesHeader, values, skipped }
    struct RawEdge { var u: Int; var v: Int; var edge: Edge; var line: Int; var undirected: Bool }

    /// One `*Network` of the file, as read.
    struct Net {
        var title: String?
        var line: Int
        var n = -1
        var n1: Int?
        var labels: [String?] = []
        var vertexLines: [Int] = []
        var nodes: [Node] = []
        var raw: [RawEdge] = []
        /// The first line of an arc, of an edge (empty sections do not count).
        var arcLine: Int?, edgeLine: Int?
        var sawArcsHeader = false, sawEdgesHeader = false
        /// Relation numbers named by `*Arcs :k "name"` headers.
        var relationNames: [Int: String] = [:]
    }

    /// A `*Partition` or `*Vector`.
    struct Values {
        var kind: String
        var name: String
        var line: Int
        var n = -1
        var countColumn = 1
        var countLine = 0
        var values: [Double] = []
    }

    var unclosedQuotes: (line: Int, column: Int, count: Int)?

    func fail(_ line: Int, _ column: Int, _ message: String) -> ReadError { .at(path, line, column, message) }

    /// Pajek's character codes `&#34;`, `&#x10D;` in a label or value; other text is left as it is
    /// (a code for a control character or no character is kept as written).
    static func decodeCharacterCodes(_ s: String) -> String {
        guard s.contains("&#") else { return s }
        var out = String.UnicodeScalarView()
        let scalars = Array(s.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "&", i + 2 < scalars.count, scalars[i + 1] == "#" {
                var j = i + 2
                let hex = scalars[j] == "x" || scalars[j] == "X"
                if hex { j += 1 }
                var value: UInt32 = 0, digits = 0
                while j < scalars.count, digits < 8, let d = UInt32(String(scalars[j]), radix: hex ? 16 : 10) {
                    value = value * (hex ? 16 : 10) + d
                    digits += 1
                    j += 1
                }
                if digits > 0, j < scalars.count, scalars[j] == ";", value >= 0x20, let c = Unicode.Scalar(value) {
                    out.append(c)
                    i = j + 1
                    continue
                }
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }

    /// Tokens of one line: blank-separated words and double-quoted strings (no escapes). A quoted
    /// string ends at a `"` followed by a blank or the end of the line, so that a label may hold a
    /// quote; a `"` never closed on its line runs to the end of the line, as Pajek, which reads
    /// line by line, takes it (counted for one warning).
    mutating func tokens(_ s: Int, _ e: Int, line: Int) -> [Token] {
        var result: [Token] = []
        var i = s, column = 1
        func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D }
        func text(_ from: Int, _ to: Int) -> String {
            PajekReader.decodeCharacterCodes(String(decoding: UnsafeBufferPointer(rebasing: b[from ..< to]), as: UTF8.self))
        }
        while i < e {
            let c = b[i]
            if isBlank(c) { i += 1; column += 1; continue }
            let start = column
            let t = c == UInt8(ascii: "\"") ? i + 1 : i
            var j = t
            if c == UInt8(ascii: "\"") {
                var close: Int?
                while j < e {
                    if b[j] == UInt8(ascii: "\""), j + 1 == e || isBlank(b[j + 1]) { close = j; break }
                    j += 1
                }
                if let close {
                    result.append(Token(text: text(t, close), column: start, quoted: true))
                    j = close + 1
                } else {
                    var end = e
                    while end > t, isBlank(b[end - 1]) { end -= 1 }
                    result.append(Token(text: text(t, end), column: start, quoted: true))
                    if let u = unclosedQuotes { unclosedQuotes = (u.line, u.column, u.count + 1) } else { unclosedQuotes = (line, start, 1) }
                    j = e
                }
            } else {
                while j < e, !isBlank(b[j]) { j += 1 }
                result.append(Token(text: text(t, j), column: start, quoted: false))
            }
            while i < j { if b[i] & 0xC0 != 0x80 { column += 1 }; i += 1 }
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

    /// The weight of an arc, an edge or a matrix entry.
    func weight(_ t: Token, line: Int) throws(ReadError) -> Double {
        guard !t.quoted, let w = NetworkDecoder.number(t.text) else {
            throw fail(line, t.column, "weight '\(t.text.prefix(40))' is not a number (expected a finite number)")
        }
        guard w.isFinite else { throw fail(line, t.column, "weight \(t.text.prefix(40)) is not allowed (expected a finite number)") }
        return w
    }

    /// The text after a section keyword (a title, a partition's name), without blanks or quotes
    /// around it.
    func rest(_ first: Int, _ end: Int) -> String? {
        var s = first
        while s < end, b[s] != 0x20, b[s] != 0x09 { s += 1 }
        var title = Substring(PajekReader.decodeCharacterCodes(String(decoding: UnsafeBufferPointer(rebasing: b[s ..< end]), as: UTF8.self)))
        while let c = title.first, " \t\r".contains(c) { title.removeFirst() }
        while let c = title.last, " \t\r".contains(c) { title.removeLast() }
        if title.count >= 2, title.first == "\"", title.last == "\"" { title = title.dropFirst().dropLast() }
        return title.isEmpty ? nil : String(title)
    }

    /// Items for a message: the first ten, then how many more, so that a message stays one line.
    static func list(_ items: [String]) -> String {
        items.count <= 10 ? items.joined(separator: ", ") : items.prefix(10).joined(separator: ", ") + " and \(items.count - 10) more"
    }

    /// A relation prefix `k:` at the start of a tie line.
    func relationPrefix(_ toks: [Token]) -> Int? {
        guard let t = toks.first, !t.quoted, t.text.count >= 2, t.text.hasSuffix(":") else { return nil }
        return Int(t.text.dropLast())
    }

    mutating func read(select wanted: String?) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        var warnings: [Diagnostic] = []
        var nets: [Net] = []
        var valueSections: [Values] = []
        var section = Section.none
        var relation = Edge.defaultRelation
        var matrixRow = 0, matrixLine = 0
        var freeText: (line: Int, count: Int)?
        var skipped: [(String, Int)] = []
        var totalVertices = 0
        let limit = max(1 << 20, b.count)
        var start = b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0
        var line = 0
        var decoder = NetworkDecoder(path: path)

        /// Checks that the section being left is complete (a matrix's rows, a partition's values).
        func close(_ section: Section, nets: [Net], values: [Values]) throws(ReadError) {
            switch section {
            case .matrix:
                let net = nets[nets.count - 1]
                let rows = net.n1 ?? net.n
                if matrixRow < rows {
                    throw fail(matrixLine, 1, "the *Matrix has \(matrixRow) rows, expected \(rows) (one per \(net.n1 == nil ? "vertex" : "first-mode vertex"))")
                }
            case .valuesHeader:
                let v = values[values.count - 1]
                throw fail(v.line, 1, "'*\(v.kind)' needs '*Vertices n' on the next line (expected *Vertices n, then n values)")
            case .values:
                let v = values[values.count - 1]
                if v.values.count < v.n {
                    throw fail(v.line, 1, "the \(v.kind.lowercased()) '\(v.name.prefix(80))' has \(v.values.count) values, expected \(v.n) (its *Vertices \(v.n))")
                }
            default: break
            }
        }

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
                let toks = tokens(first, end, line: line)
                let keyword = toks[0].text.lowercased()
                if keyword == "*vertices", section == .valuesHeader {
                    guard toks.count >= 2, let count = Int(toks[1].text), count >= 0, count <= limit else {
                        throw fail(line, toks.count >= 2 ? toks[1].column : 1, "'*Vertices' needs the number of values (expected *Vertices n, n at most \(limit))")
                    }
                    valueSections[valueSections.count - 1].n = count
                    valueSections[valueSections.count - 1].countLine = line
                    valueSections[valueSections.count - 1].countColumn = toks[1].column
                    valueSections[valueSections.count - 1].values.reserveCapacity(min(count, b.count))
                    section = .values
                    continue
                }
                // *Permutation, *Cluster and *Hierarchy have a *Vertices line of their own too.
                if keyword == "*vertices", section == .skipped { continue }
                try close(section, nets: nets, values: valueSections)
                switch keyword {
                case "*network", "*net":
                    nets.append(Net(title: rest(first, end), line: line))
                    section = .none
                case "*vertices":
                    if nets.isEmpty || nets[nets.count - 1].n >= 0 {
                        guard nets.isEmpty else { throw fail(line, 1, "a second '*Vertices' (a Pajek network declares its vertices once; a project starts each network with *Network)") }
                        nets.append(Net(title: nil, line: line))
                    }
                    guard toks.count >= 2, let count = Int(toks[1].text), count >= 0 else {
                        throw fail(line, toks.count >= 2 ? toks[1].column : 1, "'*Vertices' needs the number of vertices (expected *Vertices n)")
                    }
                    guard count <= limit - totalVertices else {
                        let what = totalVertices == 0 ? "" : ", with the \(totalVertices) of the networks before"
                        throw fail(line, toks[1].column, "*Vertices \(count) is more vertices than \(limit) (the limit for *Vertices in a file of \(b.count) bytes\(what))")
                    }
                    var n1: Int?
                    if toks.count >= 3 {
                        guard let m = Int(toks[2].text), m >= 0, m <= count else {
                            throw fail(line, toks[2].column, "'\(toks[2].text.prefix(40))' is not the size of the first mode (expected *Vertices n n1, n1 from 0 to n)")
                        }
                        n1 = m
                    }
                    totalVertices += count
                    var net = nets[nets.count - 1]
                    net.n = count
                    net.n1 = n1
                    net.labels = Array(repeating: nil, count: count)
                    net.vertexLines = Array(repeating: 0, count: count)
                    net.nodes = (0 ..< count).map { k in
                        var node = Node(id: String(k + 1))
                        if let n1 { node.attributes["mode"] = Attribute(.number(k < n1 ? 1 : 2)) }
                        return node
                    }
                    nets[nets.count - 1] = net
                    section = .vertices
                case "*arcs", "*edges", "*arcslist", "*edgeslist", "*matrix":
                    guard let last = nets.indices.last, nets[last].n >= 0 else {
                        throw fail(line, 1, "'\(toks[0].text)' before '*Vertices' (expected *Vertices n first)")
                    }
                    section = switch keyword {
                    case "*arcs": .arcs
                    case "*edges": .edges
                    case "*arcslist": .arcslist
                    case "*edgeslist": .edgeslist
                    default: .matrix
                    }
                    if section == .arcs || section == .arcslist { nets[nets.count - 1].sawArcsHeader = true }
                    if section == .edges || section == .edgeslist { nets[nets.count - 1].sawEdgesHeader = true }
                    relation = Edge.defaultRelation
                    if toks.count >= 2, toks[1].text.hasPrefix(":") {
                        let number = String(toks[1].text.dropFirst())
                        let name = toks.dropFirst(2).map(\.text).joined(separator: " ")
                        relation = name.isEmpty ? number : name
                        if relation.isEmpty { relation = Edge.defaultRelation }
                        if let k = Int(number), !name.isEmpty { nets[nets.count - 1].relationNames[k] = name }
                    }
                    matrixRow = 0
                    matrixLine = line
                case "*partition", "*vector":
                    let kind = keyword == "*partition" ? "Partition" : "Vector"
                    valueSections.append(Values(kind: kind, name: rest(first, end) ?? kind.lowercased(), line: line))
                    section = .valuesHeader
                case "*permutation", "*cluster", "*hierarchy":
                    skipped.append((toks[0].text, line))
                    section = .skipped
                default:
                    throw fail(line, 1, "section '\(toks[0].text.prefix(40))' is not supported (expected *Network, *Vertices, *Arcs, *Edges, *Arcslist, *Edgeslist, *Matrix, *Partition or *Vector)")
                }
                continue
            }
            var toks = tokens(start, end, line: line)
            switch section {
            case .none:
                // Pajek ignores what is not in a section (igraph's test file starts with a sentence).
                if let f = freeText { freeText = (f.line, f.count + 1) } else { freeText = (line, 1) }
            case .skipped:
                continue
            case .valuesHeader:
                let v = valueSections[valueSections.count - 1]
                throw fail(line, toks[0].column, "a value before '*Vertices n' of the \(v.kind.lowercased()) at line \(v.line) (expected *Vertices n, then n values)")
            case .values:
                // Taken out and put back, so that the arrays are not copied on every line.
                var v = valueSections.removeLast()
                for t in toks {
                    guard v.values.count < v.n else {
                        throw fail(line, t.column, "more values than the \(v.n) of *Vertices \(v.n) (line \(v.countLine)) of the \(v.kind.lowercased()) '\(v.name.prefix(80))'")
                    }
                    let x: Double?
                    if v.kind == "Partition" { x = t.quoted ? nil : Int(t.text).map(Double.init) } else {
                        x = t.quoted ? nil : NetworkDecoder.number(t.text).flatMap { $0.isFinite ? $0 : nil }
                    }
                    guard let x else {
                        let expected = v.kind == "Partition" ? "a whole number (a cluster number)" : "a finite number"
                        throw fail(line, t.column, "'\(t.text.prefix(40))' is not a value of the \(v.kind.lowercased()) (expected \(expected))")
                    }
                    v.values.append(x)
                }
                valueSections.append(v)
            case .vertices:
                // Taken out and put back, so that the arrays are not copied on every line.
                var net = nets.removeLast()
                let k = try vertex(toks[0], n: net.n, line: line)
                if net.vertexLines[k] != 0 {
                    throw fail(line, toks[0].column, "vertex \(k + 1) is listed twice (first at line \(net.vertexLines[k]))")
                }
                net.vertexLines[k] = line
                var node = net.nodes[k]
                var j = 1
                if toks.count > 1 { net.labels[k] = toks[1].text; j = 2 }
                var coordinates = 0
                while j < toks.count, coordinates < 3, !toks[j].quoted, let x = NetworkDecoder.number(toks[j].text) {
                    guard x.isFinite else { throw fail(line, toks[j].column, "coordinate \(toks[j].text) is not a finite number") }
                    node.attributes[["x", "y", "z"][coordinates]] = Attribute(.number(x))
                    coordinates += 1
                    j += 1
                }
                if (toks.count - j) % 2 == 1 { node.attributes["shape"] = Attribute(.string(toks[j].text)); j += 1 }
                while j + 1 < toks.count {
                    var key = toks[j].text
                    let value = toks[j + 1]
                    if key == "kind" { node.kind = value.text } else {
                        // igraph's rule: a parameter named like a field read from its position gets a `_`.
                        if ["x", "y", "z", "shape", "mode"].contains(key) { key += "_" }
                        node.attributes[key] = Attribute(NetworkDecoder.inferredValue(value.text, quoted: value.quoted))
                    }
                    j += 2
                }
                net.nodes[k] = node
                nets.append(net)
            case .arcs, .edges:
                var lineRelation = relation
                if let k = relationPrefix(toks) {
                    lineRelation = nets[nets.count - 1].relationNames[k] ?? String(k)
                    toks.removeFirst()
                }
                let n = nets[nets.count - 1].n
                guard toks.count >= 2 else { throw fail(line, toks.first?.column ?? 1, "expected 'from to [weight]', found \(toks.count == 0 ? "no field" : "one field")") }
                let u = try vertex(toks[0], n: n, line: line), v = try vertex(toks[1], n: n, line: line)
                var edge = Edge(from: "", to: "", relation: lineRelation)
                var j = 2
                if toks.count > 2, toks.count % 2 == 1 {
                    edge.weight = try weight(toks[2], line: line)
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
                let undirected = section == .edges
                nets[nets.count - 1].raw.append(RawEdge(u: u, v: v, edge: edge, line: line, undirected: undirected))
                if undirected { if nets[nets.count - 1].edgeLine == nil { nets[nets.count - 1].edgeLine = line } } else if nets[nets.count - 1].arcLine == nil { nets[nets.count - 1].arcLine = line }
            case .arcslist, .edgeslist:
                var lineRelation = relation
                if let k = relationPrefix(toks) {
                    lineRelation = nets[nets.count - 1].relationNames[k] ?? String(k)
                    toks.removeFirst()
                }
                guard let head = toks.first else { continue }
                let n = nets[nets.count - 1].n
                let u = try vertex(head, n: n, line: line)
                let undirected = section == .edgeslist
                for t in toks.dropFirst() {
                    let v = try vertex(t, n: n, line: line)
                    nets[nets.count - 1].raw.append(RawEdge(u: u, v: v, edge: Edge(from: "", to: "", relation: lineRelation), line: line, undirected: undirected))
                }
                if toks.count > 1 {
                    if undirected { if nets[nets.count - 1].edgeLine == nil { nets[nets.count - 1].edgeLine = line } } else if nets[nets.count - 1].arcLine == nil { nets[nets.count - 1].arcLine = line }
                }
            case .matrix:
                // The sizes only: a copy of the network would share, and so copy, its ties on append.
                let (n, n1) = (nets[nets.count - 1].n, nets[nets.count - 1].n1)
                let rows = n1 ?? n, columns = n1.map { n - $0 } ?? n
                guard matrixRow < rows else {
                    throw fail(line, toks[0].column, "a *Matrix row more than the \(rows) \(n1 == nil ? "vertices" : "first-mode vertices") (the matrix starts at line \(matrixLine))")
                }
                guard toks.count == columns else {
                    let column = toks.count > columns ? toks[columns].column : 1
                    throw fail(line, column, "matrix row \(matrixRow + 1) has \(toks.count) entries, expected \(columns) (one per \(n1 == nil ? "vertex" : "second-mode vertex"))")
                }
                let twoMode = n1 != nil
                for (c, t) in toks.enumerated() {
                    guard !t.quoted, let x = NetworkDecoder.number(t.text) else {
                        throw fail(line, t.column, "matrix entry '\(t.text.prefix(40))' is not a number (expected 0 for no tie, or the tie's value)")
                    }
                    if x == 0 { continue }
                    var edge = Edge(from: "", to: "", relation: relation)
                    edge.weight = try weight(t, line: line)
                    let v = twoMode ? n1! + c : c
                    nets[nets.count - 1].raw.append(RawEdge(u: matrixRow, v: v, edge: edge, line: line, undirected: twoMode))
                    if twoMode { if nets[nets.count - 1].edgeLine == nil { nets[nets.count - 1].edgeLine = line } } else if nets[nets.count - 1].arcLine == nil { nets[nets.count - 1].arcLine = line }
                }
                matrixRow += 1
            }
        }
        try close(section, nets: nets, values: valueSections)
        if let f = freeText {
            let what = f.count == 1 ? "1 line of text" : "\(f.count) lines of text"
            warnings.append(Diagnostic(location: SourceLocation(path: path, line: f.line, column: 1),
                                       message: "warning: \(what) outside any section ignored (as Pajek ignores it)"))
        }
        if let u = unclosedQuotes {
            let more = u.count == 1 ? "" : " (and \(u.count - 1) more lines)"
            warnings.append(Diagnostic(location: SourceLocation(path: path, line: u.line, column: u.column),
                                       message: "warning: the '\"' opened here has no closing quote on its line; the label runs to the end of the line, as Pajek reads it\(more)"))
        }
        guard !nets.isEmpty else { throw fail(max(line, 1), 1, "the file has no '*Vertices n' (expected a Pajek network)") }
        if let empty = nets.first(where: { $0.n < 0 }) {
            throw fail(empty.line, 1, "the network '\((empty.title ?? "").prefix(80))' has no '*Vertices n' (expected *Vertices n after *Network)")
        }

        // The network asked for.
        func describe(_ i: Int) -> String { nets[i].title.map { "\(i + 1) '\($0.prefix(80))'" } ?? "\(i + 1) (untitled)" }
        var chosen = 0
        if let wanted {
            let name = wanted.trimmingBlanks
            // The exact title, else the title in any case, else the one title that holds the name
            // (`PADGB` for UCINET's `UciNet\PADGETT.DAT : PADGB`), else a number.
            let lower = name.lowercased()
            let holding = nets.indices.filter { !name.isEmpty && nets[$0].title?.lowercased().contains(lower) == true }
            if let i = nets.firstIndex(where: { $0.title == name }) ?? nets.firstIndex(where: { $0.title?.lowercased() == lower }) {
                chosen = i
            } else if Int(name) == nil, holding.count == 1 {
                chosen = holding[0]
            } else if let k = Int(name), k >= 1, k <= nets.count {
                chosen = k - 1
            } else {
                let list = PajekReader.list(nets.indices.map(describe))
                if Int(name) != nil {
                    throw .file(path, "network \(name.prefix(40)) is out of range (the file has \(nets.count) network\(nets.count == 1 ? "" : "s"): \(list))")
                }
                var message = holding.count > 1 ? "'\(name.prefix(80))' names more than one network" : "no network named '\(name.prefix(80))'"
                if holding.count < 2, let s = suggestion(for: name, among: nets.compactMap(\.title)) { message += " (did you mean '\(s)'?)" }
                throw .file(path, message + "; the file's networks are \(list) (give a title or a number from 1 to \(nets.count))")
            }
        } else if nets.count > 1 {
            let others = PajekReader.list(nets.indices.dropFirst().map(describe))
            warnings.append(Diagnostic(location: SourceLocation(path: path, line: nets[0].line, column: 1),
                                       message: "warning: the file holds \(nets.count) networks; read network \(describe(0)), not \(others) (choose one with --network NAME or --network N)"))
        }
        var net = nets[chosen]
        var network = Network()
        network.title = net.title
        let n = net.n

        // Partitions and vectors: Pajek pairs them with any network of their size.
        var skippedValues: [String] = []
        for v in valueSections {
            guard v.n == n else {
                skippedValues.append("\(v.kind.lowercased()) '\(v.name.prefix(80))' (line \(v.line), \(v.n) vertices)")
                continue
            }
            var name = v.name, suffix = 1
            while net.nodes.contains(where: { $0.attributes[name] != nil }) { suffix += 1; name = "\(v.name) (\(suffix))" }
            for k in 0 ..< n { net.nodes[k].attributes[name] = Attribute(.number(v.values[k])) }
        }
        if !skippedValues.isEmpty {
            warnings.append(Diagnostic(path: path, message: "warning: \(PajekReader.list(skippedValues)) not read: the network read has \(n) vertices (Pajek pairs partitions and vectors with networks of their size)"))
        }
        if !skipped.isEmpty {
            let list = PajekReader.list(skipped.map { "\($0.0) (line \($0.1))" })
            warnings.append(Diagnostic(location: SourceLocation(path: path, line: skipped[0].1, column: 1),
                                       message: "warning: project sections influence does not read were skipped: \(list)"))
        }

        // Names: labels when they are all there and distinct, else vertex numbers.
        let naming = Interchange.labelsName(net.labels)
        if !naming.ok, net.labels.contains(where: { $0 != nil }) {
            let message: String
            let at: Int
            if let (label, a, bIndex) = naming.repeated {
                at = net.vertexLines[bIndex]
                message = "vertex label '\(label)' is repeated (vertices \(a + 1) and \(bIndex + 1)), so nodes are named by their vertex numbers and labels kept as labels"
            } else {
                let k = net.labels.firstIndex(where: { ($0 ?? "").isEmpty }) ?? 0
                at = max(net.vertexLines[k], 1)
                message = "vertex \(k + 1) has no label, so nodes are named by their vertex numbers and labels kept as labels"
            }
            warnings.append(Diagnostic(location: SourceLocation(path: path, line: at, column: 1), message: "warning: " + message))
        }
        for k in 0 ..< n {
            if naming.ok { net.nodes[k].id = net.labels[k]! } else if let l = net.labels[k], !l.isEmpty { net.nodes[k].label = l }
        }
        // Edge ids must be unique.
        var edgeIDs: [String: Int] = [:]
        for r in net.raw {
            guard let id = r.edge.id else { continue }
            if let first = edgeIDs[id] { throw fail(r.line, 1, "duplicate edge id '\(id.prefix(80))' (first defined at line \(first))") }
            edgeIDs[id] = r.line
        }
        // Direction: what the ties are, not which headers are there (USAir97 has an empty *Arcs).
        let mixed = net.arcLine != nil && net.edgeLine != nil
        network.directed = net.arcLine != nil || (net.edgeLine == nil && !(net.sawEdgesHeader && !net.sawArcsHeader) && net.n1 == nil)
        if mixed, let a = net.arcLine, let e = net.edgeLine {
            let edges = net.raw.count { $0.undirected && $0.u != $0.v }
            warnings.append(Diagnostic(location: SourceLocation(path: path, line: e, column: 1),
                                       message: "warning: the network has arcs (from line \(a)) and edges (from line \(e)), a mixed network; it is read as directed, each of its \(edges) edge\(edges == 1 ? "" : "s") as two arcs"))
        }
        // A two-mode network's ties join the modes; igraph warns of one that does not, and so do we.
        if let n1 = net.n1 {
            let within = net.raw.filter { ($0.u < n1) == ($0.v < n1) }
            if let w = within.first {
                let what = within.count == 1 ? "1 tie joins" : "\(within.count) ties join"
                warnings.append(Diagnostic(location: SourceLocation(path: path, line: w.line, column: 1),
                                           message: "warning: \(what) two vertices of the same mode of this two-mode network (*Vertices \(n) \(n1)), the first here; kept as written"))
            }
        }
        network.nodes = net.nodes
        network.edges.reserveCapacity(net.raw.count)
        for r in net.raw {
            var e = r.edge
            e.from = net.nodes[r.u].id
            e.to = net.nodes[r.v].id
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

private extension String {
    var trimmingBlanks: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}
