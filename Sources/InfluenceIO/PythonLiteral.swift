import InfluenceGraph
import InfluenceSerialization

/// The Python dict literals NetworkX writes after an edge (`str(data)`, Python's `repr` of a dict):
/// `{'weight': 4, 'relation': 'x'}`, `{}`.
///
/// Strict: the grammar is what `repr` writes, a subset of what Python's `ast.literal_eval` reads
/// (the reader NetworkX uses, <https://docs.python.org/3/library/ast.html#ast.literal_eval>):
/// - keys are string literals; duplicate keys are an error (Python would keep the last);
/// - values are string literals, integers, floats, `True`, `False`, `None`, and the spellings
///   `inf`, `-inf`, `nan` that `repr` writes for non-finite floats (which `literal_eval`
///   itself refuses);
/// - a string literal is `'…'` or `"…"` with the escapes of the Python reference
///   (<https://docs.python.org/3/reference/lexical_analysis.html#escape-sequences>):
///   `\\ \' \" \a \b \f \n \r \t \v`, `\ooo` (octal), `\xhh`, `\uXXXX`, `\UXXXXXXXX`, and a
///   backslash before a newline is not allowed on one line; `\N{…}` names and unknown escapes
///   are errors;
/// - commas between entries, one trailing comma allowed, spaces and tabs anywhere between tokens.
///
/// Anything else (lists, tuples, sets, nested dicts, calls such as `datetime.date(…)`, bytes)
/// is an error naming its column.
enum PythonLiteral {
    /// One value of a dict literal.
    enum Value: Equatable {
        case string(String)
        /// An `int` or a `float` (integers beyond 2⁵³ rounded), with its text as written.
        case number(Double, text: String)
        case bool(Bool)
        case none
    }

    /// One `key: value` entry, with the byte offsets where the key and the value start.
    struct Entry {
        var key: String
        var keyOffset: Int
        var value: Value
        var valueOffset: Int
    }

    /// A problem at a byte offset.
    struct Failure: Error {
        var offset: Int
        var message: String
    }

    /// Parses the dict literal whose `{` is at `start`, not reading past `end`.
    /// - Returns: The entries in order and the offset just past the closing `}`.
    static func parseDict(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Result<(entries: [Entry], end: Int), Failure> {
        var p = Parser(b: b, i: start, end: end)
        do throws(Failure) { return .success(try p.dict()) } catch { return .failure(error) }
    }

    /// The ``Value`` as an attribute value: strings as the other readers read them (a
    /// `YYYY-MM` or `YYYY-MM-DD` string is a date), finite numbers, booleans; `nil` for `None`
    /// and the non-finite numbers, which influence cannot hold.
    static func attributeValue(_ v: Value) -> AttributeValue? {
        switch v {
        case .string(let s): NetworkDecoder.inferredValue(s, quoted: true)
        case .number(let x, _): x.isFinite ? .number(x) : nil
        case .bool(let x): .bool(x)
        case .none: nil
        }
    }

    private struct Parser {
        let b: UnsafeBufferPointer<UInt8>
        var i: Int
        let end: Int

        func fail(_ at: Int, _ message: String) -> Failure { Failure(offset: at, message: message) }

        func describe(_ k: Int) -> String {
            guard k < end else { return "the end of the line" }
            let c = b[k]
            if c >= 0x21 && c < 0x7F { return "'\(Character(Unicode.Scalar(c)))'" }
            if c == 0x20 || c == 0x09 { return "a space" }
            return c < 0x80 ? "byte 0x\(String(c, radix: 16, uppercase: true))" : "a non-ASCII character"
        }

        mutating func blanks() { while i < end, b[i] == 0x20 || b[i] == 0x09 { i += 1 } }

        mutating func dict() throws(Failure) -> (entries: [Entry], end: Int) {
            let open = i
            i += 1
            var entries: [Entry] = []
            var seen: [String: Int] = [:]
            blanks()
            while true {
                guard i < end else {
                    throw fail(open, "unterminated data dict: the '{' opened here has no closing '}' on this line")
                }
                if b[i] == UInt8(ascii: "}") { i += 1; return (entries, i) }
                let keyOffset = i
                guard b[i] == UInt8(ascii: "'") || b[i] == UInt8(ascii: "\"") else {
                    throw fail(i, "expected a quoted key such as 'weight' in the data dict, found \(describe(i))")
                }
                let key = try string()
                if seen[key] != nil {
                    throw fail(keyOffset, "duplicate key '\(key.prefix(40))' in the data dict")
                }
                seen[key] = keyOffset
                blanks()
                guard i < end, b[i] == UInt8(ascii: ":") else {
                    throw fail(i, "expected ':' after the key '\(key.prefix(40))', found \(describe(i))")
                }
                i += 1
                blanks()
                let valueOffset = i
                let value = try self.value()
                entries.append(Entry(key: key, keyOffset: keyOffset, value: value, valueOffset: valueOffset))
                blanks()
                guard i < end else { continue }  // reported as unterminated above
                if b[i] == UInt8(ascii: ",") { i += 1; blanks(); continue }
                if b[i] == UInt8(ascii: "}") { continue }
                throw fail(i, "expected ',' or '}' after the value of '\(key.prefix(40))', found \(describe(i))")
            }
        }

        mutating func value() throws(Failure) -> Value {
            guard i < end else { throw fail(i, "expected a value, found the end of the line") }
            let c = b[i]
            if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") { return .string(try string()) }
            let s = i
            while i < end, !(b[i] == 0x20 || b[i] == 0x09 || b[i] == UInt8(ascii: ",") || b[i] == UInt8(ascii: "}")) { i += 1 }
            let word = String(decoding: UnsafeBufferPointer(rebasing: b[s ..< i]), as: UTF8.self)
            switch word {
            case "True": return .bool(true)
            case "False": return .bool(false)
            case "None": return .none
            case "inf", "+inf": return .number(.infinity, text: word)
            case "-inf": return .number(-.infinity, text: word)
            case "nan", "+nan", "-nan": return .number(.nan, text: word)
            default: break
            }
            let isNumberByte: (UInt8) -> Bool = { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e")
                || $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
            if !word.isEmpty, word.utf8.allSatisfy(isNumberByte), let x = NumberSyntax.parseNumber(UnsafeBufferPointer(rebasing: b[s ..< i])) {
                return .number(x, text: word)
            }
            let shown = word.isEmpty ? describe(s) : "'\(word.prefix(40))'"
            throw fail(s, "unsupported value \(shown) in the data dict (expected a quoted string, a number, True, False or None)")
        }

        func hex(_ from: Int, _ count: Int) -> UInt32? {
            guard from + count <= end else { return nil }
            var v: UInt32 = 0
            for k in from ..< from + count {
                let c = b[k] | 0x20
                let d: UInt32
                if c >= 0x30 && c <= 0x39 { d = UInt32(c - 0x30) } else if c >= 0x61 && c <= 0x66 { d = UInt32(c - 0x61 + 10) } else { return nil }
                v = v * 16 + d
            }
            return v
        }

        /// A string literal starting at the quote at `i`.
        mutating func string() throws(Failure) -> String {
            let open = i
            let quote = b[i]
            i += 1
            var out: [UInt8] = []
            while true {
                guard i < end else {
                    throw fail(open, "unterminated string: the \(quote == UInt8(ascii: "'") ? "'" : "\"") opened here is not closed on this line")
                }
                let c = b[i]
                if c == quote { i += 1; break }
                guard c == UInt8(ascii: "\\") else { out.append(c); i += 1; continue }
                let at = i
                guard i + 1 < end else { throw fail(at, "a backslash ends the line inside a string") }
                let e = b[i + 1]
                i += 2
                var scalar: UInt32?
                switch e {
                case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""): out.append(e); continue
                case UInt8(ascii: "a"): scalar = 7
                case UInt8(ascii: "b"): scalar = 8
                case UInt8(ascii: "f"): scalar = 12
                case UInt8(ascii: "n"): scalar = 10
                case UInt8(ascii: "r"): scalar = 13
                case UInt8(ascii: "t"): scalar = 9
                case UInt8(ascii: "v"): scalar = 11
                case UInt8(ascii: "0") ... UInt8(ascii: "7"):
                    var v = UInt32(e - 0x30)
                    var n = 1
                    while n < 3, i < end, b[i] >= 0x30, b[i] <= 0x37 { v = v * 8 + UInt32(b[i] - 0x30); i += 1; n += 1 }
                    scalar = v
                case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                    let n = e == UInt8(ascii: "x") ? 2 : e == UInt8(ascii: "u") ? 4 : 8
                    guard let v = hex(i, n) else {
                        throw fail(at, "escape \\\(Character(Unicode.Scalar(e))) needs \(n) hexadecimal digits")
                    }
                    i += n
                    scalar = v
                default:
                    let shown = e >= 0x21 && e < 0x7F ? "\\\(Character(Unicode.Scalar(e)))" : "a backslash before \(describe(i - 1))"
                    throw fail(at, "unsupported escape \(shown) in a string (expected \\\\, \\', \\\", \\n, \\t, \\r, \\xhh, \\uXXXX or \\UXXXXXXXX)")
                }
                guard let v = scalar, let u = Unicode.Scalar(v) else {
                    throw fail(at, "escape does not name a Unicode character (a surrogate or a value above U+10FFFF)")
                }
                out.append(contentsOf: String(Character(u)).utf8)
            }
            guard let s = String(validating: out, as: UTF8.self) else { throw fail(open, "invalid UTF-8 in a string") }
            return s
        }
    }
}

/// An edge's data dict as influence holds it (shared by the NetworkX edge-list and
/// multiline-adjacency-list readers).
struct PythonEdgeData {
    /// `weight`: a finite number.
    var weight: Double?
    /// `relation`, else `label`, when it is a non-empty string.
    var relation: String?
    /// Every other key, in order.
    var attributes = Attributes()
    /// Keys whose value influence cannot hold (`None`, `inf`, `nan`), with the offset of the value.
    var dropped: [(key: String, offset: Int)] = []

    /// The data of `entries`; a failure for a `weight` that is not a finite number.
    static func from(_ entries: [PythonLiteral.Entry]) -> Result<PythonEdgeData, PythonLiteral.Failure> {
        var data = PythonEdgeData()
        let relationKey: String? = entries.contains { if $0.key == "relation", case .string(let s) = $0.value, !s.isEmpty { true } else { false } }
            ? "relation"
            : entries.contains { if $0.key == "label", case .string(let s) = $0.value, !s.isEmpty { true } else { false } } ? "label" : nil
        for e in entries {
            if e.key == "weight" {
                switch e.value {
                case .number(let w, let text):
                    guard w.isFinite else { return .failure(.init(offset: e.valueOffset, message: "weight \(text) is not a finite number")) }
                    data.weight = w
                case .string(let s):
                    return .failure(.init(offset: e.valueOffset, message: "'weight' must be a number, found the string '\(s.prefix(40))'"))
                case .bool(let x):
                    return .failure(.init(offset: e.valueOffset, message: "'weight' must be a number, found \(x ? "True" : "False")"))
                case .none:
                    return .failure(.init(offset: e.valueOffset, message: "'weight' must be a number, found None"))
                }
                continue
            }
            if e.key == relationKey, case .string(let s) = e.value { data.relation = s; continue }
            if e.key.isEmpty { return .failure(.init(offset: e.keyOffset, message: "empty key in the data dict (expected an attribute name)")) }
            if let v = PythonLiteral.attributeValue(e.value) {
                data.attributes[e.key] = Attribute(v)
            } else {
                data.dropped.append((e.key, e.valueOffset))
            }
        }
        return .success(data)
    }
}

/// Counts the data values a reader leaves out, for one warning.
struct DroppedValues {
    var count = 0
    var keys: [String] = []
    var first: (line: Int, column: Int)?

    mutating func add(_ key: String, line: Int, column: Int) {
        count += 1
        if !keys.contains(key) { keys.append(key) }
        if first == nil { first = (line, column) }
    }

    /// `warning: …` at the first one, or `nil` when nothing was left out.
    func warning(path: String) -> Diagnostic? {
        guard let first else { return nil }
        let what = count == 1 ? "1 value" : "\(count) values"
        return Diagnostic(location: SourceLocation(path: path, line: first.line, column: first.column),
                          message: "warning: \(what) that influence cannot hold (None, inf, nan) left out of the edge data: \(keys.joined(separator: ", ")) (the first is here)")
    }
}
