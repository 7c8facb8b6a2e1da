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
    public var bytes: [UInt8]
    public var warnings: [String]
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

    private static func attributes(of object: UnsafeMutableRawPointer, _ graph: UnsafeMutablePointer<Agraph_t>, kind: Int32) -> [DOTAttribute] {
        var result: [DOTAttribute] = []
        var symbol = agnxtattr(graph, kind, nil)
        while let s = symbol {
            let name = String(cString: s.pointee.name)
            if let raw = agxget(object, s) {
                let value = String(cString: raw)
                // A root graph's attributes are stored as their own defaults: keep any non-empty one.
                let isDefault = kind == Int32(gvs_graph_kind()) ? value.isEmpty : value == String(cString: s.pointee.defval)
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

    private static func extract(_ g: UnsafeMutablePointer<Agraph_t>) -> DOTGraph {
        var result = DOTGraph(name: String(cString: agnameof(UnsafeMutableRawPointer(g))), directed: agisdirected(g) != 0)
        result.graphAttributes = attributes(of: UnsafeMutableRawPointer(g), g, kind: Int32(gvs_graph_kind()))
        var node = agfstnode(g)
        while let n = node {
            result.nodes.append(DOTNode(id: String(cString: agnameof(UnsafeMutableRawPointer(n))),
                                        attributes: attributes(of: UnsafeMutableRawPointer(n), g, kind: Int32(gvs_node_kind()))))
            var edge = agfstout(g, n)
            while let e = edge {
                let head = gvs_head(e)!
                result.edges.append(DOTEdge(from: String(cString: agnameof(UnsafeMutableRawPointer(n))),
                                            to: String(cString: agnameof(UnsafeMutableRawPointer(head))),
                                            attributes: attributes(of: UnsafeMutableRawPointer(e), g, kind: Int32(gvs_edge_kind()))))
                edge = agnxtout(g, e)
            }
            node = agnxtnode(g, n)
        }
        return result
    }
}
