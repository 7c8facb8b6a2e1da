import InfluenceGraph
import InfluenceIO
import Testing

/// The committed Iraq network.
func xmlIraqNetwork() throws -> Network {
    let root = #filePath.components(separatedBy: "/Tests/")[0]
    return try NetworkReader.read(path: root + "/graphs/iraq-2025.yaml")
}

/// A network with everything the model holds, and strings that need escaping everywhere.
func xmlStressNetwork(directed: Bool = true) -> Network {
    func d(_ s: String) -> InfluenceDate { InfluenceDate(s)! }
    var net = Network(title: "Stress <&> \"test\"", description: "line one\nline two\r\nwith\ttab and ]]> too", directed: directed)
    net.sources = ["s1": Source(title: "A \"doc\"", author: "Someone", publisher: "P & Q", published: d("2025-12-12"),
                                url: "https://x.org/a?b=c&d=e"),
                   "s2": Source(published: d("2025-12"))]
    net.kinds = ["militia": KindInfo(label: "Militia", description: "armed", shape: "box", color: "#b22222"), "state": KindInfo()]
    net.relations = ["backs": RelationSpec(gains: .source, counts: true, polarity: .supportive),
                     "self loop & <x>": RelationSpec(description: "odd")]
    let weird = "spaced id #1 \"q\" 'a' <&>\n\tend"
    net.nodes = [
        Node(id: "kh", label: "Kata'ib \"Hezbollah\" <KH> & co", kind: "militia",
             aliases: ["KH", "Ktaeb, Hezbollah", "a|b", "[x]"],
             attributes: [
                "seats": Attribute([DatedValue(.number(6), validity: Validity(since: d("2025-11"))),
                                    DatedValue(.number(1.5), validity: Validity(until: d("2025-11")))]),
                "founded": Attribute(.date(d("2007"))),
                "formed": Attribute(.date(d("2003-05"))),
                "looks-like-date": Attribute(.string("2025-11")),
                "numeric-string": Attribute(.string("27")),
                "designated": Attribute(.bool(false)),
                "ratio": Attribute(.number(0.1)),
                "big": Attribute(.number(1e20)),
                "note": Attribute(.string("line one\nline \"two\"\ttab \\ & <b> \r\n end")),
                "label": Attribute(.string("collides with the label field")),
                "kind": Attribute(.number(1)),
                "influence.x": Attribute(.string("collides with our prefix")),
                "mixed": Attribute(.number(3)),
             ],
             validity: Validity(since: d("2003"), until: d("2030-01-01")),
             evidence: [Evidence(source: "s1", quote: "It said: “yes” & <no>.", confidence: .medium)]),
        Node(id: weird, attributes: ["designated": Attribute(.bool(true)), "mixed": Attribute(.string("three"))],
             evidence: [Evidence(source: "s1", quote: "q1"), Evidence(source: "s2", confidence: .low), Evidence()]),
        Node(id: "∑ unicode ü 𝄞", label: "   padded   ", validity: Validity(since: d("2025-11-18"))),
        Node(id: "lonely", validity: Validity(until: d("2024"))),
    ]
    net.edges = [
        Edge(id: "e1 & <1>", from: "kh", to: "∑ unicode ü 𝄞", relation: "backs", weight: 2.5,
             validity: Validity(since: d("2025-11"), until: d("2026")),
             evidence: [Evidence(source: "s1", quote: "KH backs it.", confidence: .high)],
             attributes: ["amount": Attribute(.number(3)),
                          "when": Attribute([DatedValue(.string("x"), validity: Validity(since: d("2025-01-01")))]),
                          "relation": Attribute(.string("collides")),
                          "weight": Attribute(.bool(true))]),
        Edge(from: "kh", to: "∑ unicode ü 𝄞", relation: "backs"),
        Edge(from: weird, to: weird, relation: "self loop & <x>", weight: 1e-5, validity: Validity(since: d("2025-11-18"), until: d("2025-11-19"))),
        Edge(id: "e4", from: "lonely", to: "kh", relation: "member-of", attributes: ["amount": Attribute(.number(0.5))]),
    ]
    return net
}

/// Compares two networks part by part, so that a failure names what differs.
func expectSameXMLNetwork(_ a: Network, _ b: Network, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(a.title == b.title, sourceLocation: sourceLocation)
    #expect(a.description == b.description, sourceLocation: sourceLocation)
    #expect(a.directed == b.directed, sourceLocation: sourceLocation)
    #expect(a.sources == b.sources, sourceLocation: sourceLocation)
    #expect(a.kinds == b.kinds, sourceLocation: sourceLocation)
    #expect(a.relations == b.relations, sourceLocation: sourceLocation)
    #expect(a.nodes.count == b.nodes.count, sourceLocation: sourceLocation)
    for (x, y) in zip(a.nodes, b.nodes) where x != y {
        #expect(x == y, sourceLocation: sourceLocation)
    }
    #expect(a.edges.count == b.edges.count, sourceLocation: sourceLocation)
    for (x, y) in zip(a.edges, b.edges) where x != y {
        #expect(x == y, sourceLocation: sourceLocation)
    }
    #expect(a == b, sourceLocation: sourceLocation)
}

@Suite("GraphML: NetworkX and Gephi dialects, round trips, errors")
struct GraphMLTests {
    func read(_ text: String) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        try GraphMLFormat.read(Array(text.utf8), path: "g.graphml")
    }

    func expectError(_ text: String, _ message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        do {
            _ = try read(text)
            Issue.record("expected \(message)", sourceLocation: sourceLocation)
        } catch {
            #expect(error.description == message, sourceLocation: sourceLocation)
        }
    }

    @Test("the Iraq network round-trips exactly, with one warning, deterministically")
    func iraq() throws {
        let net = try xmlIraqNetwork()
        let (bytes, warnings) = try GraphMLFormat.write(net)
        #expect(warnings == ["GraphML has no type for validity dates (since/until), aliases, evidence, date attributes, dated or mixed-type attributes and the sources, kinds and relations tables; they are written as text (dates as YYYY-MM-DD, the rest as JSON in keys named influence.* or marked influence.type), which other GraphML readers see as plain strings"])
        let (back, readWarnings) = try GraphMLFormat.read(bytes, path: "iraq.graphml")
        #expect(readWarnings.isEmpty)
        expectSameXMLNetwork(back, net)
        #expect(try GraphMLFormat.write(back).bytes == bytes)
    }

    @Test("a network with everything, and strings that need escaping, round-trips exactly", arguments: [true, false])
    func stress(directed: Bool) throws {
        let net = xmlStressNetwork(directed: directed)
        let (bytes, warnings) = try GraphMLFormat.write(net)
        #expect(warnings == ["GraphML has no type for validity dates (since/until), aliases, evidence, date attributes, dated or mixed-type attributes and the sources, kinds and relations tables; they are written as text (dates as YYYY-MM-DD, the rest as JSON in keys named influence.* or marked influence.type), which other GraphML readers see as plain strings"])
        let text = string(bytes)
        #expect(text.contains("edgedefault=\"\(directed ? "directed" : "undirected")\""))
        #expect(text.contains("<node id=\"spaced id #1 &quot;q&quot; 'a' &lt;&amp;&gt;&#10;&#9;end\">"))
        #expect(text.contains("attr.name=\"influence.attribute.label\""))
        #expect(text.contains("attr.name=\"founded\" attr.type=\"string\" influence.type=\"date\""))
        #expect(text.contains("attr.name=\"seats\" attr.type=\"string\" influence.type=\"json\""))
        #expect(text.contains("attr.name=\"designated\" attr.type=\"boolean\""))
        #expect(text.contains("attr.name=\"amount\" attr.type=\"double\""))
        #expect(text.contains("&#13;"))
        let (back, _) = try GraphMLFormat.read(bytes, path: "s.graphml")
        expectSameXMLNetwork(back, net)
        #expect(try GraphMLFormat.write(back).bytes == bytes)
    }

    static let networkX = """
    <?xml version='1.0' encoding='utf-8'?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
      <key id="d10" for="edge" attr.name="until" attr.type="string" />
      <key id="d9" for="edge" attr.name="since" attr.type="string" />
      <key id="d8" for="edge" attr.name="weight" attr.type="double" />
      <key id="d7" for="edge" attr.name="relation" attr.type="string" />
      <key id="d6" for="node" attr.name="founded" attr.type="string" />
      <key id="d5" for="node" attr.name="designated" attr.type="boolean" />
      <key id="d4" for="node" attr.name="share" attr.type="double" />
      <key id="d3" for="node" attr.name="seats" attr.type="long" />
      <key id="d2" for="node" attr.name="kind" attr.type="string" />
      <key id="d1" for="node" attr.name="label" attr.type="string" />
      <key id="d0" for="graph" attr.name="name" attr.type="string" />
      <graph edgedefault="directed">
        <node id="iran">
          <data key="d1">Iran</data>
          <data key="d2">state</data>
          <data key="d3">6</data>
          <data key="d4">0.25</data>
          <data key="d5">False</data>
          <data key="d6">2007-05</data>
        </node>
        <node id="kh">
          <data key="d1">KH &amp; co &lt;x&gt;</data>
        </node>
        <edge source="iran" target="kh" id="0">
          <data key="d7">backs</data>
          <data key="d8">2.0</data>
        </edge>
        <edge source="iran" target="kh" id="1">
          <data key="d7">funds</data>
        </edge>
        <edge source="kh" target="iran" id="0">
          <data key="d9">2025-11</data>
          <data key="d10">2026</data>
        </edge>
        <data key="d0">nx test</data>
      </graph>
    </graphml>
    """

    @Test("NetworkX's write_graphml (default and named_key_ids) reads as expected")
    func networkXDialect() throws {
        var named = Self.networkX
        for (id, name) in [("d10", "until"), ("d9", "since"), ("d8", "weight"), ("d7", "relation"), ("d6", "founded"),
                           ("d5", "designated"), ("d4", "share"), ("d3", "seats"), ("d2", "kind"), ("d1", "label"), ("d0", "name")] {
            named = named.replacingOccurrences(of: "\"\(id)\"", with: "\"\(name)\"")
        }
        for text in [Self.networkX, named] {
            let (net, warnings) = try read(text)
            #expect(net.directed)
            #expect(net.title == nil)
            #expect(net.nodes.map(\.id) == ["iran", "kh"])
            #expect(net.nodes[0].label == "Iran")
            #expect(net.nodes[0].kind == "state")
            #expect(net.nodes[0].attributes == ["seats": Attribute(.number(6)), "share": Attribute(.number(0.25)),
                                                "designated": Attribute(.bool(false)), "founded": Attribute(.string("2007-05"))])
            #expect(net.nodes[1].label == "KH & co <x>")
            #expect(net.edges.map(\.relation) == ["backs", "funds", "edge"])
            #expect(net.edges.map(\.weight) == [2, nil, nil])
            #expect(net.edges.map(\.id) == [nil, nil, nil])  // NetworkX's multigraph keys repeat
            #expect(net.edges[2].validity == Validity(since: InfluenceDate("2025-11"), until: InfluenceDate("2026")))
            #expect(warnings.map(\.description) == [
                "g.graphml:33:5: warning: edge id '0' repeats (as NetworkX writes multigraph keys); edge ids are not kept",
                "g.graphml:37:5: warning: graph attribute 'name' is not kept (a network has no graph attributes)",
            ])
        }
    }

    @Test("Gephi's GraphML export reads as expected, defaults applied")
    func gephiDialect() throws {
        let text = """
        <?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key attr.name="label" attr.type="string" for="node" id="label"/>
        <key attr.name="Edge Label" attr.type="string" for="edge" id="edgelabel"/>
        <key attr.name="weight" attr.type="double" for="edge" id="weight"/>
        <key attr.name="r" attr.type="int" for="node" id="r"/>
        <key attr.name="x" attr.type="float" for="node" id="x"/>
        <key attr.name="Modularity Class" attr.type="int" for="node" id="modularity_class"><default>0</default></key>
        <key attr.name="visible" attr.type="boolean" for="all" id="v"><default>true</default></key>
        <key id="yg" for="node" yfiles.type="nodegraphics"/>
        <graph edgedefault="directed">
        <node id="iran">
        <data key="label">Iran</data>
        <data key="modularity_class">2</data>
        <data key="r">153</data>
        <data key="x">-12.5</data>
        <data key="yg"><y:ShapeNode xmlns:y="http://www.yworks.com/xml/graphml"/></data>
        </node>
        <node id="kh"><desc>ignored</desc></node>
        <edge id="0" source="iran" target="kh">
        <data key="weight">1.0</data>
        <data key="edgelabel">backs</data>
        </edge>
        </graph>
        </graphml>
        """
        let (net, warnings) = try read(text)
        #expect(net.nodes.map(\.label) == ["Iran", nil])
        #expect(net.nodes[0].attributes == ["Modularity Class": Attribute(.number(2)), "r": Attribute(.number(153)),
                                            "x": Attribute(.number(-12.5)), "visible": Attribute(.bool(true))])
        #expect(net.nodes[1].attributes == ["Modularity Class": Attribute(.number(0)), "visible": Attribute(.bool(true))])
        #expect(net.edges == [Edge(id: "0", from: "iran", to: "kh", relation: "edge", weight: 1,
                                   attributes: ["Edge Label": Attribute(.string("backs")), "visible": Attribute(.bool(true))])])
        #expect(warnings.map(\.description) == ["g.graphml:16:1: warning: 1 <data> element(s) of yFiles keys (graphics) are ignored"])
    }

    @Test("undirected and missing edgedefault; parallel edges and self-loops are kept")
    func undirected() throws {
        let (net, _) = try read("<graphml><graph><node id='a'/><node id='b'/><edge source='a' target='b'/><edge source='a' target='b'/><edge source='a' target='a'/></graph></graphml>")
        #expect(!net.directed)
        #expect(net.edges.count == 3)
        #expect(net.edges.allSatisfy { $0.relation == "edge" })
    }

    @Test("problems are named with file, line and column", arguments: [
        ("<graphml><graph edgedefault='directed'><node id='a'/><node id='b'/>\n<edge source='a' target='b' directed='false'/></graph></graphml>",
         "g.graphml:2:29: edge a → b is undirected in a directed graph (mixed graphs are not supported; make every edge directed)"),
        ("<graphml><graph><node id='a'/>\n<edge source='a' target='zz'/></graph></graphml>",
         "g.graphml:2:18: edge references unknown node 'zz' in 'target' (every node must be declared with <node id=…>)"),
        ("<graphml><graph><node id='a'>\n  <data key='d9'>x</data></node></graph></graphml>",
         "g.graphml:2:9: <data> of node 'a' refers to undeclared key 'd9' (expected the id of a <key>)"),
        ("<graphml><key id='w' for='edge' attr.name='weight' attr.type='double'/><graph><node id='a'/>\n<edge source='a' target='a'><data key='w'>INF</data></edge></graph></graphml>",
         "g.graphml:2:29: weight 'INF' of edge a → a is not allowed (expected a finite number)"),
        ("<graphml><key id='b' for='node' attr.name='ok' attr.type='boolean'/><graph>\n<node id='a'><data key='b'>maybe</data></node></graph></graphml>",
         "g.graphml:2:14: attribute 'ok' of node 'a' is 'maybe' (expected true or false)"),
        ("<graphml><key id='n' for='node' attr.name='x' attr.type='double'/><graph>\n<node id='a'><data key='n'>nan</data></node></graph></graphml>",
         "g.graphml:2:14: attribute 'x' of node 'a' is nan, which is not a finite number"),
        ("<graphml><key id='s' for='node' attr.name='since' attr.type='string'/><graph>\n<node id='a'><data key='s'>last year</data></node></graph></graphml>",
         "g.graphml:2:14: invalid date 'last year' in 'since' of node 'a' (expected YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date)"),
        ("<graphml><key id='s' for='node' attr.name='since'/><key id='u' for='node' attr.name='until'/><graph>\n<node id='a'><data key='s'>2025</data><data key='u'>2024</data></node></graph></graphml>",
         "g.graphml:2:39: 'until' 2024 of node 'a' is not after 'since' 2025 (expected since < until; until is exclusive)"),
        ("<graphml><graph><node id='a'/>\n  <node id='a'/></graph></graphml>",
         "g.graphml:2:3: duplicate node id 'a' (first defined at line 1)"),
        ("<graphml><key id='k' attr.type='complex'/><graph/></graphml>",
         "g.graphml:1:22: key 'k' has attr.type 'complex' (expected boolean, int, long, float, double or string)"),
        ("<graphml><graph edgedefault='sideways'/></graphml>",
         "g.graphml:1:17: edgedefault is 'sideways' (expected directed or undirected)"),
        ("<graphml><graph/><graph/></graphml>", "g.graphml:1:18: a second <graph> (this reader takes one graph per file)"),
        ("<graphml/>", "g.graphml:1:1: <graphml> has no <graph> element"),
        ("<gexf/>", "g.graphml:1:1: the root element is <gexf> (expected <graphml>)"),
        ("<graphml><graph><hyperedge/></graph></graphml>", "g.graphml:1:17: hyperedges are not supported (expected <edge>)"),
        ("<graphml><key id='e' for='node' attr.name='influence.evidence'/><graph>\n<node id='a'><data key='e'>[{\"source\": \"nope\"}]</data></node></graph></graphml>",
         "g.graphml:2:14: in 'influence.evidence': node 'a' cites unknown source 'nope' (the file has no 'sources' section)"),
        ("<graphml><key id='e' for='node' attr.name='influence.aliases'/><graph>\n<node id='a'><data key='e'>[1, </data></node></graph></graphml>",
         "g.graphml:2:14: 'influence.aliases' is not valid JSON: unexpected end of file (expected a value)"),
        ("", "g.graphml:1:1: the file is empty (expected a GraphML document (<graphml>))"),
        ("<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><graphml/>",
         "g.graphml:1:20: the DOCTYPE declares entity 'xxe' (refused: entities are never expanded or fetched, which rules out XXE and \"billion laughs\"; remove the DOCTYPE)"),
        ("<graphml>\n<graph>\n<node id='a'>", "g.graphml:3:14: the file ends inside element <node> opened at 3:1 (expected </node>; is the file truncated?)"),
    ])
    func errors(text: String, message: String) {
        expectError(text, message)
    }

    @Test("a bare DOCTYPE is accepted")
    func bareDoctype() throws {
        let (net, _) = try read("<?xml version=\"1.0\"?>\n<!DOCTYPE graphml>\n<graphml><graph><node id='a'/></graph></graphml>")
        #expect(net.nodes.map(\.id) == ["a"])
    }

    @Test("strings XML 1.0 cannot hold are refused, naming the element")
    func controlCharacters() {
        var net = Network()
        net.nodes = [Node(id: "a"), Node(id: "b", label: "bell\u{7}")]
        #expect(throws: WriteError.unrepresentable(format: "GraphML", reason: "the label of node 'b' holds the control character U+0007, which XML 1.0 cannot hold (remove it)")) {
            _ = try GraphMLFormat.write(net)
        }
        net.nodes[1] = Node(id: "b\u{0}")
        #expect(throws: WriteError.unrepresentable(format: "GraphML", reason: "the id of node 'b\u{0}' holds the control character U+0000, which XML 1.0 cannot hold (remove it)")) {
            _ = try GraphMLFormat.write(net)
        }
        net.nodes[1] = Node(id: "b", attributes: ["x": Attribute(.string("\u{FFFE}"))])
        #expect(throws: WriteError.unrepresentable(format: "GraphML", reason: "attribute 'x' of node 'b' holds the character U+FFFE, which XML 1.0 cannot hold (remove it)")) {
            _ = try GraphMLFormat.write(net)
        }
        // Evidence goes through JSON, which escapes control characters: no refusal there.
        net.nodes[1] = Node(id: "b", evidence: [Evidence(quote: "bell\u{7}")])
        #expect(throws: Never.self) { _ = try GraphMLFormat.write(net) }
    }

    @Test("an empty network writes and reads back; no warning")
    func empty() throws {
        let (bytes, warnings) = try GraphMLFormat.write(Network())
        #expect(warnings.isEmpty)
        let (back, _) = try GraphMLFormat.read(bytes, path: "e.graphml")
        #expect(back == Network())
    }
}
