import InfluenceGraph
import InfluenceSerialization
import OrderedCollections

/// Reads GEXF 1.1, 1.2draft (what `networkx.write_gexf` writes) and 1.3 (Gephi's current), and
/// writes GEXF 1.3 (<https://gexf.net>), including dynamic graphs.
///
/// ## Time
/// GEXF intervals are closed, `[start, end]`; validity here is half-open on days,
/// `[since, until)`. So `start` = `since` and `end` = the day before `until`, and on reading
/// `until` = the period after `end` (the next day for `YYYY-MM-DD`). At every day both say the same:
/// a Gephi timeline and `snapshot(at:)`/`diff --from --to` agree. The 1.2 open bounds read as
/// written: `startopen` = *d* means `since` = the period after *d*, `endopen` = *d* means
/// `until` = *d*; `timestamp` = *d* means the day *d* alone. Times are read with
/// `timeformat="date"` (`YYYY-MM-DD`, also `YYYY` and `YYYY-MM`) or `"dateTime"` (the time of day is
/// dropped); with no `timeformat` (GEXF's default is `double`), the first time in the file decides:
/// a `YYYY-MM-DD` value means dates, a number means numeric time, and every later time must be of
/// the same kind. `intervals`/`timestamps` attribute lists are refused (use `<spells>`). GEXF 1.1's
/// `<slices><slice>` and `timetype` are read as `<spells><spell>` and `timeformat`, as Gephi reads them.
///
/// `mode="slice"` (the whole graph is one moment, given by `timestamp` or `start`/`end` on
/// `<graph>`, as Gephi's toolkit writes it): with dates, every element without a time of its own is
/// valid in that slice; with a number, the network is static and one warning names the slice.
///
/// ## Numeric time
/// `timeformat="double"`, `"float"`, `"integer"` or `"long"` (Gephi's timeline over plain numbers)
/// has no calendar, and a network's validity is over dates, so numeric time is kept as
/// attributes and not put on the date axis. The network is read as static (every element present
/// at every date), with one warning at the first numeric time:
/// - an element's own times (`start`/`end`, `timestamp`, `<spells>`) go to its string attribute
///   `timeset`, in Gephi's notation: `<[2004, 2005]>` for timestamps, `<[1, 5]; [10, inf]>` for
///   intervals (a missing bound is `-inf`/`inf`, GEXF 1.2's `startopen`/`endopen` are `(`/`)`);
/// - a dynamic attribute (`<attvalue>`s with times) is its value at the latest time (the greatest
///   start, then the greatest end, then the last written) under its name, and all its values, in
///   order of time, go to the string attribute `<name>.series`: `<[2004, 1]; [2005, 2]>` for
///   timestamps, `<[1, 2, "a, b"]; [3, inf, c]>` for intervals (values with `,;[]()<>"'` quoted);
/// - an edge's dynamic column with id `weight` (Gephi's dynamic edge weight) gives the weight: its
///   latest value, with the series in `<title>.series`; a static `weight=` on the edge wins, and the
///   column is then an attribute like any other. Gephi's own importer test file
///   (`dynamicedgeweight.gexf`: weight 1 at 2004, 2 at 2005) reads as weight 2 (NetworkX's
///   `read_gexf` also gives 2) with `Weight.series` = `<[2004, 1]; [2005, 2]>`.
/// A column whose name clashes with `timeset` or `<name>.series` is refused, naming the element.
///
/// Several spells on one node or edge: the model keeps one interval, so their hull is read; when
/// the spells leave a gap, a warning names the element (the element then reads as valid in the gap).
///
/// Dates coarser than a day (`since: 2025-11`) are written as their first day (`start`) or the
/// last day before `until` (`end`), with the exact text in `influence.since`/`influence.until`
/// attributes, which this reader prefers when they agree with `start`/`end` (others ignore them).
///
/// ## Mapping
/// | GEXF | network |
/// |---|---|
/// | `defaultedgetype` (absent: undirected) | `directed`; a per-edge `type` that disagrees, or `mutual`, is refused |
/// | `<meta>` `description`, `title` | description, title |
/// | `<meta>` `influence:sources`, `influence:kinds`, `influence:relations` (JSON) | the three tables |
/// | `<node id label>` | id, label |
/// | node column `kind` | kind |
/// | columns `influence.aliases`, `influence.evidence` (JSON) | aliases, evidence |
/// | `start`/`end`/`<spells>` | validity (above) |
/// | `<edge id source target kind weight>` | id (dropped with a warning if ids repeat), from, to, relation (absent: a `relation` column, else `edge`), weight |
/// | edge `label` | the edge attribute `label` |
/// | other columns | attributes: `boolean` → bool; `integer long short byte float double bigdecimal biginteger` → number; `string char anyURI liststring listinteger…` → string (lists as written); `date` → date. Type names are read regardless of case, with the spellings Gephi's importer also takes: `int`, `bool`, `character`, `listint`, `listcharacter` |
/// | `<attvalue for value start end>` (in `<attvalues>`, or straight inside the element as Gephi reads it) | one dated value each, so a dynamic column is a dated series (numeric time: see above) |
/// | `<default>` of a column | the value of every element without one (as Gephi; NetworkX's `read_gexf` keeps defaults aside) |
///
/// Columns marked `influence.type="date"` hold dates, `influence.type="json"` whole attributes in
/// the native JSON form (mixed types). `viz:*` data is read past with one warning; hierarchies
/// (`pid`, nested `<nodes>`) are refused.
public enum GEXFFormat {
    /// How to draw one node in Gephi: written as `viz:color`, `viz:size` and `viz:position`.
    public struct NodeViz: Sendable, Hashable {
        /// An sRGB colour; `alpha` in 0…1 (absent means opaque).
        public struct Color: Sendable, Hashable {
            /// Red component, 0…255 (`r`).
            public var red: UInt8
            /// Green component, 0…255 (`g`).
            public var green: UInt8
            /// Blue component, 0…255 (`b`).
            public var blue: UInt8
            /// Opacity in 0…1 (`a`); `nil` is opaque and writes no `a`.
            public var alpha: Double?
            /// A colour from its components.
            ///
            /// - Parameters:
            ///   - red: Red component, 0…255.
            ///   - green: Green component, 0…255.
            ///   - blue: Blue component, 0…255.
            ///   - alpha: Opacity in 0…1, or `nil` for opaque.
            public init(red: UInt8, green: UInt8, blue: UInt8, alpha: Double? = nil) {
                self.red = red
                self.green = green
                self.blue = blue
                self.alpha = alpha
            }
        }

        /// A layout position; `z` is optional.
        public struct Position: Sendable, Hashable {
            /// Horizontal coordinate in Gephi's layout space.
            public var x: Double
            /// Vertical coordinate in Gephi's layout space.
            public var y: Double
            /// Depth, or `nil` for a flat layout (no `z` written).
            public var z: Double?
            /// A position from its coordinates.
            ///
            /// - Parameters:
            ///   - x: Horizontal coordinate.
            ///   - y: Vertical coordinate.
            ///   - z: Depth, or `nil` for a flat layout.
            public init(x: Double, y: Double, z: Double? = nil) {
                self.x = x
                self.y = y
                self.z = z
            }
        }

        /// Node colour (`viz:color`), or `nil` to write none.
        public var color: Color?
        /// A finite size ≥ 0.
        public var size: Double?
        /// Layout position (`viz:position`), or `nil` to write none.
        public var position: Position?

        /// Drawing data for one node; each part left `nil` is not written.
        ///
        /// - Parameters:
        ///   - color: Node colour (`viz:color`).
        ///   - size: A finite size ≥ 0 (`viz:size`).
        ///   - position: Layout position (`viz:position`).
        public init(color: Color? = nil, size: Double? = nil, position: Position? = nil) {
            self.color = color
            self.size = size
            self.position = position
        }
    }

    /// Parses a GEXF 1.1, 1.2 or 1.3 document.
    ///
    /// - Returns: the network and warnings (`warning: …`) for what was read but not kept as such.
    /// - Throws: `ReadError` naming the line and column of the first problem, including every
    ///   refusal of `XMLReader`.
    /// - Complexity: O(*n*) in the size of the input, plus O(*m*) hash lookups.
    public static func read(_ data: [UInt8], path: String) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        let root = try XMLReader.document(data, path: path, expecting: "a GEXF document (<gexf>)")
        var reader = GEXFReader(path: path, size: data.count)
        return try reader.read(root)
    }

    /// Writes the network as GEXF 1.3: `mode="dynamic"` with `timeformat="date"` when anything is
    /// dated, `viz:*` only for the nodes `viz` names. Deterministic: columns in order of first use,
    /// elements and attributes in network order.
    ///
    /// - Returns: the bytes (UTF-8) and warnings: at most one line naming what other GEXF readers
    ///   see only as text, and one for `viz` entries naming no node.
    /// - Throws: `WriteError.unrepresentable(format:reason:)` for a string XML 1.0 cannot hold, a
    ///   `viz` value that is not finite (or an alpha outside 0…1, a negative size), or an `until` of
    ///   0001-01-01 (no day before it).
    /// - Complexity: O(size of the output).
    public static func write(_ network: Network, viz: [String: NodeViz] = [:]) throws(WriteError) -> (bytes: [UInt8], warnings: [String]) {
        var writer = GEXFWriter(network: network, viz: viz)
        return try writer.write()
    }
}

// MARK: - Days

/// Calendar arithmetic on ``InfluenceDate`` for closed intervals.
enum _Days {
    /// (year, month, day) of a day number since 1970-01-01 (H. Hinnant, `civil_from_days`).
    static func civil(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    static func date(days: Int) -> InfluenceDate? {
        let (y, m, d) = civil(days)
        return InfluenceDate(year: y, month: m, day: d)
    }

    /// The period right after `d`, at its precision (2025 → 2026, 2025-12 → 2026-01, 2025-12-31 → 2026-01-01).
    static func next(_ d: InfluenceDate) -> InfluenceDate? {
        switch d.precision {
        case .year: return InfluenceDate(year: d.year + 1)
        case .month:
            let m = d.month ?? 1
            return m == 12 ? InfluenceDate(year: d.year + 1, month: 1) : InfluenceDate(year: d.year, month: m + 1)
        case .day: return date(days: d.firstDay + 1)
        }
    }
}

// MARK: - Reading

private struct GEXFColumn {
    var id: String
    var title: String
    var type: String
    var influenceType: String?
    var defaultValue: String?
}

/// One `<attvalue>`: its text, and its time (dates, or numeric time kept as written).
private struct GEXFValue {
    var text: String
    var validity: Validity
    var numeric: _NumericSpan?
    var at: XMLReader.Position
}

/// The time of an element, a spell or a value.
private enum GEXFSpan {
    case date(Validity)
    case number(_NumericSpan)
}

private struct GEXFReader {
    enum TimeAxis { case date, number }

    let path: String
    var warnings: [Diagnostic] = []
    var timeformat: String?
    /// Dates or numbers: from `timeformat`, else from the first time in the file.
    var axis: TimeAxis?
    /// The first time in a file without `timeformat` (which decided `axis`).
    var axisDecidedAt: XMLReader.Position?
    /// The first numeric time kept as an attribute (for the one warning).
    var firstNumericTime: XMLReader.Position?
    /// Edges whose weight is the latest value of a dynamic `weight` column (numeric time).
    var dynamicWeights = 0
    var columns: [String: [String: GEXFColumn]] = ["node": [:], "edge": [:]]
    var columnOrder: [String: [String]] = ["node": [], "edge": []]
    var vizCount = 0
    var firstViz: XMLReader.Position?
    /// Columns with a `<default>` by class, in declaration order.
    var defaultColumns: [String: [GEXFColumn]] = [:]
    /// How many more values defaults may add (defaults amplify a small file, as entities would).
    var defaultBudget: Int

    init(path: String, size: Int) {
        self.path = path
        defaultBudget = 1_000_000 + size
    }

    /// Attribute types by their lowercased spelling: GEXF's (1.1–1.3) and those Gephi's importer
    /// also accepts (`int`, `bool`, `character`, `listint`, `listcharacter`), mapped to one name.
    static let types: [String: String] = {
        var t: [String: String] = [:]
        for name in ["integer", "long", "double", "float", "boolean", "bigdecimal", "biginteger", "byte", "char", "short",
                     "liststring", "listboolean", "listinteger", "listlong", "listfloat", "listdouble", "listbyte", "listshort",
                     "listbigdecimal", "listbiginteger", "listchar", "string", "anyURI", "date"] {
            t[name.lowercased()] = name
        }
        t["int"] = "integer"
        t["bool"] = "boolean"
        t["character"] = "char"
        t["listint"] = "listinteger"
        t["listcharacter"] = "listchar"
        return t
    }()

    static let numericTypes: Set<String> = ["integer", "long", "double", "float", "bigdecimal", "biginteger", "byte", "short"]

    func fail(_ at: XMLReader.Position, _ message: String) -> ReadError {
        .at(path, at.line, at.column, message)
    }

    mutating func warn(_ at: XMLReader.Position, _ message: String) {
        warnings.append(Diagnostic(location: SourceLocation(path: path, line: at.line, column: at.column), message: "warning: " + message))
    }

    func position(_ e: XMLReader.Element, _ attribute: String) -> XMLReader.Position {
        e.attributeEntry(attribute)?.position ?? e.position
    }

    mutating func read(_ root: XMLReader.Element) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        guard root.localName == "gexf" else {
            throw fail(root.position, "the root element is <\(root.name)> (expected <gexf>)")
        }
        var network = Network()
        var graphElement: XMLReader.Element?
        for child in root.elements {
            switch child.localName {
            case "meta": try meta(child, into: &network)
            case "graph":
                if graphElement != nil { throw fail(child.position, "a second <graph> (a GEXF file holds one graph)") }
                graphElement = child
            default: break
            }
        }
        guard let graph = graphElement else { throw fail(root.position, "<gexf> has no <graph> element") }
        switch graph.attribute("defaultedgetype") {
        case "directed": network.directed = true
        case "undirected", nil: network.directed = false
        case let other?:
            throw fail(position(graph, "defaultedgetype"), "defaultedgetype is '\(other)' (expected directed or undirected; mutual edges are not supported)")
        }
        // `timetype` is GEXF 1.1's name, which Gephi also reads.
        timeformat = graph.attribute("timeformat") ?? graph.attribute("timetype")
        switch timeformat?.lowercased() {
        case "date"?, "datetime"?: axis = .date
        case "double"?, "float"?, "integer"?, "long"?: axis = .number
        default: axis = nil  // none: the first time decides; another: refused at the first time
        }
        if let r = graph.attribute("timerepresentation"), r != "interval", r != "timestamp" {
            throw fail(position(graph, "timerepresentation"), "timerepresentation is '\(r)' (expected interval or timestamp)")
        }
        // mode="slice": the whole graph is one slice in time (Gephi gives it to every element).
        var slice: Validity?
        if let mode = graph.attributeEntry("mode"), mode.value == "slice" {
            switch try span(graph, what: "the slice (<graph mode=\"slice\">)") {
            case nil:
                throw fail(mode.position, "mode=\"slice\" needs the slice's time on <graph> (timestamp, or start and end)")
            case .date(let v)?:
                slice = v
            case .number(let n)?:
                warn(mode.position, "mode=\"slice\": the whole graph is one slice at time \(n.isTimestamp ? n.text(bare: true) : n.text(bare: false)), a number rather than a date, so the network is read as static")
            }
        }
        for block in graph.elements where block.localName == "attributes" {
            try declareColumns(block)
        }
        var nodeIndex: [String: XMLReader.Position] = [:]
        for block in graph.elements where block.localName == "nodes" {
            for element in block.elements where element.localName == "node" {
                var node = try readNode(element, network: network)
                if let first = nodeIndex[node.id] {
                    throw fail(element.position, "duplicate node id '\(node.id)' (first defined at line \(first.line))")
                }
                if let slice, node.validity.isAlways { node.validity = slice }
                nodeIndex[node.id] = element.position
                network.nodes.append(node)
            }
        }
        var edgeIDs: Set<String> = []
        var repeatedID: (String, XMLReader.Position)?
        for block in graph.elements where block.localName == "edges" {
            for element in block.elements where element.localName == "edge" {
                var edge = try readEdge(element, network: network, nodes: nodeIndex)
                if let id = edge.id, !edgeIDs.insert(id).inserted, repeatedID == nil { repeatedID = (id, element.position) }
                if let slice, edge.validity.isAlways { edge.validity = slice }
                network.edges.append(edge)
            }
        }
        if let (id, at) = repeatedID {
            for i in network.edges.indices { network.edges[i].id = nil }
            warn(at, "edge id '\(id)' repeats; edge ids are not kept")
        }
        if vizCount > 0, let at = firstViz {
            warn(at, "\(vizCount) viz element(s) (colour, size, position, shape) are not kept")
        }
        if let at = firstNumericTime {
            let format = timeformat.map { "timeformat '\($0)'" } ?? "no timeformat, and the first time is a number"
            var message = "times are numbers (\(format)), not dates: read as a static network (every element present), with each element's own times in its attribute 'timeset' and each dynamic attribute as its value at the latest time plus all its values in '<name>.series' (Gephi's notation, <[time, value]; …>)"
            if dynamicWeights > 0 {
                message += "; the weight of \(dynamicWeights) edge(s) is the latest value of the dynamic 'weight' column"
            }
            warn(at, message)
        }
        let sorted = warnings.sorted { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }
        return (network, sorted)
    }

    mutating func meta(_ element: XMLReader.Element, into network: inout Network) throws(ReadError) {
        for child in element.elements {
            let text = child.text
            switch child.localName {
            case "title": network.title = text
            case "description": network.description = text
            case "sources": network.sources = try _InteropJSON.decodeSources(text, path: path, at: child.position)
            case "kinds": network.kinds = try _InteropJSON.decodeKinds(text, path: path, at: child.position)
            case "relations": network.relations = try _InteropJSON.decodeRelations(text, path: path, at: child.position)
            default: break
            }
        }
    }

    mutating func declareColumns(_ block: XMLReader.Element) throws(ReadError) {
        guard let cls = block.attribute("class"), cls == "node" || cls == "edge" else {
            throw fail(position(block, "class"), "<attributes> needs class=\"node\" or class=\"edge\"")
        }
        for element in block.elements where element.localName == "attribute" {
            guard let id = element.attribute("id") else { throw fail(element.position, "<attribute> has no 'id' (required)") }
            if columns[cls]?[id] != nil {
                throw fail(position(element, "id"), "duplicate \(cls) attribute id '\(id)'")
            }
            let title = element.attribute("title") ?? id
            let written = element.attribute("type") ?? "string"
            guard let type = Self.types[written.lowercased()] else {
                throw fail(position(element, "type"), "\(cls) attribute '\(title)' has type '\(written)' (expected a GEXF type such as string, integer, double, boolean or liststring)")
            }
            let influenceType = element.attribute("influence.type")
            if let t = influenceType, t != "date", t != "json" {
                throw fail(position(element, "influence.type"), "\(cls) attribute '\(title)' has influence.type '\(t)' (expected date or json)")
            }
            let defaultValue = element.elements.first { $0.localName == "default" }?.text
            columns[cls]?[id] = GEXFColumn(id: id, title: title, type: type, influenceType: influenceType, defaultValue: defaultValue)
            columnOrder[cls]?.append(id)
        }
    }

    // MARK: Time

    /// Whether a time is a calendar date as a file without `timeformat` may give it: `YYYY-MM-DD`
    /// (with an optional time of day).
    static func isDay(_ t: String) -> Bool {
        var datePart = Substring(t)
        if let tIndex = t.firstIndex(of: "T") { datePart = t[..<tIndex] }
        return datePart.utf8.count == 10 && InfluenceDate(datePart) != nil
    }

    /// Fixes the axis at the first time of a file without `timeformat`: dates when it is a day,
    /// numbers when it is a number.
    mutating func decideAxis(_ text: String, what: String, at: XMLReader.Position) throws(ReadError) {
        guard axis == nil else { return }
        let t = _trim(text)
        if let format = timeformat {
            throw fail(at, "time '\(t.prefix(40))' of \(what) cannot be read: the graph's timeformat is '\(format)' (expected date, dateTime, double or integer)")
        }
        if Self.isDay(t) {
            axis = .date
        } else if let x = _number(t), x.isFinite {
            axis = .number
        } else {
            throw fail(at, "time '\(t.prefix(40))' of \(what) is neither a date YYYY-MM-DD nor a number (the graph gives no timeformat)")
        }
        axisDecidedAt = at
    }

    /// Why a time must be of the axis's kind, for messages.
    func axisReason(_ kind: String) -> String {
        if let format = timeformat { return "the graph's timeformat is '\(format)'" }
        let line = axisDecidedAt.map { " (line \($0.line))" } ?? ""
        return "the graph gives no timeformat, and the first time in the file\(line) is \(kind)"
    }

    func time(_ text: String, what: String, at: XMLReader.Position) throws(ReadError) -> InfluenceDate {
        let t = _trim(text)
        var datePart = Substring(t)
        if let tIndex = t.firstIndex(of: "T") { datePart = t[..<tIndex] }
        if datePart.utf8.count > 10, let last = datePart.utf8.last, last == UInt8(ascii: "Z") || datePart.contains("+") {
            datePart = datePart.prefix(10)  // a time zone on an xsd:date
        }
        if timeformat != nil {
            if let d = InfluenceDate(datePart) { return d }
            throw fail(at, "invalid date '\(t.prefix(40))' in \(what) (expected YYYY-MM-DD, a real calendar date)")
        }
        if datePart.utf8.count == 10, let d = InfluenceDate(datePart) { return d }
        throw fail(at, "time '\(t.prefix(40))' of \(what) is not a date YYYY-MM-DD (\(axisReason("a date")))")
    }

    func number(_ text: String, what: String, at: XMLReader.Position) throws(ReadError) -> (text: String, value: Double) {
        let t = _trim(text)
        guard let x = _number(t), x.isFinite else {
            throw fail(at, "time '\(t.prefix(40))' of \(what) is not a number (\(axisReason("a number")))")
        }
        return (t, x)
    }

    func after(_ d: InfluenceDate, what: String, at: XMLReader.Position) throws(ReadError) -> InfluenceDate {
        guard let n = _Days.next(d) else { throw fail(at, "\(what) ends on \(d), after the last date a network holds (9999-12-31)") }
        return n
    }

    /// The time an element's `start`/`end` (or 1.2 open bounds, or `timestamp`) give; `nil` when it has none.
    mutating func span(_ e: XMLReader.Element, what: String) throws(ReadError) -> GEXFSpan? {
        for list in ["intervals", "timestamps"] where e.attribute(list) != nil {
            throw fail(position(e, list), "'\(list)' of \(what) is not supported (write one <spell> per interval)")
        }
        if e.attribute("start") != nil, e.attribute("startopen") != nil {
            throw fail(position(e, "startopen"), "\(what) has both 'start' and 'startopen' (expected one)")
        }
        if e.attribute("end") != nil, e.attribute("endopen") != nil {
            throw fail(position(e, "endopen"), "\(what) has both 'end' and 'endopen' (expected one)")
        }
        if let t = e.attributeEntry("timestamp"), e.attribute("start") != nil || e.attribute("end") != nil {
            throw fail(t.position, "\(what) has both 'timestamp' and 'start'/'end' (expected one)")
        }
        guard let first = ["timestamp", "start", "startopen", "end", "endopen"].lazy.compactMap({ e.attributeEntry($0) }).first else {
            return nil
        }
        try decideAxis(first.value, what: what, at: first.position)
        return axis == .number ? .number(try numericInterval(e, what: what)) : .date(try dateInterval(e, what: what))
    }

    func numericInterval(_ e: XMLReader.Element, what: String) throws(ReadError) -> _NumericSpan {
        var n = _NumericSpan()
        if let t = e.attributeEntry("timestamp") {
            n.start = try number(t.value, what: what, at: t.position)
            n.end = n.start
            n.isTimestamp = true
        }
        if let s = e.attributeEntry("start") {
            n.start = try number(s.value, what: what, at: s.position)
        } else if let s = e.attributeEntry("startopen") {
            n.start = try number(s.value, what: what, at: s.position)
            n.startOpen = true
        }
        if let u = e.attributeEntry("end") {
            n.end = try number(u.value, what: what, at: u.position)
        } else if let u = e.attributeEntry("endopen") {
            n.end = try number(u.value, what: what, at: u.position)
            n.endOpen = true
        }
        if let s = n.start, let u = n.end, s.value > u.value || (s.value == u.value && (n.startOpen || n.endOpen)) {
            let at = e.attributeEntry("end")?.position ?? e.attributeEntry("endopen")?.position ?? e.position
            throw fail(at, "\(what) ends before it starts (start \(s.text), end \(u.text))")
        }
        return n
    }

    func dateInterval(_ e: XMLReader.Element, what: String) throws(ReadError) -> Validity {
        var v = Validity()
        if let t = e.attributeEntry("timestamp") {
            let d = try time(t.value, what: what, at: t.position)
            v.since = d
            v.until = try after(d, what: what, at: t.position)
        }
        if let s = e.attributeEntry("start") {
            v.since = try time(s.value, what: what, at: s.position)
        } else if let s = e.attributeEntry("startopen") {
            v.since = try after(try time(s.value, what: what, at: s.position), what: what, at: s.position)
        }
        if let u = e.attributeEntry("end") {
            v.until = try after(try time(u.value, what: what, at: u.position), what: what, at: u.position)
        } else if let u = e.attributeEntry("endopen") {
            v.until = try time(u.value, what: what, at: u.position)
        }
        // The exact written form, when it names the same day.
        if let text = e.attribute("influence.since"), let d = InfluenceDate(text), d.firstDay == v.since?.firstDay { v.since = d }
        if let text = e.attribute("influence.until"), let d = InfluenceDate(text), d.firstDay == v.until?.firstDay { v.until = d }
        if let s = v.since, let u = v.until, !v.isWellFormed {
            let at = e.attributeEntry("end")?.position ?? e.attributeEntry("endopen")?.position ?? e.position
            throw fail(at, "\(what) ends before it starts (since \(s), until \(u); GEXF intervals are [start, end], end included)")
        }
        return v
    }

    /// The element's time: its own bounds or the hull of its spells (with a warning for gaps) as
    /// validity; with numeric time, validity is always and the spans are returned as written.
    mutating func validity(_ e: XMLReader.Element, what: String) throws(ReadError) -> (Validity, [_NumericSpan]) {
        let own = try span(e, what: what)
        var spells: [(GEXFSpan, XMLReader.Position)] = []
        // <spells><spell> (1.2, 1.3) or <slices><slice> (1.1), as Gephi reads both.
        for block in e.elements where block.localName == "spells" || block.localName == "slices" {
            for spell in block.elements where spell.localName == "spell" || spell.localName == "slice" {
                guard let v = try span(spell, what: "a spell of \(what)") else {
                    throw fail(spell.position, "a spell of \(what) has no start, end or timestamp")
                }
                spells.append((v, spell.position))
            }
        }
        if spells.isEmpty {
            switch own {
            case nil: return (.always, [])
            case .date(let v)?: return (v, [])
            case .number(let n)?:
                if firstNumericTime == nil { firstNumericTime = e.position }
                return (.always, [n])
            }
        }
        if own != nil {
            throw fail(e.position, "\(what) has both start/end and <spells> (expected one)")
        }
        var dates: [(Validity, XMLReader.Position)] = []
        var numbers: [_NumericSpan] = []
        for (s, at) in spells {
            switch s {
            case .date(let v): dates.append((v, at))
            case .number(let n): numbers.append(n)
            }
        }
        if !numbers.isEmpty {
            if firstNumericTime == nil { firstNumericTime = spells[0].1 }
            return (.always, numbers)
        }
        if dates.count == 1 { return (dates[0].0, []) }
        // Sort by start (open starts first) and look for a gap while taking the hull.
        let ordered = dates.sorted { ($0.0.since?.firstDay ?? Int.min) < ($1.0.since?.firstDay ?? Int.min) }
        var hull = ordered[0].0
        var reach: Int? = hull.until?.firstDay   // nil: open end
        var gap = false
        for (v, _) in ordered.dropFirst() {
            if let r = reach, let s = v.since?.firstDay, s > r { gap = true }
            if let r = reach {
                if let u = v.until {
                    if u.firstDay > r { reach = u.firstDay; hull.until = u }
                } else {
                    reach = nil
                    hull.until = nil
                }
            }
        }
        if gap {
            warn(dates[0].1, "\(what) has \(dates.count) spells with gaps between them; a network keeps one interval per element, so it is read as their hull [\(hull.since?.description ?? "…"), \(hull.until?.description ?? "…"))")
        }
        return (hull, [])
    }

    // MARK: Values

    /// One `<attvalue>`: the id of its column and its value.
    mutating func attvalue(_ av: XMLReader.Element, cls: String, what: String) throws(ReadError) -> (String, GEXFValue) {
        guard let id = av.attribute("for") ?? av.attribute("id") else {
            throw fail(av.position, "<attvalue> of \(what) has no 'for' (required: the id of an <attribute>)")
        }
        guard columns[cls]?[id] != nil else {
            throw fail(position(av, "for"), "<attvalue> of \(what) refers to undeclared \(cls) attribute '\(id)'")
        }
        guard let value = av.attribute("value") else {
            throw fail(av.position, "<attvalue> of \(what) has no 'value' (required)")
        }
        var v = GEXFValue(text: value, validity: .always, numeric: nil, at: av.position)
        switch try span(av, what: "a value of \(what)") {
        case nil: break
        case .date(let d)?: v.validity = d
        case .number(let n)?:
            v.numeric = n
            if firstNumericTime == nil { firstNumericTime = av.position }
        }
        return (id, v)
    }

    /// The `<attvalue>`s of an element grouped by column, in order, with defaults appended.
    /// They are read inside `<attvalues>` and, as Gephi reads them, straight inside the element.
    mutating func values(_ e: XMLReader.Element, cls: String, what: String) throws(ReadError) -> [(GEXFColumn, [GEXFValue])] {
        var grouped = OrderedDictionary<String, [GEXFValue]>()
        for child in e.elements {
            switch child.localName {
            case "attvalues":
                for av in child.elements where av.localName == "attvalue" {
                    let (id, v) = try attvalue(av, cls: cls, what: what)
                    grouped[id, default: []].append(v)
                }
            case "attvalue":
                let (id, v) = try attvalue(child, cls: cls, what: what)
                grouped[id, default: []].append(v)
            case "nodes", "edges":
                throw fail(child.position, "hierarchical graphs (<\(child.localName)> inside \(what)) are not supported")
            case "color", "size", "position", "shape", "thickness":
                vizCount += 1
                if firstViz == nil { firstViz = child.position }
            default:
                break
            }
        }
        var result: [(GEXFColumn, [GEXFValue])] = []
        for (id, list) in grouped { if let c = columns[cls]?[id] { result.append((c, list)) } }
        if defaultColumns[cls] == nil {
            defaultColumns[cls] = (columnOrder[cls] ?? []).compactMap { columns[cls]?[$0] }.filter { $0.defaultValue != nil }
        }
        for c in defaultColumns[cls] ?? [] where grouped[c.id] == nil {
            defaultBudget -= 1
            if defaultBudget < 0 {
                throw fail(e.position, "attribute defaults give more values than the limit (1000000 plus one per byte of the file); declare fewer defaults")
            }
            result.append((c, [GEXFValue(text: c.defaultValue ?? "", validity: .always, numeric: nil, at: e.position)]))
        }
        return result
    }

    static func attributeName(_ title: String) -> String {
        title.hasPrefix("influence.attribute.") ? String(title.dropFirst("influence.attribute.".count)) : title
    }

    func single(_ list: [GEXFValue], column: GEXFColumn, what: String) throws(ReadError) -> (String, XMLReader.Position) {
        guard list.count == 1, list[0].validity.isAlways, list[0].numeric == nil else {
            throw fail(list[min(1, list.count - 1)].at, "'\(column.title)' of \(what) must be one undated value")
        }
        return (list[0].text, list[0].at)
    }

    func value(_ v: GEXFValue, column: GEXFColumn, what: String) throws(ReadError) -> AttributeValue {
        do throws(_ValueError) {
            return try _parseValue(v.text, type: column.influenceType == "date" ? "date" : column.type)
        } catch {
            throw fail(v.at, "attribute '\(Self.attributeName(column.title))' of \(what) \(error.message)")
        }
    }

    func attribute(_ list: [GEXFValue], column: GEXFColumn, what: String) throws(ReadError) -> Attribute {
        let name = Self.attributeName(column.title)
        if column.influenceType == "json" {
            let (text, at) = try single(list, column: column, what: what)
            return try _InteropJSON.decodeAttribute(text, name: name, what: what, path: path, at: at)
        }
        var values: [DatedValue] = []
        for v in list { values.append(DatedValue(try value(v, column: column, what: what), validity: v.validity)) }
        return Attribute(values)
    }

    /// Sets an attribute this reader makes up for numeric time, refusing a clash with a column.
    func put(_ name: String, _ a: Attribute, at: XMLReader.Position, into attributes: inout Attributes, what: String) throws(ReadError) {
        if attributes[name] != nil {
            throw fail(at, "attribute '\(name)' of \(what) is given twice: by a column of that name and by the numeric times this reader keeps under it (rename the column)")
        }
        attributes[name] = a
    }

    /// A column's values into `attributes`: as a (dated) attribute, or, with numeric time, the
    /// value at the latest time plus `<name>.series`. Returns the latest value when numeric time
    /// gave one (for a dynamic weight).
    @discardableResult
    func store(_ list: [GEXFValue], column: GEXFColumn, into attributes: inout Attributes, what: String, keepLatest: Bool = true) throws(ReadError) -> AttributeValue? {
        let name = Self.attributeName(column.title)
        guard list.contains(where: { $0.numeric != nil }), column.influenceType != "json" else {
            attributes[name] = try attribute(list, column: column, what: what)
            return nil
        }
        var typed: [AttributeValue] = []
        for v in list { typed.append(try value(v, column: column, what: what)) }
        let (series, latest) = _NumericSpan.series(list.map { ($0.text, $0.numeric) })
        if keepLatest { try put(name, Attribute(typed[latest]), at: list[0].at, into: &attributes, what: what) }
        try put(name + ".series", Attribute(.string(series)), at: list[0].at, into: &attributes, what: what)
        return typed[latest]
    }

    // MARK: Elements

    mutating func readNode(_ e: XMLReader.Element, network: Network) throws(ReadError) -> Node {
        guard let id = e.attribute("id") else { throw fail(e.position, "<node> has no 'id' (required: a unique, non-empty string)") }
        guard !id.isEmpty else { throw fail(e.position, "node id is empty (expected a non-empty string)") }
        let what = "node '\(id)'"
        if e.attribute("pid") != nil { throw fail(position(e, "pid"), "hierarchical graphs ('pid' of \(what)) are not supported") }
        var node = Node(id: id, label: e.attribute("label"))
        let (validity, times) = try validity(e, what: what)
        node.validity = validity
        for (column, list) in try values(e, cls: "node", what: what) {
            switch column.title {
            case "kind": node.kind = try single(list, column: column, what: what).0
            case "influence.aliases":
                let (text, at) = try single(list, column: column, what: what)
                node.aliases = try _InteropJSON.decodeAliases(text, what: what, path: path, at: at)
            case "influence.evidence":
                let (text, at) = try single(list, column: column, what: what)
                node.evidence = try _InteropJSON.decodeEvidence(text, what: what, sources: network.sources, path: path, at: at)
            default:
                try store(list, column: column, into: &node.attributes, what: what)
            }
        }
        if !times.isEmpty { try put("timeset", Attribute(.string(_NumericSpan.timeSet(times))), at: e.position, into: &node.attributes, what: what) }
        return node
    }

    mutating func readEdge(_ e: XMLReader.Element, network: Network, nodes: [String: XMLReader.Position]) throws(ReadError) -> Edge {
        var ends: [String] = []
        for field in ["source", "target"] {
            guard let entry = e.attributeEntry(field) else {
                throw fail(e.position, "<edge> has no '\(field)' (required: the id of a node)")
            }
            if nodes[entry.value] == nil {
                throw fail(entry.position, "edge references unknown node '\(entry.value)' in '\(field)' (every node must be declared with <node id=…>)")
            }
            ends.append(entry.value)
        }
        let id = e.attribute("id")
        let what = id.map { "edge '\($0)'" } ?? "edge \(ends[0]) → \(ends[1])"
        if let t = e.attributeEntry("type") {
            switch t.value {
            case "directed", "undirected":
                let directed = t.value == "directed"
                if directed != network.directed {
                    throw fail(t.position, "\(what) is \(t.value) in \(network.directed ? "a directed" : "an undirected") graph (mixed graphs are not supported; make every edge \(network.directed ? "directed" : "undirected"))")
                }
            default:
                throw fail(t.position, "\(what) has type '\(t.value)' (expected directed or undirected; mutual edges are not supported)")
            }
        }
        var edge = Edge(id: id, from: ends[0], to: ends[1], relation: Edge.defaultRelation)
        if let k = e.attributeEntry("kind") {
            guard !k.value.isEmpty else { throw fail(k.position, "'kind' of \(what) is empty (expected a relation)") }
            edge.relation = k.value
        }
        if let w = e.attributeEntry("weight") {
            guard let x = _number(_trim(w.value)), x.isFinite else {
                throw fail(w.position, "weight '\(w.value.prefix(40))' of \(what) is not allowed (expected a finite number)")
            }
            edge.weight = x
        }
        let (validity, times) = try validity(e, what: what)
        edge.validity = validity
        if let label = e.attribute("label") { edge.attributes["label"] = Attribute(.string(label)) }
        for (column, list) in try values(e, cls: "edge", what: what) {
            switch column.title {
            case "relation":
                let (text, at) = try single(list, column: column, what: what)
                guard e.attribute("kind") == nil else { edge.attributes["relation"] = Attribute(.string(text)); break }
                guard !text.isEmpty else { throw fail(at, "'relation' of \(what) is empty (expected a non-empty string)") }
                edge.relation = text
            case "influence.evidence":
                let (text, at) = try single(list, column: column, what: what)
                edge.evidence = try _InteropJSON.decodeEvidence(text, what: what, sources: network.sources, path: path, at: at)
            default:
                // Gephi's dynamic weight: the column with id `weight`. Over numeric time its latest
                // value is the weight, unless the edge has a static weight.
                let dynamicWeight = column.id.lowercased() == "weight" && edge.weight == nil
                    && Self.numericTypes.contains(column.type) && list.contains { $0.numeric != nil }
                let latest = try store(list, column: column, into: &edge.attributes, what: what, keepLatest: !dynamicWeight)
                if dynamicWeight, case .number(let x)? = latest {
                    edge.weight = x
                    dynamicWeights += 1
                }
            }
        }
        if !times.isEmpty { try put("timeset", Attribute(.string(_NumericSpan.timeSet(times))), at: e.position, into: &edge.attributes, what: what) }
        return edge
    }
}

// MARK: - Writing

private struct GEXFWriter {
    let network: Network
    let viz: [String: GEXFFormat.NodeViz]
    var out = _XMLWriter(format: "GEXF")
    var nextColumn = 0

    init(network: Network, viz: [String: GEXFFormat.NodeViz]) {
        self.network = network
        self.viz = viz
    }

    static let nodeFields: Set<String> = ["kind"]
    static let edgeFields: Set<String> = ["relation"]

    static func columnTitle(_ name: String, fields: Set<String>) -> String {
        fields.contains(name) || name.hasPrefix("influence.") ? "influence.attribute." + name : name
    }

    struct Column {
        var id: String
        var title: String
        var type: _ColumnType
    }

    mutating func column(_ title: String, _ type: _ColumnType) -> Column {
        defer { nextColumn += 1 }
        return Column(id: String(nextColumn), title: title, type: type)
    }

    /// `YYYY-MM-DD` of a day number.
    static func dayText(_ days: Int) -> String? {
        _Days.date(days: days)?.description
    }

    /// ` start=… end=…` (closed interval) plus the exact text of coarse dates.
    mutating func time(_ v: Validity, what: @autoclosure () -> String) throws(WriteError) {
        if let s = v.since {
            try out.attribute("start", Self.dayText(s.firstDay) ?? s.description, what())
        }
        if let u = v.until {
            guard let end = Self.dayText(u.firstDay - 1) else {
                throw .unrepresentable(format: "GEXF", reason: "\(what()) ends (until) on \(u), which has no day before it for GEXF's inclusive 'end'")
            }
            try out.attribute("end", end, what())
        }
        if let s = v.since, s.precision != .day { try out.attribute("influence.since", s.description, what()) }
        if let u = v.until, u.precision != .day { try out.attribute("influence.until", u.description, what()) }
    }

    mutating func write() throws(WriteError) -> (bytes: [UInt8], warnings: [String]) {
        let nodes = network.nodes, edges = network.edges
        let nodePlan = _planColumns(nodes.lazy.map(\.attributes), allowDated: true)
        let edgePlan = _planColumns(edges.lazy.map(\.attributes), allowDated: true)
        var nodeColumns: [Column] = []
        let kindColumn = nodes.contains { $0.kind != nil } ? column("kind", .string) : nil
        if let c = kindColumn { nodeColumns.append(c) }
        let aliasColumn = nodes.contains { !$0.aliases.isEmpty } ? column("influence.aliases", .json) : nil
        if let c = aliasColumn { nodeColumns.append(c) }
        let nodeEvidenceColumn = nodes.contains { !$0.evidence.isEmpty } ? column("influence.evidence", .json) : nil
        if let c = nodeEvidenceColumn { nodeColumns.append(c) }
        var nodeAttributeColumns: [String: Column] = [:]
        for (name, type) in nodePlan {
            let c = column(Self.columnTitle(name, fields: Self.nodeFields), type)
            nodeAttributeColumns[name] = c
            nodeColumns.append(c)
        }
        var edgeColumns: [Column] = []
        let edgeEvidenceColumn = edges.contains { !$0.evidence.isEmpty } ? column("influence.evidence", .json) : nil
        if let c = edgeEvidenceColumn { edgeColumns.append(c) }
        var edgeAttributeColumns: [String: Column] = [:]
        for (name, type) in edgePlan {
            let c = column(Self.columnTitle(name, fields: Self.edgeFields), type)
            edgeAttributeColumns[name] = c
            edgeColumns.append(c)
        }
        func datedValues(_ a: some Sequence<Attributes>) -> Bool {
            a.contains { $0.values.contains { $0.values.contains { !$0.validity.isAlways } } }
        }
        let nodeDynamic = datedValues(nodes.lazy.map(\.attributes))
        let edgeDynamic = datedValues(edges.lazy.map(\.attributes))
        let dynamic = nodeDynamic || edgeDynamic || nodes.contains { !$0.validity.isAlways } || edges.contains { !$0.validity.isAlways }
        let metaExtensions = network.title != nil || !network.sources.isEmpty || !network.kinds.isEmpty || !network.relations.isEmpty

        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.raw("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        if metaExtensions { out.raw(" xmlns:influence=\"urn:influence:gexf\"") }
        out.raw(" xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n")
        out.raw("  <meta>\n    <creator>influence</creator>\n")
        if let d = network.description {
            out.raw("    <description>")
            try out.text(d, "the network's description")
            out.raw("</description>\n")
        }
        if let t = network.title {
            out.raw("    <influence:title>")
            try out.text(t, "the network's title")
            out.raw("</influence:title>\n")
        }
        if !network.sources.isEmpty {
            out.raw("    <influence:sources>")
            try out.text(_InteropJSON.sources(network.sources), "the sources")
            out.raw("</influence:sources>\n")
        }
        if !network.kinds.isEmpty {
            out.raw("    <influence:kinds>")
            try out.text(_InteropJSON.kinds(network.kinds), "the kinds")
            out.raw("</influence:kinds>\n")
        }
        if !network.relations.isEmpty {
            out.raw("    <influence:relations>")
            try out.text(_InteropJSON.relations(network.relations), "the relations")
            out.raw("</influence:relations>\n")
        }
        out.raw("  </meta>\n")
        out.raw("  <graph defaultedgetype=\"\(network.directed ? "directed" : "undirected")\" mode=\"\(dynamic ? "dynamic" : "static")\"")
        if dynamic { out.raw(" timeformat=\"date\"") }
        out.raw(">\n")
        for (cls, cols, isDynamic) in [("node", nodeColumns, nodeDynamic), ("edge", edgeColumns, edgeDynamic)] where !cols.isEmpty {
            out.raw("    <attributes class=\"\(cls)\" mode=\"\(isDynamic ? "dynamic" : "static")\">\n")
            for c in cols {
                out.raw("      <attribute id=\"\(c.id)\"")
                try out.attribute("title", c.title, "the name of \(cls) attribute '\(c.title)'")
                out.raw(" type=\"\(c.type.gexfType)\"")
                if let mark = c.type.mark, c.title != "influence.aliases", c.title != "influence.evidence" {
                    out.raw(" influence.type=\"\(mark)\"")
                }
                out.raw("/>\n")
            }
            out.raw("    </attributes>\n")
        }

        out.raw("    <nodes count=\"\(nodes.count)\">\n")
        var usedViz = 0
        for node in nodes {
            let what = "node '\(node.id)'"
            out.raw("      <node")
            try out.attribute("id", node.id, "the id of \(what)")
            if let l = node.label { try out.attribute("label", l, "the label of \(what)") }
            try time(node.validity, what: what)
            var values: [(Column, String, Validity)] = []
            if let c = kindColumn, let k = node.kind { values.append((c, k, .always)) }
            if let c = aliasColumn, !node.aliases.isEmpty { values.append((c, _InteropJSON.aliases(node.aliases), .always)) }
            if let c = nodeEvidenceColumn, !node.evidence.isEmpty { values.append((c, _InteropJSON.evidence(node.evidence), .always)) }
            for (name, a) in node.attributes {
                guard let c = nodeAttributeColumns[name] else { continue }
                append(a, column: c, into: &values)
            }
            let drawing = viz[node.id]
            if drawing != nil { usedViz += 1 }
            if values.isEmpty && drawing == nil {
                out.raw("/>\n")
                continue
            }
            out.raw(">\n")
            try attvalues(values, what: what, indent: "        ")
            if let drawing { try self.viz(drawing, what: what) }
            out.raw("      </node>\n")
        }
        out.raw("    </nodes>\n")
        out.raw("    <edges count=\"\(edges.count)\">\n")
        for (i, edge) in edges.enumerated() {
            let what = edge.id.map { "edge '\($0)'" } ?? "edge \(i + 1) (\(edge.from) → \(edge.to))"
            out.raw("      <edge")
            if let id = edge.id { try out.attribute("id", id, "the id of \(what)") }
            try out.attribute("source", edge.from, "the source of \(what)")
            try out.attribute("target", edge.to, "the target of \(what)")
            try out.attribute("kind", edge.relation, "the relation of \(what)")
            if let w = edge.weight { out.raw(" weight=\"\(formatNumber(w))\"") }
            try time(edge.validity, what: what)
            var values: [(Column, String, Validity)] = []
            if let c = edgeEvidenceColumn, !edge.evidence.isEmpty { values.append((c, _InteropJSON.evidence(edge.evidence), .always)) }
            for (name, a) in edge.attributes {
                guard let c = edgeAttributeColumns[name] else { continue }
                append(a, column: c, into: &values)
            }
            if values.isEmpty {
                out.raw("/>\n")
                continue
            }
            out.raw(">\n")
            try attvalues(values, what: what, indent: "        ")
            out.raw("      </edge>\n")
        }
        out.raw("    </edges>\n  </graph>\n</gexf>\n")

        var textOnly: [String] = []
        if aliasColumn != nil { textOnly.append("aliases") }
        if nodeEvidenceColumn != nil || edgeEvidenceColumn != nil { textOnly.append("evidence") }
        let plans = Array(nodePlan.values) + Array(edgePlan.values)
        if plans.contains(.date) { textOnly.append("date attributes") }
        if plans.contains(.json) { textOnly.append("mixed-type attributes") }
        if metaExtensions { textOnly.append("the title and the sources, kinds and relations tables") }
        let coarse = nodes.contains { Self.coarse($0.validity) || $0.attributes.values.contains { $0.values.contains { Self.coarse($0.validity) } } }
            || edges.contains { Self.coarse($0.validity) || $0.attributes.values.contains { $0.values.contains { Self.coarse($0.validity) } } }
        if coarse { textOnly.append("the month or year precision of dates") }
        var warnings: [String] = []
        if !textOnly.isEmpty {
            warnings.append("GEXF has no type for \(_listing(textOnly)); they are written as text (JSON in columns named influence.* or marked influence.type, <influence:…> elements in <meta>, influence.since/until attributes beside day dates), which other GEXF readers ignore or see as plain strings")
        }
        if usedViz < viz.count {
            let ids = Set(nodes.map(\.id))
            let unknown = viz.keys.filter { !ids.contains($0) }.sorted()
            warnings.append("viz given for \(unknown.count) id(s) that name no node (\(unknown.prefix(3).map { "'\($0)'" }.joined(separator: ", "))\(unknown.count > 3 ? ", …" : "")); not written")
        }
        return (out.bytes, warnings)
    }

    static func coarse(_ v: Validity) -> Bool {
        (v.since.map { $0.precision != .day } ?? false) || (v.until.map { $0.precision != .day } ?? false)
    }

    func append(_ a: Attribute, column c: Column, into values: inout [(Column, String, Validity)]) {
        if c.type == .json {
            values.append((c, _InteropJSON.attribute(a), .always))
        } else {
            for dv in a.values { values.append((c, c.type.text(dv.value), dv.validity)) }
        }
    }

    mutating func attvalues(_ values: [(Column, String, Validity)], what: String, indent: String) throws(WriteError) {
        guard !values.isEmpty else { return }
        out.raw(indent + "<attvalues>\n")
        for (c, text, v) in values {
            out.raw(indent + "  <attvalue for=\"\(c.id)\"")
            try out.attribute("value", text, "'\(c.title)' of \(what)")
            try time(v, what: "'\(c.title)' of \(what)")
            out.raw("/>\n")
        }
        out.raw(indent + "</attvalues>\n")
    }

    mutating func viz(_ v: GEXFFormat.NodeViz, what: String) throws(WriteError) {
        func bad(_ reason: String) -> WriteError { .unrepresentable(format: "GEXF", reason: "viz of \(what): \(reason)") }
        if let c = v.color {
            out.raw("        <viz:color r=\"\(c.red)\" g=\"\(c.green)\" b=\"\(c.blue)\"")
            if let a = c.alpha {
                guard a.isFinite, a >= 0, a <= 1 else { throw bad("alpha \(a) is not in 0…1") }
                out.raw(" a=\"\(formatNumber(a))\"")
            }
            out.raw("/>\n")
        }
        if let s = v.size {
            guard s.isFinite, s >= 0 else { throw bad("size \(s) is not a finite number ≥ 0") }
            out.raw("        <viz:size value=\"\(formatNumber(s))\"/>\n")
        }
        if let p = v.position {
            guard p.x.isFinite, p.y.isFinite, p.z?.isFinite ?? true else { throw bad("position is not finite") }
            out.raw("        <viz:position x=\"\(formatNumber(p.x))\" y=\"\(formatNumber(p.y))\"")
            if let z = p.z { out.raw(" z=\"\(formatNumber(z))\"") }
            out.raw("/>\n")
        }
    }
}
