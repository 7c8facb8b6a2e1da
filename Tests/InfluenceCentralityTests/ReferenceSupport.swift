import Foundation
import InfluenceCentrality
import InfluenceGraph
import Testing

/// A JSON value as the reference files hold them (parameters may be numbers, strings, null or dicts).
enum JSONValue: Decodable, Equatable, Sendable {
    case null, bool(Bool), number(Double), string(String), object([String: JSONValue]), array([JSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let x = try? c.decode(Double.self) { self = .number(x) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    var array: [JSONValue]? { if case .array(let a) = self { a } else { nil } }

    var double: Double? { if case .number(let x) = self { x } else { nil } }
    var int: Int? { double.map { Int($0) } }
    var string: String? { if case .string(let s) = self { s } else { nil } }
    var bool: Bool? { if case .bool(let b) = self { b } else { nil } }
    var isNull: Bool { self == .null }
    var object: [String: JSONValue]? { if case .object(let o) = self { o } else { nil } }
}

/// `[u, v, x]` rows of the reference files.
struct Triple: Decodable, Sendable {
    var u: String, v: String, x: Double
    init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        u = try c.decode(String.self)
        v = try c.decode(String.self)
        x = try c.decode(Double.self)
    }
}

struct ReferenceGraph: Decodable, Sendable {
    var name: String
    var directed: Bool
    var weighted: Bool
    var nodes: [String]
    var edges: [Triple]
}

struct ReferenceResult: Decodable, Sendable, CustomTestStringConvertible {
    var measure: String
    var params: [String: JSONValue]
    /// Per-node values; `nil` entries are NetworkX's NaN (for example constraint of an isolate).
    var values: [String: Double?]?
    var edge_values: [Triple]?
    var error: String?
    var message: String?
    /// HITS on a graph whose largest singular value is not simple: NetworkX's answer depends on
    /// ARPACK's random start vector.
    var unstable: Bool?

    var testDescription: String {
        measure + "(" + params.keys.sorted().map { "\($0)=\(params[$0]!)" }.joined(separator: ", ") + ")"
    }

    func param(_ name: String) -> JSONValue { params[name] ?? .null }
}

struct ReferenceFile: Decodable, Sendable {
    var networkx: String
    var graph: ReferenceGraph
    var results: [ReferenceResult]

    /// The graph as influence builds it: nodes in the file's order, the merged edges, weights
    /// only when the reference graph is weighted.
    func build() throws -> Graph {
        var b = GraphBuilder(directed: graph.directed)
        for id in graph.nodes { b.addNode(id) }
        for e in graph.edges { b.addEdge(e.u, e.v, weight: graph.weighted ? e.x : nil) }
        return try b.build()
    }
}

/// The folder of the reference files, as the sources name it.
let referenceFolder = "Tests/InfluenceCentralityTests/Reference"

/// At least this many reference files: the graphs `corpus()` in scripts/networkx_reference.py
/// writes (28 for NetworkX 3.6.1: karate ×2, les-miserables, florentine, davis, path5, star6,
/// complete6, empty, single, two-nodes-one-edge, disconnected ×2, selfloops-parallel ×2,
/// directed-sinks-sources ×2, random-directed-weighted-1…3, random-undirected-4, 5, signed ×2,
/// zero-weights ×2, iraq-2025 ×2).
/// A floor, not a count: a new graph needs no change here, a lost file fails.
let minimumReferenceFiles = 28

/// The measures the generator computes, each on every graph (an error result counts), except the
/// strengths: strength on weighted graphs, in- and out-strength on weighted directed ones.
let referenceMeasures = ["degree", "in-degree", "out-degree", "betweenness", "edge-betweenness", "edge-load", "closeness",
                         "harmonic", "eigenvector", "katz", "pagerank", "hubs", "authorities", "core", "load",
                         "clustering", "constraint", "effective-size"]
let weightedReferenceMeasures = ["strength"], weightedDirectedReferenceMeasures = ["in-strength", "out-strength"]

/// Every reference file, loaded once, and what went wrong loading them: ``ReferenceFolderTests``
/// reports the problems (a parameterised test whose arguments failed to load would otherwise run
/// no case and pass).
let referenceLoad: (files: [ReferenceFile], problems: [String]) = {
    guard let folder = Bundle.module.url(forResource: "Reference", withExtension: nil) else {
        return ([], ["\(referenceFolder)/ is not in the test bundle (Package.swift: resources: [.copy(\"Reference\")])"])
    }
    let names: [String]
    do {
        names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    } catch {
        return ([], ["\(referenceFolder)/ (\(folder.path)) cannot be listed: \(error)"])
    }
    var files: [ReferenceFile] = []
    var problems: [String] = []
    for name in names.filter({ $0.hasSuffix(".json") }).sorted() {
        do {
            let file = try JSONDecoder().decode(ReferenceFile.self, from: Data(contentsOf: folder.appendingPathComponent(name)))
            if name != file.graph.name + ".json" { problems.append("\(referenceFolder)/\(name) holds the graph '\(file.graph.name)'") }
            files.append(file)
        } catch {
            problems.append("cannot decode \(referenceFolder)/\(name): \(error)")
        }
    }
    return (files, problems)
}()

var referenceFiles: [ReferenceFile] { referenceLoad.files }

/// (file, result) pairs for one measure, for parameterised tests.
func referenceCases(_ measures: String...) -> [(ReferenceFile, ReferenceResult)] {
    referenceFiles.flatMap { file in file.results.filter { measures.contains($0.measure) }.map { (file, $0) } }
}

@Suite("NetworkX reference files")
struct ReferenceFolderTests {
    @Test("the reference folder holds every graph the generator writes, each with every measure")
    func complete() {
        for problem in referenceLoad.problems { Issue.record("\(problem)") }
        let files = referenceFiles
        #expect(files.count >= minimumReferenceFiles, """
            \(referenceFolder)/ holds \(files.count) readable reference files, fewer than the \(minimumReferenceFiles) \
            graphs scripts/networkx_reference.py writes: rerun it (the reference tests would pass with no cases)
            """)
        for file in files {
            let measures = Set(file.results.map(\.measure))
            var expected = referenceMeasures
            if file.graph.weighted { expected += weightedReferenceMeasures }
            if file.graph.weighted && file.graph.directed { expected += weightedDirectedReferenceMeasures }
            let missing = expected.filter { !measures.contains($0) }
            #expect(missing.isEmpty, "\(referenceFolder)/\(file.graph.name).json has no \(missing.joined(separator: ", ")) results")
        }
    }
}

/// The reference tolerance, relative and absolute apart: `actual` is close to `expected` when
/// |actual − expected| ≤ max(relative · max(|actual|, |expected|), absolute). The relative part
/// decides down to values of about absolute / relative; the absolute floor only lets values near
/// zero (0 against 1e-17 of rounding noise) agree.
struct ReferenceTolerance: Sendable, CustomStringConvertible {
    var relative: Double
    /// 1e-12 by default: far above the rounding noise around zero (HITS scores that should be 0
    /// come out of NetworkX and of us as ±1e-19 … ±8e-15) and far below any value the reference
    /// files compare that is not noise, so a relative tolerance of 1e-9 stays relative down to
    /// values of 1e-3.
    var absolute: Double = 1e-12

    /// How much of the tolerance the difference uses: at most 1 is close; NaN against a number
    /// is infinitely far.
    func excess(_ actual: Double, _ expected: Double) -> Double {
        if actual == expected { return 0 }
        if actual.isNaN || expected.isNaN { return .infinity }
        return abs(actual - expected) / max(relative * max(abs(actual), abs(expected)), absolute)
    }

    var description: String { "relative \(relative), absolute \(absolute)" }
}

/// Compares per-node values with the reference at a relative tolerance with an absolute floor
/// near zero (``ReferenceTolerance``), reporting the worst node with expected and actual values,
/// as swift-numerics' `assertClose`.
func expectClose(_ actual: [Double], _ reference: ReferenceResult, in file: ReferenceFile,
                 tolerance: Double = 1e-9, absoluteTolerance: Double = 1e-12,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    guard let values = reference.values else {
        Issue.record("\(file.graph.name) \(reference.testDescription): the reference has no values", sourceLocation: sourceLocation)
        return
    }
    #expect(actual.count == file.graph.nodes.count, sourceLocation: sourceLocation)
    let rule = ReferenceTolerance(relative: tolerance, absolute: absoluteTolerance)
    var worst: (node: String, expected: Double?, actual: Double, excess: Double)?
    for (i, id) in file.graph.nodes.enumerated() where i < actual.count {
        let expected = values[id] ?? nil
        let excess: Double
        if let expected {
            excess = rule.excess(actual[i], expected)
        } else {
            excess = actual[i].isNaN ? 0 : .infinity   // NetworkX's NaN: we must give NaN too
        }
        if excess > (worst?.excess ?? 0) { worst = (id, expected, actual[i], excess) }
    }
    if let path = ProcessInfo.processInfo.environment["INFLUENCE_REFERENCE_ERRORS"] {
        // For the closing note's "largest difference per measure" table: the worst node's
        // relative and absolute difference.
        var relative = 0.0, absolute = 0.0
        if let worst {
            if let e = worst.expected {
                absolute = abs(worst.actual - e)
                relative = absolute / max(abs(worst.actual), abs(e))
            } else {
                absolute = .infinity
                relative = .infinity
            }
        }
        let line = "\(reference.measure)\t\(file.graph.name)\t\(relative)\t\(absolute)\n"
        if let handle = FileHandle(forWritingAtPath: path) {
            handle.seekToEndOfFile()
            handle.write(Data(line.utf8))
            try? handle.close()
        } else {
            _ = FileManager.default.createFile(atPath: path, contents: Data(line.utf8))
        }
    }
    if let worst, worst.excess > 1 {
        let difference = worst.expected.map { abs(worst.actual - $0) } ?? .nan
        Issue.record("""
            \(file.graph.name) \(reference.testDescription): worst node '\(worst.node)' expected \
            \(worst.expected.map { "\($0)" } ?? "NaN") got \(worst.actual) (difference \(difference) > \
            max(\(tolerance) × max(|expected|, |actual|), \(absoluteTolerance)))
            """, sourceLocation: sourceLocation)
    }
}

extension ReferenceFile: CustomTestStringConvertible {
    var testDescription: String { graph.name }
}

// MARK: - Signed weights

extension ReferenceFile {
    /// The first edge with a negative weight in the file's edge order (node order, then target
    /// order: the arc influence's refusal names), if the graph is weighted and has one.
    var firstNegativeEdge: Triple? {
        graph.weighted ? graph.edges.first { $0.x < 0 } : nil
    }
}

extension ReferenceResult {
    /// The name influence's refusal gives the measure, if influence refuses this call on this
    /// graph where NetworkX computes a number or raises: a shortest-path measure reading negative
    /// lengths (betweenness, edge betweenness, closeness, harmonic, load), or PageRank reading a
    /// negative weight. Guides/Centrality.md has the table.
    func refusedForNegativeWeights(in file: ReferenceFile) -> String? {
        guard file.firstNegativeEdge != nil else { return nil }
        switch measure {
        case "betweenness", "load", "edge-betweenness":
            return param("weight").string == "weight" ? (measure == "edge-betweenness" ? "edge betweenness" : measure) : nil
        case "closeness", "harmonic":
            return param("distance").string == "weight" ? measure : nil
        case "pagerank":
            return param("weight").string == "weight" ? measure : nil
        default:
            return nil
        }
    }
}

/// When influence refuses the call for a negative weight (see
/// ``ReferenceResult/refusedForNegativeWeights(in:)``), expects `body` to throw
/// ``CentralityError/invalidWeight(measure:from:to:weight:)`` naming the file's first negative
/// edge, and returns `true`; otherwise runs nothing and returns `false`.
func expectNegativeWeightRefusal(_ file: ReferenceFile, _ result: ReferenceResult,
                                 sourceLocation: SourceLocation = #_sourceLocation,
                                 _ body: () throws -> Void) -> Bool {
    guard let measure = result.refusedForNegativeWeights(in: file), let edge = file.firstNegativeEdge else { return false }
    #expect(throws: CentralityError.invalidWeight(measure: measure, from: edge.u, to: edge.v, weight: edge.x),
            "\(file.graph.name) \(result.testDescription): NetworkX gives \(result.error ?? "values"); influence refuses the negative weight",
            sourceLocation: sourceLocation) { try body() }
    return true
}
