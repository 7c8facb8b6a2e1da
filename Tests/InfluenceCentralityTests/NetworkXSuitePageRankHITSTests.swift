import InfluenceCentrality
import InfluenceGraph
import Testing

/// NetworkX 3.6.1's networkx/algorithms/link_analysis/tests/test_pagerank.py and test_hits.py,
/// their graphs, answers and tolerances. NetworkX runs each test against several
/// implementations (`nx.pagerank`, `_pagerank_python`, `_pagerank_numpy`, `_pagerank_scipy`);
/// here every one of them is our single implementation.
@Suite("NetworkX's own test values: PageRank and HITS")
struct NetworkXSuitePageRankHITSTests {
    /// TestPageRank.setup_class's G (Langville and Meyer's example; node 2 is dangling).
    static let g = NXGraph(directed: true, [(1, 2), (1, 3), (3, 1), (3, 2), (3, 5), (4, 5), (4, 6), (5, 4), (5, 6), (6, 4)])
    /// `dict(zip(sorted(G), [...]))`.
    static let pagerankAnswer: [Int: Double] = [1: 0.03721197, 2: 0.05395735, 3: 0.04150565, 4: 0.37508082,
                                                5: 0.20599833, 6: 0.28624589]
    static let danglingEdges: [Int: Double] = [1: 2, 2: 3, 3: 0, 4: 0, 5: 0, 6: 0]
    static let danglingAnswer: [Int: Double] = [1: 0.10844518, 2: 0.18618601, 3: 0.0710892, 4: 0.2683668,
                                                5: 0.15919783, 6: 0.20671497]

    /// A per-node dict as a vector in the graph's node order (missing nodes 0).
    static func vector(_ graph: Graph, _ dict: [Int: Double]) -> [Double] {
        graph.ids.map { dict[Int($0)!] ?? 0 }
    }

    func pagerank(_ g: NXGraph, _ configure: (inout PageRankOptions, Graph) -> Void = { _, _ in }) throws -> (Graph, [Double]) {
        let graph = try g.build()
        var o = PageRankOptions()
        configure(&o, graph)
        return (graph, try InfluenceCentrality.pagerank(graph, options: o))
    }

    // MARK: test_pagerank.py

    // networkx/algorithms/link_analysis/tests/test_pagerank.py::TestPageRank::test_pagerank
    @Test func testPagerank() throws {
        let (graph, p) = try pagerank(Self.g) { o, _ in o.alpha = 0.9; o.tolerance = 1e-8 }
        NX.expect(graph, p, Self.pagerankAnswer, abs: 1e-4)
        // nstart = {n: random.random() for n in G}: fixed draws here.
        let (_, ps) = try pagerank(Self.g) { o, _ in
            o.alpha = 0.9; o.tolerance = 1e-8; o.start = [0.8444, 0.7580, 0.4206, 0.2589, 0.5112, 0.4049]
        }
        NX.expect(graph, ps, Self.pagerankAnswer, abs: 1e-4)
    }

    // networkx/algorithms/link_analysis/tests/test_pagerank.py::TestPageRank::test_pagerank_max_iter
    @Test func testPagerankMaxIter() throws {
        let graph = try Self.g.build()
        #expect(throws: CentralityError.powerIterationFailedConvergence(measure: "pagerank", maxIterations: 0)) {
            try InfluenceCentrality.pagerank(graph, options: .init(maxIterations: 0))
        }
    }

    // networkx/algorithms/link_analysis/tests/test_pagerank.py::TestPageRank::test_numpy_pagerank
    @Test func testNumpyPagerank() throws {
        let (graph, p) = try pagerank(Self.g) { o, _ in o.alpha = 0.9; o.tolerance = 1e-12 }
        NX.expect(graph, p, Self.pagerankAnswer, abs: 1e-4)
    }

    // networkx/algorithms/link_analysis/tests/test_pagerank.py::TestPageRank::test_google_matrix
    // The principal eigenvector of nx.google_matrix(G, alpha=0.9), normalised to sum 1, is
    // PageRank: our power iteration run to 1e-12 against NetworkX's list at abs=1e-7.
    @Test func testGoogleMatrix() throws {
        let (graph, p) = try pagerank(Self.g) { o, _ in o.alpha = 0.9; o.tolerance = 1e-12; o.maxIterations = 1000 }
        NX.expect(graph, p, Self.pagerankAnswer, abs: 1e-7)
    }

    // networkx/algorithms/link_analysis/tests/test_pagerank.py::TestPageRank::test_personalization
    @Test func testPersonalization() throws {
        let (graph, p) = try pagerank(.complete(4)) { o, g in o.alpha = 0.85; o.personalization = Self.vector(g, [0: 1, 1: 1, 2: 4, 3: 4]) }
        NX.expect(graph, p, [0: 0.23246732615667579, 1: 0.23246732615667579, 2: 0.267532673843324,
                             3: 0.2675326738433241], abs: 1e-4)
    }

    // networkx/algorithms/link_analysis/tests/test_pagerank.py::TestPageRank::test_zero_personalization_vector
    @Test func testZeroPersonalizationVector() throws {
        let graph = try NXGraph.complete(4).build()
        #expect(throws: CentralityError.self) {
            try InfluenceCentrality.pagerank(graph, options: .init(personalization: [0, 0, 0, 0]))
        }
    }

    static let oneNonzeroAnswer: [Int: Double] = [0: 0.22077931820379187, 1: 0.22077931820379187,
                                                  2: 0.22077931820379187, 3: 0.3376620453886241]

    // networkx/algorithms/link_analysis/tests/test_pagerank.py::TestPageRank::test_one_nonzero_personalization_value
    @Test func testOneNonzeroPersonalizationValue() throws {
        let (graph, p) = try pagerank(.complete(4)) { o, g in o.alpha = 0.85; o.personalization = Self.vector(g, [0: 0, 1: 0, 2: 0, 3: 1]) }
        NX.expect(graph, p, Self.oneNonzeroAnswer, abs: 1e-4)
    }

    // networkx/algorithms/link_analysis/tests/test_pagerank.py::TestPageRank::test_incomplete_personalization
    @Test func testIncompletePersonalization() throws {
        let (graph, p) = try pagerank(.complete(4)) { o, g in o.alpha = 0.85; o.personalization = Self.vector(g, [3: 1]) }
        NX.expect(graph, p, Self.oneNonzeroAnswer, abs: 1e-4)
    }

    // networkx/algorithms/link_analysis/tests/test_pagerank.py::TestPageRank::test_dangling_pagerank
    @Test func testDanglingPagerank() throws {
        let (graph, pr) = try pagerank(Self.g) { o, g in o.dangling = Self.vector(g, Self.danglingEdges) }
        NX.expect(graph, pr, Self.danglingAnswer, abs: 1e-4)
    }

    // networkx/algorithms/link_analysis/tests/test_pagerank.py::TestPageRank::test_empty
    @Test func testEmpty() throws {
        let (_, p) = try pagerank(NXGraph(directed: false, edges: []))
        #expect(p == [])
    }

    // networkx/algorithms/link_analysis/tests/test_pagerank.py::TestPageRank::test_multigraph
    // A MultiGraph: parallel edges count once each (our graph sums them into the weight); the
    // string node "3" is `str3` here, the integer 3 is `3`.
    @Test func testMultigraph() throws {
        let g = NXGraph(directed: false, weighted: false, edges: [
            ("1", "2", 1), ("1", "2", 1), ("1", "2", 1), ("2", "3", 1), ("2", "3", 1), ("str3", "3", 1), ("str3", "3", 1),
        ], multigraph: true)
        let (graph, p) = try pagerank(g)
        NX.expect(graph, p, ["1": 0.21066048614468322, "2": 0.3395308825985378, "3": 0.28933951385531687,
                             "str3": 0.16046911740146227], abs: 1e-4)
    }

    // networkx/algorithms/link_analysis/tests/test_pagerank.py::TestPageRankScipy::test_scipy_pagerank
    @Test func testScipyPagerank() throws {
        let (graph, p) = try pagerank(Self.g) { o, _ in o.alpha = 0.9; o.tolerance = 1e-8 }
        NX.expect(graph, p, Self.pagerankAnswer, abs: 1e-4)
        // The personalized run is not checked by NetworkX; the nstart run is (fixed draws here).
        let (_, ps) = try pagerank(Self.g) { o, _ in
            o.alpha = 0.9; o.tolerance = 1e-8; o.start = [0.2550, 0.4954, 0.4494, 0.6516, 0.7887, 0.0939]
        }
        NX.expect(graph, ps, Self.pagerankAnswer, abs: 1e-4)
    }

    // networkx/algorithms/link_analysis/tests/test_pagerank.py::TestPageRankScipy::test_scipy_pagerank_max_iter
    @Test func testScipyPagerankMaxIter() throws {
        let graph = try Self.g.build()
        #expect(throws: CentralityError.powerIterationFailedConvergence(measure: "pagerank", maxIterations: 0)) {
            try InfluenceCentrality.pagerank(graph, options: .init(maxIterations: 0))
        }
    }

    // networkx/algorithms/link_analysis/tests/test_pagerank.py::TestPageRankScipy::test_dangling_scipy_pagerank
    @Test func testDanglingScipyPagerank() throws {
        let (graph, pr) = try pagerank(Self.g) { o, g in o.dangling = Self.vector(g, Self.danglingEdges) }
        NX.expect(graph, pr, Self.danglingAnswer, abs: 1e-4)
    }

    // networkx/algorithms/link_analysis/tests/test_pagerank.py::TestPageRankScipy::test_empty_scipy
    @Test func testEmptyScipy() throws {
        let (_, p) = try pagerank(NXGraph(directed: false, edges: []))
        #expect(p == [])
    }

    // MARK: test_hits.py

    /// TestHITS.setup_class's G, every arc weight 1.
    static let hitsG = NXGraph(directed: true, [(1, 3), (1, 5), (2, 1), (3, 5), (5, 4), (5, 3), (6, 5)]).settingAllWeights(1)
    static let authorities: [Int: Double] = [1: 0.000000, 2: 0.000000, 3: 0.366025, 4: 0.133975, 5: 0.500000, 6: 0.000000]
    static let hubs: [Int: Double] = [1: 0.366025, 2: 0.000000, 3: 0.211325, 4: 0.000000, 5: 0.211325, 6: 0.211325]

    // networkx/algorithms/link_analysis/tests/test_hits.py::TestHITS::test_hits_numpy
    @Test func testHitsNumpy() throws {
        let graph = try Self.hitsG.build()
        let (h, a) = try hits(graph, options: .init(tolerance: 1e-12))
        NX.expect(graph, h, Self.hubs, abs: 1e-4)
        NX.expect(graph, a, Self.authorities, abs: 1e-4)
    }

    // networkx/algorithms/link_analysis/tests/test_hits.py::TestHITS::test_hits
    @Test func testHits() throws {
        let graph = try Self.hitsG.build()
        let (h, a) = try hits(graph, options: .init(tolerance: 1e-8))
        NX.expect(graph, h, Self.hubs, abs: 1e-4)
        NX.expect(graph, a, Self.authorities, abs: 1e-4)
        // nstart = {i: 1.0 / 2 for i in G}
        let (hs, as_) = try hits(graph, options: .init(start: Array(repeating: 0.5, count: graph.nodeCount)))
        NX.expect(graph, hs, Self.hubs, abs: 1e-4)
        NX.expect(graph, as_, Self.authorities, abs: 1e-4)
    }

    // networkx/algorithms/link_analysis/tests/test_hits.py::TestHITS::test_empty
    @Test func testHitsEmpty() throws {
        let (h, a) = try hits(try NXGraph(directed: false, edges: []).build())
        #expect(h == [] && a == [])
    }

    // test_hits_not_convergent is in NetworkXSuiteTests.swift.
}
