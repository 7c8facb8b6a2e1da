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
    /// The date the network was cut at (`--at`), when it is a snapshot: the title block names it.
    /// `nil` means every date is merged: the title block says "all dates merged (FIRST – LAST)"
    /// and nodes and edges not valid at the last date are drawn faded (class `ended`).
    public var snapshot: InfluenceDate?
    /// The filters in force, as the title block should name them (`kinds: militia, state`,
    /// `relations: backs`, `min-confidence: high`, …), in order.
    public var filters: [String] = []
    /// When edges carry their relation's name as a label.
    public var edgeLabels: EdgeLabels = .auto
    /// Edge width follows `|weight|` (see ``Diagram/penWidth(base:weight:range:)``); `false` draws
    /// every edge of a relation with the relation's width.
    public var widthByWeight: Bool = true
    /// Fill nodes by this node attribute's (first) value instead of by kind: a palette with one
    /// legend entry per value when the values are not all numbers, a sequential ramp with its
    /// minimum and maximum in the legend when they are. Nodes without it are white.
    public var colorBy: String?

    /// Options with the defaults: standard style, legend, engine by size, labels `auto`, width by weight.
    public init() {}
}

/// When a diagram's edges are labelled with their relation.
public enum EdgeLabels: String, Sendable, CaseIterable {
    /// Labels when the diagram has at most ``autoLimit`` edges (60: the Iraq network's 56 labels
    /// stay legible with dot; past that they crowd each other and the layout spreads out).
    case auto
    /// Always label.
    case always
    /// Never label (the legend and tooltips still tell relations apart).
    case never

    /// The most edges ``auto`` labels.
    public static let autoLimit = 60

    /// Whether a diagram with `edges` drawn edges gets labels.
    public func labels(edges: Int) -> Bool {
        switch self {
        case .auto: edges <= EdgeLabels.autoLimit
        case .always: true
        case .never: false
        }
    }
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
        if let title = titleBlock(network, options: options) {
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
        let last = options.snapshot == nil ? network.eventDates().last : nil
        let coloring = options.colorBy.map { NodeColoring(network, attribute: $0) }
        for (i, node) in network.nodes.enumerated() {
            let s = style.nodeStyle(kind: node.kind, in: network)
            let ended = last.map { !node.validity.contains($0) } ?? false
            var fill = coloring.map { $0.fill(of: node) } ?? s.fillColor
            var words = s.style.isEmpty ? ["filled"] : ["filled", s.style]
            if ended { fill = faded(fill); words.append("dashed") }
            var attributes = [
                DOTAttribute("label", node.displayName),
                DOTAttribute("shape", s.shape),
                DOTAttribute("fillcolor", fill),
                DOTAttribute("color", ended ? faded(s.borderColor) : s.borderColor),
                DOTAttribute("fontcolor", ended ? "#777777" : s.fontColor),
                DOTAttribute("style", words.joined(separator: ",")),
                DOTAttribute("tooltip", nodeTooltip(node, score: options.scores?[node.id], scoreName: options.scoreName)
                             + (ended ? "\nnot valid at \(last!) (drawn faded)" : "")),
                DOTAttribute("id", "node-" + node.id),
                DOTAttribute("class", "kind-" + className(node.kind ?? "none") + (ended ? " ended" : "")),
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
        let edgeStyles = style.distinctEdgeStyles(relationsPresent(network), in: network)
        let drawn = network.edges.filter { index[$0.from] != nil && index[$0.to] != nil }
        let labelled = options.edgeLabels.labels(edges: drawn.count)
        let weights = drawn.compactMap { $0.weight.map(abs) }.filter { $0.isFinite }
        let range = options.widthByWeight ? weights.min().map { $0 ... weights.max()! } : nil
        for (k, edge) in network.edges.enumerated() {
            guard let u = index[edge.from], let v = index[edge.to] else { continue }
            let s = edgeStyles[edge.relation] ?? style.edgeStyle(relation: edge.relation, in: network)
            let ended = last.map { !edge.validity.contains($0) } ?? false
            let color = ended ? faded(s.color) : s.color
            var attributes = [
                DOTAttribute("color", color),
                DOTAttribute("style", s.lineStyle),
                DOTAttribute("arrowhead", s.arrowhead),
                DOTAttribute("penwidth", format(penWidth(base: s.penWidth, weight: edge.weight, range: range))),
                DOTAttribute("tooltip", sourceNumbers(edge, network: network, enabled: options.numberedSources)
                             + edgeTooltip(edge, from: network.nodes[u], to: network.nodes[v], network: network)
                             + (ended ? "\nnot valid at \(last!) (drawn faded)" : "")),
                DOTAttribute("id", "edge-\(k)"),
                DOTAttribute("class", "relation-" + className(edge.relation) + (ended ? " ended" : "")),
            ]
            if labelled {
                // Graphviz 2.42's dot frees twice ("double free detected") laying out labelled
                // edges between clusters (`--cluster-by member-of` on the Iraq network): with
                // clusters the relation goes in `xlabel`, placed after layout.
                attributes += [DOTAttribute(clusterOrder.isEmpty ? "label" : "xlabel", network.relations[edge.relation]?.label ?? edge.relation),
                               DOTAttribute("fontcolor", ended ? "#999999" : darker(s.color))]
            }
            if let url = edge.evidence.lazy.compactMap({ $0.source.flatMap { network.sources[$0]?.url } }).first,
               let safe = safeURL(url) {
                attributes.append(DOTAttribute("URL", safe))
            }
            graph.edges.append(DOTEdge(from: "n\(u)", to: "n\(v)", attributes: attributes))
        }
        let endedCount = last.map { d in network.nodes.filter { !$0.validity.contains(d) }.count
            + drawn.filter { !$0.validity.contains(d) }.count } ?? 0
        let legendInfo = LegendInfo(edgeStyles: edgeStyles, coloring: coloring, ended: endedCount > 0 ? last : nil)
        if options.legend, engine == .dot || engine == .fdp {
            addLegendCluster(to: &graph, network, style: style, info: legendInfo)
        } else if options.legend, let legend = legendTable(network, style: style, info: legendInfo) {
            graph.clusters.append(DOTCluster(name: "legend", attributes: [
                DOTAttribute("label", ""), DOTAttribute("color", "white"),
            ]))
            graph.nodes.append(DOTNode(id: "legend", attributes: [
                DOTAttribute("label", html: legend), DOTAttribute("shape", "plaintext"),
                DOTAttribute("style", ""), DOTAttribute("id", "legend"), DOTAttribute("class", "legend"),
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

    /// The title block: the title (or "Network"), what dates are shown (the snapshot, or all dates
    /// merged with their range), the filters in force, what sizes and colours the nodes, and the
    /// sources. Always drawn: a picture says what it shows even when the file has no title.
    static func titleBlock(_ network: Network, options: DiagramOptions) -> String? {
        var rows: [String] = []
        func small(_ text: String, color: String = "#444444") {
            rows.append("<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"\(color)\">\(html(text))</FONT></TD></TR>")
        }
        rows.append("<TR><TD ALIGN=\"LEFT\"><B><FONT POINT-SIZE=\"16\">\(html(network.title ?? "Network"))</FONT></B></TD></TR>")
        var what: [String] = []
        if let at = options.snapshot {
            what.append("snapshot at \(at)")
        } else {
            let dates = network.eventDates()
            if let first = dates.first, let last = dates.last {
                what.append("all dates merged (\(first) – \(last))")
            } else {
                what.append("no dates")
            }
        }
        what.append("\(network.nodes.count) nodes, \(network.edges.count) edges")
        small(what.joined(separator: " · "), color: "#000000")
        small(options.filters.isEmpty ? "filters: none" : "filters: " + options.filters.joined(separator: "; "))
        var drawing = ["node size: " + (options.scores == nil ? "equal" : options.scoreName)]
        if let c = options.colorBy { drawing.append("node colour: \(c)") }
        small(drawing.joined(separator: " · "))
        let keys = Array(network.sources.keys)
        for (number, key) in keys.enumerated() {
            let source = network.sources[key]!
            var line = sourceLine(key, source)
            if options.numberedSources, let url = source.url { line += ", " + url }
            small((options.numberedSources ? "[\(number + 1)] " : "Source: ") + line)
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

    /// `s` with every character that is not an ASCII letter or digit as `-`: the class-name form
    /// of a kind or relation (`won seats in` → `won-seats-in`).
    static func className(_ s: String) -> String {
        String(s.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
    }

    /// A colour drawn faded: `#RRGGBB` with alpha `0x55`; a colour name becomes light grey.
    static func faded(_ color: String) -> String {
        color.hasPrefix("#") && color.count == 7 ? color + "55" : "#BBBBBB"
    }

    /// A darker `#RRGGBB` (× 0.7 per channel) for label text on white; other colours as they are.
    static func darker(_ color: String) -> String {
        guard color.hasPrefix("#"), color.count == 7, let v = Int(color.dropFirst(), radix: 16) else { return color }
        let c = [(v >> 16) & 255, (v >> 8) & 255, v & 255].map { Int(Double($0) * 0.7) }
        return "#" + c.map { String(format: "%02X", $0) }.joined()
    }

    /// The pen width of an edge: `base` (the relation's width) for the lightest `|weight|` in
    /// `range`, growing linearly to 3 × `base` for the heaviest; `base` when the edge has no weight,
    /// when all weights are equal or when `range` is `nil` (`--width-by none`).
    public static func penWidth(base: Double, weight: Double?, range: ClosedRange<Double>?) -> Double {
        guard let range, let w = weight.map(abs), w.isFinite, range.upperBound > range.lowerBound else { return base }
        return base * (1 + 2 * (w - range.lowerBound) / (range.upperBound - range.lowerBound))
    }

    /// Relations of the network's edges, in order of first appearance.
    static func relationsPresent(_ network: Network) -> [String] {
        var seen = Set<String>(), order: [String] = []
        for e in network.edges where seen.insert(e.relation).inserted { order.append(e.relation) }
        return order
    }

    /// Kinds of the network's nodes, in order of first appearance (`nil`: nodes without a kind).
    static func kindsPresent(_ network: Network) -> [String?] {
        var seen = Set<String?>(), order: [String?] = []
        for n in network.nodes where seen.insert(n.kind).inserted { order.append(n.kind) }
        return order
    }

    /// What the legend needs besides the network and style sheet.
    struct LegendInfo {
        var edgeStyles: [String: EdgeStyle]
        var coloring: NodeColoring?
        /// The last date, when some elements are drawn faded for not being valid at it.
        var ended: InfluenceDate?
    }

    /// The legend as a cluster of real Graphviz nodes and edges (dot and fdp, which draw clusters):
    /// one node per kind present, drawn with the kind's shape, fill and border and labelled with
    /// the kind; one sample edge per relation present between two invisible points, drawn with the
    /// relation's colour, line, arrowhead and width and labelled with it; colour-by entries; and
    /// the faded samples when elements ended before the last date. Every part has class `legend`.
    static func addLegendCluster(to graph: inout DOTGraph, _ network: Network, style: StyleSheet, info: LegendInfo) {
        let kinds = kindsPresent(network), relations = relationsPresent(network)
        guard !kinds.isEmpty || !relations.isEmpty else { return }
        graph.clusters.append(DOTCluster(name: "legend", attributes: [
            DOTAttribute("label", "Legend"), DOTAttribute("color", "#BBBBBB"), DOTAttribute("style", "rounded"),
            DOTAttribute("fontname", style.font), DOTAttribute("fontsize", "12"), DOTAttribute("labeljust", "l"),
            DOTAttribute("class", "legend"), DOTAttribute("id", "legend"),
        ]))
        func node(_ id: String, _ attributes: [DOTAttribute]) {
            graph.nodes.append(DOTNode(id: id, attributes: attributes + [
                DOTAttribute("class", "legend"), DOTAttribute("id", id), DOTAttribute("fontsize", "10"),
            ], cluster: "legend"))
        }
        // dot (rankdir LR) stacks the nodes of one rank in a column, whatever the main graph's
        // ranks: the kind samples form one column (two above 8 kinds, the second placed by
        // invisible edges), the relation samples one table node below them. Real edges would span
        // the main graph's rank distances (a 3-inch sample arrow on the Iraq network).
        let half = kinds.count > 8 ? (kinds.count + 1) / 2 : kinds.count
        for (i, kind) in kinds.enumerated() {
            let s = style.nodeStyle(kind: kind, in: network)
            let label = kind.map { network.kinds[$0]?.label ?? $0 } ?? "(no kind)"
            let fill = info.coloring == nil ? s.fillColor : "#FFFFFF"
            node("legend-kind-\(i)", [
                DOTAttribute("label", label), DOTAttribute("shape", s.shape), DOTAttribute("fillcolor", fill),
                DOTAttribute("color", s.borderColor), DOTAttribute("fontcolor", s.fontColor),
                DOTAttribute("style", s.style.isEmpty ? "filled" : "filled," + s.style),
                DOTAttribute("tooltip", "kind: " + (kind ?? "(none)")),
            ])
            if i >= half {
                graph.edges.append(DOTEdge(from: "legend-kind-\(i - half)", to: "legend-kind-\(i)", attributes: [
                    DOTAttribute("style", "invis"), DOTAttribute("class", "legend"),
                ]))
            }
        }
        var cells: [String] = []
        for relation in relations {
            let s = info.edgeStyles[relation] ?? style.edgeStyle(relation: relation, in: network)
            let counted = network.relationInfo(relation).counts ? "" : " (not ranked)"
            cells.append("<TD ALIGN=\"RIGHT\">" + edgeSample(s) + "</TD><TD ALIGN=\"LEFT\">"
                         + html((network.relations[relation]?.label ?? relation) + counted) + "</TD>")
        }
        if let coloring = info.coloring {
            for entry in coloring.legendEntries {
                cells.append("<TD BGCOLOR=\"\(entry.color)\" BORDER=\"1\" COLOR=\"#555555\"> </TD><TD ALIGN=\"LEFT\">"
                             + html("\(coloring.attribute): \(entry.label)") + "</TD>")
            }
        }
        if let last = info.ended {
            cells.append("<TD BGCOLOR=\"#DDDDDD55\" BORDER=\"1\" COLOR=\"#55555555\" STYLE=\"dashed\"> </TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"#777777\">"
                         + html("faded, dashed: not valid at \(last) (ended)") + "</FONT></TD>")
        }
        guard !cells.isEmpty else { return }
        let columns = cells.count > 12 ? 2 : 1
        let perColumn = (cells.count + columns - 1) / columns
        var rows: [String] = []
        for r in 0 ..< perColumn {
            var row = ""
            for c in 0 ..< columns {
                let k = c * perColumn + r
                row += k < cells.count ? cells[k] : "<TD></TD><TD></TD>"
            }
            rows.append("<TR>" + row + "</TR>")
        }
        node("legend-relations", [
            DOTAttribute("label", html: "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"2\">" + rows.joined() + "</TABLE>"),
            DOTAttribute("shape", "plaintext"), DOTAttribute("style", ""),
            DOTAttribute("tooltip", "Relations present: " + relations.joined(separator: ", ")),
        ])
    }

    /// A glyph sample of an edge style for an HTML-like label, in its colour: the line
    /// (`───` solid, `╌╌╌` dashed, `┈┈┈` dotted, `━━━` bold) and the arrowhead's glyph
    /// (`normal` ▶, `empty` ▷, `diamond` ◆, `odiamond` ◇, `dot` ●, `odot` ○, `box` ■, `obox` □,
    /// `vee` ›, `inv` ◀, `tee` ┤, `crow` ≺, `curve` ), `none` nothing).
    static func edgeSample(_ s: EdgeStyle) -> String {
        let line = s.lineStyle == "dashed" ? "╌╌╌╌" : s.lineStyle == "dotted" ? "┈┈┈┈" : s.lineStyle == "bold" ? "━━━━" : "────"
        let heads = ["normal": "▶", "empty": "▷", "diamond": "◆", "odiamond": "◇", "dot": "●", "odot": "○",
                     "box": "■", "obox": "□", "vee": "›", "inv": "◀", "tee": "┤", "crow": "≺", "curve": ")", "none": ""]
        let head = heads[s.arrowhead] ?? s.arrowhead
        let text = "<FONT COLOR=\"\(s.color)\">\(line)\(html(head))</FONT>"
        return s.lineStyle == "bold" || s.penWidth >= 1.8 ? "<B>" + text + "</B>" : text
    }

    /// An HTML table listing the kinds and relations present, in order of first appearance (the
    /// legend of engines that do not draw clusters, such as sfdp).
    static func legendTable(_ network: Network, style: StyleSheet, info: LegendInfo) -> String? {
        let kinds = kindsPresent(network), relations = relationsPresent(network)
        guard !kinds.isEmpty || !relations.isEmpty else { return nil }
        var rows = ["<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>"]
        for kind in kinds {
            let s = style.nodeStyle(kind: kind, in: network)
            let label = kind.map { network.kinds[$0]?.label ?? $0 } ?? "(no kind)"
            rows.append("<TR><TD BGCOLOR=\"\(info.coloring == nil ? s.fillColor : "#FFFFFF")\" COLOR=\"\(s.borderColor)\" BORDER=\"1\" WIDTH=\"28\"><FONT POINT-SIZE=\"8\">\(html(s.shape))</FONT></TD>"
                        + "<TD ALIGN=\"LEFT\">\(html(label))</TD></TR>")
        }
        for relation in relations {
            let s = info.edgeStyles[relation] ?? style.edgeStyle(relation: relation, in: network)
            let counted = network.relationInfo(relation).counts ? "" : " (not ranked)"
            rows.append("<TR><TD>\(edgeSample(s))</TD>"
                        + "<TD ALIGN=\"LEFT\">\(html(network.relations[relation]?.label ?? relation))\(counted)</TD></TR>")
        }
        if let coloring = info.coloring {
            for entry in coloring.legendEntries {
                rows.append("<TR><TD BGCOLOR=\"\(entry.color)\" BORDER=\"1\"> </TD><TD ALIGN=\"LEFT\">\(html(coloring.attribute)): \(html(entry.label))</TD></TR>")
            }
        }
        if let last = info.ended {
            rows.append("<TR><TD BGCOLOR=\"#DDDDDD55\" BORDER=\"1\"> </TD><TD ALIGN=\"LEFT\">faded: not valid at \(last)</TD></TR>")
        }
        return "<TABLE BORDER=\"1\" COLOR=\"#BBBBBB\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\">" + rows.joined() + "</TABLE>"
    }
}

/// Node fills by an attribute's value (``DiagramOptions/colorBy``).
struct NodeColoring {
    let attribute: String
    /// Fill by node id.
    private var fills: [String: String] = [:]
    /// Legend rows: each categorical value, or the ramp's minimum and maximum.
    private(set) var legendEntries: [(label: String, color: String)] = []

    /// Light tints of the Okabe–Ito hues, then greys, for categorical values in order of first appearance.
    static let palette = ["#F7DC9E", "#BFDCEE", "#A6DCCB", "#F9F3B0", "#9CC3E0", "#F5C7A6", "#F0D2E2", "#DDDDDD",
                          "#E6C59F", "#C9C9EE", "#B8E0B0", "#EEB8B8"]
    /// The sequential ramp's ends (light to mid blue, so black labels stay legible).
    static let low = (0xF7, 0xFB, 0xFF), high = (0x42, 0x92, 0xC6)

    init(_ network: Network, attribute: String) {
        self.attribute = attribute
        let values = network.nodes.compactMap { n in n.attributes[attribute]?.values.first.map { (n.id, $0.value) } }
        let numbers = values.compactMap { v -> (String, Double)? in if case .number(let x) = v.1 { (v.0, x) } else { nil } }
        if !values.isEmpty && numbers.count == values.count {
            let lo = numbers.map(\.1).min()!, hi = numbers.map(\.1).max()!
            for (id, x) in numbers { fills[id] = NodeColoring.ramp(hi > lo ? (x - lo) / (hi - lo) : 1) }
            legendEntries = [("min \(formatNumber(lo))", NodeColoring.ramp(0)), ("max \(formatNumber(hi))", NodeColoring.ramp(1))]
        } else {
            var order: [String] = []
            for (id, v) in values {
                let label = v.description
                if !order.contains(label) { order.append(label) }
                fills[id] = NodeColoring.palette[order.firstIndex(of: label)! % NodeColoring.palette.count]
            }
            legendEntries = order.enumerated().map { ($0.element, NodeColoring.palette[$0.offset % NodeColoring.palette.count]) }
        }
        if values.count < network.nodes.count { legendEntries.append(("(no \(attribute))", "#FFFFFF")) }
    }

    /// The ramp's colour at `t` in 0…1.
    static func ramp(_ t: Double) -> String {
        func mix(_ a: Int, _ b: Int) -> Int { Int((Double(a) + (Double(b) - Double(a)) * t).rounded()) }
        return String(format: "#%02X%02X%02X", mix(low.0, high.0), mix(low.1, high.1), mix(low.2, high.2))
    }

    /// The fill of `node`: its value's colour, white without one.
    func fill(of node: Node) -> String { fills[node.id] ?? "#FFFFFF" }
}
