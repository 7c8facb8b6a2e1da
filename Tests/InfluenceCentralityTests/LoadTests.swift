import InfluenceCentrality
import InfluenceGraph
import InfluenceTestSupport
import Testing

/// Load centrality: NetworkX reference values, a slow recursive oracle, and determinism.
@Suite("Load")
struct LoadTests {
    @Test("load against NetworkX", arguments: referenceCases("load"))
    func reference(file: ReferenceFile, result: ReferenceResult) throws {
        let graph = try file.build()
        let options = LoadOptions(normalized: result.param("normalized").bool ?? true,
                                  weighted: result.param("weight").string == "weight")
        if expectNegativeWeightRefusal(file, result, { _ = try loadCentrality(graph, options: options) }) { return }
        if let error = result.error {
            brandesExpectReferenceError(error, file, result) { _ = try loadCentrality(graph, options: options) }
            return
        }
        expectClose(try loadCentrality(graph, options: options), result, in: file)
    }

    @Test("the documented examples: star and path")
    func examples() throws {
        var b = GraphBuilder(directed: false)
        for leaf in 1 ... 3 { b.addEdge("0", "\(leaf)") }
        let star = try b.build()
        #expect(try loadCentrality(star) == [1, 0, 0, 0])
        #expect(try loadCentrality(star, options: .init(normalized: false)) == [6, 0, 0, 0])
        #expect(try loadCentrality(brandesPath(3), options: .init(normalized: false)) == [0, 2, 0])
        #expect(try loadCentrality(GraphBuilder(directed: true).build()) == [])
    }

    @Test("load is not betweenness: predecessors share equally, not by path counts")
    func notBetweenness() throws {
        // 0 → 1 → 3, 0 → 2 → 3, 1 → 2 … a diamond where 3's predecessors carry 1 and 2 paths.
        var b = GraphBuilder(directed: true)
        for (u, v) in [("s", "a"), ("s", "b"), ("a", "c"), ("b", "c"), ("b", "d"), ("c", "t"), ("d", "t")] {
            b.addEdge(u, v)
        }
        let g = try b.build()
        let load = try loadCentrality(g, options: .init(normalized: false))
        let betweenness = try betweennessCentrality(g, options: .init(normalized: false))
        #expect(brandesMaxRelativeDifference(load, betweenness) > 0.01)
        let slow = BrandesSlowGraph(g)
        #expect(brandesMaxRelativeDifference(load, slow.load(weighted: false, normalized: false)) < 1e-12)
    }

    @Test("weighted: a node with the source among its predecessors passes nothing on (NetworkX's break)")
    func sourceTie() throws {
        // s → v costs 2 directly and through u (1 + 1): v's predecessors are [s, u].
        var b = GraphBuilder(directed: true)
        b.addEdge("s", "v", weight: 2)
        b.addEdge("s", "u", weight: 1)
        b.addEdge("u", "v", weight: 1)
        b.addEdge("v", "t", weight: 1)
        let g = try b.build()   // s = 0, v = 1, u = 2, t = 3
        // From s: t's unit reaches v (load 1); v does not pass it on to u. u carries nothing.
        #expect(try loadCentrality(g, options: .init(normalized: false, weighted: true)) == [0, 2, 0, 0])
        // Betweenness splits s → v's paths: u carries half of (s, v) and (s, t).
        #expect(try betweennessCentrality(g, options: .init(normalized: false, weighted: true)) == [0, 2, 1, 0])
    }

    @Test("on trees load equals normalized betweenness")
    func trees() throws {
        var rng = SplitMix64(seed: 11)
        for _ in 0 ..< 10 {
            let n = Int.random(in: 3 ... 40, using: &rng)
            var b = GraphBuilder(directed: false)
            for v in 0 ..< n { b.addNode("\(v)") }
            for v in 1 ..< n { b.addEdge(Int32(v), Int32(Int.random(in: 0 ..< v, using: &rng))) }
            let g = try b.build()
            #expect(brandesMaxRelativeDifference(try loadCentrality(g), try betweennessCentrality(g)) < 1e-12)
        }
    }

    @Test("agrees with a slow recursive oracle on seeded random graphs", arguments: 0 ..< 40)
    func oracle(seed: Int) throws {
        let (g, slow) = try brandesOracleGraph(seed: UInt64(seed))
        for weighted in [false, true] {
            for normalized in [false, true] {
                let actual = try loadCentrality(g, options: .init(normalized: normalized, weighted: weighted))
                let expected = slow.load(weighted: weighted, normalized: normalized)
                #expect(brandesMaxRelativeDifference(actual, expected) < 1e-12,
                        "seed \(seed) weighted \(weighted) normalized \(normalized): \(actual) vs oracle \(expected)")
            }
        }
    }

    @Test("bit-identical whatever the scheduling")
    func threadIndependence() throws {
        for (directed, weighted) in [(false, false), (true, true)] {
            let g = try brandesRandomGraph(seed: 78, nodes: 300, edges: 1200, directed: directed,
                                           weights: weighted ? .integers(1 ... 4) : nil, selfLoops: true)
            let options = LoadOptions(weighted: weighted)
            let a = try loadCentrality(g, options: options)
            let b = try loadCentrality(g, options: options)
            let serial = try _loadCentrality(g, options: options, parallel: false)
            #expect(a.map(\.bitPattern) == b.map(\.bitPattern))
            #expect(a.map(\.bitPattern) == serial.map(\.bitPattern))
            #expect(brandesMaxRelativeDifference(a, try _loadCentrality(g, options: options, chunkCount: 3)) < 1e-12)
        }
    }

    @Test("a negative length is refused when weighted (the first such arc named), ignored otherwise")
    func invalidWeight() throws {
        var b = GraphBuilder(directed: true)
        b.addEdge("a", "b", weight: -1)
        let g = try b.build()
        #expect(throws: CentralityError.invalidWeight(measure: "load", from: "a", to: "b", weight: -1)) {
            try loadCentrality(g, options: .init(weighted: true))
        }
        #expect(try loadCentrality(g) == [0, 0])
    }
}

extension BrandesSlowGraph {
    /// Load by its recursive definition: from each source *s*, every reached node sends one unit
    /// back along its shortest-path predecessors, split equally, and a node with *s* among its
    /// predecessors passes nothing on (NetworkX's `break`). Distances by Floyd–Warshall.
    func load(weighted: Bool, normalized: Bool) -> [Double] {
        let d = distances(weighted: weighted)
        var total = Array(repeating: 0.0, count: n)
        for s in 0 ..< n {
            // preds[v]: the u with d(s, u) + w(u, v) = d(s, v).
            var preds = Array(repeating: [Int](), count: n)
            for u in 0 ..< n where d[s][u].isFinite {
                for (v, w) in adjacent[u] where v != s && d[s][u] + (weighted ? w : 1) == d[s][v] {
                    preds[v].append(u)
                }
            }
            var memo = [Int: Double]()
            func received(_ x: Int) -> Double {   // load passed to x from the nodes beyond it
                if let m = memo[x] { return m }
                var sum = 0.0
                for v in 0 ..< n where preds[v].contains(x) && !preds[v].contains(s) {
                    sum += (1 + received(v)) / Double(preds[v].count)
                }
                memo[x] = sum
                return sum
            }
            for x in 0 ..< n where x != s && d[s][x].isFinite { total[x] += received(x) }
        }
        guard normalized && n > 2 else { return total }
        return total.map { $0 / Double((n - 1) * (n - 2)) }
    }
}
