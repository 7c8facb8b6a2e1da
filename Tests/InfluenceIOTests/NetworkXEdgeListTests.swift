import InfluenceGraph
import InfluenceIO
import Testing

/// NetworkX's default edge list (a Python dict after the pair) and igraph's NCOL.
@Suite("NetworkX data dicts and igraph NCOL")
struct NetworkXEdgeListTests {
    func parse(_ text: String) throws(ReadError) -> EdgeList {
        try EdgeListFormat.read(Array(text.utf8), path: "g.edgelist")
    }

    @Test("a data dict gives the weight, the relation (else the label) and typed attributes")
    func dataDict() throws {
        let text = #"""
        a b {'weight': 4, 'relation': 'x', "note": "say \"hi\" #1", 'n': -2, 'f': 1.5e-07, 'ok': False}
        b c {}
        c a {'label': 'backs', 'since': '2003-05', 'u': '\u00e9\x41\n\U0001F600\101'} # a comment
        a a {'weight': 0.5, 'relation': 'x', 'label': 'kept', }
        d e
        """#
        let list = try parse(text)
        #expect(list.ids == ["a", "b", "c", "d", "e"])
        #expect(list.weights == [4, 1, 1, 0.5, 1])
        #expect(list.relations == ["x", "edge", "backs", "x", "edge"])
        #expect(list.warnings.isEmpty)
        let net = list.network(directed: true)
        #expect(net.edges[0].attributes == ["note": Attribute(.string("say \"hi\" #1")), "n": Attribute(.number(-2)),
                                            "f": Attribute(.number(1.5e-07)), "ok": Attribute(.bool(false))])
        #expect(net.edges[1].attributes.isEmpty)
        #expect(net.edges[2].attributes["since"] == Attribute(.date(InfluenceDate("2003-05")!)))
        #expect(net.edges[2].attributes["u"] == Attribute(.string("éA\n😀A")))
        #expect(net.edges[3].attributes == ["label": Attribute(.string("kept"))])
        #expect(!list.isPlain)
        #expect(try parse("a b {'weight': 2}\nb c {}\n").isPlain)  // weights only: the fast path keeps all
    }

    @Test("None, inf and nan are left out with one warning naming the keys")
    func droppedValues() throws {
        let list = try parse("a b {'x': None, 'y': inf}\nb c {'y': -inf, 'z': nan, 'w': 1}\n")
        let net = list.network(directed: true)
        #expect(net.edges.map(\.attributes) == [[:], ["w": Attribute(.number(1))]])
        #expect(list.warnings.map(\.description) == [
            "g.edgelist:1:11: warning: 4 values that influence cannot hold (None, inf, nan) left out of the edge data: x, y, z (the first is here)"])
        let (_, warnings) = try NetworkReader.readWithWarnings(Array("a b {'x': None}\n".utf8), path: "g.edgelist", format: .edgelist)
        #expect(warnings.count == 1)
    }

    @Test("a malformed data dict is an error at its line and column", arguments: [
        ("a b {'weight': 4\n", "g.edgelist:1:5: unterminated data dict: the '{' opened here has no closing '}' on this line"),
        ("a b {'weight' 4}\n", "g.edgelist:1:15: expected ':' after the key 'weight', found '4'"),
        ("a b {weight: 4}\n", "g.edgelist:1:6: expected a quoted key such as 'weight' in the data dict, found 'w'"),
        ("a b {'w': [1, 2]}\n", "g.edgelist:1:11: unsupported value '[1' in the data dict (expected a quoted string, a number, True, False or None)"),
        ("a b {'w': true}\n", "g.edgelist:1:11: unsupported value 'true' in the data dict (expected a quoted string, a number, True, False or None)"),
        ("a b {'w': 0x10}\n", "g.edgelist:1:11: unsupported value '0x10' in the data dict (expected a quoted string, a number, True, False or None)"),
        (#"a b {'w': 'x\qy'}"# + "\n", #"g.edgelist:1:13: unsupported escape \q in a string (expected \\, \', \", \n, \t, \r, \xhh, \uXXXX or \UXXXXXXXX)"#),
        (#"a b {'w': '\ud800'}"# + "\n", "g.edgelist:1:12: escape does not name a Unicode character (a surrogate or a value above U+10FFFF)"),
        (#"a b {'w': '\x4'}"# + "\n", #"g.edgelist:1:12: escape \x needs 2 hexadecimal digits"#),
        ("a b {'w': 'open}\n", "g.edgelist:1:11: unterminated string: the ' opened here is not closed on this line"),
        ("a b {'w': 1, 'w': 2}\n", "g.edgelist:1:14: duplicate key 'w' in the data dict"),
        ("a b {'w': 1 'v': 2}\n", "g.edgelist:1:13: expected ',' or '}' after the value of 'w', found '''"),
        ("a b {'w': 1} x\n", "g.edgelist:1:14: unexpected text after the edge's data dict (expected the end of the line or a # comment)"),
        ("x y\na b {'weight': inf}\n", "g.edgelist:2:16: weight inf is not a finite number"),
        ("a b {'weight': '4'}\n", "g.edgelist:1:16: 'weight' must be a number, found the string '4'"),
        ("a b {'weight': True}\n", "g.edgelist:1:16: 'weight' must be a number, found True"),
        ("é😀 b {'w': 1 'v'}\n", "g.edgelist:1:14: expected ',' or '}' after the value of 'w', found '''"),
    ])
    func dataDictErrors(text: String, message: String) {
        #expect { _ = try parse(text) } throws: { ($0 as? ReadError)?.description == message }
    }

    @Test("NCOL: names, weights, 1 for a missing weight (as igraph 1.0), '#' part of a name, directed")
    func ncol() throws {
        let (net, warnings) = try NCOLFormat.read(Array("a b\nb c 12.3e5\n#x a\n".utf8), path: "g.ncol")
        #expect(net.directed)
        #expect(net.nodes.map(\.id) == ["a", "b", "c", "#x"])
        #expect(net.edges.map { "\($0.from)>\($0.to)" } == ["a>b", "b>c", "#x>a"])
        #expect(net.edges.map(\.weight) == [1, 1_230_000, 1])
        #expect(warnings.isEmpty)
        let plain = try NCOLFormat.read(Array("a b\nb c\n".utf8), path: "g.ncol")
        #expect(plain.network.edges.allSatisfy { $0.weight == nil } && plain.warnings.isEmpty)
        #expect { _ = try NCOLFormat.read(Array("a b 1 2\n".utf8), path: "g.ncol") } throws: {
            ($0 as? ReadError)?.description == "g.ncol:1:7: expected 'name name [weight]', found 4 fields"
        }
        #expect { _ = try NCOLFormat.read(Array("a b {}\n".utf8), path: "g.ncol") } throws: {
            ($0 as? ReadError)?.description == "g.ncol:1:5: weight '{}' is not a number (expected a finite number)"
        }
    }

    @Test("the corpus's igraph NCOL files read by their extension")
    func ncolCorpus() throws {
        let root = interchangeRoot + "/../shared/corpus/real-files/edgelist/"
        let two = try NetworkReader.readWithWarnings(path: root + "igraph-graph2.ncol")
        #expect(two.network.directed && two.warnings.isEmpty)
        #expect(two.network.nodes.map(\.id) == ["foo", "bar", "boo", "raz", "maz", "9", "0"])
        #expect(two.network.edges.map { "\($0.from)>\($0.to)" } == ["foo>bar", "bar>boo", "raz>maz", "9>0"])
        let one = try NetworkReader.readWithWarnings(path: root + "igraph-graph1.ncol")
        #expect(one.network.edges.map { "\($0.from)>\($0.to)" } == ["a>b", "b>c", "a>c"])
        #expect(one.network.edges.map(\.weight) == [1, 1_230_000, 1] && one.warnings.isEmpty)
        #expect(NetworkFormat(path: "x.ncol") == .ncol && NetworkFormat(path: "x.lgl") == .lgl && NetworkFormat(path: "x.adjlist") == .adjlist)
    }
}
