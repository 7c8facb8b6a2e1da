import InfluenceGraph
import InfluenceIO
import Testing

/// Graphology's serialization format (Gephi's JSON export, Gephi Lite, sigma.js), read by
/// the node-link reader by its keys.
@Suite("Graphology / Gephi JSON: keys, options, mixed and multi graphs")
struct GraphologyTests {
    static let corpus = interchangeRoot + "/../shared/corpus/real-files/node-link/"

    func read(_ text: String) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        try NodeLinkFormat.read(Array(text.utf8), path: "g.json")
    }

    @Test("Gephi's exporter test mixed.json: the undirected edge is two arcs, said once")
    func gephiMixed() throws {
        let path = Self.corpus + "gephi-json-mixed.json"
        #expect(NetworkFormat(path: path, bytes: try NetworkReader.bytes(atPath: path)) == .nodeLink)
        let (net, warnings) = try NetworkReader.readWithWarnings(path: path)
        #expect(net.directed)
        #expect(net.nodes == [Node(id: "1"), Node(id: "2"), Node(id: "3")])
        #expect(net.edges == [
            Edge(id: "1", from: "1", to: "2", relation: "edge", weight: 1),
            Edge(from: "2", to: "1", relation: "edge", weight: 1),
            Edge(id: "2", from: "1", to: "3", relation: "edge", weight: 1),
        ])
        #expect(warnings.map(\.description) == [
            path + ":5:13: warning: 1 of 2 edges are undirected in a mixed graph (options.type \"mixed\"); a network is directed or undirected, so it is read as directed and each undirected edge as two arcs, one each way (the second without the edge's key as id)",
        ])
    }

    @Test("Gephi's exporter test multi.json: parallel edges of two kinds (Gephi's edge type is the relation)")
    func gephiMulti() throws {
        let path = Self.corpus + "gephi-json-multi.json"
        let (net, warnings) = try NetworkReader.readWithWarnings(path: path)
        #expect(net.directed)
        #expect(net.nodes.map(\.id) == ["1", "2"])
        #expect(net.edges == [
            Edge(id: "1", from: "1", to: "2", relation: "edge", weight: 1),
            Edge(id: "2", from: "1", to: "2", relation: "1", weight: 1),
        ])
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.hasPrefix("warning: 1 edge repeats a pair (a multigraph): every edge is kept") == true)
    }

    @Test("D3's miserables.json still reads as node-link, links by index")
    func d3Miserables() throws {
        let (net, warnings) = try NetworkReader.readWithWarnings(path: Self.corpus + "d3v3-miserables.json")
        #expect(warnings.isEmpty)
        #expect(!net.directed)
        #expect(net.nodes.count == 77 && net.edges.count == 254)
        #expect(net.nodes[11].id == "11" && net.nodes[11].attributes["name"] == Attribute(.string("Valjean")))
        #expect(net.edges[0].from == "1" && net.edges[0].to == "0" && net.edges[0].attributes["value"] == Attribute(.number(1)))
    }

    @Test("graph attributes, node attributes (label, kind, Gephi's x, y, size, color) and numeric keys")
    func attributes() throws {
        let text = """
        {"attributes": {"name": "Blogs", "creator": "Gephi 0.10.1", "description": "2004"},
         "options": {"type": "undirected", "multi": false, "allowSelfLoops": true},
         "nodes": [
          {"key": 1, "attributes": {"label": "Left", "x": -12.5, "y": 3, "size": 10, "color": "#ff0000", "kind": "blog", "seen": "2004-11"}},
          {"key": "b", "attributes": {"label": "Right", "tags": ["a"], "gone": null}},
          {"key": "c"}
         ],
         "edges": [
          {"source": 1, "target": "b", "attributes": {"weight": -2, "label": "cites", "color": "#000000"}},
          {"key": "x", "source": "c", "target": "c", "undirected": true}
         ]}
        """
        let (net, warnings) = try read(text)
        #expect(net.title == "Blogs")
        #expect(net.description == "2004")
        #expect(!net.directed)
        #expect(net.nodes == [
            Node(id: "1", label: "Left", kind: "blog", attributes: [
                "x": Attribute(.number(-12.5)), "y": Attribute(.number(3)), "size": Attribute(.number(10)),
                "color": Attribute(.string("#ff0000")), "seen": Attribute(.date(InfluenceDate("2004-11")!)),
            ]),
            Node(id: "b", label: "Right"),
            Node(id: "c"),
        ])
        #expect(net.edges == [
            Edge(from: "1", to: "b", relation: "edge", weight: -2,
                 attributes: ["label": Attribute(.string("cites")), "color": Attribute(.string("#000000"))]),
            Edge(id: "x", from: "c", to: "c", relation: "edge"),
        ])
        #expect(warnings.map(\.description) == [
            "g.json:1:2: warning: graph attributes influence has no field for are left out: creator",
            "g.json:5:49: warning: lists and objects influence has no field for are left out: tags",
            "g.json:5:72: warning: null values are left out (an attribute is absent rather than null)",
        ])
    }

    @Test("a mixed graph whose edges are all undirected is undirected; all directed, directed; a relation attribute wins over type")
    func mixedKinds() throws {
        let undirected = try read(#"{"options": {"type": "mixed"}, "nodes": [{"key": "a"}, {"key": "b"}], "edges": [{"source": "a", "target": "b", "undirected": true}]}"#)
        #expect(!undirected.network.directed && undirected.network.edges.count == 1 && undirected.warnings.isEmpty)
        let directed = try read(#"{"nodes": [{"key": "a"}, {"key": "b"}], "edges": [{"source": "b", "target": "a", "attributes": {"type": "line", "relation": "backs"}}]}"#)
        #expect(directed.network.directed)
        #expect(directed.network.edges == [Edge(from: "b", to: "a", relation: "backs", attributes: ["type": Attribute(.string("line"))])])
        #expect(directed.warnings.isEmpty)
    }

    @Test("detection: options, or nodes with keys and no ids, mean graphology")
    func detection() throws {
        #expect(NodeLinkFormat.looksLikeNodeLink(Array(#"{"options": {"type": "directed"}, "nodes": [{"key": "a"}]}"#.utf8)))
        let (net, _) = try read(#"{"nodes": [{"key": "a", "attributes": {"label": "A"}}], "edges": []}"#)
        #expect(net.nodes == [Node(id: "a", label: "A")])
        // NetworkX's node-link file with a node attribute named key is still node-link.
        let (nx, _) = try read(#"{"nodes": [{"id": "a", "key": 3}], "links": []}"#)
        #expect(nx.nodes == [Node(id: "a", attributes: ["key": Attribute(.number(3))])])
    }

    @Test("what graphology refuses is refused with its position", arguments: [
        (#"{"options": {"type": "directed"}, "nodes": [{"key": "a"}, {"key": "b"}], "edges": [{"source": "a", "target": "b", "undirected": true}]}"#,
         #"g.json:1:129: edge 1 is undirected in a graph whose options.type is "directed" (graphology refuses it; make the graph "mixed")"#),
        (#"{"options": {"type": "undirected"}, "nodes": [{"key": "a"}], "edges": [{"key": "e", "source": "a", "target": "a", "undirected": false}]}"#,
         #"g.json:1:129: edge 'e' is directed ("undirected": false) in a graph whose options.type is "undirected" (graphology refuses it; make the graph "mixed")"#),
        (#"{"options": {"multi": false}, "nodes": [{"key": "a"}, {"key": "b"}], "edges": [{"source": "a", "target": "b"}, {"source": "a", "target": "b"}]}"#,
         "g.json:1:112: edge 2 joins 'a' and 'b' again (edge 1 already does), but options.multi is false (graphology refuses parallel edges in a simple graph)"),
        (#"{"options": {"type": "undirected"}, "nodes": [{"key": "a"}, {"key": "b"}], "edges": [{"source": "a", "target": "b"}, {"source": "b", "target": "a"}]}"#,
         "g.json:1:118: edge 2 joins 'b' and 'a' again (edge 1 already does), but options.multi is false (graphology refuses parallel edges in a simple graph)"),
        (#"{"options": {"allowSelfLoops": false}, "nodes": [{"key": "a"}], "edges": [{"source": "a", "target": "a"}]}"#,
         "g.json:1:75: edge 1 is a self-loop on 'a', but options.allowSelfLoops is false (graphology refuses it)"),
        (#"{"options": {"type": "hyper"}, "nodes": []}"#,
         #"g.json:1:22: options.type is the string "hyper" (expected "mixed", "directed" or "undirected")"#),
        (#"{"options": {}, "nodes": [{"key": "a"}, {"key": "a"}]}"#, "g.json:1:49: duplicate node key 'a' (first given at line 1)"),
        (#"{"options": {}, "nodes": [{"attributes": {}}]}"#,
         "g.json:1:27: node 1 has no 'key' (required in graphology's format: a string or a number)"),
        (#"{"options": {}, "nodes": [{"key": "alpha"}], "edges": [{"source": "alpha", "target": "alpah"}]}"#,
         "g.json:1:86: edge references unknown node 'alpah' in 'target' (did you mean 'alpha'?)"),
        (#"{"options": {}, "nodes": [{"key": "a"}], "edges": [{"key": "e", "source": "a", "target": "a", "attributes": {"weight": "2"}}]}"#,
         #"g.json:1:120: 'weight' of edge 'e' is the string "2" (expected a finite number)"#),
        (#"{"options": {}, "nodes": [{"key": "a"}], "edges": [{"key": "e", "source": "a", "target": "a"}, {"key": "e", "source": "a", "target": "a"}]}"#,
         "g.json:1:104: duplicate edge key 'e' (first given at line 1)"),
        (#"{"options": {}}"#, #"g.json:1:1: a graphology file has no "nodes" (expected "nodes": [{"key": …, "attributes": {…}}, …])"#),
    ])
    func refusals(text: String, message: String) {
        expectInterchangeFailure(message) { () throws(ReadError) in _ = try read(text) }
    }
}
