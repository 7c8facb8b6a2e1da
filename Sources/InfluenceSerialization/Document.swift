/// A position in a document, 1-based.
package struct Mark: Sendable, Hashable {
    package var line: Int32
    package var column: Int32
    package init(line: Int, column: Int) {
        self.line = Int32(clamping: line)
        self.column = Int32(clamping: column)
    }
}

/// The common tree that the YAML and JSON front ends produce and the network decoder reads.
///
/// Scalars keep their text and whether they were quoted: an unquoted `27` is a number, a quoted
/// `"27"` a string (JSON strings are quoted, JSON numbers, `true`, `false` and `null` are not).
package indirect enum DocNode: Sendable {
    case scalar(String, quoted: Bool, Mark)
    case mapping([DocEntry], Mark)
    case sequence([DocNode], Mark)

    package var mark: Mark {
        switch self {
        case .scalar(_, _, let m), .mapping(_, let m), .sequence(_, let m): m
        }
    }

    /// True for an unquoted `null`, `~`, `Null`, `NULL` or empty scalar.
    package var isNull: Bool {
        guard case .scalar(let text, let quoted, _) = self, !quoted else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// What kind of value this is, for messages.
    package var description: String {
        switch self {
        case .scalar(let text, let quoted, _):
            if isNull { return "null" }
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            return quoted ? "the string \"\(shown)\"" : "'\(shown)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }
}

package struct DocEntry: Sendable {
    package var key: String
    package var keyMark: Mark
    package var value: DocNode

    package init(key: String, keyMark: Mark, value: DocNode) {
        self.key = key
        self.keyMark = keyMark
        self.value = value
    }
}

/// The deepest nesting any reader accepts; deeper input is refused rather than risking the stack.
package let maxNestingDepth = 256
