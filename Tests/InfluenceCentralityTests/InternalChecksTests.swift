#if INFLUENCE_INTERNAL_CHECKS
import InfluenceCentrality
import InfluenceGraph
import InfluenceTestSupport
import Testing

/// Runs the unsafe kernels (graph builder, shortest-path workspace, SpMV sweeps, Lanczos) on
/// seeded random graphs so that their `INFLUENCE_INTERNAL_CHECKS` invariants are exercised. A
/// broken invariant stops the process with a `precondition` message; the expectations here only
/// check that the results are sane. Compiled only with `-Xswiftc -DINFLUENCE_INTERNAL_CHECKS`.
@Suite("Internal checks")
struct InternalChecksTests {
    /// A seeded random graph with self-loops, parallel edges (merged by the builder), isolated
    /// nodes and, when `weighted`, small integer weights, so that equal-length paths are common.
    static func graph(n: Int, m: Int, directed: Bool, weighted: Bool, seed: UInt64) throws -> Graph {
        var rng = SplitMix64(seed: seed)
        var b = GraphBuilder(directed: directed)
        for v in 0 ..< n { b.addNode("n\(v)") }
        let active = max(1, n - n / 10)   // the last tenth stays isolated
        for _ in 0 ..< m {
            let u = Int32(Int.random(in: 0 ..< active, using: &rng)), v = Int32(Int.random(in: 0 ..< active, using: &rng))
            b.addEdge(u, v, weight: weighted ? Double(Int.random(in: 1 ... 3, using: &rng)) : nil)
        }
        return try b.build()
    }

    static let kinds: [(directed: Bool, weighted: Bool, seed: UInt64)] = [
        (false, false, 1), (true, false, 2), (false, true, 3), (true, true, 4), (true, true, 5), (false, false, 6),
    ]

    @Test("the library was compiled with the checks")
    func enabled() {
        #expect(_internalChecksEnabled)
    }

    @Test("the builder's fast path (parallel arrays) satisfies the CSR invariants", arguments: [false, true])
    func builderFastPath(directed: Bool) throws {
        var rng = SplitMix64(seed: directed ? 21 : 22)
        let n = 300
        let ids = (0 ..< n).map { "v\($0)" }
        var sources: [Int32] = [], targets: [Int32] = [], weights: [Double] = []
        for _ in 0 ..< 2_000 {   // rows of > 16 arcs take the sorting path
            let hub = Bool.random(using: &rng)
            sources.append(hub ? Int32(Int.random(in: 0 ..< 5, using: &rng)) : Int32(Int.random(in: 0 ..< n, using: &rng)))
            targets.append(Int32(Int.random(in: 0 ..< n, using: &rng)))
            weights.append(Double.random(in: 0.5 ..< 2, using: &rng))
        }
        for w in [nil, weights] {
            let g = try GraphBuilder.build(directed: directed, ids: ids, sources: sources, targets: targets, weights: w)
            #expect(g.checkInvariants())
        }
    }

    @Test("shortest-path measures", arguments: kinds)
    func shortestPaths(directed: Bool, weighted: Bool, seed: UInt64) throws {
        for (n, m) in [(2, 3), (40, 120), (150, 400)] {
            let g = try Self.graph(n: n, m: m, directed: directed, weighted: weighted, seed: seed &* 31 &+ UInt64(n))
            let b = try betweennessCentrality(g, options: .init(weighted: weighted))
            let serial = try _betweennessCentrality(g, options: .init(weighted: weighted), chunkCount: 7, parallel: false)
            #expect(b.count == n && zip(b, serial).allSatisfy { abs($0 - $1) <= 1e-12 * max(1, abs($0)) })
            _ = try betweennessCentrality(g, options: .init(endpoints: true, weighted: weighted, samples: max(1, n / 3), seed: seed))
            let e = try _edgeBetweennessCentrality(g, options: .init(weighted: weighted), chunkCount: 3)
            #expect(e.values.allSatisfy { $0.isFinite && $0 >= 0 })
            let l = try _loadCentrality(g, options: .init(weighted: weighted), chunkCount: 5)
            #expect(l.allSatisfy { $0.isFinite && $0 >= 0 })
            let c = try closenessCentrality(g, options: .init(weighted: weighted))
            #expect(c.allSatisfy { $0 >= 0 && $0 <= 1 + 1e-12 } || weighted)
            _ = try harmonicCentrality(g, options: .init(weighted: weighted))
        }
    }

    @Test("spectral measures (SpMV sweeps, Lanczos)", arguments: kinds)
    func spectral(directed: Bool, weighted: Bool, seed: UInt64) throws {
        for (n, m) in [(3, 4), (60, 200), (400, 1_500)] {
            let g = try Self.graph(n: n, m: m, directed: directed, weighted: weighted, seed: seed &* 17 &+ UInt64(n))
            for chunks in [nil, 1, 5] {
                let p = try _pagerank(g, options: .init(weighted: weighted), chunkCount: chunks)
                #expect(abs(p.reduce(0, +) - 1) < 1e-12)
                let h = try _hits(g, options: .init(weighted: weighted), chunkCount: chunks)
                #expect(h.hubs.count == n && h.authorities.allSatisfy { $0.isFinite })
                _ = try? _eigenvectorCentrality(g, options: .init(maxIterations: 500, weighted: weighted), chunkCount: chunks)
                _ = try? _katzCentrality(g, options: .init(alpha: 0.05, weighted: weighted), chunkCount: chunks)
            }
        }
    }

    /// Above 65,536 nodes the sums run in several reduction blocks, and above 50,000 the sweeps
    /// in parallel chunks.
    @Test("spectral measures on a graph of several reduction blocks")
    func spectralLarge() throws {
        let g = try Self.graph(n: 70_000, m: 210_000, directed: true, weighted: false, seed: 99)
        let p = try pagerank(g)
        #expect(abs(p.reduce(0, +) - 1) < 1e-10)
        let h = try hits(g)
        #expect(h.hubs.count == g.nodeCount)
    }
}
#endif
