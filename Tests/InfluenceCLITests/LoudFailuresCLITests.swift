import Foundation
import Testing

/// Issue 15, must-show 6: a misspelt option value, a file without nodes, a misspelt shape or
/// colour, and likely mistakes in a file are said, not turned into an empty result.
@Suite("Loud failures (the built binary)", .serialized)
struct LoudFailuresCLITests {
    let iraq = "graphs/iraq-2025.yaml"
    let iraqKinds = "state, alliance, militia, list, bloc, government, parliament, office, person, event"

    /// Runs in a fresh directory holding `files` (name → text).
    func runWith(_ files: [String: String], _ arguments: [String]) throws -> RunResult {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/" + name)) }
        return try run(arguments, in: dir)
    }

    /// The first line of standard error.
    func firstLine(_ r: RunResult) -> String { String(r.stderr.split(separator: "\n").first ?? "") }

    // MARK: Names given to options

    @Test("--kinds: a misspelt kind is exit 64 with the closest kind and the file's kinds, in centrality, render, timeline and diff")
    func kinds() throws {
        let expected = "Error: --kinds: unknown kind 'milita' (did you mean 'militia'? kinds in \(iraq): \(iraqKinds))"
        for arguments in [["centrality", iraq, "--kinds", "milita"],
                          ["centrality", iraq, "--kinds", "state,milita", "--at", "2025-01"],
                          ["render", iraq, "-o", "x.svg", "--kinds", "milita"],
                          ["timeline", iraq, "--kinds", "milita"]] {
            let r = try run(arguments)
            #expect(r.status == 64, "\(arguments)")
            #expect(r.stderr == expected + "\n", "\(arguments)")
            #expect(r.stdout.isEmpty)
        }
        let diff = try run(["diff", iraq, "--from", "2024", "--to", "2025", "--kinds", "milita"])
        #expect(diff.status == 64)
        #expect(firstLine(diff) == "Error: --kinds: unknown kind 'milita' (did you mean 'militia'? kinds in \(iraq): \(iraqKinds))")
        // Nothing close: no suggestion, the list only; nothing drawn.
        let nothing = try runWith([:], ["render", repositoryRoot + "/" + iraq, "-o", "x.svg", "--kinds", "nothing"])
        #expect(nothing.status == 64)
        #expect(firstLine(nothing) == "Error: --kinds: unknown kind 'nothing' (kinds in \(repositoryRoot)/\(iraq): \(iraqKinds))")
        // A real kind still works, and so does a kind absent at the snapshot date (it is in the file).
        let ok = try run(["centrality", iraq, "--kinds", "militia", "--format", "csv"])
        #expect(ok.status == 0)
        #expect(ok.stdout.split(separator: "\n").count == 1 + 6)
    }

    @Test("--kinds that leave no node (a real kind, a date before it) warn instead of printing an empty table silently")
    func emptyAfterFilters() throws {
        let file = "nodes:\n  - {id: a, kind: party, since: 2014}\n  - {id: b, kind: state}\nedges: []\n"
        let r = try runWith(["n.yaml": file], ["centrality", "n.yaml", "--kinds", "party", "--at", "2000", "--format", "csv"])
        #expect(r.status == 0)
        #expect(r.stderr == "warning: n.yaml: no node is left after --at 2000 --kinds party\n")
        #expect(r.stdout == "id,pagerank\n")
        let later = try runWith(["n.yaml": file], ["centrality", "n.yaml", "--kinds", "party", "--at", "2015", "--format", "csv"])
        #expect(later.status == 0 && later.stderr.isEmpty)
        #expect(later.stdout.split(separator: "\n").count == 2)
    }

    @Test("--relations: a misspelt relation is exit 64 with the closest relation, in centrality, timeline and render")
    func relations() throws {
        for arguments in [["centrality", iraq, "--relations", "bakcs"],
                          ["centrality", iraq, "--relations", "backs, bakcs"],
                          ["timeline", iraq, "--measure", "pagerank", "--relations", "bakcs"],
                          ["render", iraq, "-o", "x.svg", "--relations", "bakcs"]] {
            let r = try run(arguments)
            #expect(r.status == 64, "\(arguments)")
            #expect(firstLine(r).hasPrefix("Error: --relations: unknown relation 'bakcs' (did you mean 'backs'? relations in \(iraq): backs, leads, part-of,"),
                    "\(arguments): \(r.stderr)")
        }
    }

    @Test("render --cluster-by: a name that is neither 'kind', a node attribute nor a relation is exit 64, with a suggestion")
    func clusterBy() throws {
        let file = """
        nodes:
          - {id: a, kind: party, attributes: {region: north}}
          - {id: b, kind: party, attributes: {region: south}}
        edges:
          - {from: a, to: b, relation: member-of}
        """
        let r = try runWith(["n.yaml": file], ["render", "n.yaml", "-o", "x.svg", "--cluster-by", "regoin"])
        #expect(r.status == 64)
        #expect(firstLine(r) == "Error: --cluster-by: unknown grouping 'regoin' (did you mean 'region'? groupings ('kind', node attributes, relations) in n.yaml: kind, region, member-of)")
        let none = try runWith(["n.yaml": file], ["render", "n.yaml", "-o", "x.svg", "--cluster-by", "nonexistent"])
        #expect(none.status == 64)
        #expect(firstLine(none) == "Error: --cluster-by: unknown grouping 'nonexistent' (groupings ('kind', node attributes, relations) in n.yaml: kind, region, member-of)")
        for key in ["kind", "region", "member-of"] {
            let ok = try runWith(["n.yaml": file], ["render", "n.yaml", "-o", "x.dot", "--cluster-by", key])
            #expect(ok.status == 0, "\(key): \(ok.stderr)")
        }
    }

    @Test("Measure names: centrality --measure, render --size-by and diff --measure refuse a typo with exit 64 and the closest measure")
    func measures() throws {
        let centrality = try run(["centrality", iraq, "--measure", "pagernk"])
        #expect(centrality.status == 64)
        #expect(firstLine(centrality).hasPrefix("Error: Unknown --measure 'pagernk' (values: degree, in-degree,"))
        #expect(firstLine(centrality).hasSuffix(", edge-betweenness, edge-load). Did you mean 'pagerank'?"))
        let edge = try run(["centrality", iraq, "--measure", "edge-betweeness"])
        #expect(edge.status == 64 && firstLine(edge).hasSuffix("Did you mean 'edge-betweenness'?"))
        let size = try run(["render", iraq, "-o", "x.svg", "--size-by", "betweeness"])
        #expect(size.status == 64 && firstLine(size).hasSuffix("Did you mean 'betweenness'?"))
    }

    // MARK: Files

    @Test("A network file without 'nodes' is an error naming the file; 'nodes: []' is an empty network")
    func noNodes() throws {
        let message = "the network has no 'nodes' (expected a 'nodes' list; write 'nodes: []' for a network without nodes)"
        let cut = "title: Cut off\nkinds:\n  party: {shape: box}\n"
        for arguments in [["validate", "cut.yaml"], ["render", "cut.yaml", "-o", "x.svg"], ["centrality", "cut.yaml"]] {
            let r = try runWith(["cut.yaml": cut], arguments)
            #expect(r.status == 1, "\(arguments)")
            #expect(r.stderr == "cut.yaml:1:1: \(message)\n", "\(arguments)")
            #expect(r.stdout.isEmpty)
        }
        let json = try runWith(["t.json": #"{"title": "x"}"#], ["validate", "t.json"])
        #expect(json.status == 1)
        #expect(json.stderr == "t.json:1:1: \(message)\n")
        // A misspelt key says so once, with its suggestion.
        let typo = try runWith(["t.yaml": "nods:\n  - {id: a}\n"], ["validate", "t.yaml"])
        #expect(typo.status == 1)
        #expect(typo.stderr.hasPrefix("t.yaml:1:1: unknown key 'nods' in the network (did you mean 'nodes'?)"))
        #expect(!typo.stderr.contains("has no 'nodes'"))
        let empty = try runWith(["e.json": #"{"title": "x", "nodes": []}"#, "e.yaml": "nodes: []\n"], ["validate", "e.json", "e.yaml"])
        #expect(empty.status == 0)
        #expect(empty.stdout == "e.json: ok (0 nodes, 0 edges)\ne.yaml: ok (0 nodes, 0 edges)\n")
    }

    static let mistakes = """
    sources:
      s1: {title: A report}
    nodes:
      - {id: a, kind: party}
      - {id: b, kind: party, since: 2014, until: 2020}
    edges:
      - {from: a, to: b, relation: backs, since: 2010}
      - {from: b, to: a, relation: bakcs, quote: "we back them"}
      - {id: late, from: a, to: b, relation: leads, since: 2015, until: 2022}
      - {from: a, to: b, relation: leads, since: 2015, until: 2019, source: s1, quote: "they lead"}
    """

    @Test("Warnings: an edge dated outside an endpoint, a quote without a source, an undeclared relation; --strict makes them errors")
    func warnings() throws {
        let expected = """
        m.yaml:7:46: warning: edge 1 (a → b) is valid since 2010, outside the validity of its endpoint: node 'b' is valid since 2014 until 2020; at dates outside it a snapshot drops the edge with the node
        m.yaml:8:32: warning: relation 'bakcs' is neither built in nor in the 'relations' table; it is ranked as written (gains: target, counts: true) (did you mean 'backs'?)
        m.yaml:8:46: warning: the quote of edge 2 has no source (expected 'source', a key of 'sources', beside it)
        m.yaml:9:69: warning: edge 'late' (a → b) is valid until 2022, outside the validity of its endpoint: node 'b' is valid since 2014 until 2020; at dates outside it a snapshot drops the edge with the node

        """
        let validate = try runWith(["m.yaml": Self.mistakes], ["validate", "m.yaml"])
        #expect(validate.status == 0)
        #expect(validate.stderr == expected)
        #expect(validate.stdout == "m.yaml: ok (2 nodes, 4 edges, 4 warnings)\n")
        let strict = try runWith(["m.yaml": Self.mistakes], ["validate", "--strict", "m.yaml"])
        #expect(strict.status == 1)
        #expect(strict.stderr == expected)
        #expect(strict.stdout.isEmpty)
        // centrality and render print the same warnings once, and go on.
        let centrality = try runWith(["m.yaml": Self.mistakes], ["centrality", "m.yaml", "--format", "csv"])
        #expect(centrality.status == 0)
        #expect(centrality.stderr == expected)
        let render = try runWith(["m.yaml": Self.mistakes], ["render", "m.yaml", "-o", "m.dot"])
        #expect(render.status == 0)
        #expect(render.stderr == expected)
    }

    // MARK: Shapes and colours

    static let styled = """
    kinds:
      militia: {shape: box, color: "#111111"}
    nodes:
      - {id: m, kind: militia}
      - {id: n, kind: militia}
    edges:
      - {from: m, to: n, relation: backs}
    """

    @Test("A misspelt shape or colour in a network's kinds: validate and render exit 1 naming file, line:col and field")
    func networkShapesAndColours() throws {
        let file = "kinds:\n  militia: {shape: boxx, color: bleu}\nnodes: [{id: m, kind: militia}]\n"
        let expected = """
        k.yaml:2:20: 'shape' of kind 'militia' is 'boxx', not a Graphviz node shape (did you mean 'box'?)
        k.yaml:2:33: 'color' of kind 'militia' is 'bleu', not a Graphviz colour name (did you mean 'blue'?)

        """
        for arguments in [["validate", "k.yaml"], ["render", "k.yaml", "-o", "k.svg"]] {
            let r = try runWith(["k.yaml": file], arguments)
            #expect(r.status == 1, "\(arguments)")
            #expect(r.stderr == expected, "\(arguments)")
        }
    }

    @Test("A misspelt shape, colour, style or arrowhead in --style: render exits 1 naming the style file's line:col and field")
    func styleFileNames() throws {
        let style = """
        kinds:
          militia: {shape: boxx, fill: bleu, style: "bold,rounde"}
        relations:
          backs: {arrowhead: nomral, color: "#fff"}
        """
        let r = try runWith(["n.yaml": Self.styled, "s.yaml": style], ["render", "n.yaml", "-o", "n.svg", "--style", "s.yaml"])
        #expect(r.status == 1)
        #expect(r.stderr == """
        s.yaml:2:20: 'shape' of kind 'militia' is 'boxx', not a Graphviz node shape (did you mean 'box'?)
        s.yaml:2:32: 'fill' of kind 'militia' is 'bleu', not a Graphviz colour name (did you mean 'blue'?)
        s.yaml:2:45: 'style' of kind 'militia' is 'bold,rounde': 'rounde' is not a Graphviz node style (expected solid, dashed, dotted, bold, invis, invisible, filled, striped, wedged, diagonals, rounded, radial) (did you mean 'rounded'?)
        s.yaml:4:22: 'arrowhead' of relation 'backs' is 'nomral', not a Graphviz arrowhead (expected a name such as normal, empty, odot, tee or the arrow grammar [o][l|r]SHAPE) (did you mean 'normal'?)
        s.yaml:4:37: 'color' of relation 'backs' is '#fff', a short form Graphviz does not read (expected #RRGGBB or #RRGGBBAA)

        """)
    }

    @Test("An explicit --style wins over the network's kinds table; the network's color is the border")
    func styleWins() throws {
        func nodeLine(_ arguments: [String], style: String? = nil) throws -> String {
            let dir = try temporaryDirectory()
            defer { try? FileManager.default.removeItem(atPath: dir) }
            try Data(Self.styled.utf8).write(to: URL(fileURLWithPath: dir + "/n.yaml"))
            if let style { try Data(style.utf8).write(to: URL(fileURLWithPath: dir + "/s.yaml")) }
            let r = try run(["render", "n.yaml", "-o", "n.dot", "--no-legend"] + arguments, in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            let dot = try String(contentsOfFile: dir + "/n.dot", encoding: .utf8)
            return String(try #require(dot.split(separator: "\n").first { $0.contains("\"label\"=\"m\"") }))
        }
        let plain = try nodeLine([])
        #expect(plain.contains("\"shape\"=\"box\"") && plain.contains("\"color\"=\"#111111\"") && plain.contains("\"fillcolor\"=\"#F5C7A6\""))
        let styled = try nodeLine(["--style", "s.yaml"], style: "kinds:\n  militia: {shape: diamond, fill: \"#EEEEEE\"}\n")
        #expect(styled.contains("\"shape\"=\"diamond\"") && styled.contains("\"fillcolor\"=\"#EEEEEE\""))
        #expect(styled.contains("\"color\"=\"#111111\""))  // the style file set no border
        let bordered = try nodeLine(["--style", "s.yaml"], style: "kinds:\n  militia: {border: \"#222222\"}\n")
        #expect(bordered.contains("\"shape\"=\"box\"") && bordered.contains("\"color\"=\"#222222\""))
    }
}
