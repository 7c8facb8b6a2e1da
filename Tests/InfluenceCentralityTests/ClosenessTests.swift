import InfluenceCentrality
import InfluenceGraph
import Testing

@Suite("Closeness and harmonic centrality against NetworkX")
struct ClosenessTests {
    @Test("closeness", arguments: referenceCases("closeness"))
    func closeness(file: ReferenceFile, result: ReferenceResult) throws {
        let graph = try file.build()
        let options = ClosenessOptions(weighted: result.param("distance").string == "weight",
                                       wfImproved: result.param("wf_improved").bool ?? true)
        if expectNegativeWeightRefusal(file, result, { _ = try closenessCentrality(graph, options: options) }) { return }
        expectClose(try closenessCentrality(graph, options: options), result, in: file)
    }

    @Test("harmonic", arguments: referenceCases("harmonic"))
    func harmonic(file: ReferenceFile, result: ReferenceResult) throws {
        let graph = try file.build()
        let sources = try result.param("sources").array.map { ids in
            try ids.map { try #require($0.string.flatMap(graph.index(of:)), "unknown source \($0)") }
        }
        let options = HarmonicOptions(weighted: result.param("distance").string == "weight", sources: sources)
        if expectNegativeWeightRefusal(file, result, { _ = try harmonicCentrality(graph, options: options) }) { return }
        // The sums run in another order than NetworkX's (set iteration): rounding only.
        expectClose(try harmonicCentrality(graph, options: options), result, in: file, tolerance: 1e-12)
        if sources != nil {
            // The measure's options and the per-node form agree with the direct call.
            var o = MeasureOptions()
            o.weighted = options.weighted
            o.sources = sources
            #expect(try Measure.harmonic.compute(on: graph, options: o) == harmonicCentrality(graph, options: options))
            let nodes = Array(graph.ids.indices.reversed())
            #expect(try Measure.harmonic.compute(on: graph, nodes: nodes, options: o)
                    == nodes.map { try! harmonicCentrality(graph, options: options)[$0] })
        }
    }

    @Test("test_harmonic_centrality.py TestClosenessCentrality.test_p3_harmonic_subset, test_p4_harmonic_subset, test_cycle_c4_directed")
    func harmonicSourcesNetworkXTests() throws {
        let p3 = try brandesPath(3), p4 = try brandesPath(4)
        for (x, e) in zip(try harmonicCentrality(p3, options: HarmonicOptions(sources: [0, 1])), [1, 1, 1.5]) { #expect(abs(x - e) <= 1e-3) }
        for (x, e) in zip(try harmonicCentrality(p4, nodes: [2, 3], options: HarmonicOptions(sources: [0, 1])), [1.5, 0.8333333]) {
            #expect(abs(x - e) <= 1e-3)
        }
        var c4 = GraphBuilder(directed: true)
        for i in 0 ..< 4 { c4.addEdge("\(i)", "\((i + 1) % 4)") }
        let cycle = try c4.build()
        for (x, e) in zip(try harmonicCentrality(cycle, nodes: [0, 1], options: HarmonicOptions(sources: [1, 2])), [0.833, 0.333]) {
            #expect(abs(x - e) <= 1e-3)
        }
    }

    @Test("harmonic sources: an index out of range is refused")
    func harmonicBadSource() throws {
        let g = try brandesPath(3)
        #expect(throws: CentralityError.invalidOption(measure: "harmonic", option: "sources",
                                                      reason: "node index 3 is out of range (the graph has 3 nodes)")) {
            try harmonicCentrality(g, options: HarmonicOptions(sources: [0, 3]))
        }
        // Only paths from node 0 count: 1/1 at node 1, 1/2 at node 2, nothing at 0.
        #expect(try harmonicCentrality(g, options: HarmonicOptions(sources: [0, 0])) == [0, 1, 0.5])
    }

    @Test("directed closeness uses incoming distances")
    func incoming() throws {
        var b = GraphBuilder(directed: true)
        b.addEdge("a", "b")
        b.addEdge("b", "c")
        let g = try b.build()
        // c is reached by b (1) and a (2): (2/3)·(2/2) = 2/3; a is reached by no one.
        #expect(try closenessCentrality(g) == [0, 0.5, 2.0 / 3.0])
        #expect(try harmonicCentrality(g) == [0, 1, 1.5])
    }

    @Test("closeness and harmonic of chosen nodes equal the whole measure at those nodes",
          arguments: referenceCases("closeness").prefix(6))
    func chosenNodes(file: ReferenceFile, result: ReferenceResult) throws {
        let graph = try file.build()
        let n = graph.nodeCount
        let nodes = [n - 1, 0, n / 2, 0]   // any order, repeats allowed
        for weighted in [false, true] {
            let c = ClosenessOptions(weighted: weighted), h = HarmonicOptions(weighted: weighted)
            let allC = try closenessCentrality(graph, options: c), allH = try harmonicCentrality(graph, options: h)
            #expect(try closenessCentrality(graph, nodes: nodes, options: c) == nodes.map { allC[$0] })
            #expect(try harmonicCentrality(graph, nodes: nodes, options: h) == nodes.map { allH[$0] })
        }
        #expect(try Measure.pagerank.compute(on: graph, nodes: [n - 1]) == [try Measure.pagerank.compute(on: graph)[n - 1]])
        #expect(throws: CentralityError.invalidOption(measure: "closeness", option: "nodes",
                                                      reason: "node index \(n) is out of range (the graph has \(n) nodes)")) {
            try closenessCentrality(graph, nodes: [n])
        }
    }

    @Test("a bad weight is refused when weights are used")
    func badWeight() throws {
        var b = GraphBuilder(directed: false)
        b.addEdge("a", "b", weight: -1)
        let g = try b.build()
        #expect(throws: CentralityError.invalidWeight(measure: "closeness", from: "a", to: "b", weight: -1)) {
            try closenessCentrality(g, options: ClosenessOptions(weighted: true))
        }
        #expect(try closenessCentrality(g) == [1, 1])
    }
}

@Suite("Progress reporting")
struct ProgressTests {
    @Test("measures over sources count every source once into the bound WorkProgress; results unchanged")
    func countsSources() throws {
        var b = GraphBuilder(directed: false)
        for i in 0 ..< 200 { b.addEdge("\(i)", "\((i * 7 + 3) % 200)"); b.addEdge("\(i)", "\((i + 1) % 200)") }
        let g = try b.build()
        func measured<R>(_ body: () throws -> R) rethrows -> (R, WorkProgress) {
            let p = WorkProgress(label: "test")
            let r = try WorkProgress.$current.withValue(p) { try body() }
            return (r, p)
        }
        let (bc, p1) = try measured { try betweennessCentrality(g) }
        #expect(p1.total == 200 && p1.completed == 200)
        #expect(bc == (try betweennessCentrality(g)))
        let (_, p2) = try measured { try betweennessCentrality(g, options: .init(samples: 17, seed: 2)) }
        #expect(p2.total == 17 && p2.completed == 17)
        let (_, p3) = try measured { try closenessCentrality(g, nodes: [5, 9, 11]) }
        #expect(p3.total == 3 && p3.completed == 3)
        let (_, p4) = try measured { try edgeBetweennessCentrality(g) }
        #expect(p4.total == 200 && p4.completed == 200)
        let (_, p5) = try measured { try loadCentrality(g) }
        #expect(p5.total == 200 && p5.completed == 200)
        #expect(WorkProgress.current == nil)
    }
}
