import InfluenceCentrality
import InfluenceGraph
import InfluenceTestSupport
import Testing

/// Node and edge betweenness: NetworkX reference values, a slow path-enumerating oracle, and
/// the determinism of the parallel sums.
@Suite("Betweenness")
struct BetweennessTests {
    // MARK: NetworkX reference values

    @Test("betweenness against NetworkX", arguments: referenceCases("betweenness"))
    func reference(file: ReferenceFile, result: ReferenceResult) throws {
        let graph = try file.build()
        var options = BetweennessOptions(
            normalized: result.param("normalized").bool ?? true,
            endpoints: result.param("endpoints").bool ?? false,
            weighted: result.param("weight").string == "weight")
        if let k = result.param("k").int {
            // NetworkX treats k = n as exact betweenness; sampling every node must agree. With
            // "sampler": "influence" NetworkX was given the sources our generator draws for the seed.
            options.samples = k
            options.seed = UInt64(result.param("seed").int ?? 0)
            precondition(k == graph.nodeCount || result.param("sampler").string == "influence",
                         "a sampled reference needs influence's sources")
        }
        options.allowsNaN = result.param("allow_nan").bool ?? false
        if expectNegativeWeightRefusal(file, result, { _ = try betweennessCentrality(graph, options: options) }) { return }
        if let error = result.error {
            brandesExpectReferenceError(error, file, result) { _ = try betweennessCentrality(graph, options: options) }
            return
        }
        expectClose(try betweennessCentrality(graph, options: options), result, in: file)
    }

    @Test("edge load against NetworkX (bit for bit)", arguments: referenceCases("edge-load"))
    func edgeLoadReference(file: ReferenceFile, result: ReferenceResult) throws {
        let graph = try file.build()
        let rows = try #require(result.edge_values, "\(file.graph.name): NetworkX raised \(result.error ?? "?")")
        let scores = try edgeLoadCentrality(graph)
        #expect(scores.count == rows.count, "\(file.graph.name): \(scores.count) pairs, NetworkX has \(rows.count)")
        for (i, row) in rows.enumerated() where i < scores.count {
            let u = graph.ids[Int(scores.sources[i])], v = graph.ids[Int(scores.targets[i])]
            #expect(u == row.u && v == row.v, "\(file.graph.name): pair \(i) is (\(u), \(v)), NetworkX's (\(row.u), \(row.v))")
            #expect(scores.values[i] == row.x, "\(file.graph.name): (\(u), \(v)) is \(scores.values[i]), NetworkX's \(row.x)")
        }
    }

    /// test_betweenness_centrality.py TestBetweennessCentrality.test_scale_with_k_on_star_graph:
    /// `star_graph(4)` (directed: `to_directed()`, both arcs), k ∈ {None, 1}, `seed=1`, which
    /// NetworkX's test says picks node 1; influence's sampler picks node 1 with seed 5.
    static let starScaleCases: [(normalized: Bool, endpoints: Bool, directed: Bool, k: Int?, expected: [Double])] = [
        (true, true, true, nil, [1.0, 0.4, 0.4, 0.4, 0.4]), (true, true, true, 1, [1.0, 1.0, 0.25, 0.25, 0.25]),
        (true, true, false, nil, [1.0, 0.4, 0.4, 0.4, 0.4]), (true, true, false, 1, [1.0, 1.0, 0.25, 0.25, 0.25]),
        (true, false, true, nil, [1.0, 0, 0, 0, 0]), (true, false, true, 1, [1.0, .nan, 0, 0, 0]),
        (true, false, false, nil, [1.0, 0, 0, 0, 0]), (true, false, false, 1, [1.0, .nan, 0, 0, 0]),
        (false, true, true, nil, [20, 8, 8, 8, 8]), (false, true, true, 1, [20, 20, 5, 5, 5]),
        (false, true, false, nil, [10, 4, 4, 4, 4]), (false, true, false, 1, [10, 10, 2.5, 2.5, 2.5]),
        (false, false, true, nil, [12, 0, 0, 0, 0]), (false, false, true, 1, [12, .nan, 0, 0, 0]),
        (false, false, false, nil, [6, 0, 0, 0, 0]), (false, false, false, 1, [6, .nan, 0, 0, 0]),
    ]

    @Test("test_betweenness_centrality.py TestBetweennessCentrality.test_scale_with_k_on_star_graph (NaN with allowsNaN)",
          arguments: starScaleCases.indices)
    func starScale(index: Int) throws {
        let c = Self.starScaleCases[index]
        var b = GraphBuilder(directed: c.directed)
        for leaf in 1 ... 4 {
            b.addEdge("0", "\(leaf)")
            if c.directed { b.addEdge("\(leaf)", "0") }
        }
        let star = try b.build()
        #expect(_sampleSources(nodeCount: 5, count: 1, seed: 5) == [1])
        let options = BetweennessOptions(normalized: c.normalized, endpoints: c.endpoints, samples: c.k, seed: 5, allowsNaN: true)
        let values = try betweennessCentrality(star, options: options)
        for (x, expected) in zip(values, c.expected) {
            #expect(expected.isNaN ? x.isNaN : abs(x - expected) <= 1e-12 * max(1, abs(expected)), "\(c): \(values)")
        }
        if c.expected.contains(where: \.isNaN) {
            var refusing = options
            refusing.allowsNaN = false
            #expect(throws: CentralityError.self) { try betweennessCentrality(star, options: refusing) }
        }
    }

    @Test("test_load_centrality.py TestLoadCentrality.test_c4_edge_load, test_p4_edge_load, test_k5_edge_load, test_tree_edge_load")
    func edgeLoadNetworkXTests() throws {
        func edgeLoad(_ edges: [(Int, Int)]) throws -> [String: Double] {
            var b = GraphBuilder(directed: false)
            for (u, v) in edges { b.addEdge("\(u)", "\(v)") }
            let g = try b.build()
            let scores = try edgeLoadCentrality(g)
            var out: [String: Double] = [:]
            for i in 0 ..< scores.count { out["\(g.ids[Int(scores.sources[i])])-\(g.ids[Int(scores.targets[i])])"] = scores.values[i] }
            return out
        }
        let c4 = try edgeLoad([(0, 1), (1, 2), (2, 3), (3, 0)])
        for e in ["0-1", "0-3", "1-2", "2-3"] { #expect(abs(c4[e]! - 6) <= 1e-3, "\(e)") }
        let p4 = try edgeLoad([(0, 1), (1, 2), (2, 3)])
        for (e, x) in ["0-1": 6.0, "1-2": 8, "2-3": 6] { #expect(abs(p4[e]! - x) <= 1e-3, "\(e)") }
        let k5 = try edgeLoad((0 ..< 5).flatMap { u in (u + 1 ..< 5).map { (u, $0) } })
        #expect(k5.count == 20 && k5.values.allSatisfy { abs($0 - 5) <= 1e-3 })
        let tree = try edgeLoad([(0, 1), (0, 2), (1, 3), (1, 4), (2, 5), (2, 6)])
        for (e, x) in ["0-1": 24.0, "0-2": 24, "1-3": 12, "1-4": 12, "2-5": 12, "2-6": 12] { #expect(abs(tree[e]! - x) <= 1e-3, "\(e)") }
        #expect(try edgeLoadCentrality(GraphBuilder(directed: true).build()).count == 0)
    }

    @Test("one sampled source without endpoints: refused by default, NetworkX's NaN with allowsNaN")
    func oneSampledSource() throws {
        let path = try brandesPath(5)
        let source = Int(_sampleSources(nodeCount: 5, count: 1, seed: 9)[0])
        #expect(throws: CentralityError.self) { try betweennessCentrality(path, options: .init(samples: 1, seed: 9)) }
        let values = try betweennessCentrality(path, options: .init(samples: 1, seed: 9, allowsNaN: true))
        #expect(values[source].isNaN)
        #expect(values.indices.filter { $0 != source }.allSatisfy { values[$0].isFinite })
        // The other values are the source's dependencies scaled by 1/(k(n − 2)) = 1/3 (NetworkX's scale_nonsource).
        let exact = try betweennessCentrality(path, options: .init(normalized: false))
        #expect(values.indices.filter { $0 != source }.allSatisfy { values[$0] <= 2 * exact[$0] / 3 + 1e-12 })
        // Counting endpoints is defined: no NaN, allowed or not.
        #expect(try betweennessCentrality(path, options: .init(endpoints: true, samples: 1, seed: 9)).allSatisfy(\.isFinite))
    }

    @Test("edge betweenness against NetworkX", arguments: referenceCases("edge-betweenness"))
    func edgeReference(file: ReferenceFile, result: ReferenceResult) throws {
        let graph = try file.build()
        let options = EdgeBetweennessOptions(normalized: result.param("normalized").bool ?? true,
                                             weighted: result.param("weight").string == "weight")
        if expectNegativeWeightRefusal(file, result, { _ = try edgeBetweennessCentrality(graph, options: options) }) { return }
        if let error = result.error {
            brandesExpectReferenceError(error, file, result) { _ = try edgeBetweennessCentrality(graph, options: options) }
            return
        }
        let scores = try edgeBetweennessCentrality(graph, options: options)
        let tolerance = ReferenceTolerance(relative: 1e-9)
        let worst = try #require(brandesEdgeWorst(scores, result, graph: graph, tolerance: tolerance),
                                 "\(file.graph.name) \(result.testDescription): the edge sets differ")
        #expect(worst.excess <= 1, """
            \(file.graph.name) \(result.testDescription): worst edge \(worst.edge) expected \(worst.expected) got \
            \(worst.actual) (outside \(tolerance))
            """)
    }

    // MARK: Errors

    @Test("a negative or infinite length is refused when weighted, ignored otherwise; zero lengths are lengths")
    func invalidWeights() throws {
        for bad in [-2.0, -0.5, .infinity] {
            var b = GraphBuilder(directed: false)
            b.addEdge("a", "b", weight: 1)
            b.addEdge("b", "c", weight: bad)
            b.addEdge("c", "d", weight: -1)
            let g = try b.build()
            // The first offending arc in node order: b's row before c's.
            #expect(throws: CentralityError.invalidWeight(measure: "betweenness", from: "b", to: "c", weight: bad)) {
                try betweennessCentrality(g, options: .init(weighted: true))
            }
            #expect(throws: CentralityError.invalidWeight(measure: "edge betweenness", from: "b", to: "c", weight: bad)) {
                try edgeBetweennessCentrality(g, options: .init(weighted: true))
            }
            #expect(try betweennessCentrality(g, options: .init(normalized: false)) == [0, 2, 2, 0])
        }
        var b = GraphBuilder(directed: true)
        b.addEdge("x", "y", weight: -3)
        let error = #expect(throws: CentralityError.self) { try betweennessCentrality(b.build(), options: .init(weighted: true)) }
        #expect(error?.description == """
            betweenness cannot take edge x → y of weight -3.0 (betweenness reads weights as lengths, which must be >= 0: \
            shortest paths are undefined with negative lengths (NetworkX's Dijkstra raises 'Contradictory paths found: \
            negative weights?'); without --weight it counts hops)
            """)
        // A zero length: x → y → z costs 0 + 1, the same as x → z, so the two paths tie and y
        // carries half of the x–z pair.
        var z = GraphBuilder(directed: true)
        z.addEdge("x", "y", weight: 0)
        z.addEdge("y", "z", weight: 1)
        z.addEdge("x", "z", weight: 1)
        #expect(try betweennessCentrality(z.build(), options: .init(normalized: false, weighted: true)) == [0, 0.5, 0])
    }

    @Test("samples outside 1 … n are refused, with the reason")
    func invalidSamples() throws {
        let g = try brandesPath(5)
        for k in [0, -1, 6] {
            let expected = CentralityError.invalidOption(measure: "betweenness", option: "samples",
                                                         reason: "\(k) is out of range (expected 1 ... 5, the number of nodes)")
            #expect(throws: expected) { try betweennessCentrality(g, options: .init(samples: k)) }
            #expect(throws: CentralityError.self) { try edgeBetweennessCentrality(g, options: .init(samples: k)) }
        }
        let error = #expect(throws: CentralityError.self) { try betweennessCentrality(g, options: .init(samples: 9)) }
        #expect(error?.description == "betweenness: invalid samples: 9 is out of range (expected 1 ... 5, the number of nodes)")
        let empty = try GraphBuilder(directed: false).build()
        #expect(throws: CentralityError.self) { try betweennessCentrality(empty, options: .init(samples: 1)) }
        #expect(try betweennessCentrality(empty) == [])
        #expect(try edgeBetweennessCentrality(empty) == EdgeScores(sources: [], targets: [], values: []))
    }

    @Test("one sampled source without endpoints is NetworkX's NaN: thrown, not returned")
    func oneSample() throws {
        let g = try brandesPath(5)
        let error = #expect(throws: CentralityError.self) { try betweennessCentrality(g, options: .init(samples: 1)) }
        #expect(error?.description == """
            betweenness: the result is not finite (one sampled source with endpoints excluded leaves the \
            source's scale at 0/0, which NetworkX returns as NaN; sample at least 2 sources, count endpoints, \
            or allow NaN (--allow-nan) for NetworkX's values)
            """)
        // With endpoints the scale is defined.
        let values = try betweennessCentrality(g, options: .init(endpoints: true, samples: 1, seed: 3))
        #expect(values.allSatisfy { $0.isFinite })
    }

    // MARK: Properties

    @Test("a star's centre has the maximum betweenness, directed or not")
    func starCentre() throws {
        for directed in [false, true] {
            var b = GraphBuilder(directed: directed)
            for leaf in 1 ... 7 {
                b.addEdge("0", "\(leaf)")
                if directed { b.addEdge("\(leaf)", "0") }
            }
            let g = try b.build()
            let values = try betweennessCentrality(g)
            #expect(abs(values[0] - 1) < 1e-12)
            #expect(values.dropFirst().allSatisfy { $0 == 0 && $0 < values[0] })
        }
    }

    @Test("edge scores list each undirected edge once, u ≤ v, in CSR order, self-loops included")
    func edgeLayout() throws {
        var b = GraphBuilder(directed: false)
        b.addEdge("c", "a")
        b.addEdge("a", "b")
        b.addEdge("b", "b")
        b.addEdge("b", "c")
        let g = try b.build()   // a = 1, b = 2, c = 0
        let scores = try edgeBetweennessCentrality(g, options: .init(normalized: false))
        #expect(scores.sources == [0, 0, 1, 2])
        #expect(scores.targets == [1, 2, 2, 2])
        #expect(scores.values == [1, 1, 1, 0])
        var d = GraphBuilder(directed: true)
        d.addEdge("a", "b")
        d.addEdge("b", "a")
        d.addEdge("b", "c")
        let directed = try edgeBetweennessCentrality(try d.build(), options: .init(normalized: false))
        #expect(directed.sources == [0, 1, 1])
        #expect(directed.targets == [1, 0, 2])
        #expect(directed.values == [2, 1, 2])
    }

    @Test("bit-identical whatever the scheduling: two parallel runs and the serial chunks agree bitwise")
    func threadIndependence() throws {
        for (directed, weighted) in [(false, false), (true, true), (false, true)] {
            let g = try brandesRandomGraph(seed: 77, nodes: 300, edges: 1200, directed: directed,
                                           weights: weighted ? .integers(1 ... 4) : nil, selfLoops: true)
            for endpoints in [false, true] {
                let options = BetweennessOptions(endpoints: endpoints, weighted: weighted)
                let a = try betweennessCentrality(g, options: options)
                let b = try betweennessCentrality(g, options: options)
                let serial = try _betweennessCentrality(g, options: options, parallel: false)
                #expect(a.map(\.bitPattern) == b.map(\.bitPattern))
                #expect(a.map(\.bitPattern) == serial.map(\.bitPattern))
                // Another chunking changes only the summation order.
                let other = try _betweennessCentrality(g, options: options, chunkCount: 7)
                #expect(brandesMaxRelativeDifference(a, other) < 1e-12)
            }
            let options = EdgeBetweennessOptions(weighted: weighted)
            let e1 = try edgeBetweennessCentrality(g, options: options)
            let e2 = try _edgeBetweennessCentrality(g, options: options, parallel: false)
            #expect(e1.values.map(\.bitPattern) == e2.values.map(\.bitPattern))
            let e3 = try _edgeBetweennessCentrality(g, options: options, chunkCount: 1)
            #expect(brandesMaxRelativeDifference(e1.values, e3.values) < 1e-12)
        }
    }

    @Test("sampling: the same seed gives the same sources and values, other seeds differ")
    func samplingDeterminism() throws {
        let g = try brandesRandomGraph(seed: 5, nodes: 120, edges: 300, directed: false, weights: nil, selfLoops: false)
        let options = BetweennessOptions(samples: 20, seed: 42)
        let a = try betweennessCentrality(g, options: options)
        let b = try betweennessCentrality(g, options: options)
        #expect(a.map(\.bitPattern) == b.map(\.bitPattern))
        #expect(_sampleSources(nodeCount: 120, count: 20, seed: 42) == _sampleSources(nodeCount: 120, count: 20, seed: 42))
        let sources = _sampleSources(nodeCount: 120, count: 20, seed: 42)
        #expect(Set(sources).count == 20 && sources.allSatisfy { $0 >= 0 && $0 < 120 })
        var differing = 0
        for seed: UInt64 in 43 ... 47 {
            let c = try betweennessCentrality(g, options: .init(samples: 20, seed: seed))
            if c != a { differing += 1 }
        }
        #expect(differing == 5)
        let e1 = try edgeBetweennessCentrality(g, options: .init(samples: 20, seed: 9))
        let e2 = try edgeBetweennessCentrality(g, options: .init(samples: 20, seed: 9))
        let e3 = try edgeBetweennessCentrality(g, options: .init(samples: 20, seed: 10))
        #expect(e1 == e2)
        #expect(e1 != e3)
        // Sampling every node is exact betweenness, whatever the seed.
        let exact = try betweennessCentrality(g)
        #expect(try betweennessCentrality(g, options: .init(samples: 120, seed: 1234)) == exact)
        #expect(try edgeBetweennessCentrality(g, options: .init(samples: 120, seed: 5)) == edgeBetweennessCentrality(g))
        // Every node is drawn once by a full shuffle.
        #expect(Set(_sampleSources(nodeCount: 50, count: 50, seed: 8)).count == 50)
    }

    @Test("the shared search workspace: distances, σ and settling order, both directions", arguments: 0 ..< 20)
    func workspace(seed: Int) throws {
        let (g, slow) = try brandesOracleGraph(seed: UInt64(seed) + 1000)
        let n = slow.n
        for weighted in [false, true] {
            let d = slow.distances(weighted: weighted)
            let paths = slow.shortestPaths(weighted: weighted)
            for reversed in [false, true] {
                for countsPaths in [false, true] {
                    let arcs = reversed ? g.inTargets.count : g.outTargets.count
                    let w = _ShortestPathWorkspace(nodeCount: n, arcCount: arcs, weighted: weighted,
                                                   countsPaths: countsPaths, countsPredecessors: true)
                    g._withAdjacency(reversed: reversed) { a in
                        for s in 0 ..< n {
                            w.run(from: s, a)
                            let reach = (0 ..< n).filter { (reversed ? d[$0][s] : d[s][$0]).isFinite }
                            #expect(w.reachedCount == reach.count && w.source == s && Int(w.order[0]) == s)
                            var last = 0.0
                            for i in 0 ..< w.reachedCount {
                                let t = Int(w.order[i])
                                let expected = reversed ? d[t][s] : d[s][t]
                                let actual = weighted ? w.distance[t] : Double(w.hops[t])
                                #expect(actual == expected, "seed \(seed) weighted \(weighted) reversed \(reversed): d(\(s), \(t))")
                                #expect(actual >= last)
                                last = actual
                                if countsPaths && t != s {
                                    let count = Double((reversed ? paths[t][s] : paths[s][t]).count)
                                    #expect(w.sigma[t] == (weighted ? 2 : 1) * count)   // NetworkX's doubled weighted σ
                                }
                            }
                            for t in 0 ..< n where !reach.contains(t) {
                                #expect(weighted ? w.distance[t] == .infinity : w.hops[t] == -1)
                            }
                        }
                    }
                }
            }
        }
    }

    @Test("Dijkstra without weights (weight 1) settles as the BFS does, with doubled σ")
    func unitWeights() throws {
        // No parallel edges: merging them would give the graph weights.
        var rng = SplitMix64(seed: 3)
        var b = GraphBuilder(directed: true)
        for v in 0 ..< 60 { b.addNode("\(v)") }
        var arcs = Set<[Int32]>()
        while arcs.count < 150 { arcs.insert([Int32.random(in: 0 ..< 60, using: &rng), Int32.random(in: 0 ..< 60, using: &rng)]) }
        for arc in arcs.sorted(by: { $0.lexicographicallyPrecedes($1) }) { b.addEdge(arc[0], arc[1]) }
        let g = try b.build()
        let bfs = _ShortestPathWorkspace(nodeCount: 60, arcCount: g.outTargets.count, weighted: false)
        let dijkstra = _ShortestPathWorkspace(nodeCount: 60, arcCount: g.outTargets.count, weighted: true)
        g._withAdjacency { a in
            #expect(a.weights == nil)
            for s in 0 ..< 60 {
                bfs.run(from: s, a)
                dijkstra.run(from: s, a)
                #expect(bfs.reachedCount == dijkstra.reachedCount)
                for i in 0 ..< bfs.reachedCount {
                    let t = Int(bfs.order[i])
                    #expect(dijkstra.order[i] == bfs.order[i])
                    #expect(dijkstra.distance[t] == Double(bfs.hops[t]))
                    #expect(dijkstra.sigma[t] == 2 * bfs.sigma[t])
                }
            }
        }
    }

    @Test("agrees with a slow all-paths oracle on seeded random graphs", arguments: 0 ..< 40)
    func oracle(seed: Int) throws {
        let (g, slow) = try brandesOracleGraph(seed: UInt64(seed))
        for weighted in [false, true] {
            let paths = slow.shortestPaths(weighted: weighted)
            for normalized in [false, true] {
                for endpoints in [false, true] {
                    let options = BetweennessOptions(normalized: normalized, endpoints: endpoints, weighted: weighted)
                    let actual = try betweennessCentrality(g, options: options)
                    let expected = slow.betweenness(paths, sources: nil, normalized: normalized, endpoints: endpoints)
                    #expect(brandesMaxRelativeDifference(actual, expected) < 1e-12,
                            "seed \(seed) \(options): \(actual) vs oracle \(expected)")
                }
                let edges = try edgeBetweennessCentrality(g, options: .init(normalized: normalized, weighted: weighted))
                let expected = slow.edgeBetweenness(paths, sources: nil, normalized: normalized)
                for i in 0 ..< edges.count {
                    let key = BrandesSlowGraph.Pair(Int(edges.sources[i]), Int(edges.targets[i]), directed: slow.directed)
                    let x = expected[key] ?? 0
                    #expect(abs(edges.values[i] - x) <= 1e-12 * max(1, abs(x)),
                            "seed \(seed) weighted \(weighted): edge \(key) \(edges.values[i]) vs oracle \(x)")
                }
            }
            // Sampled sources: NetworkX's n/k rescaling, with sampled nodes scaled by 1/(k − 1).
            let n = slow.n
            guard n >= 3 else { continue }
            let k = 2 + seed % (n - 2)   // 2 … n − 1
            let sources = _sampleSources(nodeCount: n, count: k, seed: UInt64(seed))
            for normalized in [false, true] {
                for endpoints in [false, true] {
                    let options = BetweennessOptions(normalized: normalized, endpoints: endpoints, weighted: weighted,
                                                     samples: k, seed: UInt64(seed))
                    let actual = try betweennessCentrality(g, options: options)
                    let expected = slow.betweenness(paths, sources: sources, normalized: normalized, endpoints: endpoints)
                    #expect(brandesMaxRelativeDifference(actual, expected) < 1e-12,
                            "seed \(seed) \(options): \(actual) vs oracle \(expected)")
                }
                let edges = try edgeBetweennessCentrality(g, options: .init(normalized: normalized, weighted: weighted,
                                                                           samples: k, seed: UInt64(seed)))
                let expected = slow.edgeBetweenness(paths, sources: sources, normalized: normalized)
                for i in 0 ..< edges.count {
                    let x = expected[.init(Int(edges.sources[i]), Int(edges.targets[i]), directed: slow.directed)] ?? 0
                    #expect(abs(edges.values[i] - x) <= 1e-12 * max(1, abs(x)))
                }
            }
        }
    }
}

// MARK: - Helpers shared with LoadTests

/// Expects the failure a reference result records: NetworkX's NaN results (`"NaN"`) must be
/// refused as ``CentralityError/notFinite(measure:reason:)``, NetworkX's exceptions as some
/// `CentralityError`.
func brandesExpectReferenceError(_ error: String, _ file: ReferenceFile, _ result: ReferenceResult,
                                 sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) {
    let thrown = #expect(throws: CentralityError.self, "\(file.graph.name) \(result.testDescription) should raise \(error)",
                         sourceLocation: sourceLocation) { try body() }
    if error == "NaN", let thrown {
        var isNotFinite = false
        if case .notFinite = thrown { isNotFinite = true }
        #expect(isNotFinite, "NetworkX's NaN should be refused as not finite, got \(thrown)", sourceLocation: sourceLocation)
    }
}

/// The edge of an edge betweenness result farthest from NetworkX's `edge_values` under
/// `tolerance` (`nil` if the reference has none or the edge sets differ).
func brandesEdgeWorst(_ scores: EdgeScores, _ reference: ReferenceResult, graph: Graph, tolerance: ReferenceTolerance)
    -> (edge: String, expected: Double, actual: Double, excess: Double)? {
    guard let rows = reference.edge_values else { return nil }
    var ours: [BrandesSlowGraph.Pair: Double] = [:]
    for i in 0 ..< scores.count {
        ours[.init(Int(scores.sources[i]), Int(scores.targets[i]), directed: graph.isDirected)] = scores.values[i]
    }
    guard ours.count == rows.count else { return nil }
    var worst = (edge: "", expected: 0.0, actual: 0.0, excess: 0.0)
    for row in rows {
        guard let u = graph.index(of: row.u), let v = graph.index(of: row.v),
              let x = ours[.init(u, v, directed: graph.isDirected)] else { return nil }
        let excess = tolerance.excess(x, row.x)
        if excess > worst.excess || worst.edge.isEmpty { worst = ("\(row.u) – \(row.v)", row.x, x, excess) }
    }
    return worst
}

func brandesMaxRelativeDifference(_ a: [Double], _ b: [Double]) -> Double {
    guard a.count == b.count else { return .infinity }
    var worst = 0.0
    for (x, y) in zip(a, b) {
        if x.isNaN || y.isNaN { return .infinity }
        worst = max(worst, abs(x - y) / max(1, abs(y)))
    }
    return worst
}

/// The path graph 0 — 1 — … — (n − 1).
func brandesPath(_ n: Int) throws -> Graph {
    var b = GraphBuilder(directed: false)
    for i in 0 ..< n { b.addNode("\(i)") }
    for i in 0 ..< max(0, n - 1) { b.addEdge("\(i)", "\(i + 1)") }
    return try b.build()
}

enum BrandesWeights { case integers(ClosedRange<Int>) }

/// A seeded random graph with `edges` edges drawn uniformly (parallel edges merged by the builder).
func brandesRandomGraph(seed: UInt64, nodes n: Int, edges m: Int, directed: Bool,
                        weights: BrandesWeights?, selfLoops: Bool) throws -> Graph {
    var rng = SplitMix64(seed: seed)
    var b = GraphBuilder(directed: directed)
    for i in 0 ..< n { b.addNode("\(i)") }
    for _ in 0 ..< m {
        let u = Int.random(in: 0 ..< n, using: &rng)
        var v = Int.random(in: 0 ..< n, using: &rng)
        if u == v && !selfLoops { v = (v + 1) % n }
        var w: Double?
        if case .integers(let range)? = weights { w = Double(Int.random(in: range, using: &rng)) }
        b.addEdge(Int32(u), Int32(v), weight: w)
    }
    return try b.build()
}

/// A small seeded random graph (2 … 8 nodes, with self-loops, parallel edges, isolated nodes and
/// integer weights 1 … 3, so that weighted ties are common) and its slow twin.
func brandesOracleGraph(seed: UInt64) throws -> (Graph, BrandesSlowGraph) {
    var rng = SplitMix64(seed: seed &* 7919 &+ 1)
    let n = Int.random(in: 2 ... 8, using: &rng)
    let directed = seed % 2 == 1
    let m = Int.random(in: 0 ... (n * (n - 1)) / (directed ? 1 : 2) + 2, using: &rng)
    var b = GraphBuilder(directed: directed)
    for i in 0 ..< n { b.addNode("\(i)") }
    // Shortest paths take the lightest of parallel edges (NetworkX's multigraph weight function):
    // the oracle reads that from the edges as drawn, not from the merged graph.
    var lightest: [BrandesSlowGraph.Pair: Double] = [:]
    for _ in 0 ..< m {
        let u = Int.random(in: 0 ..< n, using: &rng), v = Int.random(in: 0 ..< n, using: &rng)
        let w = Double(Int.random(in: 1 ... 3, using: &rng))
        b.addEdge(Int32(u), Int32(v), weight: w)
        let pair = BrandesSlowGraph.Pair(u, v, directed: directed)
        lightest[pair] = min(lightest[pair] ?? .infinity, w)
    }
    let g = try b.build()
    return (g, BrandesSlowGraph(g, lightest: lightest))
}

/// The oracle: adjacency lists and textbook loops, enumerating every simple path.
struct BrandesSlowGraph {
    struct Pair: Hashable, CustomStringConvertible {
        var u: Int, v: Int
        init(_ u: Int, _ v: Int, directed: Bool) {
            (self.u, self.v) = directed || u <= v ? (u, v) : (v, u)
        }
        var description: String { "(\(u), \(v))" }
    }

    let n: Int
    let directed: Bool
    /// Neighbours with weights (self-loops left out: no shortest path uses them).
    var adjacent: [[(node: Int, weight: Double)]]

    /// - Parameter lightest: the lightest weight of each pair's parallel edges, as drawn (default:
    ///   the merged graph's weight, right when there are no parallel edges).
    init(_ g: Graph, lightest: [Pair: Double] = [:]) {
        n = g.nodeCount
        directed = g.isDirected
        adjacent = Array(repeating: [], count: n)
        for u in 0 ..< n {
            for v in g.successors(of: u) where Int(v) != u {
                let weight = lightest[Pair(u, Int(v), directed: directed)] ?? g.weight(from: u, to: Int(v)) ?? 1
                adjacent[u].append((Int(v), weight))
            }
        }
    }

    /// Distances by Floyd–Warshall (+∞ when unreachable).
    func distances(weighted: Bool) -> [[Double]] {
        var d = Array(repeating: Array(repeating: Double.infinity, count: n), count: n)
        for u in 0 ..< n {
            d[u][u] = 0
            for (v, w) in adjacent[u] { d[u][v] = min(d[u][v], weighted ? w : 1) }
        }
        for k in 0 ..< n {
            for i in 0 ..< n { for j in 0 ..< n where d[i][k] + d[k][j] < d[i][j] { d[i][j] = d[i][k] + d[k][j] } }
        }
        return d
    }

    /// All shortest paths for every ordered pair s ≠ t, as node lists.
    func shortestPaths(weighted: Bool) -> [[[[Int]]]] {
        var result = Array(repeating: Array(repeating: [[Int]](), count: n), count: n)
        for s in 0 ..< n {
            var best = Array(repeating: Double.infinity, count: n)
            var found = Array(repeating: [[Int]](), count: n)
            var path = [s]
            var onPath = Array(repeating: false, count: n)
            onPath[s] = true
            func extend(_ v: Int, _ length: Double) {
                for (w, weight) in adjacent[v] where !onPath[w] {
                    let l = length + (weighted ? weight : 1)   // summed from the source, as Dijkstra does
                    path.append(w)
                    if l < best[w] { best[w] = l; found[w] = [path] } else if l == best[w] { found[w].append(path) }
                    onPath[w] = true
                    extend(w, l)
                    onPath[w] = false
                    path.removeLast()
                }
            }
            extend(s, 0)
            for t in 0 ..< n where t != s { result[s][t] = found[t] }
        }
        return result
    }

    /// Σ over pairs of the fraction of shortest paths through each node, rescaled as NetworkX.
    func betweenness(_ paths: [[[[Int]]]], sources: [Int32]?, normalized: Bool, endpoints: Bool) -> [Double] {
        var b = Array(repeating: 0.0, count: n)
        let sourceList = sources.map { $0.map(Int.init) } ?? Array(0 ..< n)
        for s in sourceList {
            for t in 0 ..< n where t != s && !paths[s][t].isEmpty {
                let all = paths[s][t]
                for v in 0 ..< n {
                    let through = all.filter { endpoints ? $0.contains(v) : $0.dropFirst().dropLast().contains(v) }.count
                    b[v] += Double(through) / Double(all.count)
                }
            }
        }
        // NetworkX's rescaling, written out case by case.
        let pairs = endpoints ? n : n - 1
        guard pairs >= 2 else { return b }
        let halve = directed ? 1.0 : 2.0
        guard let sources, sources.count < n else {
            return b.map { normalized ? $0 / Double(pairs * (pairs - 1)) : $0 / halve }
        }
        let k = Double(sources.count)
        if endpoints {
            return b.map { normalized ? $0 / (k * Double(pairs - 1)) : $0 * Double(pairs) / (k * halve) }
        }
        return (0 ..< n).map { v in
            let kv = sources.contains(Int32(v)) ? k - 1 : k
            return normalized ? b[v] / (kv * Double(pairs - 1)) : b[v] * Double(pairs) / (kv * halve)
        }
    }

    /// Σ over pairs of the fraction of shortest paths using each edge, rescaled as NetworkX.
    func edgeBetweenness(_ paths: [[[[Int]]]], sources: [Int32]?, normalized: Bool) -> [Pair: Double] {
        var e: [Pair: Double] = [:]
        let sourceList = sources.map { $0.map(Int.init) } ?? Array(0 ..< n)
        for s in sourceList {
            for t in 0 ..< n where t != s && !paths[s][t].isEmpty {
                let all = paths[s][t]
                for p in all {
                    for (a, b) in zip(p, p.dropFirst()) {
                        e[Pair(a, b, directed: directed), default: 0] += 1 / Double(all.count)
                    }
                }
            }
        }
        guard n >= 2 else { return e }
        let k = Double(sources?.count ?? n)
        return e.mapValues { normalized ? $0 / (k * Double(n - 1)) : $0 * Double(n) / (k * (directed ? 1 : 2)) }
    }
}
