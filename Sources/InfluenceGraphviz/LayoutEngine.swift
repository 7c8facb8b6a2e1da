/// A Graphviz layout engine (`man dot`'s `-K`).
public enum LayoutEngine: String, Sendable, Hashable, CaseIterable {
    /// Hierarchical layers; the clearest for small directed graphs, slow past a few hundred nodes.
    case dot
    /// Spring model (stress majorisation).
    case neato
    /// Force-directed (Fruchterman–Reingold); honours clusters.
    case fdp
    /// Multiscale force-directed; the engine for large graphs.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout.
    case twopi
    /// No layout: every node and edge already carries its position (`neato -n2`).
    case pinned = "nop2"

    /// The engines a user chooses among (``pinned`` is for drawings that place every node).
    public static var layoutEngines: [LayoutEngine] { allCases.filter { $0 != .pinned } }
}

/// What Graphviz renders: a picture, or laid-out DOT (`xdot`: positions and drawing operations).
public enum RenderFormat: String, Sendable, Hashable, CaseIterable {
    case svg, png, pdf
    /// The diagram as DOT text, before layout (our writer; Graphviz is not called).
    case dot
    /// Graphviz's laid-out DOT.
    case xdot

    /// The format a file name's extension names (`.svg`, `.png`, `.pdf`, `.dot`, `.gv`, `.xdot`), if any.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let ext = path[path.index(after: dot)...].lowercased()
        self.init(rawValue: ext == "gv" ? "dot" : ext)
    }
}

extension Graphviz {
    /// Renders a graph with a layout engine and format named by enums (see
    /// ``render(_:engine:format:)-(_,String,_)``); ``RenderFormat/dot`` returns our DOT text without calling Graphviz.
    public static func render(_ graph: DOTGraph, engine: LayoutEngine, format: RenderFormat) throws(GraphvizError) -> RenderOutput {
        if format == .dot { return RenderOutput(bytes: Array(DOTWriter.write(graph).utf8), warnings: []) }
        return try render(graph, engine: engine.rawValue, format: format.rawValue)
    }
}
