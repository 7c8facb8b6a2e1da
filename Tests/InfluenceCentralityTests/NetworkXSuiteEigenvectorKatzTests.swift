import Foundation
import InfluenceCentrality
import InfluenceGraph
import Testing

/// NetworkX 3.6.1's test_eigenvector_centrality.py and test_katz_centrality.py
/// (networkx/algorithms/centrality/tests/), their graphs, answers and tolerances. The `_numpy`
/// variants solve the eigenproblem or the linear system exactly; they are compared here with our
/// power iteration run to a tolerance of 1e-12 (the exact solution to well within their 1e-7).
@Suite("NetworkX's own test values: eigenvector and Katz")
struct NetworkXSuiteEigenvectorKatzTests {
    /// The directed graph of TestEigenvectorCentralityDirected and TestKatzCentralityDirected:
    /// these arcs with weight 2.0, then `G.reverse()`; node order 1 … 8.
    static let directedWeighted: NXGraph = NXGraph(directed: true, [
        (1, 2), (1, 3), (2, 4), (3, 2), (3, 5), (4, 2), (4, 5), (4, 6), (5, 6), (5, 7), (5, 8), (6, 8),
        (7, 1), (7, 5), (7, 8), (8, 6), (8, 7),
    ]).settingAllWeights(2.0).reversed()
    static let directedOrder = (1 ... 8).map(String.init)

    func eigenvector(_ g: NXGraph, tolerance: Double = 1e-6, start: [Double]? = nil) throws -> (Graph, [Double]) {
        let graph = try g.build()
        return (graph, try eigenvectorCentrality(graph, options: .init(tolerance: tolerance, weighted: true, start: start)))
    }

    func katz(_ g: NXGraph, alpha: Double, beta: Double = 1, betas: [Double]? = nil, weighted: Bool = true,
              tolerance: Double = 1e-6, start: [Double]? = nil) throws -> (Graph, [Double]) {
        let graph = try g.build()
        var o = KatzOptions(alpha: alpha, tolerance: tolerance)
        o.beta = betas
        o.betaScalar = beta
        o.weighted = weighted
        o.start = start
        return (graph, try katzCentrality(graph, options: o))
    }

    /// `list(p.values())` zipped with the answer list: node by node in the graph's order.
    func expectList(_ g: Graph, _ values: [Double], _ answer: [Double], order: [String], abs tol: Double,
                    sourceLocation: SourceLocation = #_sourceLocation) {
        let ours = NX.values(g, values, order: order)
        #expect(ours.count == answer.count, sourceLocation: sourceLocation)
        for (i, (a, b)) in zip(ours, answer).enumerated() {
            #expect(NX.approx(a, b, abs: tol), "node \(order[i]): ours \(a), NetworkX \(b)", sourceLocation: sourceLocation)
        }
    }

    // MARK: test_eigenvector_centrality.py

    // networkx/algorithms/centrality/tests/test_eigenvector_centrality.py::TestEigenvectorCentrality::test_K5
    @Test func testEigenvectorK5() throws {
        let v = (1 / 5.0).squareRoot()
        let answer: [Int: Double] = [0: v, 1: v, 2: v, 3: v, 4: v]
        let (g, b) = try eigenvector(.complete(5))
        NX.expect(g, b, answer, abs: 1e-7)
        let (_, bStart) = try eigenvector(.complete(5), start: [1, 1, 1, 1, 1])
        NX.expect(g, bStart, answer, abs: 1e-7)
        // eigenvector_centrality_numpy, abs=1e-3.
        let (_, exact) = try eigenvector(.complete(5), tolerance: 1e-12)
        NX.expect(g, exact, answer, abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_eigenvector_centrality.py::TestEigenvectorCentrality::test_P3
    @Test func testEigenvectorP3() throws {
        let answer: [Int: Double] = [0: 0.5, 1: 0.7071, 2: 0.5]
        let (g, exact) = try eigenvector(.path(3), tolerance: 1e-12)
        NX.expect(g, exact, answer, abs: 1e-4)
        let (_, b) = try eigenvector(.path(3))
        NX.expect(g, b, answer, abs: 1e-4)
    }

    // networkx/algorithms/centrality/tests/test_eigenvector_centrality.py::TestEigenvectorCentrality::test_P3_unweighted
    @Test func testEigenvectorP3Unweighted() throws {
        let g = try NXGraph.path(3).build()
        let b = try eigenvectorCentrality(g, options: .init(tolerance: 1e-12, weighted: false))
        NX.expect(g, b, [0: 0.5, 1: 0.7071, 2: 0.5], abs: 1e-4)
    }

    // networkx/algorithms/centrality/tests/test_eigenvector_centrality.py::TestEigenvectorCentrality::test_maxiter
    @Test func testEigenvectorMaxiter() throws {
        let g = try NXGraph.path(3).build()
        #expect(throws: CentralityError.powerIterationFailedConvergence(measure: "eigenvector", maxIterations: 0)) {
            try eigenvectorCentrality(g, options: .init(maxIterations: 0))
        }
    }

    static let evc = [0.25368793, 0.19576478, 0.32817092, 0.40430835, 0.48199885, 0.15724483, 0.51346196, 0.32475403]

    // networkx/algorithms/centrality/tests/test_eigenvector_centrality.py::TestEigenvectorCentralityDirected::test_eigenvector_centrality_weighted
    @Test func testEigenvectorCentralityWeighted() throws {
        let (g, p) = try eigenvector(Self.directedWeighted)
        expectList(g, p, Self.evc, order: Self.directedOrder, abs: 1e-4)
    }

    // networkx/algorithms/centrality/tests/test_eigenvector_centrality.py::TestEigenvectorCentralityDirected::test_eigenvector_centrality_weighted_numpy
    @Test func testEigenvectorCentralityWeightedNumpy() throws {
        let (g, p) = try eigenvector(Self.directedWeighted, tolerance: 1e-12)
        expectList(g, p, Self.evc, order: Self.directedOrder, abs: 1e-7)
    }

    // networkx/algorithms/centrality/tests/test_eigenvector_centrality.py::TestEigenvectorCentralityDirected::test_eigenvector_centrality_unweighted
    // (NetworkX's H is G with the same arcs added again: still weight 2.0.)
    @Test func testEigenvectorCentralityUnweighted() throws {
        let (g, p) = try eigenvector(Self.directedWeighted)
        expectList(g, p, Self.evc, order: Self.directedOrder, abs: 1e-4)
    }

    // networkx/algorithms/centrality/tests/test_eigenvector_centrality.py::TestEigenvectorCentralityDirected::test_eigenvector_centrality_unweighted_numpy
    @Test func testEigenvectorCentralityUnweightedNumpy() throws {
        let (g, p) = try eigenvector(Self.directedWeighted, tolerance: 1e-12)
        expectList(g, p, Self.evc, order: Self.directedOrder, abs: 1e-7)
    }

    // networkx/algorithms/centrality/tests/test_eigenvector_centrality.py::TestEigenvectorCentralityExceptions::test_null
    @Test func testEigenvectorNull() throws {
        let g = try NXGraph(directed: false, edges: []).build()
        #expect(throws: CentralityError.self) { try eigenvectorCentrality(g) }
    }

    // networkx/algorithms/centrality/tests/test_eigenvector_centrality.py::TestEigenvectorCentralityExceptions::test_null_numpy
    @Test func testEigenvectorNullNumpy() throws {
        let g = try NXGraph(directed: false, edges: []).build()
        #expect(throws: CentralityError.self) { try eigenvectorCentrality(g, options: .init(tolerance: 1e-12)) }
    }

    // networkx/algorithms/centrality/tests/test_eigenvector_centrality.py::TestEigenvectorCentralityExceptions::test_zero_nstart
    @Test func testEigenvectorZeroNstart() throws {
        let g = try NXGraph(directed: false, [(1, 2), (1, 3), (2, 3)]).build()
        #expect(throws: CentralityError.self) { try eigenvectorCentrality(g, options: .init(start: [0, 0, 0])) }
    }

    // MARK: test_katz_centrality.py

    static let p3Answer: [Int: Double] = [0: 0.5598852584152165, 1: 0.6107839182711449, 2: 0.5598852584152162]
    static let alphaAnswers: [Double: [Int: Double]] = [
        0.1: [0: 0.5598852584152165, 1: 0.6107839182711449, 2: 0.5598852584152162],
        0.2: [0: 0.5454545454545454, 1: 0.6363636363636365, 2: 0.5454545454545454],
        0.3: [0: 0.5333964609104419, 1: 0.6564879518897746, 2: 0.5333964609104419],
        0.4: [0: 0.5232045649263551, 1: 0.6726915834767423, 2: 0.5232045649263551],
        0.5: [0: 0.5144957746691622, 1: 0.6859943117075809, 2: 0.5144957746691622],
        0.6: [0: 0.5069794004195823, 1: 0.6970966755769258, 2: 0.5069794004195823],
    ]

    // networkx/algorithms/centrality/tests/test_katz_centrality.py::TestKatzCentrality::test_K5
    @Test func testKatzK5() throws {
        let v = (1 / 5.0).squareRoot()
        let answer: [Int: Double] = [0: v, 1: v, 2: v, 3: v, 4: v]
        let (g, b) = try katz(.complete(5), alpha: 0.1)
        NX.expect(g, b, answer, abs: 1e-7)
        let (_, bStart) = try katz(.complete(5), alpha: 0.1, start: [1, 1, 1, 1, 1])
        NX.expect(g, bStart, answer, abs: 1e-7)
    }

    // networkx/algorithms/centrality/tests/test_katz_centrality.py::TestKatzCentrality::test_P3
    @Test func testKatzP3() throws {
        let (g, b) = try katz(.path(3), alpha: 0.1)
        NX.expect(g, b, Self.p3Answer, abs: 1e-4)
    }

    // networkx/algorithms/centrality/tests/test_katz_centrality.py::TestKatzCentrality::test_maxiter
    @Test func testKatzMaxiter() throws {
        let g = try NXGraph.path(3).build()
        #expect(throws: CentralityError.powerIterationFailedConvergence(measure: "katz", maxIterations: 0)) {
            try katzCentrality(g, options: .init(alpha: 0.1, maxIterations: 0))
        }
    }

    // networkx/algorithms/centrality/tests/test_katz_centrality.py::TestKatzCentrality::test_beta_as_scalar
    @Test func testKatzBetaAsScalar() throws {
        let (g, b) = try katz(.path(3), alpha: 0.1, beta: 0.1)
        NX.expect(g, b, Self.p3Answer, abs: 1e-4)
    }

    // networkx/algorithms/centrality/tests/test_katz_centrality.py::TestKatzCentrality::test_beta_as_dict
    @Test func testKatzBetaAsDict() throws {
        let (g, b) = try katz(.path(3), alpha: 0.1, betas: [1.0, 1.0, 1.0])
        NX.expect(g, b, Self.p3Answer, abs: 1e-4)
    }

    // networkx/algorithms/centrality/tests/test_katz_centrality.py::TestKatzCentrality::test_multiple_alpha
    @Test func testKatzMultipleAlpha() throws {
        for alpha in [0.1, 0.2, 0.3, 0.4, 0.5, 0.6] {
            let (g, b) = try katz(.path(3), alpha: alpha)
            NX.expect(g, b, Self.alphaAnswers[alpha]!, abs: 1e-4, "alpha \(alpha)")
        }
    }

    // networkx/algorithms/centrality/tests/test_katz_centrality.py::TestKatzCentrality::test_empty
    @Test func testKatzEmpty() throws {
        let (_, e) = try katz(NXGraph(directed: false, edges: []), alpha: 0.1)
        #expect(e == [])
    }

    // networkx/algorithms/centrality/tests/test_katz_centrality.py::TestKatzCentrality::test_bad_beta
    // beta = {0: 77} leaves node 1 without a beta: here a beta list shorter than the nodes.
    @Test func testKatzBadBeta() throws {
        #expect(throws: CentralityError.self) { try katz(NXGraph(directed: false, [(0, 1)]), alpha: 0.1, betas: [77]) }
    }

    // networkx/algorithms/centrality/tests/test_katz_centrality.py::TestKatzCentralityNumpy::test_K5
    @Test func testKatzNumpyK5() throws {
        let v = (1 / 5.0).squareRoot()
        let answer: [Int: Double] = [0: v, 1: v, 2: v, 3: v, 4: v]
        let (g, b) = try katz(.complete(5), alpha: 0.1)
        NX.expect(g, b, answer, abs: 1e-7)
        let (_, e) = try eigenvector(.complete(5), tolerance: 1e-12)
        NX.expect(g, e, answer, abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_katz_centrality.py::TestKatzCentralityNumpy::test_P3
    @Test func testKatzNumpyP3() throws {
        let (g, b) = try katz(.path(3), alpha: 0.1, tolerance: 1e-12)
        NX.expect(g, b, Self.p3Answer, abs: 1e-4)
    }

    // networkx/algorithms/centrality/tests/test_katz_centrality.py::TestKatzCentralityNumpy::test_beta_as_scalar
    @Test func testKatzNumpyBetaAsScalar() throws {
        let (g, b) = try katz(.path(3), alpha: 0.1, beta: 0.1, tolerance: 1e-12)
        NX.expect(g, b, Self.p3Answer, abs: 1e-4)
    }

    // networkx/algorithms/centrality/tests/test_katz_centrality.py::TestKatzCentralityNumpy::test_beta_as_dict
    @Test func testKatzNumpyBetaAsDict() throws {
        let (g, b) = try katz(.path(3), alpha: 0.1, betas: [1.0, 1.0, 1.0], tolerance: 1e-12)
        NX.expect(g, b, Self.p3Answer, abs: 1e-4)
    }

    // networkx/algorithms/centrality/tests/test_katz_centrality.py::TestKatzCentralityNumpy::test_multiple_alpha
    @Test func testKatzNumpyMultipleAlpha() throws {
        for alpha in [0.1, 0.2, 0.3, 0.4, 0.5, 0.6] {
            let (g, b) = try katz(.path(3), alpha: alpha, tolerance: 1e-12)
            NX.expect(g, b, Self.alphaAnswers[alpha]!, abs: 1e-4, "alpha \(alpha)")
        }
    }

    // networkx/algorithms/centrality/tests/test_katz_centrality.py::TestKatzCentralityNumpy::test_empty
    @Test func testKatzNumpyEmpty() throws {
        let (_, e) = try katz(NXGraph(directed: false, edges: []), alpha: 0.1)
        #expect(e == [])
    }

    // networkx/algorithms/centrality/tests/test_katz_centrality.py::TestKatzCentralityNumpy::test_bad_beta
    @Test func testKatzNumpyBadBeta() throws {
        #expect(throws: CentralityError.self) {
            try katz(NXGraph(directed: false, [(0, 1)]), alpha: 0.1, betas: [77], tolerance: 1e-12)
        }
    }

    // networkx/algorithms/centrality/tests/test_katz_centrality.py::TestKatzCentralityNumpy::test_K5_unweighted
    @Test func testKatzNumpyK5Unweighted() throws {
        let v = (1 / 5.0).squareRoot()
        let answer: [Int: Double] = [0: v, 1: v, 2: v, 3: v, 4: v]
        let (g, b) = try katz(.complete(5), alpha: 0.1, weighted: false)
        NX.expect(g, b, answer, abs: 1e-7)
        let e = try eigenvectorCentrality(g, options: .init(tolerance: 1e-12, weighted: false))
        NX.expect(g, e, answer, abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_katz_centrality.py::TestKatzCentralityNumpy::test_P3_unweighted
    @Test func testKatzNumpyP3Unweighted() throws {
        let (g, b) = try katz(.path(3), alpha: 0.1, weighted: false, tolerance: 1e-12)
        NX.expect(g, b, Self.p3Answer, abs: 1e-4)
    }

    static let katzDirected = [0.3289589783189635, 0.2832077296243516, 0.3425906003685471, 0.3970420865198392,
                               0.41074871061646284, 0.272257430756461, 0.4201989685435462, 0.34229059218038554]

    // networkx/algorithms/centrality/tests/test_katz_centrality.py::TestKatzCentralityDirected::test_katz_centrality_weighted
    @Test func testKatzCentralityWeighted() throws {
        let (g, p) = try katz(Self.directedWeighted, alpha: 0.1)
        expectList(g, p, Self.katzDirected, order: Self.directedOrder, abs: 1e-7)
    }

    // networkx/algorithms/centrality/tests/test_katz_centrality.py::TestKatzCentralityDirected::test_katz_centrality_unweighted
    // (NetworkX's H is `G.reverse()` again: the weighted graph.)
    @Test func testKatzCentralityUnweighted() throws {
        let (g, p) = try katz(Self.directedWeighted, alpha: 0.1)
        expectList(g, p, Self.katzDirected, order: Self.directedOrder, abs: 1e-7)
    }

    // networkx/algorithms/centrality/tests/test_katz_centrality.py::TestKatzCentralityDirectedNumpy::test_katz_centrality_weighted
    @Test func testKatzCentralityDirectedNumpyWeighted() throws {
        let (g, p) = try katz(Self.directedWeighted, alpha: 0.1, tolerance: 1e-12)
        expectList(g, p, Self.katzDirected, order: Self.directedOrder, abs: 1e-7)
    }

    // networkx/algorithms/centrality/tests/test_katz_centrality.py::TestKatzCentralityDirectedNumpy::test_katz_centrality_unweighted
    @Test func testKatzCentralityDirectedNumpyUnweighted() throws {
        let (g, p) = try katz(Self.directedWeighted, alpha: 0.1, tolerance: 1e-12)
        expectList(g, p, Self.katzDirected, order: Self.directedOrder, abs: 1e-7)
    }
}

extension NXGraph {
    /// `G.add_edges_from(edges, weight=w)`: every edge with weight `w`.
    func settingAllWeights(_ w: Double) -> NXGraph {
        var g = self
        g.weighted = true
        g.edges = edges.map { ($0.0, $0.1, w) }
        return g
    }
}
