import CGraphviz
import Foundation
import Synchronization

/// Graphviz's own errors and warnings, captured and passed on.
public enum GraphvizError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// The layout failed; `messages` are Graphviz's own lines.
    case layoutFailed(engine: String, messages: [String])
    /// Rendering failed.
    case renderFailed(format: String, messages: [String])
    /// The engine is not one Graphviz has; `available` lists those it has.
    case unknownEngine(String, available: [String])
    /// The format is not one Graphviz can render; `available` lists those it can.
    case unknownFormat(String, available: [String])
    /// DOT text Graphviz could not parse.
    case parseFailed(messages: [String])
    /// Graphviz's plugins could not be loaded (no layout engine available).
    case noPlugins(String)

    public var description: String {
        switch self {
        case .layoutFailed(let e, let m): "graphviz layout with \(e) failed: \(m.joined(separator: "; "))"
        case .renderFailed(let f, let m): "graphviz could not render \(f): \(m.joined(separator: "; "))"
        case .unknownEngine(let e, let a): "unknown layout engine '\(e)' (available: \(a.joined(separator: ", ")))"
        case .unknownFormat(let f, let a): "unknown output format '\(f)' (available: \(a.joined(separator: ", ")))"
        case .parseFailed(let m): "graphviz could not parse the DOT text: \(m.joined(separator: "; "))"
        case .noPlugins(let why): "graphviz has no layout plugins: \(why) (try 'libgvc6-config-update -c' as root)"
        }
    }
    public var errorDescription: String? { description }
}

/// What one render gives back: the bytes and Graphviz's warnings.
public struct RenderOutput: Sendable, Equatable {
    /// The rendered file.
    public var bytes: [UInt8]
    /// Graphviz's warnings (its error stream, one message each), for the caller to show.
    public var warnings: [String]

    /// An output of `bytes` with Graphviz's `warnings`.
    public init(bytes: [UInt8], warnings: [String]) {
        self.bytes = bytes
        self.warnings = warnings
    }
}

/// The Swift face of the Graphviz C library.
///
/// Graphviz is not thread-safe, even with separate contexts (parser, error state, RNG and layout
/// engines are global): every call goes through one process-wide gate, a `Mutex`, and no C pointer
/// leaves it. Graphviz's messages are captured with `agseterrf` and returned as Swift values.
/// `sfdp` is reseeded (`srand(1)`) before each layout so output is reproducible.
///
/// Memory: Graphviz 2.42 leaks in its layout code (≈ 7 KB per render of the Iraq network with dot,
/// ≈ 720 KB per render of a 200-node graph with clusters; `scripts/leak-check` measures it); a
/// long-running process that renders many diagrams should render in a worker process it recycles.
public enum Graphviz {
    /// Renders a graph: builds it through the C API (`agopen`, `agnode`, `agedge`, `agsafeset`),
    /// lays it out with `engine` and renders `format` (`svg`, `png`, `pdf`, `dot`, …) in-process.
    public static func render(_ graph: DOTGraph, engine: String, format: String) throws(GraphvizError) -> RenderOutput {
        try withGate { context throws(GraphvizError) in
            guard let g = build(graph) else { throw .renderFailed(format: format, messages: takeMessages()) }
            defer { agclose(g) }
            return try layoutAndRender(context, g, engine: engine, format: format)
        }
    }

    /// Parses DOT text with Graphviz's own parser (`agmemread`) and returns what it read, as
    /// plain values: for checking the DOT writer and, later, for reading `.dot` files.
    public static func parse(_ text: String) throws(GraphvizError) -> DOTGraph {
        try withGate { _ throws(GraphvizError) in
            guard let g = agmemread(text) else { throw .parseFailed(messages: takeMessages()) }
            defer { agclose(g) }
            return extract(g)
        }
    }

    /// Reads a DOT file's text with Graphviz's parser, for turning it into a network: like
    /// ``parse(_:)``, but every attribute a node or edge has is returned, defaults included (a
    /// `node [kind=militia]` statement gives each node after it that kind), and text after the
    /// first graph is an error instead of being ignored.
    ///
    /// - Throws: ``GraphvizError/parseFailed(messages:)`` with Graphviz's messages; for trailing
    ///   text, a message saying so first.
    public static func read(_ text: String) throws(GraphvizError) -> DOTGraph {
        try withGate { _ throws(GraphvizError) in
            var more: Int32 = 0
            let bytes = Array(text.utf8)
            let graph = bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { gvs_read_text($0.baseAddress, $0.count, &more) }
            }
            guard let g = graph else { throw .parseFailed(messages: takeMessages()) }
            defer { agclose(g) }
            let trailing = takeMessages()
            if more != 0 || !trailing.isEmpty {
                throw .parseFailed(messages: ["Error: text after the end of the first graph (a DOT file here holds one graph)"] + trailing)
            }
            return extract(g, keepingDefaults: true)
        }
    }

    /// Layout engines available in this process.
    public static var engines: [String] {
        (try? withGate { context throws(GraphvizError) in context.engines }) ?? []
    }

    /// Output formats available in this process.
    public static var formats: [String] {
        (try? withGate { context throws(GraphvizError) in context.formats }) ?? []
    }

    // MARK: The gate

    /// The process-wide context, created on first use inside the gate.
    private static let context = Mutex<ContextBox?>(nil)

    /// Holds the `GVC_t *` and its plugin lists; only touched while the mutex is held.
    ///
    /// The lists are read once: Graphviz 2.42's `gvPluginList` leaks the copy of every duplicate
    /// plugin name it skips (137 bytes a call here), so asking at every render grew the process.
    private final class ContextBox: @unchecked Sendable {
        // Safe: the pointer is only dereferenced by Graphviz calls made while `context` is locked.
        let pointer: OpaquePointer
        let engines: [String]
        let formats: [String]
        init(_ pointer: OpaquePointer) {
            self.pointer = pointer
            engines = Graphviz.pluginList(pointer, "layout")
            formats = Graphviz.pluginList(pointer, "device")
        }
    }

    private static func withGate<R>(_ body: (ContextBox) throws(GraphvizError) -> R) throws(GraphvizError) -> R {
        let result: Result<R, GraphvizError> = context.withLock { box in
            do throws(GraphvizError) {
                if box == nil { box = ContextBox(try makeContext()) }
                _ = takeMessages()
                agreseterrors()
                return .success(try body(box!))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// A context with its plugins: the normal one when `config6a` lists them, else one built from
    /// the plugin libraries as builtins (see notes/graphviz-from-swift.md §4).
    private static func makeContext() throws(GraphvizError) -> OpaquePointer {
        agseterrf(captureMessage)
        if let gvc = gvContext() {
            if !pluginList(gvc, "layout").isEmpty { return gvc }
            gvFreeContext(gvc)
        }
        guard let probe = gvContextPlugins(nil, 0) else { throw .noPlugins("gvContextPlugins failed") }
        let directory = String(cString: gvs_libdir(probe))
        gvFreeContext(probe)
        var table: [lt_symlist_t] = []
        for name in ["core", "dot_layout", "neato_layout", "pango"] {
            let symbol = "gvplugin_\(name)_LTX_library"
            if let handle = dlopen("\(directory)/libgvplugin_\(name).so.6", RTLD_NOW | RTLD_LOCAL),
               let address = dlsym(handle, symbol) {
                table.append(lt_symlist_t(name: UnsafePointer(strdup(symbol)), address: address))
            }
        }
        table.append(lt_symlist_t(name: nil, address: nil))
        let builtins = UnsafeMutablePointer<lt_symlist_t>.allocate(capacity: table.count)  // lives for the process
        builtins.initialize(from: table, count: table.count)
        guard let gvc = gvContextPlugins(builtins, 0), !pluginList(gvc, "layout").isEmpty else {
            throw .noPlugins("none found in \(directory)")
        }
        return gvc
    }

    fileprivate static func pluginList(_ gvc: OpaquePointer, _ kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
        var names: [String] = []
        for i in 0 ..< Int(count) {
            if let s = list[i] {
                // Device lists name "format:plugin"; keep the part before the colon.
                let name = String(cString: s).split(separator: ":").first.map(String.init) ?? ""
                if !name.isEmpty && !names.contains(name) { names.append(name) }
                free(s)
            }
        }
        free(list)
        return names.sorted()
    }

    // MARK: Messages

    private static let messages = Mutex<String>("")

    private static let captureMessage: agusererrf = { text in
        if let text { messages.withLock { $0 += String(cString: text) } }
        return 0
    }

    private static func takeMessages() -> [String] {
        messages.withLock { buffer in
            let lines = buffer.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            buffer = ""
            return lines
        }
    }

    // MARK: Build, layout, render (inside the gate)

    private static func set(_ object: UnsafeMutableRawPointer, _ attribute: DOTAttribute) {
        switch attribute.value {
        case .text(let t): _ = gvs_set(object, attribute.name, DOTGraph.stored(attribute.name, t), "")
        case .html(let h): _ = gvs_set_html(object, attribute.name, h, "")
        }
    }

    private static func build(_ graph: DOTGraph) -> UnsafeMutablePointer<Agraph_t>? {
        guard let g = gvs_open(graph.name, graph.directed ? gvs_directed() : gvs_undirected()) else { return nil }
        for a in graph.graphAttributes { set(UnsafeMutableRawPointer(g), a) }
        // Defaults: declare every node/edge attribute with its default ("\N" for node labels).
        for a in graph.nodeDefaults {
            if case .text(let t) = a.value { _ = gvs_default(g, gvs_node_kind(), a.name, DOTGraph.stored(a.name, t)) }
        }
        for a in graph.edgeDefaults {
            if case .text(let t) = a.value { _ = gvs_default(g, gvs_edge_kind(), a.name, DOTGraph.stored(a.name, t)) }
        }
        var clusters: [String: UnsafeMutablePointer<Agraph_t>] = [:]
        for cluster in graph.clusters {
            guard let sg = gvs_subg(g, "cluster_" + cluster.name) else { continue }
            for a in cluster.attributes { set(UnsafeMutableRawPointer(sg), a) }
            clusters[cluster.name] = sg
        }
        var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        for n in graph.nodes {
            let parent = n.cluster.flatMap { clusters[$0] } ?? g
            guard let node = gvs_node(parent, n.id) else { return nil }
            for a in n.attributes { set(UnsafeMutableRawPointer(node), a) }
            nodes[n.id] = node
        }
        for (i, e) in graph.edges.enumerated() {
            guard let u = nodes[e.from] ?? gvs_node(g, e.from), let v = nodes[e.to] ?? gvs_node(g, e.to),
                  let edge = gvs_edge(g, u, v, "e\(i)") else { return nil }
            for a in e.attributes { set(UnsafeMutableRawPointer(edge), a) }
        }
        return g
    }

    private static func layoutAndRender(_ context: ContextBox, _ g: UnsafeMutablePointer<Agraph_t>,
                                        engine: String, format: String) throws(GraphvizError) -> RenderOutput {
        let gvc = context.pointer
        guard context.engines.contains(engine) else { throw .unknownEngine(engine, available: context.engines) }
        guard context.formats.contains(format) else { throw .unknownFormat(format, available: context.formats) }
        if engine == "sfdp" { srand(1) }
        guard gvLayout(gvc, g, engine) == 0 else { throw .layoutFailed(engine: engine, messages: takeMessages()) }
        defer { gvFreeLayout(gvc, g) }
        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(gvc, g, format, &data, &length) == 0, let data else {
            throw .renderFailed(format: format, messages: takeMessages())
        }
        let bytes = [UInt8](UnsafeRawBufferPointer(start: data, count: Int(length)))
        gvFreeRenderData(data)
        return RenderOutput(bytes: bytes, warnings: takeMessages())
    }

    private static func attributes(of object: UnsafeMutableRawPointer, _ graph: UnsafeMutablePointer<Agraph_t>, kind: Int32,
                                   keepingDefaults: Bool = false) -> [DOTAttribute] {
        var result: [DOTAttribute] = []
        var symbol = agnxtattr(graph, kind, nil)
        while let s = symbol {
            let name = String(cString: s.pointee.name)
            if let raw = agxget(object, s) {
                let value = String(cString: raw)
                // A root graph's attributes are stored as their own defaults: keep any non-empty one.
                let isDefault = kind == Int32(gvs_graph_kind()) || keepingDefaults
                    ? value.isEmpty : value == String(cString: s.pointee.defval)
                if !isDefault {
                    result.append(aghtmlstr(raw) != 0 ? DOTAttribute(name, html: value) : DOTAttribute(name, unescape(name, value)))
                }
            }
            symbol = agnxtattr(graph, kind, s)
        }
        return result
    }

    /// The inverse of ``DOTGraph/stored(_:_:)`` for label-like attributes.
    private static func unescape(_ name: String, _ value: String) -> String {
        guard DOTGraph.escStringAttributes.contains(name) else { return value }
        var out = ""
        var escaped = false
        for ch in value.unicodeScalars {
            if escaped {
                switch ch {
                case "n": out += "\n"
                case "\\": out += "\\"
                default: out += "\\"; out.unicodeScalars.append(ch)
                }
                escaped = false
            } else if ch == "\\" {
                escaped = true
            } else {
                out.unicodeScalars.append(ch)
            }
        }
        if escaped { out += "\\" }
        return out
    }

    private static func extract(_ g: UnsafeMutablePointer<Agraph_t>, keepingDefaults: Bool = false) -> DOTGraph {
        var result = DOTGraph(name: String(cString: agnameof(UnsafeMutableRawPointer(g))), directed: agisdirected(g) != 0)
        result.graphAttributes = attributes(of: UnsafeMutableRawPointer(g), g, kind: Int32(gvs_graph_kind()))
        var edgeOrder: [UInt] = []
        var node = agfstnode(g)
        while let n = node {
            result.nodes.append(DOTNode(id: String(cString: agnameof(UnsafeMutableRawPointer(n))),
                                        attributes: attributes(of: UnsafeMutableRawPointer(n), g, kind: Int32(gvs_node_kind()),
                                                               keepingDefaults: keepingDefaults)))
            var edge = agfstout(g, n)
            while let e = edge {
                let head = gvs_head(e)!
                result.edges.append(DOTEdge(from: String(cString: agnameof(UnsafeMutableRawPointer(n))),
                                            to: String(cString: agnameof(UnsafeMutableRawPointer(head))),
                                            attributes: attributes(of: UnsafeMutableRawPointer(e), g, kind: Int32(gvs_edge_kind()),
                                                                   keepingDefaults: keepingDefaults)))
                edgeOrder.append(gvs_seq(UnsafeMutableRawPointer(e)))
                edge = agnxtout(g, e)
            }
            node = agnxtnode(g, n)
        }
        if keepingDefaults {
            // Edges in the order the file creates them (cgraph lists a node's out-edges by head).
            result.edges = edgeOrder.indices.sorted { edgeOrder[$0] < edgeOrder[$1] }.map { result.edges[$0] }
        }
        return result
    }
}

// MARK: - Layout without rendering: positions as plain values

/// A point in Graphviz's coordinates: points (1/72 inch), `y` growing upwards.
public struct LayoutPoint: Sendable, Hashable {
    /// Points from the left.
    public var x: Double
    /// Points from the bottom.
    public var y: Double

    /// The point (`x`, `y`), in points.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// This point moved by (`dx`, `dy`).
    public func offset(dx: Double, dy: Double) -> LayoutPoint { LayoutPoint(x: x + dx, y: y + dy) }
}

/// An axis-aligned box in points (Graphviz's `bb`: lower-left and upper-right corners).
public struct LayoutBox: Sendable, Hashable {
    /// The left edge, in points.
    public var minX: Double
    /// The bottom edge, in points.
    public var minY: Double
    /// The right edge, in points.
    public var maxX: Double
    /// The top edge, in points.
    public var maxY: Double

    /// The box from (`minX`, `minY`) to (`maxX`, `maxY`), in points.
    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// `maxX - minX`.
    public var width: Double { maxX - minX }
    /// `maxY - minY`.
    public var height: Double { maxY - minY }
}

/// Where the layout put a node: its centre and its size, in points.
public struct NodePlacement: Sendable, Hashable {
    /// The centre (Graphviz's node `pos`).
    public var center: LayoutPoint
    /// Width in points (Graphviz's `width` is in inches).
    public var width: Double
    /// Height in points.
    public var height: Double

    /// A node centred at `center`, `width` by `height` points.
    public init(center: LayoutPoint, width: Double, height: Double) {
        self.center = center
        self.width = width
        self.height = height
    }
}

/// How the layout drew an edge: its B-spline pieces (Graphviz's edge `pos`) and label position.
public struct EdgeRoute: Sendable, Hashable {
    /// One piece of an edge (several only when Graphviz splits an edge, e.g. with `concentrate`).
    public struct Spline: Sendable, Hashable {
        /// Tip of the arrowhead at the tail end (`s,x,y`), if the tail has one.
        public var start: LayoutPoint?
        /// Tip of the arrowhead at the head end (`e,x,y`), if the head has one.
        public var end: LayoutPoint?
        /// The cubic B-spline's control points: 1 + 3*k of them.
        public var points: [LayoutPoint]

        /// A piece with its control `points` and the arrowhead tips at either end, if any.
        public init(start: LayoutPoint?, end: LayoutPoint?, points: [LayoutPoint]) {
            self.start = start
            self.end = end
            self.points = points
        }
    }

    /// The pieces, usually one.
    public var splines: [Spline]
    /// Centre of the edge's label (`lp`), if it has one.
    public var labelPosition: LayoutPoint?

    /// A route of `splines` with its label centred at `labelPosition`, if any.
    public init(splines: [Spline], labelPosition: LayoutPoint? = nil) {
        self.splines = splines
        self.labelPosition = labelPosition
    }

    /// The route moved by (`dx`, `dy`).
    public func offset(dx: Double, dy: Double) -> EdgeRoute {
        EdgeRoute(splines: splines.map { s in
            Spline(start: s.start?.offset(dx: dx, dy: dy), end: s.end?.offset(dx: dx, dy: dy),
                   points: s.points.map { $0.offset(dx: dx, dy: dy) })
        }, labelPosition: labelPosition?.offset(dx: dx, dy: dy))
    }

    /// The route in Graphviz's `pos` syntax (`e,x,y s,x,y x,y x,y …`, pieces joined by `;`), for an
    /// edge of a graph rendered with the `nop2` engine, which draws edges where `pos` says.
    public var position: String {
        splines.map { s in
            var parts: [String] = []
            if let e = s.end { parts.append("e," + GraphLayout.text(e)) }
            if let b = s.start { parts.append("s," + GraphLayout.text(b)) }
            parts += s.points.map(GraphLayout.text)
            return parts.joined(separator: " ")
        }.joined(separator: ";")
    }

    /// Parses Graphviz's edge `pos` value; `nil` when it is not one.
    init?(position: String, label: String?) {
        var splines: [Spline] = []
        for piece in position.split(separator: ";") {
            var spline = Spline(start: nil, end: nil, points: [])
            for token in piece.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\\" }) {
                if token.hasPrefix("e,") || token.hasPrefix("s,") {
                    guard let p = GraphLayout.point(token.dropFirst(2)) else { return nil }
                    if token.hasPrefix("e,") { spline.end = p } else { spline.start = p }
                } else {
                    guard let p = GraphLayout.point(token) else { return nil }
                    spline.points.append(p)
                }
            }
            if !spline.points.isEmpty { splines.append(spline) }
        }
        guard !splines.isEmpty else { return nil }
        self.splines = splines
        self.labelPosition = label.flatMap { GraphLayout.point($0[...]) }
    }
}

/// The result of a layout as plain values: where each node, edge and cluster went, in points.
///
/// Positions are those Graphviz writes as `pos`/`bb` (rounded to its own output precision, about
/// 1/100 pt), so a graph whose nodes are pinned at them (`pos="x,y!"`) and rendered with the
/// `nop2` engine reproduces the layout.
public struct GraphLayout: Sendable, Equatable {
    /// The bounding box of the drawing (Graphviz's `bb`), graph label included.
    public var boundingBox: LayoutBox
    /// Node placements by DOT node id.
    public var nodes: [String: NodePlacement]
    /// Edge routes indexed like ``DOTGraph/edges`` (`nil` for an edge Graphviz did not route).
    public var edges: [EdgeRoute?]
    /// Cluster boxes by ``DOTCluster/name`` (without the `cluster_` prefix).
    public var clusters: [String: LayoutBox]
    /// Graphviz's warnings during the layout.
    public var warnings: [String]

    /// A layout; ``Graphviz/layout(_:engine:)`` computes one.
    ///
    /// - Parameters:
    ///   - boundingBox: the drawing's bounding box.
    ///   - nodes: placements by DOT node id.
    ///   - edges: routes indexed like the graph's edges.
    ///   - clusters: cluster boxes by cluster name.
    ///   - warnings: Graphviz's warnings.
    public init(boundingBox: LayoutBox, nodes: [String: NodePlacement], edges: [EdgeRoute?],
                clusters: [String: LayoutBox] = [:], warnings: [String] = []) {
        self.boundingBox = boundingBox
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
        self.warnings = warnings
    }

    static func point(_ text: Substring) -> LayoutPoint? {
        let parts = text.split(separator: ",")
        guard parts.count >= 2, let x = Double(parts[0]), let y = Double(parts[1].filter { $0 != "!" }) else { return nil }
        return LayoutPoint(x: x, y: y)
    }

    static func box(_ text: String?) -> LayoutBox? {
        guard let parts = text?.split(separator: ",").compactMap({ Double($0) }), parts.count == 4 else { return nil }
        return LayoutBox(minX: parts[0], minY: parts[1], maxX: parts[2], maxY: parts[3])
    }

    /// A coordinate as short, deterministic text (at most three decimals).
    public static func text(_ x: Double) -> String {
        let r = (x * 1000).rounded() / 1000
        if r == r.rounded(), abs(r) < 1e15 { return String(Int64(r)) }
        return r.description
    }

    static func text(_ p: LayoutPoint) -> String { text(p.x) + "," + text(p.y) }
}

extension Graphviz {
    /// Lays `graph` out with `engine` and returns where everything went, without rendering a picture:
    /// node centres and sizes, edge routes and cluster boxes, in points (`y` upwards), as plain values.
    ///
    /// Same gate and same reproducibility as ``render(_:engine:format:)-(_,String,_)`` (`sfdp` is reseeded). Use it
    /// to place things yourself, or to pin nodes where an earlier layout put them (`pos="x,y!"`)
    /// and render with `nop2`, which keeps given node positions and edge routes.
    /// - Throws: ``GraphvizError/unknownEngine(_:available:)`` or ``GraphvizError/layoutFailed(engine:messages:)``.
    public static func layout(_ graph: DOTGraph, engine: String) throws(GraphvizError) -> GraphLayout {
        try withGate { context throws(GraphvizError) in
            guard context.engines.contains(engine) else { throw .unknownEngine(engine, available: context.engines) }
            guard let g = build(graph) else { throw .layoutFailed(engine: engine, messages: takeMessages()) }
            defer { agclose(g) }
            if engine == "sfdp" { srand(1) }
            guard gvLayout(context.pointer, g, engine) == 0 else { throw .layoutFailed(engine: engine, messages: takeMessages()) }
            defer { gvFreeLayout(context.pointer, g) }
            // The `dot` renderer writes the layout into the graph as attributes (pos, bb, width, height, lp).
            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            guard gvRenderData(context.pointer, g, "dot", &data, &length) == 0, let data else {
                throw .layoutFailed(engine: engine, messages: takeMessages())
            }
            gvFreeRenderData(data)
            return readLayout(g, edgeCount: graph.edges.count)
        }
    }

    private static func attribute(_ object: UnsafeMutableRawPointer, _ name: String) -> String? {
        guard let raw = gvs_get(object, name) else { return nil }
        let value = String(cString: raw)
        return value.isEmpty ? nil : value
    }

    private static func readLayout(_ g: UnsafeMutablePointer<Agraph_t>, edgeCount: Int) -> GraphLayout {
        let bb = GraphLayout.box(attribute(UnsafeMutableRawPointer(g), "bb")) ?? LayoutBox(minX: 0, minY: 0, maxX: 0, maxY: 0)
        var nodes: [String: NodePlacement] = [:]
        var edges = [EdgeRoute?](repeating: nil, count: edgeCount)
        var node = agfstnode(g)
        while let n = node {
            let object = UnsafeMutableRawPointer(n)
            if let pos = attribute(object, "pos"), let center = GraphLayout.point(pos[...]) {
                let width = attribute(object, "width").flatMap(Double.init) ?? 0
                let height = attribute(object, "height").flatMap(Double.init) ?? 0
                nodes[String(cString: agnameof(object))] = NodePlacement(center: center, width: width * 72, height: height * 72)
            }
            var edge = agfstout(g, n)
            while let e = edge {
                let object = UnsafeMutableRawPointer(e)
                // Edges are built with the keys e0, e1, … (their index in DOTGraph.edges).
                if let key = agnameof(object).map({ String(cString: $0) }), key.hasPrefix("e"),
                   let index = Int(key.dropFirst()), index >= 0, index < edgeCount,
                   let pos = attribute(object, "pos") {
                    edges[index] = EdgeRoute(position: pos, label: attribute(object, "lp"))
                }
                edge = agnxtout(g, e)
            }
            node = agnxtnode(g, n)
        }
        var clusters: [String: LayoutBox] = [:]
        func visit(_ graph: UnsafeMutablePointer<Agraph_t>) {
            var sub = agfstsubg(graph)
            while let s = sub {
                let name = String(cString: agnameof(UnsafeMutableRawPointer(s)))
                if name.hasPrefix("cluster_"), let box = GraphLayout.box(attribute(UnsafeMutableRawPointer(s), "bb")) {
                    clusters[String(name.dropFirst("cluster_".count))] = box
                }
                visit(s)
                sub = agnxtsubg(s)
            }
        }
        visit(g)
        return GraphLayout(boundingBox: bb, nodes: nodes, edges: edges, clusters: clusters, warnings: takeMessages())
    }
}
