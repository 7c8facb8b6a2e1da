import Foundation
import InfluenceGraph
import InfluenceIO
import Testing

/// Every GEXF file of the real-file corpus (Gephi 0.7–0.10, Gephi Lite, NetworkX 2.8 and 3.2, the
/// GEXF primer) reads with the nodes, edges and attributes NetworkX's read_gexf gives.
/// NetworkX's view is committed: Interop/real-gexf/views.json, written by
/// scripts/gexf_corpus_views.py (see there for the digests and why some files have their
/// namespace rewritten before NetworkX can read them).
@Suite("GEXF files from Gephi and NetworkX read as NetworkX reads them (real-file corpus)")
struct GEXFCorpusTests {
    static let root = #filePath.components(separatedBy: "/Tests/")[0]
    static let corpus = root + "/../shared/corpus/real-files/gexf/"
    static let viewsPath = root + "/Tests/InfluenceIOTests/Interop/real-gexf/views.json"

    static let files = [
        "gephi-test-data.gexf", "gephi-test-dynamicweight.gexf", "gephi-toolkit-timeframe1.gexf", "gephi07-java.gexf",
        "gephi07-lesmis-1.1draft.gexf", "gephi081-lesmis.gexf", "gephi09-divided-they-blog.gexf", "gephi093-usairports.gexf",
        "gephilite.gexf", "networkx286-marvel.gexf", "networkx321-spotify.gexf", "primer-1.2draft.gexf",
    ]

    /// Where we read more than NetworkX, following Gephi's importer: left out of the comparison
    /// and checked on their own in GEXFTests.
    static let oursOnly: [String: (node: Set<String>, edge: Set<String>)] = [
        // Gephi applies an attribute's <default>; read_gexf keeps it in G.graph["node_default"] only.
        "gephi-test-data.gexf": (["valid"], []),
        // <attvalue> straight inside <node> (no <attvalues>): Gephi reads it, read_gexf does not.
        "gephi-toolkit-timeframe1.gexf": (["Price"], []),
        // All values of the dynamic weight over numeric time; read_gexf keeps only the last.
        "gephi-test-dynamicweight.gexf": ([], ["Weight.series"]),
    ]

    struct View {
        var directed: Bool
        var nodes: Int
        var edges: Int
        var nodeDigest: String
        var edgeDigest: String
        var nodeSample: [String]
        var edgeSample: [String]
    }

    static func views() throws -> [String: View] {
        let data = try Data(contentsOf: URL(fileURLWithPath: viewsPath))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]])
        var result: [String: View] = [:]
        for (file, v) in object {
            result[file] = View(directed: try #require(v["directed"] as? Bool), nodes: try #require(v["nodes"] as? Int),
                                edges: try #require(v["edges"] as? Int), nodeDigest: try #require(v["nodeDigest"] as? String),
                                edgeDigest: try #require(v["edgeDigest"] as? String), nodeSample: try #require(v["nodeSample"] as? [String]),
                                edgeSample: try #require(v["edgeSample"] as? [String]))
        }
        return result
    }

    /// The generator's canonical value: a string as is, a number as its shortest form with a
    /// fraction, a bool as true/false.
    static func canonical(_ a: Attribute) -> String {
        guard let v = a.values.first?.value, a.values.count == 1 else { return "\(a)" }
        switch v {
        case .string(let s): return s
        case .number(let x): return "\(x)"
        case .bool(let b): return b ? "true" : "false"
        case .date(let d): return d.description
        }
    }

    static func before(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    static func fields(_ attributes: Attributes, leaving out: Set<String>) -> [String] {
        attributes.keys.filter { !out.contains($0) }.sorted(by: before).map { "\($0)=\(canonical(attributes[$0]!))" }
    }

    /// FNV-1a 64 over the lines joined by "\n", as the generator computes it.
    static func digest(_ lines: [String]) -> String {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in lines.joined(separator: "\n").utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    @Test("views.json covers exactly the GEXF files of the corpus")
    func coversTheCorpus() throws {
        let listed = try FileManager.default.contentsOfDirectory(atPath: Self.corpus).filter { $0.hasSuffix(".gexf") }
        #expect(Set(listed) == Set(Self.files))
        #expect(Set(try Self.views().keys) == Set(Self.files))
    }

    @Test("nodes, labels, attributes, edges, weights and ids are NetworkX's", arguments: files)
    func sameAsNetworkX(file: String) throws {
        let view = try #require(try Self.views()[file])
        let (net, _) = try NetworkReader.readWithWarnings(path: Self.corpus + file)
        #expect(net.directed == view.directed)
        #expect(net.nodes.count == view.nodes)
        #expect(net.edges.count == view.edges)
        let skip = Self.oursOnly[file] ?? ([], [])
        let nodes = net.nodes.map { n in
            ([n.id, n.label ?? ""] + Self.fields(n.attributes, leaving: skip.node)).joined(separator: "\t")
        }.sorted(by: Self.before)
        let edges = net.edges.map { e in
            var (u, v) = (e.from, e.to)
            if !net.directed, Self.before(v, u) { swap(&u, &v) }
            var parts = [u, v, "\(e.weight ?? 1.0)"]
            if let id = e.id { parts.append("id=\(id)") }
            return (parts + Self.fields(e.attributes, leaving: skip.edge.union(["id", "weight"]))).joined(separator: "\t")
        }.sorted(by: Self.before)
        #expect(Self.digest(nodes) == view.nodeDigest, "\(file) nodes: ours begin \(nodes.prefix(5)), NetworkX's \(view.nodeSample)")
        #expect(Self.digest(edges) == view.edgeDigest, "\(file) edges: ours begin \(edges.prefix(5)), NetworkX's \(view.edgeSample)")
    }
}
