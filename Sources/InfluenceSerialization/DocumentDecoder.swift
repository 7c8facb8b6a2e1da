import InfluenceGraph

/// What a strict decoder of the document tree keeps: where it reads, what it found wrong.
package struct DecoderState: Sendable {
    package let path: String
    package var diagnostics: [Diagnostic] = []
    package var truncated = 0
    /// Keys suggested for typos in the last mapping read, so a missing required key that was
    /// only misspelt is not reported a second time.
    package var suggestedKeys: Set<String> = []

    package init(path: String) { self.path = path }
}

/// Strict decoding of the document tree (``DocNode``) that the YAML and JSON front ends produce:
/// every problem becomes a diagnostic with the line and column of the offending key or value,
/// unknown keys get a suggestion. Shared by the network file, the style file and the readers whose
/// values carry JSON.
package protocol DocumentDecoding {
    var state: DecoderState { get set }
}

extension DocumentDecoding {
    package var path: String { state.path }
    package var diagnostics: [Diagnostic] { state.diagnostics }
    package var suggestedKeys: Set<String> { state.suggestedKeys }


    package mutating func report(_ mark: Mark, _ message: String) {
        guard diagnostics.count < ReadError.maxDiagnostics else { state.truncated += 1; return }
        state.diagnostics.append(Diagnostic(location: SourceLocation(path: path, line: Int(mark.line), column: Int(mark.column)),
                                      message: message))
    }

    /// The diagnostics, with a last line counting those left out.
    package var allDiagnostics: [Diagnostic] {
        guard state.truncated > 0, let last = diagnostics.last?.location else { return diagnostics }
        return diagnostics + [Diagnostic(location: last, message: "\(state.truncated) more problems not shown")]
    }

    /// The entries of a mapping, after reporting unknown and repeated keys (which are dropped).
    package mutating func entries(_ node: DocNode, allowed: [String], what: String) -> [DocEntry]? {
        guard case .mapping(let entries, _) = node else {
            report(node.mark, "\(what) must be a mapping, found \(node.description)")
            return nil
        }
        var kept: [DocEntry] = []
        kept.reserveCapacity(entries.count)
        var seen: [String: Mark] = [:]
        state.suggestedKeys = []
        for entry in entries {
            guard allowed.contains(entry.key) else {
                var message = "unknown key '\(entry.key)' in \(what)"
                if let s = suggestion(for: entry.key, among: allowed) {
                    message += " (did you mean '\(s)'?)"
                    state.suggestedKeys.insert(s)
                }
                message += " (expected one of: \(allowed.joined(separator: ", ")))"
                report(entry.keyMark, message)
                continue
            }
            if let first = seen[entry.key] {
                report(entry.keyMark, "duplicate key '\(entry.key)' in \(what) (first given at line \(first.line))")
                continue
            }
            seen[entry.key] = entry.keyMark
            kept.append(entry)
        }
        return kept
    }

    /// Any non-null scalar, as text. `nil` (and a diagnostic) for a mapping or a list.
    package mutating func string(_ node: DocNode, field: String, what: String) -> String? {
        guard case .scalar(let text, _, _) = node, !node.isNull else {
            report(node.mark, "'\(field)' of \(what) must be a string, found \(node.description)")
            return nil
        }
        return text
    }

    /// Like ``string(_:field:what:)`` but `null` means absent and no diagnostic.
    package mutating func optionalString(_ node: DocNode, field: String, what: String) -> String? {
        node.isNull ? nil : string(node, field: field, what: what)
    }

    package mutating func nonEmptyString(_ node: DocNode, field: String, what: String) -> String? {
        guard let s = string(node, field: field, what: what) else { return nil }
        if s.isEmpty { report(node.mark, "'\(field)' of \(what) is empty (expected a non-empty string)"); return nil }
        return s
    }

    package mutating func bool(_ node: DocNode, field: String, what: String) -> Bool? {
        if case .scalar(let text, false, _) = node {
            switch text {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        report(node.mark, "'\(field)' of \(what) must be true or false, found \(node.description)")
        return nil
    }

    package mutating func date(_ node: DocNode, field: String, what: String) -> InfluenceDate? {
        if case .scalar(let text, _, _) = node, !node.isNull {
            if let d = InfluenceDate(text) { return d }
            report(node.mark, "invalid date '\(text)' in '\(field)' of \(what) (expected YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date)")
            return nil
        }
        report(node.mark, "'\(field)' of \(what) must be a date, found \(node.description) (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        return nil
    }

    package mutating func optionalDate(_ node: DocNode, field: String, what: String) -> InfluenceDate? {
        node.isNull ? nil : date(node, field: field, what: what)
    }

    package mutating func choice<T: RawRepresentable & CaseIterable>(_ node: DocNode, field: String, what: String) -> T? where T.RawValue == String {
        let allowed = T.allCases.map(\.rawValue)
        if case .scalar(let text, _, _) = node, let value = T(rawValue: text) { return value }
        report(node.mark, "'\(field)' of \(what) must be one of \(allowed.joined(separator: ", ")), found \(node.description)")
        return nil
    }

    /// An unquoted number in YAML 1.2 core syntax (`27`, `-3.5`, `1e6`, `.5`): the one grammar
    /// and exact parser every reader uses, ``NumberSyntax/parseNumber(_:)``.
    package static func number(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { NumberSyntax.parseNumber($0) }
    }

    package mutating func namedMapping(_ node: DocNode, section: String) -> [DocEntry] {
        if node.isNull { return [] }
        guard case .mapping(let entries, _) = node else {
            report(node.mark, "'\(section)' must be a mapping from names to entries, found \(node.description)")
            return []
        }
        var seen: [String: Mark] = [:]
        var kept: [DocEntry] = []
        for entry in entries {
            if entry.key.isEmpty { report(entry.keyMark, "empty name in '\(section)' (expected a non-empty key)"); continue }
            if let first = seen[entry.key] {
                report(entry.keyMark, "duplicate key '\(entry.key)' in '\(section)' (first given at line \(first.line))")
                continue
            }
            seen[entry.key] = entry.keyMark
            kept.append(entry)
        }
        return kept
    }

}

/// A decoder with nothing but the shared rules (the style file uses it).
package struct DocumentDecoder: DocumentDecoding {
    package var state: DecoderState
    package init(path: String) { state = DecoderState(path: path) }
}
