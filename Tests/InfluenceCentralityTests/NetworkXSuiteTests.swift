import InfluenceCentrality
import InfluenceGraph
import Testing

/// Values hard-coded in NetworkX 3.6.1's own test suite, each test named after the NetworkX test
/// function it comes from (networkx/algorithms/centrality/tests/…), compared as NetworkX compares
/// them (`pytest.approx(abs=1e-7)`): the parity shown by NetworkX's numbers, not only by references
/// we generated.
@Suite("NetworkX's own test values: multigraphs")
struct NetworkXSuiteMultigraphTests {
    /// A graph from `(u, v, weight)` edges in NetworkX's insertion order, parallel edges kept as given.
    func graph(directed: Bool, _ edges: [(String, String, Double)]) throws -> Graph {
        var b = GraphBuilder(directed: directed)
        for (u, v, w) in edges { b.addEdge(u, v, weight: w) }
        return try b.build()
    }

    func expect(_ graph: Graph, _ values: [Double], _ answer: [String: Double], sourceLocation: SourceLocation = #_sourceLocation) {
        for (i, id) in graph.ids.enumerated() {
            #expect(abs(values[i] - answer[id]!) <= 1e-7, "node \(id): \(values[i]), NetworkX \(answer[id]!)", sourceLocation: sourceLocation)
        }
    }

    /// `weighted_G()` of test_betweenness_centrality.py.
    let weightedG: [(String, String, Double)] = [
        ("0", "1", 3), ("0", "2", 2), ("0", "3", 6), ("0", "4", 4), ("1", "3", 5),
        ("1", "5", 5), ("2", "4", 1), ("3", "4", 2), ("3", "5", 1), ("4", "5", 4),
    ]

    // networkx/algorithms/centrality/tests/test_betweenness_centrality.py::TestWeightedBetweennessCentrality::test_G3
    @Test("test_betweenness_centrality.py TestWeightedBetweennessCentrality.test_G3: every other edge doubled")
    func testG3() throws {
        // es = list(G.edges(data=True))[::2]; G.add_edges_from(es)
        let doubled = stride(from: 0, to: weightedG.count, by: 2).map { weightedG[$0] }
        let g = try graph(directed: false, weightedG + doubled)
        #expect(g.hasParallelDistances)
        let b = try betweennessCentrality(g, options: .init(normalized: false, weighted: true))
        expect(g, b, ["0": 2.0, "1": 0.0, "2": 4.0, "3": 3.0, "4": 4.0, "5": 0.0])
    }

    // networkx/algorithms/centrality/tests/test_betweenness_centrality.py::TestWeightedBetweennessCentrality::test_G4
    @Test("test_betweenness_centrality.py TestWeightedBetweennessCentrality.test_G4: a MultiDiGraph with unequal parallel arcs")
    func testG4() throws {
        let g = try graph(directed: true, [
            ("s", "u", 10), ("s", "x", 5), ("s", "x", 6), ("u", "v", 1), ("u", "x", 2), ("v", "y", 1), ("v", "y", 1),
            ("x", "u", 3), ("x", "v", 5), ("x", "y", 2), ("x", "y", 3), ("y", "s", 7), ("y", "v", 6), ("y", "v", 6),
        ])
        let b = try betweennessCentrality(g, options: .init(normalized: false, weighted: true))
        expect(g, b, ["y": 5.0, "x": 5.0, "s": 4.0, "u": 2.0, "v": 2.0])
    }

    /// The edges of TestWeightedEdgeBetweennessCentrality's multigraph tests.
    let multigraphEdges: [(String, String, Double)] = [
        ("0", "1", 5), ("0", "1", 4), ("0", "2", 4), ("0", "3", 3), ("0", "3", 3), ("0", "4", 2), ("1", "2", 4),
        ("1", "3", 1), ("1", "3", 2), ("1", "4", 3), ("1", "4", 4), ("2", "4", 5), ("3", "4", 4), ("3", "4", 4),
    ]
    /// NetworkX's answer per parallel edge `(u, v, key)`, added up per pair: our edge betweenness
    /// ranks the arcs of the simple graph, so a pair's value is the sum over its parallel edges
    /// (NetworkX gives a pair's value to its lightest edges, split evenly among equal ones).
    let multigraphAnswer: [String: Double] = [
        "0-1": 0.0 + 0.5, "0-2": 1.0, "0-3": 0.75 + 0.75, "0-4": 1.0, "1-2": 2.0, "1-3": 3.0 + 0.0,
        "1-4": 1.5 + 0.0, "2-4": 1.0, "3-4": 0.25 + 0.25,
    ]

    func checkMultigraph(normalized: Bool, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let g = try graph(directed: false, multigraphEdges)
        let e = try edgeBetweennessCentrality(g, options: .init(normalized: normalized, weighted: true))
        let norm = normalized ? Double(g.nodeCount * (g.nodeCount - 1)) / 2 : 1
        #expect(e.values.count == multigraphAnswer.count, sourceLocation: sourceLocation)
        for k in e.values.indices {
            let key = "\(g.ids[Int(e.sources[k])])-\(g.ids[Int(e.targets[k])])"
            let answer = try #require(multigraphAnswer[key], "edge \(key)", sourceLocation: sourceLocation) / norm
            #expect(abs(e.values[k] - answer) <= 1e-7, "edge \(key) normalized \(normalized): \(e.values[k]), NetworkX \(answer)",
                    sourceLocation: sourceLocation)
        }
    }

    // networkx/algorithms/centrality/tests/test_betweenness_centrality.py::TestWeightedEdgeBetweennessCentrality::test_weighted_multigraph
    @Test("test_betweenness_centrality.py TestWeightedEdgeBetweennessCentrality.test_weighted_multigraph")
    func testWeightedMultigraph() throws {
        try checkMultigraph(normalized: false)
    }

    // networkx/algorithms/centrality/tests/test_betweenness_centrality.py::TestWeightedEdgeBetweennessCentrality::test_normalized_weighted_multigraph
    @Test("test_betweenness_centrality.py TestWeightedEdgeBetweennessCentrality.test_normalized_weighted_multigraph")
    func testNormalizedWeightedMultigraph() throws {
        try checkMultigraph(normalized: true)
    }

    @Test("parallel edges: distances take the lightest, sums feed strength and PageRank")
    func mergeRules() throws {
        let g = try graph(directed: true, [("a", "b", 5), ("a", "b", 1), ("b", "c", 2)])
        // Strength sums the parallel arcs (NetworkX's out_degree(weight=)); closeness reads the lightest.
        #expect(try strength(g, direction: .out) == [6, 2, 0])
        let closeness = try closenessCentrality(g, options: .init(weighted: true))
        // c is reached from b at 2 and from a at 1 + 2 = 3: (2/2) * (2 / 5) = 0.4.
        #expect(abs(closeness[2] - 0.4) <= 1e-12)
        let noParallels = try graph(directed: true, [("a", "b", 5), ("b", "c", 2)])
        #expect(!noParallels.hasParallelDistances)
    }
}

@Suite("NetworkX's own test values: iteration limits")
struct NetworkXSuiteIterationTests {
    /// `nx.path_graph(n)`.
    func path(_ n: Int) throws -> Graph {
        var b = GraphBuilder(directed: false)
        for i in 0 ..< n { _ = b.addNode("\(i)") }
        for i in 1 ..< n { b.addEdge(Int32(i - 1), Int32(i)) }
        return try b.build()
    }

    // networkx/algorithms/link_analysis/tests/test_hits.py::TestHITS::test_hits_not_convergent
    @Test("test_hits.py TestHITS.test_hits_not_convergent: path_graph(50), max_iter 0 and 1 fail to converge")
    func hitsNotConvergent() throws {
        let g = try path(50)
        for maxIterations in [0, 1] {
            #expect(throws: CentralityError.powerIterationFailedConvergence(measure: "hits", maxIterations: maxIterations)) {
                try hits(g, options: .init(maxIterations: maxIterations))
            }
        }
        // NetworkX's default budget converges.
        let (hubs, authorities) = try hits(g)
        #expect(hubs.count == 50 && authorities.count == 50)
    }

    @Test("max_iter 0: every iterative measure fails to converge, as NetworkX's loops never run")
    func maxIterZero() throws {
        let g = try path(5)
        #expect(throws: CentralityError.powerIterationFailedConvergence(measure: "pagerank", maxIterations: 0)) {
            try pagerank(g, options: .init(maxIterations: 0))
        }
        #expect(throws: CentralityError.powerIterationFailedConvergence(measure: "eigenvector", maxIterations: 0)) {
            try eigenvectorCentrality(g, options: .init(maxIterations: 0))
        }
        #expect(throws: CentralityError.powerIterationFailedConvergence(measure: "katz", maxIterations: 0)) {
            try katzCentrality(g, options: .init(maxIterations: 0))
        }
    }
}
