import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import InfluenceDiff
import InfluenceGraph
import InfluenceGraphviz
import InfluenceIO
import InfluenceRender
import Testing

// Uses SVGElement, SVGParser and repositoryRoot from RenderTests.swift.

/// Two small sides with every status: huquq's seats change, "framework" is renamed cf (same label),
/// oldbloc leaves, newlist enters; kh→huquq changes its quote, kh→oldbloc leaves, two edges enter.
fileprivate func smallDiff() throws -> NetworkDiff {
    let source = Source(title: "An article", author: "A. Writer", published: InfluenceDate("2025-12-12"))
    func ev(_ quote: String) -> [Evidence] { [Evidence(source: "art", quote: quote, confidence: .high)] }
    var before = Network(title: "Small network", sources: ["art": source])
    before.nodes = [
        Node(id: "iran", label: "Iran", kind: "state", evidence: ev("Iran is a state.")),
        Node(id: "kh", label: "Kataib Hezbollah", kind: "militia"),
        Node(id: "huquq", label: "Huquq list", kind: "list", attributes: ["seats": Attribute([DatedValue(.number(6))])],
             evidence: ev("Huquq won six seats.")),
        Node(id: "oldbloc", label: "Old bloc", kind: "bloc", evidence: ev("The old bloc dissolved.")),
        Node(id: "sudani", label: "Sudani", kind: "person"),
        Node(id: "framework", label: "Coordination Framework", kind: "bloc"),
    ]
    before.edges = [
        Edge(from: "iran", to: "kh", relation: "backs", evidence: ev("Iran backs KH.")),
        Edge(from: "kh", to: "huquq", relation: "political-wing", evidence: ev("Huquq is linked to KH.")),
        Edge(from: "kh", to: "oldbloc", relation: "member-of", evidence: ev("KH sat in the old bloc.")),
        Edge(from: "sudani", to: "framework", relation: "leads"),
    ]
    var after = before
    after.nodes = [
        before.nodes[0], before.nodes[1],
        Node(id: "huquq", label: "Huquq list", kind: "list", attributes: ["seats": Attribute([DatedValue(.number(27))])],
             evidence: ev("Huquq won six seats.")),
        before.nodes[4],
        Node(id: "cf", label: "Coordination Framework", kind: "bloc"),
        Node(id: "newlist", label: "New list", kind: "list", evidence: ev("A new list was formed.")),
    ]
    after.edges = [
        before.edges[0],
        Edge(from: "kh", to: "huquq", relation: "political-wing", evidence: ev("The Huquq list, linked to KH, won six seats.")),
        Edge(from: "sudani", to: "cf", relation: "leads"),
        Edge(from: "newlist", to: "cf", relation: "member-of", evidence: ev("The new list joined the Framework.")),
        Edge(from: "iran", to: "newlist", relation: "backs"),
    ]
    try before.validate()
    try after.validate()
    return try NetworkDiff(before: before, after: after)
}

fileprivate func options(_ before: String = "2025-11-17", _ after: String = "2025-11-19") -> DiffDiagramOptions {
    var o = DiffDiagramOptions()
    o.beforeLabel = before
    o.afterLabel = after
    return o
}

fileprivate extension SVGElement {
    /// The group with this SVG id.
    func group(_ id: String) -> SVGElement? { all("g").first { $0.attributes["id"] == id } }
    var shapes: [SVGElement] { all("polygon") + all("ellipse") + all("path") + all("polyline") }
    var tooltips: [String] { all("a").compactMap { $0.attributes["xlink:title"] } }
    /// Position of the first text (the label).
    var textPosition: (x: Double, y: Double)? {
        guard let t = all("text").first, let x = t.attributes["x"].flatMap(Double.init), let y = t.attributes["y"].flatMap(Double.init) else { return nil }
        return (x, y)
    }
    var legendTexts: Set<String> { Set(allText.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }) }
}

@Suite("Diff diagrams", .serialized)
struct DiffDiagramTests {
    @Test("the union: one group per node and edge, each in its status colour; left edges and nodes dashed")
    func union() throws {
        let diff = try smallDiff()
        let u = diff.union()
        #expect(u.nodeStatus == [.unchanged, .unchanged, .changed, .unchanged, .changed, .added, .removed])
        #expect(u.edgeStatus == [.unchanged, .changed, .unchanged, .added, .added, .removed])
        let output = try Graphviz.render(DiffDiagram.build(diff, options: options()), engine: "dot", format: "svg")
        let root = try SVGParser.parse(output.bytes)
        let groups = root.all("g")
        #expect(groups.filter { $0.attributes["class"]?.hasPrefix("node ") == true && $0.attributes["id"]?.hasPrefix("node-") == true }.count == u.network.nodes.count)
        #expect(groups.filter { $0.attributes["class"]?.hasPrefix("edge ") == true }.count == u.network.edges.count)
        for (i, node) in u.network.nodes.enumerated() {
            let group = try #require(root.group("node-\(i)"), "node \(node.id)")
            // Classes as in plain diagrams, plus the status: "node kind-K status-S".
            #expect(group.attributes["class"] == "node kind-\(node.kind ?? "none") status-\(DiffDiagram.word(u.nodeStatus[i]))")
            let color = DiffDiagram.color(u.nodeStatus[i]).lowercased()
            #expect(group.shapes.contains { $0.attributes["stroke"]?.lowercased() == color }, "border of \(node.id)")
            #expect(group.allText.contains(node.displayName), "label of \(node.id)")
            let dashed = group.shapes.contains { $0.attributes["stroke-dasharray"] != nil }
            #expect(dashed == (u.nodeStatus[i] == .removed), "dashes of \(node.id)")
        }
        for (k, edge) in u.network.edges.enumerated() {
            let group = try #require(root.group("edge-\(k)"), "edge \(edge.from)→\(edge.to)")
            let color = DiffDiagram.color(u.edgeStatus[k]).lowercased()
            let paths = group.all("path")
            #expect(paths.contains { $0.attributes["stroke"]?.lowercased() == color }, "colour of \(edge.from)→\(edge.to)")
            let dashed = paths.contains { $0.attributes["stroke-dasharray"] != nil }
            #expect(dashed == (u.edgeStatus[k] == .removed), "dashes of \(edge.from)→\(edge.to)")
        }
        // Four distinct colours.
        #expect(Set(ElementStatus.allCases.map(DiffDiagram.color)).count == 4)
    }

    @Test("the legend lists exactly the statuses present; the title names both sides and the counts")
    func legendAndTitle() throws {
        let diff = try smallDiff()
        let root = try SVGParser.parse(try Graphviz.render(DiffDiagram.build(diff, options: options()), engine: "dot", format: "svg").bytes)
        let legend = try #require(root.group("legend"))
        #expect(legend.legendTexts.isSuperset(of: ["entered", "left", "changed", "unchanged"]))
        let title = root.group("graph0")?.children.filter { $0.name == "text" }.map(\.text) ?? []
        #expect(title.contains("Small network"))
        #expect(title.contains { $0.contains("2025-11-17") } && title.contains { $0.contains("2025-11-19") })
        #expect(title.contains("Nodes: 1 entered · 1 left · 2 changed · 3 unchanged (1 renamed)"))
        #expect(title.contains("Edges: 2 entered · 1 left · 1 changed · 2 unchanged"))

        // Only additions: no "left", no "changed".
        var before = diff.before
        before.nodes.removeAll { $0.id == "oldbloc" || $0.id == "framework" }
        before.edges = [diff.before.edges[0]]
        var after = before
        after.nodes.append(Node(id: "new", kind: "list"))
        after.edges.append(Edge(from: "iran", to: "new", relation: "backs"))
        let grown = try NetworkDiff(before: before, after: after)
        let svg = try Graphviz.render(DiffDiagram.build(grown, options: options()), engine: "dot", format: "svg")
        let texts = try #require(try SVGParser.parse(svg.bytes).group("legend")).legendTexts
        #expect(texts.contains("entered") && texts.contains("unchanged"))
        #expect(!texts.contains("left") && !texts.contains("changed"))

        var none = options()
        none.legend = false
        let without = try Graphviz.render(DiffDiagram.build(diff, options: none), engine: "dot", format: "svg")
        #expect(try SVGParser.parse(without.bytes).group("legend") == nil)
    }

    @Test("tooltips say the status, what changed field by field, the rename, and the evidence")
    func tooltips() throws {
        let diff = try smallDiff()
        let u = diff.union()
        var o = options()
        o.scores = ["iran": 0.4, "huquq": 0.1]
        o.scoreName = "pagerank"
        let root = try SVGParser.parse(try Graphviz.render(DiffDiagram.build(diff, options: o), engine: "dot", format: "svg").bytes)
        func nodeTip(_ id: String) throws -> String {
            let i = try #require(u.network.nodes.firstIndex { $0.id == id })
            return try #require(root.group("a_node-\(i)")?.tooltips.first ?? root.group("node-\(i)")?.tooltips.first, "tooltip of \(id)")
        }
        func edgeTip(_ from: String, _ to: String) throws -> String {
            let k = try #require(u.network.edges.firstIndex { $0.from == from && $0.to == to })
            return try #require(root.group("edge-\(k)")?.tooltips.first, "tooltip of \(from)→\(to)")
        }
        let huquq = try nodeTip("huquq")
        #expect(huquq.contains("changed (2025-11-17 → 2025-11-19)"))
        #expect(huquq.contains("seats: 6 → 27"))
        #expect(huquq.contains("kind: list"))
        #expect(huquq.contains("pagerank: 0.1"))
        #expect(huquq.contains("“Huquq won six seats.”") && huquq.contains("“An article”"))
        #expect(try nodeTip("cf").contains("renamed from framework (matched by label \"Coordination Framework\")"))
        #expect(try nodeTip("newlist").contains("entered"))
        #expect(try nodeTip("oldbloc").contains("left (2025-11-17 → 2025-11-19)"))
        #expect(try nodeTip("oldbloc").contains("“The old bloc dissolved.”"))
        let wing = try edgeTip("kh", "huquq")
        #expect(wing.contains("Kataib Hezbollah — political-wing → Huquq list"))
        #expect(wing.contains("changed"))
        #expect(wing.contains("quote: Huquq is linked to KH. → The Huquq list, linked to KH, won six seats."))
        #expect(wing.contains("— “An article”, A. Writer, 2025-12-12; confidence: high"))
        let gone = try edgeTip("kh", "oldbloc")
        #expect(gone.contains("left") && gone.contains("member-of") && gone.contains("“KH sat in the old bloc.”"))
        // The changed node's label summarises the change for PNG and PDF readers.
        let i = u.network.nodes.firstIndex { $0.id == "huquq" }!
        #expect(root.group("node-\(i)")?.allText.contains("seats: 6 → 27") == true)
        // Sizes follow the scores, as in Diagram.
        let graph = DiffDiagram.build(diff, options: o)
        func width(_ id: String) -> Double? {
            let n = graph.nodes[u.network.nodes.firstIndex { $0.id == id }!]
            return n.attributes.first { $0.name == "width" }.flatMap { if case .text(let t) = $0.value { Double(t) } else { nil } }
        }
        #expect(width("iran")! > width("huquq")!)
        #expect(width("oldbloc") == nil)
    }

    @Test("side by side: each side shows its elements, every node at the same place on both sides",
          arguments: DiffDiagramOptions.Arrangement.allCases)
    func sideBySide(_ arrangement: DiffDiagramOptions.Arrangement) throws {
        let diff = try smallDiff()
        let u = diff.union()
        var o = options()
        o.arrangement = arrangement
        let graph = try DiffDiagram.sideBySide(diff, options: o)
        let output = try Graphviz.render(graph, engine: DiffDiagram.sideBySideEngine, format: "svg")
        let root = try SVGParser.parse(output.bytes)
        var offsets: [(x: Double, y: Double)] = []
        for (i, node) in u.network.nodes.enumerated() {
            let status = u.nodeStatus[i]
            let before = root.group("before-node-\(i)"), after = root.group("after-node-\(i)")
            #expect((before != nil) == (status != .added), "before side of \(node.id)")
            #expect((after != nil) == (status != .removed), "after side of \(node.id)")
            for group in [before, after].compactMap({ $0 }) {
                let color = DiffDiagram.color(status).lowercased()
                #expect(group.shapes.contains { $0.attributes["stroke"]?.lowercased() == color }, "colour of \(node.id)")
            }
            if let b = before?.textPosition, let a = after?.textPosition { offsets.append((a.x - b.x, a.y - b.y)) }
        }
        #expect(offsets.count == u.nodeStatus.filter { $0 == .changed || $0 == .unchanged }.count)
        let offset = try #require(offsets.first)
        switch arrangement {
        case .leftRight: #expect(offset.x > 100 && offset.y == 0)
        case .topBottom: #expect(offset.x == 0 && offset.y > 50)   // SVG y grows downwards
        case .automatic: #expect(offset.x > 100 || offset.y > 50)
        }
        for o in offsets { #expect(abs(o.x - offset.x) < 0.011 && abs(o.y - offset.y) < 0.011) }
        // Edges: on the sides where they exist, along the same route.
        for (k, edge) in u.network.edges.enumerated() {
            let status = u.edgeStatus[k]
            let before = root.group("before-edge-\(k)"), after = root.group("after-edge-\(k)")
            #expect((before != nil) == (status != .added), "before side of \(edge.from)→\(edge.to)")
            #expect((after != nil) == (status != .removed), "after side of \(edge.from)→\(edge.to)")
            func start(_ g: SVGElement?) -> (Double, Double)? {
                guard let d = g?.all("path").first?.attributes["d"], d.hasPrefix("M") else { return nil }
                let xy = d.dropFirst().prefix { $0 != "C" && $0 != " " }.split(separator: ",").compactMap { Double($0) }
                return xy.count == 2 ? (xy[0], xy[1]) : nil
            }
            if let b = start(before), let a = start(after) {
                #expect(abs(a.0 - b.0 - offset.x) < 0.011 && abs(a.1 - b.1 - offset.y) < 0.011, "route of \(edge.from)→\(edge.to)")
            }
        }
        // Both sides labelled, legend present.
        let texts = root.all("text").map(\.text)
        #expect(texts.contains { $0.contains("2025-11-17") } && texts.contains { $0.contains("2025-11-19") })
        #expect(root.group("legend") != nil)
        #expect(root.group("side-before") != nil && root.group("side-after") != nil)
    }

    @Test("the union is laid out once: side-by-side positions are the union layout's")
    func positionsAPI() throws {
        let diff = try smallDiff()
        let graph = DiffDiagram.build(diff, options: { var o = options(); o.legend = false; return o }())
        let layout = try Graphviz.layout(graph, engine: "dot")
        #expect(layout.nodes.count == graph.nodes.count)
        #expect(layout.edges.count == graph.edges.count && layout.edges.allSatisfy { $0 != nil })
        for (_, p) in layout.nodes {
            #expect(p.center.x >= layout.boundingBox.minX && p.center.x <= layout.boundingBox.maxX)
            #expect(p.center.y >= layout.boundingBox.minY && p.center.y <= layout.boundingBox.maxY)
            #expect(p.width > 0 && p.height > 0)
        }
        // Routes start near their tail node and end (arrow tip) near their head node.
        for (k, edge) in graph.edges.enumerated() {
            let route = try #require(layout.edges[k])
            let from = try #require(layout.nodes[edge.from]), to = try #require(layout.nodes[edge.to])
            let first = route.splines[0].points[0], tip = route.splines.last!.end ?? route.splines.last!.points.last!
            #expect(abs(first.x - from.center.x) <= from.width / 2 + 2 && abs(first.y - from.center.y) <= from.height / 2 + 2)
            #expect(abs(tip.x - to.center.x) <= to.width / 2 + 2 && abs(tip.y - to.center.y) <= to.height / 2 + 2)
        }
        #expect(layout == (try Graphviz.layout(graph, engine: "dot")))
        #expect(throws: GraphvizError.self) { try Graphviz.layout(graph, engine: "nosuch") }
        // A pinned copy rendered with nop2 keeps the positions (translated as a whole).
        var pinned = graph
        for i in pinned.nodes.indices {
            let p = layout.nodes[pinned.nodes[i].id]!.center
            pinned.nodes[i].attributes.append(DOTAttribute("pos", "\(p.x),\(p.y)!"))
        }
        let again = try Graphviz.layout(pinned, engine: DiffDiagram.sideBySideEngine)
        let shift = again.nodes["n0"]!.center.x - layout.nodes["n0"]!.center.x
        for (id, p) in layout.nodes {
            #expect(abs(again.nodes[id]!.center.x - p.center.x - shift) < 0.011)
        }
    }

    @Test("same input, same bytes: union and side by side, dot and sfdp")
    func deterministic() throws {
        let diff = try smallDiff()
        #expect(DOTWriter.write(DiffDiagram.build(diff, options: options())) == DOTWriter.write(DiffDiagram.build(diff, options: options())))
        let a = try Graphviz.render(DiffDiagram.build(diff, options: options()), engine: "dot", format: "svg").bytes
        let b = try Graphviz.render(DiffDiagram.build(diff, options: options()), engine: "dot", format: "svg").bytes
        let same = a == b
        #expect(same)
        for engine in [LayoutEngine.dot, .sfdp] {
            var o = options()
            o.engine = engine
            let s1 = try Graphviz.render(try DiffDiagram.sideBySide(diff, options: o), engine: DiffDiagram.sideBySideEngine, format: "svg").bytes
            let s2 = try Graphviz.render(try DiffDiagram.sideBySide(diff, options: o), engine: DiffDiagram.sideBySideEngine, format: "svg").bytes
            let same = s1 == s2   // not compared inside #expect, which would print every byte
            #expect(same, "side by side with \(engine)")
            _ = try SVGParser.parse(s1)
        }
    }

    @Test("the Iraq network: rdb joined cf on 2025-11-18; the asset freeze enters by 2025-12-12")
    func iraq() throws {
        let network = try NetworkReader.read(path: repositoryRoot + "/graphs/iraq-2025.yaml")
        func diff(_ from: String, _ to: String) throws -> NetworkDiff {
            try NetworkDiff(before: network.snapshot(at: InfluenceDate(from)!), after: network.snapshot(at: InfluenceDate(to)!))
        }
        let short = try diff("2025-11-17", "2025-11-19")
        let u = short.union()
        let joined = try #require(u.network.edges.firstIndex { $0.from == "rdb" && $0.to == "cf" && $0.relation == "joined" })
        #expect(u.edgeStatus[joined] == .added)
        let root = try SVGParser.parse(try Graphviz.render(DiffDiagram.build(short, options: options()), engine: "dot", format: "svg").bytes)
        let edge = try #require(root.group("edge-\(joined)"))
        #expect(edge.all("path").contains { $0.attributes["stroke"]?.lowercased() == DiffDiagram.color(.added).lowercased() })
        #expect(edge.tooltips.first?.contains("entered") == true)
        #expect(edge.allText.contains("joined"))

        let long = try diff("2025-11-01", "2025-12-12")
        let v = long.union()
        let freeze = try #require(v.network.nodes.firstIndex { $0.id == "asset-freeze" })
        #expect(v.nodeStatus[freeze] == .added)
        var o = options("2025-11-01", "2025-12-12")
        let svg = try Graphviz.render(DiffDiagram.build(long, options: o), engine: "dot", format: "svg").bytes
        let node = try #require(try SVGParser.parse(svg).group("node-\(freeze)"))
        #expect(node.shapes.contains { $0.attributes["stroke"]?.lowercased() == DiffDiagram.color(.added).lowercased() })
        o.scores = ["iran": 0.3, "cf": 0.2]
        o.scoreName = "pagerank"
        let side = try Graphviz.render(try DiffDiagram.sideBySide(long, options: o), engine: DiffDiagram.sideBySideEngine, format: "svg")
        let sideRoot = try SVGParser.parse(side.bytes)
        #expect(sideRoot.group("after-node-\(freeze)") != nil && sideRoot.group("before-node-\(freeze)") == nil)
        let png = try Graphviz.render(try DiffDiagram.sideBySide(long, options: o), engine: DiffDiagram.sideBySideEngine, format: "png").bytes
        #expect(png.prefix(4) == [0x89, 0x50, 0x4E, 0x47])
    }

    @Test("no change, and nothing at all: still valid pictures")
    func edgeCases() throws {
        let diff = try smallDiff()
        let same = try NetworkDiff(before: diff.after, after: diff.after)
        let root = try SVGParser.parse(try Graphviz.render(DiffDiagram.build(same, options: options()), engine: "dot", format: "svg").bytes)
        let texts = try #require(root.group("legend")).legendTexts
        #expect(texts.contains("unchanged") && !texts.contains("entered") && !texts.contains("left") && !texts.contains("changed"))
        let side = try Graphviz.render(try DiffDiagram.sideBySide(same, options: options()), engine: DiffDiagram.sideBySideEngine, format: "svg")
        _ = try SVGParser.parse(side.bytes)
        let empty = try NetworkDiff(before: Network(), after: Network())
        _ = try SVGParser.parse(try Graphviz.render(DiffDiagram.build(empty), engine: "dot", format: "svg").bytes)
        _ = try SVGParser.parse(try Graphviz.render(try DiffDiagram.sideBySide(empty), engine: DiffDiagram.sideBySideEngine, format: "svg").bytes)
        // Undirected networks draw undirected.
        var a = Network(directed: false), b = Network(directed: false)
        a.nodes = [Node(id: "x"), Node(id: "y")]
        b.nodes = a.nodes
        b.edges = [Edge(from: "y", to: "x", relation: "allied-with")]
        let undirected = try DiffDiagram.sideBySide(try NetworkDiff(before: a, after: b))
        #expect(!undirected.directed)
        _ = try SVGParser.parse(try Graphviz.render(undirected, engine: DiffDiagram.sideBySideEngine, format: "svg").bytes)
    }

    /// Writes PNGs to look at: `INFLUENCE_DIFF_PNG_DIR=/tmp/diff swift test --filter DiffDiagram`.
    @Test("pictures for a human eye", .enabled(if: ProcessInfo.processInfo.environment["INFLUENCE_DIFF_PNG_DIR"] != nil))
    func pictures() throws {
        let dir = ProcessInfo.processInfo.environment["INFLUENCE_DIFF_PNG_DIR"]!
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let network = try NetworkReader.read(path: repositoryRoot + "/graphs/iraq-2025.yaml")
        let cases: [(String, NetworkDiff, DiffDiagramOptions)] = [
            ("small", try smallDiff(), options()),
            ("iraq-short", try NetworkDiff(before: network.snapshot(at: InfluenceDate("2025-11-17")!),
                                           after: network.snapshot(at: InfluenceDate("2025-11-19")!)), options()),
            ("iraq-long", try NetworkDiff(before: network.snapshot(at: InfluenceDate("2025-11-01")!),
                                          after: network.snapshot(at: InfluenceDate("2025-12-12")!)), options("2025-11-01", "2025-12-12")),
        ]
        for (name, diff, o) in cases {
            let union = DiffDiagram.build(diff, options: o)
            let engine = o.engine ?? Diagram.defaultEngine(nodes: union.nodes.count, edges: union.edges.count)
            for format in ["png", "svg"] {
                let a = try Graphviz.render(union, engine: engine.rawValue, format: format)
                try Data(a.bytes).write(to: URL(fileURLWithPath: "\(dir)/\(name)-union.\(format)"))
                let b = try Graphviz.render(try DiffDiagram.sideBySide(diff, options: o), engine: DiffDiagram.sideBySideEngine, format: format)
                try Data(b.bytes).write(to: URL(fileURLWithPath: "\(dir)/\(name)-side.\(format)"))
                for w in a.warnings + b.warnings { print("graphviz warning (\(name)): \(w)") }
            }
            try DOTWriter.write(try DiffDiagram.sideBySide(diff, options: o)).write(toFile: "\(dir)/\(name)-side.dot", atomically: true, encoding: .utf8)
            var leftRight = o
            leftRight.arrangement = .leftRight
            let c = try Graphviz.render(try DiffDiagram.sideBySide(diff, options: leftRight), engine: DiffDiagram.sideBySideEngine, format: "png")
            try Data(c.bytes).write(to: URL(fileURLWithPath: "\(dir)/\(name)-side-lr.png"))
        }
    }
}
