import Foundation

/// A position in an input file: 1-based line and column (columns count Unicode scalars).
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, as compilers print it.
    public var description: String { "\(path):\(line):\(column)" }
}

/// One problem found in an input, with where it is.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is; `nil` when it concerns the whole file (for example an I/O failure).
    public var location: SourceLocation?
    /// Lowercase, no final period: first what is wrong, then what was expected.
    public var message: String
    /// The file the problem is in.
    public var path: String

    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
        self.path = location.path
    }

    public init(path: String, message: String) {
        self.location = nil
        self.message = message
        self.path = path
    }

    /// `path:line:col: message`, or `path: message` without a position.
    public var description: String {
        if let location { return "\(location): \(message)" }
        return "\(path): \(message)"
    }
}

/// Why an input could not be read. Every case names the file, and the line where there is one.
public enum ReadError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// The input is not a valid network: one diagnostic per problem, in file order
    /// (at most ``ReadError/maxDiagnostics``).
    case invalid([Diagnostic])

    /// How many problems a reader reports before it stops looking.
    public static let maxDiagnostics = 100

    /// The problems, one per line.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .invalid(let d): d
        }
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
    public var errorDescription: String? { description }

    /// One diagnostic at `path:line:column` (package-visible so tests build the errors they expect).
    package static func at(_ path: String, _ line: Int, _ column: Int, _ message: String) -> ReadError {
        .invalid([Diagnostic(location: SourceLocation(path: path, line: line, column: column), message: message)])
    }

    package static func file(_ path: String, _ message: String) -> ReadError {
        .invalid([Diagnostic(path: path, message: message)])
    }
}

/// Why a network could not be written in a format.
public enum WriteError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// The format cannot hold something the network has (for example a space in an
    /// edge-list id).
    case unrepresentable(format: String, reason: String)
    /// The file system refused.
    case io(path: String, reason: String)

    public var description: String {
        switch self {
        case .unrepresentable(let format, let reason): "cannot write \(format): \(reason)"
        case .io(let path, let reason): "\(path): \(reason)"
        }
    }
    public var errorDescription: String? { description }
}

/// The closest candidate to `word` by edit distance, if it is close enough to be a likely typo.
package func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
    let target = Array(word.lowercased().unicodeScalars)
    guard !target.isEmpty, target.count <= 64 else { return nil }
    var best: (String, Int)?
    for candidate in candidates {
        let c = Array(candidate.lowercased().unicodeScalars)
        guard abs(c.count - target.count) <= 3, c.count <= 64 else { continue }
        let d = editDistance(target, c)
        if d <= max(1, min(3, (target.count + 1) / 3)), d < target.count, d < (best?.1 ?? Int.max) { best = (candidate, d) }
    }
    return best?.0
}

/// Optimal string alignment distance (Levenshtein plus adjacent transpositions), O(|a|·|b|).
package func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var before = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0 ... b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1 ... a.count {
        current[0] = i
        for j in 1 ... b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                current[j] = min(current[j], before[j - 2] + 1)
            }
        }
        (before, previous, current) = (previous, current, before)
    }
    return previous[b.count]
}
