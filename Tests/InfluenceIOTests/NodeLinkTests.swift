import Foundation
import InfluenceGraph
import InfluenceIO
import Testing

@Suite("Node-link JSON: NetworkX and D3 dialects; detection; round trips; hostile input")
struct NodeLinkTests {
    func nodeLink(_ text: String) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        try NodeLinkFormat.read(Array(text.utf8), path: "t.json")
    }

    @Test("the Iraq network round-trips through node-link JSON exactly, and the bytes are stable")
    func iraqRoundTrip() throws {
        let net = try interchangeIraq()
        let (bytes, warnings) = try NodeLinkFormat.write(net)
        #expect(warnings.count == 1)
        #expect(warnings[0].hasPrefix("a plain node-link consumer (networkx.node_link_graph, D3) sees aliases, typed or dated attributes, evidence"))
        #expect(NodeLinkFormat.looksLikeNodeLink(bytes))
        let back = try NodeLinkFormat.read(bytes, path: "iraq.json")
        #expect(back.warnings.isEmpty)
        #expect(back.network == net)
        #expect(try NodeLinkFormat.write(back.network).bytes == bytes)
    }

    @Test("attribute order and types survive: plain keys first, the rest in \"attributes\"")
    func attributeOrder() throws {
        var net = Network()
        net.nodes = [Node(id: "a\"b\n\u{1}ü", attributes: ["n": Attribute(.number(2)), "flag": Attribute(.bool(false)),
                                                           "year": Attribute(.date(InfluenceDate("2007")!)), "s": Attribute(.string("x")),
                                                           "id": Attribute(.string("reserved"))]),
                     Node(id: "2")]
        net.edges = [Edge(from: "2", to: "a\"b\n\u{1}ü", relation: "backs"), Edge(from: "2", to: "a\"b\n\u{1}ü", relation: "funds", weight: 1e-3)]
        let (bytes, _) = try NodeLinkFormat.write(net)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#"{"id": "a\"b\n\u0001ü", "n": 2, "flag": false, "attributes": {"year": {"value": 2007, "type": "date"}, "s": "x", "id": "reserved"}}"#))
        #expect(text.contains(#""multigraph": true"#))
        #expect(try NodeLinkFormat.read(bytes, path: "t.json").network == net)
    }

    @Test("NetworkX's node_link_data output (\"links\" or \"edges\", integer ids, key, null) reads as node_link_graph reads it")
    func networkxDialect() throws {
        let text = #"{"directed": true, "multigraph": true, "graph": {"name": "demo"}, "nodes": [{"color": "red", "since": "2020", "id": 1}, {"id": "b", "when": "2025-11-18", "tags": ["x"], "missing": null}], "links": [{"weight": 2.5, "source": 1, "target": "b", "key": 0}, {"source": "b", "target": 1, "key": 0, "label": "backs"}]}"#
        #expect(NodeLinkFormat.looksLikeNodeLink(Array(text.utf8)))
        let (net, warnings) = try nodeLink(text)
        #expect(net.title == "demo")
        #expect(net.directed)
        #expect(net.nodes.map(\.id) == ["1", "b"])
        #expect(net.nodes[0].validity.since == InfluenceDate("2020"))
        #expect(net.nodes[0].attributes["color"]?.values.first?.value == .string("red"))
        #expect(net.nodes[1].attributes["when"]?.values.first?.value == .date(InfluenceDate("2025-11-18")!))
        #expect(net.edges.map(\.relation) == ["edge", "backs"])
        #expect(net.edges[0].weight == 2.5)
        #expect(warnings.map(\.description) == [
            #"t.json:1:155: warning: lists and objects influence has no field for are left out: tags"#,
            #"t.json:1:181: warning: null values are left out (an attribute is absent rather than null)"#,
        ])
        let edges = text.replacingOccurrences(of: "\"links\"", with: "\"edges\"")
        #expect(try nodeLink(edges).network == net)
    }

    @Test("D3: nodes without ids and links by position; ids win when every endpoint is an id")
    func d3Dialect() throws {
        let text = """
        {"nodes": [{"name": "Myriel", "group": 1}, {"name": "Napoleon", "group": 1}],
         "links": [{"source": 1, "target": 0, "value": 1}]}
        """
        let (net, warnings) = try nodeLink(text)
        #expect(!net.directed)
        #expect(net.nodes.map(\.id) == ["0", "1"])
        #expect(net.edges.map { [$0.from, $0.to] } == [["1", "0"]])
        #expect(warnings.isEmpty)
        let byIndex = """
        {"nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": 0, "target": 1}]}
        """
        let d3 = try nodeLink(byIndex)
        #expect(d3.network.edges.map { [$0.from, $0.to] } == [["a", "b"]])
        #expect(d3.warnings.map(\.description) == [#"t.json:1:39: warning: edges give 'source' and 'target' as positions in "nodes" (D3's convention), not as node ids; read as positions"#])
    }

    @Test("detection: node-link against the native JSON file")
    func detection() throws {
        func looks(_ s: String) -> Bool { NodeLinkFormat.looksLikeNodeLink(Array(s.utf8)) }
        #expect(looks(#"{"nodes": [], "links": []}"#))
        #expect(looks(#"{"directed": false, "nodes": [{"id": 1}], "edges": [{"source": 1, "target": 1}]}"#))
        #expect(looks(#"{"directed": false, "multigraph": false, "graph": {}, "nodes": [], "edges": []}"#))
        #expect(!looks(#"{"title": "x", "nodes": [{"id": "a"}], "edges": [{"from": "a", "to": "a", "relation": "r"}]}"#))
        #expect(!looks(#"{"directed": true, "nodes": [], "edges": [{"to": "a", "from": "b"}]}"#))
        #expect(!looks(#"{"title": "x", "directed": true, "nodes": [], "edges": []}"#))
        #expect(!looks("[1, 2]"))
        #expect(!looks("\u{FF}garbage {"))
        #expect(!looks(##"{"nodes": [{"id": "a", "x": {"deep": [1, {"links": 2}]}}], "edges": [{"##))
        let native = try NetworkFileWriter.json(interchangeIraq())
        #expect(!NodeLinkFormat.looksLikeNodeLink(native))
    }

    @Test("hostile input gives one clear message with its position")
    func hostile() {
        let long = String(repeating: "x", count: (1 << 20) + 1)
        let cases: [(String, String)] = [
            ("", #"t.json:1:1: the file is empty (expected a node-link object with "nodes" and "links" or "edges")"#),
            (#"{"nodes": [{"id": "a"}, {"id": "b"}, {"id": "a"}], "links": []}"#, "t.json:1:45: duplicate node id 'a' (first defined at line 1)"),
            ("{\"nodes\": [{\"id\": \"a\"}],\n \"links\": [{\"source\": \"a\", \"target\": \"z\"}]}", "t.json:2:38: edge references unknown node 'z' in 'target' (expected the id of a node in \"nodes\")"),
            (#"{"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "a", "weight": -1e400}]}"#, "t.json:1:77: weight -1e400 of edge 1 is not allowed (expected a finite number)"),
            (#"{"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "a", "weight": NaN}]}"#, "t.json:1:77: NaN and Infinity are not JSON (Python's json.dump writes them; numbers here must be finite)"),
            (#"{"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "a", "weight": "2"}]}"#, #"t.json:1:77: 'weight' of edge 1 must be a number, found the string "2" (expected a finite number)"#),
            (#"{"nodes": [{"id": "a"}, "#, "t.json:1:25: unexpected end of file (expected a value)"),
            (#"{"nodes": [{"id": "a\"#, "t.json:1:22: unterminated string (expected a closing '\"')"),
            (#"{"nodes": [{"id": ""# + long + #""}]}"#, "t.json:1:19: 'id' of node 1 is longer than 1048576 bytes (the limit for an id, label or value)"),
            (String(repeating: "[", count: 300), "t.json:1:257: nesting deeper than 256 levels"),
            (#"{"nodes": [{"id": true}]}"#, "t.json:1:19: 'id' of node 1 must be a string or a number, found 'true'"),
            (#"{"links": []}"#, #"t.json:1:1: the node-link object has no "nodes" (expected "nodes": [{"id": …}, …])"#),
            (#"{"nodes": [], "links": [], "edges": []}"#, #"t.json:1:15: the file has both "links" and "edges" (expected one list of edges)"#),
            (#"{"nodes": [{"id": "a", "id": "b"}]}"#, #"t.json:1:24: duplicate key "id" in node 1 (first given at line 1)"#),
            ("{\"nodes\": [{\"id\": \"a\u{1}\"}]}", "t.json:1:21: control character in string (write it as an escape such as \\n)"),
        ]
        for (text, expected) in cases {
            expectInterchangeFailure(expected) { () throws(ReadError) in _ = try nodeLink(text) }
        }
        expectInterchangeFailure("t.json:1:19: invalid UTF-8 (the file must be UTF-8 text)") { () throws(ReadError) in
            _ = try NodeLinkFormat.read(Array(#"{"nodes": [{"id": "#.utf8) + [0xC3, 0x28], path: "t.json")
        }
    }

    @Test("a file on one line (json.dump's layout) keeps exact positions and parses in linear time")
    func oneLine() throws {
        var text = #"{"directed": true, "nodes": ["#
        for k in 0 ..< 20_000 { text += (k == 0 ? "" : ", ") + #"{"id": "n\#(k)"}"# }
        text += #"], "links": ["#
        for k in 1 ..< 20_000 { text += (k == 1 ? "" : ", ") + #"{"source": "n\#(k - 1)", "target": "n\#(k)"}"# }
        let good = text + "]}"
        #expect(try nodeLink(good).network.edges.count == 19_999)
        let bad = text + #", {"source": "n1", "target": "nowhere"}]}"#
        let column = bad.unicodeScalars.count - 11
        expectInterchangeFailure("t.json:1:\(column): edge references unknown node 'nowhere' in 'target' (expected the id of a node in \"nodes\")") { () throws(ReadError) in
            _ = try nodeLink(bad)
        }
    }
}
