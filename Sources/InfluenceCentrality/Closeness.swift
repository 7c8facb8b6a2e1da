import InfluenceGraph

/// Options for ``closenessCentrality(_:options:)``.
public struct ClosenessOptions: Sendable, Hashable {
    /// Read the graph's weights as distances (NetworkX `distance="weight"`); `false` counts hops.
    public var weighted: Bool
    /// Scale by the share of nodes reached, for disconnected graphs (NetworkX `wf_improved`).
    public var wfImproved: Bool

    public init(weighted: Bool = false, wfImproved: Bool = true) {
        self.weighted = weighted
        self.wfImproved = wfImproved
    }
}

/// Options for ``harmonicCentrality(_:options:)``.
public struct HarmonicOptions: Sendable, Hashable {
    /// Read the graph's weights as distances (NetworkX `distance="weight"`); `false` counts hops.
    public var weighted: Bool

    public init(weighted: Bool = false) {
        self.weighted = weighted
    }
}

/// Closeness centrality: how near a node is to the nodes that can reach it.
///
/// *C*(*u*) = (*r* − 1) / Σ_*v* *d*(*v*, *u*), over the *r* − 1 nodes *v* that reach *u*, and with
/// Wasserman and Faust's improvement multiplied by (*r* − 1)/(*n* − 1), so that nodes in small
/// components do not score as if they were central. On directed graphs distances are **incoming**
/// (*d*(*v*, *u*), paths towards *u*), as NetworkX does. A node no one reaches gets 0.
///
/// Equivalent to `networkx.closeness_centrality(G, distance=None | "weight", wf_improved=)` (NetworkX 3.6).
///
///     // path a — b — c
///     closenessCentrality(path)     // [0.666…, 1.0, 0.666…]
///
/// Parallel over nodes in fixed chunks, each writing its own results, so the output does not depend
/// on the number of cores.
///
/// - Throws: ``CentralityError/invalidWeight(measure:from:to:weight:)`` if weighted and a weight is
///   not a finite number > 0.
/// - Complexity: O(*n*(*n* + *m*)) unweighted (one BFS per node), O(*n*(*n* + *m*) log *n*) weighted;
///   O(*n*) extra memory per worker.
///
/// ## References
/// - L. C. Freeman, "Centrality in social networks: conceptual clarification", Social Networks 1(3):215–239, 1979.
/// - S. Wasserman and K. Faust, *Social Network Analysis: Methods and Applications*, Cambridge University Press, 1994.
public func closenessCentrality(_ graph: Graph, options: ClosenessOptions = .init()) throws(CentralityError) -> [Double] {
    let weighted = options.weighted && graph.isWeighted
    if weighted { try graph.checkPositiveWeights(measure: "closeness") }
    let n = graph.nodeCount
    let wf = options.wfImproved
    return _perNode(graph, weighted: weighted) { workspace, u in
        let (reached, total) = workspace.run(from: u)
        guard total > 0, n > 1 else { return 0 }
        var c = (Double(reached) - 1) / total
        if wf { c *= (Double(reached) - 1) / Double(n - 1) }
        return c
    }
}

/// Harmonic centrality: the sum of inverse distances from every other node.
///
/// *H*(*u*) = Σ_{*v* ≠ *u*} 1 / *d*(*v*, *u*), with 1/∞ = 0, so it is defined on disconnected graphs.
/// On directed graphs distances are incoming, as in NetworkX.
///
/// Equivalent to `networkx.harmonic_centrality(G, distance=None | "weight")` (NetworkX 3.6).
///
/// - Throws: ``CentralityError/invalidWeight(measure:from:to:weight:)`` if weighted and a weight is
///   not a finite number > 0.
/// - Complexity: as ``closenessCentrality(_:options:)``.
///
/// ## References
/// - M. Marchiori and V. Latora, "Harmony in the small-world", Physica A 285(3–4):539–546, 2000.
///   doi:10.1016/S0378-4371(00)00311-3
/// - P. Boldi and S. Vigna, "Axioms for Centrality", Internet Mathematics 10(3–4):222–262, 2014.
public func harmonicCentrality(_ graph: Graph, options: HarmonicOptions = .init()) throws(CentralityError) -> [Double] {
    let weighted = options.weighted && graph.isWeighted
    if weighted { try graph.checkPositiveWeights(measure: "harmonic") }
    return _perNode(graph, weighted: weighted) { workspace, u in
        workspace.run(from: u, harmonic: true).total
    }
}

/// Runs `body` for every node in fixed parallel chunks, each chunk with its own workspace and
/// writing only its own nodes' results.
private func _perNode(_ graph: Graph, weighted: Bool,
                      _ body: @Sendable (inout _DistanceWorkspace, Int) -> Double) -> [Double] {
    let n = graph.nodeCount
    let result = _SharedBuffer(count: n)
    _forEachChunk(count: n, chunkCount: _sourceChunkCount(nodeCount: n)) { _, range in
        var workspace = _DistanceWorkspace(graph, weighted: weighted)
        for u in range { result.pointer[u] = body(&workspace, u) }
    }
    return result.array
}

/// Single-source distances over **incoming** arcs (the in-CSR; the same rows when undirected):
/// breadth-first search for hop counts, Dijkstra with a binary heap for weights.
/// Scratch arrays are allocated once and only touched entries are reset.
struct _DistanceWorkspace {
    let offsets: [Int]
    let targets: [Int32]
    let weights: [Double]?
    var distance: [Double]
    var order: [Int32]
    var heap: [(Double, Int32)] = []
    var done: [Bool]

    init(_ graph: Graph, weighted: Bool) {
        offsets = graph.inOffsets
        targets = graph.inTargets
        weights = weighted ? graph.inWeights : nil
        distance = [Double](repeating: .infinity, count: graph.nodeCount)
        order = []
        order.reserveCapacity(graph.nodeCount)
        done = [Bool](repeating: false, count: weighted ? graph.nodeCount : 0)
    }

    /// Distances to `source` from every node that reaches it: the number of nodes reached
    /// (`source` included) and the sum of their distances (or of inverse distances when `harmonic`).
    mutating func run(from source: Int, harmonic: Bool = false) -> (reached: Int, total: Double) {
        for v in order { distance[Int(v)] = .infinity }
        order.removeAll(keepingCapacity: true)
        var total = 0.0
        if let weights {
            heap.removeAll(keepingCapacity: true)
            distance[source] = 0
            push(0, Int32(source))
            var touched: [Int32] = [Int32(source)]
            while let (d, v32) = pop() {
                let v = Int(v32)
                if done[v] { continue }
                done[v] = true
                order.append(v32)
                if d > 0 { total += harmonic ? 1 / d : d }
                for k in offsets[v] ..< offsets[v + 1] {
                    let w = Int(targets[k])
                    let candidate = d + weights[k]
                    if candidate < distance[w] {
                        if distance[w] == .infinity { touched.append(Int32(w)) }
                        distance[w] = candidate
                        push(candidate, Int32(w))
                    }
                }
            }
            // Every pushed node is finalised, so `touched` is exactly the nodes reached.
            for v in touched { done[Int(v)] = false; distance[Int(v)] = .infinity }
            order.removeAll(keepingCapacity: true)
            return (touched.count, total)
        }
        distance[source] = 0
        order.append(Int32(source))
        var head = 0
        while head < order.count {
            let v = Int(order[head]); head += 1
            let next = distance[v] + 1
            for k in offsets[v] ..< offsets[v + 1] {
                let w = Int(targets[k])
                if distance[w] == .infinity {
                    distance[w] = next
                    order.append(Int32(w))
                    total += harmonic ? 1 / next : next
                }
            }
        }
        return (order.count, total)
    }

    private mutating func push(_ d: Double, _ v: Int32) {
        heap.append((d, v))
        var i = heap.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard heap[i].0 < heap[parent].0 else { break }
            heap.swapAt(i, parent)
            i = parent
        }
    }

    private mutating func pop() -> (Double, Int32)? {
        guard let first = heap.first else { return nil }
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < heap.count && heap[l].0 < heap[m].0 { m = l }
                if r < heap.count && heap[r].0 < heap[m].0 { m = r }
                if m == i { break }
                heap.swapAt(i, m)
                i = m
            }
        }
        return first
    }
}
