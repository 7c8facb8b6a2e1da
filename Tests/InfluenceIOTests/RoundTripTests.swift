import InfluenceGraph
import InfluenceIO
import InfluenceTestSupport
import Testing

@Suite("Native network file: typing and byte-exact round trips")
struct RoundTripTests {
    static let full = """
    title: "Round trip: everything"
    description: Two lines
    directed: false
    sources:
      s1: {title: "A doc, with comma", author: Someone, publisher: Pub, published: 2025-12-12, url: "https://example.org/a?b=c#d"}
    kinds:
      militia: {label: Militia, description: armed, shape: box, color: "#b22222"}
    relations:
      backs: {gains: source, counts: true, polarity: supportive}
      kidnapped: {counts: false, polarity: hostile}
    nodes:
      - id: kh
        label: Kata'ib Hezbollah
        kind: militia
        aliases: [KH, "Ktaeb Hezbollah", "yes", "123", "a: b"]
        since: 2003
        until: 2030-01-01
        attributes:
          seats: [{value: 6, since: 2025-11}, {value: 1.5, until: 2025-11}]
          founded: {value: 2007, type: date}
          looks-like-date: {value: "2025-11", type: string}
          numeric-string: "27"
          designated: false
          formed: 2003-05
          ratio: 0.1
          big: 1e20
          note: "line one\\nline \\"two\\"\\ttab \\\\ back # not a comment"
        source: s1
        quote: "It said: “yes”."
        confidence: medium
      - id: "spaced id #1"
        evidence: [{source: s1, quote: q1}, {source: s1, confidence: low}]
      - id: "2025-11"
      - id: "ünïcödé ✓"
    edges:
      - id: e1
        from: kh
        to: "spaced id #1"
        relation: backs
        weight: 2.5
        since: 2025-11-18
        attributes: {days: 903}
        source: s1
        quote: "The Huquq (Rights) list, linked to the Ktaeb Hezbollah (KH) group, won six seats."
      - {from: "2025-11", to: "ünïcödé ✓", relation: kidnapped}
    """

    @Test("scalars are typed as the guide says")
    func typing() throws {
        let net = try read(Self.full)
        let a = net.nodes[0].attributes
        #expect(a["seats"]?.values == [DatedValue(.number(6), validity: Validity(since: InfluenceDate("2025-11"))),
                                       DatedValue(.number(1.5), validity: Validity(until: InfluenceDate("2025-11")))])
        #expect(a["founded"]?.values.first?.value == .date(InfluenceDate("2007")!))
        #expect(a["looks-like-date"]?.values.first?.value == .string("2025-11"))
        #expect(a["numeric-string"]?.values.first?.value == .string("27"))
        #expect(a["designated"]?.values.first?.value == .bool(false))
        #expect(a["formed"]?.values.first?.value == .date(InfluenceDate("2003-05")!))
        #expect(a["big"]?.values.first?.value == .number(1e20))
        #expect(a["note"]?.values.first?.value == .string("line one\nline \"two\"\ttab \\ back # not a comment"))
        #expect(net.nodes[0].aliases == ["KH", "Ktaeb Hezbollah", "yes", "123", "a: b"])
        #expect(net.nodes[0].evidence == [Evidence(source: "s1", quote: "It said: “yes”.", confidence: .medium)])
        #expect(net.nodes[1].evidence.count == 2)
        #expect(net.directed == false)
        #expect(net.sources["s1"]?.url == "https://example.org/a?b=c#d")
        #expect(net.relations["kidnapped"] == RelationSpec(counts: false, polarity: .hostile))
        #expect(net.edges[0].weight == 2.5)
        #expect(net.edges[1].weight == nil)
    }

    @Test("YAML → JSON → YAML gives the same bytes, and both read back to the same network")
    func roundTrip() throws {
        let net = try read(Self.full)
        let yaml = NetworkFileWriter.yaml(net)
        let json = NetworkFileWriter.json(net)
        let fromJSON = try NetworkReader.read(json, path: "t.json", format: .json)
        #expect(fromJSON == net)
        let fromYAML = try NetworkReader.read(yaml, path: "t.yaml", format: .yaml)
        #expect(fromYAML == net)
        #expect(NetworkFileWriter.yaml(fromJSON) == yaml)
        #expect(NetworkFileWriter.json(fromYAML) == json)
    }

    @Test("the writer's layout is stable and readable")
    func layout() throws {
        let net = try read("""
        nodes: [{id: a, kind: state, attributes: {seats: {value: 27, since: 2025-11}}}, {id: b}]
        edges: [{from: a, to: b, relation: backs, source: s}]
        sources: {s: {title: T}}
        """)
        #expect(string(NetworkFileWriter.yaml(net)) == """
        directed: true
        sources:
          s:
            title: T
        nodes:
          - id: a
            kind: state
            attributes:
              seats: {value: 27, since: 2025-11}
          - id: b
        edges:
          - from: a
            to: b
            relation: backs
            source: s

        """)
        #expect(string(NetworkFileWriter.json(net)) == """
        {
          "directed": true,
          "sources": {
            "s": {"title": "T"}
          },
          "nodes": [
            {"id": "a", "kind": "state", "attributes": {"seats": {"value": 27, "since": "2025-11"}}},
            {"id": "b"}
          ],
          "edges": [
            {"from": "a", "to": "b", "relation": "backs", "source": "s"}
          ]
        }

        """)
    }

    @Test("any string survives YAML and JSON", arguments: 0 ..< 10)
    func strings(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed))
        let alphabet = Array("ab Z09:#-,[]{}'\"\\\t\n\r&*!|>%@`?~=. \u{1}\u{7F}\u{85}\u{A0}\u{2028}é✓😀") + ["\r\n"]
        // Ids may hold any character but a control character (Network.idProblem); labels anything.
        let idAlphabet = alphabet.filter { Network.idProblem(String($0)) == nil }
        var nodes: [Node] = []
        for i in 0 ..< 60 {
            let length = Int.random(in: 1 ... 12, using: &rng)
            let id = String((0 ..< length).map { _ in idAlphabet.randomElement(using: &rng)! }) + "\(i)"
            let text = String((0 ..< length).map { _ in alphabet.randomElement(using: &rng)! })
            let label = ["true", "null", "~", "1e3", "0x1F", ".inf", "-", "- x", "no", "2025-11", " lead", "trail ", text].randomElement(using: &rng)!
            nodes.append(Node(id: i % 2 == 0 ? id : String(id.reversed()), label: label))
        }
        let net = Network(nodes: nodes)
        let yaml = NetworkFileWriter.yaml(net)
        #expect(try NetworkReader.read(yaml, path: "t.yaml", format: .yaml) == net, "\(string(yaml))")
        let json = NetworkFileWriter.json(net)
        #expect(try NetworkReader.read(json, path: "t.json", format: .json) == net)
    }

    @Test("a byte order mark that starts a YAML file is skipped, in block style too")
    func byteOrderMark() throws {
        let net = try NetworkReader.read(Array("\u{FEFF}nodes:\n  - id: a\n  - id: b\nedges:\n  - {from: a, to: b, relation: backs}\n".utf8),
                                         path: "t.yaml", format: .yaml)
        #expect(net.nodes.map(\.id) == ["a", "b"])
        #expect(net.edges.count == 1)
        let error = #expect(throws: ReadError.self) {
            try NetworkReader.read(Array("\u{FEFF}nodes: [{id: a, wrong: 1}]\nedges: []\n".utf8), path: "t.yaml", format: .yaml)
        }
        #expect(error?.description.hasPrefix("t.yaml:1:17: ") == true, "\(String(describing: error))")
    }

    @Test("the committed networks validate and round-trip", arguments: ["graphs/iraq-2025.yaml", "examples/minimal.yaml"])
    func committed(path: String) throws {
        let root = #filePath.components(separatedBy: "/Tests/")[0]
        let net = try NetworkReader.read(path: root + "/" + path)
        try net.validate()
        let yaml = NetworkFileWriter.yaml(net)
        let json = NetworkFileWriter.json(net)
        let back = try NetworkReader.read(json, path: "x.json", format: .json)
        #expect(back == net)
        #expect(NetworkFileWriter.yaml(back) == yaml)
    }
}

@Test("a leading U+FEFF inside a quoted YAML scalar")
func leadingBOM() throws {
    let inner = Network(nodes: [Node(id: "a\u{FEFF}b")])
    #expect(try NetworkReader.read(NetworkFileWriter.yaml(inner), path: "t.yaml", format: .yaml) == inner)
    let leading = Network(nodes: [Node(id: "\u{FEFF}b")])
    #expect(try NetworkReader.read(NetworkFileWriter.json(leading), path: "t.json", format: .json) == leading)
    let back = try NetworkReader.read(NetworkFileWriter.yaml(leading), path: "t.yaml", format: .yaml)
    #expect(back == leading)
}

/// Yams drops a U+FEFF that starts any scalar (Foundation's UTF-8 decoding skips a byte order
/// mark); the YAML reader puts it back however the file spells it, and only there.
@Test("a leading U+FEFF is kept however the YAML spells it", arguments: [
    (#"nodes: [{id: "\uFEFFb"}]"#, "\u{FEFF}b"),
    (#"nodes: [{id: "\ufeffb"}]"#, "\u{FEFF}b"),
    (#"nodes: [{id: "\U0000FEFFb"}]"#, "\u{FEFF}b"),
    (#"nodes: [{id: "\uFEFF\uFEFFb"}]"#, "\u{FEFF}\u{FEFF}b"),
    ("nodes: [{id: \"\u{FEFF}b\"}]", "\u{FEFF}b"),
    ("nodes: [{id: '\u{FEFF}b'}]", "\u{FEFF}b"),
    ("nodes:\n  - id: \u{FEFF}b", "\u{FEFF}b"),
    ("nodes:\n  - id: !!str &x \"\\uFEFFb\"", "\u{FEFF}b"),
    ("nodes:\n  - id: \"\\\n    \\uFEFFb\"", "\u{FEFF}b"),
    ("nodes:\n  - id: |-\n      \u{FEFF}b", "\u{FEFF}b"),
    ("\u{FEFF}nodes: [{id: \"\\uFEFFb\"}]", "\u{FEFF}b"),           // after a byte order mark
    ("\u{FEFF}nodes:\n  - id: \u{FEFF}b", "\u{FEFF}b"),
    ("nodes:\r\n  - {id: x}\r\n  - {id: \"\\uFEFFb\"}", "\u{FEFF}b"),
    (#"nodes: [{id: "b\uFEFF"}]"#, "b\u{FEFF}"),
    (#"nodes: [{id: "\\uFEFFb"}]"#, #"\uFEFFb"#),
    (#"nodes: [{id: "feff"}]"#, "feff"),
    ("nodes:\n  - {id: x, label: \"a\u{2028}b\u{85}c\"}\n  - {id: \"\\uFEFFb\"}", "\u{FEFF}b"),   // libyaml's line breaks
    ("nodes: [{id: \"\\u00A0b\"}]\n# \u{FEFF}", "\u{00A0}b"),
])
func leadingBOMSpellings(yaml: String, id: String) throws {
    let net = try NetworkReader.read(Array((yaml + "\nedges: []\n").utf8), path: "t.yaml", format: .yaml)
    #expect(net.nodes.last.map { Array($0.id.unicodeScalars) } == Array(id.unicodeScalars))
}
