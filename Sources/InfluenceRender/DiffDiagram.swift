import Foundation
import InfluenceDiff
import InfluenceGraph
import InfluenceGraphviz

/// Options for drawing a `NetworkDiff`.
public struct DiffDiagramOptions: Sendable {
    /// Shapes come from the style sheet's kinds; colours and line styles show each element's status.
    public var style: StyleSheet = .standard
    /// Per-node scores keyed by the ids *after* (for example the later PageRank), computed by the
    /// caller; nodes are sized as ``Diagram`` sizes them. Removed nodes have no score and keep the
    /// default size. `nil` draws every node the same size.
    public var scores: NodeScores?
    /// The measure's name, for tooltips (`nil`: "score").
    public var scoreName: String?
    /// Draw the legend of the statuses (and kinds) present.
    public var legend: Bool = true
    /// Graphviz layout engine of the union; `nil` chooses by size (``Diagram/defaultEngine(nodes:edges:)``).
    public var engine: LayoutEngine?
    /// Lay out with `dot` even on a union too large for it (see ``DiagramOptions/force``).
    public var force: Bool = false
    /// The diagram's title; `nil` uses the network's title.
    public var title: String?
    /// What the earlier side is called: a date (`2025-11-17`) or a file name.
    public var beforeLabel: String = "before"
    /// What the later side is called: a date (`2025-11-19`) or a file name.
    public var afterLabel: String = "after"
    /// Where ``DiffDiagram/sideBySide(_:options:)`` puts the after side.
    public var arrangement: Arrangement = .automatic

    /// How the two sides of ``DiffDiagram/sideBySide(_:options:)`` are placed.
    public enum Arrangement: String, Sendable, CaseIterable {
        /// Left/right, unless the union is so wide that top/bottom gives a picture nearer 16:10.
        case automatic
        /// Before on the left, after on the right.
        case leftRight
        /// Before on top, after below.
        case topBottom
    }

    public init() {}
}

/// Draws what changed between two networks (issue 6, "Diff over time").
///
/// ``build(_:options:)`` draws the union of both sides (`NetworkDiff.union()`) in one picture,
/// each node and edge coloured by its `ElementStatus` from the Okabe–Ito palette, with line style
/// as a second cue: **entered** bluish green and heavy, **left** vermillion and dashed, **changed**
/// blue with a double border (edges: medium weight), **unchanged** grey, light and thin. Node shapes
/// come from the style sheet's kinds; sizes from the given scores. Changed elements carry a short
/// summary of what changed in their label; tooltips say everything (status, each field's old and new
/// value, rename, kind, evidence with quote and source). A title block names the network, both sides
/// and the counts; the legend lists exactly the statuses present.
///
/// ``sideBySide(_:options:)`` lays the union out once and draws the *before* side on the left and
/// the *after* side on the right (or below, when the union is wide), every node at the same place in
/// both, so the eye can compare.
///
/// DOT node ids are `n0`, `n1`, … in union order (after's nodes, then the removed ones); SVG ids
/// `node-i` / `edge-k` (side by side: `before-node-i`, `after-node-i`, `before-edge-k`, `after-edge-k`).
public enum DiffDiagram {
    /// The engine to render a ``sideBySide(_:options:)`` graph with: `nop2` (`neato -n2`), which
    /// keeps the given node positions and edge routes, so both copies show the union's layout exactly.
    public static let sideBySideEngine = "nop2"

    /// The colour of a status: entered bluish green `#009E73`, left vermillion `#D55E00`, changed
    /// blue `#0072B2`, unchanged grey `#999999` (Okabe–Ito). Blue rather than orange for *changed*:
    /// with deuteranopia orange and vermillion differ by ΔE ≈ 18, blue from every other by ≥ 49.
    public static func color(_ status: ElementStatus) -> String {
        switch status {
        case .added: StyleSheet.OkabeIto.bluishGreen
        case .removed: StyleSheet.OkabeIto.vermillion
        case .changed: StyleSheet.OkabeIto.blue
        case .unchanged: StyleSheet.OkabeIto.grey
        }
    }

    /// The word for a status in the legend, tooltips and counts: entered, left, changed, unchanged.
    public static func word(_ status: ElementStatus) -> String {
        switch status {
        case .added: "entered"
        case .removed: "left"
        case .changed: "changed"
        case .unchanged: "unchanged"
        }
    }

    /// The union of both sides as one styled graph; render it with `options.engine`, or when that is
    /// `nil` with ``Diagram/defaultEngine(nodes:edges:)`` of the union's size (the graph attributes
    /// suit that engine).
    public static func build(_ diff: NetworkDiff, options: DiffDiagramOptions = .init()) -> DOTGraph {
        let drawing = Drawing(diff, options: options)
        var graph = drawing.elements().graph
        if let title = drawing.titleBlock() {
            graph.graphAttributes += [DOTAttribute("label", html: title), DOTAttribute("labelloc", "t"),
                                      DOTAttribute("labeljust", "l")]
        }
        // With dot and fdp (which draw clusters) the kinds' shapes are real nodes in the legend's
        // cluster, as in ``Diagram``; other engines list the shape names in the table.
        let shapeNodes = drawing.engine == .dot || drawing.engine == .fdp
        if options.legend, let legend = drawing.legendTable(shapes: !shapeNodes) {
            graph.clusters.append(DOTCluster(name: "legend", attributes: [
                DOTAttribute("label", ""), DOTAttribute("color", "white"), DOTAttribute("class", "legend"),
            ]))
            graph.nodes.append(drawing.legendNode(legend, cluster: "legend"))
            if shapeNodes { graph.nodes += drawing.kindSampleNodes(cluster: "legend") }
        }
        return graph
    }

    /// Both sides next to each other, nodes at the same places: the union is laid out once with
    /// `options.engine`, then drawn twice: first what was there before (left, changed, unchanged),
    /// then what is there after (entered, changed, unchanged), each side in a box under its label,
    /// every node pinned (`pos="x,y!"`, `pin=true`) at its union position and every edge along its
    /// union route. The second copy is offset by the union's width (or height) plus a gap: after on
    /// the right of before, or below it when the union is so wide that two copies in a row would
    /// make a strip (``DiffDiagramOptions/arrangement``). The legend goes right of or below both.
    ///
    /// Render the result with ``sideBySideEngine``.
    /// - Throws: `GraphvizError` from the union's layout.
    public static func sideBySide(_ diff: NetworkDiff, options: DiffDiagramOptions = .init()) throws(GraphvizError) -> DOTGraph {
        let drawing = Drawing(diff, options: options)
        let (core, edgeIndex) = drawing.elements()
        let layout = try Graphviz.layout(core, engine: drawing.engine.rawValue)
        // Sizes of what is placed by hand: the side labels, and the legend in both shapes (a column,
        // for the right; a row, for below).
        let sideLabels = [("before", "Before", options.beforeLabel), ("after", "After", options.afterLabel)].map { name, title, label in
            DOTNode(id: "side-\(name)-label", attributes: [
                DOTAttribute("label", html: "<B>\(Diagram.html(title))</B> · \(Diagram.html(label))"),
                DOTAttribute("shape", "plaintext"), DOTAttribute("style", ""), DOTAttribute("margin", "0"),
                DOTAttribute("fontname", drawing.font), DOTAttribute("fontsize", "14"),
                DOTAttribute("id", "side-\(name)-label"),
                DOTAttribute("tooltip", "\(title): \(label)"),
            ])
        }
        var probe = DOTGraph(name: "sizes", directed: true)
        probe.graphAttributes = drawing.commonGraphAttributes
        probe.nodeDefaults = core.nodeDefaults
        probe.nodes = sideLabels
        let column = options.legend ? drawing.legendTable() : nil, row = options.legend ? drawing.legendTable(horizontal: true) : nil
        if let column, let row {
            probe.nodes += [drawing.legendNode(column, cluster: nil), drawing.legendNode(row, cluster: nil, id: "legend-row")]
        }
        let sizes = try Graphviz.layout(probe, engine: "dot").nodes
        var legends: [(table: String, width: Double, height: Double)] = []
        if let column, let row, let c = sizes["legend"], let r = sizes["legend-row"] {
            legends = [(column, c.width, c.height), (row, r.width, r.height)]
        }
        let labelHeight = sideLabels.compactMap { sizes[$0.id]?.height }.max() ?? 20

        let union = layout.boundingBox
        let margin = 14.0, gap = 36.0, labelBand = labelHeight + 12
        let sideBox = LayoutBox(minX: union.minX - margin, minY: union.minY - margin,
                                maxX: union.maxX + margin, maxY: union.maxY + margin + labelBand)
        // Nearness to a 16:10 picture (0 = exactly).
        func badness(_ width: Double, _ height: Double) -> Double { abs(log((width / max(height, 1)) / 1.6)) }
        let leftRight: Bool = switch options.arrangement {
        case .leftRight: true
        case .topBottom: false
        case .automatic: badness(2 * sideBox.width + gap, sideBox.height) <= badness(sideBox.width, 2 * sideBox.height + gap)
        }
        let (dx, dy) = leftRight ? (sideBox.width + gap, 0.0) : (0.0, -(sideBox.height + gap))

        var graph = DOTGraph(name: core.name, directed: core.directed)
        graph.graphAttributes = drawing.commonGraphAttributes + [DOTAttribute("outputorder", "edgesfirst")]
        if let title = drawing.titleBlock() {
            graph.graphAttributes += [DOTAttribute("label", html: title), DOTAttribute("labelloc", "t"),
                                      DOTAttribute("labeljust", "l")]
        }
        graph.nodeDefaults = core.nodeDefaults
        graph.edgeDefaults = core.edgeDefaults

        let sides: [(name: String, statuses: Set<ElementStatus>, dx: Double, dy: Double)] = [
            ("before", [.removed, .changed, .unchanged], 0, 0),
            ("after", [.added, .changed, .unchanged], dx, dy),
        ]
        let u = drawing.union
        func text(_ p: LayoutPoint) -> String { GraphLayout.text(p.x) + "," + GraphLayout.text(p.y) }
        for (side, label) in zip(sides, sideLabels) {
            // Each side's box and label are pinned nodes, not clusters: Graphviz orders clusters by the
            // addresses of their interned names, so their order in the SVG changed from run to run.
            let center = LayoutPoint(x: (sideBox.minX + sideBox.maxX) / 2, y: (sideBox.minY + sideBox.maxY) / 2)
            graph.nodes.append(DOTNode(id: "side-\(side.name)", attributes: [
                DOTAttribute("label", ""), DOTAttribute("shape", "box"), DOTAttribute("style", "rounded"),
                DOTAttribute("color", "#BBBBBB"), DOTAttribute("fixedsize", "true"),
                DOTAttribute("width", GraphLayout.text(sideBox.width / 72)), DOTAttribute("height", GraphLayout.text(sideBox.height / 72)),
                DOTAttribute("pos", text(center.offset(dx: side.dx, dy: side.dy)) + "!"), DOTAttribute("pin", "true"),
                DOTAttribute("id", "side-\(side.name)"),
                DOTAttribute("tooltip", side.name == "before"
                             ? "\(options.beforeLabel): what left, changed or stayed"
                             : "\(options.afterLabel): what entered, changed or stayed"),
            ]))
            let size = sizes[label.id].map { ($0.width, $0.height) } ?? (100, 20)
            var labelNode = label
            labelNode.attributes += [
                DOTAttribute("pos", text(LayoutPoint(x: sideBox.minX + 10 + size.0 / 2, y: sideBox.maxY - 8 - size.1 / 2)
                    .offset(dx: side.dx, dy: side.dy)) + "!"),
                DOTAttribute("pin", "true"),
            ]
            graph.nodes.append(labelNode)
            var present = Set<String>()
            for (i, node) in core.nodes.enumerated() where side.statuses.contains(u.nodeStatus[i]) {
                guard let placement = layout.nodes[node.id] else { continue }
                var attributes = node.attributes.map { a in
                    a.name == "id" ? DOTAttribute("id", "\(side.name)-node-\(i)") : a
                }
                attributes += [DOTAttribute("pos", text(placement.center.offset(dx: side.dx, dy: side.dy)) + "!"),
                               DOTAttribute("pin", "true")]
                graph.nodes.append(DOTNode(id: "\(side.name)-\(node.id)", attributes: attributes))
                present.insert(node.id)
            }
            for (e, edge) in core.edges.enumerated() where side.statuses.contains(u.edgeStatus[edgeIndex[e]]) {
                guard present.contains(edge.from), present.contains(edge.to) else { continue }
                let k = edgeIndex[e]
                var attributes = edge.attributes.map { a in
                    a.name == "id" ? DOTAttribute("id", "\(side.name)-edge-\(k)") : a
                }
                if let route = layout.edges[e]?.offset(dx: side.dx, dy: side.dy) {
                    attributes.append(DOTAttribute("pos", route.position))
                    if let lp = route.labelPosition { attributes.append(DOTAttribute("lp", text(lp))) }
                }
                graph.edges.append(DOTEdge(from: "\(side.name)-\(edge.from)", to: "\(side.name)-\(edge.to)", attributes: attributes))
            }
        }

        if legends.count == 2 {
            // Right of both sides (as a column) or below them (as a row): whichever is nearer 16:10.
            let sidesWidth = sideBox.width + dx, sidesHeight = sideBox.height - dy
            let (column, row) = (legends[0], legends[1])
            let right = badness(sidesWidth + gap + column.width, max(sidesHeight, column.height))
            let below = badness(max(sidesWidth, row.width), sidesHeight + gap + row.height)
            let table: String, center: LayoutPoint
            if right <= below {
                table = column.table
                center = LayoutPoint(x: sideBox.maxX + dx + gap + column.width / 2, y: sideBox.maxY - column.height / 2)
            } else {
                table = row.table
                center = LayoutPoint(x: sideBox.minX + row.width / 2, y: sideBox.minY + dy - gap - row.height / 2)
            }
            var node = drawing.legendNode(table, cluster: nil)
            node.attributes += [DOTAttribute("pos", text(center) + "!"), DOTAttribute("pin", "true")]
            graph.nodes.append(node)
        }
        return graph
    }
}

// MARK: - Drawing

extension DiffDiagram {
    /// The union of a diff and everything derived from it once: styles, tooltips, title, legend.
    struct Drawing {
        let diff: NetworkDiff
        let union: DiffUnion
        let options: DiffDiagramOptions
        let engine: LayoutEngine
        var network: Network { union.network }
        var font: String { options.style.font }

        init(_ diff: NetworkDiff, options: DiffDiagramOptions) {
            self.diff = diff
            self.union = diff.union()
            self.options = options
            self.engine = options.engine ?? Diagram.defaultEngine(nodes: union.network.nodes.count, edges: union.network.edges.count)
        }

        /// Light fills of the status colours (30 % colour on white), so black labels stay legible.
        static func fill(_ status: ElementStatus) -> String {
            switch status {
            case .added: "#B3E2D5"
            case .removed: "#F2CFB3"
            case .changed: "#B3D5E8"
            case .unchanged: "#F4F4F4"
            }
        }

        /// Whether to write the relation on entered, left and changed edges: yes unless there are many.
        var labelsEdges: Bool { union.edgeStatus.lazy.filter { $0 != .unchanged }.count <= 60 }

        var commonGraphAttributes: [DOTAttribute] {
            [DOTAttribute("fontname", font), DOTAttribute("fontsize", "12"),
             DOTAttribute("bgcolor", "white"), DOTAttribute("pad", "0.3")]
        }

        /// The union's nodes and edges, styled, with graph attributes for the layout engine; no title or
        /// legend. `edgeIndex[e]` is the union index of `graph.edges[e]`.
        func elements() -> (graph: DOTGraph, edgeIndex: [Int]) {
            let title = options.title ?? network.title ?? "influence"
            var graph = DOTGraph(name: title, directed: network.directed)
            Diagram.applyDefaults(to: &graph, engine: engine, nodeCount: network.nodes.count, font: font)
            let maxScore = options.scores?.values.filter { $0.isFinite }.max() ?? 0
            for (i, node) in network.nodes.enumerated() {
                graph.nodes.append(DOTNode(id: "n\(i)", attributes: nodeAttributes(i, node, maxScore: maxScore)))
            }
            let index = network.nodeIndex()
            let labels = labelsEdges
            var edgeIndex: [Int] = []
            edgeIndex.reserveCapacity(network.edges.count)
            for (k, edge) in network.edges.enumerated() {
                guard let u = index[edge.from], let v = index[edge.to] else { continue }
                graph.edges.append(DOTEdge(from: "n\(u)", to: "n\(v)",
                                           attributes: edgeAttributes(k, edge, from: network.nodes[u], to: network.nodes[v], label: labels)))
                edgeIndex.append(k)
            }
            return (graph, edgeIndex)
        }

        // MARK: Nodes

        func nodeAttributes(_ i: Int, _ node: Node, maxScore: Double) -> [DOTAttribute] {
            let status = union.nodeStatus[i]
            let s = options.style.nodeStyle(kind: node.kind, in: network)
            // Keep the kind's shape words (rounded, diagonals…); line style and weight come from the status.
            var words = s.style.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !["", "filled", "bold", "dashed", "dotted", "solid", "invis"].contains($0) }
            words.insert("filled", at: 0)
            if status == .removed { words.append("dashed") }
            var attributes = [DOTAttribute("label", node.displayName)]
            if status == .changed, let summary = changeSummary(union.nodeChanges[i]) {
                attributes = [DOTAttribute("label", html: Diagram.html(node.displayName)
                                           + "<BR/><FONT POINT-SIZE=\"9\" COLOR=\"\(DiffDiagram.color(.changed))\">\(Diagram.html(summary))</FONT>")]
            }
            attributes += [
                DOTAttribute("shape", s.shape),
                DOTAttribute("fillcolor", Self.fill(status)),
                DOTAttribute("color", DiffDiagram.color(status)),
                DOTAttribute("fontcolor", status == .unchanged ? "#555555" : s.fontColor),
                DOTAttribute("style", words.joined(separator: ",")),
                DOTAttribute("penwidth", status == .added ? "2.6" : status == .unchanged ? "1" : "2"),
            ]
            if status == .changed { attributes.append(DOTAttribute("peripheries", "2")) }
            attributes += [
                DOTAttribute("tooltip", nodeTooltip(i, node)),
                DOTAttribute("id", "node-\(i)"),
                // SVG `<g class="node kind-K status-S">`, as ``Diagram`` (Guides/Rendering.md).
                DOTAttribute("class", "kind-" + Diagram.className(node.kind ?? "none") + " status-" + DiffDiagram.word(status)),
            ]
            attributes += Diagram.sizeAttributes(score: options.scores?[node.id], maxScore: maxScore)
            return attributes
        }

        /// The side(s) a status is seen on, for tooltips: "2025-11-17 → 2025-11-19".
        var sides: String { "\(options.beforeLabel) → \(options.afterLabel)" }

        func nodeTooltip(_ i: Int, _ node: Node) -> String {
            let status = union.nodeStatus[i]
            var lines = [node.displayName + (node.label != nil ? " (\(node.id))" : ""),
                         "\(DiffDiagram.word(status)) (\(sides))"]
            lines += union.nodeChanges[i].map { change in
                if change.field == "id", let from = union.renamedFrom[i] {
                    let why = diff.renamedNodes.first { $0.to == node.id }.map { " (matched by \($0.matchedBy))" } ?? ""
                    return "renamed from \(from)" + why
                }
                return Self.describe(change)
            }
            // Diagram's tooltip after its first line: kind, aliases, validity, attributes, score.
            let name = options.scoreName ?? "score"
            lines += Diagram.nodeTooltip(node, score: options.scores?[node.id], scoreName: name).split(separator: "\n", omittingEmptySubsequences: false)
                .dropFirst().map(String.init)
            lines += evidenceLines(node.evidence)
            return lines.joined(separator: "\n")
        }

        // MARK: Edges

        func edgeAttributes(_ k: Int, _ edge: Edge, from: Node, to: Node, label: Bool) -> [DOTAttribute] {
            let status = union.edgeStatus[k]
            let s = options.style.edgeStyle(relation: edge.relation, in: network)
            let color = DiffDiagram.color(status)
            var attributes = [
                DOTAttribute("color", color),
                DOTAttribute("style", status == .removed ? "dashed" : "solid"),
                DOTAttribute("arrowhead", s.arrowhead),
                DOTAttribute("penwidth", status == .added ? "2.4" : status == .unchanged ? "0.9" : "2"),
            ]
            if status == .unchanged { attributes.append(DOTAttribute("arrowsize", "0.6")) }
            if label && status != .unchanged {
                let relation = network.relations[edge.relation]?.label ?? edge.relation
                if status == .changed, let summary = changeSummary(union.edgeChanges[k]) {
                    attributes.append(DOTAttribute("label", html: Diagram.html(relation) + "<BR/><FONT POINT-SIZE=\"8\">\(Diagram.html(summary))</FONT>"))
                } else {
                    attributes.append(DOTAttribute("label", relation))
                }
                attributes.append(DOTAttribute("fontcolor", color))
            }
            attributes += [
                DOTAttribute("tooltip", edgeTooltip(k, edge, from: from, to: to)),
                DOTAttribute("id", "edge-\(k)"),
                DOTAttribute("class", "relation-" + Diagram.className(edge.relation) + " status-" + DiffDiagram.word(status)),
            ]
            if let url = edge.evidence.lazy.compactMap({ $0.source.flatMap { network.sources[$0]?.url } }).first,
               let safe = Diagram.safeURL(url) {
                attributes.append(DOTAttribute("URL", safe))
            }
            return attributes
        }

        func edgeTooltip(_ k: Int, _ edge: Edge, from: Node, to: Node) -> String {
            let status = union.edgeStatus[k]
            var lines = ["\(from.displayName) — \(edge.relation) → \(to.displayName)",
                         "\(DiffDiagram.word(status)) (\(sides))"]
            lines += union.edgeChanges[k].map(Self.describe)
            // Diagram's tooltip after its first line: validity, weight, evidence (quote, source, confidence).
            lines += Diagram.edgeTooltip(edge, from: from, to: to, network: network).split(separator: "\n", omittingEmptySubsequences: false)
                .dropFirst().map(String.init)
            return lines.joined(separator: "\n")
        }

        func evidenceLines(_ evidence: [Evidence]) -> [String] {
            var lines: [String] = []
            for ev in evidence {
                if let quote = ev.quote { lines.append("“\(quote)”") }
                var cite: [String] = []
                if let key = ev.source { cite.append(network.sources[key].map { Diagram.sourceLine(key, $0) } ?? key) }
                if let c = ev.confidence { cite.append("confidence: \(c.rawValue)") }
                if !cite.isEmpty { lines.append("— " + cite.joined(separator: "; ")) }
            }
            return lines
        }

        // MARK: Changes as text

        /// `seats: 6 → 27`; a field absent on one side shows `—`.
        static func describe(_ change: FieldChange) -> String {
            "\(fieldName(change.field)): \(text(change.before)) → \(text(change.after))"
        }

        static func fieldName(_ field: String) -> String {
            field.hasPrefix("attributes.") ? String(field.dropFirst("attributes.".count)) : field
        }

        /// A field value as a reader would write it: strings unquoted (long ones cut), dated values as
        /// `6 (since 2025-11)`, or with `dated: false` just `6`.
        static func text(_ value: FieldValue?, limit: Int = 120, dated: Bool = true) -> String {
            guard let value else { return "—" }
            func cut(_ s: String) -> String { s.count > limit ? String(s.prefix(limit - 1)) + "…" : s }
            switch value {
            case .string(let s): return cut(s)
            case .number, .bool, .date: return value.description
            case .list(let items): return cut(items.map { text($0, limit: limit, dated: dated) }.joined(separator: ", "))
            case .record(let entries):
                if let v = entries.first(where: { $0.key == "value" }) {
                    let since = entries.first { $0.key == "since" }.map { text($0.value) }
                    let until = entries.first { $0.key == "until" }.map { text($0.value) }
                    let when = switch (dated ? since : nil, dated ? until : nil) {
                    case let (s?, u?): " (\(s) – \(u))"
                    case let (s?, nil): " (since \(s))"
                    case let (nil, u?): " (until \(u))"
                    case (nil, nil): ""
                    }
                    return cut(text(v.value, dated: dated) + when)
                }
                return cut(entries.map { "\($0.key): \(text($0.value, limit: limit, dated: dated))" }.joined(separator: ", "))
            }
        }

        /// One short line for a label: the first change that fits 32 characters, without dates
        /// (`seats: 6 → 27`, `renamed from X`), else the changed fields' names (cut at 40 characters).
        func changeSummary(_ changes: [FieldChange]) -> String? {
            guard !changes.isEmpty else { return nil }
            var shown: String?
            for change in changes {
                let line = change.field == "id"
                    ? "renamed from \(Self.text(change.before, limit: 24))"
                    : "\(Self.fieldName(change.field)): \(Self.text(change.before, limit: 24, dated: false)) → \(Self.text(change.after, limit: 24, dated: false))"
                if line.count <= 32 {
                    shown = line
                    break
                }
            }
            if let shown { return shown + (changes.count > 1 ? " (+\(changes.count - 1) more)" : "") }
            let names = changes.map { Self.fieldName($0.field) }.joined(separator: ", ")
            return "changed: " + (names.count > 40 ? String(names.prefix(39)) + "…" : names)
        }

        // MARK: Title and legend

        func count(_ statuses: [ElementStatus], _ status: ElementStatus) -> Int { statuses.lazy.filter { $0 == status }.count }

        /// `3 entered · 1 left · 2 changed · 17 unchanged`.
        func counts(_ statuses: [ElementStatus]) -> String {
            ElementStatus.allCases.map { "\(count(statuses, $0)) \(DiffDiagram.word($0))" }.joined(separator: " · ")
        }

        func titleBlock() -> String? {
            var rows: [String] = []
            if let title = options.title ?? network.title {
                rows.append("<TR><TD ALIGN=\"LEFT\"><B><FONT POINT-SIZE=\"16\">\(Diagram.html(title))</FONT></B></TD></TR>")
            }
            let sides = "Changes from <B>\(Diagram.html(options.beforeLabel))</B> to <B>\(Diagram.html(options.afterLabel))</B>"
            rows.append("<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"13\">\(sides)</FONT></TD></TR>")
            var nodes = "Nodes: " + counts(union.nodeStatus)
            if !diff.renamedNodes.isEmpty { nodes += " (\(diff.renamedNodes.count) renamed)" }
            rows.append("<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\">\(Diagram.html(nodes))</FONT></TD></TR>")
            rows.append("<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\">\(Diagram.html("Edges: " + counts(union.edgeStatus)))</FONT></TD></TR>")
            for (key, source) in network.sources {
                rows.append("<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"#444444\">\(Diagram.html("Source: " + Diagram.sourceLine(key, source)))</FONT></TD></TR>")
            }
            return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\">" + rows.joined() + "</TABLE>"
        }

        /// What each status means, for the legend.
        func meaning(_ status: ElementStatus) -> String {
            switch status {
            case .added: "only in \(options.afterLabel)"
            case .removed: "only in \(options.beforeLabel)"
            case .changed: "in both, fields differ"
            case .unchanged: "in both, the same"
            }
        }

        /// An HTML table listing the statuses present (node swatch, edge line, word, meaning), then the
        /// node shapes of the kinds present: one item a row, or with `horizontal` all statuses in one
        /// row and all shapes in another.
        /// One node per kind present, drawn with the kind's shape and style in the unchanged grey and
        /// labelled with the kind (class `legend`, ids `legend-kind-I`).
        func kindSampleNodes(cluster: String) -> [DOTNode] {
            var kinds: [String?] = [], seen = Set<String?>()
            for n in network.nodes where seen.insert(n.kind).inserted { kinds.append(n.kind) }
            return kinds.enumerated().map { i, kind in
                let s = options.style.nodeStyle(kind: kind, in: network)
                let words = s.style.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !["", "filled", "bold", "dashed", "dotted", "solid", "invis"].contains($0) }
                return DOTNode(id: "legend-kind-\(i)", attributes: [
                    DOTAttribute("label", kind.map { network.kinds[$0]?.label ?? $0 } ?? "(no kind)"),
                    DOTAttribute("shape", s.shape), DOTAttribute("style", (["filled"] + words).joined(separator: ",")),
                    DOTAttribute("fillcolor", "#F4F4F4"), DOTAttribute("color", "#777777"), DOTAttribute("fontsize", "10"),
                    DOTAttribute("id", "legend-kind-\(i)"), DOTAttribute("class", "legend"),
                    DOTAttribute("tooltip", "kind: " + (kind ?? "(none)")),
                ], cluster: cluster)
            }
        }

        func legendTable(horizontal: Bool = false, shapes: Bool = true) -> String? {
            let present = ElementStatus.allCases.filter { union.nodeStatus.contains($0) || union.edgeStatus.contains($0) }
            guard !present.isEmpty else { return nil }
            var statusCells: [String] = []
            for status in present {
                let color = DiffDiagram.color(status)
                let line = switch status {
                case .added, .changed: "━━━▶"
                case .removed: "╍╍╍▶"
                case .unchanged: "───▶"
                }
                let border = status == .added ? "3" : status == .unchanged ? "1" : "2"
                let look = switch status {
                case .changed: " STYLE=\"rounded\"><FONT POINT-SIZE=\"8\" COLOR=\"\(color)\">double</FONT>"
                case .removed: " STYLE=\"dashed\"> "
                default: "> "
                }
                statusCells.append("<TD BGCOLOR=\"\(Self.fill(status))\" COLOR=\"\(color)\" BORDER=\"\(border)\" WIDTH=\"28\"\(look)</TD>"
                                   + "<TD><FONT COLOR=\"\(color)\">\(line)</FONT></TD>"
                                   + "<TD ALIGN=\"LEFT\">\(Diagram.html(DiffDiagram.word(status)))"
                                   + " <FONT POINT-SIZE=\"9\" COLOR=\"#555555\">\(Diagram.html(meaning(status)))</FONT></TD>")
            }
            var kinds: [String] = []
            for n in network.nodes { let k = n.kind ?? "(no kind)"; if !kinds.contains(k) { kinds.append(k) } }
            let kindCells: [String] = !shapes ? [] : kinds.map { kind in
                let s = options.style.nodeStyle(kind: kind == "(no kind)" ? nil : kind, in: network)
                return "<TD COLSPAN=\"2\" COLOR=\"#999999\" BORDER=\"1\"><FONT POINT-SIZE=\"9\">\(Diagram.html(s.shape))</FONT></TD>"
                    + "<TD ALIGN=\"LEFT\">\(Diagram.html(network.kinds[kind]?.label ?? kind))</TD>"
            }
            let outer = "<TABLE BORDER=\"1\" COLOR=\"#BBBBBB\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\">"
            if horizontal {
                func row(_ title: String, _ cells: [String]) -> String {
                    "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\"><TR>"
                        + "<TD ALIGN=\"LEFT\"><B>\(title)</B></TD>" + cells.joined(separator: "<TD WIDTH=\"12\"> </TD>")
                        + "</TR></TABLE></TD></TR>"
                }
                return outer + row("Legend", statusCells) + (kindCells.isEmpty ? "" : row("Shapes", kindCells)) + "</TABLE>"
            }
            var rows = ["<TR><TD COLSPAN=\"3\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>"]
            rows += statusCells.map { "<TR>" + $0 + "</TR>" }
            if !kindCells.isEmpty {
                rows.append("<TR><TD COLSPAN=\"3\" ALIGN=\"LEFT\"><B>Shapes</B></TD></TR>")
                rows += kindCells.map { "<TR>" + $0 + "</TR>" }
            }
            return outer + rows.joined() + "</TABLE>"
        }

        func legendNode(_ table: String, cluster: String?, id: String = "legend") -> DOTNode {
            DOTNode(id: id, attributes: [
                DOTAttribute("label", html: table), DOTAttribute("shape", "plaintext"),
                DOTAttribute("style", ""), DOTAttribute("id", id), DOTAttribute("class", "legend"),
                DOTAttribute("tooltip", "Legend: the statuses present (\(options.beforeLabel) → \(options.afterLabel)) and node shapes by kind"),
            ], cluster: cluster)
        }
    }
}
