import Dispatch

/// Splits `0 ..< count` into `chunkCount` fixed, contiguous chunks and runs `body(chunk, range)`
/// for each, in parallel on all cores.
///
/// The chunking depends only on `count` and `chunkCount`, never on the number of cores, so a
/// caller that gives each chunk its own accumulator and merges the accumulators in chunk order
/// gets bit-identical results on any machine.
///
/// - Complexity: `chunkCount` tasks; `body` runs once per chunk.
package func _forEachChunk(count: Int, chunkCount: Int, _ body: @Sendable (Int, Range<Int>) -> Void) {
    guard count > 0 else { return }
    let chunks = max(1, min(chunkCount, count))
    #if INFLUENCE_INTERNAL_CHECKS
    _checkChunkCoverage(chunks: chunks, count: count)
    #endif
    if chunks == 1 {
        body(0, 0 ..< count)
        return
    }
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        body(chunk, _chunkRange(chunk, of: chunks, count: count))
    }
}

/// The `chunk`-th of `chunks` near-equal contiguous ranges covering `0 ..< count`.
package func _chunkRange(_ chunk: Int, of chunks: Int, count: Int) -> Range<Int> {
    let base = count / chunks, extra = count % chunks
    let start = chunk * base + min(chunk, extra)
    return start ..< start + base + (chunk < extra ? 1 : 0)
}

#if INFLUENCE_INTERNAL_CHECKS
/// Set only when the module is compiled with `-DINFLUENCE_INTERNAL_CHECKS`: the invariant checks
/// of the unsafe kernels (shortest paths, SpMV, Lanczos) are on. Tests use it to see that the
/// flag reached the library, not just the test target.
package let _internalChecksEnabled = true

/// The chunks `_chunkRange(0 ..< chunks, of: chunks, count:)` are non-empty, contiguous and cover
/// `0 ..< count` exactly.
func _checkChunkCoverage(chunks: Int, count: Int) {
    precondition(chunks >= 1 && chunks <= max(1, count), "chunks: \(chunks) chunks for \(count) items")
    var next = 0
    for c in 0 ..< chunks {
        let r = _chunkRange(c, of: chunks, count: count)
        precondition(r.lowerBound == next && (count == 0 || !r.isEmpty),
                     "chunks: chunk \(c) of \(chunks) is \(r), expected to start at \(next) and be non-empty")
        next = r.upperBound
    }
    precondition(next == count, "chunks: \(chunks) chunks cover 0 ..< \(next), not 0 ..< \(count)")
}
#endif

/// The number of chunks used for per-source measures: fixed (not the core count), large enough
/// to balance load on many cores, small enough that per-chunk accumulators stay cheap.
package func _sourceChunkCount(nodeCount: Int) -> Int {
    min(64, max(1, nodeCount / 16))
}

/// A buffer of `Double` that parallel chunks write into at disjoint indices.
///
/// Each chunk owns its slice (or its own row), so no two tasks write the same element;
/// that is what makes the unchecked `Sendable` safe.
package final class _SharedBuffer: @unchecked Sendable {
    package let pointer: UnsafeMutableBufferPointer<Double>

    package init(count: Int, value: Double = 0) {
        pointer = .allocate(capacity: count)
        pointer.initialize(repeating: value)
    }

    deinit { pointer.deallocate() }

    package var array: [Double] { Array(pointer) }
}
