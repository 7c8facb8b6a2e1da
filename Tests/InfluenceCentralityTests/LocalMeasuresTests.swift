import InfluenceCentrality
import InfluenceGraph
import Testing

/// Degree, strength, core number, clustering and Burt's structural holes against NetworkX.
@Suite("Local measures against NetworkX")
struct LocalMeasuresTests {
    func weighted(_ result: ReferenceResult) -> Bool { result.param("weight").string == "weight" }

    /// Runs `body` and checks it against the reference: values within tolerance, or the
    /// reference's error thrown.
    func check(_ file: ReferenceFile, _ result: ReferenceResult, tolerance: Double = 1e-9,
               _ body: (Graph) throws -> [Double], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let graph = try file.build()
        if let error = result.error {
            #expect(throws: (any Error).self, "\(file.graph.name) \(result.testDescription) should raise \(error)",
                    sourceLocation: sourceLocation) { try body(graph) }
            return
        }
        expectClose(try body(graph), result, in: file, tolerance: tolerance, sourceLocation: sourceLocation)
    }

    @Test("degree, in-degree, out-degree", arguments: referenceCases("degree", "in-degree", "out-degree"))
    func degree(file: ReferenceFile, result: ReferenceResult) throws {
        let direction: DegreeDirection = result.measure == "in-degree" ? .in : result.measure == "out-degree" ? .out : .all
        try check(file, result) { try degreeCentrality($0, direction: direction) }
    }

    @Test("strength, in-strength, out-strength", arguments: referenceCases("strength", "in-strength", "out-strength"))
    func strengths(file: ReferenceFile, result: ReferenceResult) throws {
        let direction: DegreeDirection = result.measure == "in-strength" ? .in : result.measure == "out-strength" ? .out : .all
        try check(file, result) { try strength($0, direction: direction) }
    }

    @Test("core number", arguments: referenceCases("core"))
    func core(file: ReferenceFile, result: ReferenceResult) throws {
        try check(file, result) { try coreNumber($0) }
        if result.error != nil {
            #expect(throws: CentralityError.selfLoops(measure: "core")) { try coreNumber(try file.build()) }
        }
    }

    @Test("clustering", arguments: referenceCases("clustering"))
    func clusteringCoefficient(file: ReferenceFile, result: ReferenceResult) throws {
        try check(file, result) { clustering($0, options: ClusteringOptions(weighted: weighted(result))) }
    }

    @Test("constraint", arguments: referenceCases("constraint"))
    func burtConstraint(file: ReferenceFile, result: ReferenceResult) throws {
        if result.error != nil { return }  // NetworkX fails on the null graph; ours returns no values
        try check(file, result) { constraint($0, options: StructuralHolesOptions(weighted: weighted(result))) }
    }

    @Test("effective size", arguments: referenceCases("effective-size"))
    func burtEffectiveSize(file: ReferenceFile, result: ReferenceResult) throws {
        if result.error != nil { return }
        // A node whose signed mutual weights cancel (+1 and -1) has no proportions: influence
        // gives NaN there; NetworkX's sparse path computes on with ±∞ and may return a number.
        var expected = result
        if weighted(result) {
            var sum: [String: Double] = [:], nonZero: Set<String> = []
            for e in file.graph.edges {
                sum[e.u, default: 0] += e.x
                if e.u != e.v { sum[e.v, default: 0] += e.x }
                if e.x != 0 { nonZero.formUnion([e.u, e.v]) }
            }
            for id in nonZero where sum[id] == 0 { expected.values?[id] = .some(nil) }
        }
        try check(file, expected) { effectiveSize($0, options: StructuralHolesOptions(weighted: weighted(result))) }
    }

    @Test("degree on a star; in/out refused on undirected graphs")
    func degreeBasics() throws {
        var b = GraphBuilder(directed: false)
        for leaf in 1 ... 3 { b.addEdge("hub", "leaf\(leaf)") }
        let star = try b.build()
        #expect(try degreeCentrality(star) == [1, 1.0 / 3, 1.0 / 3, 1.0 / 3])
        #expect(throws: CentralityError.notImplemented(measure: "in-degree", reason: "undirected graphs")) {
            try degreeCentrality(star, direction: .in)
        }
        #expect(try coreNumber(star) == [1, 1, 1, 1])
    }
}
