import InfluenceGraph

/// How nodes of one kind are drawn.
public struct NodeStyle: Sendable, Equatable {
    /// A Graphviz shape (`box`, `ellipse`, `octagon`, …).
    public var shape: String
    /// The fill, a Graphviz colour (`#BFDCEE`); nodes are always drawn `filled`.
    public var fillColor: String
    /// The outline colour; a network's `kinds:` `color` overrides it.
    public var borderColor: String
    /// The label's colour.
    public var fontColor: String
    /// Extra Graphviz `style` words besides `filled` (`rounded`, `bold`, …).
    public var style: String

    /// A node style; colours are Graphviz colours (`#RRGGBB` or a name).
    ///
    /// - Parameters:
    ///   - shape: a Graphviz shape.
    ///   - fillColor: the fill.
    ///   - borderColor: the outline.
    ///   - fontColor: the label's colour; black by default.
    ///   - style: extra `style` words besides `filled`; none by default.
    public init(shape: String, fillColor: String, borderColor: String, fontColor: String = "#000000", style: String = "") {
        self.shape = shape
        self.fillColor = fillColor
        self.borderColor = borderColor
        self.fontColor = fontColor
        self.style = style
    }
}

/// How edges of one relation are drawn.
public struct EdgeStyle: Sendable, Equatable {
    /// The line and arrowhead colour, a Graphviz colour (`#0072B2`).
    public var color: String
    /// `solid`, `dashed`, `dotted` or `bold`.
    public var lineStyle: String
    /// A Graphviz arrowhead (`normal`, `empty`, `tee`, `dot`, `none`, …).
    public var arrowhead: String
    /// The line width in points (Graphviz `penwidth`).
    public var penWidth: Double

    /// An edge style.
    ///
    /// - Parameters:
    ///   - color: a Graphviz colour (`#RRGGBB` or a name).
    ///   - lineStyle: `solid` (default), `dashed`, `dotted` or `bold`.
    ///   - arrowhead: a Graphviz arrowhead; `normal` by default.
    ///   - penWidth: the line width in points; 1.2 by default.
    public init(color: String, lineStyle: String = "solid", arrowhead: String = "normal", penWidth: Double = 1.2) {
        self.color = color
        self.lineStyle = lineStyle
        self.arrowhead = arrowhead
        self.penWidth = penWidth
    }
}

/// Node kind → shape and colours; relation → colour, line style and arrowhead.
///
/// The defaults use the Okabe–Ito palette, which stays distinguishable with the common forms of
/// colour blindness, with line style and shape as second cues; fills are light tints so black
/// text stays legible. A network's own `kinds:` table (shape, color = border) overrides the kind defaults, except the fields a style file set (``styleFileKinds``).
public struct StyleSheet: Sendable, Equatable {
    /// The font of every label, legend and title (a font name such as `DejaVu Sans`).
    public var font: String
    /// Node styles by kind name.
    public var kinds: [String: NodeStyle]
    /// The style of nodes without a kind, or of a kind missing from ``kinds``.
    public var defaultNode: NodeStyle
    /// Edge styles by relation name.
    public var relations: [String: EdgeStyle]
    /// Fallbacks by polarity for relations without a style of their own.
    public var polarities: [Polarity: EdgeStyle]
    /// The fields (`shape`, `fill`, `border`, …) a style file set, by kind: these win over a network's `kinds:` table.
    public var styleFileKinds: [String: Set<String>] = [:]

    /// A style sheet; ``standard`` is the default one.
    ///
    /// - Parameters:
    ///   - font: the font of every label.
    ///   - kinds: node styles by kind.
    ///   - defaultNode: the style of nodes whose kind has none.
    ///   - relations: edge styles by relation.
    ///   - polarities: fallbacks for relations without a style, by their polarity; must hold `.neutral`.
    public init(font: String, kinds: [String: NodeStyle], defaultNode: NodeStyle,
                relations: [String: EdgeStyle], polarities: [Polarity: EdgeStyle]) {
        self.font = font
        self.kinds = kinds
        self.defaultNode = defaultNode
        self.relations = relations
        self.polarities = polarities
    }

    /// Okabe–Ito colours: orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple, grey.
    public enum OkabeIto {
        /// Orange, sky blue, bluish green and yellow, as `#RRGGBB`.
        public static let orange = "#E69F00", skyBlue = "#56B4E9", bluishGreen = "#009E73", yellow = "#F0E442"
        /// Blue, vermillion, reddish purple and grey, as `#RRGGBB`.
        public static let blue = "#0072B2", vermillion = "#D55E00", reddishPurple = "#CC79A7", grey = "#999999"
    }

    /// The default style sheet, tuned for influence networks (states, militias, lists, blocs,
    /// governments, parliaments, people, alliances, events).
    public static let standard: StyleSheet = {
        typealias C = OkabeIto
        let kinds: [String: NodeStyle] = [
            "state": NodeStyle(shape: "box", fillColor: "#BFDCEE", borderColor: C.blue, style: "rounded,bold"),
            "militia": NodeStyle(shape: "octagon", fillColor: "#F5C7A6", borderColor: C.vermillion, style: "bold"),
            "list": NodeStyle(shape: "ellipse", fillColor: "#F7DC9E", borderColor: C.orange),
            "party": NodeStyle(shape: "ellipse", fillColor: "#F7DC9E", borderColor: C.orange),
            "bloc": NodeStyle(shape: "hexagon", fillColor: "#F9F3B0", borderColor: "#A89B00", style: "bold"),
            "government": NodeStyle(shape: "house", fillColor: "#A6DCCB", borderColor: C.bluishGreen, style: "bold"),
            "parliament": NodeStyle(shape: "box3d", fillColor: "#CDE8F8", borderColor: C.skyBlue),
            "office": NodeStyle(shape: "tab", fillColor: "#E4F2FB", borderColor: C.skyBlue),
            "person": NodeStyle(shape: "ellipse", fillColor: "#F0D2E2", borderColor: C.reddishPurple),
            "alliance": NodeStyle(shape: "doubleoctagon", fillColor: "#DDDDDD", borderColor: "#555555", style: "bold"),
            "organisation": NodeStyle(shape: "box", fillColor: "#E8E8E8", borderColor: "#555555"),
            "event": NodeStyle(shape: "note", fillColor: "#F7F7F7", borderColor: C.grey),
        ]
        let supportive = EdgeStyle(color: C.blue, lineStyle: "solid", arrowhead: "normal", penWidth: 1.4)
        let membership = EdgeStyle(color: C.skyBlue, lineStyle: "dashed", arrowhead: "empty", penWidth: 1.4)
        let leadership = EdgeStyle(color: C.bluishGreen, lineStyle: "bold", arrowhead: "normal", penWidth: 2)
        let wing = EdgeStyle(color: C.orange, lineStyle: "solid", arrowhead: "odot", penWidth: 1.6)
        let symmetric = EdgeStyle(color: "#666666", lineStyle: "solid", arrowhead: "none", penWidth: 1.2)
        let hostile = EdgeStyle(color: C.vermillion, lineStyle: "bold", arrowhead: "normal", penWidth: 2)
        let designation = EdgeStyle(color: C.vermillion, lineStyle: "dashed", arrowhead: "tee", penWidth: 1.6)
        var relations: [String: EdgeStyle] = [:]
        for r in ["backs", "funds", "arms", "trains"] { relations[r] = supportive }
        for r in ["leads", "commands", "controls", "founded", "appoints"] { relations[r] = leadership }
        relations["political-wing"] = wing
        for r in ["member-of", "part-of", "joined", "affiliated-with", "loyal-to"] { relations[r] = membership }
        for r in ["allied-with", "cooperates-with", "linked-to"] { relations[r] = symmetric }
        for r in ["kidnapped", "attacked", "killed", "at-war-with"] { relations[r] = hostile }
        for r in ["designated", "sanctioned", "froze-assets", "opposes"] { relations[r] = designation }
        return StyleSheet(
            font: "DejaVu Sans", kinds: kinds,
            defaultNode: NodeStyle(shape: "ellipse", fillColor: "#FFFFFF", borderColor: "#555555"),
            relations: relations,
            polarities: [
                .supportive: supportive,
                .neutral: EdgeStyle(color: "#555555", lineStyle: "dotted", arrowhead: "normal", penWidth: 1.2),
                .hostile: EdgeStyle(color: C.vermillion, lineStyle: "dashed", arrowhead: "normal", penWidth: 1.6),
            ])
    }()

    /// The style of a node kind, with the network's own `kinds:` hints applied where no style file set the field.
    public func nodeStyle(kind: String?, in network: Network) -> NodeStyle {
        var style = kind.flatMap { kinds[$0] } ?? defaultNode
        if let kind, let info = network.kinds[kind] {
            let fixed = styleFileKinds[kind] ?? []
            if let shape = info.shape, !fixed.contains("shape") { style.shape = shape }
            if let color = info.color, !fixed.contains("border") { style.borderColor = color }
        }
        return style
    }

    /// The style of a relation: its own, else its polarity's.
    public func edgeStyle(relation: String, in network: Network) -> EdgeStyle {
        relations[relation] ?? polarities[network.relationInfo(relation).polarity] ?? polarities[.neutral]!
    }

    /// Arrowheads tried, in order, when two relations would otherwise look alike.
    static let arrowheads = ["normal", "empty", "diamond", "odiamond", "dot", "odot", "box", "obox", "vee", "inv", "tee", "crow", "curve", "none"]
    /// Line styles tried, in order, when two relations would otherwise look alike.
    static let lineStyles = ["solid", "dashed", "dotted", "bold"]
    /// Colours tried for relations drawn with the neutral fallback (dark greys and browns that stay
    /// apart from the Okabe–Ito hues of the named families).
    static let neutralColors = ["#555555", "#8C564B", "#7B4173", "#000000", "#A89B00", "#999999"]

    /// Whether this sheet's style for `relation` was given on purpose (it differs from what
    /// ``standard`` draws it with: a style file or code set it), so that it is kept as it is even
    /// when another relation shares it.
    public func isExplicit(relation: String) -> Bool {
        guard let own = relations[relation] else { return false }
        return own != StyleSheet.standard.relations[relation]
    }

    /// The style of each of `relations` (in the order given, normally first appearance in the
    /// network), made pairwise distinct: no two share colour + line style + arrowhead unless both
    /// are ``isExplicit(relation:)``. Explicit styles are kept as they are and reserved first; then,
    /// in order, a relation whose style (its own, or its polarity's) is already taken keeps its
    /// colour and line and takes the first free arrowhead of `arrowheads` (then the next line
    /// style); a relation drawn with a polarity fallback varies colour first (the neutral palette),
    /// then line, then arrowhead. Deterministic: the same relations in the same order always get
    /// the same styles.
    /// - Complexity: O(*r* · *c*) for *r* relations and *c* candidate combinations (≤ 336).
    public func distinctEdgeStyles(_ relations: [String], in network: Network) -> [String: EdgeStyle] {
        struct Key: Hashable { let color: String, line: String, arrow: String }
        func key(_ s: EdgeStyle) -> Key { Key(color: s.color.uppercased(), line: s.lineStyle, arrow: s.arrowhead) }
        var used = Set<Key>()
        var result: [String: EdgeStyle] = [:]
        for r in relations where isExplicit(relation: r) {
            result[r] = edgeStyle(relation: r, in: network)
            used.insert(key(result[r]!))
        }
        for r in relations where result[r] == nil {
            let base = edgeStyle(relation: r, in: network)
            var chosen = base
            if used.contains(key(base)) {
                var candidates: [EdgeStyle] = []
                let lines = [base.lineStyle] + StyleSheet.lineStyles.filter { $0 != base.lineStyle }
                let arrows = [base.arrowhead] + StyleSheet.arrowheads.filter { $0 != base.arrowhead }
                if self.relations[r] != nil {
                    for line in lines { for arrow in arrows {
                        var s = base; s.lineStyle = line; s.arrowhead = arrow; candidates.append(s)
                    } }
                } else {
                    let colors = [base.color] + (network.relationInfo(r).polarity == .neutral
                        ? StyleSheet.neutralColors.filter { $0.uppercased() != base.color.uppercased() } : [])
                    for arrow in arrows { for line in lines { for color in colors {
                        var s = base; s.color = color; s.lineStyle = line; s.arrowhead = arrow; candidates.append(s)
                    } } }
                }
                chosen = candidates.first { !used.contains(key($0)) } ?? base
            }
            used.insert(key(chosen))
            result[r] = chosen
        }
        return result
    }
}
