import InfluenceGraph

/// A plain edge list in memory: interned node ids and parallel arrays of endpoints.
///
/// This is the fast path for large graphs: reading one costs one pass over the bytes and
/// one hash per token, and it turns into a ``Graph`` without building a ``Network``.
public struct EdgeList: Sendable, Equatable {
    /// Node ids in order of first appearance.
    public var ids: [String]
    public var sources: [Int32]
    public var targets: [Int32]
    /// One weight per edge, or `nil` when no line gives one.
    public var weights: [Double]?

    public init(ids: [String] = [], sources: [Int32] = [], targets: [Int32] = [], weights: [Double]? = nil) {
        self.ids = ids
        self.sources = sources
        self.targets = targets
        self.weights = weights
    }

    /// The graph of these edges (parallel edges merged by summing weights).
    /// - Complexity: O(*n* + *m*).
    public func graph(directed: Bool) throws(GraphError) -> Graph {
        var b = GraphBuilder(directed: directed)
        b.reserveCapacity(nodes: ids.count, edges: sources.count)
        for id in ids { b.addNode(id) }
        for i in 0 ..< sources.count { b.addEdge(sources[i], targets[i], weight: weights?[i]) }
        return try b.build()
    }

    /// The network form: nodes in order of first appearance, one edge of relation `edge` per line.
    public func network(directed: Bool, title: String? = nil) -> Network {
        var net = Network(title: title, directed: directed)
        net.nodes = ids.map { Node(id: $0) }
        net.edges.reserveCapacity(sources.count)
        for i in 0 ..< sources.count {
            net.edges.append(Edge(from: ids[Int(sources[i])], to: ids[Int(targets[i])], relation: "edge", weight: weights?[i]))
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
    /// Any token is an id. A third token is the weight, which must be a finite number > 0.
    /// - Throws: ``ReadError`` naming the line and column of the first malformed line.
    /// - Complexity: O(size of the input) time; one hash lookup per endpoint.
    public static func read(_ data: [UInt8], path: String) throws(ReadError) -> EdgeList {
        var list = EdgeList()
        var index: [String: Int32] = [:]
        var weights: [Double] = []
        var anyWeight = false
        let estimate = data.count / 12
        list.sources.reserveCapacity(estimate)
        list.targets.reserveCapacity(estimate)
        weights.reserveCapacity(estimate)
        let result: Result<Void, ReadError> = data.withUnsafeBufferPointer { bytes in
            var lineNumber = 0
            var start = 0
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
            var tokens: [Range<Int>] = []
            tokens.reserveCapacity(4)
            while start < bytes.count {
                lineNumber += 1
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                let next = end + 1
                if end - start > maxLineLength {
                    return .failure(.at(path, lineNumber, 1, "line is longer than \(maxLineLength) bytes (the limit for one line)"))
                }
                var lineEnd = end
                if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                // Tokenise up to a comment.
                tokens.removeAll(keepingCapacity: true)
                var i = start
                while i < lineEnd {
                    let b = bytes[i]
                    if b == UInt8(ascii: "#") { break }
                    if b == 0x20 || b == 0x09 { i += 1; continue }
                    let tokenStart = i
                    while i < lineEnd, bytes[i] != 0x20, bytes[i] != 0x09, bytes[i] != UInt8(ascii: "#") { i += 1 }
                    tokens.append(tokenStart ..< i)
                }
                func column(_ offset: Int) -> Int {
                    var c = 1
                    var k = start
                    while k < offset { if bytes[k] & 0xC0 != 0x80 { c += 1 }; k += 1 }
                    return c
                }
                switch tokens.count {
                case 0:
                    break
                case 2, 3:
                    var ends: (Int32, Int32) = (0, 0)
                    for (t, range) in tokens.prefix(2).enumerated() {
                        guard let id = String(validating: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) else {
                            return .failure(.at(path, lineNumber, column(range.lowerBound), "invalid UTF-8 in node id"))
                        }
                        let k: Int32
                        if let existing = index[id] { k = existing } else {
                            guard list.ids.count < Int(Int32.max) else {
                                return .failure(.at(path, lineNumber, 1, "more than \(Int32.max) distinct nodes"))
                            }
                            k = Int32(list.ids.count)
                            index[id] = k
                            list.ids.append(id)
                        }
                        if t == 0 { ends.0 = k } else { ends.1 = k }
                    }
                    list.sources.append(ends.0)
                    list.targets.append(ends.1)
                    if tokens.count == 3 {
                        let range = tokens[2]
                        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                        guard let w = NetworkDecoder.number(text) else {
                            return .failure(.at(path, lineNumber, column(range.lowerBound),
                                                "weight '\(text.prefix(40))' is not a number (expected a finite number > 0)"))
                        }
                        guard w.isFinite, w > 0 else {
                            return .failure(.at(path, lineNumber, column(range.lowerBound),
                                                "weight \(text.prefix(40)) is not allowed (expected a finite number > 0)"))
                        }
                        weights.append(w)
                        anyWeight = true
                    } else {
                        weights.append(1)
                    }
                default:
                    let found = tokens.count == 1 ? "1 field" : "\(tokens.count) fields"
                    return .failure(.at(path, lineNumber, column(tokens[min(tokens.count - 1, 3)].lowerBound),
                                        "expected 'source target [weight]', found \(found)"))
                }
                start = next
            }
            return .success(())
        }
        try result.get()
        if anyWeight { list.weights = weights }
        return list
    }

    /// Writes `source target [weight]` lines (the weight column only when some edge has a weight).
    ///
    /// - Returns: the bytes and the warnings to show, one line each, for what the format
    ///   cannot hold (isolated nodes, relations, attributes, dates, evidence).
    /// - Throws: ``WriteError/unrepresentable(format:reason:)`` for an id an edge list cannot
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
