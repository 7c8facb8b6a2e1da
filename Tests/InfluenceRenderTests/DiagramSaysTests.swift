import Foundation
import InfluenceGraph
import InfluenceGraphviz
import InfluenceIO
import InfluenceRender
import Testing

/// The text of a DOT attribute (`nil` when absent or HTML-like).
fileprivate func text(_ attributes: [DOTAttribute], _ name: String) -> String? {
    guard let a = attributes.last(where: { $0.name == name }), case .text(let t) = a.value else { return nil }
    return t
}

/// The markup of an HTML-like DOT attribute.
fileprivate func markup(_ attributes: [DOTAttribute], _ name: String) -> String? {
    guard let a = attributes.last(where: { $0.name == name }), case .html(let t) = a.value else { return nil }
    return t
}

fileprivate extension SVGElement {
    var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
    var texts: [String] { allText.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty } }
}

@Suite("Diagrams say what they show: title block, distinct relations, widths, colours, classes", .serialized)
struct DiagramSaysTests {
    let iraq: Network
    init() throws { iraq = try NetworkReader.read(path: repositoryRoot + "/graphs/iraq-2025.yaml") }

    /// The diagram's edges that stand for network edges (not legend samples), by id `edge-K`.
    func networkEdges(_ graph: DOTGraph) -> [DOTEdge] {
        graph.edges.filter { text($0.attributes, "id")?.hasPrefix("edge-") == true }
    }

    @Test("the title block names the snapshot, or the merged date range, the filters and the size measure")
    func titleBlock() throws {
        let dates = iraq.eventDates()
        let first = try #require(dates.first), last = try #require(dates.last)
        var options = DiagramOptions()
        options.scores = NodeScores("betweenness", ids: iraq.nodes.map(\.id), values: iraq.nodes.map { _ in 1 })
        let merged = try #require(markup(Diagram.build(iraq, options: options).graphAttributes, "label"))
        #expect(merged.contains("all dates merged (\(first) – \(last))"))
        #expect(merged.contains("node size: betweenness"))
        #expect(merged.contains("filters: none"))
        #expect(!merged.contains("snapshot"))

        let at = try #require(InfluenceDate("2019-09"))
        options.snapshot = at
        options.filters = ["kinds: militia, state"]
        options.scores = nil
        let snap = iraq.snapshot(at: at)
        let label = try #require(markup(Diagram.build(snap, options: options).graphAttributes, "label"))
        #expect(label.contains("snapshot at 2019-09"))
        #expect(label.contains("\(snap.nodes.count) nodes, \(snap.edges.count) edges"))
        #expect(label.contains("filters: kinds: militia, state"))
        #expect(label.contains("node size: equal"))
        #expect(!label.contains("all dates merged"))

        // A network without a title still says what it shows.
        var untitled = Network()
        untitled.nodes = [Node(id: "a"), Node(id: "b")]
        untitled.edges = [Edge(from: "a", to: "b", relation: "backs")]
        let plain = try #require(markup(Diagram.build(untitled).graphAttributes, "label"))
        #expect(plain.contains("no dates") && plain.contains("2 nodes, 1 edges"))
    }

    @Test("merged dates: nodes and edges not valid at the last date are faded and classed 'ended'; the legend says so")
    func endedFaded() throws {
        let last = try #require(iraq.eventDates().last)
        let graph = Diagram.build(iraq)
        let endedEdges = iraq.edges.enumerated().filter { !$0.element.validity.contains(last) }.map(\.offset)
        #expect(!endedEdges.isEmpty, "the Iraq network has ties that ended")
        for edge in networkEdges(graph) {
            let k = Int(text(edge.attributes, "id")!.dropFirst(5))!
            let ended = endedEdges.contains(k)
            #expect(text(edge.attributes, "class")!.hasSuffix(" ended") == ended, "edge \(k)")
            let color = text(edge.attributes, "color")!
            #expect((color.count == 9 && color.hasSuffix("55")) == ended, "edge \(k) colour \(color)")
        }
        let legend = graph.nodes.compactMap { markup($0.attributes, "label") }.joined()
        #expect(legend.contains("not valid at \(last)"))
        // A snapshot has nothing ended and no such legend row.
        var options = DiagramOptions()
        options.snapshot = last
        let snap = Diagram.build(iraq.snapshot(at: last), options: options)
        #expect(!snap.edges.contains { text($0.attributes, "class")?.contains("ended") == true })
        #expect(!snap.nodes.compactMap { markup($0.attributes, "label") }.joined().contains("not valid at"))
    }

    @Test("no two relations present share colour + line + arrowhead unless the style sheet says so")
    func distinctRelations() throws {
        let graph = Diagram.build(iraq)
        var looks: [String: String] = [:]   // relation → look
        for edge in networkEdges(graph) {
            let relation = String(text(edge.attributes, "class")!.split(separator: " ")[0].dropFirst("relation-".count))
            let look = [text(edge.attributes, "color")!.prefix(7).uppercased(), text(edge.attributes, "style")!,
                        text(edge.attributes, "arrowhead")!].joined(separator: "|")
            if let seen = looks[relation] { #expect(seen == look, "one look per relation: \(relation)") }
            looks[relation] = look
        }
        #expect(looks.count == Set(iraq.edges.map(\.relation)).count)
        #expect(Set(looks.values).count == looks.count, "distinct looks: \(looks)")

        // Styles given on purpose are kept, even when equal.
        var sheet = StyleSheet.standard
        let same = EdgeStyle(color: "#123456", lineStyle: "dashed", arrowhead: "dot", penWidth: 1)
        sheet.relations["backs"] = same
        sheet.relations["leads"] = same
        let styles = sheet.distinctEdgeStyles(["backs", "leads", "funds"], in: iraq)
        #expect(styles["backs"] == same && styles["leads"] == same)
        #expect(styles["funds"] != same)
        // Deterministic: the same order gives the same styles.
        #expect(StyleSheet.standard.distinctEdgeStyles(["part-of", "member-of", "joined"], in: iraq)
            == StyleSheet.standard.distinctEdgeStyles(["part-of", "member-of", "joined"], in: iraq))
    }

    @Test("edge labels: auto up to 60 edges, always, never")
    func edgeLabels() throws {
        func labelled(_ network: Network, _ mode: EdgeLabels) -> Int {
            var options = DiagramOptions()
            options.edgeLabels = mode
            return networkEdges(Diagram.build(network, options: options)).filter { text($0.attributes, "label") != nil }.count
        }
        #expect(iraq.edges.count <= EdgeLabels.autoLimit)
        #expect(labelled(iraq, .auto) == iraq.edges.count)
        #expect(labelled(iraq, .never) == 0)
        var big = Network()
        big.nodes = (0 ..< 40).map { Node(id: "v\($0)") }
        big.edges = (0 ..< 61).map { Edge(from: "v\($0 % 40)", to: "v\(($0 * 7 + 1) % 40)", relation: "backs") }
        #expect(labelled(big, .auto) == 0)
        #expect(labelled(big, .always) == 61)
        let first = try #require(networkEdges(Diagram.build(iraq)).first)
        let relation = iraq.edges[0].relation
        #expect(text(first.attributes, "label") == (iraq.relations[relation]?.label ?? relation))
    }

    @Test("edge width follows |weight|: lightest at the relation's width, heaviest at 3 times; none: equal")
    func widthByWeight() throws {
        var n = Network()
        n.nodes = [Node(id: "a"), Node(id: "b"), Node(id: "c"), Node(id: "d")]
        n.edges = [Edge(from: "a", to: "b", relation: "backs", weight: 1), Edge(from: "b", to: "c", relation: "backs", weight: 3),
                   Edge(from: "c", to: "d", relation: "backs", weight: 2), Edge(from: "a", to: "d", relation: "backs")]
        let base = StyleSheet.standard.edgeStyle(relation: "backs", in: n).penWidth
        let widths = networkEdges(Diagram.build(n)).map { Double(text($0.attributes, "penwidth")!)! }
        #expect(widths.count == 4)
        #expect(abs(widths[0] - base) < 0.001 && abs(widths[1] - 3 * base) < 0.001 && abs(widths[2] - 2 * base) < 0.001)
        #expect(abs(widths[3] - base) < 0.001, "no weight: the relation's width")
        var options = DiagramOptions()
        options.widthByWeight = false
        #expect(Set(networkEdges(Diagram.build(n, options: options)).map { text($0.attributes, "penwidth")! }).count == 1)
    }

    @Test("--color-by: a palette for text values with one legend row each, a ramp with min and max for numbers")
    func colorBy() throws {
        var n = Network()
        n.nodes = [Node(id: "a", attributes: ["sect": Attribute(.string("shia")), "seats": Attribute(.number(2))]),
                   Node(id: "b", attributes: ["sect": Attribute(.string("sunni")), "seats": Attribute(.number(10))]),
                   Node(id: "c", attributes: ["sect": Attribute(.string("shia")), "seats": Attribute(.number(6))]),
                   Node(id: "d")]
        func fills(_ attribute: String) -> (fills: [String], legend: String) {
            var options = DiagramOptions()
            options.colorBy = attribute
            let g = Diagram.build(n, options: options)
            let nodes = g.nodes.filter { text($0.attributes, "id")?.hasPrefix("node-") == true }
            return (nodes.map { text($0.attributes, "fillcolor")! }, g.nodes.compactMap { markup($0.attributes, "label") }.joined())
        }
        let sect = fills("sect")
        #expect(sect.fills[0] == sect.fills[2] && sect.fills[0] != sect.fills[1] && sect.fills[3] == "#FFFFFF")
        #expect(sect.legend.contains("sect: shia") && sect.legend.contains("sect: sunni") && sect.legend.contains("(no sect)"))
        let seats = fills("seats")
        #expect(Set(seats.fills.prefix(3)).count == 3)
        #expect(seats.legend.contains("seats: min 2") && seats.legend.contains("seats: max 10"))
        // The ramp darkens with the value: the red channel falls from a (2) to c (6) to b (10).
        let red = seats.fills.prefix(3).map { Int($0.dropFirst().prefix(2), radix: 16)! }
        #expect(red[0] > red[2] && red[2] > red[1])
    }

    @Test("the SVG says what each element is: classes node kind-K, edge relation-R, legend; node ids recoverable")
    func svgClasses() throws {
        var n = Network(title: "classes")
        n.nodes = [Node(id: "iran", kind: "state"), Node(id: "a&b \"c\"", kind: "militia"), Node(id: "pmo", kind: "office")]
        n.edges = [Edge(from: "iran", to: "a&b \"c\"", relation: "backs"), Edge(from: "a&b \"c\"", to: "pmo", relation: "won seats in")]
        let svg = try Graphviz.render(Diagram.build(n), engine: "dot", format: "svg")
        let root = try SVGParser.parse(svg.bytes)
        let groups = root.all("g")
        let nodes = groups.filter { $0.classes.first == "node" && $0.attributes["id"]?.hasPrefix("node-") == true }
        #expect(Set(nodes.compactMap { $0.attributes["id"] }) == Set(n.nodes.map { "node-" + $0.id }))
        for node in n.nodes {
            let g = try #require(nodes.first { $0.attributes["id"] == "node-" + node.id })
            #expect(g.classes == ["node", "kind-" + node.kind!])
        }
        let edges = groups.filter { $0.classes.first == "edge" && $0.attributes["id"]?.hasPrefix("edge-") == true }
        #expect(edges.map(\.classes) == [["edge", "relation-backs"], ["edge", "relation-won-seats-in"]])
        let legend = groups.filter { $0.classes.contains("legend") }
        #expect(legend.contains { $0.classes.first == "cluster" })
        #expect(legend.filter { $0.classes.first == "node" }.count == 4, "three kind samples and the relation table")
        // The legend draws the kinds' shapes: State (box, rounded: a path) and Office (tab: a polygon) differ.
        let state = try #require(groups.first { $0.attributes["id"] == "legend-kind-0" })
        let office = try #require(groups.first { $0.attributes["id"] == "legend-kind-2" })
        #expect(state.texts.contains("state") && office.texts.contains("office"))
        #expect(!state.all("path").isEmpty && office.all("path").isEmpty && !office.all("polygon").isEmpty)
        let table = try #require(groups.first { $0.attributes["id"] == "legend-relations" })
        #expect(table.texts.contains("backs") && table.texts.contains { $0.hasPrefix("won seats in") })
    }

    @Test("State and Office are drawn differently")
    func stateOffice() {
        let s = StyleSheet.standard
        let state = s.nodeStyle(kind: "state", in: iraq), office = s.nodeStyle(kind: "office", in: iraq)
        #expect(state.shape != office.shape || state.style != office.style)
        #expect(state.fillColor != office.fillColor)
    }
}
