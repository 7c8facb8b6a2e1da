import Foundation
import InfluenceGraph
import InfluenceGraphviz
import InfluenceSerialization

/// Options for drawing a network.
public struct DiagramOptions: Sendable {
    /// Shapes, colours and lines by kind and relation; ``StyleSheet/standard`` by default.
    public var style: StyleSheet = .standard
    /// Per-node scores (for example PageRank), computed by the caller; node area is proportional
    /// to the score, clamped to a readable range. `nil` draws every node the same size.
    public var scores: NodeScores? {
        didSet { if let name = scores?.name, name != "score" { scoreName = name } }
    }
    /// The measure's name, for tooltips and the legend (set from ``scores``' name when it has one).
    public var scoreName: String = "score"
    /// Draw the legend of kinds and relations present.
    public var legend: Bool = true
    /// Graphviz layout engine; `nil` chooses by size (``Diagram/defaultEngine(nodes:edges:)``).
    /// The one place the engine is given: ``Diagram/render(_:format:options:)`` both sets the
    /// graph attributes for it and lays out with it.
    public var engine: LayoutEngine?
    /// Lay out with `dot` even on a graph too large for it to finish quickly (otherwise refused
    /// with ``RenderError/dotTooLarge(nodes:edges:)``).
    public var force: Bool = false
    /// Draw nodes in boxes grouped by: `kind`, a node attribute's (first) value, or a relation,
    /// whose `from` nodes are boxed with their `to` node's name (for example `member-of` draws the
    /// members of each bloc in one box). Honoured by dot and fdp; sfdp ignores clusters.
    public var clusterBy: String?
    /// Number the sources in the title block (`[1] …`) and start each edge tooltip with the numbers
    /// of the sources it cites, the way a report footnotes its claims.
    public var numberedSources: Bool = false
    /// The page the drawing is fitted to and the PNG resolution (``PageLayout``); natural size by default.
    public var page: PageLayout = .init()

    public init() {}
}

/// Turns a `Network` into a styled `DOTGraph`: shapes and colours by kind, lines by relation,
/// sizes by score, tooltips carrying provenance (relation, dates, quote, source), a title block and
/// a legend listing only what is present.
///
/// DOT node ids are `n0`, `n1`, … in network order (user ids may hold characters DOT cannot
/// quote); labels and tooltips carry the real names.
public enum Diagram {
    /// The engine chosen before layout: `dot` for graphs it lays out in about a second
    /// (≤ 100 nodes and ≤ 300 edges), `sfdp` above (see notes/graphviz-from-swift.md §10).
    public static func defaultEngine(nodes: Int, edges: Int) -> LayoutEngine {
        nodes <= 100 && edges <= 300 ? .dot : .sfdp
    }

    /// The engine a diagram of this size is drawn with: `requested`, else the default for its
    /// size; `dot` on a graph too large for it is refused unless `force` — never a silent hang —
    /// and so is any graph of more than ``Layout/maximumNodes`` nodes (with the ways to reduce it).
    public static func engine(_ requested: LayoutEngine?, nodes: Int, edges: Int, force: Bool) throws(RenderError) -> LayoutEngine {
        if nodes > Layout.maximumNodes { throw .tooManyNodes(nodes: nodes, limit: Layout.maximumNodes) }
        let chosen = requested ?? defaultEngine(nodes: nodes, edges: edges)
        if chosen == .dot && !force && dotTooLarge(nodes: nodes, edges: edges) { throw .dotTooLarge(nodes: nodes, edges: edges) }
        return chosen
    }

    /// Builds, lays out and renders a network's diagram in one call, with one engine
    /// (``DiagramOptions/engine`` or the default for the network's size).
    ///
    ///     var options = DiagramOptions()
    ///     options.scores = try Measure.pagerank.scores(on: Graph(network: network, view: .ranking()))
    ///     let svg = try Diagram.render(network, format: .svg, options: options).bytes
    ///
    /// - Throws: ``RenderError``: dot refused on a graph too large for it, or Graphviz's own error.
    /// - Complexity: that of the layout engine (see Guides/Rendering.md for timings).
    public static func render(_ network: Network, format: RenderFormat, options: DiagramOptions = .init()) throws(RenderError) -> RenderOutput {
        var options = options
        let engine = try engine(options.engine, nodes: network.nodes.count, edges: network.edges.count, force: options.force)
        options.engine = engine
        do { return try Graphviz.render(build(network, options: options), engine: engine, format: format) } catch {
            throw .graphviz(error)
        }
    }

    /// Renders as ``render(_:format:options:)`` and writes the file atomically (`-`: standard
    /// output); the format is the path's extension unless given.
    ///
    /// - Returns: Graphviz's warnings.
    /// - Throws: ``RenderError``, or `WriteError` when the file cannot be written.
    @discardableResult
    public static func render(_ network: Network, toPath path: String, format: RenderFormat? = nil,
                              options: DiagramOptions = .init()) throws -> [String] {
        guard let format = format ?? RenderFormat(path: path) else { throw RenderError.unknownFormat(path: path) }
        let output = try render(network, format: format, options: options)
        try FileAccess.write(output.bytes, toPath: path)
        return output.warnings
    }

    /// Whether `dot` is expected to take too long (minutes) on a graph of this size.
    public static func dotTooLarge(nodes: Int, edges: Int) -> Bool {
        nodes > 150 || edges > 450
    }

    /// Area range of nodes sized by score, in square inches.
    static let minimumArea = 0.35, maximumArea = 3.0

    /// The graph attributes every diagram shares (font, background, padding, the engine's
    /// settings from ``Layout``, the page and resolution) and the node and edge defaults.
    static func applyDefaults(to graph: inout DOTGraph, engine: LayoutEngine, nodeCount: Int, font: String,
                              page: PageLayout = .init()) {
        graph.graphAttributes += [
            DOTAttribute("fontname", font), DOTAttribute("fontsize", "12"),
            DOTAttribute("bgcolor", "white"), DOTAttribute("pad", Diagram.format(Layout.pad)),
        ]
        graph.graphAttributes += Layout.engineAttributes(engine: engine, nodeCount: nodeCount) + page.graphAttributes
        graph.nodeDefaults = [DOTAttribute("fontname", font), DOTAttribute("fontsize", "11"),
                              DOTAttribute("style", "filled"), DOTAttribute("margin", "0.12,0.06")]
        graph.edgeDefaults = [DOTAttribute("fontname", font), DOTAttribute("fontsize", "9"),
                              DOTAttribute("arrowsize", "0.8")]
    }

    /// The styled DOT graph of `network`, not yet laid out: one node per network node (`n0`, `n1`, …),
    /// one edge per edge whose ends exist, clusters when ``DiagramOptions/clusterBy`` is set, the
    /// title block and the legend when there is one; graph attributes are set for the engine
    /// ``render(_:format:options:)`` would use.
    /// - Complexity: O(*n* + *m*), plus O(*n* · *c*) for *c* clusters.
    public static func build(_ network: Network, options: DiagramOptions = .init()) -> DOTGraph {
        let style = options.style
        let font = style.font
        let engine = options.engine ?? defaultEngine(nodes: network.nodes.count, edges: network.edges.count)
        var graph = DOTGraph(name: network.title ?? "influence", directed: network.directed)
        applyDefaults(to: &graph, engine: engine, nodeCount: network.nodes.count, font: font, page: options.page)
        if let title = titleBlock(network, numbered: options.numberedSources) {
            graph.graphAttributes += [DOTAttribute("label", html: title), DOTAttribute("labelloc", "t"),
                                      DOTAttribute("labeljust", "l")]
        }

        let index = network.nodeIndex()
        // Clusters: node id → cluster name, and the names in order of first appearance.
        var clusterNames: [String: String] = [:]
        if let key = options.clusterBy {
            if key == "kind" {
                for n in network.nodes { if let k = n.kind { clusterNames[n.id] = network.kinds[k]?.label ?? k } }
            } else if network.nodes.contains(where: { $0.attributes[key] != nil }) {
                for n in network.nodes { if let v = n.attributes[key]?.values.first?.value { clusterNames[n.id] = "\(key): \(v)" } }
            } else {
                for e in network.edges where e.relation == key && clusterNames[e.from] == nil {
                    if let target = index[e.to] { clusterNames[e.from] = network.nodes[target].displayName }
                }
            }
        }
        var clusterOrder: [String] = []
        for n in network.nodes { if let c = clusterNames[n.id], !clusterOrder.contains(c) { clusterOrder.append(c) } }
        let clusters = clusterNames.mapValues { "group-\(clusterOrder.firstIndex(of: $0)!)" }
        let maxScore = options.scores?.values.filter { $0.isFinite }.max() ?? 0
        for (i, node) in network.nodes.enumerated() {
            let s = style.nodeStyle(kind: node.kind, in: network)
            var attributes = [
                DOTAttribute("label", node.displayName),
                DOTAttribute("shape", s.shape),
                DOTAttribute("fillcolor", s.fillColor),
                DOTAttribute("color", s.borderColor),
                DOTAttribute("fontcolor", s.fontColor),
                DOTAttribute("style", s.style.isEmpty ? "filled" : "filled," + s.style),
                DOTAttribute("tooltip", nodeTooltip(node, score: options.scores?[node.id], scoreName: options.scoreName)),
                DOTAttribute("id", "node-\(i)"),
            ]
            attributes += sizeAttributes(score: options.scores?[node.id], maxScore: maxScore)
            graph.nodes.append(DOTNode(id: "n\(i)", attributes: attributes, cluster: clusters[node.id]))
        }
        for name in clusterOrder {
            graph.clusters.append(DOTCluster(name: "group-\(clusterOrder.firstIndex(of: name)!)", attributes: [
                DOTAttribute("label", name), DOTAttribute("style", "rounded,dashed"), DOTAttribute("color", "#888888"),
                DOTAttribute("fontname", font), DOTAttribute("fontsize", "11"),
            ]))
        }
        for (k, edge) in network.edges.enumerated() {
            guard let u = index[edge.from], let v = index[edge.to] else { continue }
            let s = style.edgeStyle(relation: edge.relation, in: network)
            var attributes = [
                DOTAttribute("color", s.color),
                DOTAttribute("style", s.lineStyle),
                DOTAttribute("arrowhead", s.arrowhead),
                DOTAttribute("penwidth", format(s.penWidth)),
                DOTAttribute("tooltip", sourceNumbers(edge, network: network, enabled: options.numberedSources)
                             + edgeTooltip(edge, from: network.nodes[u], to: network.nodes[v], network: network)),
                DOTAttribute("id", "edge-\(k)"),
            ]
            if let url = edge.evidence.lazy.compactMap({ $0.source.flatMap { network.sources[$0]?.url } }).first,
               let safe = safeURL(url) {
                attributes.append(DOTAttribute("URL", safe))
            }
            graph.edges.append(DOTEdge(from: "n\(u)", to: "n\(v)", attributes: attributes))
        }
        if options.legend, let legend = legendTable(network, style: style) {
            graph.clusters.append(DOTCluster(name: "legend", attributes: [
                DOTAttribute("label", ""), DOTAttribute("color", "white"),
            ]))
            graph.nodes.append(DOTNode(id: "legend", attributes: [
                DOTAttribute("label", html: legend), DOTAttribute("shape", "plaintext"),
                DOTAttribute("style", ""), DOTAttribute("id", "legend"),
                DOTAttribute("tooltip", "Legend: node kinds and relations present in this diagram"),
            ], cluster: "legend"))
        }
        return graph
    }

    /// `width`, `height` and `fontsize` of a node sized by `score` (area proportional to the score's
    /// share of `maxScore`, between ``minimumArea`` and ``maximumArea``); none without a finite score.
    /// Shared with ``DiffDiagram``.
    static func sizeAttributes(score: Double?, maxScore: Double) -> [DOTAttribute] {
        guard let score, score.isFinite, maxScore > 0 else { return [] }
        let share = max(0, score) / maxScore
        let area = minimumArea + (maximumArea - minimumArea) * share
        let height = (area / 1.6).squareRoot()
        return [DOTAttribute("width", format(height * 1.6)), DOTAttribute("height", format(height)),
                // Whole point sizes only: each distinct size is a fontconfig lookup per label.
                DOTAttribute("fontsize", format((10 + 6 * share.squareRoot()).rounded()))]
    }

    static func format(_ x: Double) -> String {
        let rounded = (x * 1000).rounded() / 1000
        return formatNumber(rounded)
    }

    /// `http(s)` URLs only, with `&`, `<` and `"` escaped (Graphviz 2.42 writes URL unescaped into SVG).
    static func safeURL(_ url: String) -> String? {
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        return xmlEscaped(url)
    }

    /// `&`, `<`, `>` and `"` as XML entities; with `lineBreaks`, `\n` as `<BR/>` (HTML-like labels).
    static func xmlEscaped(_ s: String, lineBreaks: Bool = false) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n" where lineBreaks: out += "<BR/>"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Escapes text for an HTML-like label.
    static func html(_ s: String) -> String { xmlEscaped(s, lineBreaks: true) }

    static func sourceLine(_ key: String, _ source: Source) -> String {
        var parts: [String] = []
        if let t = source.title { parts.append("“\(t)”") }
        if let a = source.author { parts.append(a) }
        if let p = source.publisher { parts.append(p) }
        if let d = source.published { parts.append(d.description) }
        return parts.isEmpty ? key : parts.joined(separator: ", ")
    }

    static func titleBlock(_ network: Network, numbered: Bool) -> String? {
        guard network.title != nil || !network.sources.isEmpty else { return nil }
        var rows: [String] = []
        if let title = network.title { rows.append("<TR><TD ALIGN=\"LEFT\"><B><FONT POINT-SIZE=\"16\">\(html(title))</FONT></B></TD></TR>") }
        for (number, (key, source)) in network.sources.enumerated() {
            var line = sourceLine(key, source)
            if numbered, let url = source.url { line += ", " + url }
            let prefix = numbered ? "[\(number + 1)] " : "Source: "
            rows.append("<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"#444444\">\(html(prefix + line))</FONT></TD></TR>")
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\">" + rows.joined() + "</TABLE>"
    }

    static func nodeTooltip(_ node: Node, score: Double?, scoreName: String) -> String {
        var lines = [node.displayName + (node.label != nil ? " (\(node.id))" : "")]
        if let kind = node.kind { lines.append("kind: \(kind)") }
        if !node.aliases.isEmpty { lines.append("aliases: " + node.aliases.joined(separator: ", ")) }
        if node.validity.since != nil || node.validity.until != nil {
            lines.append("valid: \(node.validity.since?.description ?? "…") – \(node.validity.until?.description ?? "…")")
        }
        for (name, attribute) in node.attributes {
            let values = attribute.values.map { dv -> String in
                var s = dv.value.description
                if let since = dv.validity.since { s += " since \(since)" }
                if let until = dv.validity.until { s += " until \(until)" }
                return s
            }
            lines.append("\(name): " + values.joined(separator: "; "))
        }
        if let score { lines.append("\(scoreName): " + (score.isNaN ? "undefined" : formatNumber(score))) }
        return lines.joined(separator: "\n")
    }

    static func sourceNumbers(_ edge: Edge, network: Network, enabled: Bool) -> String {
        guard enabled else { return "" }
        let keys = Array(network.sources.keys)
        let numbers = edge.evidence.compactMap { $0.source.flatMap { keys.firstIndex(of: $0) } }.map { "[\($0 + 1)]" }
        return numbers.isEmpty ? "" : numbers.joined() + " "
    }

    static func edgeTooltip(_ edge: Edge, from: Node, to: Node, network: Network) -> String {
        var lines = ["\(from.displayName) — \(edge.relation) → \(to.displayName)"]
        if edge.validity.since != nil || edge.validity.until != nil {
            lines.append("valid: \(edge.validity.since?.description ?? "…") – \(edge.validity.until?.description ?? "…")")
        }
        if let w = edge.weight { lines.append("weight: \(formatNumber(w))") }
        for ev in edge.evidence {
            if let quote = ev.quote { lines.append("“\(quote)”") }
            var cite: [String] = []
            if let key = ev.source { cite.append(network.sources[key].map { sourceLine(key, $0) } ?? key) }
            if let c = ev.confidence { cite.append("confidence: \(c.rawValue)") }
            if !cite.isEmpty { lines.append("— " + cite.joined(separator: "; ")) }
        }
        return lines.joined(separator: "\n")
    }

    /// An HTML table listing the kinds and relations present, in order of first appearance.
    static func legendTable(_ network: Network, style: StyleSheet) -> String? {
        var kinds: [String] = [], relations: [String] = []
        for n in network.nodes { let k = n.kind ?? "(no kind)"; if !kinds.contains(k) { kinds.append(k) } }
        for e in network.edges where !relations.contains(e.relation) { relations.append(e.relation) }
        guard !kinds.isEmpty || !relations.isEmpty else { return nil }
        var rows = ["<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>"]
        for kind in kinds {
            let s = style.nodeStyle(kind: kind == "(no kind)" ? nil : kind, in: network)
            let label = network.kinds[kind]?.label ?? kind
            rows.append("<TR><TD BGCOLOR=\"\(s.fillColor)\" COLOR=\"\(s.borderColor)\" BORDER=\"1\" WIDTH=\"28\">\(html(s.shape))</TD>"
                        + "<TD ALIGN=\"LEFT\">\(html(label))</TD></TR>")
        }
        for relation in relations {
            let s = style.edgeStyle(relation: relation, in: network)
            let line = s.lineStyle == "dashed" ? "╌╌╌" : s.lineStyle == "dotted" ? "┈┈┈" : s.lineStyle == "bold" ? "━━━" : "───"
            let head = s.arrowhead == "none" ? "" : s.arrowhead == "tee" ? "┤" : s.arrowhead == "empty" ? "▷" : s.arrowhead == "odot" ? "○" : "▶"
            let counted = network.relationInfo(relation).counts ? "" : " (not ranked)"
            rows.append("<TR><TD><FONT COLOR=\"\(s.color)\">\(line)\(head)</FONT></TD>"
                        + "<TD ALIGN=\"LEFT\">\(html(network.relations[relation]?.label ?? relation))\(counted)</TD></TR>")
        }
        return "<TABLE BORDER=\"1\" COLOR=\"#BBBBBB\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\">" + rows.joined() + "</TABLE>"
    }
}
