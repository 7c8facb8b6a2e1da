import InfluenceGraph

// The sparse matrix–vector machinery shared by the spectral measures (eigenvector, Katz,
// PageRank, HITS): pull-style sweeps over one CSR direction, parallel over node ranges, and
// node sums whose order is fixed so that results never depend on the number of chunks or cores.
//
// Determinism. A sweep writes `y[v]` from the row of `v` only, so each chunk writes its own slice
// and the values do not depend on the chunking. Sums over nodes (norms, L1 changes) are taken in
// fixed blocks of `_spmvReductionBlock` nodes, sequentially in node order inside a block and in
// block order across blocks. The blocks depend on the node count alone, so every sum is the same
// whatever the chunk count; and a graph of up to one block (65,536 nodes) is summed exactly as
// NetworkX sums, one term after the other.

/// Nodes per reduction block (see the note at the top of this file).
let _spmvReductionBlock = 1 << 16

/// Graphs with fewer nodes run every sweep as one chunk on the calling thread.
let _spmvParallelThreshold = 50_000

// MARK: - Rows

/// One direction of a graph's CSR as read-only buffers: the rows a pull sweep reads.
///
/// `@unchecked Sendable`: the buffers are only ever read, and they exist only inside
/// ``_withSpMVRows(_:incoming:weighted:_:)``, whose `withUnsafeBufferPointer` scopes last until
/// every parallel chunk has returned (`_forEachChunk` is synchronous).
struct _SpMVRows: @unchecked Sendable {
    /// Row offsets; `nodeCount + 1` entries.
    let offsets: UnsafeBufferPointer<Int>
    /// Column indices, ascending within a row.
    let targets: UnsafeBufferPointer<Int32>
    /// Entries in lock step with `targets`, or `nil` when every entry is 1.
    let weights: UnsafeBufferPointer<Double>?

    var nodeCount: Int { offsets.count - 1 }

    /// `initial + Σ x[u]·w(v, u)` over the row of `v`, added one term at a time in ascending `u`:
    /// the order in which NetworkX's loops (and SciPy's CSR/CSC kernels) accumulate.
    @inline(__always)
    func rowSum(_ v: Int, _ x: UnsafeMutableBufferPointer<Double>, initial: Double) -> Double {
        var acc = initial
        var k = offsets[v]
        let end = offsets[v + 1]
        #if INFLUENCE_INTERNAL_CHECKS
        _checkRow(v, x)
        #endif
        if let weights {
            while k < end {
                #if INFLUENCE_INTERNAL_CHECKS
                _checkEntry(k, x)
                #endif
                acc += x[Int(targets[k])] * weights[k]
                k += 1
            }
        } else {
            while k < end {
                #if INFLUENCE_INTERNAL_CHECKS
                _checkEntry(k, x)
                #endif
                acc += x[Int(targets[k])]
                k += 1
            }
        }
        return acc
    }

    /// As ``rowSum(_:_:initial:)``, with `entries` in lock step with `targets` instead of the weights.
    @inline(__always)
    func rowSum(_ v: Int, _ x: UnsafeMutableBufferPointer<Double>, entries: UnsafeMutableBufferPointer<Double>) -> Double {
        var acc = 0.0
        var k = offsets[v]
        let end = offsets[v + 1]
        #if INFLUENCE_INTERNAL_CHECKS
        _checkRow(v, x)
        precondition(entries.count == targets.count, "SpMV: \(entries.count) matrix entries for \(targets.count) targets")
        #endif
        while k < end {
            #if INFLUENCE_INTERNAL_CHECKS
            _checkEntry(k, x)
            #endif
            acc += entries[k] * x[Int(targets[k])]
            k += 1
        }
        return acc
    }

    #if INFLUENCE_INTERNAL_CHECKS
    /// The whole CSR: `nodeCount + 1` monotone offsets from 0 to the entry count, every column in
    /// `0 ..< nodeCount`, weights in lock step. O(*n* + *m*), once per `_withSpMVRows`.
    func _checkStructure() {
        let n = nodeCount
        precondition(n >= 0 && offsets.first == 0 && offsets.last == targets.count,
                     "SpMV rows: offsets run \(offsets.first ?? -1) ... \(offsets.last ?? -1), not 0 ... \(targets.count)")
        if let weights { precondition(weights.count == targets.count, "SpMV rows: \(weights.count) weights for \(targets.count) entries") }
        for v in 0 ..< n {
            precondition(offsets[v] <= offsets[v + 1], "SpMV rows: offsets decrease at row \(v)")
            for k in offsets[v] ..< offsets[v + 1] {
                precondition(targets[k] >= 0 && Int(targets[k]) < n, "SpMV rows: entry \(k) of row \(v) has column \(targets[k]), not in 0..<\(n)")
            }
        }
    }

    /// Row `v` exists and lies within the entries; `x` has one value per node.
    @inline(__always)
    func _checkRow(_ v: Int, _ x: UnsafeMutableBufferPointer<Double>) {
        precondition(v >= 0 && v < nodeCount, "SpMV: row \(v) not in 0..<\(nodeCount)")
        precondition(offsets[v] >= 0 && offsets[v] <= offsets[v + 1] && offsets[v + 1] <= targets.count,
                     "SpMV: row \(v) is \(offsets[v]) ..< \(offsets[v + 1]), not a range of the \(targets.count) entries")
        precondition(x.count == nodeCount, "SpMV: input vector has \(x.count) values for \(nodeCount) nodes")
    }

    /// Entry `k`'s column indexes `x`.
    @inline(__always)
    func _checkEntry(_ k: Int, _ x: UnsafeMutableBufferPointer<Double>) {
        precondition(UInt(bitPattern: Int(targets[k])) < UInt(x.count), "SpMV: entry \(k) has column \(targets[k]), not in 0..<\(x.count)")
    }

    /// A sweep's output (or any per-node vector it reads) has one value per node.
    func _checkVector(_ y: UnsafeMutableBufferPointer<Double>, _ name: StaticString) {
        precondition(y.count == nodeCount, "SpMV: vector \(name) has \(y.count) values for \(nodeCount) nodes")
    }
    #endif
}

/// Runs `body` with the in-rows (`incoming`) or out-rows of `graph` as raw buffers; weights only
/// when `weighted` and the graph has them. The buffers must not escape `body`.
///
/// - Complexity: O(1); nothing is copied.
func _withSpMVRows<R>(_ graph: Graph, incoming: Bool, weighted: Bool, _ body: (_SpMVRows) -> R) -> R {
    let offsets = incoming ? graph.inOffsets : graph.outOffsets
    let targets = incoming ? graph.inTargets : graph.outTargets
    let weights = weighted ? (incoming ? graph.inWeights : graph.outWeights) : nil
    return offsets.withUnsafeBufferPointer { o in
        targets.withUnsafeBufferPointer { t in
            #if INFLUENCE_INTERNAL_CHECKS
            precondition(o.count == graph.nodeCount + 1, "SpMV rows: \(o.count) offsets for \(graph.nodeCount) nodes")
            #endif
            if let weights {
                return weights.withUnsafeBufferPointer { w in
                    #if INFLUENCE_INTERNAL_CHECKS
                    _SpMVRows(offsets: o, targets: t, weights: w)._checkStructure()
                    #endif
                    return body(_SpMVRows(offsets: o, targets: t, weights: w))
                }
            }
            #if INFLUENCE_INTERNAL_CHECKS
            _SpMVRows(offsets: o, targets: t, weights: nil)._checkStructure()
            #endif
            return body(_SpMVRows(offsets: o, targets: t, weights: nil))
        }
    }
}

// MARK: - Sweeps

/// How a sweep over the nodes is cut into chunks: contiguous node ranges of about equal work
/// (one unit per row plus one per entry), so that hubs do not leave one core with most of it.
///
/// The chunking decides only which thread computes which rows; no value depends on it.
struct _SpMVPlan: Sendable {
    /// Chunk boundaries: chunk *c* is `bounds[c] ..< bounds[c + 1]`.
    let bounds: [Int]

    /// - Parameter chunkCount: `nil` for the default (one chunk below `_spmvParallelThreshold`
    ///   nodes, else about one per 8,192 nodes, between 4 and 64); tests pass other counts to check
    ///   that results do not depend on it.
    init(_ rows: _SpMVRows, chunkCount: Int?) {
        let n = rows.nodeCount
        let k: Int
        if let chunkCount {
            k = max(1, min(chunkCount, n))
        } else {
            k = n < _spmvParallelThreshold ? 1 : min(64, max(4, n / 8192))
        }
        guard k > 1 else {
            bounds = [0, n]
            #if INFLUENCE_INTERNAL_CHECKS
            _checkBounds(n: n, chunks: 1)
            #endif
            return
        }
        // Work before node v is v + offsets[v], increasing in v: cut at equal shares of it.
        let total = n + rows.offsets[n]
        var bounds = [0]
        bounds.reserveCapacity(k + 1)
        for c in 1 ..< k {
            let goal = total / k * c + (total % k) * c / k
            var lo = bounds[bounds.count - 1], hi = n
            while lo < hi {
                let mid = (lo + hi) / 2
                if mid + rows.offsets[mid] < goal { lo = mid + 1 } else { hi = mid }
            }
            bounds.append(lo)
        }
        bounds.append(n)
        self.bounds = bounds
        #if INFLUENCE_INTERNAL_CHECKS
        _checkBounds(n: n, chunks: k)
        #endif
    }

    #if INFLUENCE_INTERNAL_CHECKS
    /// The chunks are `chunks` contiguous, non-decreasing ranges covering `0 ..< n` exactly.
    func _checkBounds(n: Int, chunks: Int) {
        precondition(bounds.count == chunks + 1, "SpMV plan: \(bounds.count - 1) chunks, \(chunks) planned")
        precondition(bounds.first == 0 && bounds.last == n, "SpMV plan: chunks cover \(bounds.first ?? -1) ..< \(bounds.last ?? -1), not 0 ..< \(n)")
        for c in 0 ..< chunks {
            precondition(bounds[c] <= bounds[c + 1], "SpMV plan: chunk \(c) is \(bounds[c]) ..< \(bounds[c + 1])")
        }
    }
    #endif

    /// Runs `body` once per chunk, in parallel when there are several.
    func run(_ body: @Sendable (Range<Int>) -> Void) {
        let chunks = bounds.count - 1
        if chunks == 1 {
            body(bounds[0] ..< bounds[1])
            return
        }
        let bounds = self.bounds
        _forEachChunk(count: chunks, chunkCount: chunks) { c, _ in
            let range = bounds[c] ..< bounds[c + 1]
            if !range.isEmpty { body(range) }
        }
    }
}

// MARK: - Fixed-order sums

/// One result slot per reduction block, written in parallel.
///
/// `@unchecked Sendable`: each parallel task writes only the slot of its own block, and the
/// slots are read only after `_forEachChunk` has returned.
final class _SpMVSlots<T>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<T>
    let count: Int

    init(count: Int, value: T) {
        self.count = count
        pointer = .allocate(capacity: max(1, count))
        pointer.initialize(repeating: value, count: count)
    }

    deinit {
        pointer.deinitialize(count: count)
        pointer.deallocate()
    }
}

/// `f` applied to each fixed reduction block of `0 ..< count`, in block order; blocks run in
/// parallel when there are several.
func _spmvBlocks<T: Sendable>(count: Int, initial: T, _ f: @Sendable (Range<Int>) -> T) -> [T] {
    let b = _spmvReductionBlock
    let blocks = (count + b - 1) / b
    if blocks <= 1 { return [f(0 ..< count)] }
    let slots = _SpMVSlots(count: blocks, value: initial)
    #if INFLUENCE_INTERNAL_CHECKS
    precondition((blocks - 1) * b < count && blocks * b >= count, "SpMV blocks: \(blocks) blocks of \(b) for \(count) nodes")
    #endif
    _forEachChunk(count: blocks, chunkCount: blocks) { block, _ in
        #if INFLUENCE_INTERNAL_CHECKS
        precondition(block >= 0 && block < blocks, "SpMV blocks: block \(block) not in 0..<\(blocks)")
        #endif
        slots.pointer[block] = f(block * b ..< min(count, (block + 1) * b))
    }
    return (0 ..< blocks).map { slots.pointer[$0] }
}

/// Σ `term(i)` for `i` in `0 ..< count`, one term after the other within each reduction block and
/// block after block: on a graph of one block, exactly Python's built-in `sum` over the nodes
/// (NetworkX's eigenvector and Katz stopping rules). Blocks run in parallel.
func _spmvSequentialSum<T: _NumPyTerms & Sendable>(count: Int, _ t: T) -> Double {
    let partials = _spmvBlocks(count: count, initial: 0.0) { range in
        var s = 0.0
        for i in range { s += t.term(i) }
        return s
    }
    var total = 0.0
    for p in partials { total += p }
    return total
}

/// The terms of a sum over nodes, as a type so that the summing kernels are specialised per use.
protocol _NumPyTerms {
    func term(_ i: Int) -> Double
}

/// `|a[i] − b[i]|`: the L1 change of the stopping rules.
///
/// `@unchecked Sendable`: both buffers are only read while a sum runs, and they outlive it.
struct _AbsDifferenceTerms: _NumPyTerms, @unchecked Sendable {
    let a: UnsafeMutableBufferPointer<Double>, b: UnsafeMutableBufferPointer<Double>
    init(_ a: _SharedBuffer, _ b: _SharedBuffer) {
        (self.a, self.b) = (a.pointer, b.pointer)
        #if INFLUENCE_INTERNAL_CHECKS
        precondition(self.a.count == self.b.count, "L1 change: vectors of \(self.a.count) and \(self.b.count) values")
        #endif
    }
    @inline(__always) func term(_ i: Int) -> Double { abs(a[i] - b[i]) }
}

/// `a[i]`.
///
/// `@unchecked Sendable`: the buffer is only read while a sum runs, and it outlives it.
struct _PlainTerms: _NumPyTerms, @unchecked Sendable {
    let a: UnsafeBufferPointer<Double>
    @inline(__always) func term(_ i: Int) -> Double { a[i] }
}

/// `(a[i]·scale)²`.
///
/// `@unchecked Sendable`: the buffer is only read while a sum runs, and it outlives it.
struct _ScaledSquareTerms: _NumPyTerms, @unchecked Sendable {
    let a: UnsafeMutableBufferPointer<Double>, scale: Double
    @inline(__always) func term(_ i: Int) -> Double { let v = a[i] * scale; return v * v }
}

/// `a.sum()` for a contiguous `float64` NumPy array.
func _numpySum(_ a: [Double]) -> Double {
    a.withUnsafeBufferPointer { p in _numpyPairwiseSum(_PlainTerms(a: p), 0, p.count) }
}

/// NumPy's `pairwise_sum` (`numpy/_core/src/umath/loops_utils.h.src`) over terms `start ..< start + count`:
/// below 8 terms one after the other; up to 128 with eight interleaved accumulators; above, the two
/// halves (the first a multiple of 8 long) summed recursively. `np.add.reduce` over a contiguous
/// array is exactly this (verified against NumPy 2.4 for sizes up to 10⁶).
func _numpyPairwiseSum<T: _NumPyTerms>(_ t: T, _ start: Int, _ count: Int) -> Double {
    if count < 8 {
        var res = -0.0
        for i in start ..< start + count { res += t.term(i) }
        return res
    }
    if count <= 128 {
        var r0 = t.term(start), r1 = t.term(start + 1), r2 = t.term(start + 2), r3 = t.term(start + 3)
        var r4 = t.term(start + 4), r5 = t.term(start + 5), r6 = t.term(start + 6), r7 = t.term(start + 7)
        var i = 8
        let whole = count - count % 8
        while i < whole {
            let j = start + i
            r0 += t.term(j); r1 += t.term(j + 1); r2 += t.term(j + 2); r3 += t.term(j + 3)
            r4 += t.term(j + 4); r5 += t.term(j + 5); r6 += t.term(j + 6); r7 += t.term(j + 7)
            i += 8
        }
        var res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
        while i < count {
            res += t.term(start + i)
            i += 1
        }
        return res
    }
    var half = count / 2
    half -= half % 8
    return _numpyPairwiseSum(t, start, half) + _numpyPairwiseSum(t, start + half, count - half)
}

/// `a[0] + pairwise(a[1...])`: how `np.add.reduceat` sums one row (SciPy's `A.sum(axis=1)`).
func _numpyReduceAt(_ a: UnsafeBufferPointer<Double>, _ start: Int, _ end: Int) -> Double {
    guard start < end else { return 0 }
    #if INFLUENCE_INTERNAL_CHECKS
    precondition(start >= 0 && end <= a.count, "reduceat: row \(start) ..< \(end) outside the \(a.count) entries")
    #endif
    return a[start] + _numpyPairwiseSum(_PlainTerms(a: a), start + 1, end - start - 1)
}

// MARK: - Euclidean norm

/// The Euclidean norm of `x[0 ..< x.count]` computed as CPython 3.11's `math.hypot` computes it
/// (`vector_norm` in `Modules/mathmodule.c`): scaled by a power of two, squares kept exactly as
/// double-length products (Dekker), a lossless running sum with two correction terms, and one
/// differential correction after the square root. On one reduction block this is bit for bit
/// `math.hypot(*x)`; on several, the blocks' running sums are combined with an error-free addition
/// (nearly always the same correctly rounded result).
///
/// Returns NaN if some entry is NaN (and none is infinite), infinity if some entry is infinite.
func _pythonHypot(_ buffer: _SharedBuffer) -> Double {
    let n = buffer.pointer.count
    // Largest magnitude, and whether there is a NaN.
    let extrema = _spmvBlocks(count: n, initial: (0.0, false)) { range in
        let x = buffer.pointer
        var m = 0.0, nan = false
        for i in range {
            let a = abs(x[i])
            if a.isNaN { nan = true } else if a > m { m = a }
        }
        return (m, nan)
    }
    var maximum = 0.0, foundNaN = false
    for (m, nan) in extrema {
        maximum = max(maximum, m)
        foundNaN = foundNaN || nan
    }
    if maximum.isInfinite { return maximum }
    if foundNaN { return .nan }
    if maximum == 0 || n <= 1 { return maximum }
    // frexp(max) = m·2^e with m in [0.5, 1); Swift's exponent is e − 1.
    var e = Int(maximum.exponent) + 1
    var pre = 1.0, post = 1.0
    if e < -1023 {
        // CPython divides by DBL_MIN and recurses; both scalings are exact powers of two.
        pre = 1 / Double.leastNormalMagnitude
        post = Double.leastNormalMagnitude
        e = Int((maximum * pre).exponent) + 1
    }
    let scale = Double(sign: .plus, exponent: -e, significand: 1)
    let (pre0, scale0) = (pre, scale)
    let parts = _spmvBlocks(count: n, initial: (1.0, 0.0, 0.0)) { range in
        let x = buffer.pointer
        var csum = 1.0, frac1 = 0.0, frac2 = 0.0
        for i in range {
            let v = x[i] * pre0 * scale0
            let (hi, lo) = _dekkerProduct(v, v)
            let (s, slo) = _fastTwoSum(csum, hi)
            csum = s
            frac1 += lo
            frac2 += slo
        }
        return (csum, frac1, frac2)
    }
    var csum = parts[0].0, frac1 = parts[0].1, frac2 = parts[0].2
    for p in parts.dropFirst() {
        let (s, slo) = _twoSum(csum, p.0 - 1.0)
        csum = s
        frac1 += p.1
        frac2 += p.2 + slo
    }
    let h = (csum - 1.0 + (frac1 + frac2)).squareRoot()
    let (hi, lo) = _dekkerProduct(-h, h)
    let (s, slo) = _fastTwoSum(csum, hi)
    frac1 += lo
    frac2 += slo
    let d = s - 1.0 + (frac1 + frac2)
    return (h + d / (2.0 * h)) / scale * post
}

/// Dekker's exact product `x·y = hi + lo` (CPython 3.11's `dl_mul`; no FMA).
@inline(__always)
func _dekkerProduct(_ x: Double, _ y: Double) -> (Double, Double) {
    let (xh, xl) = _dekkerSplit(x), (yh, yl) = _dekkerSplit(y)
    let p = xh * yh
    let q = xh * yl + xl * yh
    let z = p + q
    let zz = p - z + q + xl * yl
    return (z, zz)
}

@inline(__always)
func _dekkerSplit(_ x: Double) -> (Double, Double) {
    let t = x * 134_217_729.0  // 2^27 + 1
    let hi = t - (t - x)
    return (hi, x - hi)
}

/// `a + b = s + e` exactly, for |a| ≥ |b| (CPython's `dl_fast_sum`).
@inline(__always)
func _fastTwoSum(_ a: Double, _ b: Double) -> (Double, Double) {
    let s = a + b
    let z = s - a
    return (s, b - z)
}

/// `a + b = s + e` exactly, any magnitudes (Knuth's TwoSum).
@inline(__always)
func _twoSum(_ a: Double, _ b: Double) -> (Double, Double) {
    let s = a + b
    let bb = s - a
    return (s, (a - (s - bb)) + (b - bb))
}

/// The Euclidean norm, summed in fixed blocks (plain sums of squares of the scaled entries);
/// for HITS, where no bit-exact reference exists.
func _blockNorm(_ buffer: _SharedBuffer) -> Double {
    let n = buffer.pointer.count
    let maximum = _spmvBlocks(count: n, initial: 0.0) { range in
        let x = buffer.pointer
        var m = 0.0
        for i in range { m = max(m, abs(x[i])) }
        return m
    }.max() ?? 0
    guard maximum > 0, maximum.isFinite else { return maximum }
    let s = _spmvSequentialSum(count: n, _ScaledSquareTerms(a: buffer.pointer, scale: 1 / maximum))
    return s.squareRoot() * maximum
}

// MARK: - Options

/// Checks a per-node option vector: one finite entry per node.
func _checkNodeVector(_ values: [Double]?, nodeCount n: Int, measure: String, option: String) throws(CentralityError) {
    guard let values else { return }
    guard values.count == n else {
        throw .invalidOption(measure: measure, option: option, reason: "expected one value per node (\(n)), got \(values.count)")
    }
    if let bad = values.firstIndex(where: { !$0.isFinite }) {
        throw .invalidOption(measure: measure, option: option, reason: "value \(values[bad]) at node index \(bad) is not finite")
    }
}
