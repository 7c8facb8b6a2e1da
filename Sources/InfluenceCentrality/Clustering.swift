#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import InfluenceGraph

/// Options for ``clustering(_:options:)``.
public struct ClusteringOptions: Sendable, Hashable {
    /// Use the graph's weights (NetworkX `weight="weight"`); `false` counts triangles (`weight=None`).
    public var weighted: Bool

    /// Clustering options; `weighted` uses the graph's weights (NetworkX `weight`), else triangles count.
    public init(weighted: Bool = false) {
        self.weighted = weighted
    }
}

/// The local clustering coefficient of every node: how many of the possible triangles through
/// the node exist.
///
/// Undirected: *c*(*v*) = 2*T*(*v*) / (deg(*v*)(deg(*v*) − 1)), *T* the triangles through *v*,
/// self-loops ignored. Weighted: triangles count the geometric mean of their edge weights, each
/// divided by the largest weight in the graph (Onnela et al.). Directed: Fagiolo's definition,
/// *c*(*v*) = *T*(*v*) / (2(deg_tot(*v*)(deg_tot(*v*) − 1) − 2 deg↔(*v*))), counting every directed
/// triangle. Nodes with no triangle get 0.
///
/// Equivalent to `networkx.clustering(G, weight=None | "weight")` (NetworkX 3.6), including the
/// order of its arithmetic (weighted sums may differ in the last bits: NetworkX sums per neighbour
/// with numpy).
///
/// *Signed and zero weights* (with `weighted`): weights are divided by the largest, and a
/// triangle counts the real cube root of the product of its three weights, as NetworkX's
/// `np.cbrt`, so negative ties give negative terms and coefficients; a zero-weight tie is still a
/// tie (it counts in the degree) whose triangles add 0. Unweighted, every tie counts 1 whatever
/// its weight.
///
/// - Complexity: O(Σ_v Σ_{u∈N(v)} deg(*u*)) time, O(*n*) extra memory.
///
/// ## References
/// - D. J. Watts and S. H. Strogatz, "Collective dynamics of 'small-world' networks", Nature 393:440–442, 1998.
///   doi:10.1038/30918
/// - J.-P. Onnela, J. Saramäki, J. Kertész and K. Kaski, "Intensity and coherence of motifs in weighted
///   complex networks", Phys. Rev. E 71:065103, 2005. doi:10.1103/PhysRevE.71.065103
/// - G. Fagiolo, "Clustering in complex directed networks", Phys. Rev. E 76:026107, 2007.
///   doi:10.1103/PhysRevE.76.026107
public func clustering(_ graph: Graph, options: ClusteringOptions = .init()) -> [Double] {
    let n = graph.nodeCount
    var result = [Double](repeating: 0, count: n)
    guard n > 0 else { return result }
    let weighted = options.weighted && graph.isWeighted
    var maxWeight = 1.0
    if weighted, let w = graph.outWeights, !w.isEmpty { maxWeight = w.max()! }
    // Marks for the current node i: out-weight (succ) and in-weight (pred) of each neighbour, 0 if none.
    var succMark = [Double](repeating: 0, count: n)
    var predMark = [Double](repeating: 0, count: n)
    // Directed: whether each neighbour is a successor / predecessor of i (a zero weight is a tie).
    var isSucc = [Bool](repeating: false, count: graph.isDirected ? n : 0)
    var isPred = [Bool](repeating: false, count: graph.isDirected ? n : 0)
    let outW = graph.outWeights, inW = graph.inWeights
    func wOut(_ k: Int) -> Double { outW.map { $0[k] / maxWeight } ?? 1 }
    func wIn(_ k: Int) -> Double { inW.map { $0[k] / maxWeight } ?? 1 }

    if !graph.isDirected {
        var position = [Int](repeating: -1, count: n)
        for i in 0 ..< n {
            let row = graph.outOffsets[i] ..< graph.outOffsets[i + 1]
            var degree = 0
            for k in row where Int(graph.outTargets[k]) != i {
                let j = Int(graph.outTargets[k])
                position[j] = degree
                succMark[j] = wOut(k)
                degree += 1
            }
            var t = 0.0
            if weighted {
                var p = 0
                for k in row where Int(graph.outTargets[k]) != i {
                    let j = Int(graph.outTargets[k])
                    let wij = wOut(k)
                    for kk in graph.outOffsets[j] ..< graph.outOffsets[j + 1] {
                        let m = Int(graph.outTargets[kk])
                        if m != j && m != i && position[m] > p {
                            t += cbrt(wij * wOut(kk) * succMark[m])
                        }
                    }
                    p += 1
                }
                t *= 2
            } else {
                var count = 0
                for k in row where Int(graph.outTargets[k]) != i {
                    let j = Int(graph.outTargets[k])
                    for kk in graph.outOffsets[j] ..< graph.outOffsets[j + 1] {
                        let m = Int(graph.outTargets[kk])
                        if m != j && m != i && position[m] >= 0 { count += 1 }
                    }
                }
                t = Double(count)
            }
            if t != 0 { result[i] = t / (Double(degree) * Double(degree - 1)) }
            for k in row { position[Int(graph.outTargets[k])] = -1; succMark[Int(graph.outTargets[k])] = 0 }
        }
        return result
    }

    for i in 0 ..< n {
        let succs = graph.outOffsets[i] ..< graph.outOffsets[i + 1]
        let preds = graph.inOffsets[i] ..< graph.inOffsets[i + 1]
        var dtotal = 0, dbidirectional = 0
        for k in succs where Int(graph.outTargets[k]) != i {
            succMark[Int(graph.outTargets[k])] = wOut(k)
            isSucc[Int(graph.outTargets[k])] = true
            dtotal += 1
        }
        for k in preds where Int(graph.inTargets[k]) != i {
            let j = Int(graph.inTargets[k])
            predMark[j] = wIn(k)
            isPred[j] = true
            dtotal += 1
            if isSucc[j] { dbidirectional += 1 }
        }
        var t = 0.0
        // j over preds (first factor w(j→i)), then over succs (first factor w(i→j)).
        for (first, range, targets) in [(true, preds, graph.inTargets), (false, succs, graph.outTargets)] {
            for k in range where Int(targets[k]) != i {
                let j = Int(targets[k])
                let wji = first ? predMark[j] : succMark[j]
                if weighted {
                    // k' ∈ preds(j): w(k'→j); k' ∈ succs(j): w(j→k').
                    for kk in graph.inOffsets[j] ..< graph.inOffsets[j + 1] {
                        let m = Int(graph.inTargets[kk])
                        guard m != j else { continue }
                        let wmj = wIn(kk)
                        if isPred[m] { t += cbrt(wji * predMark[m] * wmj) }
                        if isSucc[m] { t += cbrt(wji * succMark[m] * wmj) }
                    }
                    for kk in graph.outOffsets[j] ..< graph.outOffsets[j + 1] {
                        let m = Int(graph.outTargets[kk])
                        guard m != j else { continue }
                        let wjm = wOut(kk)
                        if isPred[m] { t += cbrt(wji * predMark[m] * wjm) }
                        if isSucc[m] { t += cbrt(wji * succMark[m] * wjm) }
                    }
                } else {
                    var count = 0
                    for kk in graph.inOffsets[j] ..< graph.inOffsets[j + 1] {
                        let m = Int(graph.inTargets[kk])
                        guard m != j else { continue }
                        if isPred[m] { count += 1 }
                        if isSucc[m] { count += 1 }
                    }
                    for kk in graph.outOffsets[j] ..< graph.outOffsets[j + 1] {
                        let m = Int(graph.outTargets[kk])
                        guard m != j else { continue }
                        if isPred[m] { count += 1 }
                        if isSucc[m] { count += 1 }
                    }
                    t += Double(count)
                }
            }
        }
        if t != 0 {
            result[i] = t / (Double(dtotal * (dtotal - 1) - 2 * dbidirectional) * 2)
        }
        for k in succs { succMark[Int(graph.outTargets[k])] = 0; isSucc[Int(graph.outTargets[k])] = false }
        for k in preds { predMark[Int(graph.inTargets[k])] = 0; isPred[Int(graph.inTargets[k])] = false }
    }
    return result
}
