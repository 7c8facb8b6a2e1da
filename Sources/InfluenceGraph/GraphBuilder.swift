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
        try GraphBuilder.build(directed: directed, ids: ids, indexByID: indexByID, sources: sources, targets: targets,
                               weights: hasWeights ? weights : nil)
    }

    /// Builds a ``Graph`` straight from parallel arrays of endpoints (indices into `ids`, which
    /// must be distinct), without hashing a single id: the fast path for edge lists.
    ///
    /// - Parameter weights: one per edge, or `nil` for all 1.
    /// - Precondition: every index is in `0 ..< ids.count`.
    /// - Complexity: O(*n* + *m*) time and memory.
    public static func build(directed: Bool, ids: [String], sources: [Int32], targets: [Int32],
                             weights: [Double]?) throws(GraphError) -> Graph {
        precondition(sources.count == targets.count && (weights?.count ?? sources.count) == sources.count)
        let n = ids.count
        precondition(!sources.contains { $0 < 0 || Int($0) >= n } && !targets.contains { $0 < 0 || Int($0) >= n },
                     "node index out of range")
        return try build(directed: directed, ids: ids, indexByID: nil, sources: sources, targets: targets, weights: weights)
    }

    private static func build(directed: Bool, ids: [String], indexByID: [String: Int32]?, sources: [Int32],
                              targets: [Int32], weights inputWeights: [Double]?) throws(GraphError) -> Graph {
        let n = ids.count
        guard n < Int(Int32.max) else { throw .tooManyNodes(n) }
        let m = sources.count
        let hasWeights = inputWeights != nil
        // Rows: scatter every arc into its source's row, in input order (undirected: both ways,
        // a self-loop once); then sort each row by target, stably, and merge equal targets by
        // summing weights in input order. One scatter instead of two full counting sorts.
        var offsets = [Int](repeating: 0, count: n + 1)
        var arcCount = 0
        sources.withUnsafeBufferPointer { s in targets.withUnsafeBufferPointer { t in
            offsets.withUnsafeMutableBufferPointer { off in
                for i in 0 ..< m {
                    off[Int(s[i]) + 1] += 1
                    if !directed && s[i] != t[i] { off[Int(t[i]) + 1] += 1 }
                }
                for v in 0 ..< n { off[v + 1] += off[v] }
                arcCount = off[n]
            }
        } }
        var rowTargets = [Int32](repeating: 0, count: arcCount)
        var rowWeights = [Double](repeating: 0, count: hasWeights ? arcCount : 0)
        var merged = false
        // Unweighted parallel edges count 1 each: their merged weight is the count. Allocated (all
        // 1) at the first merge only, indexed like the kept arcs.
        var counts: [Double] = []
        var selfLoops = 0
        var kept = 0
        sources.withUnsafeBufferPointer { s in targets.withUnsafeBufferPointer { t in
        inputWeights.withUnsafeBufferPointerIfPresent { w in
        offsets.withUnsafeMutableBufferPointer { off in
        rowTargets.withUnsafeMutableBufferPointer { rt in rowWeights.withUnsafeMutableBufferPointer { rw in
            do {
                var cursor = Array(off.dropLast())
                cursor.withUnsafeMutableBufferPointer { cursor in
                    for i in 0 ..< m {
                        let u = Int(s[i]), v = Int(t[i])
                        let slot = cursor[u]; cursor[u] = slot + 1
                        rt[slot] = t[i]
                        if let w { rw[slot] = w[i] }
                        if !directed && u != v {
                            let back = cursor[v]; cursor[v] = back + 1
                            rt[back] = s[i]
                            if let w { rw[back] = w[i] }
                        }
                    }
                }
            }
            // Sort and merge row by row, compacting in place (rows only move left).
            var keys: [UInt64] = []
            var scratchWeights: [Double] = []
            for u in 0 ..< n {
                let lo = off[u], hi = off[u + 1]
                let count = hi - lo
                var sorted = true
                if count > 1 {
                    for i in (lo + 1) ..< hi where rt[i] < rt[i - 1] { sorted = false; break }
                }
                if count > 1 && !sorted {
                    if !hasWeights {
                        // Equal targets are indistinguishable: any sort will do.
                        if count <= 16 {
                            for i in (lo + 1) ..< hi {
                                let x = rt[i]; var j = i - 1
                                while j >= lo && rt[j] > x { rt[j + 1] = rt[j]; j -= 1 }
                                rt[j + 1] = x
                            }
                        } else {
                            var row = UnsafeMutableBufferPointer(rebasing: rt[lo ..< hi])
                            row.sort()
                        }
                    } else if count <= 16 {
                        // Insertion sort is stable: parallel weights keep their input order.
                        for i in (lo + 1) ..< hi {
                            let x = rt[i], y = rw[i]; var j = i - 1
                            while j >= lo && rt[j] > x { rt[j + 1] = rt[j]; rw[j + 1] = rw[j]; j -= 1 }
                            rt[j + 1] = x; rw[j + 1] = y
                        }
                    } else {
                        // (target, position) keys are distinct, so sorting them is stable by construction.
                        keys.removeAll(keepingCapacity: true)
                        for i in 0 ..< count { keys.append(UInt64(UInt32(bitPattern: rt[lo + i])) << 32 | UInt64(i)) }
                        keys.sort()
                        scratchWeights.removeAll(keepingCapacity: true)
                        for i in 0 ..< count { scratchWeights.append(rw[lo + i]) }
                        for (i, key) in keys.enumerated() {
                            rt[lo + i] = Int32(bitPattern: UInt32(truncatingIfNeeded: key >> 32))
                            rw[lo + i] = scratchWeights[Int(key & 0xFFFF_FFFF)]
                        }
                    }
                }
                let start = kept
                var last: Int32 = -1
                for i in lo ..< hi {
                    let v = rt[i]
                    if v == last {
                        if hasWeights {
                            rw[kept - 1] += rw[i]
                        } else {
                            if counts.isEmpty { counts = [Double](repeating: 1, count: arcCount) }
                            counts[kept - 1] += 1
                        }
                        merged = true
                    } else {
                        rt[kept] = v
                        if hasWeights { rw[kept] = rw[i] }
                        kept += 1
                        if Int(v) == u { selfLoops += 1 }
                        last = v
                    }
                }
                off[u] = start
            }
            off[n] = kept
        } } } } } }
        // Trim in place (no copy: the row arrays are not used again).
        rowTargets.removeLast(arcCount - kept)
        let outTargets = rowTargets
        var outWeights: [Double]
        if hasWeights {
            rowWeights.removeLast(arcCount - kept)
            outWeights = rowWeights
        } else if merged {
            counts.removeLast(arcCount - kept)
            outWeights = counts
        } else {
            outWeights = []
        }
        let weighted = inputWeights != nil || merged
        let edgeCount = directed ? kept : (kept + selfLoops) / 2
        if !directed {
            let w: [Double]? = weighted ? outWeights : nil
            return Graph(isDirected: false, ids: ids, indexByID: indexByID,
                         outOffsets: offsets, outTargets: outTargets, outWeights: w,
                         inOffsets: offsets, inTargets: outTargets, inWeights: w,
                         edgeCount: edgeCount, selfLoopCount: selfLoops)
        }
        // Reverse CSR: a stable counting sort of the (sorted) arcs by target keeps rows ascending.
        var inOffsets = [Int](repeating: 0, count: n + 1)
        var inTargets = [Int32](repeating: 0, count: kept)
        var inWeights = [Double](repeating: 0, count: weighted ? kept : 0)
        offsets.withUnsafeBufferPointer { off in outTargets.withUnsafeBufferPointer { oT in
            outWeights.withUnsafeBufferPointer { oW in
                inOffsets.withUnsafeMutableBufferPointer { inOff in
                    inTargets.withUnsafeMutableBufferPointer { iT in inWeights.withUnsafeMutableBufferPointer { iW in
                        for t in oT { inOff[Int(t) + 1] += 1 }
                        for v in 0 ..< n { inOff[v + 1] += inOff[v] }
                        var cursor = Array(inOff)
                        cursor.withUnsafeMutableBufferPointer { cursor in
                            for u in 0 ..< n {
                                for i in off[u] ..< off[u + 1] {
                                    let t = Int(oT[i])
                                    let slot = cursor[t]
                                    iT[slot] = Int32(truncatingIfNeeded: u)
                                    if weighted { iW[slot] = oW[i] }
                                    cursor[t] = slot + 1
                                }
                            }
                        }
                    } }
                }
            }
        } }
        return Graph(isDirected: true, ids: ids, indexByID: indexByID,
                     outOffsets: offsets, outTargets: outTargets, outWeights: weighted ? outWeights : nil,
                     inOffsets: inOffsets, inTargets: inTargets, inWeights: weighted ? inWeights : nil,
                     edgeCount: edgeCount, selfLoopCount: selfLoops)
    }
}

extension Optional where Wrapped == [Double] {
    /// Calls `body` with the array's buffer, or with `nil`.
    func withUnsafeBufferPointerIfPresent<R>(_ body: (UnsafeBufferPointer<Double>?) -> R) -> R {
        switch self {
        case .some(let a): a.withUnsafeBufferPointer { body($0) }
        case .none: body(nil)
        }
    }
}
