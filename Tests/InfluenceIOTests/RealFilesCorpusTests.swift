import Foundation
import InfluenceCentrality
import InfluenceGraph
import InfluenceIO
import Testing

/// Every file of `../shared/corpus/real-files/` (graph files written by Gephi, yEd, Cytoscape,
/// igraph, graph-tool, Pajek, UCINET, NetworkX, Graphviz and D3) read against
/// `Tests/Corpus/real-files-expected.json`, which `scripts/corpus_expectations.py` writes from
/// NetworkX, igraph, Graphviz's libcgraph or a reader written from the format's specification
/// (the script's docstring says which per format, and each entry names its reader).
@Suite("Real files from other programs")
struct RealFilesCorpusTests {
    /// One file's expectation.
    struct Entry: Sendable, CustomTestStringConvertible {
        let file: String
        let reader: String
        let directed: Bool
        let nodes: Int
        let edges: Int
        let nodeDigest: String
        let edgeDigest: String
        let weightSum: Double
        let labels: [[String]]
        let pagerank: [(id: String, value: Double)]

        var testDescription: String { file }
    }

    static let corpusRoot = interchangeRoot + "/../shared/corpus/real-files"
    static let expectationsPath = interchangeRoot + "/Tests/Corpus/real-files-expected.json"

    static let entries: [Entry] = {
        guard let data = FileManager.default.contents(atPath: expectationsPath),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: [String: Any]] else { return [] }
        return root.keys.sorted().map { file in
            let e = root[file]!
            let top = (e["pagerank"] as? [[Any]] ?? []).map { (id: $0[0] as! String, value: ($0[1] as! NSNumber).doubleValue) }
            return Entry(file: file, reader: e["reader"] as! String, directed: e["directed"] as! Bool,
                         nodes: e["nodes"] as! Int, edges: e["edges"] as! Int,
                         nodeDigest: e["nodeDigest"] as! String, edgeDigest: e["edgeDigest"] as! String,
                         weightSum: (e["weightSum"] as! NSNumber).doubleValue,
                         labels: e["labels"] as? [[String]] ?? [], pagerank: top)
        }
    }()

    /// FNV-1a 64 over lines each followed by a newline, as the generator computes it.
    static func digest(_ lines: [String]) -> String {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for line in lines {
            for byte in line.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01B3 }
            h = (h ^ 0x0A) &* 0x100_0000_01B3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func utf8Order(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    @Test("every corpus file has an expectation, and the expectations load")
    func everyFileIsCovered() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: Self.corpusRoot)
            .filter { $0.contains("/") && !$0.hasSuffix("SOURCES.md") }
            .sorted()
        #expect(files.count >= 83)
        #expect(Self.entries.map(\.file) == files, "rerun scripts/corpus_expectations.py")
    }

    @Test("read as the writer meant", arguments: entries)
    func readsAsWritten(_ entry: Entry) throws {
        let path = Self.corpusRoot + "/" + entry.file
        let network: Network
        do {
            network = try NetworkReader.readWithWarnings(path: path).network
        } catch {
            Issue.record("\(entry.file) is refused (expected as \(entry.reader) reads it): \(error)")
            return
        }
        #expect(network.directed == entry.directed, "direction (\(entry.reader))")
        #expect(network.nodes.count == entry.nodes, "nodes (\(entry.reader))")
        #expect(network.edges.count == entry.edges, "edges (\(entry.reader))")
        let ids = network.nodes.map(\.id).sorted(by: Self.utf8Order)
        #expect(Self.digest(ids) == entry.nodeDigest, "node ids differ from \(entry.reader)'s")
        let lines = network.edges.map { e -> String in
            let (u, v) = !network.directed && Self.utf8Order(e.to, e.from) ? (e.to, e.from) : (e.from, e.to)
            return u + "\t" + v
        }.sorted(by: Self.utf8Order)
        #expect(Self.digest(lines) == entry.edgeDigest, "edge ends differ from \(entry.reader)'s")
        let weightSum = network.edges.reduce(0.0) { $0 + ($1.weight ?? 1) }
        #expect(abs(weightSum - entry.weightSum) <= 1e-9 * max(1, abs(entry.weightSum)), "weights: \(weightSum) vs \(entry.weightSum)")
        let byID = Dictionary(network.nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for pair in entry.labels {
            let node = byID[pair[0]]
            let label = node?.label ?? node?.attributes["label"]?.values.first?.value.description
            #expect(label == pair[1], "label of \(pair[0])")
        }
        guard !entry.pagerank.isEmpty else { return }
        var options = MeasureOptions()
        options.tolerance = 1e-12
        options.maxIterations = 1000
        let scores = try Measure.pagerank.scores(on: Graph(network: network), options: options)
        for (id, value) in entry.pagerank {
            let ours = try #require(scores[id], "no PageRank for \(id)")
            #expect(abs(ours - value) <= 1e-9, "PageRank of \(id): \(ours) vs NetworkX's \(value)")
        }
    }
}
