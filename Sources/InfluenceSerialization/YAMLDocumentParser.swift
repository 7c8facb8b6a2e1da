import Yams

/// Turns YAML text into the common ``DocNode`` tree through Yams (libyaml), keeping marks.
package enum YAMLDocumentParser {
    /// Parses the first YAML document.
    ///
    /// Aliases are expanded, but the expanded tree may hold no more nodes than the text has
    /// bytes (plus a small allowance), so "billion laughs" documents are refused.
    /// - Throws: ``ReadError`` with the line and column libyaml reports.
    package static func parse(_ text: String, byteCount: Int, path: String) throws(ReadError) -> DocNode {
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
        return try convert(root, path: path, depth: 0, budget: &budget)
    }

    private static func mark(_ m: Yams.Mark?) -> Mark {
        Mark(line: m?.line ?? 1, column: m?.column ?? 1)
    }

    private static func convert(_ node: Yams.Node, path: String, depth: Int, budget: inout Int) throws(ReadError) -> DocNode {
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
            return .scalar(scalar.string, quoted: quoted, m)
        case .mapping(let mapping):
            var entries: [DocEntry] = []
            entries.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                guard case .scalar(let k) = key else {
                    let km = mark(key.mark)
                    throw .at(path, Int(km.line), Int(km.column), "a mapping key must be a plain string")
                }
                entries.append(DocEntry(key: k.string, keyMark: mark(key.mark),
                                        value: try convert(value, path: path, depth: depth + 1, budget: &budget)))
            }
            return .mapping(entries, m)
        case .sequence(let sequence):
            var items: [DocNode] = []
            items.reserveCapacity(sequence.count)
            for item in sequence {
                items.append(try convert(item, path: path, depth: depth + 1, budget: &budget))
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
