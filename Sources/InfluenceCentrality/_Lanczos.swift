// The leading eigenvector of a symmetric positive semidefinite operator by explicitly restarted
// Lanczos with full reorthogonalisation: HITS's AᵀA, which a power iteration converges on only
// as fast as (σ₂/σ₁)² shrinks — hundreds of sweeps on a large scale-free graph — while Lanczos
// needs about the square root of that.
//
// Determinism. Every vector operation is either element-wise (each element computed by one
// fixed expression, whichever thread runs it) or a sum over nodes taken in the fixed reduction
// blocks of `_spmvBlocks`, in block order. The operator is applied by the callers' pull sweeps,
// whose values do not depend on the chunking. So the result is bit-identical on any number of
// cores and for any chunk count.

/// A raw vector handed to parallel chunks.
///
/// `@unchecked Sendable`: chunks either only read it, or each writes the elements of its own
/// range; it never outlives the call that made it (every `_forEachChunk` is synchronous).
struct _UnsafeVector: @unchecked Sendable {
    let pointer: UnsafeMutableBufferPointer<Double>
    init(_ pointer: UnsafeMutableBufferPointer<Double>) { self.pointer = pointer }
}

/// How ``_lanczosTopEigenvector(n:start:matvecLimit:threshold:noiseCeiling:apply:)`` ended.
enum _LanczosOutcome {
    /// The relative residual ‖*Bx* − θ*x*‖/θ fell below the threshold (or below the noise
    /// ceiling and stopped decreasing).
    case converged
    /// The operator budget ran out first.
    case exhausted
    /// *Bx* = 0: the start vector has no component the operator keeps.
    case zero
    /// A value overflowed.
    case overflow
}

/// Krylov dimension per restart: 20 vectors, fewer on very large graphs so the basis stays
/// within about 128 MiB, at least 8; never more than `n`.
func _lanczosDimension(n: Int) -> Int {
    min(n, max(8, min(20, (1 << 24) / max(n, 1))))
}

/// Computes the eigenvector of the largest eigenvalue of the symmetric positive semidefinite
/// operator `apply` (which writes *B v* into its second argument), starting from `start` (unit
/// norm) and leaving the result, unit norm, in `start`.
///
/// Each cycle builds an orthonormal Krylov basis *v*₀ = *x*, *v*₁, … of up to
/// ``_lanczosDimension(n:)`` vectors (classical Gram–Schmidt against the whole basis, repeated
/// once when it cancels more than 30 % of the norm: "twice is enough"), takes the top eigenpair
/// (θ, *s*) of the projected tridiagonal matrix by Jacobi rotations, and restarts from the Ritz
/// vector *x* = Σ *s*ᵢ *v*ᵢ. The first step of a cycle gives the true residual of *x*
/// (β₀ = ‖*Bx* − α₀*x*‖ with α₀ = *x*ᵀ*Bx*); the iteration stops when β₀/α₀ ≤ `threshold`, or
/// when it is below `noiseCeiling` and has not decreased for 5 cycles (rounding noise); then one
/// last power step *x* ← *Bx*/‖*Bx*‖ gives the result.
///
/// Like the power iteration it replaces, it converges to the normalised projection of the start
/// vector on the leading eigenspace when the largest eigenvalue is not simple: a Krylov space
/// holds no other component of that eigenspace.
///
/// - Complexity: O(*c* (*d* · cost(B) + *d*² *n*)) time for *c* cycles of dimension *d*;
///   O(*d n*) memory.
///
/// ## References
/// - C. Lanczos, "An iteration method for the solution of the eigenvalue problem of linear
///   differential and integral operators", J. Res. Nat. Bur. Standards 45:255–282, 1950.
/// - Y. Saad, *Numerical Methods for Large Eigenvalue Problems*, 2nd ed., SIAM 2011, §6.3–6.4
///   (explicit restarts, full reorthogonalisation).
/// - J. W. Daniel, W. B. Gragg, L. Kaufman, G. W. Stewart, "Reorthogonalization and stable
///   algorithms for updating the Gram–Schmidt QR factorization", Math. Comp. 30:772–795, 1976.
func _lanczosTopEigenvector(n: Int, start x: _SharedBuffer, matvecLimit: Int, threshold: Double,
                            noiseCeiling: Double,
                            apply: (UnsafeMutableBufferPointer<Double>, _SharedBuffer) -> Void) -> _LanczosOutcome {
    let d = _lanczosDimension(n: n)
    let basis = _SharedBuffer(count: d * n)
    let w = _SharedBuffer(count: n)
    func vector(_ i: Int) -> UnsafeMutableBufferPointer<Double> {
        UnsafeMutableBufferPointer(rebasing: basis.pointer[i * n ..< (i + 1) * n])
    }
    var matvecs = 0
    var best = Double.infinity, sinceBest = 0
    #if INFLUENCE_INTERNAL_CHECKS
    precondition(n >= 1 && x.pointer.count == n, "Lanczos: start vector of \(x.pointer.count) values for n = \(n)")
    precondition(d >= 1 && d <= n && basis.pointer.count == d * n, "Lanczos: Krylov dimension \(d) for n = \(n)")
    #endif
    while true {
        _ = vector(0).update(fromContentsOf: x.pointer)
        #if INFLUENCE_INTERNAL_CHECKS
        _checkBasisVector(basis, n: n, index: 0, what: "restart vector")
        #endif
        var alphas: [Double] = [], betas: [Double] = []
        var size = 0
        var largestAlpha = 0.0
        for j in 0 ..< d {
            guard matvecs < matvecLimit else { return .exhausted }
            matvecs += 1
            apply(vector(j), w)
            #if INFLUENCE_INTERNAL_CHECKS
            precondition(w.pointer.count == n, "Lanczos: the operator wrote \(w.pointer.count) values for n = \(n)")
            #endif
            let before = _blockNorm(w)
            guard before.isFinite else { return .overflow }
            var c = _gramSchmidtPass(w, basis: basis, n: n, count: j + 1)
            var beta = _blockNorm(w)
            if beta < 0.7 * before {
                let again = _gramSchmidtPass(w, basis: basis, n: n, count: j + 1)
                for i in c.indices { c[i] += again[i] }
                beta = _blockNorm(w)
            }
            let alpha = c[j]
            alphas.append(alpha)
            largestAlpha = max(largestAlpha, alpha)
            size = j + 1
            if j == 0 {
                guard alpha > 0 else { return before.isFinite && before == 0 ? .zero : .overflow }
                let residual = beta / alpha
                var done = residual <= threshold
                if residual < best {
                    best = residual
                    sinceBest = 0
                } else {
                    sinceBest += 1
                    if best < noiseCeiling && sinceBest >= 5 { done = true }
                }
                if done {
                    // One last power step, x ← Bx / ‖Bx‖: entries the operator maps to 0 (nodes
                    // no edge reaches) become exactly 0 instead of the Ritz vector's rounding
                    // residue, and a nonnegative operator keeps the vector nonnegative.
                    apply(vector(0), w)
                    let norm = _blockNorm(w)
                    guard norm > 0, norm.isFinite else { return norm == 0 ? .zero : .overflow }
                    let target = _UnsafeVector(x.pointer), wv = _UnsafeVector(w.pointer)
                    _ = _spmvBlocks(count: n, initial: 0) { range in
                        for t in range { target.pointer[t] = wv.pointer[t] / norm }
                        return 0
                    }
                    return .converged
                }
            }
            // An invariant subspace (or the basis is full): the Ritz vectors are as good as this
            // basis can give.
            if beta <= 1e-15 * largestAlpha || j == d - 1 { break }
            betas.append(beta)
            let next = _UnsafeVector(vector(j + 1)), wv = _UnsafeVector(w.pointer), scale = 1 / beta
            _ = _spmvBlocks(count: n, initial: 0) { range in
                for t in range { next.pointer[t] = wv.pointer[t] * scale }
                return 0
            }
            #if INFLUENCE_INTERNAL_CHECKS
            _checkBasisVector(basis, n: n, index: j + 1, what: "after reorthogonalisation")
            #endif
        }
        #if INFLUENCE_INTERNAL_CHECKS
        precondition(size >= 1 && size <= d && alphas.count == size && betas.count == size - 1,
                     "Lanczos: tridiagonal of size \(size) (basis \(d)) with \(alphas.count) α and \(betas.count) β")
        precondition(betas.allSatisfy { $0 > 0 && $0.isFinite } && alphas.allSatisfy(\.isFinite),
                     "Lanczos: tridiagonal entries not finite, or a β ≤ 0 (α \(alphas), β \(betas))")
        #endif
        let s = _topEigenvectorOfTridiagonal(diagonal: alphas, offDiagonal: betas, size: size)
        #if INFLUENCE_INTERNAL_CHECKS
        precondition(s.count == size, "Lanczos: Ritz coefficients \(s.count) for a basis of \(size)")
        let ritzNorm = s.reduce(0) { $0 + $1 * $1 }.squareRoot()
        precondition(abs(ritzNorm - 1) <= _lanczosCheckTolerance,
                     "Lanczos: Ritz coefficients have norm \(ritzNorm), not 1 (Jacobi rotations not orthogonal?)")
        #endif
        let count = size
        let basisVector = _UnsafeVector(basis.pointer), target = _UnsafeVector(x.pointer)
        _ = _spmvBlocks(count: n, initial: 0) { range in
            let b = basisVector.pointer, out = target.pointer
            for t in range {
                var acc = 0.0
                for i in 0 ..< count { acc += s[i] * b[i * n + t] }
                out[t] = acc
            }
            return 0
        }
        let norm = _blockNorm(x)
        guard norm > 0, norm.isFinite else { return norm == 0 ? .zero : .overflow }
        _ = _spmvBlocks(count: n, initial: 0) { range in
            for t in range { target.pointer[t] /= norm }
            return 0
        }
    }
}

/// One classical Gram–Schmidt pass: `c[i] = ⟨w, vᵢ⟩` for the first `count` basis vectors, then
/// `w ← w − Σ c[i] vᵢ`. Dots are summed in the fixed reduction blocks, in block order.
private func _gramSchmidtPass(_ w: _SharedBuffer, basis: _SharedBuffer, n: Int, count: Int) -> [Double] {
    #if INFLUENCE_INTERNAL_CHECKS
    precondition(w.pointer.count == n && count >= 1 && count * n <= basis.pointer.count,
                 "Gram–Schmidt: \(count) basis vectors of \(n) in a basis of \(basis.pointer.count) values, w of \(w.pointer.count)")
    #endif
    let wv = _UnsafeVector(w.pointer), bv = _UnsafeVector(basis.pointer)
    let partials = _spmvBlocks(count: n, initial: [Double]()) { range in
        var dots = [Double](repeating: 0, count: count)
        let b = bv.pointer, x = wv.pointer
        for i in 0 ..< count {
            var acc = 0.0
            let base = i * n
            for t in range { acc += x[t] * b[base + t] }
            dots[i] = acc
        }
        return dots
    }
    var c = [Double](repeating: 0, count: count)
    for p in partials { for i in 0 ..< count { c[i] += p[i] } }
    let coefficients = c
    _ = _spmvBlocks(count: n, initial: 0) { range in
        let b = bv.pointer, x = wv.pointer
        for t in range {
            var acc = x[t]
            for i in 0 ..< count { acc -= coefficients[i] * b[i * n + t] }
            x[t] = acc
        }
        return 0
    }
    return c
}

/// The unit eigenvector of the largest eigenvalue of the symmetric tridiagonal matrix with this
/// diagonal and off-diagonal (`size` ≤ a few dozen), by cyclic Jacobi rotations; among equal
/// largest eigenvalues, the first column. Signed so that its largest-magnitude entry is positive.
func _topEigenvectorOfTridiagonal(diagonal: [Double], offDiagonal: [Double], size k: Int) -> [Double] {
    #if INFLUENCE_INTERNAL_CHECKS
    precondition(k >= 1 && diagonal.count >= k && offDiagonal.count >= k - 1,
                 "tridiagonal: size \(k) with \(diagonal.count) diagonal and \(offDiagonal.count) off-diagonal entries")
    #endif
    var a = [Double](repeating: 0, count: k * k)
    var v = [Double](repeating: 0, count: k * k)
    for i in 0 ..< k {
        a[i * k + i] = diagonal[i]
        v[i * k + i] = 1
        if i + 1 < k {
            a[i * k + i + 1] = offDiagonal[i]
            a[(i + 1) * k + i] = offDiagonal[i]
        }
    }
    for _ in 0 ..< 100 {
        var off = 0.0, total = 0.0
        for i in 0 ..< k {
            for j in 0 ..< k {
                let x = a[i * k + j] * a[i * k + j]
                total += x
                if i != j { off += x }
            }
        }
        if off <= 1e-32 * total { break }
        for p in 0 ..< k {
            for q in p + 1 ..< k {
                let apq = a[p * k + q]
                if apq == 0 { continue }
                let theta = (a[q * k + q] - a[p * k + p]) / (2 * apq)
                let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
                let c = 1 / (t * t + 1).squareRoot(), s = t * c
                for r in 0 ..< k {               // A ← A J (columns p, q)
                    let arp = a[r * k + p], arq = a[r * k + q]
                    a[r * k + p] = c * arp - s * arq
                    a[r * k + q] = s * arp + c * arq
                }
                for r in 0 ..< k {               // A ← Jᵀ A (rows p, q)
                    let apr = a[p * k + r], aqr = a[q * k + r]
                    a[p * k + r] = c * apr - s * aqr
                    a[q * k + r] = s * apr + c * aqr
                }
                for r in 0 ..< k {               // V ← V J
                    let vrp = v[r * k + p], vrq = v[r * k + q]
                    v[r * k + p] = c * vrp - s * vrq
                    v[r * k + q] = s * vrp + c * vrq
                }
            }
        }
    }
    var top = 0
    for i in 1 ..< max(1, k) where a[i * k + i] > a[top * k + top] { top = i }
    var s = (0 ..< k).map { v[$0 * k + top] }
    var largest = 0
    for i in 1 ..< max(1, k) where abs(s[i]) > abs(s[largest]) { largest = i }
    if s[largest] < 0 { s = s.map { -$0 } }
    return s
}

#if INFLUENCE_INTERNAL_CHECKS
/// How far from orthonormal a Lanczos basis vector may be (|⟨vᵢ, vⱼ⟩| and |‖vⱼ‖ − 1|). Full
/// reorthogonalisation keeps both near machine precision (‖·‖ ≈ 1e-15 √n); losing orthogonality
/// past √ε ≈ 1.5e-8 is what spoils the Ritz values, so this bound flags real trouble only.
let _lanczosCheckTolerance = 1e-9

/// Basis vector `index` has unit norm and is orthogonal to vectors `0 ..< index`. O(`index` · *n*),
/// serial (the checks need no fixed summation order).
func _checkBasisVector(_ basis: _SharedBuffer, n: Int, index: Int, what: StaticString) {
    let b = basis.pointer
    precondition((index + 1) * n <= b.count, "Lanczos basis: vector \(index) is past the basis")
    let vj = index * n
    var norm = 0.0
    for t in 0 ..< n { norm += b[vj + t] * b[vj + t] }
    norm = norm.squareRoot()
    precondition(abs(norm - 1) <= _lanczosCheckTolerance, "Lanczos basis (\(what)): ‖v\(index)‖ = \(norm), not 1")
    for i in 0 ..< index {
        let vi = i * n
        var dot = 0.0
        for t in 0 ..< n { dot += b[vi + t] * b[vj + t] }
        precondition(abs(dot) <= _lanczosCheckTolerance, "Lanczos basis (\(what)): ⟨v\(i), v\(index)⟩ = \(dot), not 0")
    }
}
#endif
