import Synchronization

/// The compact, read-only form of a network that algorithms run on.
///
/// Nodes are dense indices `0 ..< nodeCount` (`Int32` in storage). Adjacency is stored in
/// compressed sparse row (CSR) form: the out-neighbours of `v` are
/// `outTargets[outOffsets[v] ..< outOffsets[v + 1]]`, sorted ascending, with weights in
/// lock step in `outWeights`. Directed graphs also keep the reverse CSR (in-neighbours);
/// for undirected graphs the in-arrays are the out-arrays and every edge `{u, v}`, `u ≠ v`,
/// appears in both rows (a self-loop appears once, in its own row).
///
/// A `Graph` is simple: parallel edges between the same ordered pair (the same unordered pair
/// when undirected) are merged into one arc. Its weight is the **sum** of theirs (a missing
/// weight counts 1): what strength, PageRank, HITS, eigenvector and Katz read, as NetworkX sums
/// parallel edges when it builds its matrices. Its *distance* is the **lightest** of theirs: what
/// the shortest-path measures (betweenness, edge betweenness, closeness, harmonic, load) read, as
/// NetworkX's shortest paths take the lightest of parallel edges (``hasParallelDistances`` tells
/// whether the two differ). Self-loops are kept and counted in ``selfLoopCount``.
///
/// Build one with ``GraphBuilder`` or from a ``Network`` with `init(network:view:)`.
///
/// - Complexity: O(*n* + *m*) memory: 8(*n*+1) + 4*m* bytes per direction, plus 8*m* with weights.
public struct Graph: Sendable {
    /// Whether arcs have a direction.
    public let isDirected: Bool
    /// Node ids by index.
    public let ids: [String]
    /// Index of each id, built on first use (a graph read from an edge list for ranking never
    /// needs it, and on a million nodes it costs more than the CSR arrays).
    public var indexByID: [String: Int32] { idIndex.dictionary(for: ids) }
    private let idIndex: IDIndex
    /// Offsets into ``outTargets``; `nodeCount + 1` entries.
    package let outOffsets: [Int]
    /// Out-neighbours, row by row, ascending within a row.
    package let outTargets: [Int32]
    /// Weights in lock step with ``outTargets``, or `nil` when every weight is 1.
    package let outWeights: [Double]?
    /// Offsets into ``inTargets`` (the out-arrays when undirected).
    package let inOffsets: [Int]
    /// In-neighbours, row by row, ascending within a row.
    package let inTargets: [Int32]
    /// Weights in lock step with ``inTargets``.
    package let inWeights: [Double]?
    /// The lightest weight of the parallel edges merged into each arc, in lock step with
    /// ``outTargets``; `nil` when no weighted arc merged parallel edges (then distances are
    /// ``outWeights``, or 1 for an unweighted graph).
    package let outDistances: [Double]?
    /// The same, in lock step with ``inTargets``.
    package let inDistances: [Double]?
    /// Number of edges of the simple graph: arcs when directed, unordered pairs when undirected;
    /// self-loops included.
    public let edgeCount: Int
    /// Number of self-loops.
    public let selfLoopCount: Int

    init(isDirected: Bool, ids: [String], indexByID: [String: Int32]?,
         outOffsets: [Int], outTargets: [Int32], outWeights: [Double]?,
         inOffsets: [Int], inTargets: [Int32], inWeights: [Double]?,
         outDistances: [Double]? = nil, inDistances: [Double]? = nil,
         edgeCount: Int, selfLoopCount: Int) {
        self.isDirected = isDirected
        self.ids = ids
        self.idIndex = IDIndex(indexByID)
        self.outOffsets = outOffsets
        self.outTargets = outTargets
        self.outWeights = outWeights
        self.inOffsets = inOffsets
        self.inTargets = inTargets
        self.inWeights = inWeights
        self.outDistances = outDistances
        self.inDistances = inDistances
        self.edgeCount = edgeCount
        self.selfLoopCount = selfLoopCount
    }

    /// Number of nodes.
    public var nodeCount: Int { ids.count }
    /// Whether edges carry weights other than 1.
    public var isWeighted: Bool { outWeights != nil }
    /// Whether parallel edges were merged whose summed weight (for strength, PageRank, …) differs
    /// from their lightest weight (for shortest paths): a multigraph's arcs.
    public var hasParallelDistances: Bool { outDistances != nil }

    /// The index of a node id, or `nil`.
    public func index(of id: String) -> Int? { indexByID[id].map(Int.init) }

    /// Out-neighbours of `v` (all neighbours when undirected), ascending.
    /// - Complexity: O(1).
    public func successors(of v: Int) -> ArraySlice<Int32> {
        precondition(v >= 0 && v < nodeCount, "node index \(v) out of range 0..<\(nodeCount)")
        return outTargets[outOffsets[v] ..< outOffsets[v + 1]]
    }

    /// In-neighbours of `v` (all neighbours when undirected), ascending.
    /// - Complexity: O(1).
    public func predecessors(of v: Int) -> ArraySlice<Int32> {
        precondition(v >= 0 && v < nodeCount, "node index \(v) out of range 0..<\(nodeCount)")
        return inTargets[inOffsets[v] ..< inOffsets[v + 1]]
    }

    /// Number of out-neighbours (neighbours when undirected; a self-loop counts once).
    public func outDegree(of v: Int) -> Int { outOffsets[v + 1] - outOffsets[v] }
    /// Number of in-neighbours (neighbours when undirected).
    public func inDegree(of v: Int) -> Int { inOffsets[v + 1] - inOffsets[v] }

    /// Weight of the arc `u → v` (edge `{u, v}` when undirected), `nil` if there is none.
    /// - Complexity: O(log *d*), *d* the out-degree of `u`.
    public func weight(from u: Int, to v: Int) -> Double? {
        var lo = outOffsets[u], hi = outOffsets[u + 1]
        let t = Int32(v)
        while lo < hi {
            let mid = (lo + hi) / 2
            if outTargets[mid] < t { lo = mid + 1 } else { hi = mid }
        }
        guard lo < outOffsets[u + 1], outTargets[lo] == t else { return nil }
        return outWeights?[lo] ?? 1
    }

    /// Checks the CSR invariants: monotone offsets, targets in range, rows strictly ascending,
    /// weights in lock step. For tests and debugging.
    public func checkInvariants() -> Bool {
        func check(_ offsets: [Int], _ targets: [Int32], _ weights: [Double]?) -> Bool {
            guard offsets.count == nodeCount + 1, offsets.first == 0, offsets.last == targets.count else { return false }
            if let weights, weights.count != targets.count { return false }
            for v in 0 ..< nodeCount {
                guard offsets[v] <= offsets[v + 1] else { return false }
                var previous: Int32 = -1
                for i in offsets[v] ..< offsets[v + 1] {
                    let t = targets[i]
                    guard t > previous, Int(t) < nodeCount else { return false }
                    previous = t
                }
            }
            return true
        }
        return check(outOffsets, outTargets, outWeights) && check(inOffsets, inTargets, inWeights)
    }
}

/// The id → index dictionary of a ``Graph``, built once, on first use, by whichever thread asks first.
final class IDIndex: Sendable {
    private let cache: Mutex<[String: Int32]?>

    init(_ dictionary: [String: Int32]?) { cache = Mutex(dictionary) }

    func dictionary(for ids: [String]) -> [String: Int32] {
        cache.withLock { cached in
            if let cached { return cached }
            var d = [String: Int32](minimumCapacity: ids.count)
            for (i, id) in ids.enumerated() where d[id] == nil { d[id] = Int32(truncatingIfNeeded: i) }
            cached = d
            return d
        }
    }
}
