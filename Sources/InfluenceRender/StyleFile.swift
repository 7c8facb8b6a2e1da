import InfluenceGraph
import InfluenceGraphviz
import InfluenceSerialization

/// Reads a user style file (`--style FILE.yaml`): overrides of ``StyleSheet/standard``, validated
/// like a network file — an unknown key, a bad value or a wrong type is an error naming the file,
/// line and column. Shapes, arrowheads, styles and colours are checked against the names Graphviz
/// reads (`GraphvizNames` in InfluenceGraphviz), with the closest name for a misspelt one (`boxx` → `box`, `bleu` → `blue`).
///
/// ```yaml
/// font: DejaVu Sans
/// kinds:                     # node kind → any of shape, fill, border, font-color, style
///   militia: {shape: octagon, fill: "#F5C7A6", border: "#D55E00", style: bold}
/// default-kind: {shape: ellipse}
/// relations:                 # relation → any of color, line, arrowhead, width
///   backs: {color: "#0072B2", line: solid, arrowhead: normal, width: 1.4}
/// polarities:                # supportive | neutral | hostile → as relations
///   hostile: {color: "#D55E00", line: dashed}
/// ```
///
/// A node's `fill` is the colour inside its shape (nodes are always drawn filled), `border` the
/// colour of its outline, `font-color` that of its label. A network file's own `kinds:` table
/// says `shape` and `color`, and its `color` is the *border* (the fill stays the style sheet's).
/// What a style file sets for a kind wins over the network's table, field by field: a style
/// file that gives `militia` a `shape` draws militias in that shape whatever the network says,
/// while the network's `color` still sets their border unless the style file gives a `border`
/// (see ``StyleSheet/styleFileKinds``).
public enum StyleFile {
    static let topKeys = ["font", "kinds", "default-kind", "relations", "polarities"]
    static let nodeKeys = ["shape", "fill", "border", "font-color", "style"]
    static let edgeKeys = ["color", "line", "arrowhead", "width"]
    static let lineStyles = ["solid", "dashed", "dotted", "bold"]

    /// Reads and validates a style file, merged over `base`.
    public static func read(path: String, over base: StyleSheet = .standard) throws(ReadError) -> StyleSheet {
        let data = try FileAccess.bytes(atPath: path)
        guard let text = String(validating: data, as: UTF8.self) else { throw FileAccess.invalidUTF8(data, path: path) }
        let root = try YAMLDocumentParser.parse(text, byteCount: data.count, path: path)
        var decoder = DocumentDecoder(path: path)
        var sheet = base
        if let top = decoder.entries(root, allowed: topKeys, what: "the style file") {
            for entry in top {
                switch entry.key {
                case "font":
                    if let font = decoder.nonEmptyString(entry.value, field: "font", what: "the style file") { sheet.font = font }
                case "kinds":
                    for kind in decoder.namedMapping(entry.value, section: "kinds") {
                        let current = sheet.kinds[kind.key] ?? sheet.defaultNode
                        sheet.kinds[kind.key] = node(kind.value, over: current, what: "kind '\(kind.key)'", &decoder)
                        if case .mapping(let fields, _) = kind.value {
                            sheet.styleFileKinds[kind.key, default: []].formUnion(fields.map(\.key).filter(nodeKeys.contains))
                        }
                    }
                case "default-kind":
                    sheet.defaultNode = node(entry.value, over: sheet.defaultNode, what: "default-kind", &decoder)
                case "relations":
                    for relation in decoder.namedMapping(entry.value, section: "relations") {
                        let current = sheet.relations[relation.key] ?? sheet.polarities[.neutral]!
                        sheet.relations[relation.key] = edge(relation.value, over: current, what: "relation '\(relation.key)'", &decoder)
                    }
                case "polarities":
                    for item in decoder.namedMapping(entry.value, section: "polarities") {
                        guard let polarity = Polarity(rawValue: item.key) else {
                            decoder.report(item.keyMark, "unknown polarity '\(item.key)' (expected one of: supportive, neutral, hostile)")
                            continue
                        }
                        sheet.polarities[polarity] = edge(item.value, over: sheet.polarities[polarity]!, what: "polarity '\(item.key)'", &decoder)
                    }
                default: break
                }
            }
        }
        guard decoder.diagnostics.isEmpty else { throw .invalid(decoder.allDiagnostics) }
        return sheet
    }

    static func color(_ node: DocNode, field: String, what: String, _ decoder: inout DocumentDecoder) -> String? {
        graphvizName(node, field: field, as: .color, what: what, &decoder)
    }

    /// The value when Graphviz reads it as `kind`; else a diagnostic naming the field, with the
    /// closest Graphviz name (`'shape' of kind 'militia' is 'boxx', not a Graphviz node shape (did you mean 'box'?)`).
    static func graphvizName(_ node: DocNode, field: String, as kind: GraphvizNames.Kind, what: String,
                             _ decoder: inout DocumentDecoder) -> String? {
        guard let text = decoder.nonEmptyString(node, field: field, what: what) else { return nil }
        guard let problem = GraphvizNames.problem(text, as: kind) else { return text }
        var message = "'\(field)' of \(what) is '\(text)', \(problem.reason)"
        if let s = suggestion(for: problem.word, among: problem.candidates) { message += " (did you mean '\(s)'?)" }
        decoder.report(node.mark, message)
        return nil
    }

    static func node(_ value: DocNode, over base: NodeStyle, what: String, _ decoder: inout DocumentDecoder) -> NodeStyle {
        var style = base
        for f in decoder.entries(value, allowed: nodeKeys, what: what) ?? [] {
            switch f.key {
            case "shape": if let s = graphvizName(f.value, field: f.key, as: .nodeShape, what: what, &decoder) { style.shape = s }
            case "fill": if let c = color(f.value, field: f.key, what: what, &decoder) { style.fillColor = c }
            case "border": if let c = color(f.value, field: f.key, what: what, &decoder) { style.borderColor = c }
            case "font-color": if let c = color(f.value, field: f.key, what: what, &decoder) { style.fontColor = c }
            case "style":
                if let s = decoder.optionalString(f.value, field: f.key, what: what) {
                    if let problem = GraphvizNames.problem(s, as: .nodeStyle) {
                        var message = "'style' of \(what) is '\(s)': \(problem.reason)"
                        if let w = suggestion(for: problem.word, among: problem.candidates) { message += " (did you mean '\(w)'?)" }
                        decoder.report(f.value.mark, message)
                    } else {
                        style.style = s
                    }
                }
            default: break
            }
        }
        return style
    }

    static func edge(_ value: DocNode, over base: EdgeStyle, what: String, _ decoder: inout DocumentDecoder) -> EdgeStyle {
        var style = base
        for f in decoder.entries(value, allowed: edgeKeys, what: what) ?? [] {
            switch f.key {
            case "color": if let c = color(f.value, field: f.key, what: what, &decoder) { style.color = c }
            case "line":
                if let l = decoder.nonEmptyString(f.value, field: f.key, what: what) {
                    if lineStyles.contains(l) { style.lineStyle = l } else {
                        decoder.report(f.value.mark, "'line' of \(what) is '\(l)' (expected one of: \(lineStyles.joined(separator: ", ")))")
                    }
                }
            case "arrowhead": if let a = graphvizName(f.value, field: f.key, as: .arrowType, what: what, &decoder) { style.arrowhead = a }
            case "width":
                if case .scalar(let text, false, _) = f.value, let w = DocumentDecoder.number(text), w.isFinite, w > 0 {
                    style.penWidth = w
                } else {
                    decoder.report(f.value.mark, "'width' of \(what) must be a number > 0, found \(f.value.description)")
                }
            default: break
            }
        }
        return style
    }
}
