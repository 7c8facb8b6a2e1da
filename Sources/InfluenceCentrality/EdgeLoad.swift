import InfluenceGraph

/// Edge load: NetworkX's `edge_load_centrality`, the edge counterpart of load centrality, for
/// each ordered pair (*u*, *v*) of an edge.
///
/// NetworkX marks it "for demonstration and testing purposes" (its concept "has not been
/// analysed or discussed outside of NetworkX"); it is here so that NetworkX's own tests can be
/// run, and computed as NetworkX computes it (`networkx/algorithms/centrality/load.py`,
/// `edge_load_centrality` and `_edge_betweenness`, NetworkX 3.6), step for step:
///
/// for every source *s* (in node order), a breadth-first search gives each node's
/// shortest-path predecessors (`nx.predecessor`: hops, weights never read); every ordered pair
/// (*u*, *v*) and (*v*, *u*) of an edge starts at 1; then, for each node *v* from the farthest
/// in (reverse BFS order), for each predecessor *w* of *v* and each predecessor *x* of *w*,
/// (*w*, *x*) gains load(*v*, *w*) / |pred(*w*)| and (*x*, *w*) gains load(*w*, *v*) / |pred(*w*)|.
/// The result sums these per-source loads, so every pair is at least *n*.
///
/// The result lists both orientations of every edge, as NetworkX's keys: (*u*, *v*) and
/// (*v*, *u*) for each edge {*u*, *v*} of an undirected graph and for each arc *u* → *v* of a
/// directed one (one row when both arcs exist, and one row (*v*, *v*) for a self-loop), sorted
/// by source index, then target index. Values are not normalised (NetworkX has no option).
///
///     // path 0 — 1 — 2 — 3 — 4
///     try edgeLoadCentrality(path).values   // [8, 8, 12, 12, 12, 12, 8, 8]
///
/// The same floating-point operations in the same order as NetworkX (on graphs whose adjacency
/// lists are in node order), so the values agree bit for bit. Serial; meant for small graphs.
///
/// - Parameter graph: Any graph; weights are ignored, as NetworkX ignores them.
/// - Returns: The ordered pairs and their loads, see above; empty for a graph without edges.
/// - Complexity: O(*n*(*n* + *m*)) time, O(*n* + *m*) memory.
public func edgeLoadCentrality(_ graph: Graph) throws(CentralityError) -> EdgeScores {
    let n = graph.nodeCount
    let offsets = graph.outOffsets, targets = graph.outTargets
    let arcCount = targets.count
    // Every ordered pair (u, v), (v, u) of an arc u → v, numbered in (u, v) order.
    var pairs: [(Int32, Int32)] = []
    pairs.reserveCapacity(2 * arcCount)
    for u in 0 ..< n {
        for i in offsets[u] ..< offsets[u + 1] {
            let u32 = Int32(truncatingIfNeeded: u), v = targets[i]
            pairs.append((u32, v))
            if v != u32 { pairs.append((v, u32)) }
        }
    }
    pairs.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
    var unique: [(Int32, Int32)] = []
    unique.reserveCapacity(pairs.count)
    for p in pairs where unique.last.map({ $0 != p }) ?? true { unique.append(p) }
    var pairIndex: [Int64: Int] = [:]
    pairIndex.reserveCapacity(unique.count)
    func key(_ u: Int32, _ v: Int32) -> Int64 { Int64(u) << 32 | Int64(UInt32(bitPattern: v)) }
    for (k, p) in unique.enumerated() { pairIndex[key(p.0, p.1)] = k }
    // For arc i (u → v): the index of (u, v) and of (v, u).
    var forward = [Int](repeating: 0, count: arcCount), backward = [Int](repeating: 0, count: arcCount)
    for u in 0 ..< n {
        for i in offsets[u] ..< offsets[u + 1] {
            let u32 = Int32(truncatingIfNeeded: u), v = targets[i]
            forward[i] = pairIndex[key(u32, v)]!
            backward[i] = pairIndex[key(v, u32)]!
        }
    }

    var total = [Double](repeating: 0, count: unique.count)
    var between = [Double](repeating: 1, count: unique.count)
    // BFS state, reset per source: level, order, and each node's predecessors as
    // (predecessor, arc predecessor → node), in the order nx.predecessor appends them.
    var level = [Int](repeating: -1, count: n)
    var order: [Int] = []
    order.reserveCapacity(n)
    var predecessors = [[(node: Int, arc: Int)]](repeating: [], count: n)
    let progress = WorkProgress.current
    progress?.begin(total: n)
    for s in 0 ..< n {
        for v in order {
            level[v] = -1
            predecessors[v].removeAll(keepingCapacity: true)
        }
        order.removeAll(keepingCapacity: true)
        level[s] = 0
        order.append(s)
        var head = 0
        while head < order.count {
            let v = order[head]
            head += 1
            for i in offsets[v] ..< offsets[v + 1] {
                let w = Int(targets[i])
                if level[w] < 0 {
                    level[w] = level[v] + 1
                    order.append(w)
                    predecessors[w].append((v, i))
                } else if level[w] == level[v] + 1 {
                    predecessors[w].append((v, i))
                }
            }
        }
        for k in between.indices { between[k] = 1 }
        for v in order.reversed() {
            for (w, arcWV) in predecessors[v] {
                let count = Double(predecessors[w].count)
                let loadVW = between[backward[arcWV]], loadWV = between[forward[arcWV]]
                for (_, arcXW) in predecessors[w] {
                    between[backward[arcXW]] += loadVW / count   // (w, x)
                    between[forward[arcXW]] += loadWV / count    // (x, w)
                }
            }
        }
        for k in total.indices { total[k] += between[k] }
        progress?.advance()
    }
    return EdgeScores(sources: unique.map(\.0), targets: unique.map(\.1), values: total)
}
