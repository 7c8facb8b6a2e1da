import Foundation
import InfluenceCentrality
import InfluenceGraph
import InfluenceTestSupport
import Testing

/// Eigenvector, Katz, PageRank and HITS: against NetworkX's reference values, and properties
/// (PageRank is a distribution, results do not depend on the chunking, failures throw).
@Suite("Spectral measures")
struct SpectralTests {
    // MARK: Reference values

    /// A per-node parameter (`{node id: value}`) as a vector indexed like the graph's nodes,
    /// nodes missing from the dict 0 (as NetworkX's `personalization.get(n, 0)`).
    func nodeVector(_ value: JSONValue, _ file: ReferenceFile) -> [Double]? {
        guard let dict = value.object else { return nil }
        return file.graph.nodes.map { dict[$0]?.double ?? 0 }
    }

    /// Checks `body` against `result`: the values within `tolerance`, or the recorded NetworkX
    /// error thrown as the matching ``CentralityError``.
    func check(_ file: ReferenceFile, _ result: ReferenceResult, measure: String, tolerance: Double,
               absoluteTolerance: Double = 1e-12, sourceLocation: SourceLocation = #_sourceLocation,
               _ body: (Graph) throws(CentralityError) -> [Double]) throws {
        let graph = try file.build()
        let outcome: Result<[Double], CentralityError>
        do { outcome = .success(try body(graph)) } catch { outcome = .failure(error) }
        let label = "\(file.graph.name) \(result.testDescription)"
        switch (result.error, outcome) {
        case (nil, .success(let values)):
            expectClose(values, result, in: file, tolerance: tolerance, absoluteTolerance: absoluteTolerance,
                        sourceLocation: sourceLocation)
        case (nil, .failure(let error)):
            Issue.record("\(label): NetworkX gives values, we threw \(error)", sourceLocation: sourceLocation)
        case (let name?, .success):
            Issue.record("\(label): NetworkX raised \(name), we returned values", sourceLocation: sourceLocation)
        case (let name?, .failure(let error)):
            #expect(Self.matches(error, networkXError: name, measure: measure, maxIterations: result.param("max_iter").int),
                    "\(label): NetworkX raised \(name), we threw \(error)", sourceLocation: sourceLocation)
        }
    }

    /// Whether `error` is our counterpart of NetworkX's exception class `name`.
    static func matches(_ error: CentralityError, networkXError name: String, measure: String, maxIterations: Int?) -> Bool {
        switch (name, error) {
        case ("PowerIterationFailedConvergence", .powerIterationFailedConvergence(let m, let n)):
            return m == measure && n == maxIterations
        case ("NetworkXPointlessConcept", .nullGraph(let m)): return m == measure
        case ("ValueError", .notImplemented(let m, _)): return m == measure   // hits on one node (svds)
        case ("ArpackError", .notFinite(let m, _)), ("NaN", .notFinite(let m, _)): return m == measure
        default: return false
        }
    }

    @Test("eigenvector centrality equals NetworkX's", arguments: referenceCases("eigenvector"))
    func eigenvector(file: ReferenceFile, result: ReferenceResult) throws {
        let options = EigenvectorOptions(maxIterations: result.param("max_iter").int ?? 100,
                                         tolerance: result.param("tol").double ?? 1e-6,
                                         weighted: result.param("weight").string == "weight",
                                         start: nodeVector(result.param("nstart"), file))
        try check(file, result, measure: "eigenvector", tolerance: 1e-12, absoluteTolerance: 1e-15) { g throws(CentralityError) in
            try eigenvectorCentrality(g, options: options)
        }
    }

    @Test("Katz centrality equals NetworkX's", arguments: referenceCases("katz"))
    func katz(file: ReferenceFile, result: ReferenceResult) throws {
        let options = KatzOptions(alpha: result.param("alpha").double ?? 0.1,
                                  beta: nodeVector(result.param("beta"), file),
                                  betaScalar: result.param("beta").double ?? 1.0,
                                  maxIterations: result.param("max_iter").int ?? 1000,
                                  tolerance: result.param("tol").double ?? 1e-6,
                                  normalized: result.param("normalized").bool ?? true,
                                  weighted: result.param("weight").string == "weight",
                                  start: nodeVector(result.param("nstart"), file))
        try check(file, result, measure: "katz", tolerance: 1e-12, absoluteTolerance: 1e-15) { g throws(CentralityError) in
            try katzCentrality(g, options: options)
        }
    }

    @Test("PageRank equals NetworkX's", arguments: referenceCases("pagerank"))
    func pageRank(file: ReferenceFile, result: ReferenceResult) throws {
        // NetworkX's default is weight="weight"; the reference passes it explicitly (null = unweighted).
        let options = PageRankOptions(alpha: result.param("alpha").double ?? 0.85,
                                      personalization: nodeVector(result.param("personalization"), file),
                                      maxIterations: result.param("max_iter").int ?? 100,
                                      tolerance: result.param("tol").double ?? 1e-6,
                                      start: nodeVector(result.param("nstart"), file),
                                      weighted: result.params["weight"].map { $0.string == "weight" } ?? true,
                                      dangling: nodeVector(result.param("dangling"), file))
        let graph = try file.build()
        if expectNegativeWeightRefusal(file, result, { _ = try pagerank(graph, options: options) }) { return }
        try check(file, result, measure: "pagerank", tolerance: 1e-12, absoluteTolerance: 1e-15) { g throws(CentralityError) in
            try pagerank(g, options: options)
        }
    }

    @Test("HITS hubs and authorities equal NetworkX's where they are unique",
          arguments: referenceCases("hubs", "authorities"))
    func hubsAndAuthorities(file: ReferenceFile, result: ReferenceResult) throws {
        let options = HITSOptions(maxIterations: result.param("max_iter").int ?? 100,
                                  tolerance: result.param("tol").double ?? 1e-8,
                                  normalized: result.param("normalized").bool ?? true)
        let pick: ((hubs: [Double], authorities: [Double])) -> [Double] = { result.measure == "hubs" ? $0.hubs : $0.authorities }
        if result.unstable == true {
            // The largest singular value is not simple: NetworkX's answer depends on ARPACK's
            // random start, so only check that ours is a valid answer.
            let values = pick(try hits(try file.build(), options: options))
            #expect(values.allSatisfy { $0.isFinite })
            if options.normalized { #expect(abs(values.reduce(0, +) - 1) < 1e-12) }
            return
        }
        try check(file, result, measure: "hits", tolerance: 1e-9) { g throws(CentralityError) in
            pick(try hits(g, options: options))
        }
    }

    // MARK: Properties

    /// A seeded random graph: `n` nodes, about `m` edges, optional weights in [0.5, 5).
    static func randomGraph(n: Int, m: Int, directed: Bool, weighted: Bool, seed: UInt64) throws -> Graph {
        var rng = SplitMix64(seed: seed)
        var b = GraphBuilder(directed: directed)
        b.reserveCapacity(nodes: n, edges: m)
        for v in 0 ..< n { b.addNode("n\(v)") }
        for _ in 0 ..< m {
            let u = Int32(Int.random(in: 0 ..< n, using: &rng)), v = Int32(Int.random(in: 0 ..< n, using: &rng))
            b.addEdge(u, v, weight: weighted ? Double.random(in: 0.5 ..< 5, using: &rng) : nil)
        }
        return try b.build()
    }

    @Test("PageRank is a probability distribution", arguments: [
        (false, false, UInt64(1)), (true, false, 2), (false, true, 3), (true, true, 4),
    ])
    func pageRankSumsToOne(directed: Bool, weighted: Bool, seed: UInt64) throws {
        let g = try Self.randomGraph(n: 300, m: 900, directed: directed, weighted: weighted, seed: seed)
        let half = (0 ..< g.nodeCount).map { $0 < g.nodeCount / 2 ? Double($0 + 1) : 0 }
        for options in [PageRankOptions(), PageRankOptions(alpha: 0.5, maxIterations: 1000, tolerance: 1e-10),
                        PageRankOptions(personalization: half), PageRankOptions(dangling: half)] {
            let x = try pagerank(g, options: options)
            #expect(abs(x.reduce(0, +) - 1) < 1e-12, "seed \(seed)")
            #expect(x.allSatisfy { $0 >= 0 }, "seed \(seed)")
        }
    }

    /// Bitwise equality, so that -0.0 and 0.0 or two NaNs are told apart.
    func identical(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern }
    }

    @Test("Results are bit for bit the same for any chunk count (several reduction blocks)",
          arguments: [false, true])
    func chunkingDoesNotChangeResults(weighted: Bool) throws {
        // More than 65,536 nodes, so the sums run in several fixed blocks.
        let directed = try Self.randomGraph(n: 70_000, m: 280_000, directed: true, weighted: weighted, seed: 7)
        let undirected = try Self.randomGraph(n: 70_000, m: 210_000, directed: false, weighted: weighted, seed: 8)
        let counts: [Int?] = [1, 3, 16, nil]

        let pr = try counts.map { try _pagerank(directed, options: .init(tolerance: 1e-9), chunkCount: $0) }
        let ev = try counts.map {
            try _eigenvectorCentrality(undirected, options: .init(maxIterations: 1000, weighted: weighted), chunkCount: $0)
        }
        // alpha below 1/λ (average in-degree 4, weights up to 5).
        let kz = try counts.map {
            try _katzCentrality(directed, options: .init(alpha: 0.02, weighted: weighted), chunkCount: $0)
        }
        // A loose tolerance: on this sparse graph σ₂/σ₁ is close to 1 and a tight run takes
        // thousands of steps in a debug build.
        let hs = try counts.map { try _hits(directed, options: .init(tolerance: 1e-3, weighted: weighted), chunkCount: $0) }
        for i in 1 ..< counts.count {
            #expect(identical(pr[0], pr[i]), "pagerank, \(String(describing: counts[i])) chunks")
            #expect(identical(ev[0], ev[i]), "eigenvector, \(String(describing: counts[i])) chunks")
            #expect(identical(kz[0], kz[i]), "katz, \(String(describing: counts[i])) chunks")
            #expect(identical(hs[0].hubs, hs[i].hubs) && identical(hs[0].authorities, hs[i].authorities),
                    "hits, \(String(describing: counts[i])) chunks")
        }
        #expect(abs(pr[0].reduce(0, +) - 1) < 1e-12)
    }

    /// PageRank written out the obvious way (adjacency lists of the merged graph), as NetworkX's
    /// `_pagerank_python` does it: an oracle for the CSR kernels and the block sums.
    func textbookPageRank(_ g: Graph, alpha: Double = 0.85, tolerance: Double = 1e-6) -> [Double] {
        let n = g.nodeCount
        var out = [[(Int, Double)]](repeating: [], count: n)
        for u in 0 ..< n {
            for k in g.outOffsets[u] ..< g.outOffsets[u + 1] {
                out[u].append((Int(g.outTargets[k]), g.outWeights?[k] ?? 1))
            }
        }
        let strength = out.map { $0.reduce(0) { $0 + $1.1 } }
        var x = [Double](repeating: 1 / Double(n), count: n)
        for _ in 0 ..< 1000 {
            var next = [Double](repeating: 0, count: n)
            var dangling = 0.0
            for u in 0 ..< n {
                if out[u].isEmpty { dangling += x[u] }
                for (v, w) in out[u] { next[v] += alpha * x[u] * w / strength[u] }
            }
            for v in 0 ..< n { next[v] += alpha * dangling / Double(n) + (1 - alpha) / Double(n) }
            let change = zip(next, x).reduce(0) { $0 + abs($1.0 - $1.1) }
            x = next
            if change < Double(n) * tolerance { break }
        }
        return x
    }

    @Test("PageRank agrees with a textbook implementation on a large graph", arguments: [false, true])
    func pageRankMatchesOracle(weighted: Bool) throws {
        let g = try Self.randomGraph(n: 70_000, m: 350_000, directed: true, weighted: weighted, seed: 11)
        let ours = try pagerank(g, options: .init(maxIterations: 1000, tolerance: 1e-12))
        let oracle = textbookPageRank(g, tolerance: 1e-12)
        let worst = zip(ours, oracle).map { abs($0 - $1) }.max() ?? 0
        #expect(worst < 1e-14)
    }

    @Test("Non-convergence throws PowerIterationFailedConvergence")
    func nonConvergence() throws {
        var b = GraphBuilder(directed: true)
        b.addEdge("a", "b")
        b.addEdge("b", "c")
        b.addEdge("c", "d")
        let chain = try b.build()
        // A directed path has no positive eigenvector: the iteration keeps drifting.
        #expect(throws: CentralityError.powerIterationFailedConvergence(measure: "eigenvector", maxIterations: 100)) {
            try eigenvectorCentrality(chain)
        }
        #expect(throws: CentralityError.powerIterationFailedConvergence(measure: "pagerank", maxIterations: 2)) {
            try pagerank(chain, options: .init(maxIterations: 2))
        }
        var c = GraphBuilder(directed: true)
        c.addEdge("a", "b")
        c.addEdge("b", "a")
        let cycle = try c.build()
        // λ = 1, so alpha = 1.5 diverges.
        #expect(throws: CentralityError.powerIterationFailedConvergence(measure: "katz", maxIterations: 1000)) {
            try katzCentrality(cycle, options: .init(alpha: 1.5))
        }
        #expect(throws: CentralityError.powerIterationFailedConvergence(measure: "hits", maxIterations: 0)) {
            try hits(cycle, options: .init(maxIterations: 0))
        }
    }

    @Test("Small cases: documented examples, empty graphs, refused options")
    func smallCases() throws {
        var p = GraphBuilder(directed: false)
        p.addEdge("a", "b")
        p.addEdge("b", "c")
        let path = try p.build()
        let ev = try eigenvectorCentrality(path)
        // NetworkX 3.6.1: {'a': 0.5000000644180599, 'b': 0.707106690085642, 'c': 0.5000000644180599}
        #expect(ev == [0.5000000644180599, 0.707106690085642, 0.5000000644180599])
        // {'a': 0.5598852608963282, 'b': 0.6107839137224398, 'c': 0.5598852608963282}
        #expect(try katzCentrality(path) == [0.5598852608963282, 0.6107839137224398, 0.5598852608963282])

        var r = GraphBuilder(directed: true)
        for (u, v) in [("a", "b"), ("b", "c"), ("c", "a"), ("c", "b")] { r.addEdge(u, v) }
        // {'a': 0.21481051315058508, 'b': 0.3974000441421556, 'c': 0.387789442707259}
        #expect(try pagerank(try r.build()) == [0.21481051315058508, 0.3974000441421556, 0.387789442707259])

        var d = GraphBuilder(directed: true)
        for id in ["a", "b", "c", "d"] { d.addNode(id) }
        for (u, v) in [("a", "c"), ("b", "c"), ("b", "d")] { d.addEdge(u, v) }
        let (hubs, authorities) = try hits(try d.build())
        let small = (3 - 5.0.squareRoot()) / 2   // 0.3819…: NetworkX gives 0.38196601125010515
        #expect(abs(hubs[0] - small) < 1e-12 && abs(hubs[1] - (1 - small)) < 1e-12 && hubs[2] == 0 && hubs[3] == 0)
        #expect(authorities[0] == 0 && authorities[1] == 0)
        #expect(abs(authorities[2] - (1 - small)) < 1e-12 && abs(authorities[3] - small) < 1e-12)

        let empty = try GraphBuilder(directed: true).build()
        #expect(throws: CentralityError.nullGraph(measure: "eigenvector")) { try eigenvectorCentrality(empty) }
        #expect(try katzCentrality(empty).isEmpty)
        #expect(try pagerank(empty).isEmpty)
        #expect(try hits(empty).hubs.isEmpty)

        var e = GraphBuilder(directed: false)
        e.addNode("x")
        e.addNode("y")
        let edgeless = try e.build()
        #expect(try pagerank(edgeless).allSatisfy { abs($0 - 0.5) < 1e-15 })
        #expect(throws: CentralityError.self) { try hits(edgeless) }

        #expect(throws: CentralityError.invalidOption(measure: "pagerank", option: "personalization",
                                                       reason: "the values sum to 0")) {
            try pagerank(path, options: .init(personalization: [0, 0, 0]))
        }
        #expect(throws: CentralityError.invalidOption(measure: "pagerank", option: "dangling",
                                                       reason: "expected one value per node (3), got 2")) {
            try pagerank(path, options: .init(dangling: [1, 1]))
        }
        #expect(throws: CentralityError.invalidOption(measure: "eigenvector", option: "start",
                                                       reason: "the initial vector cannot have all zero values")) {
            try eigenvectorCentrality(path, options: .init(start: [0, 0, 0]))
        }
        #expect(throws: CentralityError.invalidOption(measure: "katz", option: "beta",
                                                       reason: "value nan at node index 1 is not finite")) {
            try katzCentrality(path, options: .init(beta: [1, .nan, 1]))
        }
    }
}
