import InfluenceGraph
import InfluenceIO
import Testing

/// Removes the `1️⃣` marker from a test input and returns where it stood (1-based line and
/// column in Unicode scalars), as swift-format's `MarkedText` does.
func marked(_ text: String) -> (text: String, line: Int, column: Int) {
    var line = 1, column = 1
    var result = ""
    var found: (Int, Int)?
    let marker: Character = "1️⃣"
    for ch in text {
        if ch == marker { found = (line, column); continue }
        result.append(ch)
        if ch == "\n" { line += 1; column = 1 } else { column += ch.unicodeScalars.count }
    }
    precondition(found != nil, "test input has no 1️⃣ marker")
    return (result, found!.0, found!.1)
}

/// Reads `text` and expects exactly one diagnostic at the marker whose message contains `message`.
func expectOneError(_ markedText: String, format: NetworkFormat = .yaml, _ message: String,
                    sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let (text, line, column) = marked(markedText)
    do {
        _ = try NetworkReader.read(Array(text.utf8), path: "t.\(format.rawValue)", format: format)
        Issue.record("expected an error containing \"\(message)\"", sourceLocation: sourceLocation)
    } catch {
        let d = error.diagnostics
        #expect(d.count == 1, "\(d)", sourceLocation: sourceLocation)
        guard let first = d.first else { return }
        #expect(first.location == InfluenceIO.SourceLocation(path: "t.\(format.rawValue)", line: line, column: column),
                "\(first)", sourceLocation: sourceLocation)
        #expect(first.message.contains(message), "\(first.message)", sourceLocation: sourceLocation)
        #expect(first.description.hasPrefix("t.\(format.rawValue):\(line):\(column): "), sourceLocation: sourceLocation)
    }
}

func read(_ text: String, format: NetworkFormat = .yaml) throws(ReadError) -> Network {
    try NetworkReader.read(Array(text.utf8), path: "t", format: format)
}

func string(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
