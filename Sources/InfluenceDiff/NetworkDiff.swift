import InfluenceGraph

/// Why two networks cannot be compared.
public enum DiffError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One network is directed and the other is not: their edges do not mean the same thing.
    case directednessDiffers(before: Bool, after: Bool)

    public var description: String {
        switch self {
        case .directednessDiffers(let b, let a):
            "cannot compare a \(b ? "directed" : "undirected") network with a\(a ? " directed" : "n undirected") one (give both sides the same 'directed')"
        }
    }
}

/// A node whose id changed between the two sides, matched through its aliases or label.
public struct NodeRename: Sendable, Hashable {
    /// The id before.
    public var from: String
    /// The id after.
    public var to: String
    /// What matched, e.g. `alias "Rights"`.
    public var matchedBy: String

    /// A rename from `from` to `to`, matched by `matchedBy`.
    public init(from: String, to: String, matchedBy: String) {
        self.from = from
        self.to = to
        self.matchedBy = matchedBy
    }
}

/// A node present on both sides whose fields differ.
public struct NodeChange: Sendable, Hashable {
    /// The node as it was (its id is the old one when it was renamed).
    public var before: Node
    /// The node as it is.
    public var after: Node
    /// The fields that differ (the id itself is reported as a rename, not here).
    public var changes: [FieldChange]
    /// The id after.
    public var id: String { after.id }
}

/// An edge present on both sides whose fields differ.
public struct EdgeChange: Sendable, Hashable {
    /// The edge as it was, its ends translated to the ids after (renames are not edge changes).
    public var before: Edge
    /// The edge as it is.
    public var after: Edge
    /// The fields that differ, evidence included (`source`, `quote`, `confidence` or `evidence`).
    public var changes: [FieldChange]
}

/// How an element of the union of both sides fared.
public enum ElementStatus: String, Sendable, Hashable, CaseIterable {
    /// `added`: on the after side only (entered); `removed`: on the before side only (left);
    /// `changed`: on both sides with fields that differ, a renamed node included; `unchanged`:
    /// on both sides, every field equal.
    case added, removed, changed, unchanged
}

/// What changed between two networks: nodes and edges that entered, left or changed, with their
/// evidence, and renamed nodes.
///
/// Matching (see Guides/Diff.md):
/// - **Nodes** by id. A node left without a partner on each side is then paired as a *rename*:
///   first when the new node lists the old id among its aliases (or the old node lists the new id),
///   then when they share an alias or label (compared case-insensitively); each node at most once,
///   earlier nodes in file order first.
/// - **Edges** by explicit `id` when both sides give the same one; the rest by (from, to,
///   relation) with renamed ends translated (unordered ends when undirected). Parallel edges of one
///   key are paired in file order: the *k*-th before with the *k*-th after.
///
/// - Complexity: O(*n* + *m*) expected (hashing), plus the field comparison of matched elements
///   that differ.
public struct NetworkDiff: Sendable {
    /// The earlier side, as given.
    public let before: Network
    /// The later side, as given.
    public let after: Network
    /// Nodes only after, in the after file's order.
    public private(set) var addedNodes: [Node] = []
    /// Nodes only before, in the before file's order.
    public private(set) var removedNodes: [Node] = []
    /// Nodes matched across a change of id, in the after file's order.
    public private(set) var renamedNodes: [NodeRename] = []
    /// Matched nodes that differ, in the after file's order.
    public private(set) var changedNodes: [NodeChange] = []
    /// Edges only after, in the after file's order.
    public private(set) var addedEdges: [Edge] = []
    /// Edges only before, in the before file's order, their ends named by the ids after.
    public private(set) var removedEdges: [Edge] = []
    /// Matched edges that differ, in the after file's order.
    public private(set) var changedEdges: [EdgeChange] = []
    /// For each node before, the index of its partner after (`nil`: removed).
    public private(set) var nodePartner: [Int?] = []
    /// For each edge before, the index of its partner after (`nil`: removed).
    public private(set) var edgePartner: [Int?] = []
    /// The after index of each of `changedEdges`.
    private var changedEdgeIndices: [Int] = []
    /// Old id → new id for renamed nodes.
    public private(set) var renames: [String: String] = [:]

    /// Nothing entered, left or changed.
    public var isEmpty: Bool {
        addedNodes.isEmpty && removedNodes.isEmpty && renamedNodes.isEmpty && changedNodes.isEmpty
            && addedEdges.isEmpty && removedEdges.isEmpty && changedEdges.isEmpty
    }

    /// Compares `before` with `after`.
    /// - Throws: ``DiffError/directednessDiffers(before:after:)``.
    public init(before: Network, after: Network) throws(DiffError) {
        guard before.directed == after.directed else {
            throw .directednessDiffers(before: before.directed, after: after.directed)
        }
        self.before = before
        self.after = after
        matchNodes()
        matchEdges()
    }

    // MARK: Nodes

    private mutating func matchNodes() {
        var afterIndex: [String: Int] = [:]
        afterIndex.reserveCapacity(after.nodes.count)
        for (i, n) in after.nodes.enumerated() where afterIndex[n.id] == nil { afterIndex[n.id] = i }
        var partner = [Int?](repeating: nil, count: before.nodes.count)
        var taken = [Bool](repeating: false, count: after.nodes.count)
        for (i, n) in before.nodes.enumerated() {
            if let j = afterIndex[n.id], !taken[j] {
                partner[i] = j
                taken[j] = true
            }
        }
        // Renames among the unmatched: strong (an id among the other side's aliases), then weak
        // (a shared alias or label).
        let unmatchedBefore = before.nodes.indices.filter { partner[$0] == nil }
        let unmatchedAfter = after.nodes.indices.filter { !taken[$0] }
        if !unmatchedBefore.isEmpty && !unmatchedAfter.isEmpty {
            var byAlias: [String: [Int]] = [:], byName: [String: [Int]] = [:]
            for j in unmatchedAfter {
                let n = after.nodes[j]
                for a in n.aliases { byAlias[Self.normalized(a), default: []].append(j) }
                for name in Set(n.aliases.map(Self.normalized) + [n.label].compactMap { $0 }.map(Self.normalized)) {
                    byName[name, default: []].append(j)
                }
            }
            var renamesFound: [(Int, Int, String)] = []
            for strong in [true, false] {
                for i in unmatchedBefore where partner[i] == nil {
                    let n = before.nodes[i]
                    var found: (Int, String)?
                    if strong {
                        if let j = byAlias[Self.normalized(n.id)]?.first(where: { !taken[$0] }) {
                            found = (j, "alias \"\(n.id)\"")
                        } else if let j = unmatchedAfter.first(where: { !taken[$0] && n.aliases.map(Self.normalized).contains(Self.normalized(after.nodes[$0].id)) }) {
                            found = (j, "alias \"\(after.nodes[j].id)\"")
                        }
                    } else {
                        let names = n.aliases + [n.label].compactMap { $0 }
                        for name in names {
                            if let j = byName[Self.normalized(name)]?.first(where: { !taken[$0] }) {
                                found = (j, n.aliases.contains(name) ? "alias \"\(name)\"" : "label \"\(name)\"")
                                break
                            }
                        }
                    }
                    if let (j, why) = found {
                        partner[i] = j
                        taken[j] = true
                        renamesFound.append((i, j, why))
                    }
                }
            }
            for (i, j, why) in renamesFound.sorted(by: { $0.1 < $1.1 }) {
                renamedNodes.append(NodeRename(from: before.nodes[i].id, to: after.nodes[j].id, matchedBy: why))
                renames[before.nodes[i].id] = after.nodes[j].id
            }
        }
        nodePartner = partner
        var changed: [(Int, NodeChange)] = []
        for (i, n) in before.nodes.enumerated() {
            guard let j = partner[i] else { removedNodes.append(n); continue }
            let m = after.nodes[j]
            var plain = n
            plain.id = m.id
            if plain == m { continue }
            let changes = Fields.changes(Fields.node(n), Fields.node(m)) + Fields.evidence(n.evidence, m.evidence)
            if !changes.isEmpty { changed.append((j, NodeChange(before: n, after: m, changes: changes))) }
        }
        changedNodes = changed.sorted { $0.0 < $1.0 }.map(\.1)
        addedNodes = after.nodes.indices.filter { !taken[$0] }.map { after.nodes[$0] }
    }

    static func normalized(_ s: String) -> String {
        s.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }

    // MARK: Edges

    private struct EdgeKey: Hashable {
        var from: String, to: String, relation: String
    }

    private func key(_ e: Edge) -> EdgeKey {
        if after.directed || e.from <= e.to { return EdgeKey(from: e.from, to: e.to, relation: e.relation) }
        return EdgeKey(from: e.to, to: e.from, relation: e.relation)
    }

    /// The edge with its ends named by the ids after.
    func translated(_ e: Edge) -> Edge {
        guard !renames.isEmpty else { return e }
        var e = e
        if let f = renames[e.from] { e.from = f }
        if let t = renames[e.to] { e.to = t }
        return e
    }

    private mutating func matchEdges() {
        let m = after.edges.count
        var taken = [Bool](repeating: false, count: m)
        var partner = [Int?](repeating: nil, count: before.edges.count)
        // By explicit id.
        if before.edges.contains(where: { $0.id != nil }) && after.edges.contains(where: { $0.id != nil }) {
            var byID: [String: Int] = [:]
            for (j, e) in after.edges.enumerated() { if let id = e.id, byID[id] == nil { byID[id] = j } }
            for (i, e) in before.edges.enumerated() {
                if let id = e.id, let j = byID[id], !taken[j] {
                    partner[i] = j
                    taken[j] = true
                }
            }
        }
        // By key, parallel edges in file order: `head` is the first free edge of a key, `next` chains the rest.
        var head: [EdgeKey: Int] = [:]
        head.reserveCapacity(m)
        var next = [Int](repeating: -1, count: m)
        for j in stride(from: m - 1, through: 0, by: -1) where !taken[j] {
            let k = key(after.edges[j])
            if let h = head[k] { next[j] = h }
            head[k] = j
        }
        for (i, e) in before.edges.enumerated() where partner[i] == nil {
            let k = key(translated(e))
            guard let j = head[k] else { continue }
            partner[i] = j
            taken[j] = true
            if next[j] >= 0 { head[k] = next[j] } else { head[k] = nil }
        }
        edgePartner = partner
        var changed: [(Int, EdgeChange)] = []
        for (i, e) in before.edges.enumerated() {
            guard let j = partner[i] else { removedEdges.append(translated(e)); continue }
            let t = translated(e), a = after.edges[j]
            if t == a { continue }
            var b = t, c = a
            if !after.directed && key(b) == key(c) { (b.from, b.to) = (c.from, c.to) }
            let changes = Fields.changes(Fields.edge(b), Fields.edge(c)) + Fields.evidence(b.evidence, c.evidence)
            if !changes.isEmpty { changed.append((j, EdgeChange(before: t, after: a, changes: changes))) }
        }
        changed.sort { $0.0 < $1.0 }
        changedEdges = changed.map(\.1)
        changedEdgeIndices = changed.map(\.0)
        addedEdges = (0 ..< m).filter { !taken[$0] }.map { after.edges[$0] }
    }

    // MARK: Union

    /// Both sides in one network, for drawing: the after side's nodes and edges in file order,
    /// then the removed ones (removed edges with their ends named by the ids after), each with its
    /// status and changed fields.
    public func union() -> DiffUnion {
        var network = after
        for (k, s) in before.sources where network.sources[k] == nil { network.sources[k] = s }
        for (k, s) in before.kinds where network.kinds[k] == nil { network.kinds[k] = s }
        for (k, s) in before.relations where network.relations[k] == nil { network.relations[k] = s }
        var nodeStatus = [ElementStatus](repeating: .unchanged, count: after.nodes.count)
        var nodeChanges = [[FieldChange]](repeating: [], count: after.nodes.count)
        var renamedFrom = [String?](repeating: nil, count: after.nodes.count)
        var afterNodeIndex: [String: Int] = [:]
        for (i, n) in after.nodes.enumerated() where afterNodeIndex[n.id] == nil { afterNodeIndex[n.id] = i }
        for n in addedNodes { if let i = afterNodeIndex[n.id] { nodeStatus[i] = .added } }
        for r in renamedNodes {
            if let i = afterNodeIndex[r.to] {
                nodeStatus[i] = .changed
                renamedFrom[i] = r.from
                nodeChanges[i] = [FieldChange(field: "id", before: .string(r.from), after: .string(r.to))]
            }
        }
        for c in changedNodes {
            if let i = afterNodeIndex[c.id] {
                nodeStatus[i] = .changed
                nodeChanges[i] += c.changes
            }
        }
        for n in removedNodes {
            network.nodes.append(n)
            nodeStatus.append(.removed)
            nodeChanges.append([])
            renamedFrom.append(nil)
        }
        var edgeStatus = [ElementStatus](repeating: .unchanged, count: after.edges.count)
        var edgeChanges = [[FieldChange]](repeating: [], count: after.edges.count)
        var addedEdge = [Bool](repeating: true, count: after.edges.count)
        for j in edgePartner.compactMap({ $0 }) { addedEdge[j] = false }
        for j in 0 ..< after.edges.count where addedEdge[j] { edgeStatus[j] = .added }
        for (c, j) in zip(changedEdges, changedEdgeIndices) {
            edgeStatus[j] = .changed
            edgeChanges[j] = c.changes
        }
        for e in removedEdges {
            network.edges.append(e)
            edgeStatus.append(.removed)
            edgeChanges.append([])
        }
        return DiffUnion(network: network, nodeStatus: nodeStatus, edgeStatus: edgeStatus,
                         nodeChanges: nodeChanges, edgeChanges: edgeChanges, renamedFrom: renamedFrom)
    }
}

/// The union of both sides of a ``NetworkDiff``, with each element's status, for drawing.
public struct DiffUnion: Sendable {
    /// After's nodes and edges in file order, then the removed ones.
    public var network: Network
    /// Indexed like `network.nodes`.
    public var nodeStatus: [ElementStatus]
    /// Indexed like `network.edges`.
    public var edgeStatus: [ElementStatus]
    /// The fields that changed (a rename appears as an `id` change), indexed like `network.nodes`.
    public var nodeChanges: [[FieldChange]]
    /// The fields that changed, indexed like `network.edges`.
    public var edgeChanges: [[FieldChange]]
    /// The old id of a renamed node, indexed like `network.nodes`.
    public var renamedFrom: [String?]
}
