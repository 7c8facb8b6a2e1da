import InfluenceGraph
import InfluenceSerialization

/// Reads NetworkX's adjacency lists: `networkx.write_adjlist` and `networkx.write_multiline_adjlist`
/// (<https://networkx.org/documentation/stable/reference/readwrite/adjlist.html>,
/// <https://networkx.org/documentation/stable/reference/readwrite/multiline_adjlist.html>),
/// read as `read_adjlist` and `read_multiline_adjlist` read them.
///
///     # adjlist: a node, then its neighbours
///     a b c
///     b c
///     d
///
///     # multiline adjlist: a node and its number of neighbour lines, then one line per neighbour
///     a 2
///     b {'weight': 3}
///     c {}
///     d 0
///
/// Tokens are separated by spaces or tabs; `#` starts a comment to the end of the line (a `#`
/// inside a quoted string of a data dict is part of the string); blank lines are skipped;
/// `\r\n` line ends and a UTF-8 BOM are accepted. A node listed with no neighbours is an
/// isolated node. A neighbour line's data dict is read as in ``EdgeListFormat``'s NetworkX
/// lines (a Python dict literal, read strictly): `weight`, `relation` (else `label`), other keys as attributes.
///
/// **Direction.** The files do not say it. As NetworkX reads them by default
/// (`create_using=nx.Graph`), they are read as undirected, each pair once: a pair listed twice
/// (`a b` and `b a`, as `write_adjlist` writes a directed graph) is one edge, with one warning.
/// `ReadOptions.directed` (`--directed`) reads them as `create_using=nx.DiGraph` does: one arc
/// from the line's node to each neighbour, each ordered pair once. A repeated pair in a
/// multiline list keeps the first edge, its data updated by the later lines, as NetworkX's
/// `add_edge` updates it.
///
/// Stricter than NetworkX, which splits a data dict at its spaces and reads a dict it cannot
/// parse as `{}`: a malformed dict, a missing degree, a degree that is not a non-negative
/// integer or a file that ends before a node's neighbour lines is an error at its line and column.
public enum AdjacencyListFormat {
    /// Parses a `write_adjlist` file.
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - path: The file's path, for messages.
    ///   - directed: Read as `read_adjlist(create_using=nx.DiGraph)`; undirected otherwise.
    /// - Returns: The network and its warnings.
    /// - Throws: `ReadError` at `file:line:col` for an id the model refuses.
    public static func read(_ data: [UInt8], path: String, directed: Bool = false) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        try TextInput.checkNotEmpty(data, path: path, expected: "adjacency list lines: 'node neighbour neighbour …'")
        try TextInput.checkText(data, path: path)
        var b = AdjacencyBuilder(path: path, directed: directed)
        for line in TextLines(data) {
            let tokens = try line.tokens(data, path: path, dictAfter: nil)
            guard let first = tokens.ids.first else { continue }
            let u = try b.node(first, line: line, data)
            for t in tokens.ids.dropFirst() {
                let v = try b.node(t, line: line, data)
                b.edge(u, v, line: line.number, data: nil)
            }
        }
        return b.finish(reader: "networkx.read_adjlist")
    }

    /// Parses a `write_multiline_adjlist` file.
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - path: The file's path, for messages.
    ///   - directed: Read as `read_multiline_adjlist(create_using=nx.DiGraph)`; undirected otherwise.
    /// - Returns: The network and its warnings.
    /// - Throws: `ReadError` at `file:line:col` for a malformed header or neighbour line.
    public static func readMultiline(_ data: [UInt8], path: String, directed: Bool = false) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        try TextInput.checkNotEmpty(data, path: path, expected: "multiline adjacency list lines: 'node degree', then one 'neighbour {data}' line per neighbour")
        try TextInput.checkText(data, path: path)
        var b = AdjacencyBuilder(path: path, directed: directed)
        var lines = TextLines(data).makeIterator()
        while let header = lines.next() {
            let tokens = try header.tokens(data, path: path, dictAfter: nil)
            guard let first = tokens.ids.first else { continue }
            guard tokens.ids.count == 2, let degree = Self.degree(tokens.ids[1], data) else {
                let at = tokens.ids.count >= 2 ? tokens.ids[1].lowerBound : first.upperBound
                throw .at(path, header.number, header.column(at, data),
                          "expected 'node degree' (a node and how many neighbour lines follow, such as 'a 2'), found \(tokens.ids.count == 1 ? "no degree" : tokens.ids.count == 2 ? "'\(header.text(tokens.ids[1], data).prefix(40))'" : "\(tokens.ids.count) fields")")
            }
            let u = try b.node(first, line: header, data)
            var read = 0
            while read < degree {
                guard let line = lines.next() else {
                    throw .at(path, header.number, header.column(first.lowerBound, data),
                              "node '\(header.text(first, data).prefix(40))' announces \(degree) neighbour line\(degree == 1 ? "" : "s"), but the file ends after \(read)")
                }
                let t = try line.tokens(data, path: path, dictAfter: 1)
                guard let vr = t.ids.first else { continue }
                guard t.ids.count == 1 else {
                    throw .at(path, line.number, line.column(t.ids[1].lowerBound, data),
                              "expected 'neighbour {data dict}' (one neighbour of '\(header.text(first, data).prefix(40))'), found \(t.ids.count) fields")
                }
                let v = try b.node(vr, line: line, data)
                b.edge(u, v, line: line.number, data: t.data, entries: t.entries)
                for d in t.data?.dropped ?? [] { b.dropped.add(d.key, line: line.number, column: line.column(d.offset, data)) }
                read += 1
            }
        }
        return b.finish(reader: "networkx.read_multiline_adjlist")
    }

    /// Whether an `.adjlist` file is a multiline one: its lines parse as `node degree` headers
    /// each followed by that many neighbour lines, and some neighbour line carries a data dict
    /// (`write_multiline_adjlist` writes one, `{}` at least, on every neighbour line).
    public static func looksMultiline(_ data: [UInt8]) -> Bool {
        var lines = TextLines(data).makeIterator()
        var sawDict = false
        while let header = lines.next() {
            guard let t = try? header.tokens(data, path: "", dictAfter: nil) else { return false }
            guard !t.ids.isEmpty else { continue }
            guard t.ids.count == 2, let degree = degree(t.ids[1], data) else { return false }
            var read = 0
            while read < degree {
                guard let line = lines.next(), let n = try? line.tokens(data, path: "", dictAfter: 1) else { return false }
                if n.ids.isEmpty { continue }
                guard n.ids.count == 1 else { return false }
                if n.data != nil { sawDict = true }
                read += 1
            }
        }
        return sawDict
    }

    /// A non-negative decimal degree (at most 9 digits).
    static func degree(_ r: Range<Int>, _ data: [UInt8]) -> Int? {
        guard r.count <= 9, !r.isEmpty else { return nil }
        var v = 0
        for k in r {
            let d = data[k] &- 0x30
            guard d <= 9 else { return nil }
            v = v * 10 + Int(d)
        }
        return v
    }
}

/// Reads igraph's LGL files (`.lgl`, the Large Graph Layout's format), as
/// `igraph_read_graph_lgl` reads them (<https://igraph.org/c/doc/igraph-Foreign.html#igraph_read_graph_lgl>).
///
///     # a
///     b 2
///     c
///     # d
///
/// A `# name` line starts a node (with no neighbour lines it is isolated); each following
/// `name [weight]` line is an edge from it. When some line gives a weight, a line without one
/// weighs 1, as igraph reads it since version 1.0 (igraph issue 2395; earlier versions gave 0). Read as directed, as python-igraph's
/// `Graph.Read_Lgl` does by default (`directed=True`); `--undirected` reads it as undirected.
/// Every edge is kept (igraph keeps parallel edges).
public enum LGLFormat {
    /// Parses an LGL file.
    /// - Returns: The network and its warnings.
    /// - Throws: `ReadError` at `file:line:col` for an edge line before any `# name` line, a
    ///   weight that is not a finite number, or a line with more fields.
    public static func read(_ data: [UInt8], path: String) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        try TextInput.checkNotEmpty(data, path: path, expected: "LGL lines: '# node', then 'neighbour [weight]' lines")
        try TextInput.checkText(data, path: path)
        var b = AdjacencyBuilder(path: path, directed: true, simple: false)
        var current: Int?
        var weights: [Double?] = []
        for line in TextLines(data) {
            let ids = line.plainTokens(data)
            guard let first = ids.first else { continue }
            if data[first.lowerBound] == UInt8(ascii: "#") {
                var names = ids
                if first.count == 1 { names.removeFirst() } else { names[0] = first.lowerBound + 1 ..< first.upperBound }
                guard names.count == 1 else {
                    let at = names.count > 1 ? names[1].lowerBound : first.upperBound
                    throw .at(path, line.number, line.column(at, data),
                              names.isEmpty ? "'#' without a node name (expected '# name')" : "expected '# name', found \(names.count) names")
                }
                current = try b.node(names[0], line: line, data)
                continue
            }
            guard let u = current else {
                throw .at(path, line.number, line.column(first.lowerBound, data),
                          "an edge line before any '# name' line (expected '# name' to start a node's neighbours)")
            }
            guard ids.count <= 2 else {
                throw .at(path, line.number, line.column(ids[2].lowerBound, data), "expected 'neighbour [weight]', found \(ids.count) fields")
            }
            let v = try b.node(first, line: line, data)
            b.edge(u, v, line: line.number, data: nil)
            if ids.count == 2 {
                let text = line.text(ids[1], data)
                guard let w = data.withUnsafeBufferPointer({ NumberSyntax.parseNumber(UnsafeBufferPointer(rebasing: $0[ids[1]])) }) ?? Self.nonFinite(text) else {
                    throw .at(path, line.number, line.column(ids[1].lowerBound, data), "weight '\(text.prefix(40))' is not a number")
                }
                guard w.isFinite else {
                    throw .at(path, line.number, line.column(ids[1].lowerBound, data), "weight \(text.prefix(40)) is not a finite number")
                }
                weights.append(w)
            } else {
                weights.append(nil)
            }
        }
        var (network, warnings) = b.finish(reader: "igraph")
        // `warnings` holds none for LGL (parallel edges are kept; nothing is merged).
        if weights.contains(where: { $0 != nil }) {
            for k in network.edges.indices { network.edges[k].weight = weights[k] ?? 1 }
        }
        return (network, warnings)
    }

    static func nonFinite(_ t: String) -> Double? {
        switch t.lowercased() {
        case "inf", "+inf", "infinity", "+infinity", "-inf", "-infinity", "nan": .nan
        default: nil
        }
    }
}

/// The lines of a text file: number and byte range (without the line end; a BOM skipped).
struct TextLines: Sequence {
    let data: [UInt8]
    init(_ data: [UInt8]) { self.data = data }

    struct Line {
        var number: Int
        var start: Int
        var end: Int

        func column(_ offset: Int, _ data: [UInt8]) -> Int {
            var c = 1
            for k in start ..< Swift.min(offset, data.count) where data[k] & 0xC0 != 0x80 { c += 1 }
            return c
        }

        func text(_ r: Range<Int>, _ data: [UInt8]) -> String { String(decoding: data[r], as: UTF8.self) }

        @inline(__always) static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }

        /// Tokens to the first `#` (NetworkX cuts the line there); after `dictAfter` tokens a
        /// `{` starts a Python data dict, read to its closing brace.
        func tokens(_ data: [UInt8], path: String, dictAfter: Int?) throws(ReadError) -> (ids: [Range<Int>], data: PythonEdgeData?, entries: [PythonLiteral.Entry]) {
            var ids: [Range<Int>] = []
            var i = start
            while i < end {
                let b = data[i]
                if b == UInt8(ascii: "#") { break }
                if Self.isBlank(b) { i += 1; continue }
                if let n = dictAfter, ids.count == n, b == UInt8(ascii: "{") {
                    let parsed = data.withUnsafeBufferPointer { PythonLiteral.parseDict($0, from: i, to: end) }
                    switch parsed {
                    case .failure(let f): throw .at(path, number, column(f.offset, data), f.message)
                    case .success(let (entries, close)):
                        var k = close
                        while k < end, Self.isBlank(data[k]) { k += 1 }
                        if k < end, data[k] != UInt8(ascii: "#") {
                            throw .at(path, number, column(k, data), "unexpected text after the edge's data dict (expected the end of the line or a # comment)")
                        }
                        switch PythonEdgeData.from(entries) {
                        case .failure(let f): throw .at(path, number, column(f.offset, data), f.message)
                        case .success(let d): return (ids, d, entries)
                        }
                    }
                }
                let s = i
                while i < end, !Self.isBlank(data[i]), data[i] != UInt8(ascii: "#") { i += 1 }
                ids.append(s ..< i)
            }
            return (ids, nil, [])
        }

        /// Tokens separated by blanks, `#` included (igraph's lexers).
        func plainTokens(_ data: [UInt8]) -> [Range<Int>] {
            var ids: [Range<Int>] = []
            var i = start
            while i < end {
                if Self.isBlank(data[i]) { i += 1; continue }
                let s = i
                while i < end, !Self.isBlank(data[i]) { i += 1 }
                ids.append(s ..< i)
            }
            return ids
        }
    }

    struct Iterator: IteratorProtocol {
        let data: [UInt8]
        var i: Int
        var number = 0
        mutating func next() -> Line? {
            guard i < data.count else { return nil }
            number += 1
            var e = i
            while e < data.count, data[e] != 0x0A { e += 1 }
            var end = e
            if end > i, data[end - 1] == 0x0D { end -= 1 }
            let line = Line(number: number, start: i, end: end)
            i = e + 1
            return line
        }
    }

    func makeIterator() -> Iterator { Iterator(data: data, i: TextInput.bomLength(data)) }
}

/// Nodes in order of first appearance and edges, each pair once for a simple graph.
struct AdjacencyBuilder {
    let path: String
    let directed: Bool
    /// Whether a repeated pair is one edge (NetworkX's Graph and DiGraph).
    var simple = true
    var nodes: [Node] = []
    var index: [String: Int] = [:]
    var edges: [Edge] = []
    struct Pair: Hashable { var a: Int; var b: Int }
    var pairs: [Pair: Int] = [:]
    var ends: [(Int, Int)] = []
    var merged = 0
    var firstMerged: Int?
    var dropped = DroppedValues()

    init(path: String, directed: Bool, simple: Bool = true) {
        self.path = path
        self.directed = directed
        self.simple = simple
    }

    mutating func node(_ r: Range<Int>, line: TextLines.Line, _ data: [UInt8]) throws(ReadError) -> Int {
        let id = line.text(r, data)
        if let k = index[id] { return k }
        if let problem = Network.idProblem(id) {
            throw .at(path, line.number, line.column(r.lowerBound, data), "node id '\(Network.printable(id))' \(problem)")
        }
        index[id] = nodes.count
        nodes.append(Node(id: id))
        return nodes.count - 1
    }

    /// Each edge's data dict entries, for a repeated pair's update.
    var raw: [[PythonLiteral.Entry]] = []

    mutating func edge(_ u: Int, _ v: Int, line: Int, data: PythonEdgeData?, entries: [PythonLiteral.Entry] = []) {
        let pair = directed || u <= v ? Pair(a: u, b: v) : Pair(a: v, b: u)
        if simple, let k = pairs[pair] {
            merged += 1
            if firstMerged == nil { firstMerged = line }
            guard !entries.isEmpty else { return }
            // NetworkX's add_edge updates the data dict (keys keep their first place); the
            // weight, relation and attributes follow from the merged dict.
            for e in entries {
                if let j = raw[k].firstIndex(where: { $0.key == e.key }) { raw[k][j] = e } else { raw[k].append(e) }
            }
            if case .success(let d) = PythonEdgeData.from(raw[k]) {
                edges[k].weight = d.weight
                edges[k].relation = d.relation ?? Edge.defaultRelation
                edges[k].attributes = d.attributes
            }
            return
        }
        raw.append(entries)
        pairs[pair] = edges.count
        var e = Edge(from: nodes[u].id, to: nodes[v].id, relation: data?.relation ?? Edge.defaultRelation, weight: data?.weight)
        e.attributes = data?.attributes ?? [:]
        edges.append(e)
    }

    func finish(reader: String) -> (network: Network, warnings: [Diagnostic]) {
        var network = Network(directed: directed)
        network.nodes = nodes
        network.edges = edges
        var warnings: [Diagnostic] = []
        if merged > 0, let line = firstMerged {
            let what = merged == 1 ? "1 pair is listed again" : "\(merged) pairs are listed again"
            let how = directed
                ? "each ordered pair is one arc, as \(reader) reads into a DiGraph"
                : "each pair is one undirected edge, as \(reader) reads into a Graph (give --directed to read arcs)"
            warnings.append(Diagnostic(location: SourceLocation(path: path, line: line, column: 1),
                                       message: "warning: \(what) (the first repeat is here): \(how)"))
        }
        if let w = dropped.warning(path: path) { warnings.append(w) }
        warnings.sort { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }
        return (network, warnings)
    }
}
