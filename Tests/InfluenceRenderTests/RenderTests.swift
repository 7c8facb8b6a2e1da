import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import InfluenceGraph
import InfluenceGraphviz
import InfluenceIO
import InfluenceRender
import InfluenceTestSupport
import Testing

/// A parsed SVG: every element with its attributes, text and children (a tiny DOM).
final class SVGElement {
    let name: String
    let attributes: [String: String]
    var children: [SVGElement] = []
    var text = ""
    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func all(_ name: String) -> [SVGElement] {
        (self.name == name ? [self] : []) + children.flatMap { $0.all(name) }
    }

    var allText: [String] { ([text].filter { !$0.isEmpty }) + children.flatMap(\.allText) }
}

final class SVGParser: NSObject, XMLParserDelegate {
    var stack: [SVGElement] = []
    var root: SVGElement?

    static func parse(_ bytes: [UInt8]) throws -> SVGElement {
        try XMLParsing.serialized { try parseUnlocked(bytes) }
    }

    private static func parseUnlocked(_ bytes: [UInt8]) throws -> SVGElement {
        let delegate = SVGParser()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = delegate
        parser.shouldResolveExternalEntities = false
        guard parser.parse(), let root = delegate.root else {
            throw NSError(domain: "svg", code: 1, userInfo: [NSLocalizedDescriptionKey: "\(parser.parserError.map { "\($0)" } ?? "no root")"])
        }
        return root
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let element = SVGElement(name: name, attributes: attributes)
        stack.last?.children.append(element)
        if root == nil { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }
}

let repositoryRoot = #filePath.components(separatedBy: "/Tests/")[0]

@Suite("Diagrams through Graphviz, in-process", .serialized)
struct RenderTests {
    let network: Network
    init() throws {
        network = try NetworkReader.read(path: repositoryRoot + "/graphs/iraq-2025.yaml")
    }

    func svg(_ options: DiagramOptions = .init()) throws -> (bytes: [UInt8], root: SVGElement) {
        let diagram = Diagram.build(network, options: options)
        let output = try Graphviz.render(diagram, engine: "dot", format: "svg")
        return (output.bytes, try SVGParser.parse(output.bytes))
    }

    @Test("the Iraq SVG: one group per node and per edge, labels as text, fills by kind, quotes in tooltips")
    func iraqSVG() throws {
        let (_, root) = try svg()
        let groups = root.all("g")
        // Classes are "node kind-K" and "edge relation-R"; the legend's parts also have class "legend".
        func classes(_ g: SVGElement) -> [String] { (g.attributes["class"] ?? "").split(separator: " ").map(String.init) }
        let nodes = groups.filter { classes($0).first == "node" && $0.attributes["id"]?.hasPrefix("node-") == true }
        let edges = groups.filter { classes($0).first == "edge" && $0.attributes["id"]?.hasPrefix("edge-") == true }
        #expect(nodes.count == network.nodes.count)
        #expect(edges.count == network.edges.count)
        let style = StyleSheet.standard
        let last = network.eventDates().last!
        for node in network.nodes {
            guard let group = nodes.first(where: { $0.attributes["id"] == "node-" + node.id }) else {
                Issue.record("no SVG group for node \(node.id)")
                continue
            }
            #expect(group.allText.contains(node.displayName), "label of \(node.id)")
            // The kind's fill; Graphviz writes a faded (#RRGGBBAA) fill as #RRGGBB with fill-opacity.
            let fill = style.nodeStyle(kind: node.kind, in: network).fillColor.lowercased()
            let shapes = group.all("polygon") + group.all("ellipse") + group.all("path")
            #expect(shapes.contains { $0.attributes["fill"]?.lowercased() == fill }, "fill of \(node.id)")
            #expect(shapes.contains { $0.attributes["fill-opacity"] != nil } == !node.validity.contains(last), "faded iff ended: \(node.id)")
        }
        for (k, edge) in network.edges.enumerated() {
            guard let group = edges.first(where: { $0.attributes["id"] == "edge-\(k)" }) else {
                Issue.record("no SVG group for edge \(k)")
                continue
            }
            let tooltips = group.all("a").compactMap { $0.attributes["xlink:title"] }
            for quote in edge.evidence.compactMap(\.quote) {
                #expect(tooltips.contains { $0.contains(quote) }, "quote of edge \(k)")
            }
            let order = network.edges.reduce(into: [String]()) { if !$0.contains($1.relation) { $0.append($1.relation) } }
            let color = style.distinctEdgeStyles(order, in: network)[edge.relation]!.color.lowercased()
            #expect(group.all("path").contains { $0.attributes["stroke"]?.lowercased() == color }, "colour of edge \(k)")
        }
    }

    @Test("the legend lists exactly the kinds and relations present")
    func legend() throws {
        var small = Network(title: "small")
        small.nodes = [Node(id: "a", kind: "state"), Node(id: "b", kind: "militia")]
        small.edges = [Edge(from: "a", to: "b", relation: "backs")]
        let output = try Graphviz.render(Diagram.build(small), engine: "dot", format: "svg")
        let root = try SVGParser.parse(output.bytes)
        // The legend is a cluster (id "legend") and nodes of class "legend": kind samples and the relation table.
        #expect(root.all("g").contains { $0.attributes["id"] == "legend" })
        let parts = root.all("g").filter { ($0.attributes["class"] ?? "").split(separator: " ").contains("legend") }
        let texts = Set(parts.flatMap(\.allText).map { $0.trimmingCharacters(in: .whitespaces) })
        #expect(texts.contains("state") && texts.contains("militia") && texts.contains("backs"))
        #expect(!texts.contains("person") && !texts.contains("kidnapped") && !texts.contains("leads"))
        let without = try Graphviz.render(Diagram.build(small, options: { var o = DiagramOptions(); o.legend = false; return o }()),
                                          engine: "dot", format: "svg")
        #expect(try SVGParser.parse(without.bytes).all("g").first { $0.attributes["id"] == "legend" } == nil)
    }

    @Test("same input, same bytes: SVG and DOT")
    func deterministic() throws {
        let a = try svg().bytes, b = try svg().bytes
        #expect(a == b)
        let diagram = Diagram.build(network)
        #expect(DOTWriter.write(diagram) == DOTWriter.write(Diagram.build(network)))
        let sfdp1 = try Graphviz.render(diagram, engine: "sfdp", format: "svg").bytes
        let sfdp2 = try Graphviz.render(diagram, engine: "sfdp", format: "svg").bytes
        #expect(sfdp1 == sfdp2)
    }

    @Test("PNG and PDF are real files")
    func binaryFormats() throws {
        let diagram = Diagram.build(network)
        let png = try Graphviz.render(diagram, engine: "dot", format: "png").bytes
        #expect(png.prefix(8) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let width = png[16 ..< 20].reduce(0) { $0 << 8 | Int($1) }, height = png[20 ..< 24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width > 500 && height > 300)
        let pdf = try Graphviz.render(diagram, engine: "dot", format: "pdf").bytes
        #expect(Array(pdf.prefix(5)) == Array("%PDF-".utf8))
    }

    @Test("sizes follow the scores, with the value in the tooltip")
    func sizes() throws {
        var options = DiagramOptions()
        options.scores = ["iran": 0.5, "kh": 0.05]
        options.scoreName = "pagerank"
        let diagram = Diagram.build(network, options: options)
        func attribute(_ id: String, _ name: String) -> String? {
            let i = network.nodes.firstIndex { $0.id == id }!
            return diagram.nodes[i].attributes.first { $0.name == name }.map { if case .text(let t) = $0.value { t } else { "" } }
        }
        let big = Double(attribute("iran", "width")!)!, small = Double(attribute("kh", "width")!)!
        #expect(big > small)
        #expect(attribute("iran", "tooltip")!.contains("pagerank: 0.5"))
    }

    @Test("Graphviz errors come back as Swift errors listing what exists")
    func errors() throws {
        let diagram = Diagram.build(network)
        #expect { try Graphviz.render(diagram, engine: "nosuch", format: "svg") } throws: { error in
            guard case .unknownEngine("nosuch", let available) = error as? GraphvizError else { return false }
            return available.contains("dot") && available.contains("sfdp")
        }
        #expect { try Graphviz.render(diagram, engine: "dot", format: "nosuch") } throws: { error in
            guard case .unknownFormat("nosuch", let available) = error as? GraphvizError else { return false }
            return available.contains("svg") && available.contains("png")
        }
        #expect(throws: GraphvizError.self) { try Graphviz.parse("digraph { a -> ; }") }
    }
}

@Suite("The DOT writer")
struct DOTWriterTests {
    @Test("Graphviz reads back the same nodes, edges and attributes, whatever the characters")
    func roundTrip() throws {
        let ids = ["say \"hi\"", "back\\slash", "two\nlines", "<tag> & co", "عصائب أهل الحق", "plain"]
        var graph = DOTGraph(name: "round \"trip\"", directed: true)
        graph.graphAttributes = [DOTAttribute("label", "title \"x\" \\ y")]
        for (i, id) in ids.enumerated() {
            graph.nodes.append(DOTNode(id: id, attributes: [
                DOTAttribute("label", "label of \(id)\nsecond line \\ end"),
                DOTAttribute("tooltip", "tip <\(i)> & \"q\""),
                DOTAttribute("fillcolor", "#E69F00"),
            ]))
        }
        graph.nodes.append(DOTNode(id: "html", attributes: [DOTAttribute("label", html: "<B>bold</B> &amp; more")]))
        for i in 0 ..< ids.count - 1 {
            graph.edges.append(DOTEdge(from: ids[i], to: ids[i + 1], attributes: [DOTAttribute("tooltip", "“quote” \(i)")]))
        }
        let text = DOTWriter.write(graph)
        let back = try Graphviz.parse(text)
        #expect(back.name == graph.name)
        #expect(back.directed)
        #expect(back.nodes.map(\.id) == graph.nodes.map(\.id))
        for (a, b) in zip(graph.nodes, back.nodes) {
            #expect(Set(a.attributes) == Set(b.attributes), "\(a.id)")
        }
        #expect(back.edges.map { [$0.from, $0.to] } == graph.edges.map { [$0.from, $0.to] })
        for (a, b) in zip(graph.edges, back.edges) { #expect(a.attributes == b.attributes) }
        #expect(Set(back.graphAttributes).contains(DOTAttribute("label", "title \"x\" \\ y")))
    }
}

@Suite("Clusters and numbered sources")
struct ClusterTests {
    @Test("--cluster-by a relation boxes the members under their bloc's name; sources are numbered")
    func clusters() throws {
        let network = try NetworkReader.read(path: repositoryRoot + "/graphs/iraq-2025.yaml")
        var options = DiagramOptions()
        options.clusterBy = "member-of"
        options.numberedSources = true
        let diagram = Diagram.build(network, options: options)
        let output = try Graphviz.render(diagram, engine: "dot", format: "svg")
        let root = try SVGParser.parse(output.bytes)
        let cluster = try #require(root.all("g").first { $0.attributes["class"] == "cluster" && $0.allText.contains("Coordination Framework") })
        #expect(cluster.all("title").first?.text == "cluster_group-0")
        let members = Set(network.edges.filter { $0.relation == "member-of" && $0.to == "cf" }.map(\.from))
        let boxed = Set(diagram.nodes.filter { $0.cluster == "group-0" }.map { node in
            network.nodes[Int(node.id.dropFirst())!].id
        })
        #expect(boxed == members)
        let tooltips = root.all("a").compactMap { $0.attributes["xlink:title"] }
        #expect(tooltips.contains { $0.hasPrefix("[1] ") })
        let title = root.all("g").first { $0.attributes["id"] == "graph0" }?.children.flatMap(\.allText) ?? []
        #expect(title.contains { $0.hasPrefix("[1] “Iran-Backed Militias Reassert Power in Iraq") })
        var byKind = DiagramOptions()
        byKind.clusterBy = "kind"
        #expect(Diagram.build(network, options: byKind).clusters.count == Set(network.nodes.compactMap(\.kind)).count + 1)  // + legend
    }

    @Test("clusters come out in creation order and the same bytes render after render, in one process")
    func clusterDeterminism() throws {
        // cgraph's default ID discipline ordered subgraphs by the address of their names: the
        // cluster order (and so the bytes) changed between renders in one process.
        let network = try NetworkReader.read(path: repositoryRoot + "/graphs/iraq-2025.yaml")
        var options = DiagramOptions()
        options.clusterBy = "kind"
        let diagram = Diagram.build(network, options: options)
        let first = try Graphviz.render(diagram, engine: "dot", format: "svg").bytes
        for _ in 0 ..< 5 {
            _ = try Graphviz.render(Diagram.build(network), engine: "dot", format: "svg")  // churn the heap
            #expect(try Graphviz.render(diagram, engine: "dot", format: "svg").bytes == first)
        }
        let titles = try SVGParser.parse(first).all("g").filter { $0.attributes["class"]?.hasPrefix("cluster") == true }
            .compactMap { $0.all("title").first?.text }
        let created = diagram.clusters.map { "cluster_" + $0.name }
        #expect(titles == created)
    }
}
