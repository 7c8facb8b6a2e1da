import Foundation
import InfluenceGraph
import InfluenceSerialization

/// A plain edge list in memory: interned node ids and parallel arrays of endpoints.
///
/// This is the fast path for large graphs: reading one costs one pass over the bytes and
/// one hash per token, and it turns into a `Graph` without building a `Network`.
public struct EdgeList: Sendable, Equatable {
    /// Node ids in order of first appearance.
    public var ids: [String]
    /// The first end of each edge (one per line), an index into ``ids``.
    public var sources: [Int32]
    /// The second end of each edge, an index into ``ids``, in lock step with ``sources``.
    public var targets: [Int32]
    /// One weight per edge, or `nil` when no line gives one.
    public var weights: [Double]?
    /// One relation per edge, or `nil` when no line's data dict gives one (NetworkX's
    /// `{'relation': …}`, else `{'label': …}`).
    public var relations: [String]?
    /// The other keys of each edge's data dict, or `nil` when no line has any.
    public var attributes: [Attributes]?
    /// What the reader left out (`warning: …`), such as data values influence cannot hold.
    public var warnings: [Diagnostic] = []

    /// Whether the list is endpoints and weights only, with no warning: the fast path to a
    /// `Graph` loses nothing.
    public var isPlain: Bool { relations == nil && attributes == nil && warnings.isEmpty }

    /// An edge list from its columns.
    ///
    /// - Parameters:
    ///   - ids: Node ids, distinct; node *i* is `ids[i]`.
    ///   - sources: The first end of each edge, an index into `ids`.
    ///   - targets: The second end of each edge, in lock step with `sources`.
    ///   - weights: One weight per edge, or `nil` for none.
    public init(ids: [String] = [], sources: [Int32] = [], targets: [Int32] = [], weights: [Double]? = nil) {
        self.ids = ids
        self.sources = sources
        self.targets = targets
        self.weights = weights
    }

    /// The graph of these edges (parallel edges merged: weights summed, the lightest as the distance).
    /// - Complexity: O(*n* + *m*).
    public func graph(directed: Bool) throws(GraphError) -> Graph {
        try GraphBuilder.build(directed: directed, ids: ids, sources: sources, targets: targets, weights: weights)
    }

    /// The network form: nodes in order of first appearance, one edge per line (of relation
    /// `edge` unless its data dict names one).
    public func network(directed: Bool, title: String? = nil) -> Network {
        var net = Network(title: title, directed: directed)
        net.nodes = ids.map { Node(id: $0) }
        net.edges.reserveCapacity(sources.count)
        for i in 0 ..< sources.count {
            net.edges.append(Edge(from: ids[Int(sources[i])], to: ids[Int(targets[i])], relation: relations?[i] ?? Edge.defaultRelation,
                                  weight: weights?[i], attributes: attributes?[i] ?? [:]))
        }
        return net
    }
}

/// Reads and writes plain edge lists: `source target [weight]` per line.
public enum EdgeListFormat {
    /// Longest line accepted, in bytes.
    public static let maxLineLength = 1 << 20

    /// Parses an edge list.
    ///
    /// Tokens are separated by spaces or tabs; `#` starts a comment that runs to the end of the
    /// line (as in `networkx.read_edgelist`); blank lines are skipped; `\r\n` line ends are accepted.
    /// Any token is an id. A third token is the weight, which must be a finite number (negative and zero weights are kept).
    ///
    /// Or, after the two ids, the Python dict that `networkx.write_edgelist` writes by default
    /// (`a b {'weight': 4, 'relation': 'x'}`, `a b {}`), read strictly with Python's literal syntax
    /// (strings, numbers, True, False, None): `weight` is the weight (a finite number), `relation` (else `label`) a non-empty
    /// string is the relation, every other key an attribute. `None`, `inf` and `nan` values are
    /// left out with one warning (``EdgeList/warnings``). A `#` inside a quoted string of the dict
    /// is part of the string (NetworkX would cut the line there and fail).
    /// - Throws: `ReadError` naming the line and column of the first malformed line.
    /// - Complexity: O(size of the input) time; one hash lookup per endpoint.
    public static func read(_ data: [UInt8], path: String) throws(ReadError) -> EdgeList {
        try read(data, path: path) { _ in }
    }

    /// Parses an edge list with the parser set up by `configure` (NCOL's rules).
    static func read(_ data: [UInt8], path: String, configure: (inout EdgeListParser) -> Void) throws(ReadError) -> EdgeList {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .at(path, 1, 1, "the file is empty (expected 'source target [weight]' lines)")
        }
        // Binary data: say so, at the first NUL byte, rather than report its first odd "line".
        if let nul = data.withUnsafeBufferPointer({ b in memchr(b.baseAddress!, 0, b.count) }) {
            let offset = data.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress!) }.distance(to: UnsafeRawPointer(nul))
            let line = data[..<offset].lazy.filter { $0 == 0x0A }.count + 1
            let lineStart = data[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let column = data[lineStart ..< offset].lazy.filter { $0 & 0xC0 != 0x80 }.count + 1
            throw .at(path, line, column, "NUL byte (an edge list is text; is this a binary file?)")
        }
        let result: Result<EdgeList, ReadError> = data.withUnsafeBufferPointer { bytes in
            var parser = EdgeListParser(bytes: bytes, path: path)
            configure(&parser)
            return parser.parse()
        }
        return try result.get()
    }

    /// Writes `source target [weight]` lines (the weight column only when some edge has a weight).
    ///
    /// - Returns: the bytes and the warnings to show, one line each, for what the format
    ///   cannot hold (isolated nodes, relations, attributes, dates, evidence).
    /// - Throws: `WriteError.unrepresentable(format:reason:)` for an id an edge list cannot
    ///   hold (empty, or containing whitespace or `#`).
    public static func write(_ network: Network) throws(WriteError) -> (bytes: [UInt8], warnings: [String]) {
        var out: [UInt8] = []
        out.reserveCapacity(network.edges.count * 16)
        let weighted = network.edges.contains { $0.weight != nil }
        func check(_ id: String) throws(WriteError) {
            if id.isEmpty || id.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == UInt8(ascii: "#") }) {
                throw .unrepresentable(format: "edge list",
                                       reason: "node id '\(id)' contains whitespace or '#' (an edge list cannot hold it; use YAML or JSON)")
            }
        }
        for edge in network.edges {
            try check(edge.from)
            try check(edge.to)
            out.append(contentsOf: edge.from.utf8)
            out.append(0x20)
            out.append(contentsOf: edge.to.utf8)
            if weighted {
                out.append(0x20)
                out.append(contentsOf: formatNumber(edge.weight ?? 1).utf8)
            }
            out.append(0x0A)
        }
        var warnings: [String] = []
        var touched = Set<String>()
        for e in network.edges { touched.insert(e.from); touched.insert(e.to) }
        let isolated = network.nodes.count - network.nodes.lazy.filter { touched.contains($0.id) }.count
        if isolated > 0 { warnings.append("\(isolated) node(s) without edges cannot be written to an edge list and are left out") }
        let relations = Set(network.edges.map(\.relation)).subtracting(["edge"])
        var lost: [String] = []
        if !relations.isEmpty { lost.append("relations") }
        if network.nodes.contains(where: { $0.label != nil || $0.kind != nil || !$0.aliases.isEmpty || !$0.attributes.isEmpty }) {
            lost.append("node labels, kinds, aliases and attributes")
        }
        if network.edges.contains(where: { !$0.attributes.isEmpty || $0.id != nil }) { lost.append("edge ids and attributes") }
        if network.nodes.contains(where: { !$0.validity.isAlways }) || network.edges.contains(where: { !$0.validity.isAlways }) {
            lost.append("validity dates")
        }
        if network.nodes.contains(where: { !$0.evidence.isEmpty }) || network.edges.contains(where: { !$0.evidence.isEmpty }) {
            lost.append("evidence")
        }
        if !lost.isEmpty { warnings.append("an edge list cannot hold \(lost.joined(separator: ", ")); they are left out") }
        if !network.directed { warnings.append("an edge list does not say it is undirected; read it back with --undirected") }
        return (out, warnings)
    }
}

/// Interns byte ranges of one buffer, so a line's ids are looked up without making a `String`.
///
/// Open addressing over a power-of-two table whose entries hold the id's first 8 bytes packed
/// into a word, its length and its index: an id of at most 8 bytes (most integer ids) is found
/// with one cache line read and no byte comparison.
struct ByteInterner {
    enum Lookup { case found(Int32), new(slot: Int) }

    private struct Entry {
        var key: UInt64
        /// Where the id's first occurrence starts in `bytes` (for ids longer than 8 bytes).
        var start: Int
        var length: Int32
        var index: Int32  // -1: empty
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private var table: [Entry]
    private var mask: Int
    private var count = 0
    private var pendingKey: UInt64 = 0

    init(bytes: UnsafeBufferPointer<UInt8>, capacity: Int) {
        self.bytes = bytes
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        table = [Entry](repeating: Entry(key: 0, start: 0, length: 0, index: -1), count: size)
        mask = size - 1
    }

    /// The first 8 bytes, little-endian, zero-padded.
    @inline(__always) private func packed(_ r: Range<Int>) -> UInt64 {
        var key: UInt64 = 0
        var shift: UInt64 = 0
        for k in r.lowerBound ..< min(r.upperBound, r.lowerBound + 8) {
            key |= UInt64(bytes[k]) << shift
            shift += 8
        }
        return key
    }

    @inline(__always) private func slot(key: UInt64, range r: Range<Int>) -> Int {
        var h = key ^ UInt64(r.count) &* 0x9E37_79B9_7F4A_7C15
        if r.count > 8 {
            for k in (r.lowerBound + 8) ..< r.upperBound { h = (h ^ UInt64(bytes[k])) &* 0x0000_0100_0000_01B3 }
        }
        h = (h ^ (h >> 31)) &* 0xbf58_476d_1ce4_e5b9
        return Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
    }

    mutating func intern(_ r: Range<Int>) -> Lookup {
        let key = packed(r)
        pendingKey = key
        let length = Int32(truncatingIfNeeded: r.count)
        var s = slot(key: key, range: r)
        return table.withUnsafeBufferPointer { t in
            while true {
                let e = t[s]
                if e.index < 0 { return .new(slot: s) }
                if e.key == key, e.length == length, length <= 8 || tailEqual(e.start, r) {
                    return .found(e.index)
                }
                s = (s + 1) & mask
            }
        }
    }

    @inline(__always) private func tailEqual(_ start: Int, _ r: Range<Int>) -> Bool {
        for j in 8 ..< r.count where bytes[start + j] != bytes[r.lowerBound + j] { return false }
        return true
    }

    /// Records `r` as id `index` in the slot ``intern(_:)`` returned (no other insert in between).
    mutating func insert(_ r: Range<Int>, index: Int32, slot: Int) {
        table[slot] = Entry(key: pendingKey, start: r.lowerBound, length: Int32(truncatingIfNeeded: r.count), index: index)
        count += 1
        if count * 2 > table.count { grow() }
    }

    private mutating func grow() {
        let old = table
        table = [Entry](repeating: Entry(key: 0, start: 0, length: 0, index: -1), count: old.count * 2)
        mask = table.count - 1
        for e in old where e.index >= 0 {
            var s = slot(key: e.key, range: e.start ..< e.start + Int(e.length))
            while table[s].index >= 0 { s = (s + 1) & mask }
            table[s] = e
        }
    }
}

/// One pass over an edge list's bytes, then one pass over its endpoints. A struct with mutating
/// methods rather than closures over local variables, so the compiler checks exclusive access
/// statically (closures capturing `var`s paid a dynamic check on every id).
///
/// The first pass gives each endpoint a provisional code, without touching any per-node table:
/// an id written as a plain decimal integer (no sign, no leading zero, at most 9 digits, below
/// `integerLimit`) is coded by its value; any other id is interned by its bytes and coded
/// `~s`, *s* its rank among such ids. The second pass (``resolve(_:)``) turns codes into node
/// indices in order of first appearance, in a loop so short that the processor overlaps the
/// cache misses of many lookups in the flat integer table: on a 5,000,000-edge file those
/// misses were 70 % of the parse when they were taken one line at a time.
struct EdgeListParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let path: String
    var list = EdgeList()
    var weights: [Double] = []
    var anyWeight = false
    /// Ids other than plain integers are interned by their bytes; a String is made once per distinct id.
    var interner: ByteInterner
    /// Those ids, in order of first appearance (code `~s` for `stringIDs[s]`).
    var stringIDs: [String] = []
    /// Integer ids at or above this are interned as strings (it keeps the flat table within
    /// the file's size).
    let integerLimit: Int
    /// The largest integer id coded by value, or -1.
    var largestInteger = -1
    /// Why ``nodeCode(_:)`` last returned `nil`.
    var rejection = ""
    /// Whether `#` starts a comment (igraph's NCOL has no comments).
    var comments = true
    /// Whether a Python dict after the two ids is the edge's data (NetworkX's `write_edgelist`).
    var allowData = true
    /// The format's name and line shape, for messages.
    var expected = "'source target [weight]' or 'source target {data dict}'"
    var relations: [String] = []
    var anyRelation = false
    var edgeAttributes: [Attributes] = []
    var anyAttributes = false
    var dropped = DroppedValues()

    init(bytes: UnsafeBufferPointer<UInt8>, path: String) {
        self.bytes = bytes
        self.path = path
        // Room for one edge per line, counted exactly (a fast pass), so the arrays never regrow.
        var lines = 1
        for b in bytes where b == 0x0A { lines += 1 }
        list.sources.reserveCapacity(lines)
        list.targets.reserveCapacity(lines)
        interner = ByteInterner(bytes: bytes, capacity: 1024)
        integerLimit = min(Int(Int32.max), max(1 << 16, bytes.count / 4))
    }

    @inline(__always) static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }

    func column(_ lineStart: Int, _ offset: Int) -> Int {
        var c = 1
        var k = lineStart
        while k < offset { if bytes[k] & 0xC0 != 0x80 { c += 1 }; k += 1 }
        return c
    }

    /// The provisional code of the id in `range` (see the type's note); `nil`, with ``rejection``
    /// saying why, for invalid UTF-8 or an id ``Network/idProblem(_:)`` refuses.
    @inline(__always) mutating func nodeCode(_ range: Range<Int>) -> Int32? {
        let length = range.count
        if length <= 9, bytes[range.lowerBound] != 0x30 || length == 1 {
            var value = 0
            var digits = true
            for k in range {
                let d = bytes[k] &- 0x30
                if d > 9 { digits = false; break }
                value = value &* 10 &+ Int(d)
            }
            if digits && value < integerLimit {
                if value > largestInteger { largestInteger = value }
                return Int32(truncatingIfNeeded: value)
            }
        }
        switch interner.intern(range) {
        case .found(let existing): return ~existing
        case .new(let slot):
            guard let id = String(validating: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) else {
                rejection = "invalid UTF-8 in node id"
                return nil
            }
            if let problem = Network.idProblem(id) {
                rejection = "node id '\(Network.printable(id))' \(problem)"
                return nil
            }
            let s = Int32(truncatingIfNeeded: stringIDs.count)
            interner.insert(range, index: s, slot: slot)
            stringIDs.append(id)
            return ~s
        }
    }

    /// Replaces every provisional code in `list.sources` and `list.targets` by its node index,
    /// numbering nodes in order of first appearance (source before target on each line), and
    /// fills `list.ids`.
    mutating func resolve() -> Result<Void, ReadError> {
        var byInteger = [Int32](repeating: -1, count: largestInteger + 1)
        var byString = [Int32](repeating: -1, count: stringIDs.count)
        var ids: [String] = []
        let limit = Int(Int32.max) - 2
        var failed = false
        byInteger.withUnsafeMutableBufferPointer { byInteger in
        byString.withUnsafeMutableBufferPointer { byString in
        list.sources.withUnsafeMutableBufferPointer { sources in
        list.targets.withUnsafeMutableBufferPointer { targets in
            @inline(__always) func index(_ code: Int32) -> Int32 {
                if code >= 0 {
                    let known = byInteger[Int(code)]
                    if known >= 0 { return known }
                    let k = Int32(truncatingIfNeeded: ids.count)
                    byInteger[Int(code)] = k
                    ids.append(String(code))
                    return k
                }
                let s = Int(~code)
                let known = byString[s]
                if known >= 0 { return known }
                let k = Int32(truncatingIfNeeded: ids.count)
                byString[s] = k
                ids.append(stringIDs[s])
                return k
            }
            for i in 0 ..< sources.count {
                sources[i] = index(sources[i])
                targets[i] = index(targets[i])
                if ids.count > limit { failed = true; break }
            }
        } } } }
        if failed { return .failure(.at(path, 1, 1, "more than \(limit) distinct nodes")) }
        list.ids = ids
        return .success(())
    }

    mutating func parse() -> Result<EdgeList, ReadError> {
        let count = bytes.count
        let maxLineLength = EdgeListFormat.maxLineLength
        var lineNumber = 0
        var start = 0
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let progress = WorkProgress.current
        progress?.begin(total: count)
        var nextReport = 1 << 20
        while start < count {
            if start >= nextReport {
                progress?.update(completed: start)
                nextReport = start + 1 << 20
            }
            lineNumber += 1
            var end = start
            while end < count, bytes[end] != 0x0A { end += 1 }
            let next = end + 1
            if end - start > maxLineLength {
                return .failure(.at(path, lineNumber, 1, "line is longer than \(maxLineLength) bytes (the limit for one line)"))
            }
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            // Up to four tokens (a fourth is an error), stopping at a comment.
            var t0 = 0 ..< 0, t1 = 0 ..< 0, t2 = 0 ..< 0, t3 = 0 ..< 0
            var found = 0
            var i = start
            var data: PythonEdgeData?
            let hash: UInt8 = comments ? UInt8(ascii: "#") : 0x0A
            while i < lineEnd {
                let b = bytes[i]
                if b == hash { break }
                if Self.isBlank(b) { i += 1; continue }
                if found == 2, allowData, b == UInt8(ascii: "{") {
                    // NetworkX's data dict: to its closing brace, then only a comment.
                    switch PythonLiteral.parseDict(bytes, from: i, to: lineEnd) {
                    case .failure(let f):
                        return .failure(.at(path, lineNumber, column(start, f.offset), f.message))
                    case .success(let (entries, end)):
                        switch PythonEdgeData.from(entries) {
                        case .failure(let f): return .failure(.at(path, lineNumber, column(start, f.offset), f.message))
                        case .success(let d): data = d
                        }
                        t2 = i ..< end
                        i = end
                    }
                    while i < lineEnd, Self.isBlank(bytes[i]) { i += 1 }
                    if i < lineEnd, bytes[i] != hash {
                        return .failure(.at(path, lineNumber, column(start, i),
                                            "unexpected text after the edge's data dict (expected the end of the line or a # comment)"))
                    }
                    found = 3
                    break
                }
                let tokenStart = i
                while i < lineEnd, !Self.isBlank(bytes[i]), bytes[i] != hash { i += 1 }
                switch found {
                case 0: t0 = tokenStart ..< i
                case 1: t1 = tokenStart ..< i
                case 2: t2 = tokenStart ..< i
                case 3: t3 = tokenStart ..< i
                default: break
                }
                found += 1
            }
            switch found {
            case 0:
                break
            case 2, 3:
                guard let u = nodeCode(t0) else {
                    return .failure(.at(path, lineNumber, column(start, t0.lowerBound), rejection))
                }
                guard let v = nodeCode(t1) else {
                    return .failure(.at(path, lineNumber, column(start, t1.lowerBound), rejection))
                }
                list.sources.append(u)
                list.targets.append(v)
                if let data {
                    addData(data, lineNumber: lineNumber, lineStart: start)
                } else if anyRelation || anyAttributes {
                    addData(PythonEdgeData(), weighted: false, lineNumber: lineNumber, lineStart: start)
                }
                if data != nil {
                    // The weight, if any, came with the dict.
                } else if found == 3 {
                    guard let w = NumberSyntax.parseNumber(UnsafeBufferPointer(rebasing: bytes[t2])) else {
                        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[t2]), as: UTF8.self)
                        return .failure(.at(path, lineNumber, column(start, t2.lowerBound),
                                            "weight '\(text.prefix(40))' is not a number (expected a finite number)"))
                    }
                    guard w.isFinite else {
                        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[t2]), as: UTF8.self)
                        return .failure(.at(path, lineNumber, column(start, t2.lowerBound),
                                            "weight \(text.prefix(40)) is not allowed (expected a finite number)"))
                    }
                    if !anyWeight {
                        // The first weight: the lines before it weigh 1.
                        anyWeight = true
                        weights.reserveCapacity(list.sources.capacity)
                        weights.append(contentsOf: repeatElement(1, count: list.sources.count - 1))
                    }
                    weights.append(w)
                } else if anyWeight {
                    weights.append(1)
                }
            default:
                let text = found == 1 ? "1 field" : "\(found) fields"
                let at = found == 1 ? t0 : t3
                return .failure(.at(path, lineNumber, column(start, at.lowerBound),
                                    "expected \(expected), found \(text)"))
            }
            start = next
        }
        if anyWeight { list.weights = weights }
        if anyRelation { list.relations = relations }
        if anyAttributes { list.attributes = edgeAttributes }
        if let w = dropped.warning(path: path) { list.warnings.append(w) }
        if case .failure(let error) = resolve() { return .failure(error) }
        return .success(list)
    }

    /// Records the data dict of the edge just appended (its weight, relation, attributes).
    mutating func addData(_ data: PythonEdgeData, weighted: Bool = true, lineNumber: Int, lineStart: Int) {
        let k = list.sources.count - 1
        if !weighted {
            // The line's weight is the caller's.
        } else if let w = data.weight {
            if !anyWeight {
                anyWeight = true
                weights.reserveCapacity(list.sources.capacity)
                weights.append(contentsOf: repeatElement(1, count: k))
            }
            weights.append(w)
        } else if anyWeight {
            weights.append(1)
        }
        if data.relation != nil, !anyRelation {
            anyRelation = true
            relations = Array(repeating: Edge.defaultRelation, count: k)
        }
        if anyRelation { relations.append(data.relation ?? Edge.defaultRelation) }
        if !data.attributes.isEmpty, !anyAttributes {
            anyAttributes = true
            edgeAttributes = Array(repeating: [:], count: k)
        }
        if anyAttributes { edgeAttributes.append(data.attributes) }
        for d in data.dropped { dropped.add(d.key, line: lineNumber, column: column(lineStart, d.offset)) }
    }
}

/// Reads igraph's NCOL files (`.ncol`, the Large Graph Layout's "named" edge list).
///
/// One edge per line: two names and an optional weight, separated by spaces or tabs, as
/// `igraph_read_graph_ncol` reads them (<https://igraph.org/c/doc/igraph-Foreign.html#igraph_read_graph_ncol>):
/// a name is any run of printable characters (`#` included: NCOL has no comments); blank
/// lines are skipped. When some line gives a weight, a line without one weighs 1, as igraph
/// reads it since version 1.0 (igraph issue 2395; earlier versions gave 0). The file does not say its direction: it is read as directed,
/// as python-igraph's `Graph.Read_Ncol` does by default (`directed=True`); `--undirected`
/// reads it as undirected (R igraph's default).
public enum NCOLFormat {
    /// Parses an NCOL file.
    /// - Returns: The network (directed, relation `edge`), and warnings.
    /// - Throws: `ReadError` naming the line and column of the first malformed line.
    public static func read(_ data: [UInt8], path: String) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        let list = try EdgeListFormat.read(data, path: path) { parser in
            parser.comments = false
            parser.allowData = false
            parser.expected = "'name name [weight]'"
        }
        return (list.network(directed: true), list.warnings)
    }
}
