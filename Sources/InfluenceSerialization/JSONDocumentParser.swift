/// A strict RFC 8259 JSON parser that keeps line and column of every value.
///
/// Foundation's `JSONSerialization` reports no positions, and the network file's errors must
/// name line and column, so the native JSON form is parsed here. Object members keep their
/// order; duplicate keys are left for the decoder to report.
package struct JSONDocumentParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let path: String
    private var i = 0
    private var line = 1
    private var lineStart = 0

    private init(bytes: UnsafeBufferPointer<UInt8>, path: String) {
        self.bytes = bytes
        self.path = path
    }

    /// Parses one JSON document.
    /// - Throws: ``ReadError`` with the line and column of the first syntax error.
    package static func parse(_ data: [UInt8], path: String) throws(ReadError) -> DocNode {
        let result: Result<DocNode, ReadError> = data.withUnsafeBufferPointer { buffer in
            var parser = JSONDocumentParser(bytes: buffer, path: path)
            do throws(ReadError) {
                parser.skipBOM()
                parser.skipWhitespace()
                let value = try parser.parseValue(depth: 0)
                parser.skipWhitespace()
                if parser.i < buffer.count { throw parser.error("unexpected text after the JSON value") }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Where the last column was counted: counting goes on from there while the parser stays on
    /// that line and moves forward, so marks cost O(size) per line in all, not per value (a
    /// one-line file of a million values was quadratic).
    private final class ColumnCache {
        package var lineStart = -1, offset = 0, column = 1
    }
    private let columns = ColumnCache()

    private var mark: Mark {
        // Columns count Unicode scalars: skip UTF-8 continuation bytes.
        let cache = columns
        if cache.lineStart != lineStart || cache.offset > i {
            cache.lineStart = lineStart
            cache.offset = lineStart
            cache.column = 1
        }
        var column = cache.column
        var k = cache.offset
        while k < i { if bytes[k] & 0xC0 != 0x80 { column += 1 }; k += 1 }
        cache.offset = i
        cache.column = column
        return Mark(line: line, column: column)
    }

    private func error(_ message: String, at mark: Mark? = nil) -> ReadError {
        let m = mark ?? self.mark
        return .at(path, Int(m.line), Int(m.column), message)
    }

    private mutating func skipBOM() {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3; lineStart = 3 }
    }

    private mutating func skipWhitespace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0D: i += 1
            case 0x0A: i += 1; line += 1; lineStart = i
            default: return
            }
        }
    }

    private func describeHere() -> String {
        guard i < bytes.count else { return "end of file" }
        let b = bytes[i]
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        return "byte 0x" + (b < 16 ? "0" : "") + String(b, radix: 16, uppercase: true)
    }

    private mutating func parseValue(depth: Int) throws(ReadError) -> DocNode {
        guard depth < maxNestingDepth else { throw error("nesting deeper than \(maxNestingDepth) levels") }
        guard i < bytes.count else { throw error("unexpected end of file (expected a value)") }
        let start = mark
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1
            var entries: [DocEntry] = []
            skipWhitespace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .mapping(entries, start) }
            while true {
                skipWhitespace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                    throw error("expected a quoted key, found \(describeHere())")
                }
                let keyMark = mark
                let key = try parseString()
                skipWhitespace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
                    throw error("expected ':' after key \"\(key)\", found \(describeHere())")
                }
                i += 1
                skipWhitespace()
                let value = try parseValue(depth: depth + 1)
                entries.append(DocEntry(key: key, keyMark: keyMark, value: value))
                skipWhitespace()
                guard i < bytes.count else { throw error("unexpected end of file (expected ',' or '}')") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return .mapping(entries, start) }
                throw error("expected ',' or '}', found \(describeHere())")
            }
        case UInt8(ascii: "["):
            i += 1
            var items: [DocNode] = []
            skipWhitespace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .sequence(items, start) }
            while true {
                skipWhitespace()
                items.append(try parseValue(depth: depth + 1))
                skipWhitespace()
                guard i < bytes.count else { throw error("unexpected end of file (expected ',' or ']')") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return .sequence(items, start) }
                throw error("expected ',' or ']', found \(describeHere())")
            }
        case UInt8(ascii: "\""):
            return .scalar(try parseString(), quoted: true, start)
        case UInt8(ascii: "t"): return try literal("true", start)
        case UInt8(ascii: "f"): return try literal("false", start)
        case UInt8(ascii: "n"): return try literal("null", start)
        case UInt8(ascii: "-"), UInt8(ascii: "0") ... UInt8(ascii: "9"):
            return .scalar(try parseNumber(), quoted: false, start)
        case UInt8(ascii: "N") where startsWord("NaN"), UInt8(ascii: "I") where startsWord("Infinity"):
            throw error("NaN and Infinity are not JSON (Python's json.dump writes them; numbers here must be finite)")
        default:
            throw error("expected a value, found \(describeHere())")
        }
    }

    private func startsWord(_ word: String) -> Bool {
        let utf8 = Array(word.utf8)
        guard i + utf8.count <= bytes.count else { return false }
        return (0 ..< utf8.count).allSatisfy { bytes[i + $0] == utf8[$0] }
    }

    private mutating func literal(_ word: String, _ start: Mark) throws(ReadError) -> DocNode {
        let utf8 = Array(word.utf8)
        guard i + utf8.count <= bytes.count else { throw error("expected a value, found \(describeHere())") }
        for k in 0 ..< utf8.count where bytes[i + k] != utf8[k] {
            throw error("expected a value, found \(describeHere())")
        }
        i += utf8.count
        return .scalar(word, quoted: false, start)
    }

    private mutating func parseNumber() throws(ReadError) -> String {
        let start = i
        func digit() -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard digit() else { throw error("invalid number (expected a digit)") }
        if bytes[i] == UInt8(ascii: "0") { i += 1 } else { while digit() { i += 1 } }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digit() else { throw error("invalid number (expected a digit after '.')") }
            while digit() { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digit() else { throw error("invalid number (expected a digit in the exponent)") }
            while digit() { i += 1 }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< i]), as: UTF8.self)
    }

    private mutating func parseString() throws(ReadError) -> String {
        i += 1  // opening quote
        let start = i
        // Fast path: no escapes.
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start ..< i])
                guard let s = String(validating: slice, as: UTF8.self) else {
                    throw error("invalid UTF-8 in string")
                }
                i += 1
                return s
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 { throw error("control character in string (write it as an escape such as \\n)") }
            i += 1
        }
        var out = [UInt8](UnsafeBufferPointer(rebasing: bytes[start ..< i]))
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                guard let s = String(validating: out, as: UTF8.self) else { throw error("invalid UTF-8 in string") }
                return s
            }
            if b < 0x20 { throw error("control character in string (write it as an escape such as \\n)") }
            if b != UInt8(ascii: "\\") { out.append(b); i += 1; continue }
            let escapeMark = mark
            i += 1
            guard i < bytes.count else { break }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800 ... 0xDBFF).contains(scalar) {
                    guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                        throw error("unpaired surrogate in \\u escape")
                    }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00 ... 0xDFFF).contains(low) else { throw error("unpaired surrogate in \\u escape") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00 ... 0xDFFF).contains(scalar) {
                    throw error("unpaired surrogate in \\u escape")
                }
                guard let u = Unicode.Scalar(scalar) else { throw error("invalid \\u escape") }
                out.append(contentsOf: Array(String(Character(u)).utf8))
            default:
                throw error("invalid escape '\\\(Character(Unicode.Scalar(e)))' in string (expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)", at: escapeMark)
            }
        }
        throw error("unterminated string (expected a closing '\"')")
    }

    private mutating func hex4() throws(ReadError) -> UInt32 {
        guard i + 4 <= bytes.count else { throw error("invalid \\u escape (expected 4 hex digits)") }
        var value: UInt32 = 0
        for _ in 0 ..< 4 {
            let b = bytes[i]
            let d: UInt8
            switch b {
            case 0x30 ... 0x39: d = b - 0x30
            case 0x41 ... 0x46: d = b - 0x41 + 10
            case 0x61 ... 0x66: d = b - 0x61 + 10
            default: throw error("invalid \\u escape (expected 4 hex digits)")
            }
            value = value * 16 + UInt32(d)
            i += 1
        }
        return value
    }
}
