import InfluenceGraph

/// A value to write, with a layout hint; built from a network, serialised as YAML or JSON.
package indirect enum OutValue {
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
package enum NetworkOutline {
    package static func top(_ network: Network) -> [(String, OutValue)] {
        var result: [(String, OutValue)] = []
        if let t = network.title { result.append(("title", .string(t))) }
        if let d = network.description { result.append(("description", .string(d))) }
        result.append(("directed", .bool(network.directed)))
        return result
    }

    package static func source(_ s: Source) -> OutValue {
        var f: [(String, OutValue)] = []
        if let v = s.title { f.append(("title", .string(v))) }
        if let v = s.author { f.append(("author", .string(v))) }
        if let v = s.publisher { f.append(("publisher", .string(v))) }
        if let v = s.published { f.append(("published", .date(v))) }
        if let v = s.url { f.append(("url", .string(v))) }
        return .map(f, flow: false)
    }

    package static func kind(_ k: KindInfo) -> OutValue {
        var f: [(String, OutValue)] = []
        if let v = k.label { f.append(("label", .string(v))) }
        if let v = k.description { f.append(("description", .string(v))) }
        if let v = k.shape { f.append(("shape", .string(v))) }
        if let v = k.color { f.append(("color", .string(v))) }
        return .map(f, flow: true)
    }

    package static func relation(_ r: RelationSpec) -> OutValue {
        var f: [(String, OutValue)] = []
        if let v = r.label { f.append(("label", .string(v))) }
        if let v = r.description { f.append(("description", .string(v))) }
        if let v = r.gains { f.append(("gains", .string(v.rawValue))) }
        if let v = r.counts { f.append(("counts", .bool(v))) }
        if let v = r.polarity { f.append(("polarity", .string(v.rawValue))) }
        return .map(f, flow: true)
    }

    package static func validity(_ v: Validity, into f: inout [(String, OutValue)]) {
        if let s = v.since { f.append(("since", .date(s))) }
        if let u = v.until { f.append(("until", .date(u))) }
    }

    package static func evidence(_ items: [Evidence], into f: inout [(String, OutValue)]) {
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
    package static func value(_ v: AttributeValue) -> (OutValue, needsType: Bool) {
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

    package static func attribute(_ a: Attribute) -> OutValue {
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

    package static func attributes(_ attributes: Attributes) -> OutValue {
        .map(attributes.map { ($0.key, attribute($0.value)) }, flow: false)
    }

    package static func node(_ n: Node) -> OutValue {
        var f: [(String, OutValue)] = [("id", .string(n.id))]
        if let v = n.label { f.append(("label", .string(v))) }
        if let v = n.kind { f.append(("kind", .string(v))) }
        if !n.aliases.isEmpty { f.append(("aliases", .list(n.aliases.map(OutValue.string), flow: true))) }
        validity(n.validity, into: &f)
        if !n.attributes.isEmpty { f.append(("attributes", attributes(n.attributes))) }
        evidence(n.evidence, into: &f)
        return .map(f, flow: false)
    }

    package static func edge(_ e: Edge) -> OutValue {
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

/// Serialises ``OutValue``s as JSON, compactly (`{"a": 1, "b": [2, 3]}`).
package struct JSONEmitter {
    package var bytes: [UInt8] = []

    package init() {}

    package mutating func write(_ s: String) { bytes.append(contentsOf: s.utf8) }

    package mutating func string(_ s: String) {
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

    package mutating func value(_ v: OutValue) {
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

package func unicodeEscape(_ scalar: UInt32) -> String {
    let hex = String(scalar, radix: 16, uppercase: true)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
}

/// Serialises ``OutValue``s as YAML: block style unless a value asks for flow style.
package struct YAMLEmitter {
    package var bytes: [UInt8] = []

    package init() {}

    package mutating func write(_ s: String) { bytes.append(contentsOf: s.utf8) }
    package mutating func spaces(_ n: Int) { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: n)) }

    /// `key: value` at an indentation, in block style unless the value is a scalar or flow.
    package mutating func entry(_ key: String, _ value: OutValue, indent: Int) {
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
    package mutating func item(_ value: OutValue, indent: Int) {
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

    package mutating func flow(_ value: OutValue) {
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
    package mutating func scalarString(_ s: String) {
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
    package static func isPlainSafe(_ s: String) -> Bool {
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

/// JSON text pieces for the reports, written by ``JSONEmitter``'s rules.
package enum JSONText {
    /// A JSON string literal: `"`, `\`, newline, return and tab escaped by name, other control
    /// characters as `\uXXXX`.
    package static func string(_ s: String) -> String {
        var w = JSONEmitter()
        w.string(s)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    /// A number in shortest round-trip form (integral values without `.0`); `null` for NaN and infinities.
    package static func number(_ x: Double) -> String { x.isFinite ? formatNumber(x) : "null" }
}

/// CSV fields as the reports write them (RFC 4180): quoted when they hold a comma, a quote or a
/// line break, quotes doubled.
package enum CSVText {
    package static func field(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else { return s }
        var out = "\""
        for c in s.unicodeScalars {
            if c == "\"" { out += "\"\"" } else { out.unicodeScalars.append(c) }
        }
        return out + "\""
    }

    /// One CSV line (with its newline).
    package static func row(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\n" }
}
