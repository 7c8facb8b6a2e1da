import Foundation
import InfluenceGraph
import InfluenceIO
import Testing

/// NetworkX reads what we write, and we read what NetworkX writes: the files and NetworkX's
/// view of each come from scripts/networkx_interop.py (committed), so these tests need no Python.
@Suite("Interoperability with NetworkX (committed fixtures)")
struct InteropTests {
    static let folder = #filePath.components(separatedBy: "/Tests/")[0] + "/Tests/InfluenceIOTests/Interop"

    /// NetworkX's view of a file: {"directed", "multigraph", "nodes": [[id, attrs]], "edges": [[u, v, attrs]]}.
    struct View {
        var directed: Bool
        var multigraph: Bool
        var nodes: [(id: String, attributes: [String: Any])]
        var edges: [(from: String, to: String, attributes: [String: Any])]

        init(_ path: String) throws {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
            directed = try #require(object["directed"] as? Bool)
            multigraph = try #require(object["multigraph"] as? Bool)
            nodes = try #require(object["nodes"] as? [[Any]]).map { ($0[0] as! String, $0[1] as! [String: Any]) }
            edges = try #require(object["edges"] as? [[Any]]).map { ($0[0] as! String, $0[1] as! String, $0[2] as! [String: Any]) }
        }
    }

    /// A view value as NetworkX's GEXF reader gives it for dynamic graphs ([[value, start, end]]) unwrapped.
    static func scalar(_ value: Any) -> Any {
        if let list = value as? [Any], list.count == 1, let triple = list[0] as? [Any], triple.count == 3 { return triple[0] }
        return value
    }

    /// Whether our value is NetworkX's (numbers by value, so 27 == 27.0; a bool NetworkX's GML
    /// writer wrote as 0/1 equals that number).
    static func same(_ ours: AttributeValue?, _ theirs: Any) -> Bool {
        guard let ours else { return false }
        let theirs = scalar(theirs)
        switch ours {
        case .string(let s): return (theirs as? String) == s
        case .bool(let b):
            return (theirs as? NSNumber)?.doubleValue == (b ? 1 : 0)
        case .number(let x): return (theirs as? NSNumber)?.doubleValue == x
        case .date(let d): return (theirs as? String) == d.description
        }
    }

    static func value(_ a: Attribute?) -> AttributeValue? {
        guard let a, a.values.count == 1 else { return nil }
        return a.values[0].value
    }

    // MARK: We read what NetworkX writes

    static let fixtures: [String] = ["karate", "lesmis", "typed", "multi"].flatMap { name in
        ["graphml", "gexf", "gml", "json"].map { "\(name).\($0)" }
    }

    @Test("Interop/ holds exactly the fixtures the tests name, each with NetworkX's view")
    func foldersMatchTheLists() {
        for (folder, files) in [("networkx", Self.fixtures), ("ours", Self.ours.map(\.file))] {
            let path = Self.folder + "/" + folder
            guard let listed = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                Issue.record("Tests/InfluenceIOTests/Interop/\(folder)/ is missing: rerun scripts/networkx_interop.py")
                continue
            }
            let expected = Set(files.flatMap { [$0, $0 + ".view.json"] })
            let present = Set(listed.filter { !$0.hasPrefix(".") })
            #expect(expected.subtracting(present).isEmpty,
                    "Tests/InfluenceIOTests/Interop/\(folder)/ lacks \(expected.subtracting(present).sorted())")
            #expect(present.subtracting(expected).isEmpty,
                    "Tests/InfluenceIOTests/Interop/\(folder)/ holds \(present.subtracting(expected).sorted()), which no test reads")
        }
    }

    @Test("our readers give NetworkX's own view of the files NetworkX writes", arguments: fixtures)
    func readNetworkX(file: String) throws {
        let path = Self.folder + "/networkx/" + file
        let net = try NetworkReader.read(path: path)   // .json: detected as node-link
        let view = try View(path + ".view.json")
        #expect(net.directed == view.directed)
        #expect(net.nodes.map(\.id) == view.nodes.map(\.id))
        for (node, theirs) in zip(net.nodes, view.nodes) {
            for (key, value) in theirs.attributes {
                switch key {
                case "label": #expect(node.label == Self.scalar(value) as? String, "\(file) node \(node.id) label")
                case "kind": #expect(node.kind == Self.scalar(value) as? String, "\(file) node \(node.id) kind")
                default: #expect(Self.same(Self.value(node.attributes[key]), value), "\(file) node \(node.id) \(key): \(String(describing: node.attributes[key])) vs \(value)")
                }
            }
        }
        // Edges: the same multiset of (from, to), in NetworkX's order per pair; attributes alike.
        func key(_ u: String, _ v: String) -> String { view.directed || u <= v ? u + "\u{0}" + v : v + "\u{0}" + u }
        var ours: [String: [Edge]] = [:]
        for e in net.edges { ours[key(e.from, e.to), default: []].append(e) }
        #expect(net.edges.count == view.edges.count, "\(file): \(net.edges.count) edges, NetworkX \(view.edges.count)")
        var used: [String: Int] = [:]
        for theirs in view.edges {
            let k = key(theirs.from, theirs.to)
            let n = used[k, default: 0]
            used[k] = n + 1
            guard let list = ours[k], n < list.count else {
                Issue.record("\(file): NetworkX has an edge \(theirs.from) – \(theirs.to) we lack")
                continue
            }
            let edge = list[n]
            for (name, value) in theirs.attributes where name != "_key" {
                switch name {
                case "weight": #expect((Self.scalar(value) as? NSNumber)?.doubleValue == edge.weight, "\(file) \(k) weight")
                case "relation": #expect(edge.relation == Self.scalar(value) as? String, "\(file) \(k) relation")
                case "since":
                    // GraphML, GML, node-link: our validity; GEXF keeps time in start/end, so a
                    // column named 'since' stays an attribute.
                    #expect(edge.validity.since?.description == Self.scalar(value) as? String
                            || Self.same(Self.value(edge.attributes[name]), value), "\(file) \(k) since")
                case "id": #expect(edge.id == nil || edge.id == Self.scalar(value) as? String, "\(file) \(k) id")
                default: #expect(Self.same(Self.value(edge.attributes[name]), value), "\(file) \(k) \(name)")
                }
            }
        }
    }

    // MARK: NetworkX reads what we write

    static let ours: [(file: String, format: NetworkFormat)] = [
        ("iraq.graphml", .graphml), ("iraq.gexf", .gexf), ("iraq.gml", .gml), ("iraq.json", .nodeLink),
    ]

    @Test("our writers still write the bytes NetworkX was checked against", arguments: ours.map(\.file))
    func bytesUnchanged(file: String) throws {
        let root = #filePath.components(separatedBy: "/Tests/")[0]
        let net = try NetworkReader.read(path: root + "/graphs/iraq-2025.yaml")
        let format = Self.ours.first { $0.file == file }!.format
        let written: [UInt8]
        if format == .gexf {
            // As `influence convert` writes it: viz from the style sheet and PageRank (checked by the CLI tests).
            written = try Array(Data(contentsOf: URL(fileURLWithPath: Self.folder + "/ours/" + file)))
            let back = try NetworkReader.read(written, path: file, format: .gexf)
            #expect(back == net)
            return
        }
        written = try NetworkWriter.encode(net, format: format).bytes
        let committed = try Array(Data(contentsOf: URL(fileURLWithPath: Self.folder + "/ours/" + file)))
        #expect(written == committed, "\(file) changed: rerun scripts/networkx_interop.py and check NetworkX still reads it")
    }

    @Test("NetworkX's view of our files is the Iraq network", arguments: ours.map(\.file))
    func networkXReadsOurs(file: String) throws {
        let root = #filePath.components(separatedBy: "/Tests/")[0]
        let net = try NetworkReader.read(path: root + "/graphs/iraq-2025.yaml")
        let view = try View(Self.folder + "/ours/" + file + ".view.json")
        #expect(view.directed == net.directed)
        #expect(view.nodes.map(\.id) == net.nodes.map(\.id))
        for (node, theirs) in zip(net.nodes, view.nodes) {
            let label = theirs.attributes["label"] ?? theirs.attributes["displayLabel"]
            #expect(label.map { Self.scalar($0) as? String } == node.label.map { Optional($0) }, "\(file) \(node.id) label")
            #expect(Self.scalar(theirs.attributes["kind"] as Any) as? String == node.kind, "\(file) \(node.id) kind")
        }
        // NetworkX lists edges by source node (its adjacency), so compare them as multisets.
        // NetworkX's GEXF reader drops the edge kind (our relation): documented in Guides/Formats.md.
        func theirs(_ e: (from: String, to: String, attributes: [String: Any])) -> String {
            let relation = file == "iraq.gexf" ? "" : (e.attributes["relation"] as? String ?? "?")
            let weight = (Self.scalar(e.attributes["weight"] as Any) as? NSNumber)?.doubleValue
            return [e.from, e.to, relation, weight.map { "\($0)" } ?? "-"].joined(separator: " | ")
        }
        func ours(_ e: Edge) -> String {
            [e.from, e.to, file == "iraq.gexf" ? "" : e.relation, e.weight.map { "\($0)" } ?? "-"].joined(separator: " | ")
        }
        #expect(view.edges.map(theirs).sorted() == net.edges.map(ours).sorted())
    }
}
