import InfluenceGraph

/// Checks and positions of text input shared by every reader: UTF-8, NUL bytes, byte order marks,
/// token limits, line and column of a byte offset.
package enum TextInput {
    /// The longest line, token, string, id or label any interchange reader accepts, in bytes.
    package static let maxTokenLength = 1 << 20

    /// The length of a UTF-8 byte order mark at the start of `data` (3 or 0).
    package static func bomLength(_ data: [UInt8]) -> Int {
        data.count >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF ? 3 : 0
    }

    /// Refuses an input that holds nothing but a BOM and whitespace.
    package static func checkNotEmpty(_ data: [UInt8], path: String, expected: String) throws(ReadError) {
        var i = bomLength(data)
        while i < data.count, data[i] == 0x20 || data[i] == 0x09 || data[i] == 0x0A || data[i] == 0x0D { i += 1 }
        if i == data.count { throw .at(path, 1, 1, "the file is empty (expected \(expected))") }
    }

    /// Refuses invalid UTF-8 and NUL bytes, pointing at the first one. O(size of the input).
    package static func checkText(_ data: [UInt8], path: String) throws(ReadError) {
        if let bad = firstInvalidUTF8(data) {
            let (line, column) = position(of: bad, in: data)
            throw .at(path, line, column, "invalid UTF-8 (the file must be UTF-8 text)")
        }
        if let nul = data.firstIndex(of: 0) {
            let (line, column) = position(of: nul, in: data)
            throw .at(path, line, column, "NUL byte in the file (expected text; is this a binary file?)")
        }
    }

    /// The offset of the first byte that does not start a well-formed UTF-8 sequence (overlong
    /// forms, surrogates and sequences cut short by the end of the input included), or `nil`.
    package static func firstInvalidUTF8(_ d: [UInt8]) -> Int? {
        var i = 0
        let n = d.count
        while i < n {
            let b = d[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b {
            case 0xC2 ... 0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xED: length = 3; high = 0x9F
            case 0xE1 ... 0xEF: length = 3
            case 0xF0: length = 4; low = 0x90
            case 0xF4: length = 4; high = 0x8F
            case 0xF1 ... 0xF3: length = 4
            default: return i
            }
            guard i + length <= n, d[i + 1] >= low, d[i + 1] <= high else { return i }
            for k in 2 ..< length where d[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }

    /// 1-based line and column (in Unicode scalars) of a byte offset. O(offset); for errors only.
    package static func position(of offset: Int, in data: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for k in 0 ..< min(offset, data.count) {
            if data[k] == 0x0A { line += 1; column = 1 } else if data[k] & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    package static func tooLong(_ what: String, limitFor: String) -> String {
        "\(what) is longer than \(maxTokenLength) bytes (the limit for \(limitFor))"
    }

    package static func warning(_ path: String, _ mark: Mark, _ message: String) -> Diagnostic {
        Diagnostic(location: SourceLocation(path: path, line: Int(mark.line), column: Int(mark.column)), message: "warning: " + message)
    }
}

/// Line and column of a moving byte offset, kept incrementally so that positions cost
/// O(1) amortised even on a file that is one long line.
package struct LineTracker {
    package private(set) var line = 1
    private var lineStart = 0
    private var cacheOffset = 0
    private var cacheColumn = 1

    package init(start: Int = 0) {
        lineStart = start
        cacheOffset = start
    }

    /// Records the newline at byte `i`.
    package mutating func newline(at i: Int) {
        line += 1
        lineStart = i + 1
        cacheOffset = lineStart
        cacheColumn = 1
    }

    /// The column of byte `i` (on the current line, at or after the previous query).
    package mutating func column(at i: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if i < cacheOffset { cacheOffset = lineStart; cacheColumn = 1 }
        var k = cacheOffset, c = cacheColumn
        while k < i { if bytes[k] & 0xC0 != 0x80 { c += 1 }; k += 1 }
        cacheOffset = i
        cacheColumn = c
        return c
    }

    package mutating func mark(at i: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Mark {
        Mark(line: line, column: column(at: i, bytes))
    }
}

