import InfluenceGraphviz

/// The page a diagram is fitted to and the resolution of bitmap output (`render --page`, `--dpi`).
///
/// A page scales the drawing (up or down, keeping its proportions) so that it fills the page's
/// width or height, less ``Layout/pad`` on each side: Graphviz's `size="W,H!"`. The resolution is
/// Graphviz's `dpi` (96 by default for PNG); SVG and PDF are vector formats and ignore it.
public struct PageLayout: Sendable, Equatable {
    /// Page width in inches; `nil` (with ``height``) draws at the layout's natural size.
    public var width: Double?
    /// Page height in inches.
    public var height: Double?
    /// Dots per inch of bitmap output (PNG); `nil` keeps Graphviz's 96.
    public var dpi: Double?

    /// The natural size at Graphviz's default resolution.
    public init() {}

    /// A page of `width` × `height` inches, and optionally a resolution.
    public init(width: Double, height: Double, dpi: Double? = nil) {
        self.width = width
        self.height = height
        self.dpi = dpi
    }

    /// ISO A4 (210 × 297 mm) in inches, portrait.
    public static let a4 = PageLayout(width: 8.27, height: 11.69)
    /// US Letter (8.5 × 11 in), portrait.
    public static let letter = PageLayout(width: 8.5, height: 11)

    /// Reads `a4`, `letter`, their `-landscape` forms (`a4-landscape`), or `WxH` in inches
    /// (`11.69x8.27`, `10x6.5`); `nil` for anything else, or a side that is not a positive
    /// number of at most 200 inches (Graphviz's PNG renderer draws at most 32,767 pixels a side).
    public init?(page text: String) {
        let lower = text.lowercased()
        let landscape = lower.hasSuffix("-landscape")
        let name = landscape ? String(lower.dropLast("-landscape".count)) : lower
        var page: PageLayout
        switch name {
        case "a4": page = .a4
        case "letter": page = .letter
        default:
            let parts = name.split(separator: "x", omittingEmptySubsequences: false)
            guard parts.count == 2, let w = Double(parts[0]), let h = Double(parts[1]),
                  w.isFinite, h.isFinite, w > 0, h > 0, w <= 200, h <= 200 else { return nil }
            page = PageLayout(width: w, height: h)
        }
        if landscape { swap(&page.width, &page.height) }
        self = page
    }

    /// The graph attributes: `size="W,H!"` (the page less padding) and `dpi`.
    var graphAttributes: [DOTAttribute] {
        var out: [DOTAttribute] = []
        if let w = width, let h = height {
            let inner = { (x: Double) in Diagram.format(max(0.5, x - 2 * Layout.pad)) }
            out.append(DOTAttribute("size", "\(inner(w)),\(inner(h))!"))
        }
        if let dpi { out.append(DOTAttribute("dpi", Diagram.format(dpi))) }
        return out
    }
}

/// How diagrams are laid out at each size: the engine's graph attributes, and the largest graph a
/// picture can hold.
///
/// Large graphs are drawn with `sfdp` and Graphviz's `prism` overlap removal limited to 20
/// passes, which spreads the nodes apart (the drawing grows with the number of nodes) at a cost
/// that stays near-linear; without it (`overlap=true`, as before) sfdp's layout of a few
/// thousand nodes of readable size piles them onto a few square inches. Measured with
/// `scripts/layout-graphs.py` and `scripts/layout-overlap.py`; the table is in
/// Guides/Rendering.md ("Layout").
public enum Layout {
    /// Padding around the drawing, inches (Graphviz's `pad`).
    public static let pad = 0.3

    /// The most nodes one diagram draws. Above it a layout takes minutes and the picture is too
    /// big to view (at 96 dpi a PNG of 50,000 spread nodes is already tens of thousands of pixels a
    /// side); ``Diagram/engine(_:nodes:edges:force:)`` refuses with
    /// ``RenderError/tooManyNodes(nodes:limit:)``, whose message names the ways to reduce it.
    public static let maximumNodes = 50_000

    /// Passes of `prism` overlap removal for sfdp: 20 removed every overlap of the 3,000-, 10,000-
    /// and 20,000-node test graphs, 10 left 36 % of the 20,000 overlapping, 5 left 70 % of 3,000.
    static let prismPasses = 20

    /// The engine-specific graph attributes (see the type's overview).
    static func engineAttributes(engine: LayoutEngine, nodeCount: Int) -> [DOTAttribute] {
        switch engine {
        case .dot:
            return [DOTAttribute("rankdir", "LR"), DOTAttribute("nodesep", "0.25"), DOTAttribute("ranksep", "0.6")]
        default:
            // outputorder=edgesfirst: nodes are drawn over the edges. pack=false via packmode=array:
            // laying out all components together; packing thousands of small components one by one
            // (Graphviz's polyomino packing) took minutes on sparse random graphs.
            var attributes = [DOTAttribute("overlap", "prism\(prismPasses)"),
                              DOTAttribute("outputorder", "edgesfirst"), DOTAttribute("packmode", "array")]
            // Above 5,000 nodes sfdp's approximate quadtree: 20,000 nodes / 60,000 edges laid out
            // in 12.7 s instead of 21.2 s (Graphviz 2.42, 2 cores).
            if engine == .sfdp && nodeCount > 5000 { attributes.append(DOTAttribute("quadtree", "fast")) }
            return attributes
        }
    }

    /// The ways to make a graph small enough, for messages.
    static let reductions = "keep the N nodes highest by the sizing measure (render --max-nodes N, with --size-by MEASURE), "
        + "draw some kinds or relations only (--kinds, --relations), a snapshot (--at), or firmer ties (--min-confidence)"
}
