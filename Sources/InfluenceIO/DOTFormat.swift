import Foundation
import InfluenceGraph
import InfluenceSerialization
import InfluenceGraphviz
import OrderedCollections

/// Reads Graphviz DOT files through Graphviz's own parser, and writes networks as data DOT.
///
/// **Reading** (`agmemread`, behind `Graphviz`'s gate): `digraph` is directed, `graph`
/// undirected; every node and edge Graphviz reads becomes one of ours, with parallel edges kept
/// (unless the graph is `strict`), nodes and edges in the order the file creates them. Attributes map as follows; any other attribute is kept as a typed
/// attribute (`true`/`false` → bool, a number → number, `YYYY-MM` or `YYYY-MM-DD` → date, else
/// string), as NetworkX's `read_dot` keeps them (as strings):
///
/// | DOT | influence |
/// |---|---|
/// | graph `label`, `comment` | title, description |
/// | node `label` (not `\N`), `kind`, `since`, `until` | label, kind, validity |
/// | node `aliases` (a JSON array of strings, as written here) | aliases |
/// | edge `relation` (default `edge`), `weight`, `id`, `since`, `until` | relation, weight, id, validity |
///
/// Graphviz keeps attributes in the order they are first declared in the file, not per node, and
/// values are text: a year-only date (`2023`) reads back as a number. HTML-like labels are kept
/// as their markup text. Graphviz's own messages become the error
/// (`FILE:LINE:1: …` when Graphviz names a line).
///
/// **Writing** gives *data* DOT (no styling; `influence render --format dot` writes the styled
/// diagram): the fields above, and each single-valued attribute as a DOT attribute of the same
/// name. Dated attribute series, evidence, and the sources, kinds and relations tables have no
/// place in DOT and are left out with one warning line.
///
/// Limits: a line of at most 1 MiB; no NUL byte (Graphviz would stop reading there); UTF-8.
public enum DOTFormat {
    /// Longest line accepted, in bytes.
    public static let maxLineLength = 1 << 20

    /// Names with a meaning of their own on nodes, which an attribute of the same name cannot use.
    static let nodeFields: Set<String> = ["label", "kind", "since", "until", "aliases"]
    /// Likewise on edges (`key` is cgraph's name for parallel edges).
    static let edgeFields: Set<String> = ["relation", "weight", "id", "since", "until", "key"]

    /// Parses DOT text.
    ///
    /// - Throws: `ReadError` naming the file and, where it can, the line.
    /// - Complexity: O(size of the input) (Graphviz's parser), plus O(*n* + *m*) to map.
    public static func read(_ data: [UInt8], path: String) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        try check(data, path: path)
        var latin1 = false
        let text: String
        if let utf8 = String(validating: data, as: UTF8.self) {
            text = utf8
        } else if declaresLatin1(data) {
            // Graphviz honours charset=latin1 (ISO-8859-1): every byte is the code point of that value.
            text = String(String.UnicodeScalarView(data.map { Unicode.Scalar($0) }))
            latin1 = true
        } else {
            throw NetworkReader.invalidUTF8(data, path: path)
        }
        let graph: DOTGraph
        do {
            graph = try Graphviz.read(text)
        } catch {
            throw parseError(error, path: path)
        }
        var result = try network(graph, path: path)
        if latin1 {
            result.warnings.insert(Diagnostic(path: path, message: "warning: the file is not UTF-8 and declares charset=latin1: read as ISO-8859-1, as Graphviz reads it"), at: 0)
        }
        return result
    }

    /// Whether the text declares Graphviz's Latin-1 charset (`charset=latin1`, `"latin-1"`,
    /// `"ISO-8859-1"`, … — the names Graphviz accepts), in the ASCII bytes of the file.
    static func declaresLatin1(_ data: [UInt8]) -> Bool {
        let text = String(decoding: data.map { $0 < 0x80 ? $0 : UInt8(ascii: " ") }, as: UTF8.self).lowercased()
        let names = ["latin1", "latin-1", "l1", "iso-8859-1", "iso_8859-1", "iso8859-1", "iso-ir-100"]
        var rest = Substring(text)
        while let r = rest.range(of: "charset") {
            var after = rest[r.upperBound...].drop { $0 == " " || $0 == "\t" }
            guard after.first == "=" else { rest = rest[r.upperBound...]; continue }
            after = after.dropFirst().drop { $0 == " " || $0 == "\t" || $0 == "\"" }
            let value = after.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            if names.contains(String(value)) { return true }
            rest = rest[r.upperBound...]
        }
        return false
    }

    /// Refuses what Graphviz must not be given: nothing, NUL bytes (a C string ends there), lines
    /// over the limit.
    static func check(_ data: [UInt8], path: String) throws(ReadError) {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .at(path, 1, 1, "the file is empty (expected a DOT graph: 'digraph { … }' or 'graph { … }')")
        }
        var line = 1, lineStart = 0
        for (i, b) in data.enumerated() {
            if b == 0 {
                let column = data[lineStart ..< i].lazy.filter { $0 & 0xC0 != 0x80 }.count + 1
                throw .at(path, line, column, "NUL byte (a DOT file is text; is this a binary file?)")
            }
            if b == 0x0A {
                if i - lineStart > maxLineLength {
                    throw .at(path, line, 1, "line is longer than \(maxLineLength) bytes (the limit for one line)")
                }
                line += 1
                lineStart = i + 1
            }
        }
        if data.count - lineStart > maxLineLength {
            throw .at(path, line, 1, "line is longer than \(maxLineLength) bytes (the limit for one line)")
        }
    }

    /// Graphviz's parse messages as our error: `FILE:LINE:1: DOT syntax error …` when a message
    /// names a line ("syntax error in line 3 near 'x'"), else the messages with the file name.
    static func parseError(_ error: GraphvizError, path: String) -> ReadError {
        guard case .parseFailed(let messages) = error else { return .file(path, "\(error)") }
        let text = messages.map { $0.trimmingPrefix("Error: ").trimmingPrefix("Warning: ") }
            .map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
            .joined(separator: "; ")
        if let range = text.range(of: "in line "),
           let line = Int(text[range.upperBound...].prefix(while: { $0.isNumber })) {
            return .at(path, line, 1, "DOT syntax error (Graphviz: \(text))")
        }
        return .file(path, text.isEmpty ? "not a DOT graph (Graphviz could not read it)" : "DOT error (Graphviz: \(text))")
    }

    static func network(_ graph: DOTGraph, path: String) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        var net = Network(directed: graph.directed)
        for a in graph.graphAttributes {
            if a.name == "label" { net.title = plain(a.value) }
            if a.name == "comment" { net.description = plain(a.value) }
        }
        var seen = Set<String>()
        for n in graph.nodes {
            let what = "node '\(n.id)'"
            guard !n.id.isEmpty else { throw .file(path, "a node has an empty name (expected a non-empty id)") }
            guard seen.insert(n.id).inserted else { throw .file(path, "duplicate \(what)") }
            var node = Node(id: n.id)
            for a in n.attributes {
                let value = plain(a.value)
                switch a.name {
                case "label": if value != "\\N" && value != n.id { node.label = value }
                case "kind": node.kind = value.isEmpty ? nil : value
                case "since": node.validity.since = try date(value, field: "since", what: what, path: path)
                case "until": node.validity.until = try date(value, field: "until", what: what, path: path)
                case "aliases": node.aliases = try aliases(value, what: what, path: path)
                default: node.attributes[a.name] = Attribute(NetworkDecoder.inferredValue(value, quoted: false))
                }
            }
            try checkInterval(node.validity, what: what, path: path)
            net.nodes.append(node)
        }
        for (k, e) in graph.edges.enumerated() {
            let what = "edge \(k + 1) ('\(e.from)' \(graph.directed ? "->" : "--") '\(e.to)')"
            var edge = Edge(from: e.from, to: e.to, relation: Edge.defaultRelation)
            for a in e.attributes {
                let value = plain(a.value)
                switch a.name {
                case "relation": if !value.isEmpty { edge.relation = value }
                case "weight":
                    guard let w = NetworkDecoder.number(value), w.isFinite else {
                        throw .file(path, "\(what): weight '\(value.prefix(40))' is not allowed (expected a finite number)")
                    }
                    edge.weight = w
                case "id": edge.id = value.isEmpty ? nil : value
                case "since": edge.validity.since = try date(value, field: "since", what: what, path: path)
                case "until": edge.validity.until = try date(value, field: "until", what: what, path: path)
                case "key": break
                default: edge.attributes[a.name] = Attribute(NetworkDecoder.inferredValue(value, quoted: false))
                }
            }
            try checkInterval(edge.validity, what: what, path: path)
            net.edges.append(edge)
        }
        do {
            try net.validate()
        } catch {
            throw .file(path, "\(error)")
        }
        return (net, [])
    }

    static func plain(_ value: DOTValue) -> String {
        switch value {
        case .text(let t): t
        case .html(let h): h
        }
    }

    static func date(_ text: String, field: String, what: String, path: String) throws(ReadError) -> InfluenceDate? {
        if text.isEmpty { return nil }
        guard let d = InfluenceDate(text) else {
            throw .file(path, "\(what): '\(field)' value '\(text.prefix(40))' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        return d
    }

    static func checkInterval(_ v: Validity, what: String, path: String) throws(ReadError) {
        if !v.isWellFormed { throw .file(path, "\(what) has 'until' not after 'since' (the interval is empty)") }
    }

    /// A JSON array of strings (as written here), or one alias.
    static func aliases(_ text: String, what: String, path: String) throws(ReadError) -> [String] {
        guard text.hasPrefix("[") else { return text.isEmpty ? [] : [text] }
        guard let root = try? JSONDocumentParser.parse(Array(text.utf8), path: path),
              case .sequence(let items, _) = root else {
            throw .file(path, "\(what): 'aliases' is not a JSON array of strings")
        }
        var result: [String] = []
        for item in items {
            guard case .scalar(let s, _, _) = item else { throw .file(path, "\(what): 'aliases' is not a JSON array of strings") }
            result.append(s)
        }
        return result
    }

    /// The network as data DOT (see the type's note), with one warning line for what DOT cannot hold.
    ///
    /// - Throws: `WriteError.unrepresentable(format:reason:)` for an id DOT cannot spell (a line
    ///   break, or a backslash before the closing quote) or a value ending in a backslash.
    public static func write(_ network: Network) throws(WriteError) -> (bytes: [UInt8], warnings: [String]) {
        var graph = DOTGraph(name: "influence", directed: network.directed)
        if let t = network.title { graph.graphAttributes.append(DOTAttribute("label", t)) }
        if let d = network.description { graph.graphAttributes.append(DOTAttribute("comment", d)) }
        var lost: OrderedSet<String> = []
        func checkID(_ id: String) throws(WriteError) {
            if id.contains("\n") || id.contains("\r") || id.hasSuffix("\\") {
                throw .unrepresentable(format: "DOT", reason: "id '\(id)' has a line break or ends with a backslash, which DOT cannot spell")
            }
        }
        func text(_ value: AttributeValue) -> String {
            switch value {
            case .string(let s): s
            default: value.description
            }
        }
        func append(_ attributes: Attributes, reserved: Set<String>, to list: inout [DOTAttribute]) throws(WriteError) {
            for (name, attribute) in attributes {
                if reserved.contains(name) { lost.append("attributes named like DOT fields (\(name))"); continue }
                guard attribute.values.count == 1, attribute.values[0].validity.isAlways else {
                    lost.append("dated attribute values"); continue
                }
                let value = text(attribute.values[0].value)
                if value.hasSuffix("\\") {
                    throw .unrepresentable(format: "DOT", reason: "attribute '\(name)' value ends with a backslash, which DOT cannot spell")
                }
                list.append(DOTAttribute(name, value))
            }
        }
        for node in network.nodes {
            try checkID(node.id)
            var a: [DOTAttribute] = []
            if let label = node.label { a.append(DOTAttribute("label", label)) }
            if let kind = node.kind { a.append(DOTAttribute("kind", kind)) }
            if !node.aliases.isEmpty {
                a.append(DOTAttribute("aliases", _InteropJSON.aliases(node.aliases)))
            }
            if let s = node.validity.since { a.append(DOTAttribute("since", s.description)) }
            if let u = node.validity.until { a.append(DOTAttribute("until", u.description)) }
            try append(node.attributes, reserved: nodeFields, to: &a)
            if !node.evidence.isEmpty { lost.append("evidence") }
            graph.nodes.append(DOTNode(id: node.id, attributes: a))
        }
        for edge in network.edges {
            var a = [DOTAttribute("relation", edge.relation)]
            if let w = edge.weight { a.append(DOTAttribute("weight", formatNumber(w))) }
            if let id = edge.id { a.append(DOTAttribute("id", id)) }
            if let s = edge.validity.since { a.append(DOTAttribute("since", s.description)) }
            if let u = edge.validity.until { a.append(DOTAttribute("until", u.description)) }
            try append(edge.attributes, reserved: edgeFields, to: &a)
            if !edge.evidence.isEmpty { lost.append("evidence") }
            graph.edges.append(DOTEdge(from: edge.from, to: edge.to, attributes: a))
        }
        if !network.sources.isEmpty { lost.append("the sources table") }
        if !network.kinds.isEmpty || !network.relations.isEmpty { lost.append("the kinds and relations tables") }
        var warnings: [String] = []
        if !lost.isEmpty { warnings.append("DOT cannot hold \(lost.joined(separator: ", ")); they are left out") }
        return (Array(DOTWriter.write(graph).utf8), warnings)
    }
}
