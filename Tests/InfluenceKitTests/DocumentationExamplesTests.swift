import Foundation
import InfluenceKit
import Testing

// Every Swift example shown in a doc comment or a DocC article, compiled here with the graphs it
// names, and its shown results checked. `examplesAreCompiled` fails when an example in the
// documentation has a line this file does not hold, so an edited example cannot drift.

let repositoryRoot = #filePath.components(separatedBy: "/Tests/")[0]

/// path a — b — c (undirected).
func makePath() throws -> Graph {
    var b = GraphBuilder(directed: false)
    b.addEdge("a", "b")
    b.addEdge("b", "c")
    return try b.build()
}

/// star: centre 0 tied to 1, 2, 3.
func makeStar() throws -> Graph {
    var b = GraphBuilder(directed: false)
    for leaf in ["1", "2", "3"] { b.addEdge("0", leaf) }
    return try b.build()
}

func digraph(_ arcs: [(String, String)], nodes: [String]) throws -> Graph {
    var b = GraphBuilder(directed: true)
    for id in nodes { _ = b.addNode(id) }
    for (u, v) in arcs { b.addEdge(u, v) }
    return try b.build()
}

func close(_ a: [Double], _ b: [Double], _ tolerance: Double = 1e-4) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance }
}

func iraq() throws -> Network { try NetworkReader.read(path: repositoryRoot + "/graphs/iraq-2025.yaml") }

@Suite("Documentation examples compile and give what they show")
struct DocumentationExamplesTests {
    @Test("centrality kernels on the small graphs of their doc comments")
    func kernels() throws {
        let path = try makePath()
        #expect(close(try closenessCentrality(path), [2.0 / 3, 1, 2.0 / 3]))
        #expect(close(try eigenvectorCentrality(path), [0.5, 0.7071, 0.5]))
        #expect(close(try katzCentrality(path), [0.5598, 0.6107, 0.5598]))
        #expect(try betweennessCentrality(path) == [0.0, 1.0, 0.0])
        #expect(try betweennessCentrality(path, options: .init(normalized: false)) == [0.0, 1.0, 0.0])
        #expect(try betweennessCentrality(path, options: .init(normalized: false, endpoints: true)) == [2.0, 3.0, 2.0])
        #expect(close(try edgeBetweennessCentrality(path).values, [0.6667, 0.6667]))
        #expect(try edgeBetweennessCentrality(path, options: .init(normalized: false)).values == [2.0, 2.0])
        let star = try makeStar()
        #expect(try loadCentrality(star) == [1.0, 0.0, 0.0, 0.0])
        #expect(try loadCentrality(star, options: .init(normalized: false)) == [6.0, 0.0, 0.0, 0.0])
        do {  // path 0 — 1 — 2 — 3 — 4 (EdgeLoad.swift)
            var b = GraphBuilder(directed: false)
            for i in 0 ..< 4 { b.addEdge("\(i)", "\(i + 1)") }
            let path = try b.build()
            #expect(try edgeLoadCentrality(path).values == [8, 8, 12, 12, 12, 12, 8, 8])
        }
    }

    @Test("HITS: a → c, b → c, b → d")
    func hitsExample() throws {
        let g = try digraph([("a", "c"), ("b", "c"), ("b", "d")], nodes: ["a", "b", "c", "d"])
        let (hubs, authorities) = try hits(g)
        #expect(close(hubs, [0.3819, 0.6180, 0, 0]) && close(authorities, [0, 0, 0.6180, 0.3819]))
    }

    @Test("PageRank: a → b, b → c, c → a, c → b")
    func pagerankExample() throws {
        let g = try digraph([("a", "b"), ("b", "c"), ("c", "a"), ("c", "b")], nodes: ["a", "b", "c"])
        #expect(close(try pagerank(g), [0.2148, 0.3974, 0.3877]))
    }

    @Test("Measure, NodeScores, WorkProgress, GraphBuilder, Network")
    func model() throws {
        let graph = try Graph(network: iraq(), view: .ranking())
        let scores = try Measure(rawValue: "pagerank")!.compute(on: graph)
        #expect(scores.count == graph.nodeCount)
        do {
            let scores = try Measure.pagerank.scores(on: graph)   // NodeScores named "pagerank"
            #expect(scores["kh"] != nil)
            for i in scores.top(3) { print(scores.ids[i], scores.values[i]) }
        }
        let progress = WorkProgress(label: "betweenness")
        let values = try WorkProgress.$current.withValue(progress) {
            try betweennessCentrality(graph)
        }
        #expect(values.count == graph.nodeCount && progress.completed == progress.total)
        var b = GraphBuilder(directed: true)
        b.addEdge("iran", "kh")
        b.addEdge("iran", "badr", weight: 2)
        let g = try b.build()     // 3 nodes, 2 arcs
        #expect(g.nodeCount == 3 && g.edgeCount == 2)
        var net = Network(title: "Example")
        net.nodes = [Node(id: "iran", kind: "state"), Node(id: "kh", kind: "militia")]
        net.edges = [Edge(from: "iran", to: "kh", relation: "backs")]
        try net.validate()
    }

    @Test("the module overviews' examples")
    func overviews() throws {
        let network = try iraq()
        do {  // InfluenceGraph
            let graph = try Graph(network: network, view: .ranking())
            let scores = graph.scores("in-degree", (0 ..< graph.nodeCount).map { Double(graph.inDegree(of: $0)) })
            let best = scores.top(3).map { scores.ids[$0] }
            #expect(best.count == 3)
        }
        // The examples read graphs/… relative to the package folder, where `swift test` runs, and
        // write to /tmp (no change of the process's directory: other tests spawn processes meanwhile).
        #expect(FileManager.default.fileExists(atPath: "graphs/iraq-2025.yaml"),
                "run the tests from the package folder: the examples read graphs/iraq-2025.yaml")
        do {  // InfluenceIO
            let (network, warnings) = try NetworkReader.readWithWarnings(path: "graphs/iraq-2025.yaml")
            let (bytes, lost) = try NetworkWriter.encode(network, format: .graphml)
            try NetworkWriter.write(bytes, toPath: "/tmp/iraq.graphml")
            #expect(warnings.isEmpty && FileManager.default.fileExists(atPath: "/tmp/iraq.graphml"))
            #expect(lost.allSatisfy { !$0.isEmpty })
        }
        do {  // InfluenceCentrality
            let graph = try Graph(network: network, view: .ranking())
            let pagerank = try Measure.pagerank.scores(on: graph)
            print(pagerank.top(5).map { "\(pagerank.ids[$0]) \(pagerank.values[$0])" })
            // InfluenceReports, and RankingReport's own example
            let report = RankingReport(ids: graph.ids, columns: [try Measure.pagerank.scores(on: graph)])
            print(report.csv(top: 10))
            do {
                let pagerank = try Measure.pagerank.scores(on: graph)
                let report = RankingReport(ids: graph.ids, columns: [pagerank])
                print(report.table(top: 10))
            }
        }
        do {  // InfluenceDiff
            let diff = try NetworkDiff(before: network.snapshot(at: InfluenceDate("2025-10-31")!),
                                       after: network.snapshot(at: InfluenceDate("2025-12-12")!))
            let shifts = try diff.centralityShifts(.pagerank, top: 5)
            #expect(!diff.isEmpty && shifts.measure == "pagerank")
        }
        do {  // InfluenceRender, Diagram.render's example, InfluenceKit's example
            var options = DiagramOptions()
            options.scores = try Measure.pagerank.scores(on: Graph(network: network, view: .ranking()))
            try Diagram.render(network, toPath: "/tmp/iraq.svg", options: options)
            let svg = try Diagram.render(network, format: .svg, options: options).bytes
            #expect(try Data(contentsOf: URL(fileURLWithPath: "/tmp/iraq.svg")) == Data(svg))
        }
        do {
            let network = try NetworkReader.read(path: "graphs/iraq-2025.yaml")
            #expect(network.nodes.count == 30)
        }
    }

    @Test("every line of every Swift example in the documentation is in this file")
    func examplesAreCompiled() throws {
        let mine = Set(try String(contentsOfFile: #filePath, encoding: .utf8).split(separator: "\n").map { normalized(String($0)) })
        var missing: [String] = []
        for (file, lines) in try documentationExamples() {
            for line in lines where !normalized(line).isEmpty && !mine.contains(where: { $0.contains(normalized(line)) }) {
                missing.append("\(file): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(missing.isEmpty, "examples not compiled by this test:\n\(missing.joined(separator: "\n"))")
    }
}

/// A code line without its trailing `// …` comment and with runs of blanks made one.
func normalized(_ line: String) -> String {
    var code = line
    if let comment = code.range(of: "//") { code = String(code[..<comment.lowerBound]) }
    return code.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

/// The Swift examples of the library sources' doc comments (```swift fences, and indented blocks
/// after a blank doc line that read as Swift) and of the DocC articles (```swift fences).
func documentationExamples() throws -> [(String, [String])] {
    var result: [(String, [String])] = []
    let sources = repositoryRoot + "/Sources"
    guard let walker = FileManager.default.enumerator(atPath: sources) else { return [] }
    for case let relative as String in walker where relative.hasSuffix(".swift") || relative.hasSuffix(".md") {
        if relative.hasPrefix("InfluenceCLI/") || relative.hasPrefix("influence/") { continue }
        let text = try String(contentsOfFile: sources + "/" + relative, encoding: .utf8)
        let isArticle = relative.hasSuffix(".md")
        var block: [String] = []
        var inFence = false, inIndented = false, previousBlank = true
        func flush() {
            if !block.isEmpty, block.contains(where: { $0.contains("let ") || $0.contains("try ") || $0.contains("var ") || $0.contains("print(") }) {
                result.append(("Sources/" + relative, block))
            }
            block = []
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            var line = raw
            if !isArticle {
                let trimmed = raw.drop { $0 == " " }
                guard trimmed.hasPrefix("///") else { flush(); inFence = false; inIndented = false; previousBlank = true; continue }
                line = String(trimmed.dropFirst(3))
                if line.hasPrefix(" ") { line.removeFirst() }
            }
            if inFence {
                if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") { inFence = false; flush() } else { block.append(line) }
                continue
            }
            if line.trimmingCharacters(in: .whitespaces) == "```swift" { inFence = true; continue }
            if !isArticle && line.hasPrefix("    ") && (inIndented || previousBlank) {
                inIndented = true
                block.append(line)
                continue
            }
            if inIndented && !line.trimmingCharacters(in: .whitespaces).isEmpty { inIndented = false; flush() }
            previousBlank = line.trimmingCharacters(in: .whitespaces).isEmpty
        }
        flush()
    }
    return result
}
