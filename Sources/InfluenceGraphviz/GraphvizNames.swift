import Foundation

/// The names Graphviz itself accepts for node shapes, arrowheads, line and node styles and
/// colours, so that a misspelt one (`boxx`, `bleu`) is an error naming the file and field
/// rather than a Graphviz warning at render time and a default drawn in its place.
///
/// Sources: node shapes from "Node Shapes" (https://graphviz.org/doc/info/shapes.html: the
/// polygon-based shapes, and `record`, `Mrecord`); arrowheads from the grammar of "Arrow Shapes"
/// (https://graphviz.org/doc/info/arrows.html) and the backward-compatible names of the
/// `arrowType` page (https://graphviz.org/docs/attr-types/arrowType/); styles from the `style`
/// page (https://graphviz.org/docs/attr-types/style/); colour forms from "Color Names" and the
/// `color` type (https://graphviz.org/doc/info/colors.html, https://graphviz.org/docs/attr-types/color/).
/// The colour name lists are those the linked Graphviz 2.42 library accepts: every name was
/// checked with its `colorxlate()` (the X11 scheme, Graphviz's default, including `none`,
/// `invis` and `transparent`; the SVG scheme; the Brewer schemes with their sizes).
public enum GraphvizNames {
    /// Node shapes (`shape=`), case as Graphviz spells them (`Mdiamond`, `Mrecord`).
    public static let nodeShapes: [String] = [
        "box", "polygon", "ellipse", "oval", "circle", "point", "egg", "triangle", "plaintext", "plain", "diamond",
        "trapezium", "parallelogram", "house", "pentagon", "hexagon", "septagon", "octagon", "doublecircle",
        "doubleoctagon", "tripleoctagon", "invtriangle", "invtrapezium", "invhouse", "Mdiamond", "Msquare", "Mcircle",
        "rect", "rectangle", "square", "star", "none", "underline", "cylinder", "note", "tab", "folder", "box3d",
        "component", "promoter", "cds", "terminator", "utr", "primersite", "restrictionsite", "fivepoverhang",
        "threepoverhang", "noverhang", "assembly", "signature", "insulator", "ribosite", "rnastab", "proteasesite",
        "proteinstab", "rpromoter", "rarrow", "larrow", "lpromoter", "record", "Mrecord",
    ]

    /// The primitive arrow shapes of the arrow grammar.
    public static let arrowPrimitives = ["box", "crow", "curve", "icurve", "diamond", "dot", "inv", "none", "normal", "tee", "vee"]

    /// Arrow names kept for backward compatibility, outside the grammar.
    public static let arrowLegacy = ["ediamond", "open", "halfopen", "empty", "invempty"]

    /// Common arrow names, for suggestions: the primitives, their open forms, and the legacy names.
    public static let arrowNames: [String] = arrowPrimitives + ["odot", "invdot", "invodot", "obox", "odiamond", "onormal", "oinv"] + arrowLegacy

    /// Edge line styles (`style=` on an edge).
    public static let edgeStyles = ["solid", "dashed", "dotted", "bold", "invis", "invisible", "tapered"]

    /// Node style words (`style=` on a node, comma-separated).
    public static let nodeStyles = ["solid", "dashed", "dotted", "bold", "invis", "invisible", "filled", "striped", "wedged",
                                    "diagonals", "rounded", "radial"]

    /// Colour names of the X11 scheme (Graphviz's default), lower case; Graphviz ignores case.
    public static let x11Colors: [String] = [
        "aliceblue", "antiquewhite", "antiquewhite1", "antiquewhite2", "antiquewhite3", "antiquewhite4", "aqua",
        "aquamarine", "aquamarine1", "aquamarine2", "aquamarine3", "aquamarine4", "azure", "azure1", "azure2",
        "azure3", "azure4", "beige", "bisque", "bisque1", "bisque2", "bisque3", "bisque4", "black", "blanchedalmond",
        "blue", "blue1", "blue2", "blue3", "blue4", "blueviolet", "brown", "brown1", "brown2", "brown3", "brown4",
        "burlywood", "burlywood1", "burlywood2", "burlywood3", "burlywood4", "cadetblue", "cadetblue1", "cadetblue2",
        "cadetblue3", "cadetblue4", "chartreuse", "chartreuse1", "chartreuse2", "chartreuse3", "chartreuse4",
        "chocolate", "chocolate1", "chocolate2", "chocolate3", "chocolate4", "coral", "coral1", "coral2", "coral3",
        "coral4", "cornflowerblue", "cornsilk", "cornsilk1", "cornsilk2", "cornsilk3", "cornsilk4", "crimson", "cyan",
        "cyan1", "cyan2", "cyan3", "cyan4", "darkblue", "darkcyan", "darkgoldenrod", "darkgoldenrod1",
        "darkgoldenrod2", "darkgoldenrod3", "darkgoldenrod4", "darkgray", "darkgreen", "darkgrey", "darkkhaki",
        "darkmagenta", "darkolivegreen", "darkolivegreen1", "darkolivegreen2", "darkolivegreen3", "darkolivegreen4",
        "darkorange", "darkorange1", "darkorange2", "darkorange3", "darkorange4", "darkorchid", "darkorchid1",
        "darkorchid2", "darkorchid3", "darkorchid4", "darkred", "darksalmon", "darkseagreen", "darkseagreen1",
        "darkseagreen2", "darkseagreen3", "darkseagreen4", "darkslateblue", "darkslategray", "darkslategray1",
        "darkslategray2", "darkslategray3", "darkslategray4", "darkslategrey", "darkturquoise", "darkviolet",
        "deeppink", "deeppink1", "deeppink2", "deeppink3", "deeppink4", "deepskyblue", "deepskyblue1", "deepskyblue2",
        "deepskyblue3", "deepskyblue4", "dimgray", "dimgrey", "dodgerblue", "dodgerblue1", "dodgerblue2",
        "dodgerblue3", "dodgerblue4", "firebrick", "firebrick1", "firebrick2", "firebrick3", "firebrick4",
        "floralwhite", "forestgreen", "fuchsia", "gainsboro", "ghostwhite", "gold", "gold1", "gold2", "gold3",
        "gold4", "goldenrod", "goldenrod1", "goldenrod2", "goldenrod3", "goldenrod4", "gray", "gray0", "gray1",
        "gray10", "gray100", "gray11", "gray12", "gray13", "gray14", "gray15", "gray16", "gray17", "gray18", "gray19",
        "gray2", "gray20", "gray21", "gray22", "gray23", "gray24", "gray25", "gray26", "gray27", "gray28", "gray29",
        "gray3", "gray30", "gray31", "gray32", "gray33", "gray34", "gray35", "gray36", "gray37", "gray38", "gray39",
        "gray4", "gray40", "gray41", "gray42", "gray43", "gray44", "gray45", "gray46", "gray47", "gray48", "gray49",
        "gray5", "gray50", "gray51", "gray52", "gray53", "gray54", "gray55", "gray56", "gray57", "gray58", "gray59",
        "gray6", "gray60", "gray61", "gray62", "gray63", "gray64", "gray65", "gray66", "gray67", "gray68", "gray69",
        "gray7", "gray70", "gray71", "gray72", "gray73", "gray74", "gray75", "gray76", "gray77", "gray78", "gray79",
        "gray8", "gray80", "gray81", "gray82", "gray83", "gray84", "gray85", "gray86", "gray87", "gray88", "gray89",
        "gray9", "gray90", "gray91", "gray92", "gray93", "gray94", "gray95", "gray96", "gray97", "gray98", "gray99",
        "green", "green1", "green2", "green3", "green4", "greenyellow", "grey", "grey0", "grey1", "grey10", "grey100",
        "grey11", "grey12", "grey13", "grey14", "grey15", "grey16", "grey17", "grey18", "grey19", "grey2", "grey20",
        "grey21", "grey22", "grey23", "grey24", "grey25", "grey26", "grey27", "grey28", "grey29", "grey3", "grey30",
        "grey31", "grey32", "grey33", "grey34", "grey35", "grey36", "grey37", "grey38", "grey39", "grey4", "grey40",
        "grey41", "grey42", "grey43", "grey44", "grey45", "grey46", "grey47", "grey48", "grey49", "grey5", "grey50",
        "grey51", "grey52", "grey53", "grey54", "grey55", "grey56", "grey57", "grey58", "grey59", "grey6", "grey60",
        "grey61", "grey62", "grey63", "grey64", "grey65", "grey66", "grey67", "grey68", "grey69", "grey7", "grey70",
        "grey71", "grey72", "grey73", "grey74", "grey75", "grey76", "grey77", "grey78", "grey79", "grey8", "grey80",
        "grey81", "grey82", "grey83", "grey84", "grey85", "grey86", "grey87", "grey88", "grey89", "grey9", "grey90",
        "grey91", "grey92", "grey93", "grey94", "grey95", "grey96", "grey97", "grey98", "grey99", "honeydew",
        "honeydew1", "honeydew2", "honeydew3", "honeydew4", "hotpink", "hotpink1", "hotpink2", "hotpink3", "hotpink4",
        "indianred", "indianred1", "indianred2", "indianred3", "indianred4", "indigo", "invis", "ivory", "ivory1",
        "ivory2", "ivory3", "ivory4", "khaki", "khaki1", "khaki2", "khaki3", "khaki4", "lavender", "lavenderblush",
        "lavenderblush1", "lavenderblush2", "lavenderblush3", "lavenderblush4", "lawngreen", "lemonchiffon",
        "lemonchiffon1", "lemonchiffon2", "lemonchiffon3", "lemonchiffon4", "lightblue", "lightblue1", "lightblue2",
        "lightblue3", "lightblue4", "lightcoral", "lightcyan", "lightcyan1", "lightcyan2", "lightcyan3", "lightcyan4",
        "lightgoldenrod", "lightgoldenrod1", "lightgoldenrod2", "lightgoldenrod3", "lightgoldenrod4",
        "lightgoldenrodyellow", "lightgray", "lightgreen", "lightgrey", "lightpink", "lightpink1", "lightpink2",
        "lightpink3", "lightpink4", "lightsalmon", "lightsalmon1", "lightsalmon2", "lightsalmon3", "lightsalmon4",
        "lightseagreen", "lightskyblue", "lightskyblue1", "lightskyblue2", "lightskyblue3", "lightskyblue4",
        "lightslateblue", "lightslategray", "lightslategrey", "lightsteelblue", "lightsteelblue1", "lightsteelblue2",
        "lightsteelblue3", "lightsteelblue4", "lightyellow", "lightyellow1", "lightyellow2", "lightyellow3",
        "lightyellow4", "lime", "limegreen", "linen", "magenta", "magenta1", "magenta2", "magenta3", "magenta4",
        "maroon", "maroon1", "maroon2", "maroon3", "maroon4", "mediumaquamarine", "mediumblue", "mediumorchid",
        "mediumorchid1", "mediumorchid2", "mediumorchid3", "mediumorchid4", "mediumpurple", "mediumpurple1",
        "mediumpurple2", "mediumpurple3", "mediumpurple4", "mediumseagreen", "mediumslateblue", "mediumspringgreen",
        "mediumturquoise", "mediumvioletred", "midnightblue", "mintcream", "mistyrose", "mistyrose1", "mistyrose2",
        "mistyrose3", "mistyrose4", "moccasin", "navajowhite", "navajowhite1", "navajowhite2", "navajowhite3",
        "navajowhite4", "navy", "navyblue", "none", "oldlace", "olive", "olivedrab", "olivedrab1", "olivedrab2",
        "olivedrab3", "olivedrab4", "orange", "orange1", "orange2", "orange3", "orange4", "orangered", "orangered1",
        "orangered2", "orangered3", "orangered4", "orchid", "orchid1", "orchid2", "orchid3", "orchid4",
        "palegoldenrod", "palegreen", "palegreen1", "palegreen2", "palegreen3", "palegreen4", "paleturquoise",
        "paleturquoise1", "paleturquoise2", "paleturquoise3", "paleturquoise4", "palevioletred", "palevioletred1",
        "palevioletred2", "palevioletred3", "palevioletred4", "papayawhip", "peachpuff", "peachpuff1", "peachpuff2",
        "peachpuff3", "peachpuff4", "peru", "pink", "pink1", "pink2", "pink3", "pink4", "plum", "plum1", "plum2",
        "plum3", "plum4", "powderblue", "purple", "purple1", "purple2", "purple3", "purple4", "rebeccapurple", "red",
        "red1", "red2", "red3", "red4", "rosybrown", "rosybrown1", "rosybrown2", "rosybrown3", "rosybrown4",
        "royalblue", "royalblue1", "royalblue2", "royalblue3", "royalblue4", "saddlebrown", "salmon", "salmon1",
        "salmon2", "salmon3", "salmon4", "sandybrown", "seagreen", "seagreen1", "seagreen2", "seagreen3", "seagreen4",
        "seashell", "seashell1", "seashell2", "seashell3", "seashell4", "sienna", "sienna1", "sienna2", "sienna3",
        "sienna4", "silver", "skyblue", "skyblue1", "skyblue2", "skyblue3", "skyblue4", "slateblue", "slateblue1",
        "slateblue2", "slateblue3", "slateblue4", "slategray", "slategray1", "slategray2", "slategray3", "slategray4",
        "slategrey", "snow", "snow1", "snow2", "snow3", "snow4", "springgreen", "springgreen1", "springgreen2",
        "springgreen3", "springgreen4", "steelblue", "steelblue1", "steelblue2", "steelblue3", "steelblue4", "tan",
        "tan1", "tan2", "tan3", "tan4", "teal", "thistle", "thistle1", "thistle2", "thistle3", "thistle4", "tomato",
        "tomato1", "tomato2", "tomato3", "tomato4", "transparent", "turquoise", "turquoise1", "turquoise2",
        "turquoise3", "turquoise4", "violet", "violetred", "violetred1", "violetred2", "violetred3", "violetred4",
        "webgray", "webgreen", "webgrey", "webmaroon", "webpurple", "wheat", "wheat1", "wheat2", "wheat3", "wheat4",
        "white", "whitesmoke", "x11gray", "x11green", "x11grey", "x11maroon", "x11purple", "yellow", "yellow1",
        "yellow2", "yellow3", "yellow4", "yellowgreen",
    ]

    /// Colour names of the SVG scheme (`/svg/NAME`).
    public static let svgColors: [String] = [
        "aliceblue", "antiquewhite", "aqua", "aquamarine", "azure", "beige", "bisque", "black", "blanchedalmond",
        "blue", "blueviolet", "brown", "burlywood", "cadetblue", "chartreuse", "chocolate", "coral", "cornflowerblue",
        "cornsilk", "crimson", "cyan", "darkblue", "darkcyan", "darkgoldenrod", "darkgray", "darkgreen", "darkgrey",
        "darkkhaki", "darkmagenta", "darkolivegreen", "darkorange", "darkorchid", "darkred", "darksalmon",
        "darkseagreen", "darkslateblue", "darkslategray", "darkslategrey", "darkturquoise", "darkviolet", "deeppink",
        "deepskyblue", "dimgray", "dimgrey", "dodgerblue", "firebrick", "floralwhite", "forestgreen", "fuchsia",
        "gainsboro", "ghostwhite", "gold", "goldenrod", "gray", "green", "greenyellow", "grey", "honeydew", "hotpink",
        "indianred", "indigo", "ivory", "khaki", "lavender", "lavenderblush", "lawngreen", "lemonchiffon",
        "lightblue", "lightcoral", "lightcyan", "lightgoldenrodyellow", "lightgray", "lightgreen", "lightgrey",
        "lightpink", "lightsalmon", "lightseagreen", "lightskyblue", "lightslategray", "lightslategrey",
        "lightsteelblue", "lightyellow", "lime", "limegreen", "linen", "magenta", "maroon", "mediumaquamarine",
        "mediumblue", "mediumorchid", "mediumpurple", "mediumseagreen", "mediumslateblue", "mediumspringgreen",
        "mediumturquoise", "mediumvioletred", "midnightblue", "mintcream", "mistyrose", "moccasin", "navajowhite",
        "navy", "oldlace", "olive", "olivedrab", "orange", "orangered", "orchid", "palegoldenrod", "palegreen",
        "paleturquoise", "palevioletred", "papayawhip", "peachpuff", "peru", "pink", "plum", "powderblue", "purple",
        "red", "rosybrown", "royalblue", "saddlebrown", "salmon", "sandybrown", "seagreen", "seashell", "sienna",
        "silver", "skyblue", "slateblue", "slategray", "slategrey", "snow", "springgreen", "steelblue", "tan", "teal",
        "thistle", "tomato", "turquoise", "violet", "wheat", "white", "whitesmoke", "yellow", "yellowgreen",
    ]

    /// Brewer colour schemes and how many colours each has (`/blues9/1` … `/blues9/9`).
    public static let brewerSchemes: [String: Int] = [
        "accent3": 3, "accent4": 4, "accent5": 5, "accent6": 6, "accent7": 7, "accent8": 8, "blues3": 3, "blues4": 4,
        "blues5": 5, "blues6": 6, "blues7": 7, "blues8": 8, "blues9": 9, "brbg10": 10, "brbg11": 11, "brbg3": 3,
        "brbg4": 4, "brbg5": 5, "brbg6": 6, "brbg7": 7, "brbg8": 8, "brbg9": 9, "bugn3": 3, "bugn4": 4, "bugn5": 5,
        "bugn6": 6, "bugn7": 7, "bugn8": 8, "bugn9": 9, "bupu3": 3, "bupu4": 4, "bupu5": 5, "bupu6": 6, "bupu7": 7,
        "bupu8": 8, "bupu9": 9, "dark23": 3, "dark24": 4, "dark25": 5, "dark26": 6, "dark27": 7, "dark28": 8, "gnbu3":
        3, "gnbu4": 4, "gnbu5": 5, "gnbu6": 6, "gnbu7": 7, "gnbu8": 8, "gnbu9": 9, "greens3": 3, "greens4": 4,
        "greens5": 5, "greens6": 6, "greens7": 7, "greens8": 8, "greens9": 9, "greys3": 3, "greys4": 4, "greys5": 5,
        "greys6": 6, "greys7": 7, "greys8": 8, "greys9": 9, "oranges3": 3, "oranges4": 4, "oranges5": 5, "oranges6":
        6, "oranges7": 7, "oranges8": 8, "oranges9": 9, "orrd3": 3, "orrd4": 4, "orrd5": 5, "orrd6": 6, "orrd7": 7,
        "orrd8": 8, "orrd9": 9, "paired10": 10, "paired11": 11, "paired12": 12, "paired3": 3, "paired4": 4, "paired5":
        5, "paired6": 6, "paired7": 7, "paired8": 8, "paired9": 9, "pastel13": 3, "pastel14": 4, "pastel15": 5,
        "pastel16": 6, "pastel17": 7, "pastel18": 8, "pastel19": 9, "pastel23": 3, "pastel24": 4, "pastel25": 5,
        "pastel26": 6, "pastel27": 7, "pastel28": 8, "piyg10": 10, "piyg11": 11, "piyg3": 3, "piyg4": 4, "piyg5": 5,
        "piyg6": 6, "piyg7": 7, "piyg8": 8, "piyg9": 9, "prgn10": 10, "prgn11": 11, "prgn3": 3, "prgn4": 4, "prgn5":
        5, "prgn6": 6, "prgn7": 7, "prgn8": 8, "prgn9": 9, "pubu3": 3, "pubu4": 4, "pubu5": 5, "pubu6": 6, "pubu7": 7,
        "pubu8": 8, "pubu9": 9, "pubugn3": 3, "pubugn4": 4, "pubugn5": 5, "pubugn6": 6, "pubugn7": 7, "pubugn8": 8,
        "pubugn9": 9, "puor10": 10, "puor11": 11, "puor3": 3, "puor4": 4, "puor5": 5, "puor6": 6, "puor7": 7, "puor8":
        8, "puor9": 9, "purd3": 3, "purd4": 4, "purd5": 5, "purd6": 6, "purd7": 7, "purd8": 8, "purd9": 9, "purples3":
        3, "purples4": 4, "purples5": 5, "purples6": 6, "purples7": 7, "purples8": 8, "purples9": 9, "rdbu10": 10,
        "rdbu11": 11, "rdbu3": 3, "rdbu4": 4, "rdbu5": 5, "rdbu6": 6, "rdbu7": 7, "rdbu8": 8, "rdbu9": 9, "rdgy10":
        10, "rdgy11": 11, "rdgy3": 3, "rdgy4": 4, "rdgy5": 5, "rdgy6": 6, "rdgy7": 7, "rdgy8": 8, "rdgy9": 9, "rdpu3":
        3, "rdpu4": 4, "rdpu5": 5, "rdpu6": 6, "rdpu7": 7, "rdpu8": 8, "rdpu9": 9, "rdylbu10": 10, "rdylbu11": 11,
        "rdylbu3": 3, "rdylbu4": 4, "rdylbu5": 5, "rdylbu6": 6, "rdylbu7": 7, "rdylbu8": 8, "rdylbu9": 9, "rdylgn10":
        10, "rdylgn11": 11, "rdylgn3": 3, "rdylgn4": 4, "rdylgn5": 5, "rdylgn6": 6, "rdylgn7": 7, "rdylgn8": 8,
        "rdylgn9": 9, "reds3": 3, "reds4": 4, "reds5": 5, "reds6": 6, "reds7": 7, "reds8": 8, "reds9": 9, "set13": 3,
        "set14": 4, "set15": 5, "set16": 6, "set17": 7, "set18": 8, "set19": 9, "set23": 3, "set24": 4, "set25": 5,
        "set26": 6, "set27": 7, "set28": 8, "set310": 10, "set311": 11, "set312": 12, "set33": 3, "set34": 4, "set35":
        5, "set36": 6, "set37": 7, "set38": 8, "set39": 9, "spectral10": 10, "spectral11": 11, "spectral3": 3,
        "spectral4": 4, "spectral5": 5, "spectral6": 6, "spectral7": 7, "spectral8": 8, "spectral9": 9, "ylgn3": 3,
        "ylgn4": 4, "ylgn5": 5, "ylgn6": 6, "ylgn7": 7, "ylgn8": 8, "ylgn9": 9, "ylgnbu3": 3, "ylgnbu4": 4, "ylgnbu5":
        5, "ylgnbu6": 6, "ylgnbu7": 7, "ylgnbu8": 8, "ylgnbu9": 9, "ylorbr3": 3, "ylorbr4": 4, "ylorbr5": 5,
        "ylorbr6": 6, "ylorbr7": 7, "ylorbr8": 8, "ylorbr9": 9, "ylorrd3": 3, "ylorrd4": 4, "ylorrd5": 5, "ylorrd6":
        6, "ylorrd7": 7, "ylorrd8": 8, "ylorrd9": 9,
    ]

    static let shapeSet = Set(nodeShapes)
    static let x11Set = Set(x11Colors)
    static let svgSet = Set(svgColors)

    /// Whether Graphviz knows the node shape (case-sensitive, as Graphviz matches it).
    public static func isNodeShape(_ name: String) -> Bool { shapeSet.contains(name) }

    /// Whether the arrowhead is a legacy name or one to four `[o][l|r]SHAPE` of the grammar.
    public static func isArrowType(_ name: String) -> Bool {
        if arrowLegacy.contains(name) { return true }
        var rest = Substring(name), count = 0
        while !rest.isEmpty {
            if rest.hasPrefix("o") { rest = rest.dropFirst() }
            if rest.hasPrefix("l") || rest.hasPrefix("r") { rest = rest.dropFirst() }
            guard let shape = arrowPrimitives.first(where: { rest.hasPrefix($0) }) else { return false }
            rest = rest.dropFirst(shape.count)
            count += 1
            if count > 4 { return false }
        }
        return count > 0
    }

    /// Whether every comma-separated word is an edge style (`dashed`, `bold,dotted`).
    public static func isEdgeStyle(_ text: String) -> Bool { words(text).allSatisfy(edgeStyles.contains) }

    /// Whether every comma-separated word is a node style (`rounded,bold`); empty is no style.
    public static func isNodeStyle(_ text: String) -> Bool { words(text).allSatisfy(nodeStyles.contains) }

    /// The words of a style list.
    public static func words(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Why Graphviz would not read a colour, or `nil` when it would: an X11 name (any case),
    /// `/x11/NAME`, `/svg/NAME`, `/SCHEME/N` of a Brewer scheme, `#RRGGBB` or `#RRGGBBAA`, or
    /// `H,S,V` / `H,S,V,A` (also space-separated) with each number from 0 to 1. A colour list
    /// (`red:blue`, `red;0.3:blue`) is checked part by part. The reason reads after "is 'VALUE', ".
    /// Graphviz 2.42 does not read the CSS short form `#RGB` (its `colorxlate()` refuses it).
    public static func colorProblem(_ text: String) -> String? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count > 1 {
            for part in parts {
                let colour = part.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
                if let problem = colorProblem(colour) { return "a colour list whose part '\(colour)' is \(problem)" }
            }
            return nil
        }
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return "an empty colour" }
        if t.hasPrefix("#") {
            let hex = t.dropFirst()
            guard hex.allSatisfy(\.isHexDigit) else { return "not #RRGGBB or #RRGGBBAA (a character is not a hex digit)" }
            if hex.count == 3 || hex.count == 4 { return "a short form Graphviz does not read (expected #RRGGBB or #RRGGBBAA)" }
            return [6, 8].contains(hex.count) ? nil : "not #RRGGBB or #RRGGBBAA (\(hex.count) hex digits)"
        }
        if let first = t.first, first.isNumber || first == "." {
            let numbers = t.split(whereSeparator: { $0 == "," || $0 == " " })
            guard [3, 4].contains(numbers.count), numbers.allSatisfy({ Double($0).map { (0 ... 1).contains($0) } ?? false }) else {
                return "not H,S,V or H,S,V,A with each number from 0 to 1"
            }
            return nil
        }
        if t.hasPrefix("/") {
            let path = t.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
            guard path.count == 2 else { return "not /SCHEME/NAME" }
            let scheme = path[0].lowercased(), name = path[1].lowercased()
            switch scheme {
            case "", "x11": return x11Set.contains(name) ? nil : "not a colour of Graphviz's X11 scheme"
            case "svg": return svgSet.contains(name) ? nil : "not a colour of Graphviz's SVG scheme"
            default:
                guard let size = brewerSchemes[scheme] else { return "not a colour of a Graphviz scheme ('\(scheme)' is none)" }
                guard let n = Int(name), (1 ... size).contains(n) else { return "not a colour of scheme '\(scheme)' (it has colours 1 to \(size))" }
                return nil
            }
        }
        return x11Set.contains(t.lowercased()) ? nil : "not a Graphviz colour name"
    }

    /// What a value names, for ``problem(_:as:)``.
    public enum Kind: Sendable {
        /// A node shape (`shape=`).
        case nodeShape
        /// An arrowhead (`arrowhead=`).
        case arrowType
        /// Edge style words (`style=` on an edge).
        case edgeStyle
        /// Node style words (`style=` on a node).
        case nodeStyle
        /// A colour (`color=`, `fillcolor=`, `fontcolor=`).
        case color
    }

    /// Why Graphviz would not read `value` as `kind`, and the names to suggest the closest of
    /// (the word to match is `word`: the misspelt style word of a list, or the value itself);
    /// `nil` when Graphviz reads it.
    public static func problem(_ value: String, as kind: Kind) -> (reason: String, word: String, candidates: [String])? {
        switch kind {
        case .nodeShape:
            return isNodeShape(value) ? nil : ("not a Graphviz node shape", value, nodeShapes)
        case .arrowType:
            return isArrowType(value) ? nil : ("not a Graphviz arrowhead (expected a name such as normal, empty, odot, tee or the arrow grammar [o][l|r]SHAPE)", value, arrowNames)
        case .edgeStyle:
            guard let bad = words(value).first(where: { !edgeStyles.contains($0) }) else { return nil }
            return ("'\(bad)' is not a Graphviz edge style (expected \(edgeStyles.joined(separator: ", ")))", bad, edgeStyles)
        case .nodeStyle:
            guard let bad = words(value).first(where: { !nodeStyles.contains($0) }) else { return nil }
            return ("'\(bad)' is not a Graphviz node style (expected \(nodeStyles.joined(separator: ", ")))", bad, nodeStyles)
        case .color:
            guard let reason = colorProblem(value) else { return nil }
            let named = !value.hasPrefix("#") && !value.contains(":") && !value.hasPrefix("/") && !(value.first?.isNumber ?? true)
            return (reason, value.lowercased(), named ? x11Colors : [])
        }
    }
}
