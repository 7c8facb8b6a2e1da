/// Collects nodes and edges, then freezes them into an immutable ``Graph``.
///
///     var b = GraphBuilder(directed: true)
///     b.addEdge("iran", "kh")
///     b.addEdge("iran", "badr", weight: 2)
///     let g = try b.build()     // 3 nodes, 2 arcs
///
/// Edges are sorted by (source, target) with two stable counting sorts and parallel edges are
/// merged by summing weights, so building is O(*n* + *m*) whatever the input order.
public struct GraphBuilder: Sendable {
    public let directed: Bool
    private(set) var ids: [String] = []
    private(set) var indexByID: [String: Int32] = [:]
    private var sources: [Int32] = []
    private var targets: [Int32] = []
    private var weights: [Double] = []
    private var hasWeights = false

    public init(directed: Bool) {
        self.directed = directed
    }

    /// Reserves room for `nodes` nodes and `edges` edges.
    public mutating func reserveCapacity(nodes: Int, edges: Int) {
        ids.reserveCapacity(nodes)
        indexByID.reserveCapacity(nodes)
        sources.reserveCapacity(edges)
        targets.reserveCapacity(edges)
        weights.reserveCapacity(edges)
    }

    /// Adds a node if it is new; returns its index either way.
    /// - Complexity: amortised O(1) (one hash of `id`).
    @discardableResult
    public mutating func addNode(_ id: String) -> Int32 {
        if let i = indexByID[id] { return i }
        let i = Int32(truncatingIfNeeded: ids.count)
        ids.append(id)
        indexByID[id] = i
        return i
    }

    /// Adds an edge between two indices returned by ``addNode(_:)``. A `nil` weight counts 1.
    public mutating func addEdge(_ u: Int32, _ v: Int32, weight: Double? = nil) {
        precondition(Int(u) < ids.count && Int(v) < ids.count && u >= 0 && v >= 0, "node index out of range")
        sources.append(u)
        targets.append(v)
        if let weight { hasWeights = true; weights.append(weight) } else { weights.append(1) }
    }

    /// Adds an edge between two ids, adding the nodes if they are new.
    public mutating func addEdge(_ from: String, _ to: String, weight: Double? = nil) {
        let u = addNode(from), v = addNode(to)
        addEdge(u, v, weight: weight)
    }

    /// Number of edges added so far (before merging).
    public var addedEdgeCount: Int { sources.count }

    /// Freezes the collected nodes and edges into a ``Graph``.
    ///
    /// - Throws: ``GraphError/tooManyNodes(_:)`` past `Int32.max` nodes.
    /// - Complexity: O(*n* + *m*) time and memory.
    public func build() throws(GraphError) -> Graph {
        let n = ids.count
        guard n < Int(Int32.max) else { throw .tooManyNodes(n) }
        // Arcs: each edge once when directed; both ways (self-loops once) when undirected.
        var arcSources: [Int32], arcTargets: [Int32], arcWeights: [Double]
        if directed {
            arcSources = sources; arcTargets = targets; arcWeights = weights
        } else {
            let m = sources.count
            arcSources = []; arcTargets = []; arcWeights = []
            arcSources.reserveCapacity(2 * m); arcTargets.reserveCapacity(2 * m); arcWeights.reserveCapacity(2 * m)
            for i in 0 ..< m {
                let u = sources[i], v = targets[i], w = weights[i]
                arcSources.append(u); arcTargets.append(v); arcWeights.append(w)
                if u != v { arcSources.append(v); arcTargets.append(u); arcWeights.append(w) }
            }
        }
        // Sort by (source, target): stable counting sort by target, then by source.
        let byTarget = GraphBuilder.countingOrder(keys: arcTargets, identity: nil, n: n)
        let order = GraphBuilder.countingOrder(keys: arcSources, identity: byTarget, n: n)
        // Merge runs of equal (source, target), summing weights.
        var offsets = [Int](repeating: 0, count: n + 1)
        var outTargets = [Int32](); outTargets.reserveCapacity(order.count)
        var outWeights = [Double](); outWeights.reserveCapacity(order.count)
        var merged = false
        var lastU: Int32 = -1, lastV: Int32 = -1
        var selfLoops = 0
        for e in order {
            let u = arcSources[Int(e)], v = arcTargets[Int(e)], w = arcWeights[Int(e)]
            if u == lastU && v == lastV {
                outWeights[outWeights.count - 1] += w
                merged = true
            } else {
                outTargets.append(v)
                outWeights.append(w)
                offsets[Int(u) + 1] += 1
                if u == v { selfLoops += 1 }
                lastU = u; lastV = v
            }
        }
        for v in 0 ..< n { offsets[v + 1] += offsets[v] }
        let weighted = hasWeights || merged
        let edgeCount = directed ? outTargets.count : (outTargets.count + selfLoops) / 2
        if !directed {
            let w: [Double]? = weighted ? outWeights : nil
            return Graph(isDirected: false, ids: ids, indexByID: indexByID,
                         outOffsets: offsets, outTargets: outTargets, outWeights: w,
                         inOffsets: offsets, inTargets: outTargets, inWeights: w,
                         edgeCount: edgeCount, selfLoopCount: selfLoops)
        }
        // Reverse CSR: a stable counting sort of the (sorted) arcs by target keeps rows ascending.
        var inOffsets = [Int](repeating: 0, count: n + 1)
        for t in outTargets { inOffsets[Int(t) + 1] += 1 }
        for v in 0 ..< n { inOffsets[v + 1] += inOffsets[v] }
        var cursor = inOffsets
        var inTargets = [Int32](repeating: 0, count: outTargets.count)
        var inWeights = [Double](repeating: 0, count: weighted ? outTargets.count : 0)
        for u in 0 ..< n {
            for i in offsets[u] ..< offsets[u + 1] {
                let t = Int(outTargets[i])
                let slot = cursor[t]
                inTargets[slot] = Int32(truncatingIfNeeded: u)
                if weighted { inWeights[slot] = outWeights[i] }
                cursor[t] = slot + 1
            }
        }
        return Graph(isDirected: true, ids: ids, indexByID: indexByID,
                     outOffsets: offsets, outTargets: outTargets, outWeights: weighted ? outWeights : nil,
                     inOffsets: inOffsets, inTargets: inTargets, inWeights: weighted ? inWeights : nil,
                     edgeCount: edgeCount, selfLoopCount: selfLoops)
    }

    /// A stable counting sort: the positions of `keys` ordered by key, visiting positions in
    /// `identity` order (or 0..<count when `nil`).
    private static func countingOrder(keys: [Int32], identity: [Int32]?, n: Int) -> [Int32] {
        var count = [Int](repeating: 0, count: n + 1)
        for k in keys { count[Int(k) + 1] += 1 }
        for i in 0 ..< n { count[i + 1] += count[i] }
        var result = [Int32](repeating: 0, count: keys.count)
        if let identity {
            for e in identity {
                let k = Int(keys[Int(e)])
                result[count[k]] = e
                count[k] += 1
            }
        } else {
            for e in 0 ..< keys.count {
                let k = Int(keys[e])
                result[count[k]] = Int32(truncatingIfNeeded: e)
                count[k] += 1
            }
        }
        return result
    }
}
