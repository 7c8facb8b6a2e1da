import InfluenceGraph
import Testing

@Suite("Network: validation, snapshots, filters, ranking view")
struct NetworkTests {
    func date(_ s: String) -> InfluenceDate { InfluenceDate(s)! }

    var sample: Network {
        var net = Network(title: "sample")
        net.sources = ["s": Source(title: "doc")]
        net.nodes = [
            Node(id: "iran", kind: "state"),
            Node(id: "kh", kind: "militia"),
            Node(id: "cf", kind: "bloc", attributes: ["seats": Attribute([
                DatedValue(.number(100), validity: Validity(until: date("2025-11-18"))),
                DatedValue(.number(165), validity: Validity(since: date("2025-11-18"))),
            ])]),
            Node(id: "rdb", kind: "list", validity: Validity(since: date("2025-11"))),
            Node(id: "tsurkov", kind: "person"),
        ]
        net.edges = [
            Edge(from: "iran", to: "kh", relation: "backs"),
            Edge(from: "kh", to: "cf", relation: "member-of"),
            Edge(from: "rdb", to: "cf", relation: "joined", validity: Validity(since: date("2025-11-18"))),
            Edge(from: "kh", to: "tsurkov", relation: "kidnapped", validity: Validity(until: date("2025-09")),
                 evidence: [Evidence(source: "s", quote: "KH was responsible…", confidence: .high)]),
            Edge(from: "kh", to: "iran", relation: "allied-with"),
        ]
        return net
    }

    @Test("a consistent network validates")
    func validates() throws {
        try sample.validate()
    }

    @Test("validation names the problem")
    func validationErrors() {
        var dup = sample
        dup.nodes.append(Node(id: "kh"))
        #expect(throws: GraphError.duplicateNodeID("kh")) { try dup.validate() }
        var unknown = sample
        unknown.edges.append(Edge(from: "kh", to: "KH", relation: "backs"))
        #expect(throws: GraphError.unknownNode("KH")) { try unknown.validate() }
        var weight = sample
        weight.edges[0].weight = .infinity
        #expect(throws: GraphError.invalidWeight(.infinity, element: "edge 1 (iran → kh)")) { try weight.validate() }
        #expect(GraphError.invalidWeight(.infinity, element: "edge 1 (iran → kh)").description
                == "edge 1 (iran → kh) has weight inf (expected a finite number)")
        // Signed and zero weights are valid (a hostile tie, a tie of no strength).
        var signed = sample
        signed.edges[0].weight = -1
        signed.edges[1].weight = 0
        #expect(throws: Never.self) { try signed.validate() }
        var nan = sample
        nan.edges[1].weight = .nan
        #expect(throws: (any Error).self) { try nan.validate() }
        var source = sample
        source.edges[0].evidence = [Evidence(source: "missing")]
        #expect(throws: GraphError.unknownSource(key: "missing", element: "edge 1 (iran → kh)")) { try source.validate() }
        #expect(GraphError.unknownNode("KH").description == "edge references unknown node 'KH'")
    }

    @Test("snapshot keeps what is valid on the date, and edges only between kept nodes")
    func snapshot() {
        let before = sample.snapshot(at: date("2025-11-01"))
        #expect(before.nodes.map(\.id) == ["iran", "kh", "cf", "rdb", "tsurkov"])
        #expect(before.edges.map(\.relation) == ["backs", "member-of", "allied-with"])
        #expect(before.nodes[2].attributes["seats"]?.values.map(\.value) == [.number(100)])
        let after = sample.snapshot(at: date("2025-12-12"))
        #expect(after.edges.map(\.relation) == ["backs", "member-of", "joined", "allied-with"])
        #expect(after.nodes[2].attributes["seats"]?.values.map(\.value) == [.number(165)])
        let earlier = sample.snapshot(at: date("2024"))
        #expect(!earlier.nodes.contains { $0.id == "rdb" })
        #expect(earlier.edges.contains { $0.relation == "kidnapped" })
        #expect(!earlier.edges.contains { $0.relation == "joined" })
    }

    @Test("filters by kind, relation and attribute; induced subgraph")
    func filters() {
        let militiaAndStates = sample.filtering(kinds: ["state", "militia"])
        #expect(militiaAndStates.nodes.map(\.id) == ["iran", "kh"])
        #expect(militiaAndStates.edges.map(\.relation) == ["backs", "allied-with"])
        let backs = sample.filtering(relations: ["backs"])
        #expect(backs.nodes.count == 5 && backs.edges.count == 1)
        let big = sample.filtering(attribute: "seats") { if case .number(let x) = $0 { x > 150 } else { false } }
        #expect(big.nodes.map(\.id) == ["cf"])
        let induced = sample.induced(by: ["kh", "cf", "rdb"])
        #expect(induced.edges.map(\.relation) == ["member-of", "joined"])
    }

    @Test("the ranking view orients each counted relation towards the end that gains")
    func rankingView() throws {
        let g = try Graph(network: sample, view: .ranking())
        func arcs(_ g: Graph) -> [String] {
            (0 ..< g.nodeCount).flatMap { u in g.successors(of: u).map { "\(g.ids[u])>\(g.ids[Int($0)])" } }
        }
        // backs: gains source → kh>iran; member-of/joined: as written; allied-with: both; kidnapped: not counted.
        #expect(arcs(g) == ["iran>kh", "kh>iran", "kh>cf", "rdb>cf"])
        #expect(g.weight(from: 1, to: 0) == 2)  // kh>iran from "backs" and "allied-with", merged
        let asWritten = try Graph(network: sample)
        #expect(arcs(asWritten) == ["iran>kh", "kh>iran", "kh>cf", "kh>tsurkov", "rdb>cf"])
        let chosen = try Graph(network: sample, view: .ranking(relations: ["kidnapped"]))
        #expect(arcs(chosen) == ["kh>tsurkov", "tsurkov>kh"])
        var overridden = sample
        overridden.relations["backs"] = RelationSpec(gains: .target)
        #expect(arcs(try Graph(network: overridden, view: .ranking())).contains("iran>kh"))
        #expect(overridden.relationInfo("backs") == RelationInfo(gains: .target, counts: true, polarity: .supportive))
        #expect(sample.relationInfo("something-new") == .fallback)
        let undirected = try Graph(network: sample, view: .ranking(), directed: false)
        #expect(!undirected.isDirected && undirected.edgeCount == 3)
    }

    @Test("stats count kinds, relations, components and dates")
    func stats() throws {
        let s = try NetworkStats(sample)
        #expect(s.nodeCount == 5 && s.edgeCount == 5)
        #expect(s.kinds == ["state": 1, "militia": 1, "bloc": 1, "list": 1, "person": 1])
        #expect(s.relations["backs"] == 1)
        #expect(s.weakComponents == 1)
        #expect(s.strongComponents == 4)
        #expect(s.dateRange.map { "\($0.lowerBound)…\($0.upperBound)" } == "2025-09…2025-11-18")
        #expect(s.isolates == 0)
    }
}
