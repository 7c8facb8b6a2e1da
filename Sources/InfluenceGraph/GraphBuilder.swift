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
    /// Whether edges are arcs; `false` builds an undirected graph, each edge joining both ends.
    public let directed: Bool
    private(set) var ids: [String] = []
    private(set) var indexByID: [String: Int32] = [:]
    private var sources: [Int32] = []
    private var targets: [Int32] = []
    private var weights: [Double] = []
    private var hasWeights = false

    /// An empty builder for a directed or an undirected graph.
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
    /// - Parameters:
    ///   - directed: Whether the edges are arcs.
    ///   - ids: The node ids, distinct; node *i* is `ids[i]`.
    ///   - sources: The first end of each edge, an index into `ids`.
    ///   - targets: The second end of each edge, in lock step with `sources`.
    ///   - weights: one per edge, or `nil` for all 1.
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
        // The lightest weight of each kept arc, started at the first merge of parallel edges
        // (weighted: a copy of the weights kept so far; unweighted: all 1, the distance of every
        // arc), then kept in step: shortest paths take the lightest parallel edge, as NetworkX's.
        var minimums: [Double] = []
        var tracksMinimums = false
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
                    #if INFLUENCE_INTERNAL_CHECKS
                    for u in 0 ..< n {
                        precondition(cursor[u] == off[u + 1],
                                     "GraphBuilder: row \(u) got \(cursor[u] - off[u]) arcs in the scatter, counted \(off[u + 1] - off[u])")
                    }
                    #endif
                }
            }
            // Sort and merge row by row, compacting in place (rows only move left).
            var keys: [UInt64] = []
            var scratchWeights: [Double] = []
            for u in 0 ..< n {
                let lo = off[u], hi = off[u + 1]
                let count = hi - lo
                #if INFLUENCE_INTERNAL_CHECKS
                // The in-place compaction is safe only while the write cursor trails the read cursor.
                precondition(kept <= lo && lo <= hi && hi <= arcCount,
                             "GraphBuilder: row \(u) reads \(lo) ..< \(hi) with \(kept) arcs kept (of \(arcCount))")
                #endif
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
                        if !tracksMinimums {
                            tracksMinimums = true
                            minimums.reserveCapacity(arcCount)
                            if hasWeights {
                                minimums.append(contentsOf: UnsafeMutableBufferPointer(rebasing: rw[0 ..< kept]))
                            } else {
                                minimums.append(contentsOf: repeatElement(1, count: kept))
                            }
                        }
                        if hasWeights {
                            minimums[kept - 1] = Swift.min(minimums[kept - 1], rw[i])
                            rw[kept - 1] += rw[i]
                        } else {
                            if counts.isEmpty { counts = [Double](repeating: 1, count: arcCount) }
                            counts[kept - 1] += 1
                        }
                        merged = true
                    } else {
                        rt[kept] = v
                        if hasWeights { rw[kept] = rw[i] }
                        if tracksMinimums { minimums.append(hasWeights ? rw[i] : 1) }
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
        let outDistances: [Double]? = tracksMinimums ? minimums : nil
        if !directed {
            let w: [Double]? = weighted ? outWeights : nil
            let graph = Graph(isDirected: false, ids: ids, indexByID: indexByID,
                              outOffsets: offsets, outTargets: outTargets, outWeights: w,
                              inOffsets: offsets, inTargets: outTargets, inWeights: w,
                              outDistances: outDistances, inDistances: outDistances,
                              edgeCount: edgeCount, selfLoopCount: selfLoops)
            #if INFLUENCE_INTERNAL_CHECKS
            _checkBuilt(graph, scatteredArcs: arcCount, weighted: weighted, countsMultiplicities: !hasWeights, indexByID: indexByID)
            #endif
            return graph
        }
        // Reverse CSR: a stable counting sort of the (sorted) arcs by target keeps rows ascending.
        var inOffsets = [Int](repeating: 0, count: n + 1)
        var inTargets = [Int32](repeating: 0, count: kept)
        var inWeights = [Double](repeating: 0, count: weighted ? kept : 0)
        var inDistances = [Double](repeating: 0, count: tracksMinimums ? kept : 0)
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
                                    if tracksMinimums { inDistances[slot] = minimums[i] }
                                    cursor[t] = slot + 1
                                }
                            }
                            #if INFLUENCE_INTERNAL_CHECKS
                            for t in 0 ..< n {
                                precondition(cursor[t] == inOff[t + 1],
                                             "GraphBuilder: in-row \(t) got \(cursor[t] - inOff[t]) arcs, counted \(inOff[t + 1] - inOff[t])")
                            }
                            #endif
                        }
                    } }
                }
            }
        } }
        let graph = Graph(isDirected: true, ids: ids, indexByID: indexByID,
                          outOffsets: offsets, outTargets: outTargets, outWeights: weighted ? outWeights : nil,
                          inOffsets: inOffsets, inTargets: inTargets, inWeights: weighted ? inWeights : nil,
                          outDistances: outDistances, inDistances: tracksMinimums ? inDistances : nil,
                          edgeCount: edgeCount, selfLoopCount: selfLoops)
        #if INFLUENCE_INTERNAL_CHECKS
        _checkBuilt(graph, scatteredArcs: arcCount, weighted: weighted, countsMultiplicities: !hasWeights, indexByID: indexByID)
        #endif
        return graph
    }

    #if INFLUENCE_INTERNAL_CHECKS
    /// The built graph against the CSR invariants ``Graph/checkInvariants()`` states, plus what
    /// the kernels also rely on: in-rows the transpose of out-rows (undirected: symmetric rows,
    /// the same arrays), the counts, and (unweighted) merged multiplicities adding up to the
    /// arcs scattered. O(*n* + *m* log *d*).
    private static func _checkBuilt(_ g: Graph, scatteredArcs: Int, weighted: Bool, countsMultiplicities: Bool,
                                    indexByID: [String: Int32]?) {
        let n = g.nodeCount, m = g.outTargets.count
        precondition(g.outOffsets.count == n + 1 && g.outOffsets.first == 0 && g.outOffsets.last == m,
                     "GraphBuilder: out-offsets (\(g.outOffsets.count) entries) do not run 0 ... \(m)")
        precondition(g.inOffsets.count == n + 1 && g.inOffsets.first == 0 && g.inOffsets.last == g.inTargets.count,
                     "GraphBuilder: in-offsets (\(g.inOffsets.count) entries) do not run 0 ... \(g.inTargets.count)")
        precondition(g.inTargets.count == m, "GraphBuilder: \(g.inTargets.count) in-arcs for \(m) out-arcs")
        precondition((g.outWeights != nil) == weighted && (g.inWeights != nil) == weighted,
                     "GraphBuilder: weights present in one direction only, or when the graph is unweighted")
        precondition((g.outWeights?.count ?? m) == m && (g.inWeights?.count ?? m) == m,
                     "GraphBuilder: weights not in lock step with targets")
        precondition(indexByID.map { $0.count == n } ?? true, "GraphBuilder: the id index has the wrong size")
        for u in 0 ..< n {
            let lo = g.outOffsets[u], hi = g.outOffsets[u + 1]
            precondition(lo <= hi, "GraphBuilder: out-offsets decrease at row \(u)")
            precondition(g.inOffsets[u] <= g.inOffsets[u + 1], "GraphBuilder: in-offsets decrease at row \(u)")
            var previous: Int32 = -1
            for i in lo ..< hi {
                let t = g.outTargets[i]
                precondition(t >= 0 && Int(t) < n, "GraphBuilder: arc \(i) of row \(u) targets \(t), not in 0..<\(n)")
                precondition(t > previous, "GraphBuilder: row \(u) not strictly ascending at arc \(i) (\(previous), \(t))")
                previous = t
                // The reverse arc u in the in-row of t (undirected: the row of t), with the same weight.
                var a = g.inOffsets[Int(t)], b = g.inOffsets[Int(t) + 1]
                while a < b {
                    let mid = (a + b) / 2
                    if g.inTargets[mid] < Int32(u) { a = mid + 1 } else { b = mid }
                }
                precondition(a < g.inOffsets[Int(t) + 1] && g.inTargets[a] == Int32(u),
                             "GraphBuilder: arc \(u) → \(t) has no reverse entry in the in-rows")
                if let ow = g.outWeights, let iw = g.inWeights {
                    precondition(ow[i] == iw[a] || (ow[i].isNaN && iw[a].isNaN),
                                 "GraphBuilder: arc \(u) → \(t) weighs \(ow[i]) out, \(iw[a]) in")
                }
            }
        }
        let loops = (0 ..< n).reduce(0) { total, u in
            total + g.outTargets[g.outOffsets[u] ..< g.outOffsets[u + 1]].filter { Int($0) == u }.count
        }
        precondition(loops == g.selfLoopCount, "GraphBuilder: \(loops) self-loops in the rows, selfLoopCount \(g.selfLoopCount)")
        let edges = g.isDirected ? m : (m + loops) / 2
        precondition(g.isDirected || (m + loops) % 2 == 0, "GraphBuilder: undirected rows not symmetric (\(m) arcs, \(loops) loops)")
        precondition(g.edgeCount == edges, "GraphBuilder: edgeCount \(g.edgeCount), the rows hold \(edges) edges")
        if countsMultiplicities {
            // Unweighted input: each kept arc weighs its multiplicity (1 when nothing merged).
            let total = g.outWeights.map { $0.reduce(0, +) } ?? Double(m)
            precondition(total == Double(scatteredArcs),
                         "GraphBuilder: \(scatteredArcs) arcs scattered, merged multiplicities add up to \(total)")
        }
        precondition(g.checkInvariants(), "GraphBuilder: Graph.checkInvariants() fails on the built graph")
    }
    #endif
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
