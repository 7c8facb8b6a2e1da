import InfluenceGraph
import InfluenceIO
import Testing

@Suite("Network file: every problem is named with its line and column")
struct NetworkFileErrorTests {
    @Test func unknownNodeInEdge() {
        expectOneError("""
        nodes:
          - id: kh
            aliases: [Kataib Hezbollah]
          - id: iran
        edges:
          - from: iran
            to: 1️⃣Kataib Hezbollah
            relation: backs
        """, "edge references unknown node 'Kataib Hezbollah' in 'to' ('Kataib Hezbollah' names node 'kh'; edges use node ids)")
        expectOneError("""
        nodes: [{id: iran}, {id: kataib}]
        edges:
          - {from: iran, to: 1️⃣kataeb, relation: backs}
        """, "unknown node 'kataeb' in 'to' (did you mean 'kataib'?)")
    }

    @Test func duplicateNodeID() {
        expectOneError("""
        nodes:
          - id: a
          - id: b
          - id: 1️⃣a
        edges: []
        """, "duplicate node id 'a' (first defined at line 2)")
    }

    @Test func typoInKey() {
        expectOneError("""
        nodes:
          - id: a
        edges:
          - from: a
            to: a
            1️⃣reltion: backs
        """, "unknown key 'reltion' in edge 1 (did you mean 'relation'?)")
        expectOneError("""
        title: x
        1️⃣node: []
        """, "unknown key 'node' in the network (did you mean 'nodes'?)")
        expectOneError("""
        sources:
          s: {title: t, 1️⃣auther: me}
        nodes: []
        """, "unknown key 'auther' in source 's' (did you mean 'author'?)")
    }

    @Test func badDates() {
        expectOneError("""
        nodes:
          - id: a
            since: 1️⃣2025-02-30
        """, "invalid date '2025-02-30' in 'since' of node 'a' (expected YYYY, YYYY-MM or YYYY-MM-DD")
        expectOneError("""
        nodes:
          - id: a
            since: 2025-12
            until: 1️⃣2025-11
        """, "'until' 2025-11 of node 'a' is not after 'since' 2025-12")
        expectOneError("""
        sources:
          s: {published: 1️⃣yesterday}
        nodes: []
        """, "invalid date 'yesterday' in 'published' of source 's'")
    }

    @Test func badWeights() {
        for (weight, message) in [
                                  ("1e999", "weight 1e999 of edge 1 is not allowed"),
                                  (".nan", "'weight' of edge 1 must be a number"), ("heavy", "'weight' of edge 1 must be a number"),
                                  ("\"2\"", "'weight' of edge 1 must be a number")] {
            expectOneError("""
            nodes: [{id: a}]
            edges:
              - {from: a, to: a, relation: r, weight: 1️⃣\(weight)}
            """, message)
        }
    }

    @Test func unknownSource() {
        expectOneError("""
        sources: {spyer-2025-12-12: {title: t}}
        nodes: [{id: a}]
        edges:
          - {from: a, to: a, relation: r, source: 1️⃣spyer-2025-12-21}
        """, "edge 1 cites unknown source 'spyer-2025-12-21' (did you mean 'spyer-2025-12-12'?)")
    }

    @Test func shapesAndTypes() {
        expectOneError("1️⃣[1, 2]", "a network file must be a mapping")
        expectOneError("nodes: 1️⃣{a: 1}", "'nodes' must be a list")
        expectOneError("nodes:\n  - 1️⃣a\n", "node 1 must be a mapping")
        expectOneError("nodes:\n  - 1️⃣label: x\n", "node 1 has no 'id'")
        expectOneError("nodes:\n  - id: 1️⃣\"\"\n", "'id' of node 1 is empty")
        expectOneError("directed: 1️⃣yes\nnodes: []\n", "'directed' of the network must be true or false")
        expectOneError("relations:\n  r: {gains: 1️⃣both}\nnodes: []\n", "'gains' of relation 'r' must be one of source, target, none")
        expectOneError("nodes:\n  - {id: a, attributes: {x: 1️⃣null}}\n", "attribute 'x' of node 'a' is null")
        expectOneError("nodes:\n  - {id: a, attributes: {x: {value: 1️⃣ten, type: number}}}\n", "has type number but value 'ten'")
        expectOneError("nodes:\n  - {id: a, attributes: {x: [1️⃣1, 2]}}\n", "a list holds dated values")
        expectOneError("nodes:\n  - {id: a, attributes: {x: 1️⃣{since: 2020}}}\n", "has no 'value'")
        expectOneError("nodes:\n  - {id: a, 1️⃣source: s, evidence: []}\nsources: {s: {}}\n", "has both 'evidence' and 'source'")
        expectOneError("nodes:\n  - {id: a, confidence: 1️⃣sure}\n", "'confidence' of node 'a' must be one of low, medium, high")
        expectOneError("nodes: [{id: a}]\nedges:\n  - 1️⃣{from: a, to: a}\n", "edge 1 has no 'relation'")
        expectOneError("nodes: [{id: a}]\nedges:\n  - {id: e, from: a, to: a, relation: r}\n  - {id: 1️⃣e, from: a, to: a, relation: r}\n",
                       "duplicate edge id 'e' (first defined at line 3)")
    }

    @Test func yamlSyntax() {
        expectOneError("nodes:\n  - id: a\n  1️⃣kind: x\n", "invalid YAML: did not find expected '-' indicator")
        expectOneError("nodes:\n  - 1️⃣id: a\n    id: b\n", "key 'id' appears more than once in a mapping")
        expectOneError("1️⃣", "the file is empty")
    }

    @Test func jsonSyntax() {
        expectOneError(#"{"nodes": [{"id": "a"}], "edges": [1️⃣}"#, format: .json, "expected a value, found '}'")
        expectOneError(#"{"nodes": [{"id": "a",1️⃣}]}"#, format: .json, "expected a quoted key, found '}'")
        expectOneError("{\"nodes\": [\n  {\"id\": \"a\"}\n  1️⃣{\"id\": \"b\"}]}", format: .json, "expected ',' or ']'")
        expectOneError(#"{"title": "1️⃣"#, format: .json, "unterminated string")
        expectOneError(#"{"title": "a1️⃣\qb"}"#, format: .json, "invalid escape")
        expectOneError(#"{"nodes": [{"id": "a", "kind": "x", 1️⃣"kind": "y"}]}"#, format: .json, "duplicate key 'kind'")
        expectOneError(#"{"nodes": [{"id": "a", 1️⃣"lable": "x"}]}"#, format: .json, "unknown key 'lable' in node 1 (did you mean 'label'?)")
        expectOneError(#"{"edges": []} 1️⃣x"#, format: .json, "unexpected text after the JSON value")
        expectOneError("1️⃣", format: .json, "the file is empty")
        expectOneError(#"{"x": 01️⃣1}"#, format: .json, "expected ',' or '}', found '1'") // a leading zero ends the number
    }

    @Test("every problem in a file is reported, in order")
    func severalProblems() throws {
        let text = """
        nodes:
          - id: a
          - id: a
        edges:
          - {from: a, to: b, relation: r}
          - {from: a, to: a, relation: r, weight: .nan}
        """
        #expect(throws: ReadError.self) { try read(text) }
        do { _ = try read(text) } catch {
            #expect(error.diagnostics.map { "\($0.location!.line):\($0.location!.column)" } == ["3:9", "5:19", "6:43"])
        }
    }

    @Test("invalid UTF-8 is located")
    func invalidUTF8() {
        var bytes = Array("nodes:\n  - id: ab".utf8)
        bytes.insert(0xFF, at: bytes.count - 1)
        do {
            _ = try NetworkReader.read(bytes, path: "u.yaml", format: .yaml)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "u.yaml:2:10: invalid UTF-8 (the file must be UTF-8 text)")
        }
    }

    @Test("deep nesting and alias bombs are refused")
    func hostile() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: ReadError.self) { try read(deep, format: .json) }
        let bomb = """
        a: &a ["x","x","x","x","x","x","x","x","x","x"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]
        """
        do {
            _ = try read(bomb)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("alias bomb"))
        }
    }
}

@Suite("Warnings: valid input that is likely a mistake")
struct WarningTests {
    @Test func undeclaredRelationAndKind() throws {
        let (text, line, column) = marked("""
        kinds: {militia: {}}
        relations: {lobbies: {gains: source}}
        nodes:
          - {id: a, kind: militia}
          - {id: b, kind: militia}
        edges:
          - {from: a, to: b, relation: backs}
          - {from: a, to: b, relation: lobbies}
          - {from: a, to: b, relation: 1️⃣memberof}
          - {from: b, to: a, relation: memberof}
        """)
        let (network, warnings) = try NetworkReader.readWithWarnings(Array(text.utf8), path: "w.yaml", format: .yaml)
        #expect(network.edges.count == 4)
        #expect(warnings.map(\.description) == [
            "w.yaml:\(line):\(column): warning: relation 'memberof' is neither built in nor in the 'relations' table; it is ranked as written (gains: target, counts: true) (did you mean 'member-of'?)",
        ])
        let kinds = try NetworkReader.readWithWarnings(Array("kinds: {militia: {}}\nnodes: [{id: a, kind: milita}]\n".utf8),
                                                       path: "k.yaml", format: .yaml)
        #expect(kinds.warnings.map(\.description) == ["k.yaml:2:23: warning: kind 'milita' is not declared in 'kinds' (did you mean 'militia'?)"])
        // Without a 'kinds' table, any kind is fine.
        #expect(try NetworkReader.readWithWarnings(Array("nodes: [{id: a, kind: anything}]\n".utf8), path: "k.yaml", format: .yaml)
            .warnings.isEmpty)
    }

    @Test("the committed networks have no warnings", arguments: ["graphs/iraq-2025.yaml", "examples/minimal.yaml"])
    func committedClean(path: String) throws {
        let root = #filePath.components(separatedBy: "/Tests/")[0]
        #expect(try NetworkReader.readWithWarnings(path: root + "/" + path).warnings == [])
    }
}
