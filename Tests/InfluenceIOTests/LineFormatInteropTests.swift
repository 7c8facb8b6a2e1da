import Foundation
import InfluenceGraph
import InfluenceIO
import Testing

/// We read NetworkX's edge lists (with data dicts) and adjacency lists as NetworkX reads them:
/// the files and NetworkX's reading of each come from scripts/networkx_lineformats.py
/// (committed), so these tests need no Python.
@Suite("NetworkX edge and adjacency lists (committed fixtures)")
struct LineFormatInteropTests {
    static let folder = #filePath.components(separatedBy: "/Tests/")[0] + "/Tests/InfluenceIOTests/Interop/lineformats"

    struct View {
        var directed: Bool
        var nodes: [String]
        var edges: [(from: String, to: String, data: [String: Any])]

        init(_ path: String) throws {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
            directed = try #require(object["directed"] as? Bool)
            nodes = try #require(object["nodes"] as? [String])
            edges = try #require(object["edges"] as? [[Any]]).map { ($0[0] as! String, $0[1] as! String, $0[2] as! [String: Any]) }
        }
    }

    static func same(_ ours: AttributeValue?, _ theirs: Any) -> Bool {
        guard let ours else { return false }
        switch ours {
        case .string(let s): return (theirs as? String) == s
        case .bool(let b): return (theirs as? NSNumber)?.doubleValue == (b ? 1 : 0)
        case .number(let x): return (theirs as? NSNumber)?.doubleValue == x
        case .date(let d): return (theirs as? String) == d.description
        }
    }

    /// (file, view, --directed)
    static let cases: [(String, String, Bool)] = [
        ("karate.edgelist", "karate.edgelist", false),
        ("karate.adjlist", "karate.adjlist", false),
        ("karate.multiline.adjlist", "karate.multiline.adjlist", false),
        ("typed.edgelist", "typed.edgelist", false),
        ("typed.adjlist", "typed.adjlist", false),
        ("typed.adjlist", "typed.adjlist.directed", true),
        ("typed.multiline.adjlist", "typed.multiline.adjlist", false),
        ("typed.multiline.adjlist", "typed.multiline.adjlist.directed", true),
    ]

    @Test("we read each file as NetworkX does: nodes, edges, direction, weights, relations, attributes",
          arguments: cases.indices)
    func readsAsNetworkX(index: Int) throws {
        let (file, viewName, directed) = Self.cases[index]
        let path = Self.folder + "/" + file
        let (net, warnings) = try NetworkReader.readWithWarnings(path: path, options: ReadOptions(directed: directed))
        let view = try View(Self.folder + "/" + viewName + ".view.json")
        #expect(net.directed == view.directed, "\(file)")
        #expect(Set(net.nodes.map(\.id)) == Set(view.nodes), "\(file)")
        #expect(net.nodes.count == view.nodes.count, "\(file)")
        #expect(net.edges.count == view.edges.count, "\(file)")
        func key(_ u: String, _ v: String) -> String { view.directed || u <= v ? u + "\u{0}" + v : v + "\u{0}" + u }
        var ours: [String: Edge] = [:]
        for e in net.edges { ours[key(e.from, e.to)] = e }
        #expect(ours.count == net.edges.count, "\(file): a pair twice")
        for (u, v, data) in view.edges {
            guard let e = ours[key(u, v)] else { Issue.record("\(file): no edge \(u)–\(v)"); continue }
            let weight = (data["weight"] as? NSNumber)?.doubleValue
            if let weight { #expect(e.weight == weight, "\(file): \(u)–\(v)") } else { #expect(e.weight == nil || e.weight == 1, "\(file): \(u)–\(v)") }
            let relationKey = data["relation"] is String ? "relation" : data["label"] is String ? "label" : nil
            #expect(e.relation == (relationKey.flatMap { data[$0] as? String } ?? "edge"), "\(file): \(u)–\(v)")
            var expected = data.filter { $0.key != "weight" && $0.key != relationKey && !($0.value is NSNull) }
            for (name, attribute) in e.attributes {
                guard let theirs = expected.removeValue(forKey: name) else { Issue.record("\(file): \(u)–\(v) has extra '\(name)'"); continue }
                #expect(attribute.values.count == 1 && Self.same(attribute.values[0].value, theirs), "\(file): \(u)–\(v) '\(name)' \(attribute) vs \(theirs)")
            }
            #expect(expected.isEmpty, "\(file): \(u)–\(v) lacks \(expected.keys.sorted())")
        }
        // What NetworkX holds and we cannot (a None value) is said, once.
        let nones = view.edges.contains { $0.data.values.contains { $0 is NSNull } }
        #expect(warnings.contains { $0.message.contains("left out of the edge data: none") } == nones, "\(warnings)")
    }

    @Test("a multiline list is told apart from a plain one by its content")
    func detection() throws {
        for (file, format) in [("karate.adjlist", NetworkFormat.adjlist), ("karate.multiline.adjlist", .multilineAdjlist),
                               ("typed.adjlist", .adjlist), ("typed.multiline.adjlist", .multilineAdjlist)] {
            let path = Self.folder + "/" + file
            #expect(NetworkFormat(path: path, bytes: try NetworkReader.bytes(atPath: path)) == format, "\(file)")
        }
    }

    @Test("a directed graph's adjacency list read undirected merges the pairs it lists both ways, and says so")
    func undirectedMerge() throws {
        let path = Self.folder + "/typed.adjlist"
        let (net, warnings) = try NetworkReader.readWithWarnings(path: path)
        #expect(!net.directed)
        #expect(warnings.map(\.description) == [
            path + ":4:1: warning: 1 pair is listed again (the first repeat is here): each pair is one undirected edge, as networkx.read_adjlist reads into a Graph (give --directed to read arcs)"])
    }
}
