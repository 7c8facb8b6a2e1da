import InfluenceGraph
import InfluenceIO
import Testing

/// The repository's root, for the committed networks.
let interchangeRoot = #filePath.components(separatedBy: "/Tests/")[0]

func interchangeIraq() throws -> Network {
    try NetworkReader.read(path: interchangeRoot + "/graphs/iraq-2025.yaml")
}

/// Expects `body` to throw one diagnostic printing exactly `expected` (`file:line:col: message`).
func expectInterchangeFailure(_ expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation,
                       _ body: () throws(ReadError) -> Void) {
    do {
        try body()
        Issue.record("expected the error \"\(expected)\"", sourceLocation: sourceLocation)
    } catch {
        #expect(error.diagnostics.count == 1, "\(error.diagnostics)", sourceLocation: sourceLocation)
        #expect(error.diagnostics.first?.description == expected, sourceLocation: sourceLocation)
    }
}

@Suite("GML: NetworkX, igraph and Gephi dialects; round trips; hostile input")
struct GMLTests {
    func gml(_ text: String) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        try GMLFormat.read(Array(text.utf8), path: "t.gml")
    }

    @Test("the Iraq network round-trips through GML exactly, and the bytes are stable")
    func iraqRoundTrip() throws {
        let net = try interchangeIraq()
        let (bytes, warnings) = try GMLFormat.write(net)
        #expect(warnings.count == 1)
        #expect(warnings[0].hasPrefix("a plain GML reader (networkx.read_gml, igraph, Gephi) sees aliases, typed or dated attributes, evidence"))
        let back = try GMLFormat.read(bytes, path: "iraq.gml")
        #expect(back.warnings.isEmpty)
        #expect(back.network == net)
        #expect(try GMLFormat.write(back.network).bytes == bytes)
        #expect(bytes.allSatisfy { $0 < 0x80 })
    }

    @Test("awkward ids, labels and values survive: quotes, &, newlines, control characters, non-ASCII, numbers")
    func awkward() throws {
        var net = Network(directed: false)
        net.nodes = [Node(id: "a \"quoted\" & <b>", label: "line1\nline2\ttab\u{1}", kind: "ünï ✓ 😀"),
                     Node(id: "2025-11", attributes: ["big": Attribute(.number(1e20)), "tiny": Attribute(.number(-2.5e-7)),
                                                       "ok": Attribute(.bool(true)), "year": Attribute(.date(InfluenceDate("2007")!)),
                                                       "month": Attribute(.date(InfluenceDate("2025-11")!)),
                                                       "datelike": Attribute(.string("2025-11")), "n": Attribute(.number(3e9)),
                                                       "has-hyphen": Attribute(.string("x")), "label": Attribute(.string("reserved"))]),
                     Node(id: "")]
        net.nodes.removeLast()
        net.edges = [Edge(from: "a \"quoted\" & <b>", to: "2025-11", relation: "backs", weight: 0.1),
                     Edge(from: "2025-11", to: "a \"quoted\" & <b>", relation: "opposes")]
        let (bytes, _) = try GMLFormat.write(net)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("label \"a &#34;quoted&#34; &#38; <b>\""))
        #expect(text.contains("multigraph 1"))
        #expect(text.contains("big 1.0e+20"))
        #expect(text.contains("n 3000000000.0"))
        #expect(try GMLFormat.read(bytes, path: "t.gml").network == net)
    }

    @Test("NetworkX's write_gml output reads as read_gml(label='label') reads it")
    func networkxDialect() throws {
        // nx.write_gml(G) for a MultiDiGraph with a list attribute, a one-element list, a float and a non-ASCII name.
        let text = """
        graph [
          directed 1
          multigraph 1
          name "demo"
          node [
            id 0
            label "Caf&#233;"
            tags "a"
            tags "b"
            one "_networkx_list_start"
            one "x"
            score 0.5
            seen "2025-11-18"
          ]
          node [
            id 1
            label "2"
          ]
          edge [
            source 0
            target 1
            key 0
            weight 2.0
            relation "backs"
          ]
          edge [
            source 0
            target 1
            key 1
          ]
        ]
        """
        let (net, warnings) = try gml(text)
        #expect(net.directed)
        #expect(net.nodes.map(\.id) == ["Café", "2"])
        #expect(net.nodes[0].attributes["tags"]?.values.map(\.value) == [.string("a"), .string("b")])
        #expect(net.nodes[0].attributes["one"]?.values.map(\.value) == [.string("x")])
        #expect(net.nodes[0].attributes["score"]?.values.first?.value == .number(0.5))
        #expect(net.nodes[0].attributes["seen"]?.values.first?.value == .date(InfluenceDate("2025-11-18")!))
        #expect(net.edges.map(\.relation) == ["backs", "edge"])
        #expect(net.edges[0].weight == 2)
        #expect(net.title == "demo")
        #expect(warnings.isEmpty)
    }

    @Test("igraph/Gephi style: numeric ids, repeated labels, graphics lists, named entities, Creator line")
    func gephiDialect() throws {
        let text = """
        Creator "igraph version 0.10"
        Version 1
        graph
        [
          node [ id 1 label "A&amp;B" graphics [ x 1.5 y 2 fill "#ff0000" ] ]
          node [ id 2 label "A&amp;B" ]
          node [ id 3 ]
          edge [ source 1 target 2 label "backs" value 3 ]
          edge [ source 3 target 1 ]
        ]
        """
        let (net, warnings) = try gml(text)
        #expect(!net.directed)
        #expect(net.nodes.map(\.id) == ["1", "2", "3"])
        #expect(net.nodes.map(\.label) == ["A&B", "A&B", nil])
        #expect(net.edges.map(\.relation) == ["backs", "edge"])
        #expect(net.edges[0].attributes["value"]?.values.first?.value == .number(3))
        #expect(warnings.map(\.description) == [
            "t.gml:5:31: warning: nested lists influence cannot hold as attributes are left out: graphics",
            "t.gml:6:13: warning: node label 'A&B' is repeated (nodes at lines 5 and 6), so nodes are named by their GML id and labels kept as labels (as networkx.read_gml(label='id') reads them)",
        ])
    }

    @Test("hostile input gives one clear message with its position")
    func hostile() {
        let long = String(repeating: "x", count: (1 << 20) + 1)
        let cases: [(String, String)] = [
            ("", "t.gml:1:1: the file is empty (expected a GML graph: graph [ node [ id 0 ] … ])"),
            ("  \n", "t.gml:1:1: the file is empty (expected a GML graph: graph [ node [ id 0 ] … ])"),
            ("graph [\n  node [ id 1 label \"a\n", "t.gml:2:21: unterminated string: the '\"' opened here has no closing quote (the file ends at line 3)"),
            ("graph [\n  node [ id 1 ]\n  node [\n", "t.gml:3:8: unterminated list: the '[' of 'node' opened here has no closing ']' (the file ends at line 4)"),
            ("graph [ node [ id 1 ] node [ id 1 ] ]", "t.gml:1:33: duplicate node id 1 (first defined at line 1)"),
            ("graph [ node [ id 1 ]\n edge [ source 1 target 7 ] ]", "t.gml:2:25: edge references unknown node 7 in 'target' (no node has that id)"),
            ("graph [ node [ id 1 ] edge [ source 1 target 1 weight NAN ] ]", "t.gml:1:55: weight NAN of edge 1 is not allowed (expected a finite number)"),
            ("graph [ node [ id 1 ] edge [ source 1 target 1 weight -INF ] ]", "t.gml:1:55: weight -INF of edge 1 is not allowed (expected a finite number)"),
            ("graph [ node [ id 1 label \"" + long + "\" ] ]", "t.gml:1:27: string is longer than 1048576 bytes (the limit for one GML string)"),
            (String(repeating: "a [ ", count: 300), "t.gml:1:1027: lists nested deeper than 256 levels (the limit for GML nesting)"),
            ("graph [ \u{0} ]", "t.gml:1:9: NUL byte in the file (expected text; is this a binary file?)"),
            ("graph [ node [ id 1 ] ] ]", "t.gml:1:25: unexpected ']' (no list is open)"),
            ("graph [ node [ id ] ]", "t.gml:1:19: key 'id' has no value (found ']'; expected a number, a quoted string or '[')"),
            ("graph [ node [ id 1 label a-b ] ]", "t.gml:1:27: value 'a' runs into '-' (expected a space, a newline, '[' or ']' after it)"),
            ("graph [ node [ id 1x ] ]", "t.gml:1:19: number '1' runs into 'x' (expected a space, a newline, '[' or ']' after it)"),
            ("graph [ node [ label \"a\" ] ]", "t.gml:1:14: node 1 has no 'id' (required: a number or string unique among the nodes)"),
            ("node [ id 1 ]", "t.gml:1:1: the file has no 'graph [ … ]' (expected a GML graph)"),
            ("graph 1", "t.gml:1:7: 'graph' must be a list [ … ], found the number 1"),
            ("graph [ node [ id 1 ] edge [ target 1 ] ]", "t.gml:1:28: edge 1 has no 'source' (required: the id of a node)"),
            ("graph [ node [ id 1 score -INFX ] ]", "t.gml:1:27: invalid number '-INFX' (expected an integer or a real such as 2, -0.5, 1.5E+20)"),
            ("\u{1}\u{2}\u{3}garbage", "t.gml:1:1: unexpected byte 0x01 (expected a key, a value, '[' or ']')"),
            ("graph [ node [ id 1 ] edge [ source 1 target 1 since \"2025-13\" ] ]", "t.gml:1:54: invalid date '2025-13' in 'since' of edge 1 (expected YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date)"),
        ]
        for (text, expected) in cases {
            expectInterchangeFailure(expected) { () throws(ReadError) in _ = try gml(text) }
        }
        expectInterchangeFailure("t.gml:1:31: invalid UTF-8 (the file must be UTF-8 text)") { () throws(ReadError) in
            _ = try GMLFormat.read(Array("graph [ node [ id 1 label \"caf".utf8) + [0xFF, 0x22, 0x5D, 0x5D], path: "t.gml")
        }
    }

    @Test("a deep but allowed nesting, and a long file on one line, parse in linear time")
    func deepAndLong() throws {
        let deep = "graph [ node [ id 1 g " + String(repeating: "[ a ", count: 250) + "1 " + String(repeating: "] ", count: 250) + "] ]"
        #expect(try gml(deep).network.nodes.count == 1)
        var line = "graph [ directed 1 "
        for k in 0 ..< 20_000 { line += "node [ id \(k) label \"n\(k)\" ] " }
        for k in 1 ..< 20_000 { line += "edge [ source \(k - 1) target \(k) ] " }
        line += "]"
        let net = try gml(line).network
        #expect(net.nodes.count == 20_000 && net.edges.count == 19_999)
    }

    @Test("character references: decimal, hex, named, unknown and invalid ones")
    func entities() throws {
        let (net, _) = try gml(#"graph [ node [ id 1 label "&#233;&#x1F600;&eacute;&nbsp;&bogus;&#1114112;&#55357;&amp" ] ]"#)
        #expect(net.nodes[0].id == "é😀é\u{A0}&bogus;&#1114112;&#55357;&amp")
    }
}
