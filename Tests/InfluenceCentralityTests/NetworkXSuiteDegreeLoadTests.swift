import Foundation
import InfluenceCentrality
import InfluenceGraph
import Testing

/// NetworkX 3.6.1's test_degree_centrality.py and test_load_centrality.py
/// (networkx/algorithms/centrality/tests/), their graphs, answers and tolerances.
@Suite("NetworkX's own test values: degree and load")
struct NetworkXSuiteDegreeLoadTests {
    // MARK: test_degree_centrality.py

    /// TestDegreeCentrality.setup_method's F: the Florentine families added edge by edge.
    static let florentine = NXGraph(directed: false, weighted: false, edges: [
        ("Acciaiuoli", "Medici"), ("Castellani", "Peruzzi"), ("Castellani", "Strozzi"), ("Castellani", "Barbadori"),
        ("Medici", "Barbadori"), ("Medici", "Ridolfi"), ("Medici", "Tornabuoni"), ("Medici", "Albizzi"),
        ("Medici", "Salviati"), ("Salviati", "Pazzi"), ("Peruzzi", "Strozzi"), ("Peruzzi", "Bischeri"),
        ("Strozzi", "Ridolfi"), ("Strozzi", "Bischeri"), ("Ridolfi", "Tornabuoni"), ("Tornabuoni", "Guadagni"),
        ("Albizzi", "Ginori"), ("Albizzi", "Guadagni"), ("Bischeri", "Guadagni"), ("Guadagni", "Lamberteschi"),
    ].map { ($0.0, $0.1, 1.0) })
    /// TestDegreeCentrality.setup_method's directed G.
    static let directedG = NXGraph(directed: true, [(0, 5), (1, 5), (2, 5), (3, 5), (4, 5), (5, 6), (5, 7), (5, 8)])

    /// `float(f"{dc:.3f}")`.
    static func threePlaces(_ x: Double) -> Double { Double(String(format: "%.3f", x))! }

    // networkx/algorithms/centrality/tests/test_degree_centrality.py::TestDegreeCentrality::test_degree_centrality_1
    @Test func testDegreeCentrality1() throws {
        let g = try NXGraph.complete(5).build()
        NX.expect(g, try degreeCentrality(g), [0: 1, 1: 1, 2: 1, 3: 1, 4: 1], abs: 1e-7)
    }

    // networkx/algorithms/centrality/tests/test_degree_centrality.py::TestDegreeCentrality::test_degree_centrality_2
    @Test func testDegreeCentrality2() throws {
        let g = try NXGraph.path(3).build()
        NX.expect(g, try degreeCentrality(g), [0: 0.5, 1: 1, 2: 0.5], abs: 1e-7)
    }

    // networkx/algorithms/centrality/tests/test_degree_centrality.py::TestDegreeCentrality::test_degree_centrality_3
    @Test func testDegreeCentrality3() throws {
        let g = try NXGraph.krackhardtKite.build()
        NX.expect(g, try degreeCentrality(g).map(Self.threePlaces), [
            0: 0.444, 1: 0.444, 2: 0.333, 3: 0.667, 4: 0.333, 5: 0.556, 6: 0.556, 7: 0.333, 8: 0.222, 9: 0.111,
        ], abs: 1e-7)
    }

    // networkx/algorithms/centrality/tests/test_degree_centrality.py::TestDegreeCentrality::test_degree_centrality_4
    @Test func testDegreeCentrality4() throws {
        let g = try Self.florentine.build()
        let names = g.ids.sorted()
        let dcs = [0.071, 0.214, 0.143, 0.214, 0.214, 0.071, 0.286, 0.071, 0.429, 0.071, 0.214, 0.214, 0.143, 0.286, 0.214]
        let exact = Dictionary(uniqueKeysWithValues: zip(names, dcs))
        NX.expect(g, try degreeCentrality(g).map(Self.threePlaces), exact, abs: 1e-7)
    }

    // networkx/algorithms/centrality/tests/test_degree_centrality.py::TestDegreeCentrality::test_indegree_centrality
    @Test func testIndegreeCentrality() throws {
        let g = try Self.directedG.build()
        NX.expect(g, try degreeCentrality(g, direction: .in), [
            0: 0.0, 1: 0.0, 2: 0.0, 3: 0.0, 4: 0.0, 5: 0.625, 6: 0.125, 7: 0.125, 8: 0.125,
        ], abs: 1e-7)
    }

    // networkx/algorithms/centrality/tests/test_degree_centrality.py::TestDegreeCentrality::test_outdegree_centrality
    @Test func testOutdegreeCentrality() throws {
        let g = try Self.directedG.build()
        NX.expect(g, try degreeCentrality(g, direction: .out), [
            0: 0.125, 1: 0.125, 2: 0.125, 3: 0.125, 4: 0.125, 5: 0.375, 6: 0.0, 7: 0.0, 8: 0.0,
        ], abs: 1e-7)
    }

    // networkx/algorithms/centrality/tests/test_degree_centrality.py::TestDegreeCentrality::test_small_graph_centrality
    @Test func testSmallGraphCentrality() throws {
        let empty = try NXGraph(directed: true, edges: []).build()
        for direction in DegreeDirection.allCases { #expect(try degreeCentrality(empty, direction: direction) == []) }
        let one = try NXGraph(directed: true, nodes: ["0"], edges: []).build()
        for direction in DegreeDirection.allCases { #expect(try degreeCentrality(one, direction: direction) == [1]) }
    }

    // MARK: test_load_centrality.py

    func load(_ g: NXGraph, normalized: Bool = true, weighted: Bool = false) throws -> (Graph, [Double]) {
        let graph = try g.build()
        return (graph, try loadCentrality(graph, options: .init(normalized: normalized, weighted: weighted)))
    }

    /// TestLoadCentrality.setup_class's D: `cycle_graph(3, DiGraph)` plus (3, 0), (4, 3).
    static let d = NXGraph(directed: true, [(0, 1), (1, 2), (2, 0), (3, 0), (4, 3)])

    // networkx/algorithms/centrality/tests/test_load_centrality.py::TestLoadCentrality::test_not_strongly_connected
    @Test func testNotStronglyConnected() throws {
        let (g, b) = try load(Self.d)
        let result: [Int: Double] = [0: 5.0 / 12, 1: 1.0 / 4, 2: 1.0 / 12, 3: 1.0 / 4, 4: 0.000]
        NX.expect(g, b, result, abs: 1e-3)
        // nx.load_centrality(self.D, n): the value at one node.
        for n in 0 ..< 5 {
            let one = try Measure.load.compute(on: g, nodes: [g.index(of: String(n))!])
            #expect(NX.approx(one[0], result[n]!, abs: 1e-3))
        }
    }

    // networkx/algorithms/centrality/tests/test_load_centrality.py::TestLoadCentrality::test_P2_normalized_load
    @Test func testP2NormalizedLoad() throws {
        let (g, c) = try load(.path(2), normalized: true)
        NX.expect(g, c, [0: 0.000, 1: 0.000], abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_load_centrality.py::TestLoadCentrality::test_weighted_load
    @Test func testWeightedLoad() throws {
        let (g, b) = try load(NetworkXSuiteBetweennessTests.weightedG, normalized: false, weighted: true)
        // `assert b[n] == self.exact_weighted[n]`: exact equality.
        NX.expect(g, b, [0: 4.0, 1: 0.0, 2: 8.0, 3: 6.0, 4: 8.0, 5: 0.0], abs: 0)
    }

    // networkx/algorithms/centrality/tests/test_load_centrality.py::TestLoadCentrality::test_k5_load
    @Test func testK5Load() throws {
        let (g, c) = try load(.complete(5))
        NX.expect(g, c, [0: 0.000, 1: 0.000, 2: 0.000, 3: 0.000, 4: 0.000], abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_load_centrality.py::TestLoadCentrality::test_p3_load
    @Test func testP3Load() throws {
        let (g, c) = try load(.path(3))
        NX.expect(g, c, [0: 0.000, 1: 1.000, 2: 0.000], abs: 1e-3)
        // nx.load_centrality(G, v=1) and with normalized=True.
        #expect(NX.approx(try Measure.load.compute(on: g, nodes: [1])[0], 1.0, abs: 1e-7))
        var normalized = MeasureOptions()
        normalized.normalized = true
        #expect(NX.approx(try Measure.load.compute(on: g, nodes: [1], options: normalized)[0], 1.0, abs: 1e-7))
    }

    // networkx/algorithms/centrality/tests/test_load_centrality.py::TestLoadCentrality::test_p2_load
    @Test func testP2Load() throws {
        let (g, c) = try load(.path(2))
        NX.expect(g, c, [0: 0.000, 1: 0.000], abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_load_centrality.py::TestLoadCentrality::test_krackhardt_load
    @Test func testKrackhardtLoad() throws {
        let (g, c) = try load(.krackhardtKite)
        NX.expect(g, c, [0: 0.023, 1: 0.023, 2: 0.000, 3: 0.102, 4: 0.000, 5: 0.231, 6: 0.231, 7: 0.389,
                         8: 0.222, 9: 0.000], abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_load_centrality.py::TestLoadCentrality::test_florentine_families_load
    @Test func testFlorentineFamiliesLoad() throws {
        let (g, c) = try load(.florentineFamilies)
        NX.expect(g, c, [
            "Acciaiuoli": 0.000, "Albizzi": 0.211, "Barbadori": 0.093, "Bischeri": 0.104, "Castellani": 0.055,
            "Ginori": 0.000, "Guadagni": 0.251, "Lamberteschi": 0.000, "Medici": 0.522, "Pazzi": 0.000,
            "Peruzzi": 0.022, "Ridolfi": 0.117, "Salviati": 0.143, "Strozzi": 0.106, "Tornabuoni": 0.090,
        ], abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_load_centrality.py::TestLoadCentrality::test_les_miserables_load
    @Test func testLesMiserablesLoad() throws {
        let (g, c) = try load(.lesMiserables)
        NX.expect(g, c, [
            "Napoleon": 0.000, "Myriel": 0.177, "MlleBaptistine": 0.000, "MmeMagloire": 0.000, "CountessDeLo": 0.000,
            "Geborand": 0.000, "Champtercier": 0.000, "Cravatte": 0.000, "Count": 0.000, "OldMan": 0.000,
            "Valjean": 0.567, "Labarre": 0.000, "Marguerite": 0.000, "MmeDeR": 0.000, "Isabeau": 0.000,
            "Gervais": 0.000, "Listolier": 0.000, "Tholomyes": 0.043, "Fameuil": 0.000, "Blacheville": 0.000,
            "Favourite": 0.000, "Dahlia": 0.000, "Zephine": 0.000, "Fantine": 0.128, "MmeThenardier": 0.029,
            "Thenardier": 0.075, "Cosette": 0.024, "Javert": 0.054, "Fauchelevent": 0.026, "Bamatabois": 0.008,
            "Perpetue": 0.000, "Simplice": 0.009, "Scaufflaire": 0.000, "Woman1": 0.000, "Judge": 0.000,
            "Champmathieu": 0.000, "Brevet": 0.000, "Chenildieu": 0.000, "Cochepaille": 0.000, "Pontmercy": 0.007,
            "Boulatruelle": 0.000, "Eponine": 0.012, "Anzelma": 0.000, "Woman2": 0.000, "MotherInnocent": 0.000,
            "Gribier": 0.000, "MmeBurgon": 0.026, "Jondrette": 0.000, "Gavroche": 0.164, "Gillenormand": 0.021,
            "Magnon": 0.000, "MlleGillenormand": 0.047, "MmePontmercy": 0.000, "MlleVaubois": 0.000,
            "LtGillenormand": 0.000, "Marius": 0.133, "BaronessT": 0.000, "Mabeuf": 0.028, "Enjolras": 0.041,
            "Combeferre": 0.001, "Prouvaire": 0.000, "Feuilly": 0.001, "Courfeyrac": 0.006, "Bahorel": 0.002,
            "Bossuet": 0.032, "Joly": 0.002, "Grantaire": 0.000, "MotherPlutarch": 0.000, "Gueulemer": 0.005,
            "Babet": 0.005, "Claquesous": 0.005, "Montparnasse": 0.004, "Toussaint": 0.000, "Child1": 0.000,
            "Child2": 0.000, "Brujon": 0.000, "MmeHucheloup": 0.000,
        ], abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_load_centrality.py::TestLoadCentrality::test_unnormalized_k5_load
    @Test func testUnnormalizedK5Load() throws {
        let (g, c) = try load(.complete(5), normalized: false)
        NX.expect(g, c, [0: 0.000, 1: 0.000, 2: 0.000, 3: 0.000, 4: 0.000], abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_load_centrality.py::TestLoadCentrality::test_unnormalized_p3_load
    @Test func testUnnormalizedP3Load() throws {
        let (g, c) = try load(.path(3), normalized: false)
        NX.expect(g, c, [0: 0.000, 1: 2.000, 2: 0.000], abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_load_centrality.py::TestLoadCentrality::test_unnormalized_krackhardt_load
    @Test func testUnnormalizedKrackhardtLoad() throws {
        let (g, c) = try load(.krackhardtKite, normalized: false)
        NX.expect(g, c, [0: 1.667, 1: 1.667, 2: 0.000, 3: 7.333, 4: 0.000, 5: 16.667, 6: 16.667, 7: 28.000,
                         8: 16.000, 9: 0.000], abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_load_centrality.py::TestLoadCentrality::test_unnormalized_florentine_families_load
    @Test func testUnnormalizedFlorentineFamiliesLoad() throws {
        let (g, c) = try load(.florentineFamilies, normalized: false)
        NX.expect(g, c, [
            "Acciaiuoli": 0.000, "Albizzi": 38.333, "Barbadori": 17.000, "Bischeri": 19.000, "Castellani": 10.000,
            "Ginori": 0.000, "Guadagni": 45.667, "Lamberteschi": 0.000, "Medici": 95.000, "Pazzi": 0.000,
            "Peruzzi": 4.000, "Ridolfi": 21.333, "Salviati": 26.000, "Strozzi": 19.333, "Tornabuoni": 16.333,
        ], abs: 1e-3)
    }

    // networkx/algorithms/centrality/tests/test_load_centrality.py::TestLoadCentrality::test_load_betweenness_difference
    @Test func testLoadBetweennessDifference() throws {
        let (g, c) = try load(NetworkXSuiteBetweennessTests.ladder, normalized: false)
        NX.expect(g, c, [0: 1.750, 1: 1.750, 2: 6.500, 3: 6.500, 4: 1.750, 5: 1.750], abs: 1e-3)
    }

    // test_c4_edge_load, test_p4_edge_load, test_k5_edge_load, test_tree_edge_load: edge load
    // centrality is not implemented here (not ported).
}
