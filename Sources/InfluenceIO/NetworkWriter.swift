import InfluenceGraph

/// A value to write, with a layout hint; built from a network, serialised as YAML or JSON.
indirect enum OutValue {
    case string(String)
    /// Raw number text (already formatted with ``formatNumber(_:)``).
    case number(String)
    case bool(Bool)
    /// JSON's `null`, YAML's `null` (diff reports only; network files never write it).
    case null
    /// A date: unquoted in YAML, a string in JSON.
    case date(InfluenceDate)
    case map([(String, OutValue)], flow: Bool)
    case list([OutValue], flow: Bool)
}

/// Builds the written form of a network; shared by the YAML and JSON writers so the two
/// always agree on keys, order and typing.
enum NetworkOutline {
    static func top(_ network: Network) -> [(String, OutValue)] {
        var result: [(String, OutValue)] = []
        if let t = network.title { result.append(("title", .string(t))) }
        if let d = network.description { result.append(("description", .string(d))) }
        result.append(("directed", .bool(network.directed)))
        return result
    }

    static func source(_ s: Source) -> OutValue {
        var f: [(String, OutValue)] = []
        if let v = s.title { f.append(("title", .string(v))) }
        if let v = s.author { f.append(("author", .string(v))) }
        if let v = s.publisher { f.append(("publisher", .string(v))) }
        if let v = s.published { f.append(("published", .date(v))) }
        if let v = s.url { f.append(("url", .string(v))) }
        return .map(f, flow: false)
    }

    static func kind(_ k: KindInfo) -> OutValue {
        var f: [(String, OutValue)] = []
        if let v = k.label { f.append(("label", .string(v))) }
        if let v = k.description { f.append(("description", .string(v))) }
        if let v = k.shape { f.append(("shape", .string(v))) }
        if let v = k.color { f.append(("color", .string(v))) }
        return .map(f, flow: true)
    }

    static func relation(_ r: RelationSpec) -> OutValue {
        var f: [(String, OutValue)] = []
        if let v = r.label { f.append(("label", .string(v))) }
        if let v = r.description { f.append(("description", .string(v))) }
        if let v = r.gains { f.append(("gains", .string(v.rawValue))) }
        if let v = r.counts { f.append(("counts", .bool(v))) }
        if let v = r.polarity { f.append(("polarity", .string(v.rawValue))) }
        return .map(f, flow: true)
    }

    static func validity(_ v: Validity, into f: inout [(String, OutValue)]) {
        if let s = v.since { f.append(("since", .date(s))) }
        if let u = v.until { f.append(("until", .date(u))) }
    }

    static func evidence(_ items: [Evidence], into f: inout [(String, OutValue)]) {
        func fields(_ e: Evidence) -> [(String, OutValue)] {
            var g: [(String, OutValue)] = []
            if let v = e.source { g.append(("source", .string(v))) }
            if let v = e.quote { g.append(("quote", .string(v))) }
            if let v = e.confidence { g.append(("confidence", .string(v.rawValue))) }
            return g
        }
        if items.count == 1 {
            f.append(contentsOf: fields(items[0]))
        } else if items.count > 1 {
            f.append(("evidence", .list(items.map { .map(fields($0), flow: false) }, flow: false)))
        }
    }

    /// A value in the shortest form that reads back with the same type.
    static func value(_ v: AttributeValue) -> (OutValue, needsType: Bool) {
        switch v {
        case .string(let s):
            let looksLikeDate = InfluenceDate(s).map { $0.precision != .year } ?? false
            return (.string(s), looksLikeDate)
        case .number(let x): return (.number(formatNumber(x)), false)
        case .bool(let b): return (.bool(b), false)
        case .date(let d):
            return d.precision == .year ? (.number(String(d.year)), true) : (.date(d), false)
        }
    }

    static func attribute(_ a: Attribute) -> OutValue {
        func long(_ dv: DatedValue) -> OutValue {
            let (v, needsType) = value(dv.value)
            var f: [(String, OutValue)] = [("value", v)]
            validity(dv.validity, into: &f)
            if needsType { f.append(("type", .string(dv.value.typeName))) }
            return .map(f, flow: true)
        }
        if a.values.count == 1 {
            let dv = a.values[0]
            let (v, needsType) = value(dv.value)
            if dv.validity.isAlways && !needsType { return v }
            return long(dv)
        }
        return .list(a.values.map(long), flow: true)
    }

    static func attributes(_ attributes: Attributes) -> OutValue {
        .map(attributes.map { ($0.key, attribute($0.value)) }, flow: false)
    }

    static func node(_ n: Node) -> OutValue {
        var f: [(String, OutValue)] = [("id", .string(n.id))]
        if let v = n.label { f.append(("label", .string(v))) }
        if let v = n.kind { f.append(("kind", .string(v))) }
        if !n.aliases.isEmpty { f.append(("aliases", .list(n.aliases.map(OutValue.string), flow: true))) }
        validity(n.validity, into: &f)
        if !n.attributes.isEmpty { f.append(("attributes", attributes(n.attributes))) }
        evidence(n.evidence, into: &f)
        return .map(f, flow: false)
    }

    static func edge(_ e: Edge) -> OutValue {
        var f: [(String, OutValue)] = []
        if let v = e.id { f.append(("id", .string(v))) }
        f.append(("from", .string(e.from)))
        f.append(("to", .string(e.to)))
        f.append(("relation", .string(e.relation)))
        if let w = e.weight { f.append(("weight", .number(formatNumber(w)))) }
        validity(e.validity, into: &f)
        if !e.attributes.isEmpty { f.append(("attributes", attributes(e.attributes))) }
        evidence(e.evidence, into: &f)
        return .map(f, flow: false)
    }
}

/// Writes the native network file. Deterministic: keys in the order of the schema tables,
/// elements in network order, numbers in shortest round-trip form, so the same network always
/// gives the same bytes and YAML → JSON → YAML is the identity on our own output.
public enum NetworkFileWriter {
    /// The network as YAML (block style; short mappings and lists in flow style).
    /// - Complexity: O(size of the output).
    public static func yaml(_ network: Network) -> [UInt8] {
        var w = YAMLEmitter()
        for (k, v) in NetworkOutline.top(network) { w.entry(k, v, indent: 0) }
        if !network.sources.isEmpty {
            w.write("sources:\n")
            for (k, s) in network.sources { w.entry(k, NetworkOutline.source(s), indent: 2) }
        }
        if !network.kinds.isEmpty {
            w.write("kinds:\n")
            for (k, s) in network.kinds { w.entry(k, NetworkOutline.kind(s), indent: 2) }
        }
        if !network.relations.isEmpty {
            w.write("relations:\n")
            for (k, s) in network.relations { w.entry(k, NetworkOutline.relation(s), indent: 2) }
        }
        w.write(network.nodes.isEmpty ? "nodes: []\n" : "nodes:\n")
        for n in network.nodes { w.item(NetworkOutline.node(n), indent: 2) }
        w.write(network.edges.isEmpty ? "edges: []\n" : "edges:\n")
        for e in network.edges { w.item(NetworkOutline.edge(e), indent: 2) }
        return w.bytes
    }

    /// The network as JSON: top-level keys one per line, and each source, kind, relation,
    /// node and edge on a line of its own (compact inside), which keeps large files diffable.
    /// - Complexity: O(size of the output).
    public static func json(_ network: Network) -> [UInt8] {
        var w = JSONEmitter()
        w.write("{\n")
        var first = true
        func key(_ k: String) {
            if !first { w.write(",\n") }
            first = false
            w.write("  "); w.string(k); w.write(": ")
        }
        for (k, v) in NetworkOutline.top(network) { key(k); w.value(v) }
        func section<S: Sequence>(_ name: String, _ items: S, _ body: (S.Element) -> Void) {
            key(name)
            w.write("{")
            var any = false
            for item in items {
                w.write(any ? ",\n    " : "\n    ")
                any = true
                body(item)
            }
            w.write(any ? "\n  }" : "}")
        }
        if !network.sources.isEmpty {
            section("sources", network.sources) { w.string($0.key); w.write(": "); w.value(NetworkOutline.source($0.value)) }
        }
        if !network.kinds.isEmpty {
            section("kinds", network.kinds) { w.string($0.key); w.write(": "); w.value(NetworkOutline.kind($0.value)) }
        }
        if !network.relations.isEmpty {
            section("relations", network.relations) { w.string($0.key); w.write(": "); w.value(NetworkOutline.relation($0.value)) }
        }
        func list<S: Sequence>(_ name: String, _ items: S, _ body: (S.Element) -> OutValue) {
            key(name)
            w.write("[")
            var any = false
            for item in items {
                w.write(any ? ",\n    " : "\n    ")
                any = true
                w.value(body(item))
            }
            w.write(any ? "\n  ]" : "]")
        }
        list("nodes", network.nodes, NetworkOutline.node)
        list("edges", network.edges, NetworkOutline.edge)
        w.write("\n}\n")
        return w.bytes
    }
}

/// Serialises ``OutValue``s as JSON, compactly (`{"a": 1, "b": [2, 3]}`).
struct JSONEmitter {
    var bytes: [UInt8] = []

    mutating func write(_ s: String) { bytes.append(contentsOf: s.utf8) }

    mutating func string(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): write("\\\"")
            case UInt8(ascii: "\\"): write("\\\\")
            case 0x0A: write("\\n")
            case 0x0D: write("\\r")
            case 0x09: write("\\t")
            case 0x00 ..< 0x20, 0x7F: write(unicodeEscape(UInt32(b)))
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func value(_ v: OutValue) {
        switch v {
        case .string(let s): string(s)
        case .number(let s): write(s)
        case .bool(let b): write(b ? "true" : "false")
        case .null: write("null")
        case .date(let d): string(d.description)
        case .map(let fields, _):
            write("{")
            for (i, (k, v)) in fields.enumerated() {
                if i > 0 { write(", ") }
                string(k); write(": "); value(v)
            }
            write("}")
        case .list(let items, _):
            write("[")
            for (i, v) in items.enumerated() {
                if i > 0 { write(", ") }
                value(v)
            }
            write("]")
        }
    }
}

func unicodeEscape(_ scalar: UInt32) -> String {
    let hex = String(scalar, radix: 16, uppercase: true)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
}

/// Serialises ``OutValue``s as YAML: block style unless a value asks for flow style.
struct YAMLEmitter {
    var bytes: [UInt8] = []

    mutating func write(_ s: String) { bytes.append(contentsOf: s.utf8) }
    mutating func spaces(_ n: Int) { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: n)) }

    /// `key: value` at an indentation, in block style unless the value is a scalar or flow.
    mutating func entry(_ key: String, _ value: OutValue, indent: Int) {
        spaces(indent)
        scalarString(key)
        write(":")
        block(value, indent: indent)
    }

    /// The value after `key:` or `- ` has been written.
    private mutating func block(_ value: OutValue, indent: Int) {
        switch value {
        case .map(let fields, false) where !fields.isEmpty:
            write("\n")
            for (k, v) in fields { entry(k, v, indent: indent + 2) }
        case .list(let items, false) where !items.isEmpty:
            write("\n")
            for v in items { item(v, indent: indent + 2) }
        default:
            write(" ")
            flow(value)
            write("\n")
        }
    }

    /// `- value` at an indentation; a block mapping starts on the dash's line.
    mutating func item(_ value: OutValue, indent: Int) {
        spaces(indent)
        write("- ")
        if case .map(let fields, false) = value, !fields.isEmpty {
            for (i, (k, v)) in fields.enumerated() {
                if i > 0 { spaces(indent + 2) }
                scalarString(k)
                write(":")
                block(v, indent: indent + 2)
            }
        } else {
            flow(value)
            write("\n")
        }
    }

    mutating func flow(_ value: OutValue) {
        switch value {
        case .string(let s): scalarString(s)
        case .number(let s): write(s)
        case .bool(let b): write(b ? "true" : "false")
        case .null: write("null")
        case .date(let d): write(d.description)
        case .map(let fields, _):
            write("{")
            for (i, (k, v)) in fields.enumerated() {
                if i > 0 { write(", ") }
                scalarString(k); write(": "); flow(v)
            }
            write("}")
        case .list(let items, _):
            write("[")
            for (i, v) in items.enumerated() {
                if i > 0 { write(", ") }
                flow(v)
            }
            write("]")
        }
    }

    /// A string, unquoted when that reads back as the same string in any YAML 1.1/1.2 reader,
    /// double-quoted otherwise.
    mutating func scalarString(_ s: String) {
        if YAMLEmitter.isPlainSafe(s) {
            write(s)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": write("\\\"")
            case "\\": write("\\\\")
            case "\n": write("\\n")
            case "\r": write("\\r")
            case "\t": write("\\t")
            case "\u{85}", "\u{2028}", "\u{2029}", "\u{FEFF}": write(unicodeEscape(scalar.value))
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80 ..< 0xA0).contains(scalar.value) {
                    write(unicodeEscape(scalar.value))
                } else {
                    bytes.append(contentsOf: String(scalar).utf8)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Conservative: letters, digits and a few inner punctuation marks; nothing a YAML reader
    /// could take for a number, bool, null, date or syntax.
    static func isPlainSafe(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return false }
        if first == " " || last == " " || last == ":" { return false }
        if "-?:,[]{}#&*!|>'\"%@`.+~=<0123456789".unicodeScalars.contains(first) { return false }
        switch s.lowercased() {
        case "null", "true", "false", "yes", "no", "on", "off", "y", "n": return false
        default: break
        }
        var previous: Unicode.Scalar = " "
        for c in s.unicodeScalars {
            if c.value < 0x20 || c.value == 0x7F || (0x80 ..< 0xA0).contains(c.value) { return false }
            switch c {
            case "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{85}": return false
            case "{", "}", "[", "]", ",", "\"", "\\", "`": return false
            case "#" where previous == " ": return false
            case ":": return false
            default: break
            }
            previous = c
        }
        return true
    }
}
