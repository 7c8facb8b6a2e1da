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

    @Test("*Edges alone is undirected, an empty *Arcs does not make it directed; arcs with edges read each edge as two arcs, with one warning")
    func mixed() throws {
        #expect(try !pajek("*Vertices 2\n1 a\n2 b\n*Edges\n1 2\n").network.directed)
        let (usair, none) = try pajek("*Vertices 2\n1 a\n2 b\n*Arcs\n*Edges\n1 2\n")
        #expect(!usair.directed && usair.edges.count == 1 && none.isEmpty)
        #expect(try pajek("*Vertices 2\n1 a\n2 b\n*Arcs\n1 2\n*Edges\n").network.directed)
        let (net, warnings) = try pajek("*Vertices 2\n1 a\n2 b\n*Arcs\n1 2\n*Edges\n1 2 4\n")
        #expect(net.directed)
        #expect(net.edges.map { "\($0.from)\($0.to)" } == ["ab", "ab", "ba"])
        #expect(net.edges.map(\.weight) == [nil, 4, 4])
        #expect(warnings.map(\.description) == ["t.net:7:1: warning: the network has arcs (from line 5) and edges (from line 7), a mixed network; it is read as directed, each of its 1 edge as two arcs"])
        // A loop edge is one arc.
        #expect(try pajek("*Vertices 2\n*Arcs\n1 2\n*Edges\n2 2\n").network.edges.count == 2)
    }

    @Test("*Matrix: n × n arcs with their values; a 2-mode matrix is n1 × (n − n1) edges")
    func matrix() throws {
        let (net, warnings) = try pajek("*Network m\n*Vertices 3\n1 a\n2 b\n3 c\n*Matrix\n0 2 0\n1.5 0 0\n\n0 0 1\n")
        #expect(net.directed && warnings.isEmpty)
        #expect(net.edges.map { "\($0.from)>\($0.to) \($0.weight ?? 0)" } == ["a>b 2.0", "b>a 1.5", "c>c 1.0"])
        let (two, _) = try pajek("*Vertices 4 2\n*Matrix :1 \"member\"\n1 0\n1 1\n")
        #expect(!two.directed)
        #expect(two.edges.map { "\($0.from)-\($0.to) \($0.relation)" } == ["1-3 member", "2-3 member", "2-4 member"])
    }

    @Test("a two-mode network: the mode attribute, and a warning for ties within one mode")
    func twoMode() throws {
        let (net, warnings) = try pajek("*Vertices 4 2\n*Edges\n1 3\n2 4\n3 4\n1 2\n")
        #expect(!net.directed)
        #expect(net.nodes.map { $0.attributes["mode"]?.values.first?.value } == [.number(1), .number(1), .number(2), .number(2)])
        #expect(net.edges.count == 4)
        #expect(warnings.map(\.description) == ["t.net:5:1: warning: 2 ties join two vertices of the same mode of this two-mode network (*Vertices 4 2), the first here; kept as written"])
    }

    @Test("relation numbers: a header names one, a `k:` line uses it; text before *Vertices is ignored with a warning")
    func relations() throws {
        let text = "made by hand\nsecond line\n*Vertices 3\n*Arcs :1 \"backs\"\n1 2\n*Edges :2 \"allies\"\n*Arcs\n2: 3 1\n7: 1 3\n*Arcslist :3\n1: 2 3\n3 1\n"
        let (net, warnings) = try pajek(text)
        #expect(net.edges.map { "\($0.from)>\($0.to) \($0.relation)" } == ["1>2 backs", "3>1 allies", "1>3 7", "2>3 backs", "3>1 3"])
        #expect(warnings.map(\.description) == ["t.net:1:1: warning: 2 lines of text outside any section ignored (as Pajek ignores it)"])
    }

    @Test("labels: a quote never closed runs to the end of its line; a quote inside a label; Pajek's &#N; character codes")
    func labels() throws {
        let (net, warnings) = try pajek("*Vertices 4\n1 \"Hainault \r\n2 \"O\"Neill\" 0.5 0.5\n3 \"Kata&#39;ib &#x10D;\"\n4 \"say \"hi\"\"\n")
        #expect(net.nodes.map(\.id) == ["Hainault", "O\"Neill", "Kata'ib č", "say \"hi\""])
        #expect(net.nodes[1].attributes["x"]?.values.first?.value == .number(0.5))
        #expect(warnings.map(\.description) == ["t.net:2:3: warning: the '\"' opened here has no closing quote on its line; the label runs to the end of the line, as Pajek reads it"])
    }

    @Test("a project: networks chosen by title, part of it or number; partitions and vectors by vertex count; other sections skipped")
    func project() throws {
        let text = """
        *Network first
        *Vertices 2
        1 "a"
        2 "b"
        *Arcs
        1 2
        *Network second one
        *Vertices 3
        *Edges
        1 3
        *Partition groups
        *Vertices 3
        1 2
        2
        *Vector size
        *Vertices 2
        0.5
        1e3
        *Permutation order
        *Vertices 2
        2
        1
        """
        func read(_ network: String?) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
            try PajekFormat.read(Array(text.utf8), path: "t.paj", network: network)
        }
        let (first, warnings) = try read(nil)
        #expect(first.title == "first" && first.directed && first.edges.count == 1)
        #expect(first.nodes.map { $0.attributes["size"]?.values.first?.value } == [.number(0.5), .number(1000)])
        #expect(first.nodes[0].attributes["groups"] == nil)
        #expect(warnings.map(\.description) == [
            "t.paj:1:1: warning: the file holds 2 networks; read network 1 'first', not 2 'second one' (choose one with --network NAME or --network N)",
            "t.paj: warning: partition 'groups' (line 11, 3 vertices) not read: the network read has 2 vertices (Pajek pairs partitions and vectors with networks of their size)",
            "t.paj:19:1: warning: project sections influence does not read were skipped: *Permutation (line 19)",
        ])
        for name in ["second one", "SECOND ONE", "second", "2"] {
            let (second, w) = try read(name)
            #expect(second.title == "second one" && !second.directed && second.nodes.count == 3)
            #expect(second.nodes.map { $0.attributes["groups"]?.values.first?.value } == [.number(1), .number(2), .number(2)])
            #expect(w.count == 2)   // the vector, the permutation
        }
        expectInterchangeFailure("t.paj: no network named 'secnod one' (did you mean 'second one'?); the file's networks are 1 'first', 2 'second one' (give a title or a number from 1 to 2)") { () throws(ReadError) in
            _ = try read("secnod one")
        }
        expectInterchangeFailure("t.paj: network 0 is out of range (the file has 2 networks: 1 'first', 2 'second one')") { () throws(ReadError) in
            _ = try read("0")
        }
        // The only network of a plain file is network 1.
        #expect(try PajekFormat.read(Array("*Vertices 1\n".utf8), path: "t.net", network: "1").network.nodes.count == 1)
    }

    @Test("NetworkReader reads .paj as Pajek and passes ReadOptions.network")
    func pajExtension() throws {
        #expect(NetworkFormat(path: "x/Davis.PAJ") == .pajek)
        let net = try NetworkReader.read(Array("*Network a\n*Vertices 1\n*Network b\n*Vertices 2\n".utf8), path: "t.paj", format: .pajek, options: ReadOptions(network: "b"))
        #expect(net.title == "b" && net.nodes.count == 2)
    }

    @Test("hostile input gives one clear message with its position")
    func hostile() {
        let cases: [(String, String)] = [
            ("", "t.net:1:1: the file is empty (expected a Pajek network: *Vertices n, then *Arcs or *Edges)"),
            ("*Vertices 3\n1 a\n*Arcs\n1 7\n", "t.net:4:3: vertex 7 is out of range (the file declares *Vertices 3, so 1 to 3)"),
            ("*Vertices 3\n0 a\n", "t.net:2:1: vertex 0 is out of range (the file declares *Vertices 3, so 1 to 3)"),
            ("*Vertices 3\n1 a\n1 b\n", "t.net:3:1: vertex 1 is listed twice (first at line 2)"),
            ("*Arcs\n1 2\n", "t.net:1:1: '*Arcs' before '*Vertices' (expected *Vertices n first)"),
            ("*Vertices 2\n*Arcs\n1 2 inf\n", "t.net:3:5: weight 'inf' is not a number (expected a finite number)"),
            ("*Vertices 2\n*Arcs\n1 x\n", "t.net:3:3: 'x' is not a vertex number (expected a whole number from 1 to 2)"),
            ("*Vertices 99999999999\n", "t.net:1:11: *Vertices 99999999999 is more vertices than 1048576 (the limit for *Vertices in a file of 22 bytes)"),
            ("*Vertices\n", "t.net:1:1: '*Vertices' needs the number of vertices (expected *Vertices n)"),
            ("*Matrix\n0 1\n", "t.net:1:1: '*Matrix' before '*Vertices' (expected *Vertices n first)"),
            ("*Vertices 2\n*Graph\n", "t.net:2:1: section '*Graph' is not supported (expected *Network, *Vertices, *Arcs, *Edges, *Arcslist, *Edgeslist, *Matrix, *Partition or *Vector)"),
            ("1 2\n", "t.net:1:1: the file has no '*Vertices n' (expected a Pajek network)"),
            ("*Vertices 2\n*Matrix\n0 1\n1 0 1\n", "t.net:4:5: matrix row 2 has 3 entries, expected 2 (one per vertex)"),
            ("*Vertices 3\n*Matrix\n0 1\n", "t.net:3:1: matrix row 1 has 2 entries, expected 3 (one per vertex)"),
            ("*Vertices 2\n*Matrix\n0 1\n1 0\n1 1\n", "t.net:5:1: a *Matrix row more than the 2 vertices (the matrix starts at line 2)"),
            ("*Vertices 2\n*Matrix\n0 1\n*Arcs\n", "t.net:2:1: the *Matrix has 1 rows, expected 2 (one per vertex)"),
            ("*Vertices 2\n*Matrix\n0 x\n0 0\n", "t.net:3:3: matrix entry 'x' is not a number (expected 0 for no tie, or the tie's value)"),
            ("*Vertices 3 1\n*Matrix\n0 0 1\n", "t.net:3:5: matrix row 1 has 3 entries, expected 2 (one per second-mode vertex)"),
            ("*Vertices 3 4\n", "t.net:1:13: '4' is not the size of the first mode (expected *Vertices n n1, n1 from 0 to n)"),
            ("*Vertices 3\n*Arcslist\n1 2 4\n", "t.net:3:5: vertex 4 is out of range (the file declares *Vertices 3, so 1 to 3)"),
            ("*Vertices 3\n*Edges\n2: 1 9\n", "t.net:3:6: vertex 9 is out of range (the file declares *Vertices 3, so 1 to 3)"),
            ("*Vertices 2\n*Partition p\n*Vertices 2\n1\n", "t.net:2:1: the partition 'p' has 1 values, expected 2 (its *Vertices 2)"),
            ("*Vertices 2\n*Partition p\n*Vertices 2\n1 2 3\n", "t.net:4:5: more values than the 2 of *Vertices 2 (line 3) of the partition 'p'"),
            ("*Vertices 2\n*Partition p\n*Vertices 2\n1 2.5\n", "t.net:4:3: '2.5' is not a value of the partition (expected a whole number (a cluster number))"),
            ("*Vertices 2\n*Vector v\n*Vertices 2\n1 nan\n", "t.net:4:3: 'nan' is not a value of the vector (expected a finite number)"),
            ("*Vertices 2\n*Partition p\n1\n", "t.net:3:1: a value before '*Vertices n' of the partition at line 2 (expected *Vertices n, then n values)"),
            ("*Vertices 2\n*Partition p\n", "t.net:2:1: '*Partition' needs '*Vertices n' on the next line (expected *Vertices n, then n values)"),
            ("*Network a\n*Network b\n*Vertices 1\n", "t.net:1:1: the network 'a' has no '*Vertices n' (expected *Vertices n after *Network)"),
            ("*Vertices 2\n*Vertices 2\n", "t.net:2:1: a second '*Vertices' (a Pajek network declares its vertices once; a project starts each network with *Network)"),
            ("*Network a\n*Vertices 1048576\n*Network b\n*Vertices 2\n", "t.net:4:11: *Vertices 2 is more vertices than 1048576 (the limit for *Vertices in a file of 52 bytes, with the 1048576 of the networks before)"),
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
