import Yams

/// Turns YAML text into the common ``DocNode`` tree through Yams (libyaml), keeping marks.
package enum YAMLDocumentParser {
    /// Parses the first YAML document.
    ///
    /// Aliases are expanded, but the expanded tree may hold no more nodes than the text has
    /// bytes (plus a small allowance), so "billion laughs" documents are refused.
    /// - Throws: ``ReadError`` with the line and column libyaml reports.
    package static func parse(_ text: String, byteCount: Int, path: String) throws(ReadError) -> DocNode {
        // A byte order mark that starts the file is not content. Yams tells libyaml the encoding,
        // so libyaml does not skip it as it would when detecting one, and counts it as a column:
        // a block mapping on the first line would then be indented by one.
        let text = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        let root: Yams.Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw translate(error, path: path)
        } catch {
            throw .file(path, "cannot parse YAML: \(error)")
        }
        guard let root else { throw .at(path, 1, 1, "the file is empty (expected a network mapping with 'nodes' and 'edges')") }
        var budget = byteCount + 4096
        let bom = LeadingBOM(text)
        return try convert(root, path: path, depth: 0, budget: &budget, bom: bom)
    }

    /// A scalar's string, with the leading U+FEFF Yams drops put back (see ``LeadingBOM``).
    private static func string(_ scalar: Yams.Node.Scalar, _ bom: LeadingBOM?) -> String {
        guard let bom, bom.startsWithBOM(scalar) else { return scalar.string }
        return "\u{FEFF}" + scalar.string
    }

    private static func mark(_ m: Yams.Mark?) -> Mark {
        Mark(line: m?.line ?? 1, column: m?.column ?? 1)
    }

    private static func convert(_ node: Yams.Node, path: String, depth: Int, budget: inout Int,
                                bom: LeadingBOM?) throws(ReadError) -> DocNode {
        budget -= 1
        let m = mark(node.mark)
        guard budget >= 0 else {
            throw .at(path, Int(m.line), Int(m.column), "aliases expand to more nodes than the file has bytes (refused as an alias bomb)")
        }
        guard depth < maxNestingDepth else {
            throw .at(path, Int(m.line), Int(m.column), "nesting deeper than \(maxNestingDepth) levels")
        }
        switch node {
        case .scalar(let scalar):
            let quoted = scalar.style != .plain
            return .scalar(string(scalar, bom), quoted: quoted, m)
        case .mapping(let mapping):
            var entries: [DocEntry] = []
            entries.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                guard case .scalar(let k) = key else {
                    let km = mark(key.mark)
                    throw .at(path, Int(km.line), Int(km.column), "a mapping key must be a plain string")
                }
                entries.append(DocEntry(key: string(k, bom), keyMark: mark(key.mark),
                                        value: try convert(value, path: path, depth: depth + 1, budget: &budget, bom: bom)))
            }
            return .mapping(entries, m)
        case .sequence(let sequence):
            var items: [DocNode] = []
            items.reserveCapacity(sequence.count)
            for item in sequence {
                items.append(try convert(item, path: path, depth: depth + 1, budget: &budget, bom: bom))
            }
            return .sequence(items, m)
        case .alias:
            throw .at(path, Int(m.line), Int(m.column), "unresolved YAML alias")
        }
    }

    private static func translate(_ error: YamlError, path: String) -> ReadError {
        switch error {
        case .scanner(let context, let problem, let m, _),
             .parser(let context, let problem, let m, _),
             .composer(let context, let problem, let m, _):
            var message = "invalid YAML: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line))" }
            return .at(path, m.line, m.column, message)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return .at(path, context.mark.line, context.mark.column, "key \(keys) appears more than once in a mapping (expected each key once; this is the first)")
        case .reader(let problem, let offset, _, _):
            return .file(path, "cannot read YAML: \(problem)" + (offset.map { " at byte \($0)" } ?? ""))
        default:
            return .file(path, "cannot parse YAML: \(error)")
        }
    }
}

/// Puts back the U+FEFF that starts a scalar's value, which Yams drops.
///
/// libyaml keeps it (`"\\uFEFFb"` and a literal U+FEFF both give the bytes EF BB BF 62), but Yams
/// makes every scalar's string with Foundation's `String(bytes:encoding: .utf8)`, which skips a
/// leading byte order mark, so the id `\u{FEFF}b` would read back as `b`. Yams gives no end mark
/// and no raw bytes, so the scalar's source is looked at from its start mark (line and column
/// in Unicode scalars, as libyaml counts them): whether the value it spells starts with U+FEFF.
/// Only texts that can hold such a scalar (with a U+FEFF or the letters `feff` in any case) are
/// looked at, and only while Yams drops the character.
package struct LeadingBOM {
    /// Whether this Yams drops a leading U+FEFF (checked once, so a fixed Yams turns this off).
    package static let yamsDropsIt: Bool = {
        guard let node = try? Yams.compose(yaml: "\"\\uFEFFb\"") else { return false }
        return node.scalar?.string == "b"
    }()

    private let text: [Unicode.Scalar]
    private let lineStarts: [Int]

    package init?(_ source: String) {
        guard Self.mayHold(source), Self.yamsDropsIt else { return nil }
        text = Array(source.unicodeScalars)
        // libyaml's line breaks: CR LF, CR, LF, NEL, LS, PS.
        var starts = [0]
        var i = 0
        while i < text.count {
            if text[i] == "\r", i + 1 < text.count, text[i + 1] == "\n" { i += 1 }
            if Self.isBreak(text[i]) { starts.append(i + 1) }
            i += 1
        }
        lineStarts = starts
    }

    /// Whether the text holds U+FEFF (EF BB BF) or `feff` in any case (an escape `\\uFEFF`).
    package static func mayHold(_ source: String) -> Bool {
        var a: UInt8 = 0, b: UInt8 = 0, c: UInt8 = 0
        for d in source.utf8 {
            if b == 0xEF && c == 0xBB && d == 0xBF { return true }
            if a | 0x20 == 0x66 && b | 0x20 == 0x65 && c | 0x20 == 0x66 && d | 0x20 == 0x66 { return true }
            (a, b, c) = (b, c, d)
        }
        return false
    }

    package static func isBreak(_ c: Unicode.Scalar) -> Bool {
        c == "\n" || c == "\r" || c == "\u{85}" || c == "\u{2028}" || c == "\u{2029}"
    }

    private func at(_ i: Int) -> Unicode.Scalar? { i >= 0 && i < text.count ? text[i] : nil }

    /// The value of `count` hex digits at `i`, if they are all hex digits.
    private func hex(_ i: Int, _ count: Int) -> UInt32? {
        var value: UInt32 = 0
        for k in i ..< i + count {
            guard let c = at(k), c.isASCII, let digit = Character(c).hexDigitValue else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Past blanks, line breaks and comments (between a node's properties and its scalar).
    private func skipSpace(_ i: inout Int) {
        while let c = at(i) {
            if c == " " || c == "\t" || Self.isBreak(c) {
                i += 1
            } else if c == "#" {
                while let d = at(i), !Self.isBreak(d) { i += 1 }
            } else {
                return
            }
        }
    }

    /// Whether the value of `scalar`, as its source spells it, starts with U+FEFF.
    package func startsWithBOM(_ scalar: Yams.Node.Scalar) -> Bool {
        guard let m = scalar.mark, m.line >= 1, m.line <= lineStarts.count, m.column >= 1 else { return false }
        var i = lineStarts[m.line - 1] + m.column - 1
        // An anchor or a tag comes first, and the mark is theirs.
        while let c = at(i), c == "&" || c == "!" {
            while let d = at(i), d != " ", d != "\t", !Self.isBreak(d) { i += 1 }
            skipSpace(&i)
        }
        switch scalar.style {
        case .plain:
            // libyaml skips a U+FEFF at the start of a line before the scalar's mark.
            return at(i) == "\u{FEFF}"
        case .singleQuoted:
            return at(i) == "'" && at(i + 1) == "\u{FEFF}"
        case .doubleQuoted:
            guard at(i) == "\"" else { return false }
            i += 1
            while true {
                if at(i) == "\u{FEFF}" { return true }
                guard at(i) == "\\", let e = at(i + 1) else { return false }
                switch e {
                case "u": return hex(i + 2, 4) == 0xFEFF
                case "U": return hex(i + 2, 8) == 0xFEFF
                case _ where Self.isBreak(e):
                    // An escaped line break: the next line's leading blanks are dropped too.
                    i += 2
                    if e == "\r", at(i) == "\n" { i += 1 }
                    while let c = at(i), c == " " || c == "\t" { i += 1 }
                default: return false
                }
            }
        case .literal, .folded:
            // The header (indicators, a comment), then the first line: with the indentation found
            // from that line, its first character after the spaces is the value's first.
            i += 1
            while let c = at(i), c == "+" || c == "-" || ("1" ... "9").contains(c) {
                if c != "+" && c != "-" { return false }   // an explicit indentation: not looked into
                i += 1
            }
            while let c = at(i), !Self.isBreak(c) { i += 1 }
            if at(i) == "\r", at(i + 1) == "\n" { i += 1 }
            i += 1
            while at(i) == " " { i += 1 }
            return at(i) == "\u{FEFF}"
        default:
            return false
        }
    }
}
