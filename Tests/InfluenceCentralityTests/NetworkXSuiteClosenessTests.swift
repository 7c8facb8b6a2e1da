import InfluenceCentrality
import InfluenceGraph
import Testing

/// NetworkX 3.6.1's test_closeness_centrality.py and test_harmonic_centrality.py
/// (networkx/algorithms/centrality/tests/), their graphs, answers and tolerances.
@Suite("NetworkX's own test values: closeness and harmonic")
struct NetworkXSuiteClosenessTests {
    func closeness(_ g: NXGraph, weighted: Bool = false, wfImproved: Bool = true) throws -> (Graph, [Double]) {
        let graph = try g.build()
        return (graph, try closenessCentrality(graph, options: .init(weighted: weighted, wfImproved: wfImproved)))
    }

    func harmonic(_ g: NXGraph, weighted: Bool = false) throws -> (Graph, [Double]) {
        let graph = try g.build()
        return (graph, try harmonicCentrality(graph, options: .init(weighted: weighted)))
    }

    // MARK: test_closeness_centrality.py

    // networkx/algorithms/centrality/tests/test_closeness_centrality.py::TestClosenessCentrality::test_wf_improved
    @Test func testWfImproved() throws {
        // nx.union(nx.path_graph(4), nx.path_graph([4, 5, 6]))
        let g = NXGraph(directed: false, [(0, 1), (1, 2), (2, 3), (4, 5), (5, 6)], nodes: Array(0 ... 6))
        let (graph, c) = try closeness(g)
        let (_, cwf) = try closeness(g, wfImproved: false)
        NX.expect(graph, c, [0: 0.25, 1: 0.375, 2: 0.375, 3: 0.25, 4: 0.222, 5: 0.333, 6: 0.222], abs: 1e-3)
        NX.expect(graph, cwf, [0: 0.5, 1: 0.75, 2: 0.75, 3: 0.5, 4: 0.667, 5: 1.0, 6: 0.667], abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_closeness_centrality.py::TestClosenessCentrality::test_digraph
    @Test func testDigraph() throws {
        let (g, c) = try closeness(.path(3, directed: true))
        let (gr, cr) = try closeness(NXGraph.path(3, directed: true).reversed())
        NX.expect(g, c, [0: 0.0, 1: 0.500, 2: 0.667], abs: 1e-3)
        NX.expect(gr, cr, [0: 0.667, 1: 0.500, 2: 0.0], abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_closeness_centrality.py::TestClosenessCentrality::test_k5_closeness
    @Test func testK5Closeness() throws {
        let (g, c) = try closeness(.complete(5))
        NX.expect(g, c, [0: 1.000, 1: 1.000, 2: 1.000, 3: 1.000, 4: 1.000], abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_closeness_centrality.py::TestClosenessCentrality::test_p3_closeness
    @Test func testP3Closeness() throws {
        let (g, c) = try closeness(.path(3))
        NX.expect(g, c, [0: 0.667, 1: 1.000, 2: 0.667], abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_closeness_centrality.py::TestClosenessCentrality::test_krackhardt_closeness
    @Test func testKrackhardtCloseness() throws {
        let (g, c) = try closeness(.krackhardtKite)
        NX.expect(g, c, [0: 0.529, 1: 0.529, 2: 0.500, 3: 0.600, 4: 0.500, 5: 0.643, 6: 0.643, 7: 0.600,
                         8: 0.429, 9: 0.310], abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_closeness_centrality.py::TestClosenessCentrality::test_florentine_families_closeness
    @Test func testFlorentineFamiliesCloseness() throws {
        let (g, c) = try closeness(.florentineFamilies)
        NX.expect(g, c, [
            "Acciaiuoli": 0.368, "Albizzi": 0.483, "Barbadori": 0.4375, "Bischeri": 0.400, "Castellani": 0.389,
            "Ginori": 0.333, "Guadagni": 0.467, "Lamberteschi": 0.326, "Medici": 0.560, "Pazzi": 0.286,
            "Peruzzi": 0.368, "Ridolfi": 0.500, "Salviati": 0.389, "Strozzi": 0.4375, "Tornabuoni": 0.483,
        ], abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_closeness_centrality.py::TestClosenessCentrality::test_les_miserables_closeness
    @Test func testLesMiserablesCloseness() throws {
        let (g, c) = try closeness(.lesMiserables)
        NX.expect(g, c, [
            "Napoleon": 0.302, "Myriel": 0.429, "MlleBaptistine": 0.413, "MmeMagloire": 0.413, "CountessDeLo": 0.302,
            "Geborand": 0.302, "Champtercier": 0.302, "Cravatte": 0.302, "Count": 0.302, "OldMan": 0.302,
            "Valjean": 0.644, "Labarre": 0.394, "Marguerite": 0.413, "MmeDeR": 0.394, "Isabeau": 0.394,
            "Gervais": 0.394, "Listolier": 0.341, "Tholomyes": 0.392, "Fameuil": 0.341, "Blacheville": 0.341,
            "Favourite": 0.341, "Dahlia": 0.341, "Zephine": 0.341, "Fantine": 0.461, "MmeThenardier": 0.461,
            "Thenardier": 0.517, "Cosette": 0.478, "Javert": 0.517, "Fauchelevent": 0.402, "Bamatabois": 0.427,
            "Perpetue": 0.318, "Simplice": 0.418, "Scaufflaire": 0.394, "Woman1": 0.396, "Judge": 0.404,
            "Champmathieu": 0.404, "Brevet": 0.404, "Chenildieu": 0.404, "Cochepaille": 0.404, "Pontmercy": 0.373,
            "Boulatruelle": 0.342, "Eponine": 0.396, "Anzelma": 0.352, "Woman2": 0.402, "MotherInnocent": 0.398,
            "Gribier": 0.288, "MmeBurgon": 0.344, "Jondrette": 0.257, "Gavroche": 0.514, "Gillenormand": 0.442,
            "Magnon": 0.335, "MlleGillenormand": 0.442, "MmePontmercy": 0.315, "MlleVaubois": 0.308,
            "LtGillenormand": 0.365, "Marius": 0.531, "BaronessT": 0.352, "Mabeuf": 0.396, "Enjolras": 0.481,
            "Combeferre": 0.392, "Prouvaire": 0.357, "Feuilly": 0.392, "Courfeyrac": 0.400, "Bahorel": 0.394,
            "Bossuet": 0.475, "Joly": 0.394, "Grantaire": 0.358, "MotherPlutarch": 0.285, "Gueulemer": 0.463,
            "Babet": 0.463, "Claquesous": 0.452, "Montparnasse": 0.458, "Toussaint": 0.402, "Child1": 0.342,
            "Child2": 0.342, "Brujon": 0.380, "MmeHucheloup": 0.353,
        ], abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_closeness_centrality.py::TestClosenessCentrality::test_weighted_closeness
    @Test func testWeightedCloseness() throws {
        // An undirected nx.Graph: ("x", "u", 3) replaces ("u", "x", 2), ("y", "v", 6) replaces ("v", "y", 1).
        let xg = NXGraph(directed: false, weighted: [
            ("s", "u", 10), ("s", "x", 5), ("u", "v", 1), ("u", "x", 2), ("v", "y", 1),
            ("x", "u", 3), ("x", "v", 5), ("x", "y", 2), ("y", "s", 7), ("y", "v", 6),
        ])
        let (g, c) = try closeness(xg, weighted: true)
        NX.expect(g, c, ["y": 0.200, "x": 0.286, "s": 0.138, "u": 0.235, "v": 0.200], abs: 1e-3)
    }

    // MARK: test_harmonic_centrality.py (TestClosenessCentrality there)

    static let gb = NXGraph(directed: true, [(0, 1), (0, 2), (0, 4), (2, 1), (2, 3), (4, 3)])

    // networkx/algorithms/centrality/tests/test_harmonic_centrality.py::TestClosenessCentrality::test_p3_harmonic
    @Test func testP3Harmonic() throws {
        let (g, c) = try harmonic(.path(3))
        NX.expect(g, c, [0: 1.5, 1: 2, 2: 1.5], abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_harmonic_centrality.py::TestClosenessCentrality::test_p4_harmonic
    @Test func testP4Harmonic() throws {
        let (g, c) = try harmonic(.path(4))
        NX.expect(g, c, [0: 1.8333333, 1: 2.5, 2: 2.5, 3: 1.8333333], abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_harmonic_centrality.py::TestClosenessCentrality::test_clique_complete
    @Test func testCliqueComplete() throws {
        let (g, c) = try harmonic(.complete(5))
        // NetworkX loops over the nodes of P3 (0, 1, 2) here.
        NX.expect(g, c, [0: 4, 1: 4, 2: 4, 3: 4, 4: 4], abs: 1e-3, nodes: [0, 1, 2])
    }

    // networkx/algorithms/centrality/tests/test_harmonic_centrality.py::TestClosenessCentrality::test_cycle_C4
    @Test func testCycleC4() throws {
        let (g, c) = try harmonic(.cycle(4))
        NX.expect(g, c, [0: 2.5, 1: 2.5, 2: 2.5, 3: 2.5], abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_harmonic_centrality.py::TestClosenessCentrality::test_cycle_C5
    @Test func testCycleC5() throws {
        let (g, c) = try harmonic(.cycle(5))
        NX.expect(g, c, [0: 3, 1: 3, 2: 3, 3: 3, 4: 3, 5: 4], abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_harmonic_centrality.py::TestClosenessCentrality::test_bal_tree
    @Test func testBalTree() throws {
        let (g, c) = try harmonic(.balancedTree22)
        NX.expect(g, c, [0: 4.0, 1: 4.1666, 2: 4.1666, 3: 2.8333, 4: 2.8333, 5: 2.8333, 6: 2.8333], abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_harmonic_centrality.py::TestClosenessCentrality::test_exampleGraph
    @Test func testExampleGraph() throws {
        let (g, c) = try harmonic(Self.gb)
        NX.expect(g, c, [0: 0, 1: 2, 2: 1, 3: 2.5, 4: 1], abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_harmonic_centrality.py::TestClosenessCentrality::test_weighted_harmonic
    @Test func testWeightedHarmonic() throws {
        let (g, c) = try harmonic(NXGraph(directed: true, weighted: [
            ("a", "b", 10), ("d", "c", 5), ("a", "c", 1), ("e", "f", 2), ("f", "c", 1), ("a", "f", 3),
        ]), weighted: true)
        NX.expect(g, c, ["a": 0, "b": 0.1, "c": 2.533, "d": 0, "e": 0, "f": 0.83333], abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_harmonic_centrality.py::TestClosenessCentrality::test_empty
    @Test func testEmpty() throws {
        let (_, c) = try harmonic(NXGraph(directed: true, edges: []), weighted: true)
        #expect(c == [])
    }

    // networkx/algorithms/centrality/tests/test_harmonic_centrality.py::TestClosenessCentrality::test_singleton
    @Test func testSingleton() throws {
        let (_, c) = try harmonic(NXGraph(directed: true, nodes: ["0"], edges: []), weighted: true)
        #expect(c == [0])
    }

    // networkx/algorithms/centrality/tests/test_harmonic_centrality.py::TestClosenessCentrality::test_cycle_c4_directed_subset
    @Test func testCycleC4DirectedSubset() throws {
        let g = try NXGraph.cycle(4, directed: true).build()
        let c = try harmonicCentrality(g, nodes: [0, 1])
        for value in c { #expect(NX.approx(value, 1.833, abs: 1e-3), "ours \(value), NetworkX 1.833") }
        #expect(c.count == 2)
    }
}
