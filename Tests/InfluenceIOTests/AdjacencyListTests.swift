import InfluenceGraph
import InfluenceIO
import Testing

/// NetworkX's adjacency lists and igraph's LGL.
@Suite("Adjacency lists (NetworkX) and LGL (igraph)")
struct AdjacencyListTests {
    func arcs(_ net: Network) -> [String] { net.edges.map { "\($0.from)>\($0.to)" } }

    @Test("adjlist: a node then its neighbours; comments; isolated nodes; undirected, each pair once")
    func adjlist() throws {
        let text = "# written by hand\na b c # trailing\n\nb a d\r\nc\ne\n"
        let (net, warnings) = try AdjacencyListFormat.read(Array(text.utf8), path: "g.adjlist")
        #expect(!net.directed)
        #expect(net.nodes.map(\.id) == ["a", "b", "c", "d", "e"])
        #expect(arcs(net) == ["a>b", "a>c", "b>d"])
        #expect(warnings.map(\.description) == ["g.adjlist:4:1: warning: 1 pair is listed again (the first repeat is here): each pair is one undirected edge, as networkx.read_adjlist reads into a Graph (give --directed to read arcs)"])
        let (directed, none) = try AdjacencyListFormat.read(Array(text.utf8), path: "g.adjlist", directed: true)
        #expect(directed.directed && none.isEmpty)
        #expect(arcs(directed) == ["a>b", "a>c", "b>a", "b>d"])
        let viaOptions = try NetworkReader.read(Array(text.utf8), path: "g.adjlist", format: .adjlist, options: ReadOptions(directed: true))
        #expect(viaOptions.directed && viaOptions.edges.count == 4)
    }

    @Test("multiline adjlist: degrees, data dicts, an update of a repeated pair")
    func multiline() throws {
        let text = """
        a 2
        b {'weight': 3, 'relation': 'backs'}
        # a comment between neighbour lines
        c
        b 1
        a {'weight': 5}
        d 0
        """
        let (net, warnings) = try AdjacencyListFormat.readMultiline(Array(text.utf8), path: "m.adjlist")
        #expect(net.nodes.map(\.id) == ["a", "b", "c", "d"])
        #expect(arcs(net) == ["a>b", "a>c"])
        #expect(net.edges.map(\.weight) == [5, nil])    // NetworkX's add_edge updated the weight
        #expect(net.edges.map(\.relation) == ["backs", "edge"])
        #expect(warnings.count == 1 && warnings[0].description.hasPrefix("m.adjlist:6:1: warning: 1 pair is listed again"))
        #expect(NetworkFormat(path: "m.adjlist", bytes: Array(text.utf8)) == .multilineAdjlist)
        #expect(NetworkFormat(path: "m.adjlist", bytes: Array("a 2\nb\nc\n".utf8)) == .adjlist)  // no dict: a plain list
        let read = try NetworkReader.read(Array(text.utf8), path: "m.adjlist", format: .multilineAdjlist)
        #expect(read.edges.count == 2)
    }

    @Test("a malformed multiline list is an error at its line and column", arguments: [
        ("a\nb {}\n", "m.adjlist:1:2: expected 'node degree' (a node and how many neighbour lines follow, such as 'a 2'), found no degree"),
        ("a two\nb {}\n", "m.adjlist:1:3: expected 'node degree' (a node and how many neighbour lines follow, such as 'a 2'), found 'two'"),
        ("a -1\n", "m.adjlist:1:3: expected 'node degree' (a node and how many neighbour lines follow, such as 'a 2'), found '-1'"),
        ("a 2\nb {}\n", "m.adjlist:1:1: node 'a' announces 2 neighbour lines, but the file ends after 1"),
        ("a 1\nb c {}\n", "m.adjlist:2:3: expected 'neighbour {data dict}' (one neighbour of 'a'), found 3 fields"),
        ("a 1\nb {'weight': nan}\n", "m.adjlist:2:14: weight nan is not a finite number"),
        ("a 1\nb {'w': 1} 2\n", "m.adjlist:2:12: unexpected text after the edge's data dict (expected the end of the line or a # comment)"),
    ])
    func multilineErrors(text: String, message: String) {
        #expect { _ = try AdjacencyListFormat.readMultiline(Array(text.utf8), path: "m.adjlist") } throws: { ($0 as? ReadError)?.description == message }
    }

    @Test("bad ids and empty files are refused with their position")
    func refusals() {
        #expect { _ = try AdjacencyListFormat.read(Array("a b\u{7}c\n".utf8), path: "g.adjlist") } throws: {
            (($0 as? ReadError)?.description ?? "").hasPrefix("g.adjlist:1:3: node id 'b")
        }
        #expect { _ = try AdjacencyListFormat.read(Array(" \n".utf8), path: "g.adjlist") } throws: {
            (($0 as? ReadError)?.description ?? "").hasPrefix("g.adjlist:1:1: the file is empty")
        }
    }

    @Test("LGL: '# node' then its neighbours, weights, 1 for a missing one (as igraph 1.0), directed, parallel edges kept")
    func lgl() throws {
        let text = "# a\nb 2\nc\n# d\n# b\na 1.5\na\n"
        let (net, warnings) = try LGLFormat.read(Array(text.utf8), path: "g.lgl")
        #expect(net.directed)
        #expect(net.nodes.map(\.id) == ["a", "b", "c", "d"])
        #expect(arcs(net) == ["a>b", "a>c", "b>a", "b>a"])
        #expect(net.edges.map(\.weight) == [2, 1, 1.5, 1])
        #expect(warnings.isEmpty)
        let plain = try LGLFormat.read(Array("#a\nb\n".utf8), path: "g.lgl")
        #expect(arcs(plain.network) == ["a>b"] && plain.network.edges[0].weight == nil)
    }

    @Test("a malformed LGL file is an error at its line and column", arguments: [
        ("b 2\n", "g.lgl:1:1: an edge line before any '# name' line (expected '# name' to start a node's neighbours)"),
        ("# a\nb 2 3\n", "g.lgl:2:5: expected 'neighbour [weight]', found 3 fields"),
        ("# a\nb heavy\n", "g.lgl:2:3: weight 'heavy' is not a number"),
        ("# a\nb -inf\n", "g.lgl:2:3: weight -inf is not a finite number"),
        ("#\n", "g.lgl:1:2: '#' without a node name (expected '# name')"),
        ("# a b\n", "g.lgl:1:5: expected '# name', found 2 names"),
    ])
    func lglErrors(text: String, message: String) {
        #expect { _ = try LGLFormat.read(Array(text.utf8), path: "g.lgl") } throws: { ($0 as? ReadError)?.description == message }
    }

    @Test("the new formats are read only and named for --input-format")
    func formats() {
        for f in [NetworkFormat.adjlist, .multilineAdjlist, .ncol, .lgl] {
            #expect(!f.isWritable && f.leavesDirectionUnsaid)
            #expect(NetworkFormat(rawValue: f.rawValue) == f)
            #expect(throws: WriteError.self) { _ = try NetworkWriter.encode(Network(), format: f) }
        }
        #expect(NetworkFormat.multilineAdjlist.rawValue == "multiline-adjlist")
        #expect(!NetworkFormat.gml.leavesDirectionUnsaid)
    }
}
