import Foundation
import InfluenceCentrality
import InfluenceGraph
import Testing

/// A JSON value as the reference files hold them (parameters may be numbers, strings, null or dicts).
enum JSONValue: Decodable, Equatable, Sendable {
    case null, bool(Bool), number(Double), string(String), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let x = try? c.decode(Double.self) { self = .number(x) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

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

/// Every reference file, loaded once.
let referenceFiles: [ReferenceFile] = {
    guard let folder = Bundle.module.url(forResource: "Reference", withExtension: nil),
          let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
    return names.filter { $0.hasSuffix(".json") }.sorted().compactMap { name in
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else { return nil }
        do { return try JSONDecoder().decode(ReferenceFile.self, from: data) } catch {
            Issue.record("cannot decode Reference/\(name): \(error)")
            return nil
        }
    }
}()

/// (file, result) pairs for one measure, for parameterised tests.
func referenceCases(_ measures: String...) -> [(ReferenceFile, ReferenceResult)] {
    referenceFiles.flatMap { file in file.results.filter { measures.contains($0.measure) }.map { (file, $0) } }
}

/// Compares per-node values with the reference at a relative tolerance (absolute near zero),
/// reporting the worst node with expected and actual values, as swift-numerics' `assertClose`.
func expectClose(_ actual: [Double], _ reference: ReferenceResult, in file: ReferenceFile,
                 tolerance: Double = 1e-9, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let values = reference.values else {
        Issue.record("\(file.graph.name) \(reference.testDescription): the reference has no values", sourceLocation: sourceLocation)
        return
    }
    #expect(actual.count == file.graph.nodes.count, sourceLocation: sourceLocation)
    var worst: (node: String, expected: Double?, actual: Double, error: Double)?
    for (i, id) in file.graph.nodes.enumerated() where i < actual.count {
        let expected = values[id] ?? nil
        let error: Double
        if let expected {
            error = abs(actual[i] - expected) / max(1, abs(expected))
            if actual[i].isNaN { worst = (id, expected, actual[i], .infinity); break }
        } else {
            error = actual[i].isNaN ? 0 : .infinity   // NetworkX's NaN: we must give NaN too
        }
        if error > (worst?.error ?? 0) { worst = (id, expected, actual[i], error) }
    }
    if let path = ProcessInfo.processInfo.environment["INFLUENCE_REFERENCE_ERRORS"] {
        // For the closing note's "largest difference per measure" table.
        let line = "\(reference.measure)\t\(file.graph.name)\t\(worst?.error ?? 0)\n"
        if let handle = FileHandle(forWritingAtPath: path) {
            handle.seekToEndOfFile()
            handle.write(Data(line.utf8))
            try? handle.close()
        } else {
            _ = FileManager.default.createFile(atPath: path, contents: Data(line.utf8))
        }
    }
    if let worst, worst.error > tolerance {
        Issue.record("""
            \(file.graph.name) \(reference.testDescription): worst node '\(worst.node)' expected \
            \(worst.expected.map { "\($0)" } ?? "NaN") got \(worst.actual) (relative error \(worst.error) > \(tolerance))
            """, sourceLocation: sourceLocation)
    }
}

/// The largest relative error over all nodes, for the closing note's table.
func maxError(_ actual: [Double], _ reference: ReferenceResult, in file: ReferenceFile) -> Double {
    guard let values = reference.values else { return .infinity }
    var worst = 0.0
    for (i, id) in file.graph.nodes.enumerated() {
        guard let expected = values[id] ?? nil else { continue }
        worst = max(worst, abs(actual[i] - expected) / max(1, abs(expected)))
    }
    return worst
}

extension ReferenceFile: CustomTestStringConvertible {
    var testDescription: String { graph.name }
}
