import InfluenceCentrality
import InfluenceGraph
import Testing

/// NetworkX 3.6.1's networkx/algorithms/tests/test_core.py (core_number) and test_cluster.py
/// (clustering), their graphs and answers. NetworkX compares these with `==`: so do we.
@Suite("NetworkX's own test values: core number and clustering")
struct NetworkXSuiteCoreClusterTests {
    /// `nodes_by_core` lists as a node → core number answer.
    static func byCore(_ lists: [[Int]]) -> [Int: Double] {
        var answer: [Int: Double] = [:]
        for (core, nodes) in lists.enumerated() { for n in nodes { answer[n] = Double(core) } }
        return answer
    }

    // MARK: test_core.py

    // networkx/algorithms/tests/test_core.py::TestCore::test_trivial
    @Test func testTrivial() throws {
        #expect(try coreNumber(try NXGraph(directed: false, edges: []).build()) == [])
    }

    // networkx/algorithms/tests/test_core.py::TestCore::test_core_number
    @Test func testCoreNumber() throws {
        let g = try NXGraph.batageljZaversnik.build()
        let core = try coreNumber(g)
        NX.expect(g, core, Self.byCore([[21], [17, 18, 19, 20], [9, 10, 11, 12, 13, 14, 15, 16], [1, 2, 3, 4, 5, 6, 7, 8]]), abs: 0)
    }

    // networkx/algorithms/tests/test_core.py::TestCore::test_core_number2
    @Test func testCoreNumber2() throws {
        let g = try NXGraph.havelHakimi.build()
        NX.expect(g, try coreNumber(g), Self.byCore([[0], [1, 3], [2, 4, 5, 6]]), abs: 0)
    }

    // networkx/algorithms/tests/test_core.py::TestCore::test_core_number_self_loop
    @Test func testCoreNumberSelfLoop() throws {
        let g = try NXGraph.cycle(3).adding("0", "0").build()
        #expect(throws: CentralityError.selfLoops(measure: "core")) { try coreNumber(g) }
    }

    // networkx/algorithms/tests/test_core.py::TestCore::test_directed_core_number
    @Test func testDirectedCoreNumber() throws {
        let edges = [(1, 2), (2, 1), (2, 3), (2, 4), (3, 4), (4, 3)]
        let g = try NXGraph(directed: true, edges).build()
        NX.expect(g, try coreNumber(g), [1: 2, 2: 2, 3: 2, 4: 2], abs: 0)
        let more = [(1, 5), (3, 5), (4, 5), (3, 6), (4, 6), (5, 6)]
        let g2 = try NXGraph(directed: true, edges + more).build()
        NX.expect(g2, try coreNumber(g2), [1: 3, 2: 3, 3: 3, 4: 3, 5: 3, 6: 3], abs: 0)
    }

    // MARK: test_cluster.py

    func clusteringValues(_ g: NXGraph, weighted: Bool = false) throws -> (Graph, [Double]) {
        let graph = try g.build()
        return (graph, clustering(graph, options: .init(weighted: weighted)))
    }

    /// `nx.clustering(G, nodes, weight=…)`.
    func clusteringAt(_ g: NXGraph, _ nodes: [Int], weighted: Bool = false) throws -> [Double] {
        let graph = try g.build()
        var o = MeasureOptions()
        o.weighted = weighted
        return try Measure.clustering.compute(on: graph, nodes: nodes.map { graph.index(of: String($0))! }, options: o)
    }

    /// test_empty-style `nx.clustering(G) == {}` and its weighted form.
    func checkEmpty(directed: Bool) throws {
        let (_, c) = try clusteringValues(NXGraph(directed: directed, edges: []))
        let (_, cw) = try clusteringValues(NXGraph(directed: directed, edges: []), weighted: true)
        #expect(c == [] && cw == [])
    }

    /// test_path: path_graph(10) is all zeros, and `nx.clustering(G, 0) == 0`.
    func checkPath(directed: Bool, weighted: Bool) throws {
        let g = NXGraph.path(10, directed: directed)
        let (_, c) = try clusteringValues(g, weighted: weighted)
        #expect(c == Array(repeating: 0, count: 10))
        #expect(try clusteringAt(g, [0], weighted: weighted) == [0])
    }

    /// test_k5: complete_graph(5) all 1; without (1, 2); then without (2, 1) too (directed).
    func checkK5(directed: Bool, weighted: Bool) throws {
        let k5 = NXGraph.complete(5, directed: directed)
        #expect(try clusteringValues(k5, weighted: weighted).1 == [1, 1, 1, 1, 1])
        let less = k5.removing("1", "2")
        if directed {
            #expect(try clusteringValues(less, weighted: weighted).1 == [11.0 / 12, 1, 1, 11.0 / 12, 11.0 / 12])
            #expect(try clusteringAt(less, [1, 4], weighted: weighted) == [1, 11.0 / 12])
            let lesser = less.removing("2", "1")
            #expect(try clusteringValues(lesser, weighted: weighted).1 == [5.0 / 6, 1, 1, 5.0 / 6, 5.0 / 6])
            #expect(try clusteringAt(lesser, [1, 4], weighted: weighted) == [1, 0.83333333333333337])
            #expect(try clusteringAt(lesser, [4], weighted: weighted) == [5.0 / 6])
        } else {
            #expect(try clusteringValues(less, weighted: weighted).1 == [5.0 / 6, 1, 1, 5.0 / 6, 5.0 / 6])
            #expect(try clusteringAt(less, [1, 4], weighted: weighted) == [1, 0.83333333333333337])
        }
    }

    /// test_cubical: cubical_graph() all zeros; `nx.clustering(G, [1, 2]) == {1: 0, 2: 0}`.
    func checkCubical(weighted: Bool) throws {
        #expect(try clusteringValues(.cubical, weighted: weighted).1 == Array(repeating: 0, count: 8))
        #expect(try clusteringAt(.cubical, [1]) == [0])
        #expect(try clusteringAt(.cubical, [1, 2], weighted: weighted) == [0, 0])
    }

    // networkx/algorithms/tests/test_cluster.py::TestDirectedClustering::test_clustering
    @Test func testDirectedClustering() throws { try checkEmpty(directed: true) }

    // networkx/algorithms/tests/test_cluster.py::TestDirectedClustering::test_path
    @Test func testDirectedPath() throws { try checkPath(directed: true, weighted: false) }

    // networkx/algorithms/tests/test_cluster.py::TestDirectedClustering::test_k5
    // (`nx.average_clustering(G) == 1` is not a measure here.)
    @Test func testDirectedK5() throws { try checkK5(directed: true, weighted: false) }

    // networkx/algorithms/tests/test_cluster.py::TestDirectedClustering::test_triangle_and_edge
    @Test func testDirectedTriangleAndEdge() throws {
        let (g, c) = try clusteringValues(NXGraph.cycle(3, directed: true).adding("0", "4"))
        #expect(c[g.index(of: "0")!] == 1.0 / 6)
    }

    // networkx/algorithms/tests/test_cluster.py::TestDirectedWeightedClustering::test_clustering
    @Test func testDirectedWeightedClustering() throws { try checkEmpty(directed: true) }

    // networkx/algorithms/tests/test_cluster.py::TestDirectedWeightedClustering::test_path
    @Test func testDirectedWeightedPath() throws { try checkPath(directed: true, weighted: true) }

    // networkx/algorithms/tests/test_cluster.py::TestDirectedWeightedClustering::test_k5
    @Test func testDirectedWeightedK5() throws { try checkK5(directed: true, weighted: true) }

    // networkx/algorithms/tests/test_cluster.py::TestDirectedWeightedClustering::test_triangle_and_edge
    @Test func testDirectedWeightedTriangleAndEdge() throws {
        let g = NXGraph.cycle(3, directed: true).adding("0", "4", weight: 2)
        let (graph, c) = try clusteringValues(g)
        #expect(c[graph.index(of: "0")!] == 1.0 / 6)
        let (_, cw) = try clusteringValues(g, weighted: true)
        #expect(NX.allclose(cw[graph.index(of: "0")!], 1.0 / 12), "ours \(cw[graph.index(of: "0")!]), NetworkX 1/12")
        #expect(NX.allclose(try clusteringAt(g, [0], weighted: true)[0], 1.0 / 12))
    }

    // networkx/algorithms/tests/test_cluster.py::TestWeightedClustering::test_clustering
    @Test func testWeightedClustering() throws { try checkEmpty(directed: false) }

    // networkx/algorithms/tests/test_cluster.py::TestWeightedClustering::test_path
    @Test func testWeightedPath() throws { try checkPath(directed: false, weighted: true) }

    // networkx/algorithms/tests/test_cluster.py::TestWeightedClustering::test_cubical
    @Test func testWeightedCubical() throws { try checkCubical(weighted: true) }

    // networkx/algorithms/tests/test_cluster.py::TestWeightedClustering::test_k5
    @Test func testWeightedK5() throws { try checkK5(directed: false, weighted: true) }

    // networkx/algorithms/tests/test_cluster.py::TestWeightedClustering::test_triangle_and_edge
    @Test func testWeightedTriangleAndEdge() throws {
        let g = NXGraph.cycle(3).adding("0", "4", weight: 2)
        let (graph, c) = try clusteringValues(g)
        #expect(c[graph.index(of: "0")!] == 1.0 / 3)
        let (_, cw) = try clusteringValues(g, weighted: true)
        #expect(NX.allclose(cw[graph.index(of: "0")!], 1.0 / 6), "ours \(cw[graph.index(of: "0")!]), NetworkX 1/6")
        #expect(NX.allclose(try clusteringAt(g, [0], weighted: true)[0], 1.0 / 6))
    }

    // networkx/algorithms/tests/test_cluster.py::TestClustering::test_clustering
    @Test func testClustering() throws { try checkEmpty(directed: false) }

    // networkx/algorithms/tests/test_cluster.py::TestClustering::test_path
    @Test func testPath() throws { try checkPath(directed: false, weighted: false) }

    // networkx/algorithms/tests/test_cluster.py::TestClustering::test_cubical
    @Test func testCubical() throws { try checkCubical(weighted: false) }

    // networkx/algorithms/tests/test_cluster.py::TestClustering::test_k5
    @Test func testK5() throws { try checkK5(directed: false, weighted: false) }

    // networkx/algorithms/tests/test_cluster.py::TestClustering::test_k5_signed
    // Only its unweighted half: the weighted half needs a negative weight (not ported).
    @Test func testK5Signed() throws {
        #expect(try clusteringValues(.complete(5)).1 == [1, 1, 1, 1, 1])
    }
}
