import InfluenceGraph
import InfluenceSerialization
import OrderedCollections

// MARK: - Shared by the interchange formats (GML, node-link JSON, Gephi CSV, Pajek)

/// Checks, positions and mapping rules shared by the readers and writers of the interchange
/// formats. Internal: each format's public enum documents the rules it applies.
enum Interchange {
    /// Whether nodes can be named by their labels, as `networkx.read_gml` and `read_pajek` name
    /// them: every label present, non-empty and unique. Otherwise the first repeated label's two
    /// positions (or `nil` if a label is missing).
    static func labelsName(_ labels: [String?]) -> (ok: Bool, repeated: (String, Int, Int)?) {
        var seen: [String: Int] = [:]
        seen.reserveCapacity(labels.count)
        for (k, label) in labels.enumerated() {
            guard let label, !label.isEmpty else { return (false, nil) }
            if let first = seen[label] { return (false, (label, first, k)) }
            seen[label] = k
        }
        return (true, nil)
    }

    /// The single value, valid at every date, of an attribute; `nil` for a dated series.
    static func plainValue(_ a: Attribute) -> AttributeValue? {
        a.values.count == 1 && a.values[0].validity.isAlways ? a.values[0].value : nil
    }

    /// True when two edges join the same pair (in the same direction when `directed`), so that a
    /// simple-graph reader such as NetworkX's would merge them unless told it is a multigraph.
    static func hasParallelEdges(_ network: Network) -> Bool { repeatedPairs(network) > 0 }

    /// How many edges repeat the pair of an earlier edge (the same direction when `directed`).
    static func repeatedPairs(_ network: Network) -> Int {
        struct Pair: Hashable { var a: String; var b: String }
        var seen = Set<Pair>()
        var repeated = 0
        for e in network.edges {
            let pair = network.directed || e.from <= e.to ? Pair(a: e.from, b: e.to) : Pair(a: e.to, b: e.from)
            if !seen.insert(pair).inserted { repeated += 1 }
        }
        return repeated
    }

    /// Node positions by id, refusing an edge to a node the network does not have.
    static func endpoints(_ network: Network, format: String) throws(WriteError) -> [(Int, Int)] {
        let index = network.nodeIndex()
        var result: [(Int, Int)] = []
        result.reserveCapacity(network.edges.count)
        for e in network.edges {
            guard let u = index[e.from] else { throw .unrepresentable(format: format, reason: "edge references unknown node '\(e.from)'") }
            guard let v = index[e.to] else { throw .unrepresentable(format: format, reason: "edge references unknown node '\(e.to)'") }
            result.append((u, v))
        }
        return result
    }

    /// What the sources, kinds and relations tables hold, for the loss warnings.
    static func hasTables(_ network: Network) -> Bool {
        !network.sources.isEmpty || !network.kinds.isEmpty || !network.relations.isEmpty
    }
}

// MARK: - GML

/// Reads and writes GML, the Graph Modelling Language, as NetworkX, igraph, Gephi and Cytoscape
/// write it.
///
/// A GML file is a list of `key value` pairs, where a value is an integer, a real, a quoted
/// string or a bracketed list of pairs: `graph [ directed 1 node [ id 0 label "kh" ] … ]`.
/// Strings hold any character as an HTML character reference (`&#233;`, `&#x1F600;`) or a
/// named HTML 4 entity (`&eacute;`, `&amp;`), which NetworkX writes for every character outside
/// printable ASCII and for `"` and `&`; an unknown entity is kept as written, as NetworkX does.
///
/// ## Mapping (reading)
/// | GML | influence |
/// |---|---|
/// | `graph [ directed 1 ]` (absent: undirected, as in NetworkX) | `Network.directed` |
/// | graph `title` (else `name`, NetworkX's graph name), `description` | title, description |
/// | graph `source [ key … title … ]`, `kind [ name … ]`, `relation [ name … counts 1 ]` | the sources, kinds and relations tables |
/// | node `id` (integer or string, unique) | the node's identity in the file |
/// | node `label` | `Node.id` when every node has a distinct non-empty label (as `networkx.read_gml` names nodes); otherwise `Node.id` is the GML `id` and `label` is `Node.label` (a warning says so) |
/// | node `displayLabel` | `Node.label` |
/// | node `kind`, `since`, `until`, `alias` (repeated) | kind, validity, aliases |
/// | `attribute [ name … value … type … since … until ]` (repeated) | a typed, dated attribute value |
/// | `evidence [ source … quote … confidence … ]` (repeated) | evidence |
/// | edge `source`, `target` (node `id`s) | from, to |
/// | edge `id`, `relation` (else `label`, else `edge`), `weight`, `since`, `until` | id, relation, weight (finite), validity |
/// | any other key with an integer or real value | a number attribute (finite) |
/// | any other key with a string value | a date attribute if it reads as `YYYY-MM` or `YYYY-MM-DD`, else a string |
/// | the same key repeated | one attribute with several values (NetworkX's list) |
///
/// Left out, with one warning each: graph keys other than the above, nested lists other than the
/// above (`graphics [ x … y … ]`), and NetworkX's multigraph `key`. Top-level keys beside
/// `graph` (`Creator`, `Version`) are ignored.
///
/// Beyond the grammar of the GML specification (Himsolt, "GML: A portable Graph File Format",
/// Universität Passau, 1997: a value is an integer, a real, a quoted string or a list), read as
/// their writers mean them, each with one warning: the non-finite numbers `NaN`, `Inf`, `-Inf`
/// in any case and with a sign (igraph writes `NaN`, `Inf`; NetworkX `NAN`, `INF`) — an
/// attribute with one is left out (influence holds finite numbers; igraph writes `NaN` for a
/// missing value), a weight with one is refused; a bare word as a value (`id A`, which Gephi
/// reads) is a string; a second `graph [ … ]` is ignored, as igraph ignores it.
///
/// ## Limits
/// Tokens (keys, strings, numbers) of at most ``maxTokenLength`` bytes; lists nested at most 256
/// deep (parsed with an explicit stack, never recursively); UTF-8 only, without NUL bytes. Every
/// error names `file:line:col`; an unterminated list or string is reported where it opened.
///
/// - Complexity: O(size of the input) to read, O(size of the output) to write.
public enum GMLFormat {
    /// Longest token (key, string, number) accepted, in bytes.
    public static let maxTokenLength = TextInput.maxTokenLength

    /// Parses a GML file into a network.
    ///
    /// - Parameters:
    ///   - data: The file's bytes (UTF-8; a BOM is skipped).
    ///   - path: Used in messages only.
    /// - Returns: The network, and warnings (`warning: …`) for what was left out.
    /// - Throws: `ReadError` with `file:line:col` for a syntax error, a limit exceeded, a
    ///   duplicate node id, an edge to a missing node, a weight that is not a finite number,
    ///   or any field the native file would also refuse.
    public static func read(_ data: [UInt8], path: String) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        try TextInput.checkNotEmpty(data, path: path, expected: "a GML graph: graph [ node [ id 0 ] … ]")
        try TextInput.checkText(data, path: path)
        let parsed: Result<(lists: [[GMLItem]], unquoted: Int, first: (mark: Mark, word: String)?), ReadError> = data.withUnsafeBufferPointer { buffer in
            var parser = GMLParser(bytes: buffer, path: path)
            do throws(ReadError) {
                let lists = try parser.parse()
                return .success((lists, parser.unquoted, parser.firstUnquoted))
            } catch { return .failure(error) }
        }
        let (lists, unquoted, firstUnquoted) = try parsed.get()
        var decoder = GMLDecoder(path: path, lists: lists)
        var result = try decoder.decode()
        if let (mark, word) = firstUnquoted {
            let what = unquoted == 1 ? "1 value is" : "\(unquoted) values are"
            result.warnings.append(TextInput.warning(path, mark,
                "\(what) not quoted (first '\(word.prefix(40))'; GML quotes strings): read as strings, as Gephi reads them"))
            result.warnings.sort { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }
        }
        return result
    }

    /// Writes the network as GML that `networkx.read_gml` reads back with nodes named by their
    /// ids, and that this reader restores exactly.
    ///
    /// Node `id`s are positions (0, 1, …), `label` is the node's id (as `networkx.write_gml`
    /// writes a node's name), `displayLabel` its label; `multigraph 1` is written when two edges
    /// join the same pair. Attributes whose name is a GML key (`[A-Za-z][A-Za-z0-9_]*`, not one of
    /// the reserved keys) and whose single undated value reads back with its type (a number, a
    /// string that does not look like a date, a month or day date) are written as plain keys;
    /// the others as `attribute [ name … value … type … since … until … ]`. Aliases, evidence and
    /// the tables are nested lists. Strings are ASCII with `&#N;` references, as NetworkX writes them.
    ///
    /// - Returns: The bytes, and one warning line naming what a plain GML reader sees only as
    ///   nested lists (none when the network has nothing of the kind).
    /// - Throws: `WriteError` when an edge names a node the network does not have.
    public static func write(_ network: Network) throws(WriteError) -> (bytes: [UInt8], warnings: [String]) {
        try GMLWriter.write(network)
    }

    /// Node keys with a meaning of their own; an attribute of that name is written nested.
    static let nodeKeys: Set<String> = ["id", "label", "displayLabel", "kind", "since", "until", "alias", "attribute", "evidence"]

    /// Edge keys with a meaning of their own.
    static let edgeKeys: Set<String> = ["source", "target", "key", "id", "label", "relation", "weight", "since", "until", "attribute", "evidence"]

    /// Whether `name` is a key NetworkX writes and reads: `[A-Za-z][A-Za-z0-9_]*`.
    static func isKey(_ name: String) -> Bool {
        let u = Array(name.utf8)
        guard let first = u.first, isLetter(first), u.count <= 256 else { return false }
        return u.allSatisfy { isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "_") }
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
}

/// One `key value` pair of a GML list.
struct GMLItem {
    var key: String
    var keyMark: Mark
    var value: GMLValue

    /// Where the value starts (the `[` of a list).
    var mark: Mark
}

enum GMLValue {
    /// An integer or real, with its text (`INF`, `NaN`, `-Inf`, `+inF`: any case, signed, included).
    case number(Double, text: String)
    case string(String)

    /// Index into the parser's lists.
    case list(Int)

    var isInteger: Bool {
        if case .number(let x, let text) = self { return x.isFinite && !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) }
        return false
    }
}

/// The GML lexer and parser: one pass, an explicit stack of open lists.
struct GMLParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let path: String
    var i = 0
    var pos: LineTracker

    /// Every list, closed ones appended as they close; index 0 is the top level.
    var lists: [[GMLItem]] = [[]]

    /// Values written as bare words (`id A`), which GML's grammar does not allow, and the first.
    var unquoted = 0
    var firstUnquoted: (mark: Mark, word: String)?

    init(bytes: UnsafeBufferPointer<UInt8>, path: String) {
        self.bytes = bytes
        self.path = path
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        i = bom
        pos = LineTracker(start: bom)
    }

    mutating func mark() -> Mark { pos.mark(at: i, bytes) }

    func error(_ m: Mark, _ message: String) -> ReadError { .at(path, Int(m.line), Int(m.column), message) }

    func describe(_ k: Int) -> String {
        guard k < bytes.count else { return "the end of the file" }
        let b = bytes[k]
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        if b < 0x80 { return "byte 0x" + (b < 16 ? "0" : "") + String(b, radix: 16, uppercase: true) }
        var end = k + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return "'" + String(decoding: UnsafeBufferPointer(rebasing: bytes[k ..< end]), as: UTF8.self) + "'"
    }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        GMLFormat.isLetter(b) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "_")
    }

    mutating func word(_ start: Mark) throws(ReadError) -> String {
        let s = i
        while i < bytes.count, Self.isWordByte(bytes[i]) { i += 1 }
        if i - s > GMLFormat.maxTokenLength { throw error(start, TextInput.tooLong("key", limitFor: "one GML token")) }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[s ..< i]), as: UTF8.self)
    }

    /// After a value or key: the next byte must end the token.
    func checkEnd(_ start: Mark, _ what: String) throws(ReadError) {
        guard i < bytes.count else { return }
        switch bytes[i] {
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\""), UInt8(ascii: "#"): return
        default:
            throw error(start, "\(what) runs into \(describe(i)) (expected a space, a newline, '[' or ']' after it)")
        }
    }

    /// The value of the non-finite spellings NetworkX (`INF`, `NAN`) and igraph (`Inf`, `NaN`,
    /// any case, signed) write, which GML's grammar does not have; `nil` for any other word.
    static func nonFinite(_ word: String, negative: Bool) -> Double? {
        switch word.lowercased() {
        case "inf", "infinity": negative ? -.infinity : .infinity
        case "nan": .nan
        default: nil
        }
    }

    mutating func number(_ start: Mark) throws(ReadError) -> GMLValue {
        let s = i
        if bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
        if i < bytes.count, GMLFormat.isLetter(bytes[i]) {
            let w = try word(start)
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[s ..< i]), as: UTF8.self)
            guard let x = Self.nonFinite(w, negative: bytes[s] == UInt8(ascii: "-")) else {
                throw error(start, "invalid number '\(text.prefix(40))' (expected an integer or a real such as 2, -0.5, 1.5E+20)")
            }
            try checkEnd(start, "number '\(text.prefix(40))'")
            return .number(x, text: text)
        }
        while i < bytes.count {
            let b = bytes[i]
            if (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
                || ((b == UInt8(ascii: "+") || b == UInt8(ascii: "-")) && (bytes[i - 1] | 0x20) == UInt8(ascii: "e")) {
                i += 1
            } else { break }
        }
        if i - s > GMLFormat.maxTokenLength { throw error(start, TextInput.tooLong("number", limitFor: "one GML token")) }
        let slice = UnsafeBufferPointer(rebasing: bytes[s ..< i])
        let text = String(decoding: slice, as: UTF8.self)
        guard let x = NumberSyntax.parseNumber(slice) else {
            throw error(start, "invalid number '\(text.prefix(40))' (expected an integer or a real such as 2, -0.5, 1.5E+20)")
        }
        try checkEnd(start, "number '\(text.prefix(40))'")
        return .number(x, text: text)
    }

    mutating func string(_ start: Mark) throws(ReadError) -> String {
        i += 1
        let s = i
        var hasEntity = false
        while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
            if bytes[i] == 0x0A { pos.newline(at: i) }
            if bytes[i] == UInt8(ascii: "&") { hasEntity = true }
            i += 1
        }
        guard i < bytes.count else {
            throw error(start, "unterminated string: the '\"' opened here has no closing quote (the file ends at line \(pos.line))")
        }
        if i - s > GMLFormat.maxTokenLength { throw error(start, TextInput.tooLong("string", limitFor: "one GML string")) }
        let slice = UnsafeBufferPointer(rebasing: bytes[s ..< i])
        i += 1
        return hasEntity ? GMLEntities.unescape(slice) : String(decoding: slice, as: UTF8.self)
    }

    mutating func parse() throws(ReadError) -> [[GMLItem]] {
        struct Frame { var items: [GMLItem]; var key: String; var keyMark: Mark; var open: Mark }
        var stack: [Frame] = []
        var current: [GMLItem] = []
        var pending: (key: String, mark: Mark)?
        let n = bytes.count
        while true {
            while i < n {
                let b = bytes[i]
                if b == 0x0A { pos.newline(at: i); i += 1 }
                else if b == 0x20 || b == 0x09 || b == 0x0D { i += 1 }
                else if b == UInt8(ascii: "#") { while i < n, bytes[i] != 0x0A { i += 1 } }
                else { break }
            }
            if i == n { break }
            let start = mark()
            let b = bytes[i]
            if let key = pending {
                pending = nil
                switch b {
                case UInt8(ascii: "["):
                    if stack.count >= maxNestingDepth {
                        throw error(start, "lists nested deeper than \(maxNestingDepth) levels (the limit for GML nesting)")
                    }
                    stack.append(Frame(items: current, key: key.key, keyMark: key.mark, open: start))
                    current = []
                    i += 1
                case UInt8(ascii: "\""):
                    let s = try string(start)
                    current.append(GMLItem(key: key.key, keyMark: key.mark, value: .string(s), mark: start))
                case UInt8(ascii: "0") ... UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                    current.append(GMLItem(key: key.key, keyMark: key.mark, value: try number(start), mark: start))
                case _ where GMLFormat.isLetter(b) || b == UInt8(ascii: "_"):
                    let w = try word(start)
                    try checkEnd(start, "value '\(w.prefix(40))'")
                    if let x = Self.nonFinite(w, negative: false) {
                        current.append(GMLItem(key: key.key, keyMark: key.mark, value: .number(x, text: w), mark: start))
                    } else {
                        // GML quotes every string; Gephi and yFiles read a bare word (`id A`) as one.
                        unquoted += 1
                        if firstUnquoted == nil { firstUnquoted = (start, w) }
                        current.append(GMLItem(key: key.key, keyMark: key.mark, value: .string(w), mark: start))
                    }
                case UInt8(ascii: "]"):
                    throw error(start, "key '\(key.key)' has no value (found ']'; expected a number, a quoted string or '[')")
                default:
                    throw error(start, "unexpected \(describe(i)) after key '\(key.key)' (expected a number, a quoted string or '[')")
                }
            } else {
                switch b {
                case _ where GMLFormat.isLetter(b) || b == UInt8(ascii: "_"):
                    let w = try word(start)
                    try checkEnd(start, "key '\(w.prefix(40))'")
                    pending = (w, start)
                case UInt8(ascii: "]"):
                    guard var frame = stack.popLast() else { throw error(start, "unexpected ']' (no list is open)") }
                    lists.append(current)
                    let index = lists.count - 1
                    current = []
                    swap(&current, &frame.items)  // no copy of the parent's items
                    current.append(GMLItem(key: frame.key, keyMark: frame.keyMark, value: .list(index), mark: frame.open))
                    i += 1
                case UInt8(ascii: "["):
                    throw error(start, "'[' without a key (expected a key such as graph, node or edge before it)")
                case UInt8(ascii: "\""), UInt8(ascii: "0") ... UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                    throw error(start, "a value without a key (expected a key, such as id or label, before it)")
                default:
                    throw error(start, "unexpected \(describe(i)) (expected a key, a value, '[' or ']')")
                }
            }
        }
        if let key = pending {
            throw error(key.mark, "key '\(key.key)' has no value (the file ends at line \(pos.line))")
        }
        if let frame = stack.last {
            throw error(frame.open, "unterminated list: the '[' of '\(frame.key)' opened here has no closing ']' (the file ends at line \(pos.line))")
        }
        lists[0] = current
        return lists
    }
}

/// HTML character references and HTML 4 named entities in GML strings, read as
/// `networkx.readwrite.gml.unescape` reads them.
enum GMLEntities {
    /// The 252 names of HTML 4 (Python's `html.entities.name2codepoint`), `name=code point`.
    static let htmlEntityTable = """
        AElig=198 Aacute=193 Acirc=194 Agrave=192 Alpha=913 Aring=197 Atilde=195 Auml=196 Beta=914
        Ccedil=199 Chi=935 Dagger=8225 Delta=916 ETH=208 Eacute=201 Ecirc=202 Egrave=200 Epsilon=917 Eta=919
        Euml=203 Gamma=915 Iacute=205 Icirc=206 Igrave=204 Iota=921 Iuml=207 Kappa=922 Lambda=923 Mu=924
        Ntilde=209 Nu=925 OElig=338 Oacute=211 Ocirc=212 Ograve=210 Omega=937 Omicron=927 Oslash=216
        Otilde=213 Ouml=214 Phi=934 Pi=928 Prime=8243 Psi=936 Rho=929 Scaron=352 Sigma=931 THORN=222 Tau=932
        Theta=920 Uacute=218 Ucirc=219 Ugrave=217 Upsilon=933 Uuml=220 Xi=926 Yacute=221 Yuml=376 Zeta=918
        aacute=225 acirc=226 acute=180 aelig=230 agrave=224 alefsym=8501 alpha=945 amp=38 and=8743 ang=8736
        aring=229 asymp=8776 atilde=227 auml=228 bdquo=8222 beta=946 brvbar=166 bull=8226 cap=8745
        ccedil=231 cedil=184 cent=162 chi=967 circ=710 clubs=9827 cong=8773 copy=169 crarr=8629 cup=8746
        curren=164 dArr=8659 dagger=8224 darr=8595 deg=176 delta=948 diams=9830 divide=247 eacute=233
        ecirc=234 egrave=232 empty=8709 emsp=8195 ensp=8194 epsilon=949 equiv=8801 eta=951 eth=240 euml=235
        euro=8364 exist=8707 fnof=402 forall=8704 frac12=189 frac14=188 frac34=190 frasl=8260 gamma=947
        ge=8805 gt=62 hArr=8660 harr=8596 hearts=9829 hellip=8230 iacute=237 icirc=238 iexcl=161 igrave=236
        image=8465 infin=8734 int=8747 iota=953 iquest=191 isin=8712 iuml=239 kappa=954 lArr=8656 lambda=955
        lang=9001 laquo=171 larr=8592 lceil=8968 ldquo=8220 le=8804 lfloor=8970 lowast=8727 loz=9674
        lrm=8206 lsaquo=8249 lsquo=8216 lt=60 macr=175 mdash=8212 micro=181 middot=183 minus=8722 mu=956
        nabla=8711 nbsp=160 ndash=8211 ne=8800 ni=8715 not=172 notin=8713 nsub=8836 ntilde=241 nu=957
        oacute=243 ocirc=244 oelig=339 ograve=242 oline=8254 omega=969 omicron=959 oplus=8853 or=8744
        ordf=170 ordm=186 oslash=248 otilde=245 otimes=8855 ouml=246 para=182 part=8706 permil=8240
        perp=8869 phi=966 pi=960 piv=982 plusmn=177 pound=163 prime=8242 prod=8719 prop=8733 psi=968 quot=34
        rArr=8658 radic=8730 rang=9002 raquo=187 rarr=8594 rceil=8969 rdquo=8221 real=8476 reg=174
        rfloor=8971 rho=961 rlm=8207 rsaquo=8250 rsquo=8217 sbquo=8218 scaron=353 sdot=8901 sect=167 shy=173
        sigma=963 sigmaf=962 sim=8764 spades=9824 sub=8834 sube=8838 sum=8721 sup=8835 sup1=185 sup2=178
        sup3=179 supe=8839 szlig=223 tau=964 there4=8756 theta=952 thetasym=977 thinsp=8201 thorn=254
        tilde=732 times=215 trade=8482 uArr=8657 uacute=250 uarr=8593 ucirc=251 ugrave=249 uml=168 upsih=978
        upsilon=965 uuml=252 weierp=8472 xi=958 yacute=253 yen=165 yuml=255 zeta=950 zwj=8205 zwnj=8204
        """

    static let named: [String: UInt32] = {
        var table: [String: UInt32] = [:]
        for pair in htmlEntityTable.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let parts = pair.split(separator: "=")
            if parts.count == 2, let v = UInt32(parts[1]) { table[String(parts[0])] = v }
        }
        return table
    }()

    /// Replaces `&#N;`, `&#xH;` and `&name;` by their characters; anything else (an unknown
    /// name, a number that is no Unicode scalar) stays as written. O(length).
    static func unescape(_ s: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = 0
        let n = s.count
        while i < n {
            let b = s[i]
            guard b == UInt8(ascii: "&") else { out.append(b); i += 1; continue }
            var j = i + 1
            var scalar: UInt32?
            if j < n, s[j] == UInt8(ascii: "#") {
                j += 1
                let hex = j < n && (s[j] == UInt8(ascii: "x") || s[j] == UInt8(ascii: "X"))
                if hex { j += 1 }
                let digitsStart = j
                var value: UInt64 = 0
                while j < n, j - digitsStart < 12 {
                    let c = s[j]
                    let d: UInt64
                    if c >= 0x30 && c <= 0x39 { d = UInt64(c - 0x30) }
                    else if hex, (c | 0x20) >= 0x61, (c | 0x20) <= 0x66 { d = UInt64((c | 0x20) - 0x61 + 10) }
                    else { break }
                    value = value * (hex ? 16 : 10) + d
                    j += 1
                }
                if j > digitsStart, j < n, s[j] == UInt8(ascii: ";"), value <= 0x10FFFF, Unicode.Scalar(UInt32(value)) != nil {
                    scalar = UInt32(value)
                }
            } else {
                let nameStart = j
                while j < n, j - nameStart < 16, GMLParser.isWordByte(s[j]), s[j] != UInt8(ascii: "_") { j += 1 }
                if j > nameStart, j < n, s[j] == UInt8(ascii: ";") {
                    scalar = named[String(decoding: UnsafeBufferPointer(rebasing: s[nameStart ..< j]), as: UTF8.self)]
                }
            }
            if let scalar, let u = Unicode.Scalar(scalar) {
                out.append(contentsOf: String(Character(u)).utf8)
                i = j + 1
            } else {
                out.append(b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Escapes as `networkx.readwrite.gml.escape` does: every character outside printable ASCII,
    /// and `"` and `&`, as `&#N;`.
    static func escape(_ s: String, into out: inout [UInt8]) {
        for u in s.unicodeScalars {
            let v = u.value
            if v >= 0x20 && v < 0x7F && v != 0x22 && v != 0x26 {
                out.append(UInt8(v))
            } else {
                out.append(UInt8(ascii: "&"))
                out.append(UInt8(ascii: "#"))
                out.append(contentsOf: String(v).utf8)
                out.append(UInt8(ascii: ";"))
            }
        }
    }
}

/// Turns the parsed GML lists into a ``Network`` (see ``GMLFormat`` for the mapping).
struct GMLDecoder {
    let path: String
    let lists: [[GMLItem]]
    var decoder: NetworkDecoder
    var warnings: [Diagnostic] = []
    var droppedLists: OrderedDictionary<String, Mark> = [:]
    var droppedGraphKeys: OrderedDictionary<String, Mark> = [:]
    /// Edges whose `label`/`relation` is empty (Cytoscape and yFiles write `label ""` on every
    /// unlabelled edge), read with the default relation, and where the first is. (An edge with no
    /// label at all gets the default relation silently, as in every other format.)
    var defaultedRelations = 0
    var firstDefaultedRelation: Mark?
    /// Plain attributes whose value is NaN or ±Inf (igraph writes NaN for a missing numeric
    /// value), left out: how many, their keys, the first.
    var nonFinite = 0
    var nonFiniteKeys: [String] = []
    var firstNonFinite: Mark?

    /// NetworkX writes a one-element list as this marker followed by the element.
    static let listStart = "_networkx_list_start"

    init(path: String, lists: [[GMLItem]]) {
        self.path = path
        self.lists = lists
        decoder = NetworkDecoder(path: path)
    }

    func doc(_ value: GMLValue, _ mark: Mark) -> DocNode {
        switch value {
        case .number(_, let text): .scalar(text, quoted: false, mark)
        case .string(let s): .scalar(s, quoted: true, mark)
        case .list(let k): .mapping(lists[k].map { DocEntry(key: $0.key, keyMark: $0.keyMark, value: doc($0.value, $0.mark)) }, mark)
        }
    }

    func doc(_ item: GMLItem) -> DocEntry { DocEntry(key: item.key, keyMark: item.keyMark, value: doc(item.value, item.mark)) }

    /// A scalar as text: an integer in canonical form (`+01` → `1`), a real as written, a string as is.
    static func text(_ value: GMLValue) -> String? {
        switch value {
        case .number(_, let text):
            if value.isInteger, let n = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text) { return String(n) }
            return text
        case .string(let s): return s
        case .list: return nil
        }
    }

    static func describe(_ value: GMLValue) -> String {
        switch value {
        case .number(_, let text): "the number \(text.prefix(40))"
        case .string(let s): "the string \"\(s.count > 40 ? s.prefix(40) + "…" : s)\""
        case .list: "a list"
        }
    }

    mutating func text(_ item: GMLItem, what: String) -> String? {
        if let t = Self.text(item.value) { return t }
        decoder.report(item.mark, "'\(item.key)' of \(what) must be a number or a string, found a list")
        return nil
    }

    mutating func list(_ item: GMLItem, what: String) -> [GMLItem]? {
        if case .list(let k) = item.value { return lists[k] }
        decoder.report(item.mark, "'\(item.key)' of \(what) must be a list [ … ], found \(Self.describe(item.value))")
        return nil
    }

    /// Reports a second occurrence of a key that may appear once; true when the item is a repeat.
    mutating func repeated(_ item: GMLItem, _ seen: inout [String: Mark], what: String) -> Bool {
        if let first = seen[item.key] {
            decoder.report(item.keyMark, "duplicate key '\(item.key)' in \(what) (first given at line \(first.line))")
            return true
        }
        seen[item.key] = item.keyMark
        return false
    }

    static func append(_ value: DatedValue, _ name: String, to attributes: inout Attributes) {
        if attributes[name] != nil { attributes[name]!.values.append(value) } else { attributes[name] = Attribute([value]) }
    }

    mutating func plainAttribute(_ item: GMLItem, into attributes: inout Attributes, what: String) {
        let value: AttributeValue
        switch item.value {
        case .list:
            if droppedLists[item.key] == nil { droppedLists[item.key] = item.keyMark }
            return
        case .number(let x, _):
            guard x.isFinite else {
                nonFinite += 1
                if !nonFiniteKeys.contains(item.key) { nonFiniteKeys.append(item.key) }
                if firstNonFinite == nil { firstNonFinite = item.mark }
                return
            }
            value = .number(x)
        case .string(let s):
            if s == Self.listStart || s == "[]" || s == "()" { return }
            value = NetworkDecoder.inferredValue(s, quoted: true)
        }
        Self.append(DatedValue(value), item.key, to: &attributes)
    }

    mutating func typedAttribute(_ item: GMLItem, into attributes: inout Attributes, what: String) {
        guard let fields = list(item, what: what) else { return }
        var name: String?
        var entries: [DocEntry] = []
        let isBool = fields.contains { if $0.key == "type", case .string("bool") = $0.value { true } else { false } }
        for f in fields {
            if f.key == "name" { name = Self.text(f.value); continue }
            var entry = doc(f)
            if isBool, f.key == "value", case .number(let x, _) = f.value, x == 0 || x == 1 {
                entry.value = .scalar(x == 1 ? "true" : "false", quoted: false, f.mark)
            }
            entries.append(entry)
        }
        guard let name, !name.isEmpty else {
            decoder.report(item.mark, "'attribute' of \(what) has no 'name' (expected attribute [ name \"…\" value … ])")
            return
        }
        if let dv = decoder.datedValue(.mapping(entries, item.mark), what: "attribute '\(name)' of \(what)") {
            Self.append(dv, name, to: &attributes)
        }
    }

    mutating func evidence(_ items: [GMLItem], what: String, sources: OrderedDictionary<String, Source>) -> [Evidence] {
        guard let first = items.first else { return [] }
        var docs: [DocNode] = []
        for item in items {
            guard case .list = item.value else {
                decoder.report(item.mark, "'evidence' of \(what) must be a list [ source … quote … confidence … ], found \(Self.describe(item.value))")
                continue
            }
            docs.append(doc(item.value, item.mark))
        }
        let entry = DocEntry(key: "evidence", keyMark: first.keyMark, value: .sequence(docs, first.mark))
        return decoder.evidence(["evidence": entry], what: what, sources: sources)
    }

    /// `source [ key "…" … ]` (or `kind`/`relation [ name "…" … ]`) lists as the native table mapping.
    mutating func table(_ items: [GMLItem], nameKey: String, section: String) -> DocNode? {
        guard let first = items.first else { return nil }
        var entries: [DocEntry] = []
        for item in items {
            guard let fields = list(item, what: "the graph") else { continue }
            guard let nameItem = fields.first(where: { $0.key == nameKey }), let name = Self.text(nameItem.value) else {
                decoder.report(item.mark, "'\(item.key)' of the graph has no '\(nameKey)' (expected \(item.key) [ \(nameKey) \"…\" … ])")
                continue
            }
            var rest: [DocEntry] = []
            for f in fields where f.key != nameKey {
                var entry = doc(f)
                if f.key == "counts", case .number(let x, _) = f.value, x == 0 || x == 1 {
                    entry.value = .scalar(x == 1 ? "true" : "false", quoted: false, f.mark)
                }
                rest.append(entry)
            }
            entries.append(DocEntry(key: name, keyMark: nameItem.mark, value: .mapping(rest, item.mark)))
        }
        return .mapping(entries, first.mark)
    }

    /// An edge's `relation` (or `label` when there is no `relation`); false on a problem. An empty
    /// one leaves the default relation, counted for the warning.
    mutating func relation(_ f: GMLItem, _ edge: inout Edge, _ seen: inout [String: Mark], what: String) -> Bool {
        if repeated(f, &seen, what: what) { return false }
        guard let r = text(f, what: what) else { return false }
        if r.isEmpty {
            defaultedRelations += 1
            if firstDefaultedRelation == nil { firstDefaultedRelation = f.mark }
            return true
        }
        edge.relation = r
        return true
    }

    mutating func decode() throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        let graphs = lists[0].filter { $0.key == "graph" }
        guard let graph = graphs.first else {
            let at = lists[0].first?.keyMark ?? Mark(line: 1, column: 1)
            throw .at(path, Int(at.line), Int(at.column), "the file has no 'graph [ … ]' (expected a GML graph)")
        }
        if graphs.count > 1 {
            // igraph reads the first graph and ignores the rest (NetworkX refuses the file).
            warnings.append(TextInput.warning(path, graphs[1].keyMark,
                "a second 'graph' is ignored (a GML file holds one graph; the first, at line \(graph.keyMark.line), is read, as igraph reads it)"))
        }
        guard case .list(let g) = graph.value else {
            throw .at(path, Int(graph.mark.line), Int(graph.mark.column), "'graph' must be a list [ … ], found \(Self.describe(graph.value))")
        }
        var network = Network(directed: false)
        var nodeItems: [GMLItem] = [], edgeItems: [GMLItem] = []
        var tables: [String: [GMLItem]] = [:]
        var once: [String: Mark] = [:]
        for item in lists[g] {
            switch item.key {
            case "directed", "multigraph":
                if repeated(item, &once, what: "the graph") { continue }
                guard case .number(let x, let text) = item.value, x == 0 || x == 1 else {
                    decoder.report(item.mark, "'\(item.key)' must be 0 or 1, found \(Self.describe(item.value))")
                    continue
                }
                if item.key == "directed" { network.directed = x == 1 } else { _ = text }
            case "title", "description":
                if repeated(item, &once, what: "the graph") { continue }
                let t = text(item, what: "the graph")
                if item.key == "title" { network.title = t } else { network.description = t }
            case "name" where !lists[g].contains(where: { $0.key == "title" }):
                // NetworkX's G.graph["name"] (a string) is the title when there is no title.
                if repeated(item, &once, what: "the graph") { continue }
                if case .string(let s) = item.value { network.title = s } else { droppedGraphKeys[item.key] = item.keyMark }
            case "node": nodeItems.append(item)
            case "edge": edgeItems.append(item)
            case "source", "kind", "relation":
                if case .list = item.value { tables[item.key, default: []].append(item) }
                else if droppedGraphKeys[item.key] == nil { droppedGraphKeys[item.key] = item.keyMark }
            default:
                if droppedGraphKeys[item.key] == nil { droppedGraphKeys[item.key] = item.keyMark }
            }
        }
        if let t = table(tables["source"] ?? [], nameKey: "key", section: "sources") { network.sources = decoder.decodeSources(t) }
        if let t = table(tables["kind"] ?? [], nameKey: "name", section: "kinds") { network.kinds = decoder.decodeKinds(t) }
        if let t = table(tables["relation"] ?? [], nameKey: "name", section: "relations") { network.relations = decoder.decodeRelations(t) }

        // Nodes: everything but the id first; the naming rule needs every label.
        struct Raw { var gmlID: String; var idMark: Mark; var label: String?; var display: String?; var node: Node }
        var raws: [Raw] = []
        raws.reserveCapacity(nodeItems.count)
        var byGML: [String: Int] = [:]
        for (position, item) in nodeItems.enumerated() {
            guard let fields = list(item, what: "the graph") else { continue }
            guard let idItem = fields.first(where: { $0.key == "id" }) else {
                decoder.report(item.mark, "node \(position + 1) has no 'id' (required: a number or string unique among the nodes)")
                continue
            }
            guard let gid = text(idItem, what: "node \(position + 1)") else { continue }
            let shown = idItem.value.isInteger ? gid : "'\(gid)'"
            if gid.isEmpty { decoder.report(idItem.mark, "'id' of node \(position + 1) is empty (expected a non-empty id)"); continue }
            if let first = byGML[gid] {
                decoder.report(idItem.mark, "duplicate node id \(shown) (first defined at line \(raws[first].idMark.line))")
                continue
            }
            let what = "node \(shown)"
            var raw = Raw(gmlID: gid, idMark: idItem.mark, node: Node(id: gid))
            var seen: [String: Mark] = [:]
            var since: DocEntry?, until: DocEntry?
            var evidenceItems: [GMLItem] = []
            for f in fields {
                switch f.key {
                case "id": if repeated(f, &seen, what: what) { continue }
                case "label":
                    if repeated(f, &seen, what: what) { continue }
                    raw.label = text(f, what: what)
                case "displayLabel":
                    if repeated(f, &seen, what: what) { continue }
                    raw.display = text(f, what: what)
                case "kind":
                    if repeated(f, &seen, what: what) { continue }
                    raw.node.kind = text(f, what: what)
                case "since", "until":
                    if repeated(f, &seen, what: what) { continue }
                    if f.key == "since" { since = doc(f) } else { until = doc(f) }
                case "alias":
                    guard let a = text(f, what: what), a != Self.listStart, a != "[]" else { continue }
                    if a.isEmpty { decoder.report(f.mark, "'alias' of \(what) is empty (expected a non-empty string)"); continue }
                    raw.node.aliases.append(a)
                case "attribute": typedAttribute(f, into: &raw.node.attributes, what: what)
                case "evidence": evidenceItems.append(f)
                default: plainAttribute(f, into: &raw.node.attributes, what: what)
                }
            }
            raw.node.validity = decoder.validity(since: since, until: until, what: what)
            raw.node.evidence = evidence(evidenceItems, what: what, sources: network.sources)
            byGML[gid] = raws.count
            raws.append(raw)
        }
        let naming = Interchange.labelsName(raws.map(\.label))
        if !naming.ok, let firstLabelled = raws.firstIndex(where: { $0.label != nil }) {
            if let (label, a, b) = naming.repeated {
                warnings.append(TextInput.warning(path, raws[b].idMark,
                    "node label '\(label)' is repeated (nodes at lines \(raws[a].idMark.line) and \(raws[b].idMark.line)), so nodes are named by their GML id and labels kept as labels (as networkx.read_gml(label='id') reads them)"))
            } else {
                let k = raws.firstIndex(where: { ($0.label ?? "").isEmpty }) ?? firstLabelled
                warnings.append(TextInput.warning(path, raws[k].idMark,
                    "node \(raws[k].gmlID) has no label, so nodes are named by their GML id and labels kept as labels (as networkx.read_gml(label='id') reads them)"))
            }
        }
        for k in raws.indices {
            if naming.ok {
                raws[k].node.id = raws[k].label!
                raws[k].node.label = raws[k].display
            } else {
                raws[k].node.label = raws[k].display ?? ((raws[k].label ?? "").isEmpty ? nil : raws[k].label)
            }
        }
        network.nodes = raws.map(\.node)

        var edgeIDs: [String: Mark] = [:]
        network.edges.reserveCapacity(edgeItems.count)
        for (position, item) in edgeItems.enumerated() {
            guard let fields = list(item, what: "the graph") else { continue }
            var what = "edge \(position + 1)"
            var seen: [String: Mark] = [:]
            var edge = Edge(from: "", to: "", relation: Edge.defaultRelation)
            var ends: [String: Int] = [:]
            var failed = false
            if let idItem = fields.first(where: { $0.key == "id" }), let id = text(idItem, what: what) {
                if id.isEmpty { decoder.report(idItem.mark, "'id' of \(what) is empty (expected a non-empty string)"); failed = true }
                else if let first = edgeIDs[id] {
                    decoder.report(idItem.mark, "duplicate edge id '\(id)' (first defined at line \(first.line))")
                    failed = true
                } else {
                    edgeIDs[id] = idItem.mark
                    edge.id = id
                    what = "edge '\(id)'"
                }
            }
            let hasRelation = fields.contains { $0.key == "relation" }
            var since: DocEntry?, until: DocEntry?
            var evidenceItems: [GMLItem] = []
            for f in fields {
                switch f.key {
                case "id", "key": if repeated(f, &seen, what: what) { failed = true }
                case "source", "target":
                    if repeated(f, &seen, what: what) { failed = true; continue }
                    guard let t = text(f, what: what) else { failed = true; continue }
                    guard let k = byGML[t] else {
                        let shown = f.value.isInteger ? t : "'\(t)'"
                        decoder.report(f.mark, "edge references unknown node \(shown) in '\(f.key)' (no node has that id)")
                        failed = true
                        continue
                    }
                    ends[f.key] = k
                case "relation":
                    if !relation(f, &edge, &seen, what: what) { failed = true }
                case "label" where !hasRelation:
                    if !relation(f, &edge, &seen, what: what) { failed = true }
                case "weight":
                    if repeated(f, &seen, what: what) { failed = true; continue }
                    switch f.value {
                    case .number(let w, let text):
                        if w.isFinite { edge.weight = w }
                        else { decoder.report(f.mark, "weight \(text) of \(what) is not allowed (expected a finite number)"); failed = true }
                    default:
                        decoder.report(f.mark, "'weight' of \(what) must be a number, found \(Self.describe(f.value)) (expected a finite number)")
                        failed = true
                    }
                case "since", "until":
                    if repeated(f, &seen, what: what) { failed = true; continue }
                    if f.key == "since" { since = doc(f) } else { until = doc(f) }
                case "attribute": typedAttribute(f, into: &edge.attributes, what: what)
                case "evidence": evidenceItems.append(f)
                default: plainAttribute(f, into: &edge.attributes, what: what)
                }
            }
            for end in ["source", "target"] where seen[end] == nil {
                decoder.report(item.mark, "\(what) has no '\(end)' (required: the id of a node)")
                failed = true
            }

            edge.validity = decoder.validity(since: since, until: until, what: what)
            edge.evidence = evidence(evidenceItems, what: what, sources: network.sources)
            guard !failed, let u = ends["source"], let v = ends["target"] else { continue }
            edge.from = raws[u].node.id
            edge.to = raws[v].node.id
            network.edges.append(edge)
        }
        if !decoder.diagnostics.isEmpty { throw .invalid(decoder.allDiagnostics) }
        if let (key, mark) = droppedGraphKeys.elements.first {
            warnings.append(TextInput.warning(path, mark,
                "graph keys influence has no field for are left out: \(droppedGraphKeys.keys.joined(separator: ", ")) (first '\(key)')"))
        }
        if defaultedRelations > 0, let mark = firstDefaultedRelation {
            let count = defaultedRelations == network.edges.count ? "every edge (\(defaultedRelations))" : "\(defaultedRelations) of \(network.edges.count) edges"
            warnings.append(TextInput.warning(path, mark,
                "\(count) with an empty label: read as relation '\(Edge.defaultRelation)'"))
        }
        if nonFinite > 0, let mark = firstNonFinite {
            let what = nonFinite == 1 ? "1 attribute value is" : "\(nonFinite) attribute values are"
            warnings.append(TextInput.warning(path, mark,
                "\(what) NaN or infinite (not GML numbers; igraph writes NaN for a missing value), which influence cannot hold: left out (\(nonFiniteKeys.joined(separator: ", ")))"))
        }
        if let (_, mark) = droppedLists.elements.first {
            warnings.append(TextInput.warning(path, mark,
                "nested lists influence cannot hold as attributes are left out: \(droppedLists.keys.joined(separator: ", "))"))
        }
        warnings.sort { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }
        return (network, warnings)
    }
}

/// The GML writer (see ``GMLFormat/write(_:)``).
enum GMLWriter {
    struct Out {
        var bytes: [UInt8] = []

        mutating func indent(_ level: Int) { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level)) }
        mutating func raw(_ level: Int, _ key: String, _ text: String) {
            indent(level); bytes.append(contentsOf: key.utf8); bytes.append(0x20); bytes.append(contentsOf: text.utf8); bytes.append(0x0A)
        }
        mutating func string(_ level: Int, _ key: String, _ s: String) {
            indent(level); bytes.append(contentsOf: key.utf8); bytes.append(contentsOf: " \"".utf8)
            GMLEntities.escape(s, into: &bytes)
            bytes.append(contentsOf: "\"\n".utf8)
        }
        mutating func open(_ level: Int, _ key: String) { indent(level); bytes.append(contentsOf: key.utf8); bytes.append(contentsOf: " [\n".utf8) }
        mutating func close(_ level: Int) { indent(level); bytes.append(contentsOf: "]\n".utf8) }

        mutating func value(_ level: Int, _ key: String, _ v: OutValue) {
            switch v {
            case .string(let s): string(level, key, s)
            case .number(let text): raw(level, key, GMLWriter.number(NetworkDecoder.number(text) ?? 0))
            case .bool(let b): raw(level, key, b ? "1" : "0")
            case .null: break
            case .date(let d): string(level, key, d.description)
            case .map(let fields, _):
                open(level, key)
                for (k, v) in fields { value(level + 1, k, v) }
                close(level)
            case .list(let items, _):
                for item in items { value(level, key, item) }
            }
        }
    }

    /// An integer when the value is one within GML's 32 bits, else a real with a decimal point
    /// (NetworkX's tokenizer reads `1e+20` as the integer 1 and the key `e`).
    static func number(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 2_147_483_648 { return String(Int64(x)) }
        var s = x.description
        if !s.contains(".") {
            if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) { s.insert(contentsOf: ".0", at: e) } else { s += ".0" }
        }
        return s
    }

    /// The value as a plain GML scalar that reads back with its type, or `nil`.
    static func plain(_ v: AttributeValue) -> OutValue? {
        switch v {
        case .number(let x): return .number(formatNumber(x))
        case .string(let s):
            if let d = InfluenceDate(s), d.precision != .year { return nil }
            if s == GMLDecoder.listStart || s == "[]" || s == "()" { return nil }
            return .string(s)
        case .bool: return nil
        case .date(let d): return d.precision == .year ? nil : .date(d)
        }
    }

    static func isPlain(_ name: String, _ a: Attribute, reserved: Set<String>) -> OutValue? {
        guard GMLFormat.isKey(name), !reserved.contains(name), let v = Interchange.plainValue(a) else { return nil }
        return plain(v)
    }

    static func attributes(_ attributes: Attributes, reserved: Set<String>, _ out: inout Out) {
        for (name, a) in attributes {
            if let v = isPlain(name, a, reserved: reserved) { out.value(2, name, v); continue }
            for dv in a.values {
                out.open(2, "attribute")
                out.string(3, "name", name)
                let (v, needsType) = NetworkOutline.value(dv.value)
                out.value(3, "value", v)
                if let s = dv.validity.since { out.string(3, "since", s.description) }
                if let u = dv.validity.until { out.string(3, "until", u.description) }
                if case .bool = dv.value { out.string(3, "type", "bool") } else if needsType { out.string(3, "type", dv.value.typeName) }
                out.close(2)
            }
        }
    }

    static func evidence(_ items: [Evidence], _ out: inout Out) {
        for e in items {
            out.open(2, "evidence")
            if let s = e.source { out.string(3, "source", s) }
            if let q = e.quote { out.string(3, "quote", q) }
            if let c = e.confidence { out.string(3, "confidence", c.rawValue) }
            out.close(2)
        }
    }

    static func write(_ network: Network) throws(WriteError) -> (bytes: [UInt8], warnings: [String]) {
        let ends = try Interchange.endpoints(network, format: "GML")
        var out = Out()
        out.bytes.reserveCapacity(64 * (network.nodes.count + network.edges.count) + 256)
        out.open(0, "graph")
        out.raw(1, "directed", network.directed ? "1" : "0")
        if Interchange.hasParallelEdges(network) { out.raw(1, "multigraph", "1") }
        if let t = network.title { out.string(1, "title", t) }
        if let d = network.description { out.string(1, "description", d) }
        for (key, source) in network.sources {
            out.open(1, "source")
            out.string(2, "key", key)
            if case .map(let fields, _) = NetworkOutline.source(source) { for (k, v) in fields { out.value(2, k, v) } }
            out.close(1)
        }
        for (name, kind) in network.kinds {
            out.open(1, "kind")
            out.string(2, "name", name)
            if case .map(let fields, _) = NetworkOutline.kind(kind) { for (k, v) in fields { out.value(2, k, v) } }
            out.close(1)
        }
        for (name, relation) in network.relations {
            out.open(1, "relation")
            out.string(2, "name", name)
            if case .map(let fields, _) = NetworkOutline.relation(relation) { for (k, v) in fields { out.value(2, k, v) } }
            out.close(1)
        }
        for (k, node) in network.nodes.enumerated() {
            out.open(1, "node")
            out.raw(2, "id", String(k))
            out.string(2, "label", node.id)
            if let l = node.label { out.string(2, "displayLabel", l) }
            if let kind = node.kind { out.string(2, "kind", kind) }
            if let s = node.validity.since { out.string(2, "since", s.description) }
            if let u = node.validity.until { out.string(2, "until", u.description) }
            for alias in node.aliases { out.string(2, "alias", alias) }
            attributes(node.attributes, reserved: GMLFormat.nodeKeys, &out)
            evidence(node.evidence, &out)
            out.close(1)
        }
        for (k, edge) in network.edges.enumerated() {
            out.open(1, "edge")
            out.raw(2, "source", String(ends[k].0))
            out.raw(2, "target", String(ends[k].1))
            if let id = edge.id { out.string(2, "id", id) }
            out.string(2, "relation", edge.relation)
            if let w = edge.weight { out.raw(2, "weight", number(w)) }
            if let s = edge.validity.since { out.string(2, "since", s.description) }
            if let u = edge.validity.until { out.string(2, "until", u.description) }
            attributes(edge.attributes, reserved: GMLFormat.edgeKeys, &out)
            evidence(edge.evidence, &out)
            out.close(1)
        }
        out.close(0)

        var nested: [String] = []
        if network.nodes.contains(where: { !$0.aliases.isEmpty }) { nested.append("aliases") }
        let typed = network.nodes.contains { $0.attributes.contains { isPlain($0.key, $0.value, reserved: GMLFormat.nodeKeys) == nil } }
            || network.edges.contains { $0.attributes.contains { isPlain($0.key, $0.value, reserved: GMLFormat.edgeKeys) == nil } }
        if typed { nested.append("typed or dated attributes") }
        if network.nodes.contains(where: { !$0.evidence.isEmpty }) || network.edges.contains(where: { !$0.evidence.isEmpty }) {
            nested.append("evidence")
        }
        if Interchange.hasTables(network) { nested.append("the sources, kinds and relations tables") }
        var warnings: [String] = []
        if !nested.isEmpty {
            warnings.append("a plain GML reader (networkx.read_gml, igraph, Gephi) sees \(nested.joined(separator: ", ")) only as repeated keys and nested lists (alias, attribute, evidence, source, kind, relation); influence reads them back exactly")
        }
        return (out.bytes, warnings)
    }
}
