import InfluenceGraph
import InfluenceIO
import Testing

@Suite("DOT read through Graphviz and written as data DOT")
struct DOTFormatTests {
    static let root = #filePath.components(separatedBy: "/Tests/")[0]

    /// What data DOT keeps of a network: everything but evidence, dated attribute values and the
    /// sources, kinds and relations tables; and a year-only date reads back as a number (DOT
    /// values are text, typed on reading).
    static func dotView(_ net: Network) -> Network {
        var net = net
        net.sources = [:]
        net.kinds = [:]
        net.relations = [:]
        func keep(_ attributes: Attributes) -> Attributes {
            attributes.filter { $0.value.values.count == 1 && $0.value.values[0].validity.isAlways }.mapValues { a in
                if case .date(let d) = a.values[0].value, d.precision == .year { return Attribute(.number(Double(d.year))) }
                return a
            }
        }
        net.nodes = net.nodes.map { var n = $0; n.evidence = []; n.attributes = keep(n.attributes); return n }
        net.edges = net.edges.map { var e = $0; e.evidence = []; e.attributes = keep(e.attributes); return e }
        return net
    }

    @Test("the Iraq network round-trips through DOT, losing only what the warning names")
    func iraqRoundTrip() throws {
        let net = try NetworkReader.read(path: Self.root + "/graphs/iraq-2025.yaml")
        let (bytes, warnings) = try NetworkWriter.encode(net, format: .dot)
        #expect(warnings == ["DOT cannot hold evidence, dated attribute values, the sources table, the kinds and relations tables; they are left out"])
        let back = try NetworkReader.read(bytes, path: "iraq.dot", format: .dot)
        let expected = Self.dotView(net)
        #expect(back.directed == expected.directed && back.title == expected.title && back.description == expected.description)
        // Graphviz keeps attributes in the order of their first declaration in the file, not per
        // node: compare them as sets.
        func unordered(_ nodes: [Node]) -> [Node] {
            nodes.map { var n = $0; n.attributes.sort { $0.key < $1.key }; return n }
        }
        #expect(unordered(back.nodes) == unordered(expected.nodes))
        let sorted = expected.edges
        func unorderedEdges(_ edges: [Edge]) -> [Edge] {
            edges.map { var e = $0; e.attributes.sort { $0.key < $1.key }; return e }
        }
        #expect(unorderedEdges(back.edges) == unorderedEdges(sorted))
        // Writing is deterministic.
        #expect(try NetworkWriter.encode(net, format: .dot).bytes == bytes)
    }

    @Test("DOT as others write it: attributes typed, parallel edges kept, strict graphs merged, HTML labels as text")
    func foreignDOT() throws {
        let text = """
        /* written by hand, as pydot / Graphviz users do */
        strict digraph G {
          graph [label="Net", comment="a test"];
          node [shape=box];
          a [label="Alpha", kind=militia, seats=27, founded="2003-07", active=true];
          b [label=<<b>Beta</b>>];
          a -> b [relation=backs, weight=2.5];
          a -> b [relation=funds];
          b -> c;
          subgraph cluster_x { d; }
        }
        """
        let net = try NetworkReader.read(Array(text.utf8), path: "g.dot", format: .dot)
        #expect(net.directed && net.title == "Net" && net.description == "a test")
        #expect(net.nodes.map(\.id) == ["a", "b", "c", "d"])
        let a = net.nodes[0]
        #expect(a.label == "Alpha" && a.kind == "militia")
        #expect(a.attributes["seats"] == Attribute(.number(27)))
        #expect(a.attributes["founded"] == Attribute(.date(InfluenceDate("2003-07")!)))
        #expect(a.attributes["active"] == Attribute(.bool(true)))
        #expect(a.attributes["shape"] == Attribute(.string("box")))
        #expect(net.nodes[1].label == "<b>Beta</b>")
        // strict: one a -> b edge, its attributes merged by Graphviz (the last value wins).
        #expect(net.edges.count == 2)
        #expect(net.edges[0].from == "a" && net.edges[0].relation == "funds" && net.edges[0].weight == 2.5)
        #expect(net.edges[1].relation == "edge")

        let multi = try NetworkReader.read(Array("graph { x -- y; x -- y [weight=3]; }".utf8), path: "m.dot", format: .dot)
        #expect(!multi.directed && multi.edges.count == 2 && multi.edges[1].weight == 3)
    }

    @Test("bad DOT: the message names the file and Graphviz's line; the parser works again afterwards")
    func errors() throws {
        func message(_ text: String) -> String {
            do {
                _ = try NetworkReader.read(Array(text.utf8), path: "bad.dot", format: .dot)
                return "no error"
            } catch {
                return error.description
            }
        }
        #expect(message("digraph {\n a -> b;\n \"c -> d; }\n").hasPrefix(
            "bad.dot:3:1: DOT syntax error (Graphviz: syntax error in line 3 scanning a quoted string"))
        #expect(message("digraph {\n a [label=<<b>x</b>];\n}\n").hasPrefix(
            "bad.dot:4:1: DOT syntax error (Graphviz: syntax error in line 4 scanning a HTML string"))
        #expect(message("digraph { a -> b }\n not dot at all {{{").hasPrefix(
            "bad.dot:2:1: DOT syntax error (Graphviz: text after the end of the first graph (a DOT file here holds one graph); syntax error in line 2"))
        #expect(message("digraph { a -> b }\ngraph { c }").hasPrefix(
            "bad.dot: DOT error (Graphviz: text after the end of the first graph"))
        #expect(message("digraph { a -> b }\n// a comment\n\n") == "no error")
        #expect(message("") == "bad.dot:1:1: the file is empty (expected a DOT graph: 'digraph { … }' or 'graph { … }')")
        #expect(message("digraph { a\0 -> b }") == "bad.dot:1:12: NUL byte (a DOT file is text; is this a binary file?)")
        #expect(message("digraph { a -> b [weight=nan] }") == "bad.dot: edge 1 ('a' -> 'b'): weight 'nan' is not allowed (expected a finite number)")
        #expect(message("digraph { a [since=\"2025-13\"] }") == "bad.dot: node 'a': 'since' value '2025-13' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        #expect(message("digraph { a [since=2025, until=2024] }") == "bad.dot: node 'a' has 'until' not after 'since' (the interval is empty)")
        #expect(message("digraph { \"\(String(repeating: "x", count: (1 << 20) + 1))\" }") == "bad.dot:1:1: line is longer than 1048576 bytes (the limit for one line)")
        // After all those failures, Graphviz's parser still reads a good graph.
        #expect(message("digraph { a -> b }") == "no error")
    }

    @Test("invalid UTF-8 is refused at its byte")
    func invalidUTF8() {
        #expect(throws: ReadError.at("u.dot", 1, 13, "invalid UTF-8 (the file must be UTF-8 text)")) {
            try DOTFormat.read(Array("digraph { a ".utf8) + [0xC3, 0x28] + Array(" }".utf8), path: "u.dot")
        }
    }

    @Test("ids DOT cannot spell are refused when writing, naming the id")
    func unwritable() {
        var net = Network(directed: true)
        net.nodes = [Node(id: "line\nbreak")]
        #expect(throws: WriteError.unrepresentable(format: "DOT", reason: "id 'line\nbreak' has a line break or ends with a backslash, which DOT cannot spell")) {
            try DOTFormat.write(net)
        }
        net.nodes = [Node(id: "quote\"d", label: "say \"hi\"\\n")]
        let text = String(decoding: try! DOTFormat.write(net).bytes, as: UTF8.self)
        let back = try! DOTFormat.read(Array(text.utf8), path: "q.dot")
        #expect(back.network.nodes == net.nodes)
    }
}
