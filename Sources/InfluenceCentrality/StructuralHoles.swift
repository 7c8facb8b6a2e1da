import InfluenceGraph

/// Options for Burt's structural-hole measures, ``constraint(_:options:)`` and ``effectiveSize(_:options:)``.
public struct StructuralHolesOptions: Sendable, Hashable {
    /// Use the graph's weights (NetworkX `weight="weight"`); `false` gives every tie weight 1.
    public var weighted: Bool

    /// Structural-hole options; `weighted` uses the graph's weights (NetworkX `weight`), else every tie is 1.
    public init(weighted: Bool = false) {
        self.weighted = weighted
    }
}

/// The mutual weights *M* = *P* + *P*ᵀ of a graph, row by row (*P* the adjacency matrix with
/// weights, a self-loop once on the diagonal), with each row's sum and maximum.
struct _MutualWeights {
    var offsets: [Int]
    var columns: [Int32]
    var values: [Double]
    var rowSum: [Double]
    var rowMax: [Double]

    init(_ graph: Graph, weighted: Bool) {
        let n = graph.nodeCount
        offsets = [0]
        offsets.reserveCapacity(n + 1)
        columns = []
        values = []
        rowSum = [Double](repeating: 0, count: n)
        rowMax = [Double](repeating: 0, count: n)
        let outW = weighted ? graph.outWeights : nil, inW = weighted ? graph.inWeights : nil
        for v in 0 ..< n {
            // Merge the sorted out-row (P[v, ·]) and in-row (P[·, v]) into M[v, ·].
            var a = graph.outOffsets[v], b = graph.inOffsets[v]
            let aEnd = graph.outOffsets[v + 1], bEnd = graph.inOffsets[v + 1]
            while a < aEnd || b < bEnd {
                let ta = a < aEnd ? graph.outTargets[a] : Int32.max
                let tb = b < bEnd ? graph.inTargets[b] : Int32.max
                var value = 0.0
                let column = min(ta, tb)
                if ta == column { value += outW?[a] ?? 1; a += 1 }
                if tb == column { value += inW?[b] ?? 1; b += 1 }
                columns.append(column)
                values.append(value)
                rowSum[v] += value
                rowMax[v] = max(rowMax[v], value)
            }
            offsets.append(columns.count)
        }
    }

    /// *M*[*v*, *v*], 0 without a self-loop.
    func diagonal(_ v: Int) -> Double {
        for k in offsets[v] ..< offsets[v + 1] where Int(columns[k]) == v { return values[k] }
        return 0
    }
}

/// Burt's constraint of every node: how much a node's ties are concentrated on contacts that are
/// themselves tied — low constraint marks a broker spanning structural holes.
///
/// With mutual weights *M* = *P* + *P*ᵀ normalised by row, *p*ᵢⱼ = *M*ᵢⱼ / Σₖ *M*ᵢₖ,
/// *c*(*i*) = Σ_{*j* : *p*ᵢⱼ > 0} (*p*ᵢⱼ + Σ_*q* *p*ᵢ_q *p*_qⱼ)². Isolated nodes (no tie but
/// possibly a self-loop of weight 1, NetworkX's test) get NaN, as in NetworkX.
///
/// Signed weights are read as they are (NetworkX's numbers). Where a node's non-zero mutual
/// weights sum to 0 (+1 and −1), its proportions are undefined: that node and every node tied to
/// it get NaN, where NetworkX's sparse products give NaN (or ∞). Zero weights are ties of
/// strength 0: a node whose ties all weigh 0 is isolated (NaN).
///
/// Equivalent to `networkx.constraint(G, weight=None | "weight")` (NetworkX 3.6, its sparse-matrix
/// form, which is what it runs for all nodes when SciPy is installed).
///
/// - Complexity: O(Σ_i Σ_{j∈N(i)} deg(*j*)) time, O(*n* + *m*) memory.
///
/// ## References
/// - R. S. Burt, *Structural Holes: The Social Structure of Competition*, Harvard University Press, 1992.
/// - R. S. Burt, "Structural holes and good ideas", American Journal of Sociology 110(2):349–399, 2004.
///   doi:10.1086/421787
public func constraint(_ graph: Graph, options: StructuralHolesOptions = .init()) -> [Double] {
    let n = graph.nodeCount
    let m = _MutualWeights(graph, weighted: options.weighted)
    var result = [Double](repeating: 0, count: n)
    var rowI = [Double](repeating: 0, count: n)   // p_i· scattered
    // Signed weights can cancel: a node with non-zero mutual weights summing to 0 has no
    // proportions (M_qj / 0 is ±∞), and NetworkX's sparse products carry them, as NaN or ±∞, into
    // the constraint of every node tied to it (and its own is NaN, as an isolated node's).
    var undefinedRow = [Bool](repeating: false, count: n)
    for q in 0 ..< n where m.rowSum[q] == 0 {
        undefinedRow[q] = (m.offsets[q] ..< m.offsets[q + 1]).contains { m.values[$0] != 0 }
    }
    for i in 0 ..< n {
        let row = m.offsets[i] ..< m.offsets[i + 1]
        let sumI = m.rowSum[i]
        if row.contains(where: { m.values[$0] != 0 && undefinedRow[Int(m.columns[$0])] }) {
            result[i] = .nan
            continue
        }
        for k in row { rowI[Int(m.columns[k])] = m.values[k] / sumI }
        var c = 0.0
        for k in row {
            let j = Int(m.columns[k])
            let direct = m.values[k] / sumI
            guard direct > 0 else { continue }
            // Σ_q p_iq p_qj, with p_qj = M[q, j] / rowSum[q] = M[j, q] / rowSum[q] (M symmetric).
            var indirect = 0.0
            for kk in m.offsets[j] ..< m.offsets[j + 1] {
                let q = Int(m.columns[kk])
                let piq = rowI[q]
                if piq != 0 { indirect += piq * (m.values[kk] / m.rowSum[q]) }
            }
            let local = direct + indirect
            c += local * local
        }
        for k in row { rowI[Int(m.columns[k])] = 0 }
        let diagonal = sumI == 0 ? 0 : m.diagonal(i) / sumI
        result[i] = sumI - 2 * diagonal == 0 ? .nan : c
    }
    return result
}

/// Burt's effective size of every node: the number of its contacts minus their redundancy —
/// how many non-redundant contacts the node's network gives it.
///
/// With *p*ᵢⱼ = *M*ᵢⱼ / Σₖ *M*ᵢₖ and *m*ⱼ_q = *M*ⱼ_q / maxₖ *M*ⱼₖ (*M* = *P* + *P*ᵀ),
/// *e*(*i*) = Σ_{*j* : *p*ᵢⱼ > 0} (1 − Σ_*q* *p*ᵢ_q *m*ⱼ_q). Nodes with no tie to another node get NaN,
/// as in NetworkX. Signed weights are read as they are (NetworkX's numbers), except that a node
/// whose non-zero mutual weights sum to 0 (+1 and −1) gets NaN: its proportions are undefined
/// (NetworkX's sparse path computes on with ±∞ and may return a number for it). On an unweighted undirected graph this equals *n* − 2*t*/*n* of the ego network
/// (Borgatti 1997).
///
/// Equivalent to `networkx.effective_size(G, weight=None | "weight")` (NetworkX 3.6, sparse-matrix form).
///
/// - Complexity: O(Σ_i Σ_{j∈N(i)} deg(*j*)) time, O(*n* + *m*) memory.
///
/// ## References
/// - R. S. Burt, *Structural Holes: The Social Structure of Competition*, Harvard University Press, 1992.
/// - S. P. Borgatti, "Structural Holes: Unpacking Burt's Redundancy Measures", Connections 20(1):35–38, 1997.
public func effectiveSize(_ graph: Graph, options: StructuralHolesOptions = .init()) -> [Double] {
    let n = graph.nodeCount
    let m = _MutualWeights(graph, weighted: options.weighted)
    var result = [Double](repeating: 0, count: n)
    var rowI = [Double](repeating: 0, count: n)
    for i in 0 ..< n {
        let row = m.offsets[i] ..< m.offsets[i + 1]
        let sumI = m.rowSum[i]
        for k in row { rowI[Int(m.columns[k])] = m.values[k] / sumI }
        var e = 0.0
        for k in row {
            let j = Int(m.columns[k])
            guard m.values[k] / sumI > 0 else { continue }
            var redundancy = 0.0
            for kk in m.offsets[j] ..< m.offsets[j + 1] {
                let q = Int(m.columns[kk])
                let piq = rowI[q]
                if piq != 0 { redundancy += piq * (m.values[kk] / m.rowMax[j]) }
            }
            e += 1 - redundancy
        }
        for k in row { rowI[Int(m.columns[k])] = 0 }
        let others = sumI == 0 ? 0 : 1 - m.diagonal(i) / sumI
        result[i] = sumI == 0 || others == 0 ? .nan : e
    }
    return result
}
