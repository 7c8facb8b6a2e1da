import Dispatch
import InfluenceGraph

// The single-source shortest-path kernels shared by the path-based measures (betweenness, load,
// and later closeness and harmonic), and the chunk-ordered reduction their per-source sums use.

/// One direction of a graph's CSR adjacency as raw buffers, valid only inside
/// ``InfluenceGraph/Graph/_withAdjacency(reversed:_:)``.
package struct _Adjacency {
    /// Row offsets; `nodeCount + 1` entries.
    package let offsets: UnsafeBufferPointer<Int>
    /// Neighbours, row by row, ascending within a row.
    package let targets: UnsafeBufferPointer<Int32>
    /// Weights in lock step with `targets`, or `nil` when every weight is 1.
    package let weights: UnsafeBufferPointer<Double>?
    /// Row offsets of the opposite direction (in-arcs when searching out-arcs): node `w`'s
    /// shortest-path predecessors are among its neighbours that way, so a weighted search keeps
    /// `w`'s predecessor list in the slots `oppositeOffsets[w] ..< oppositeOffsets[w + 1]`.
    package let oppositeOffsets: UnsafeBufferPointer<Int>

    /// Number of arcs in this direction.
    package var arcCount: Int { targets.count }
}

extension Graph {
    /// Runs `body` with the graph's CSR as raw buffers: out-arcs, or in-arcs when `reversed`
    /// (the same arrays on undirected graphs), with the arcs' *distances* as weights — the lightest
    /// of merged parallel edges, as NetworkX's shortest paths take. The buffers must not escape `body`.
    ///
    /// - Complexity: O(1); nothing is copied.
    package func _withAdjacency<R>(reversed: Bool = false, _ body: (_Adjacency) -> R) -> R {
        let offsets = reversed ? inOffsets : outOffsets
        let targets = reversed ? inTargets : outTargets
        let weights = reversed ? (inDistances ?? inWeights) : (outDistances ?? outWeights)
        let oppositeOffsets = reversed ? outOffsets : inOffsets
        return offsets.withUnsafeBufferPointer { o in
            targets.withUnsafeBufferPointer { t in
                oppositeOffsets.withUnsafeBufferPointer { p in
                    if let weights {
                        return weights.withUnsafeBufferPointer { w in
                            body(_Adjacency(offsets: o, targets: t, weights: w, oppositeOffsets: p))
                        }
                    }
                    return body(_Adjacency(offsets: o, targets: t, weights: nil, oppositeOffsets: p))
                }
            }
        }
    }
}

/// A compile-time flag, so that each combination of options gets its own specialised loop.
protocol _SearchFlag { static var value: Bool { get } }
enum _SearchOn: _SearchFlag { static var value: Bool { true } }
enum _SearchOff: _SearchFlag { static var value: Bool { false } }

/// A heap entry of the Dijkstra search: a node with NetworkX's key `(dist, count)`.
///
/// NetworkX pushes a new tuple `(dist, count, pred, v)` for every improvement and skips stale
/// ones when popped; here each node has one entry whose key is lowered in place (decrease-key),
/// taking the count of the improvement. The live entries, and so the pop order, are the same.
struct _DijkstraEntry {
    var distance: Double
    var sequence: UInt32
    var node: Int32

    /// NetworkX's tuple order: by distance, ties by insertion count (which is unique).
    @inline(__always)
    static func precedes(_ a: _DijkstraEntry, _ b: _DijkstraEntry) -> Bool {
        a.distance < b.distance || (a.distance == b.distance && a.sequence < b.sequence)
    }
}

/// The per-worker scratch memory of single-source shortest-path searches, reused from one
/// source to the next: BFS when unweighted, Dijkstra with an indexed 4-ary heap when weighted.
///
/// Each worker (each chunk of sources) owns one workspace; it is not `Sendable` and never
/// shared. All arrays are allocated once, in `init`; a search resets only the entries the
/// previous search touched (the nodes in ``order``), so a search from a source that reaches *r*
/// nodes over *a* arcs costs O(*r* + *a*) (O((*r* + *a*) log *r*) weighted), not O(*n*).
///
/// After ``run(from:_:)`` returns, and until the next run, the results are readable:
/// - ``order``[0 ..< ``reachedCount``]: the reached nodes in the order they were settled
///   (NetworkX's stack `S`: BFS order, or Dijkstra's pop order), the source first;
/// - the distance of each node: ``hops`` when unweighted (−1 when unreached), ``distance``
///   when weighted (+∞ when unreached);
/// - with `countsPaths`: σ in ``sigma``, the number of shortest-path predecessors in
///   ``predecessorCount`` (unweighted: with `countsPredecessors`), and the shortest-path DAG:
///   - unweighted, as **successor** lists in BFS order: the arcs `v → w` with `w` one hop
///     farther, for `v = order[p]` at ``successors``[``successorStart``[p] ..< successorStart[p + 1]]
///     (with `recordsArcs`, the arc's index in ``successorArcs``). They are written
///     sequentially as the BFS meets them, so the backward pass reads them sequentially too
///     and *pulls* each node's dependency from its successors;
///   - weighted, as **predecessor** lists, `storedPredecessors(of:)`, in the order NetworkX
///     appends them (the order the predecessors were settled; reset when a strictly shorter
///     path is found), which the backward pass *pushes* into, as NetworkX does. Dijkstra cannot
///     write successor lists in order: a tentative predecessor may be dropped later.
///
/// The searches reproduce NetworkX's `_single_source_shortest_path_basic` and
/// `_single_source_dijkstra_path_basic` (`networkx/algorithms/centrality/betweenness.py`), whose
/// predecessor sets are also those of `nx.predecessor` and `nx.dijkstra_predecessor_and_distance`
/// used by load centrality: the same settling order `S`, the same tie rule (a path is as short as
/// another when the float sums `dist[v] + w` are exactly equal, computed in the same order), the
/// same heap order (distance, then insertion count; NetworkX's lazy deletion is replaced by
/// decrease-key, which leaves the same live entries), and the same σ sums. One NetworkX quirk is
/// kept: in the weighted search the source's σ is added to itself when it is popped, so every
/// weighted σ is twice the path count; σ is only ever used in ratios, and doubling is exact in
/// binary floating point, so the quirk changes no result.
///
/// - Complexity: O(*n* + *m*) memory: 8*n* bytes of order and hops; with `countsPaths` 20*n* of
///   σ, scratch and counts, and 8*n* + 4*m* of DAG lists (4*m* more with arcs); weighted, 8*n* of
///   distances and 20*n* of heap.
package final class _ShortestPathWorkspace {
    /// Number of nodes of the graph searched.
    package let nodeCount: Int
    /// Dijkstra (`true`) or BFS (`false`).
    package let weighted: Bool
    /// Whether σ, predecessor counts and the shortest-path DAG are kept.
    package let countsPaths: Bool
    /// Whether the DAG lists keep the index of each arc (for edge betweenness).
    package let recordsArcs: Bool
    /// Whether ``predecessorCount`` is kept: always when weighted (with `countsPaths`), on
    /// request when unweighted.
    package let countsPredecessors: Bool

    /// The last source searched, or −1.
    package private(set) var source = -1
    /// Number of nodes reached by the last search (the length of NetworkX's `S`).
    package private(set) var reachedCount = 0

    /// Reached nodes in settling order; doubles as the BFS queue.
    package let order: UnsafeMutablePointer<Int32>
    /// Unweighted: distance in hops, −1 when unreached. Weighted: 1 once settled, −1 before.
    package let hops: UnsafeMutablePointer<Int32>
    /// Weighted distances (NetworkX's `seen`, equal to `D` once settled), +∞ when unreached.
    package let distance: UnsafeMutablePointer<Double>
    /// σ, the number of shortest paths from the source (weighted: twice that, see above); 0 when
    /// unreached (`countsPaths` only).
    package let sigma: UnsafeMutablePointer<Double>
    /// Scratch for the accumulation that follows a search (Brandes' δ or coefficient, a load
    /// share); 0 after a reset (`countsPaths` only).
    package let scratch: UnsafeMutablePointer<Double>
    /// Number of shortest-path predecessors (with ``countsPredecessors``).
    package let predecessorCount: UnsafeMutablePointer<Int32>
    /// Unweighted: where the successors of `order[p]` start in ``successors``; `reachedCount + 1` entries.
    package let successorStart: UnsafeMutablePointer<Int>
    /// Unweighted: the shortest-path DAG's successor lists, in BFS order of their tails.
    package let successors: UnsafeMutablePointer<Int32>
    /// Unweighted with `recordsArcs`: the arc index (into the searched direction) of each successor.
    package let successorArcs: UnsafeMutablePointer<Int>

    /// Weighted: predecessor lists, node `w`'s at `oppositeOffsets[w] ..< + predecessorCount`.
    private let predecessors: UnsafeMutablePointer<Int32>
    /// Weighted with `recordsArcs`: the arc (index into the searched direction) of each predecessor.
    private let predecessorArcs: UnsafeMutablePointer<Int>
    private let heap: UnsafeMutablePointer<_DijkstraEntry>
    /// The allocation behind `heap`, aligned so that each group of four siblings shares a cache line.
    private let heapStorage: UnsafeMutableRawPointer
    /// Weighted: each node's index in `heap`, valid while it is there.
    private let heapPosition: UnsafeMutablePointer<Int32>
    private let arcCapacity: Int

    /// Allocates a workspace for graphs of `nodeCount` nodes and `arcCount` arcs in the searched
    /// direction.
    /// - Complexity: O(*n* + *m*) time and memory.
    package init(nodeCount: Int, arcCount: Int, weighted: Bool, countsPaths: Bool = true,
                 countsPredecessors: Bool = false, recordsArcs: Bool = false) {
        self.nodeCount = nodeCount
        self.weighted = weighted
        self.countsPaths = countsPaths
        self.countsPredecessors = countsPaths && (weighted || countsPredecessors)
        self.recordsArcs = recordsArcs && countsPaths
        precondition(!weighted || arcCount < Int(UInt32.max), "too many arcs for the Dijkstra insertion counter")
        let n = max(1, nodeCount)
        let arcs = max(1, arcCount)
        arcCapacity = arcCount
        order = .allocate(capacity: n)
        order.initialize(repeating: 0, count: n)
        hops = .allocate(capacity: n)
        hops.initialize(repeating: -1, count: n)
        let distances = weighted ? n : 1
        distance = .allocate(capacity: distances)
        distance.initialize(repeating: .infinity, count: distances)
        let counted = countsPaths ? n : 1
        sigma = .allocate(capacity: counted)
        sigma.initialize(repeating: 0, count: counted)
        scratch = .allocate(capacity: counted)
        scratch.initialize(repeating: 0, count: counted)
        predecessorCount = .allocate(capacity: counted)
        predecessorCount.initialize(repeating: 0, count: counted)
        let dag = countsPaths ? arcs : 1
        let arcSlots = self.recordsArcs ? arcs : 1
        let unweightedDAG = !weighted && countsPaths
        successorStart = .allocate(capacity: unweightedDAG ? n + 1 : 1)
        successorStart.initialize(repeating: 0, count: unweightedDAG ? n + 1 : 1)
        successors = .allocate(capacity: unweightedDAG ? dag : 1)
        successors.initialize(repeating: 0, count: unweightedDAG ? dag : 1)
        successorArcs = .allocate(capacity: unweightedDAG ? arcSlots : 1)
        successorArcs.initialize(repeating: 0, count: unweightedDAG ? arcSlots : 1)
        predecessors = .allocate(capacity: weighted ? dag : 1)
        predecessors.initialize(repeating: 0, count: weighted ? dag : 1)
        predecessorArcs = .allocate(capacity: weighted ? arcSlots : 1)
        predecessorArcs.initialize(repeating: 0, count: weighted ? arcSlots : 1)
        // Siblings 4i + 1 … 4i + 4 (16 bytes each) fill one 64-byte line when entry 0 sits 48
        // bytes into a 64-byte-aligned block.
        let heapEntries = weighted ? n : 1
        heapStorage = .allocate(byteCount: 48 + heapEntries * MemoryLayout<_DijkstraEntry>.stride, alignment: 64)
        heap = (heapStorage + 48).bindMemory(to: _DijkstraEntry.self, capacity: heapEntries)
        heapPosition = .allocate(capacity: weighted ? n : 1)
        heapPosition.initialize(repeating: 0, count: weighted ? n : 1)
    }

    deinit {
        order.deallocate()
        hops.deallocate()
        distance.deallocate()
        sigma.deallocate()
        scratch.deallocate()
        predecessorCount.deallocate()
        successorStart.deallocate()
        successors.deallocate()
        successorArcs.deallocate()
        predecessors.deallocate()
        predecessorArcs.deallocate()
        heapStorage.deallocate()
        heapPosition.deallocate()
    }

    /// Searches from `source` over `adjacency` (which must be the graph the workspace was sized
    /// for), replacing the previous search's results.
    ///
    /// Unweighted workspaces run a BFS; weighted ones run Dijkstra with the adjacency's weights
    /// as distances (weight 1 where the adjacency has none). Weights must be finite and ≥ 0
    /// (check with `checkNonNegativeDistances` first); zero lengths give NetworkX's equal paths.
    ///
    /// - Complexity: O(*r* + *a*) unweighted, O((*r* + *a*) log *r*) weighted, where *r* and *a*
    ///   are the nodes and arcs reached, plus the reset of the previous search's nodes.
    package func run(from source: Int, _ adjacency: _Adjacency) {
        precondition(source >= 0 && source < nodeCount, "source \(source) out of range 0..<\(nodeCount)")
        precondition(adjacency.offsets.count == nodeCount + 1 && adjacency.arcCount <= max(1, arcCapacity),
                     "the adjacency does not match the workspace's graph")
        reset()
        #if INFLUENCE_INTERNAL_CHECKS
        _checkCleared()
        _checkAdjacencyShape(adjacency)
        #endif
        self.source = source
        if weighted {
            dijkstra(from: source, adjacency)
        } else {
            breadthFirst(from: source, adjacency)
        }
        #if INFLUENCE_INTERNAL_CHECKS
        _checkResults()
        #endif
    }

    /// Clears the entries the previous search touched: only reached nodes were written.
    private func reset() {
        for i in 0 ..< reachedCount {
            let v = Int(order[i])
            hops[v] = -1
            if weighted { distance[v] = .infinity }
            if countsPaths {
                sigma[v] = 0
                scratch[v] = 0
                predecessorCount[v] = 0
            }
        }
        reachedCount = 0
    }

    /// The stored predecessor list of `w`, in NetworkX's order (weighted searches only).
    @inline(__always)
    package func storedPredecessors(of w: Int, _ a: _Adjacency) -> UnsafeBufferPointer<Int32> {
        #if INFLUENCE_INTERNAL_CHECKS
        _checkPredecessorList(of: w, a)
        #endif
        return UnsafeBufferPointer(start: predecessors + a.oppositeOffsets[w], count: Int(predecessorCount[w]))
    }

    /// The arcs (indices into the searched direction) of ``storedPredecessors(of:_:)``, with
    /// `recordsArcs` (weighted searches only).
    @inline(__always)
    package func storedPredecessorArcs(of w: Int, _ a: _Adjacency) -> UnsafeBufferPointer<Int> {
        #if INFLUENCE_INTERNAL_CHECKS
        precondition(recordsArcs, "storedPredecessorArcs: the workspace does not record arcs")
        _checkPredecessorList(of: w, a)
        #endif
        return UnsafeBufferPointer(start: predecessorArcs + a.oppositeOffsets[w], count: Int(predecessorCount[w]))
    }

    /// NetworkX's `_single_source_shortest_path_basic` (and `nx.predecessor`'s levels), writing
    /// the DAG as successor lists.
    private func breadthFirst(from s: Int, _ a: _Adjacency) {
        guard countsPaths else { return breadthFirstDistances(from: s, a) }
        // One specialised loop per flag combination (generic flags are constants in each copy).
        switch (recordsArcs, countsPredecessors) {
        case (false, false): breadthFirstCounting(from: s, a, _SearchOff.self, _SearchOff.self)
        case (false, true): breadthFirstCounting(from: s, a, _SearchOff.self, _SearchOn.self)
        case (true, false): breadthFirstCounting(from: s, a, _SearchOn.self, _SearchOff.self)
        case (true, true): breadthFirstCounting(from: s, a, _SearchOn.self, _SearchOn.self)
        }
    }

    /// The BFS with σ and the successor lists.
    private func breadthFirstCounting<RecordsArcs: _SearchFlag, CountsPredecessors: _SearchFlag>(
        from s: Int, _ a: _Adjacency, _: RecordsArcs.Type, _: CountsPredecessors.Type
    ) {
        let recordingArcs = RecordsArcs.value, countingPredecessors = CountsPredecessors.value
        let order = self.order, hops = self.hops, sigma = self.sigma, count = self.predecessorCount
        let start = self.successorStart, successors = self.successors, successorArcs = self.successorArcs
        let offsets = a.offsets, targets = a.targets

        hops[s] = 0
        order[0] = Int32(truncatingIfNeeded: s)
        sigma[s] = 1
        var head = 0, tail = 1, arcs = 0
        #if INFLUENCE_INTERNAL_CHECKS
        var level: Int32 = 0
        #endif
        while head < tail {
            start[head] = arcs
            let v = Int(order[head])
            head += 1
            let next = hops[v] + 1
            let sigmaV = sigma[v]
            #if INFLUENCE_INTERNAL_CHECKS
            _checkRow(v, a)
            precondition(hops[v] >= level, "BFS: node \(v) dequeued at level \(hops[v]) after level \(level)")
            level = hops[v]
            precondition(sigmaV >= 1, "BFS: sigma[\(v)] = \(sigmaV) when dequeued (its predecessors are all done)")
            #endif
            for i in offsets[v] ..< offsets[v + 1] {
                let w = Int(targets[i])
                #if INFLUENCE_INTERNAL_CHECKS
                precondition(UInt(bitPattern: w) < UInt(nodeCount), "BFS: arc \(i) of node \(v) targets \(w), not in 0..<\(nodeCount)")
                #endif
                var h = hops[w]
                if h < 0 {
                    h = next
                    hops[w] = next
                    #if INFLUENCE_INTERNAL_CHECKS
                    precondition(tail < nodeCount, "BFS: queue overflow (\(tail + 1) nodes enqueued, \(nodeCount) in the graph)")
                    #endif
                    order[tail] = Int32(truncatingIfNeeded: w)
                    tail += 1
                }
                if h == next {
                    #if INFLUENCE_INTERNAL_CHECKS
                    precondition(arcs < arcCapacity, "BFS: more DAG arcs (\(arcs + 1)) than arcs in the graph (\(arcCapacity))")
                    #endif
                    sigma[w] += sigmaV
                    if countingPredecessors { count[w] += 1 }
                    successors[arcs] = Int32(truncatingIfNeeded: w)
                    if recordingArcs { successorArcs[arcs] = i }
                    arcs += 1
                }
            }
        }
        start[tail] = arcs
        reachedCount = tail
    }

    /// The BFS with distances only.
    private func breadthFirstDistances(from s: Int, _ a: _Adjacency) {
        let order = self.order, hops = self.hops
        let offsets = a.offsets, targets = a.targets
        hops[s] = 0
        order[0] = Int32(truncatingIfNeeded: s)
        var head = 0, tail = 1
        while head < tail {
            let v = Int(order[head])
            head += 1
            let next = hops[v] + 1
            #if INFLUENCE_INTERNAL_CHECKS
            _checkRow(v, a)
            #endif
            for i in offsets[v] ..< offsets[v + 1] {
                let w = Int(targets[i])
                #if INFLUENCE_INTERNAL_CHECKS
                precondition(UInt(bitPattern: w) < UInt(nodeCount), "BFS: arc \(i) of node \(v) targets \(w), not in 0..<\(nodeCount)")
                #endif
                if hops[w] < 0 {
                    #if INFLUENCE_INTERNAL_CHECKS
                    precondition(tail < nodeCount, "BFS: queue overflow (\(tail + 1) nodes enqueued, \(nodeCount) in the graph)")
                    #endif
                    hops[w] = next
                    order[tail] = Int32(truncatingIfNeeded: w)
                    tail += 1
                }
            }
        }
        reachedCount = tail
    }

    /// NetworkX's `_single_source_dijkstra_path_basic`, whose predecessor lists are also those
    /// of `nx.dijkstra_predecessor_and_distance`: reset to `[v]` on a strictly shorter path,
    /// appended on an exactly equal one, in settling order.
    private func dijkstra(from s: Int, _ a: _Adjacency) {
        // One specialised loop per flag combination (generic flags are constants in each copy).
        let none = UnsafeBufferPointer<Double>(start: nil, count: 0)
        switch (countsPaths, recordsArcs, a.weights) {
        case (false, _, let w?): dijkstra(from: s, a, w, _SearchOff.self, _SearchOff.self, _SearchOff.self)
        case (true, false, let w?): dijkstra(from: s, a, w, _SearchOff.self, _SearchOn.self, _SearchOff.self)
        case (true, true, let w?): dijkstra(from: s, a, w, _SearchOff.self, _SearchOn.self, _SearchOn.self)
        case (false, _, nil): dijkstra(from: s, a, none, _SearchOn.self, _SearchOff.self, _SearchOff.self)
        case (true, false, nil): dijkstra(from: s, a, none, _SearchOn.self, _SearchOn.self, _SearchOff.self)
        case (true, true, nil): dijkstra(from: s, a, none, _SearchOn.self, _SearchOn.self, _SearchOn.self)
        }
    }

    private func dijkstra<UnitWeights: _SearchFlag, CountsPaths: _SearchFlag, RecordsArcs: _SearchFlag>(
        from s: Int, _ a: _Adjacency, _ weights: UnsafeBufferPointer<Double>,
        _: UnitWeights.Type, _: CountsPaths.Type, _: RecordsArcs.Type
    ) {
        let unitWeights = UnitWeights.value, countsPaths = CountsPaths.value, recordsArcs = RecordsArcs.value
        let order = self.order, settled = self.hops, distance = self.distance
        let sigma = self.sigma, count = self.predecessorCount
        let predecessors = self.predecessors, predecessorArcs = self.predecessorArcs
        let offsets = a.offsets, targets = a.targets, slots = a.oppositeOffsets
        let heap = self.heap, position = self.heapPosition

        let s32 = Int32(truncatingIfNeeded: s)
        if countsPaths { sigma[s] = 1 }
        distance[s] = 0
        heap[0] = _DijkstraEntry(distance: 0, sequence: 0, node: s32)
        position[s] = 0
        var heapCount = 1
        var sequence: UInt32 = 1   // at most one per arc, plus the source: fits (checked in init)
        var reached = 0
        #if INFLUENCE_INTERNAL_CHECKS
        var lastPopped = 0.0
        #endif
        while heapCount > 0 {
            let top = heap[0]
            heapCount -= 1
            if heapCount > 0 { _siftDown(heap, position, count: heapCount, moving: heap[heapCount]) }
            let v = Int(top.node)
            #if INFLUENCE_INTERNAL_CHECKS
            precondition(UInt(bitPattern: v) < UInt(nodeCount), "Dijkstra: popped node \(v), not in 0..<\(nodeCount)")
            precondition(settled[v] < 0, "Dijkstra: node \(v) popped twice")
            precondition(top.distance == distance[v],
                         "Dijkstra: node \(v) popped with key \(top.distance) but its tentative distance is \(distance[v])")
            precondition(top.distance >= lastPopped,
                         "Dijkstra: pop order not monotone (\(top.distance) after \(lastPopped), node \(v))")
            lastPopped = top.distance
            precondition(reached < nodeCount, "Dijkstra: more nodes settled than the graph has")
            // The whole heap at pops 1, 2, 4, 8, … (O(n log n) in all); the sifts check their own moves.
            if reached & (reached &+ 1) == 0 { _checkHeap(count: heapCount) }
            _checkRow(v, a)
            if !unitWeights { precondition(weights.count == a.arcCount, "Dijkstra: \(weights.count) weights for \(a.arcCount) arcs") }
            if countsPaths {
                precondition(v == s || (count[v] >= 1 && slots[v] < slots[v + 1]),
                             "Dijkstra: node \(v) settled without a predecessor")
            }
            #endif
            // NetworkX: sigma[v] += sigma[pred], pred being the node that pushed the live entry:
            // the last to improve v, the head of its list (the source for itself, doubling σ).
            if countsPaths { sigma[v] += sigma[v == s ? s : Int(predecessors[slots[v]])] }
            order[reached] = top.node
            reached += 1
            settled[v] = 1
            let dist = top.distance
            // While searching, a settled node's distance is stored negated (the source's as
            // −0.0), so one load answers both "settled?" and "shorter?": every d is ≥ 0, and a
            // settled −x is below every d (−0.0 is not above 0: a zero-length arc to a node
            // settled at 0 is an equal path, as in NetworkX).
            distance[v] = -dist
            #if INFLUENCE_INTERNAL_CHECKS
            if countsPaths { precondition(sigma[v] >= 1, "Dijkstra: sigma[\(v)] = \(sigma[v]) when settled") }
            #endif
            for i in offsets[v] ..< offsets[v + 1] {
                let w = Int(targets[i])
                #if INFLUENCE_INTERNAL_CHECKS
                precondition(UInt(bitPattern: w) < UInt(nodeCount), "Dijkstra: arc \(i) of node \(v) targets \(w), not in 0..<\(nodeCount)")
                #endif
                let d = dist + (unitWeights ? 1 : weights[i])
                #if INFLUENCE_INTERNAL_CHECKS
                // The negated-distance trick needs every tentative distance ≥ 0 (and not NaN).
                precondition(d >= 0 && d >= dist, "Dijkstra: arc \(i) (\(v) → \(w)) gives distance \(d) from \(dist)")
                #endif
                let stored = distance[w]
                if d < stored {   // not settled (stored ≥ 0) and shorter
                    #if INFLUENCE_INTERNAL_CHECKS
                    precondition(sequence < UInt32.max, "Dijkstra: insertion counter overflow")
                    if stored == .infinity {
                        precondition(heapCount < nodeCount, "Dijkstra: heap overflow (\(heapCount + 1) entries)")
                    } else {
                        let p = Int(position[w])
                        precondition(p >= 0 && p < heapCount && Int(heap[p].node) == w,
                                     "Dijkstra: decrease-key of node \(w), whose heap position \(p) is stale")
                    }
                    #endif
                    distance[w] = d
                    let entry = _DijkstraEntry(distance: d, sequence: sequence, node: Int32(truncatingIfNeeded: w))
                    sequence &+= 1
                    if stored == .infinity {
                        _siftUp(heap, position, from: heapCount, inserting: entry)
                        heapCount += 1
                    } else {
                        _siftUp(heap, position, from: Int(position[w]), inserting: entry)
                    }
                    #if INFLUENCE_INTERNAL_CHECKS
                    precondition(Int(position[w]) < heapCount && heap[Int(position[w])].node == Int32(truncatingIfNeeded: w),
                                 "Dijkstra heap: position of node \(w) not kept in step after push/decrease-key")
                    #endif
                    if countsPaths {
                        #if INFLUENCE_INTERNAL_CHECKS
                        precondition(slots[w] < slots[w + 1] && slots[w + 1] <= arcCapacity,
                                     "Dijkstra: predecessor slot of \(w) outside its in-row \(slots[w]) ..< \(slots[w + 1])")
                        #endif
                        sigma[w] = 0
                        let slot = slots[w]
                        predecessors[slot] = top.node
                        if recordsArcs { predecessorArcs[slot] = i }
                        count[w] = 1
                    }
                } else if countsPaths && d == abs(stored) {   // NetworkX tests settled nodes too
                    #if INFLUENCE_INTERNAL_CHECKS
                    precondition((count[w] >= 1 || w == s) && slots[w] + Int(count[w]) < slots[w + 1],
                                 "Dijkstra: node \(w) has more shortest-path predecessors (\(count[w] + 1)) than in-arcs (\(slots[w + 1] - slots[w]))")
                    #endif
                    sigma[w] += sigma[v]
                    let slot = slots[w] + Int(count[w])
                    predecessors[slot] = top.node
                    if recordsArcs { predecessorArcs[slot] = i }
                    count[w] += 1
                }
            }
        }
        for i in 0 ..< reached {
            let v = Int(order[i])
            #if INFLUENCE_INTERNAL_CHECKS
            precondition(distance[v] <= 0, "Dijkstra: settled node \(v) has distance \(distance[v]) not stored negated")
            #endif
            distance[v] = -distance[v]
        }
        reachedCount = reached
    }
}

/// Moves `entry` up from `index` of the 4-ary min-heap (children of `i`: `4i + 1 … 4i + 4`): a
/// new last element, or an entry whose key was lowered. Keeps `position` in step.
@inline(__always)
private func _siftUp(_ heap: UnsafeMutablePointer<_DijkstraEntry>, _ position: UnsafeMutablePointer<Int32>,
                     from index: Int, inserting entry: _DijkstraEntry) {
    var i = index
    while i > 0 {
        let parent = (i - 1) >> 2
        let p = heap[parent]
        if !_DijkstraEntry.precedes(entry, p) { break }
        heap[i] = p
        position[Int(p.node)] = Int32(truncatingIfNeeded: i)
        i = parent
    }
    heap[i] = entry
    position[Int(entry.node)] = Int32(truncatingIfNeeded: i)
    #if INFLUENCE_INTERNAL_CHECKS
    precondition(i == 0 || !_DijkstraEntry.precedes(entry, heap[(i - 1) >> 2]),
                 "Dijkstra heap: after push/decrease-key, node \(entry.node) at \(i) precedes its parent")
    #endif
}

/// Places `entry` (the former last element) from the root down into the 4-ary min-heap
/// `heap[0 ..< count]`, keeping `position` in step.
@inline(__always)
private func _siftDown(_ heap: UnsafeMutablePointer<_DijkstraEntry>, _ position: UnsafeMutablePointer<Int32>,
                       count: Int, moving entry: _DijkstraEntry) {
    var i = 0
    while true {
        let first = 4 * i + 1
        if first >= count { break }
        var child = first
        var c = heap[first]
        for k in first + 1 ..< min(first + 4, count) where _DijkstraEntry.precedes(heap[k], c) {
            child = k
            c = heap[k]
        }
        if !_DijkstraEntry.precedes(c, entry) { break }
        heap[i] = c
        position[Int(c.node)] = Int32(truncatingIfNeeded: i)
        i = child
    }
    heap[i] = entry
    position[Int(entry.node)] = Int32(truncatingIfNeeded: i)
    #if INFLUENCE_INTERNAL_CHECKS
    precondition(i == 0 || !_DijkstraEntry.precedes(entry, heap[(i - 1) >> 2]),
                 "Dijkstra heap: after pop, node \(entry.node) at \(i) precedes its parent")
    for k in 4 * i + 1 ..< min(4 * i + 5, max(4 * i + 1, count)) {
        precondition(!_DijkstraEntry.precedes(heap[k], entry),
                     "Dijkstra heap: after pop, child \(k) precedes node \(entry.node) at \(i)")
    }
    #endif
}

#if INFLUENCE_INTERNAL_CHECKS
// MARK: - Internal checks (-DINFLUENCE_INTERNAL_CHECKS)

extension _ShortestPathWorkspace {
    /// Every per-node entry is in the state a search assumes of an unreached node. O(*n*) per
    /// source: it also catches a node written by a search but missing from `order` (not reset).
    func _checkCleared() {
        precondition(reachedCount == 0, "workspace reset: reachedCount is \(reachedCount), not 0")
        for v in 0 ..< nodeCount {
            precondition(hops[v] == -1, "workspace reset: hops[\(v)] = \(hops[v]), not -1")
            if weighted { precondition(distance[v] == .infinity, "workspace reset: distance[\(v)] = \(distance[v]), not +inf") }
            if countsPaths {
                precondition(sigma[v] == 0, "workspace reset: sigma[\(v)] = \(sigma[v]), not 0")
                precondition(scratch[v] == 0, "workspace reset: scratch[\(v)] = \(scratch[v]), not 0")
                precondition(predecessorCount[v] == 0, "workspace reset: predecessorCount[\(v)] = \(predecessorCount[v]), not 0")
            }
        }
    }

    /// The adjacency's array lengths and end offsets (per-row checks are in the searches).
    func _checkAdjacencyShape(_ a: _Adjacency) {
        precondition(a.offsets.first == 0 && a.offsets.last == a.arcCount,
                     "adjacency: offsets run \(a.offsets.first ?? -1) ... \(a.offsets.last ?? -1), not 0 ... \(a.arcCount)")
        precondition(a.arcCount <= arcCapacity, "adjacency: \(a.arcCount) arcs, the workspace holds \(arcCapacity)")
        if let w = a.weights { precondition(w.count == a.arcCount, "adjacency: \(w.count) weights for \(a.arcCount) arcs") }
        if weighted && countsPaths {
            precondition(a.oppositeOffsets.count == nodeCount + 1 && a.oppositeOffsets.first == 0
                         && a.oppositeOffsets.last == a.arcCount,
                         "adjacency: the opposite direction's offsets do not cover the \(a.arcCount) arcs")
        }
    }

    /// Row `v` is a valid range of the target array.
    @inline(__always)
    func _checkRow(_ v: Int, _ a: _Adjacency) {
        let lo = a.offsets[v], hi = a.offsets[v + 1]
        precondition(lo >= 0 && lo <= hi && hi <= a.arcCount,
                     "adjacency: row \(v) is \(lo) ..< \(hi), not within 0 ..< \(a.arcCount) or not monotone")
        if weighted && countsPaths {
            let plo = a.oppositeOffsets[v], phi = a.oppositeOffsets[v + 1]
            precondition(plo >= 0 && plo <= phi && phi <= a.arcCount,
                         "adjacency: opposite row \(v) is \(plo) ..< \(phi), not within 0 ..< \(a.arcCount) or not monotone")
        }
    }

    /// The heap `heap[0 ..< count]`: 4-ary min-heap order, positions in step, keys equal to the
    /// tentative distances. O(`count`).
    func _checkHeap(count: Int) {
        for i in 0 ..< count {
            let e = heap[i], v = Int(e.node)
            precondition(UInt(bitPattern: v) < UInt(nodeCount), "Dijkstra heap: entry \(i) holds node \(v)")
            precondition(Int(heapPosition[v]) == i, "Dijkstra heap: node \(v) at \(i) but its position says \(heapPosition[v])")
            precondition(distance[v] == e.distance, "Dijkstra heap: node \(v) keyed \(e.distance), tentative distance \(distance[v])")
            if i > 0 {
                precondition(!_DijkstraEntry.precedes(e, heap[(i - 1) >> 2]),
                             "Dijkstra heap: heap order broken at \(i) (node \(v) precedes its parent)")
            }
        }
    }

    /// The results of the search just run.
    func _checkResults() {
        let r = reachedCount
        precondition(r >= 1 && r <= nodeCount, "search: \(r) nodes reached of \(nodeCount)")
        precondition(Int(order[0]) == source, "search: order[0] = \(order[0]), not the source \(source)")
        if weighted {
            precondition(distance[source] == 0, "Dijkstra: the source's distance is \(distance[source])")
        } else {
            precondition(hops[source] == 0, "BFS: the source's distance is \(hops[source])")
        }
        var previous = 0.0
        for p in 0 ..< r {
            let v = Int(order[p])
            precondition(UInt(bitPattern: v) < UInt(nodeCount), "search: order[\(p)] = \(v)")
            let d = weighted ? distance[v] : Double(hops[v])
            precondition(d >= previous && d.isFinite, "search: order[\(p)] (node \(v)) at distance \(d) after \(previous)")
            previous = d
            if weighted { precondition(hops[v] == 1, "Dijkstra: reached node \(v) not marked settled") }
        }
        if !weighted && countsPaths {
            for p in 0 ..< r {
                precondition(successorStart[p] <= successorStart[p + 1] && successorStart[p + 1] <= max(1, arcCapacity),
                             "BFS: successor lists of order[\(p)] are \(successorStart[p]) ..< \(successorStart[p + 1])")
            }
        }
    }

    /// The stored predecessor list of `w` lies within `w`'s slots.
    func _checkPredecessorList(of w: Int, _ a: _Adjacency) {
        precondition(weighted && countsPaths, "storedPredecessors: only weighted path-counting searches store them")
        precondition(UInt(bitPattern: w) < UInt(nodeCount), "storedPredecessors: node \(w) not in 0..<\(nodeCount)")
        let lo = a.oppositeOffsets[w], hi = a.oppositeOffsets[w + 1], k = Int(predecessorCount[w])
        precondition(k >= 0 && lo + k <= hi, "storedPredecessors: \(k) predecessors of \(w) in \(hi - lo) slots")
    }
}

#endif

// MARK: - Chunk-ordered sums over sources

/// Sums per-source contributions over all sources, in parallel, with a result that does not
/// depend on the number of cores or on scheduling.
///
/// Sources `0 ..< sourceCount` are cut into `chunkCount` fixed contiguous chunks (see
/// `_forEachChunk`). Each chunk gets a fresh zeroed buffer of `resultCount` doubles and `body`
/// adds its sources' contributions into it, source by source. Chunk buffers are then added into
/// the total strictly in chunk order (0, 1, 2, …): a finished chunk waits (its buffer only, not
/// its thread) until the chunks before it are merged, so memory stays near one buffer per
/// running worker instead of one per chunk. Since every chunk's content and the merge order are
/// fixed, the result is bit-identical on any machine and any run.
///
/// With `parallel: false` the same chunks run one after the other on the calling thread (the
/// serial oracle of the thread-independence tests): the result is bitwise the same.
///
/// - Complexity: `body` once per chunk; O(`chunkCount` × `resultCount`) for the merges.
package func _sumOverSourceChunks(
    sourceCount: Int, resultCount: Int, chunkCount: Int, parallel: Bool = true,
    _ body: @Sendable (_ sources: Range<Int>, _ sum: UnsafeMutableBufferPointer<Double>) -> Void
) -> [Double] {
    guard sourceCount > 0, resultCount > 0 else { return [Double](repeating: 0, count: resultCount) }
    WorkProgress.current?.begin(total: sourceCount)
    let reducer = _ChunkOrderedSum(resultCount: resultCount, chunkCount: max(1, min(chunkCount, sourceCount)))
    if parallel {
        _forEachChunk(count: sourceCount, chunkCount: chunkCount) { chunk, range in
            reducer.deposit(chunk: chunk, _sumChunk(range, resultCount: resultCount, body))
        }
    } else {
        let chunks = max(1, min(chunkCount, sourceCount))
        #if INFLUENCE_INTERNAL_CHECKS
        _checkChunkCoverage(chunks: chunks, count: sourceCount)
        #endif
        for chunk in 0 ..< chunks {
            let range = _chunkRange(chunk, of: chunks, count: sourceCount)
            reducer.deposit(chunk: chunk, _sumChunk(range, resultCount: resultCount, body))
        }
    }
    return reducer.result()
}

/// One chunk's sums, in a fresh buffer the caller owns.
private func _sumChunk(_ range: Range<Int>, resultCount: Int,
                       _ body: (Range<Int>, UnsafeMutableBufferPointer<Double>) -> Void) -> UnsafeMutableBufferPointer<Double> {
    let buffer = UnsafeMutableBufferPointer<Double>.allocate(capacity: resultCount)
    buffer.initialize(repeating: 0)
    body(range, buffer)
    #if INFLUENCE_INTERNAL_CHECKS
    precondition(buffer.count == resultCount, "source chunk \(range): the sum buffer was replaced")
    #endif
    return buffer
}

/// The running total of ``_sumOverSourceChunks``: chunk buffers come in any order and are added
/// in chunk order.
///
/// `@unchecked Sendable` is safe because every mutable property (`total`, `pending`, `next`) is
/// read and written only inside `queue.sync`, a serial queue, and each deposited buffer is
/// handed over by its chunk, which never touches it again.
private final class _ChunkOrderedSum: @unchecked Sendable {
    private let queue = DispatchQueue(label: "influence.centrality.chunk-ordered-sum")
    private var total: [Double]
    private var pending: [UnsafeMutableBufferPointer<Double>?]
    private var next = 0

    init(resultCount: Int, chunkCount: Int) {
        total = [Double](repeating: 0, count: resultCount)
        pending = Array(repeating: nil, count: chunkCount)
    }

    /// Takes ownership of `buffer` (chunk `chunk`'s sums) and merges every chunk now in order.
    func deposit(chunk: Int, _ buffer: UnsafeMutableBufferPointer<Double>) {
        queue.sync {
            #if INFLUENCE_INTERNAL_CHECKS
            precondition(chunk >= next && chunk < pending.count && pending[chunk] == nil,
                         "chunk-ordered sum: chunk \(chunk) deposited twice or out of range 0..<\(pending.count)")
            precondition(buffer.count == total.count, "chunk-ordered sum: chunk \(chunk) has \(buffer.count) sums, not \(total.count)")
            #endif
            pending[chunk] = buffer
            while next < pending.count, let ready = pending[next] {
                total.withUnsafeMutableBufferPointer { t in
                    for i in 0 ..< t.count { t[i] += ready[i] }
                }
                ready.deallocate()
                pending[next] = nil
                next += 1
            }
        }
    }

    /// The total after every chunk has been deposited.
    func result() -> [Double] {
        queue.sync {
            precondition(next == pending.count, "a chunk was not deposited")
            return total
        }
    }
}

// MARK: - Sampling sources

/// SplitMix64 (S. Vigna), the seeded generator behind `samples`/`seed`: a fixed, documented
/// stream, so the same seed picks the same sources on every platform and Swift version. It is
/// not Python's Mersenne Twister, so it does not pick the sources NetworkX's `seed` picks.
struct _SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0 ..< bound` (Lemire's multiply-and-reject, unbiased).
    mutating func next(below bound: Int) -> Int {
        precondition(bound > 0)
        let m = UInt64(bound)
        var product = next().multipliedFullWidth(by: m)
        if product.low < m {
            let threshold = (0 &- m) % m
            while product.low < threshold { product = next().multipliedFullWidth(by: m) }
        }
        return Int(product.high)
    }
}

/// `k` distinct nodes of `0 ..< n`, chosen by a partial Fisher–Yates shuffle driven by
/// `_SplitMix64(seed)`, in the order they were drawn.
/// - Complexity: O(*n*) time and memory.
package func _sampleSources(nodeCount n: Int, count k: Int, seed: UInt64) -> [Int32] {
    precondition(k >= 0 && k <= n, "cannot sample \(k) of \(n) nodes")
    var pool = (0 ..< n).map { Int32(truncatingIfNeeded: $0) }
    var generator = _SplitMix64(seed: seed)
    for i in 0 ..< k {
        let j = i + generator.next(below: n - i)
        pool.swapAt(i, j)
    }
    return Array(pool[0 ..< k])
}

/// Validates a `samples` option against *n*: `nil`, or 1 … *n*.
/// - Throws: ``CentralityError/invalidOption(measure:option:reason:)`` otherwise.
func _checkSamples(_ samples: Int?, nodeCount n: Int, measure: String) throws(CentralityError) {
    guard let k = samples else { return }
    if k < 1 || k > n {
        let expected = n >= 1 ? "expected 1 ... \(n), the number of nodes" : "the graph has no nodes to sample"
        throw .invalidOption(measure: measure, option: "samples", reason: "\(k) is out of range (\(expected))")
    }
}
