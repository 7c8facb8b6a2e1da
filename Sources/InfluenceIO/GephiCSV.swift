import InfluenceGraph
import InfluenceSerialization
import OrderedCollections

/// Reads and writes Gephi's spreadsheet layout: an edge table and an optional node table, both
/// RFC 4180 CSV.
///
///     Source,Target,Type,Id,Label,Weight,Start,End
///     iran,kh,Directed,e1,backs,2,2003,
///
///     Id,Label,Kind,seats
///     kh,Kata'ib Hezbollah,militia,
///     huquq,"Huquq (Rights) list",list,6
///
/// CSV: fields separated by commas; a field in double quotes may hold commas, newlines and
/// quotes (doubled: `""`); records end with CRLF or LF; a UTF-8 BOM is skipped; blank lines
/// are skipped; every row has as many fields as the header. Header names of the known columns
/// are case-insensitive (`Source`, `source`, `SOURCE`); other names are kept as written.
///
/// ## Mapping (reading)
/// | column | influence |
/// |---|---|
/// | edge `Source`, `Target` | from, to |
/// | edge `Type`: `Directed` or `Undirected` (any case; empty: directed) | `Network.directed` (all rows undirected: undirected; a mix: directed, each Undirected row as two arcs, one each way, with one warning) |
/// | edge `Id`, `Weight` (finite) | id, weight |
/// | edge `Relation`, else `Label` (Gephi's edge label), else `interaction` (Cytoscape's), else `edge` | relation |
/// | node `Id`, `Label`, `Kind` | id, label, kind |
/// | `Start`, `End` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or Gephi's `Interval` holding one interval `<[start, end]>` (`-Infinity`/`Infinity` for an open end) | validity `[since, until)` |
/// | node `Aliases`: JSON list of strings | aliases |
/// | `Evidence`: JSON list of `{source, quote, confidence}` | evidence (each cited key is added to the sources table, without its details) |
/// | `Attributes`: JSON object in the native file's shape | typed, dated attributes |
/// | any other column | an attribute, typed per column (below); an empty cell means absent |
///
/// **Column types.** Over a column's non-empty cells: all finite numbers → number; else all
/// `true`/`false` (any case) → bool; else all `YYYY-MM` or `YYYY-MM-DD` dates → date; else
/// string. A column of years (`2025`) is a number column.
///
/// Without a node table, nodes are the edges' endpoints in order of first appearance. With one,
/// an edge to a node the node table lacks is an error.
///
/// A node table given as the edge table (an `Id` column, no `Source` and `Target`) is read as its
/// nodes without edges, with a warning to give it with the edge table instead (`--nodes`).
///
/// ## Writing
/// Both tables, with the columns above (optional ones only when used). An attribute is a plain
/// column when every undated value of that name has one type that reads back as that type
/// (a string column is plain only if none of its strings reads as a number, bool or date, and
/// none is empty); a node's or edge's attributes go into plain columns while they follow the
/// column order, and from the first that cannot, in order, into the `Attributes` JSON column.
/// The title, description and the sources, kinds and relations tables cannot be held and are left
/// out (cited source keys survive in `Evidence`); one warning line says so.
///
/// ## Limits
/// Rows (and so fields, ids and labels) of at most ``maxRowLength`` bytes; UTF-8 without NUL
/// bytes; every error is `file:line:col`, an unterminated quoted field reported where it opened.
///
/// - Complexity: O(size of the input) to read, O(size of the output) to write.
public enum GephiCSVFormat {
    /// Longest row accepted, in bytes.
    public static let maxRowLength = TextInput.maxTokenLength

    /// Reads an edge table and, optionally, a node table.
    ///
    /// - Parameters:
    ///   - edges: The edge table's bytes; `edgesPath` names it in messages.
    ///   - edgesPath: The edge table's name in messages.
    ///   - nodes: The node table's bytes, or `nil`; `nodesPath` names it in messages.
    ///   - nodesPath: The node table's name in messages.
    /// - Returns: The network, and warnings (`warning: …`).
    /// - Throws: `ReadError` with `file:line:col` for malformed CSV, a missing required column,
    ///   a duplicate node id, an edge to a node missing from the node table, a bad `Type`, a
    ///   weight that is not a finite number, a bad date or interval, or invalid JSON in the
    ///   `Aliases`, `Evidence` or `Attributes` columns.
    public static func read(edges: [UInt8], edgesPath: String, nodes: [UInt8]?, nodesPath: String?) throws(ReadError)
        -> (network: Network, warnings: [Diagnostic]) {
        var reader = GephiCSVReader(edgesPath: edgesPath, nodesPath: nodesPath ?? "nodes.csv")
        return try reader.read(edges: edges, nodes: nodes)
    }

    /// Writes the network as an edge table and a node table.
    ///
    /// - Returns: Both tables (CRLF line ends, as RFC 4180 and Python's `csv` write them), and
    ///   one warning line naming what the tables cannot hold or hold only as JSON text.
    /// - Throws: `WriteError` when an edge names a node the network does not have.
    public static func write(_ network: Network) throws(WriteError) -> (edges: [UInt8], nodes: [UInt8], warnings: [String]) {
        try GephiCSVWriter.write(network)
    }

    static let nodeColumns: Set<String> = ["id", "label", "kind", "start", "end", "interval", "aliases", "evidence", "attributes"]
    static let edgeColumns: Set<String> = ["source", "target", "type", "id", "label", "relation", "weight", "start", "end", "interval", "evidence", "attributes"]

    /// The type a column's non-empty cells are read as.
    enum ColumnType { case number, bool, date, string }

    static func type(of cells: some Sequence<String>) -> ColumnType {
        var number = true, bool = true, date = true, any = false
        for c in cells where !c.isEmpty {
            any = true
            if number, !(NetworkDecoder.number(c)?.isFinite ?? false) { number = false }
            if bool, c.lowercased() != "true" && c.lowercased() != "false" { bool = false }
            if date, !(InfluenceDate(c).map { $0.precision != .year } ?? false) { date = false }
            if !number && !bool && !date { return .string }
        }
        if !any { return .string }
        return number ? .number : bool ? .bool : date ? .date : .string
    }

    static func value(_ cell: String, _ type: ColumnType) -> AttributeValue {
        switch type {
        case .number: .number(NetworkDecoder.number(cell)!)
        case .bool: .bool(cell.lowercased() == "true")
        case .date: .date(InfluenceDate(cell)!)
        case .string: .string(cell)
        }
    }
}

/// One CSV field and where it starts.
struct CSVField {
    var text: String
    var mark: Mark
}

/// An RFC 4180 table: header and rows, positions kept.
struct CSVTable {
    var header: [CSVField] = []
    var rows: [[CSVField]] = []

    static func parse(_ data: [UInt8], path: String) throws(ReadError) -> CSVTable {
        let result: Result<CSVTable, ReadError> = data.withUnsafeBufferPointer { b in
            do throws(ReadError) { return .success(try parse(b, path: path)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    private static func parse(_ b: UnsafeBufferPointer<UInt8>, path: String) throws(ReadError) -> CSVTable {
        let n = b.count
        let bom = n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0
        var i = bom
        var pos = LineTracker(start: bom)
        var rows: [[CSVField]] = []
        func fail(_ m: Mark, _ message: String) -> ReadError { .at(path, Int(m.line), Int(m.column), message) }
        func describe(_ k: Int) -> String {
            let c = b[k]
            return c >= 0x21 && c < 0x7F ? "'\(Character(Unicode.Scalar(c)))'" : "byte 0x" + String(c, radix: 16, uppercase: true)
        }
        while i < n {
            // Blank lines are skipped.
            if b[i] == 0x0A { pos.newline(at: i); i += 1; continue }
            if b[i] == 0x0D, i + 1 < n, b[i + 1] == 0x0A { pos.newline(at: i + 1); i += 2; continue }
            let rowStart = i
            let rowMark = pos.mark(at: i, b)
            var fields: [CSVField] = []
            while true {
                let mark = pos.mark(at: i, b)
                var text: String
                if i < n, b[i] == UInt8(ascii: "\"") {
                    i += 1
                    var bytes: [UInt8] = []
                    while true {
                        guard i < n else {
                            throw fail(mark, "unterminated quoted field: the '\"' opened here has no closing quote (the file ends at line \(pos.line))")
                        }
                        let c = b[i]
                        if c == UInt8(ascii: "\"") {
                            if i + 1 < n, b[i + 1] == UInt8(ascii: "\"") { bytes.append(c); i += 2; continue }
                            i += 1
                            break
                        }
                        if c == 0x0A { pos.newline(at: i) }
                        bytes.append(c)
                        i += 1
                        if i - rowStart > GephiCSVFormat.maxRowLength {
                            throw fail(rowMark, TextInput.tooLong("row", limitFor: "one CSV row"))
                        }
                    }
                    if i < n, b[i] != UInt8(ascii: ","), b[i] != 0x0A, !(b[i] == 0x0D && i + 1 < n && b[i + 1] == 0x0A) {
                        throw fail(pos.mark(at: i, b), "unexpected \(describe(i)) after a closing quote (expected ',' or the end of the row; a quote inside a quoted field is written \"\")")
                    }
                    text = String(decoding: bytes, as: UTF8.self)
                } else {
                    let s = i
                    while i < n, b[i] != UInt8(ascii: ","), b[i] != 0x0A, !(b[i] == 0x0D && i + 1 < n && b[i + 1] == 0x0A) {
                        if b[i] == UInt8(ascii: "\"") {
                            throw fail(pos.mark(at: i, b), "quote inside an unquoted field (quote the whole field and double the quote: \"a \"\"b\"\"\")")
                        }
                        i += 1
                    }
                    text = String(decoding: UnsafeBufferPointer(rebasing: b[s ..< i]), as: UTF8.self)
                }
                if i - rowStart > GephiCSVFormat.maxRowLength {
                    throw fail(rowMark, TextInput.tooLong("row", limitFor: "one CSV row"))
                }
                fields.append(CSVField(text: text, mark: mark))
                if i < n, b[i] == UInt8(ascii: ",") { i += 1; continue }
                if i < n, b[i] == 0x0D { i += 1 }
                if i < n, b[i] == 0x0A { pos.newline(at: i); i += 1 }
                break
            }
            rows.append(fields)
        }
        var table = CSVTable()
        if !rows.isEmpty { table.header = rows.removeFirst() }
        table.rows = rows
        return table
    }
}

/// Reads the two tables (see ``GephiCSVFormat``).
struct GephiCSVReader {
    let edgesPath: String
    let nodesPath: String
    var diagnostics: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    var network = Network()

    init(edgesPath: String, nodesPath: String) {
        self.edgesPath = edgesPath
        self.nodesPath = nodesPath
    }

    mutating func report(_ path: String, _ m: Mark, _ message: String) {
        guard diagnostics.count < ReadError.maxDiagnostics else { return }
        diagnostics.append(Diagnostic(location: SourceLocation(path: path, line: Int(m.line), column: Int(m.column)), message: message))
    }

    /// Column positions by lowercased known name, and the other columns in order; refuses
    /// unnamed and repeated columns.
    func columns(_ table: CSVTable, known: Set<String>, path: String) throws(ReadError) -> (known: [String: Int], other: [Int]) {
        var byName: [String: Int] = [:]
        var other: [Int] = []
        var seen: [String: Int] = [:]
        for (k, f) in table.header.enumerated() {
            if f.text.isEmpty {
                throw .at(path, Int(f.mark.line), Int(f.mark.column), "column \(k + 1) of the header has no name (expected a name such as Id or Label)")
            }
            let lower = f.text.lowercased()
            let key = known.contains(lower) ? lower : f.text
            if let first = seen[key] {
                throw .at(path, Int(f.mark.line), Int(f.mark.column), "column '\(f.text)' appears twice in the header (first as column \(first + 1))")
            }
            seen[key] = k
            if known.contains(lower) { byName[lower] = k } else { other.append(k) }
        }
        for (r, row) in table.rows.enumerated() where row.count != table.header.count {
            let m = row.first?.mark ?? Mark(line: r + 2, column: 1)
            throw .at(path, Int(m.line), Int(m.column),
                      "row has \(row.count) field\(row.count == 1 ? "" : "s"), the header has \(table.header.count) (every row has one field per column)")
        }
        return (byName, other)
    }

    /// A JSON cell as a document; problems are reported at the cell.
    mutating func json(_ f: CSVField, column: String, what: String, path: String) -> DocNode? {
        do {
            return try JSONDocumentParser.parse(Array(f.text.utf8), path: path)
        } catch {
            for d in error.diagnostics {
                let at = d.location.map { " (at line \($0.line), column \($0.column) of the cell)" } ?? ""
                report(path, f.mark, "'\(column)' of \(what) is not valid JSON: \(d.message)\(at)")
            }
            return nil
        }
    }

    mutating func adopt(_ sub: NetworkDecoder, at f: CSVField, column: String, path: String) {
        for d in sub.diagnostics { report(path, f.mark, "in '\(column)': \(d.message)") }
    }

    mutating func validity(start: CSVField?, end: CSVField?, interval: CSVField?, what: String, path: String) -> Validity {
        var v = Validity()
        func date(_ f: CSVField, _ text: String, _ field: String) -> InfluenceDate? {
            if let d = InfluenceDate(text) { return d }
            report(path, f.mark, "invalid date '\(text.prefix(40))' in '\(field)' of \(what) (expected YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date)")
            return nil
        }
        if let s = start, !s.text.isEmpty { v.since = date(s, s.text, "Start") }
        if let e = end, !e.text.isEmpty { v.until = date(e, e.text, "End") }
        if let f = interval, !f.text.isEmpty {
            if v.since != nil || v.until != nil {
                report(path, f.mark, "\(what) has both 'Interval' and 'Start'/'End' (expected one of them)")
                return v
            }
            var t = Substring(f.text.trimmingSpaces)
            if t.hasPrefix("<"), t.hasSuffix(">") { t = t.dropFirst().dropLast() }
            let parts = t.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            guard let open = t.first, let close = t.last, "[(".contains(open), "])".contains(close), parts.count == 2, !t.contains(";") else {
                report(path, f.mark, "interval '\(f.text.prefix(60))' of \(what) is not one interval of dates (expected <[start, end]> with YYYY, YYYY-MM or YYYY-MM-DD)")
                return v
            }
            if !["-infinity", "-inf"].contains(parts[0].lowercased()) { v.since = date(f, parts[0], "Interval") }
            if !["infinity", "inf", "+infinity"].contains(parts[1].lowercased()) { v.until = date(f, parts[1], "Interval") }
        }
        if !v.isWellFormed, let s = v.since, let u = v.until {
            report(path, (end ?? interval)?.mark ?? Mark(line: 1, column: 1),
                   "'until' \(u) of \(what) is not after 'since' \(s) (expected since < until; until is exclusive)")
            v.until = nil
        }
        return v
    }

    /// Plain attribute columns: name, position and type.
    func attributeColumns(_ table: CSVTable, _ other: [Int]) -> [(name: String, column: Int, type: GephiCSVFormat.ColumnType)] {
        other.map { k in (table.header[k].text, k, GephiCSVFormat.type(of: table.rows.lazy.map { $0[k].text })) }
    }

    /// Typed attributes from the plain columns, then from the `Attributes` JSON cell.
    mutating func attributes(_ row: [CSVField], plain: [(name: String, column: Int, type: GephiCSVFormat.ColumnType)],
                             json: Int?, what: String, path: String) -> Attributes {
        var result = Attributes()
        for c in plain where !row[c.column].text.isEmpty {
            result[c.name] = Attribute(GephiCSVFormat.value(row[c.column].text, c.type))
        }
        if let json, !row[json].text.isEmpty, let doc = self.json(row[json], column: "Attributes", what: what, path: path) {
            var sub = NetworkDecoder(path: path)
            let extra = sub.attributes(doc, what: what)
            adopt(sub, at: row[json], column: "Attributes", path: path)
            for (name, a) in extra {
                if result[name] != nil { report(path, row[json].mark, "attribute '\(name)' of \(what) is given both as a column and in 'Attributes'"); continue }
                result[name] = a
            }
        }
        return result
    }

    mutating func evidence(_ f: CSVField?, what: String, path: String) -> [Evidence] {
        guard let f, !f.text.isEmpty, let doc = json(f, column: "Evidence", what: what, path: path) else { return [] }
        // Cited keys join the sources table (their details cannot be held in CSV).
        if case .sequence(let items, _) = doc {
            for case .mapping(let entries, _) in items {
                for e in entries where e.key == "source" {
                    if case .scalar(let key, _, _) = e.value, !e.value.isNull, !key.isEmpty, network.sources[key] == nil {
                        network.sources[key] = Source()
                    }
                }
            }
        }
        var sub = NetworkDecoder(path: path)
        let result = sub.evidence(["evidence": DocEntry(key: "evidence", keyMark: doc.mark, value: doc)], what: what, sources: network.sources)
        adopt(sub, at: f, column: "Evidence", path: path)
        return result
    }

    mutating func read(edges: [UInt8], nodes: [UInt8]?) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        var index: [String: Int] = [:]
        var idLines: [Int32] = []
        if let nodes {
            try TextInput.checkNotEmpty(nodes, path: nodesPath, expected: "a Gephi node table with a header such as Id,Label")
            try TextInput.checkText(nodes, path: nodesPath)
            let table = try CSVTable.parse(nodes, path: nodesPath)
            let (known, other) = try columns(table, known: GephiCSVFormat.nodeColumns, path: nodesPath)
            guard let idColumn = known["id"] else {
                let m = table.header.first?.mark ?? Mark(line: 1, column: 1)
                throw .at(nodesPath, Int(m.line), Int(m.column), "the node table has no 'Id' column (expected a header such as Id,Label)")
            }
            let plain = attributeColumns(table, other)
            network.nodes.reserveCapacity(table.rows.count)
            for (position, row) in table.rows.enumerated() {
                let idField = row[idColumn]
                guard !idField.text.isEmpty else {
                    report(nodesPath, idField.mark, "'Id' of node \(position + 1) is empty (expected a non-empty id)")
                    continue
                }
                if let first = index[idField.text] {
                    report(nodesPath, idField.mark, "duplicate node id '\(idField.text.prefix(80))' (first defined at line \(idLines[first]))")
                    continue
                }
                let what = "node '\(idField.text.prefix(80))'"
                var node = Node(id: idField.text)
                if let k = known["label"], !row[k].text.isEmpty { node.label = row[k].text }
                if let k = known["kind"], !row[k].text.isEmpty { node.kind = row[k].text }
                node.validity = validity(start: known["start"].map { row[$0] }, end: known["end"].map { row[$0] },
                                         interval: known["interval"].map { row[$0] }, what: what, path: nodesPath)
                if let k = known["aliases"], !row[k].text.isEmpty, let doc = json(row[k], column: "Aliases", what: what, path: nodesPath) {
                    if case .sequence(let items, _) = doc {
                        var sub = NetworkDecoder(path: nodesPath)
                        node.aliases = items.compactMap { sub.nonEmptyString($0, field: "aliases", what: what) }
                        adopt(sub, at: row[k], column: "Aliases", path: nodesPath)
                    } else {
                        report(nodesPath, row[k].mark, "'Aliases' of \(what) must be a JSON list of strings, found \(doc.description)")
                    }
                }
                node.attributes = attributes(row, plain: plain, json: known["attributes"], what: what, path: nodesPath)
                node.evidence = evidence(known["evidence"].map { row[$0] }, what: what, path: nodesPath)
                index[node.id] = network.nodes.count
                idLines.append(idField.mark.line)
                network.nodes.append(node)
            }
        }

        try TextInput.checkNotEmpty(edges, path: edgesPath, expected: "a Gephi edge table with a header such as Source,Target,Type,Id,Label,Weight")
        try TextInput.checkText(edges, path: edgesPath)
        let table = try CSVTable.parse(edges, path: edgesPath)
        let (known, other) = try columns(table, known: GephiCSVFormat.edgeColumns, path: edgesPath)
        if known["source"] == nil, known["target"] == nil, nodes == nil,
           table.header.contains(where: { $0.text.lowercased() == "id" }) {
            // A node table given as the file: its nodes, no edges, and how to give both.
            var reader = GephiCSVReader(edgesPath: edgesPath, nodesPath: edgesPath)
            var result = try reader.read(edges: Array("Source,Target\n".utf8), nodes: edges)
            result.warnings.insert(Diagnostic(location: SourceLocation(path: edgesPath, line: 1, column: 1),
                message: "warning: this is a node table (an Id column, no Source and Target): read as \(result.network.nodes.count) nodes without edges; to read the network, give its edge table as the file and this table with --nodes"), at: 0)
            return result
        }
        for required in ["source", "target"] where known[required] == nil {
            let m = table.header.first?.mark ?? Mark(line: 1, column: 1)
            throw .at(edgesPath, Int(m.line), Int(m.column),
                      "the edge table has no '\(required == "source" ? "Source" : "Target")' column (expected a header such as Source,Target,Type,Id,Label,Weight)")
        }
        var otherEdge = other
        // Cytoscape's `interaction` (pp, pd …) is the edge's type, as its GML `label` is.
        var interaction: Int?
        if known["relation"] == nil, known["label"] == nil,
           let k = otherEdge.firstIndex(where: { table.header[$0].text.lowercased() == "interaction" }) {
            interaction = otherEdge.remove(at: k)
        }
        let plain = attributeColumns(table, otherEdge)
        let relationColumn = known["relation"] ?? known["label"] ?? interaction
        let labelAsAttribute = known["relation"] != nil ? known["label"] : nil
        var plainEdge = plain
        if let k = labelAsAttribute {
            plainEdge.insert((name: table.header[k].text, column: k, type: GephiCSVFormat.type(of: table.rows.lazy.map { $0[k].text })), at: 0)
        }
        var directedRows = 0, firstUndirected: Mark?
        var undirectedEdges: [Int] = []
        var edgeIDs: [String: Int32] = [:]
        let haveNodeTable = nodes != nil
        network.edges.reserveCapacity(table.rows.count)
        for (position, row) in table.rows.enumerated() {
            var what = "edge \(position + 1)"
            var edge = Edge(from: "", to: "", relation: Edge.defaultRelation)
            var failed = false
            if let k = known["id"], !row[k].text.isEmpty {
                let id = row[k].text
                if let first = edgeIDs[id] {
                    report(edgesPath, row[k].mark, "duplicate edge id '\(id.prefix(80))' (first defined at line \(first))")
                    failed = true
                } else {
                    edgeIDs[id] = row[k].mark.line
                    edge.id = id
                    what = "edge '\(id.prefix(80))'"
                }
            }
            var ends: [String] = []
            for (column, name) in [(known["source"]!, "Source"), (known["target"]!, "Target")] {
                let f = row[column]
                if f.text.isEmpty {
                    report(edgesPath, f.mark, "'\(name)' of \(what) is empty (expected the id of a node)")
                    failed = true
                    continue
                }
                if index[f.text] == nil {
                    if haveNodeTable {
                        var message = "edge references unknown node '\(f.text.prefix(80))' in '\(name)'"
                        if network.nodes.count <= 5000, let s = suggestion(for: f.text, among: network.nodes.lazy.map(\.id)) {
                            message += " (did you mean '\(s)'?)"
                        } else {
                            message += " (expected an Id of the node table \(nodesPath))"
                        }
                        report(edgesPath, f.mark, message)
                        failed = true
                        continue
                    }
                    index[f.text] = network.nodes.count
                    network.nodes.append(Node(id: f.text))
                }
                ends.append(f.text)
            }
            if let k = known["type"] {
                switch row[k].text.lowercased() {
                case "", "directed": directedRows += 1
                case "undirected":
                    if firstUndirected == nil { firstUndirected = row[k].mark }
                    if !failed { undirectedEdges.append(network.edges.count) }
                default:
                    report(edgesPath, row[k].mark, "'Type' of \(what) is '\(row[k].text.prefix(40))' (expected Directed or Undirected)")
                    failed = true
                }
            } else {
                directedRows += 1
            }
            if let k = relationColumn, !row[k].text.isEmpty { edge.relation = row[k].text }
            if let k = known["weight"], !row[k].text.isEmpty {
                let t = row[k].text
                if let w = NetworkDecoder.number(t) {
                    if w.isFinite { edge.weight = w } else {
                        report(edgesPath, row[k].mark, "weight \(t.prefix(40)) of \(what) is not allowed (expected a finite number)")
                        failed = true
                    }
                } else {
                    report(edgesPath, row[k].mark, "weight '\(t.prefix(40))' of \(what) is not a number (expected a finite number)")
                    failed = true
                }
            }
            edge.validity = validity(start: known["start"].map { row[$0] }, end: known["end"].map { row[$0] },
                                     interval: known["interval"].map { row[$0] }, what: what, path: edgesPath)
            edge.attributes = attributes(row, plain: plainEdge, json: known["attributes"], what: what, path: edgesPath)
            edge.evidence = evidence(known["evidence"].map { row[$0] }, what: what, path: edgesPath)
            guard !failed, ends.count == 2 else { continue }
            edge.from = ends[0]
            edge.to = ends[1]
            network.edges.append(edge)
        }
        if !diagnostics.isEmpty { throw .invalid(diagnostics) }
        network.directed = directedRows > 0 || firstUndirected == nil
        if directedRows > 0, let m = firstUndirected {
            // A mixed table: each undirected edge is two arcs, one each way (a loop stays one).
            var doubled: [Edge] = []
            doubled.reserveCapacity(network.edges.count + undirectedEdges.count)
            var next = undirectedEdges.makeIterator()
            var pending = next.next()
            var added = 0
            for (k, e) in network.edges.enumerated() {
                doubled.append(e)
                guard k == pending else { continue }
                pending = next.next()
                guard !e.isSelfLoop else { continue }
                var reverse = e
                reverse.id = nil
                swap(&reverse.from, &reverse.to)
                doubled.append(reverse)
                added += 1
            }
            network.edges = doubled
            let rows = undirectedEdges.count == 1 ? "the Undirected row is" : "each of the \(undirectedEdges.count) Undirected rows is"
            warnings.append(Diagnostic(location: SourceLocation(path: edgesPath, line: Int(m.line), column: Int(m.column)),
                                       message: "warning: edges mix Directed and Undirected (the first Undirected is here): the network is read as directed and \(rows) read as two arcs, one each way (\(added) reverse arc\(added == 1 ? "" : "s") added, without an id)"))
        }
        return (network, warnings)
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}

/// The writer (see ``GephiCSVFormat/write(_:)``).
enum GephiCSVWriter {
    struct Table {
        var bytes: [UInt8] = []
        mutating func row(_ fields: [String]) {
            for (k, f) in fields.enumerated() {
                if k > 0 { bytes.append(UInt8(ascii: ",")) }
                field(f)
            }
            bytes.append(contentsOf: [0x0D, 0x0A])
        }
        mutating func field(_ s: String) {
            let needsQuotes = s.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 < 0x20 || $0 == 0x7F }
                || s.first == " " || s.last == " "
            guard needsQuotes else { bytes.append(contentsOf: s.utf8); return }
            bytes.append(UInt8(ascii: "\""))
            for b in s.utf8 {
                if b == UInt8(ascii: "\"") { bytes.append(b) }
                bytes.append(b)
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    static func json(_ v: OutValue) -> String {
        var w = JSONEmitter()
        w.value(v)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    static func text(_ v: AttributeValue) -> String {
        switch v {
        case .number(let x): formatNumber(x)
        case .bool(let b): b ? "true" : "false"
        case .date(let d): d.description
        case .string(let s): s
        }
    }

    /// The plain columns of a table (see ``GephiCSVFormat``), in order of first use.
    static func plainColumns(_ sets: [Attributes], reserved: Set<String>) -> OrderedDictionary<String, Bool> {
        var columns = OrderedDictionary<String, Bool>()
        var types: [String: String] = [:]
        for attributes in sets {
            for (name, a) in attributes {
                guard let v = Interchange.plainValue(a) else { continue }
                if reserved.contains(name.lowercased()) || name.isEmpty { columns[name] = false; continue }
                var ok = columns[name] ?? true
                if let t = types[name], t != v.typeName { ok = false }
                types[name] = v.typeName
                switch v {
                case .string(let s): if s.isEmpty || GephiCSVFormat.type(of: [s]) != .string { ok = false }
                case .date(let d): if d.precision == .year { ok = false }
                case .number, .bool: break
                }
                columns[name] = ok
            }
        }
        return columns
    }

    /// Splits attributes into plain cells (by column position) and the rest, in order.
    static func split(_ attributes: Attributes, columns: OrderedDictionary<String, Bool>) -> (cells: [Int: String], rest: Attributes) {
        var cells: [Int: String] = [:]
        var last = -1
        var k = 0
        let n = attributes.count
        while k < n {
            let (name, a) = (attributes.keys[k], attributes.values[k])
            guard let c = columns.index(forKey: name), columns.values[c], c > last, let v = Interchange.plainValue(a) else { break }
            cells[c] = text(v)
            last = c
            k += 1
        }
        var rest = Attributes()
        for j in k ..< n { rest[attributes.keys[j]] = attributes.values[j] }
        return (cells, rest)
    }

    static func evidence(_ items: [Evidence]) -> String {
        guard !items.isEmpty else { return "" }
        return json(.list(items.map { e in
            var g: [(String, OutValue)] = []
            if let v = e.source { g.append(("source", .string(v))) }
            if let v = e.quote { g.append(("quote", .string(v))) }
            if let v = e.confidence { g.append(("confidence", .string(v.rawValue))) }
            return .map(g, flow: true)
        }, flow: true))
    }

    static func write(_ network: Network) throws(WriteError) -> (edges: [UInt8], nodes: [UInt8], warnings: [String]) {
        _ = try Interchange.endpoints(network, format: "Gephi CSV")
        var anyJSON = false

        // Nodes.
        let nodeColumns = plainColumns(network.nodes.map(\.attributes), reserved: GephiCSVFormat.nodeColumns)
        let nodeSplits = network.nodes.map { split($0.attributes, columns: nodeColumns) }
        let hasKind = network.nodes.contains { $0.kind != nil }
        let hasStart = network.nodes.contains { $0.validity.since != nil }
        let hasEnd = network.nodes.contains { $0.validity.until != nil }
        let hasAliases = network.nodes.contains { !$0.aliases.isEmpty }
        let hasNodeEvidence = network.nodes.contains { !$0.evidence.isEmpty }
        let hasNodeJSON = nodeSplits.contains { !$0.rest.isEmpty }
        let plainNode = nodeColumns.filter(\.value).map(\.key)
        var nodes = Table()
        nodes.row(["Id", "Label"] + (hasKind ? ["Kind"] : []) + (hasStart ? ["Start"] : []) + (hasEnd ? ["End"] : []) + plainNode
                   + (hasAliases ? ["Aliases"] : []) + (hasNodeEvidence ? ["Evidence"] : []) + (hasNodeJSON ? ["Attributes"] : []))
        for (node, s) in zip(network.nodes, nodeSplits) {
            var row = [node.id, node.label ?? ""]
            if hasKind { row.append(node.kind ?? "") }
            if hasStart { row.append(node.validity.since?.description ?? "") }
            if hasEnd { row.append(node.validity.until?.description ?? "") }
            for (c, (_, ok)) in nodeColumns.enumerated() where ok { row.append(s.cells[c] ?? "") }
            if hasAliases { row.append(node.aliases.isEmpty ? "" : json(.list(node.aliases.map(OutValue.string), flow: true))) }
            if hasNodeEvidence { row.append(evidence(node.evidence)) }
            if hasNodeJSON { row.append(s.rest.isEmpty ? "" : json(NetworkOutline.attributes(s.rest))) }
            nodes.row(row)
        }
        anyJSON = anyJSON || hasNodeJSON

        // Edges.
        let edgeColumns = plainColumns(network.edges.map(\.attributes), reserved: GephiCSVFormat.edgeColumns)
        let edgeSplits = network.edges.map { split($0.attributes, columns: edgeColumns) }
        let hasID = network.edges.contains { $0.id != nil }
        let hasWeight = network.edges.contains { $0.weight != nil }
        let hasSince = network.edges.contains { $0.validity.since != nil }
        let hasUntil = network.edges.contains { $0.validity.until != nil }
        let hasEdgeEvidence = network.edges.contains { !$0.evidence.isEmpty }
        let hasEdgeJSON = edgeSplits.contains { !$0.rest.isEmpty }
        let plainEdge = edgeColumns.filter(\.value).map(\.key)
        var edges = Table()
        edges.row(["Source", "Target", "Type"] + (hasID ? ["Id"] : []) + ["Label"] + (hasWeight ? ["Weight"] : [])
                  + (hasSince ? ["Start"] : []) + (hasUntil ? ["End"] : []) + plainEdge
                  + (hasEdgeEvidence ? ["Evidence"] : []) + (hasEdgeJSON ? ["Attributes"] : []))
        let type = network.directed ? "Directed" : "Undirected"
        for (edge, s) in zip(network.edges, edgeSplits) {
            var row = [edge.from, edge.to, type]
            if hasID { row.append(edge.id ?? "") }
            row.append(edge.relation)
            if hasWeight { row.append(edge.weight.map(formatNumber) ?? "") }
            if hasSince { row.append(edge.validity.since?.description ?? "") }
            if hasUntil { row.append(edge.validity.until?.description ?? "") }
            for (c, (_, ok)) in edgeColumns.enumerated() where ok { row.append(s.cells[c] ?? "") }
            if hasEdgeEvidence { row.append(evidence(edge.evidence)) }
            if hasEdgeJSON { row.append(s.rest.isEmpty ? "" : json(NetworkOutline.attributes(s.rest))) }
            edges.row(row)
        }
        anyJSON = anyJSON || hasEdgeJSON

        var lost: [String] = []
        if network.title != nil { lost.append("the title") }
        if network.description != nil { lost.append("the description") }
        if Interchange.hasTables(network) { lost.append("the sources, kinds and relations tables") }
        var asJSON: [String] = []
        if hasAliases { asJSON.append("aliases") }
        if hasNodeEvidence || hasEdgeEvidence { asJSON.append("evidence") }
        if anyJSON { asJSON.append("typed or dated attributes") }
        var parts: [String] = []
        if !lost.isEmpty {
            parts.append("Gephi CSV cannot hold \(lost.joined(separator: ", ")), which are left out" + (hasNodeEvidence || hasEdgeEvidence ? " (cited source keys are kept)" : ""))
        }
        if !asJSON.isEmpty { parts.append("a plain CSV reader sees \(asJSON.joined(separator: ", ")) only as JSON text in the Aliases, Evidence and Attributes columns") }
        return (edges.bytes, nodes.bytes, parts.isEmpty ? [] : [parts.joined(separator: "; ")])
    }
}
