import InfluenceGraph
import InfluenceIO
import Testing

@Suite("Pajek .net: Pajek's and NetworkX's dialects, hostile input")
struct PajekTests {
    func pajek(_ text: String) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        try PajekFormat.read(Array(text.utf8), path: "t.net")
    }

    @Test("networkx.write_pajek output reads as read_pajek reads it")
    func networkxDialect() throws {
        // nx.write_pajek(G) for a DiGraph with a string node attribute and a string edge attribute.
        let text = """
        *vertices 3
        1 iran 0.0 0.0 ellipse kind state
        2 kh 0.0 0.0 ellipse
        3 "Kata'ib Hezbollah list" 0.0 0.0 ellipse
        *arcs
        1 2 1.0 relation backs
        2 3 2.5 since 2025-11
        """
        let (net, warnings) = try pajek(text)
        #expect(warnings.isEmpty)
        #expect(net.directed)
        #expect(net.nodes.map(\.id) == ["iran", "kh", "Kata'ib Hezbollah list"])
        #expect(net.nodes[0].kind == "state")
        #expect(net.nodes[0].attributes["shape"]?.values.first?.value == .string("ellipse"))
        #expect(net.nodes[0].attributes["x"]?.values.first?.value == .number(0))
        #expect(net.edges.map(\.relation) == ["backs", "edge"])
        #expect(net.edges.map(\.weight) == [1, 2.5])
        #expect(net.edges[1].validity == Validity(since: InfluenceDate("2025-11")))
    }

    @Test("Pajek's own files: *Network, comments, unlisted vertices, multi-relational sections, lists, CRLF")
    func pajekDialect() throws {
        let text = "% a comment\r\n*Network Iraq 2025\r\n*Vertices 4\r\n1 \"Iran\" 0.1 0.2 0.5 box ic Red\r\n3 \"Huquq\"\r\n"
            + "*Arcs :1 \"backs\"\r\n1 2\r\n*Arcs :2 \"funds\"\r\n1 3 3\r\n\r\n*Arcslist\r\n2 3 4\r\n"
        let (net, warnings) = try pajek(text)
        #expect(net.title == "Iraq 2025")
        #expect(net.nodes.map(\.id) == ["1", "2", "3", "4"])
        #expect(net.nodes.map(\.label) == ["Iran", nil, "Huquq", nil])
        #expect(net.nodes[0].attributes["z"]?.values.first?.value == .number(0.5))
        #expect(net.nodes[0].attributes["ic"]?.values.first?.value == .string("Red"))
        #expect(net.edges.map { "\($0.from)-\($0.relation)-\($0.to)" } == ["1-backs-2", "1-funds-3", "2-edge-3", "2-edge-4"])
        #expect(net.edges[1].weight == 3)
        #expect(warnings.map(\.description) == ["t.net:1:1: warning: vertex 2 has no label, so nodes are named by their vertex numbers and labels kept as labels"])
    }

    @Test("*Edges alone is undirected; *Arcs with *Edges reads each edge as two arcs, with a warning")
    func mixed() throws {
        #expect(try !pajek("*Vertices 2\n1 a\n2 b\n*Edges\n1 2\n").network.directed)
        let (net, warnings) = try pajek("*Vertices 2\n1 a\n2 b\n*Arcs\n1 2\n*Edges\n1 2 4\n")
        #expect(net.edges.map { "\($0.from)\($0.to)" } == ["ab", "ab", "ba"])
        #expect(warnings.map(\.description) == ["t.net:6:1: warning: the file has both *Arcs and *Edges; the network is read as directed, each edge as two arcs (as networkx.read_pajek does)"])
    }

    @Test("hostile input gives one clear message with its position")
    func hostile() {
        let cases: [(String, String)] = [
            ("", "t.net:1:1: the file is empty (expected a Pajek network: *Vertices n, then *Arcs or *Edges)"),
            ("*Vertices 3\n1 a\n*Arcs\n1 7\n", "t.net:4:3: vertex 7 is out of range (the file declares *Vertices 3, so 1 to 3)"),
            ("*Vertices 3\n0 a\n", "t.net:2:1: vertex 0 is out of range (the file declares *Vertices 3, so 1 to 3)"),
            ("*Vertices 3\n1 a\n1 b\n", "t.net:3:1: vertex 1 is listed twice (first at line 2)"),
            ("*Vertices 2\n1 \"unterminated\n", "t.net:2:3: unterminated quoted label: the '\"' opened here has no closing quote on this line"),
            ("*Arcs\n1 2\n", "t.net:1:1: '*Arcs' before '*Vertices' (expected *Vertices n first)"),
            ("*Vertices 2\n*Arcs\n1 2 inf\n", "t.net:3:5: weight 'inf' is not a number (expected a finite number)"),
            ("*Vertices 2\n*Arcs\n1 x\n", "t.net:3:3: 'x' is not a vertex number (expected a whole number from 1 to 2)"),
            ("*Vertices 99999999999\n", "t.net:1:11: *Vertices 99999999999 is more vertices than 1048576 (the limit for *Vertices in a file of 22 bytes)"),
            ("*Vertices\n", "t.net:1:1: '*Vertices' needs the number of vertices (expected *Vertices n)"),
            ("*Matrix\n0 1\n", "t.net:1:1: section '*Matrix' is not supported (expected *Network, *Vertices, *Arcs, *Edges, *Arcslist or *Edgeslist)"),
            ("1 2\n", "t.net:1:1: a line outside any section (expected *Vertices n first)"),
            ("% only a comment\n", "t.net:1:1: the file has no '*Vertices n' (expected a Pajek network)"),
            ("*Vertices 1\n1 \"a\" " + String(repeating: "x", count: 1 << 20) + "\n", "t.net:2:1: line is longer than 1048576 bytes (the limit for one Pajek line)"),
            ("*Vertices 1\n1 a\u{0}\n", "t.net:2:4: NUL byte in the file (expected text; is this a binary file?)"),
            ("*Vertices 2\n*Arcs\n1 2 1 id e\n2 1 1 id e\n", "t.net:4:1: duplicate edge id 'e' (first defined at line 3)"),
        ]
        for (text, expected) in cases {
            expectInterchangeFailure(expected) { () throws(ReadError) in _ = try pajek(text) }
        }
        expectInterchangeFailure("t.net:2:3: invalid UTF-8 (the file must be UTF-8 text)") { () throws(ReadError) in
            _ = try PajekFormat.read(Array("*Vertices 1\n1 ".utf8) + [0xE9, 0x0A], path: "t.net")
        }
    }
}
