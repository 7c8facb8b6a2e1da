/// A small, non-validating XML 1.0 reader: a pull parser (``next()``) and a tree built on it
/// (``document(_:path:expecting:)``), made for GraphML and GEXF files that may be hostile.
///
/// It reads elements, attributes, text, CDATA sections, comments, processing instructions, the
/// XML declaration, the five predefined entities (`&lt; &gt; &amp; &quot; &apos;`) and numeric
/// character references (`&#38;`, `&#x26;`). Every node carries its 1-based line and column
/// (columns count Unicode scalars, so they match what an editor shows). Line ends are
/// normalised as XML requires (`\r\n` and `\r` become `\n`; in attribute values literal tabs and
/// line ends become spaces, while `&#10;` and `&#9;` keep their character). Namespaces are not
/// resolved: names are kept as written (`viz:color`), and ``localName(_:)`` drops the prefix.
///
/// ## Refused, with a `file:line:col` message
/// - Any `DOCTYPE` with an internal subset (so no entity declaration is ever read, let alone
///   expanded: no "billion laughs") or an external identifier (`SYSTEM`/`PUBLIC`: nothing is ever
///   fetched, so no XXE). A bare `<!DOCTYPE graphml>` is accepted and ignored.
/// - References to entities other than the five predefined ones.
/// - Elements nested deeper than ``maxDepth`` levels.
/// - A name, attribute value or text run (text or CDATA between two pieces of markup) longer than
///   ``maxTokenLength`` bytes.
/// - Invalid UTF-8 (pointing at the first byte of the bad sequence), characters XML 1.0 forbids
///   (NUL and other control characters, U+FFFE, U+FFFF: binary data), an encoding declaration
///   other than UTF-8 or ASCII, and UTF-16/UTF-32 input.
/// - Truncated documents (naming the innermost element still open and where it was opened),
///   mismatched end tags, text or a second element outside the root, an empty file.
///
/// Lenient where it costs nothing: `--` inside comments and `]]>` in text are accepted, and names
/// may hold any non-ASCII character.
///
/// - Complexity: O(*n*) time in the size of the input for a whole document, whatever the input;
///   no recursion (the element stack is an array), so no input can overflow the call stack.
public struct XMLReader {
    /// The deepest element nesting accepted.
    public static let maxDepth = 256
    /// The longest name, attribute value or text run accepted, in bytes (1 MiB).
    public static let maxTokenLength = 1 << 20

    /// A 1-based line and column; columns count Unicode scalars.
    public struct Position: Sendable, Hashable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
        /// `line:column`.
        public var description: String { "\(line):\(column)" }
    }

    /// An attribute of a start tag, its value with references replaced.
    public struct Attribute: Sendable, Hashable {
        public var name: String
        public var value: String
        /// Where the attribute's name starts.
        public var position: Position
        public init(name: String, value: String, position: Position) {
            self.name = name
            self.value = value
            self.position = position
        }
    }

    /// An element and, in a tree from ``document(_:path:expecting:)``, its content.
    public struct Element: Sendable {
        /// The qualified name as written (`viz:color`).
        public var name: String
        /// In document order; names are unique.
        public var attributes: [Attribute]
        /// Elements and text (CDATA sections included), in document order. Comments and
        /// processing instructions are left out of the tree. Empty in a pull ``Event``.
        public var children: [Node]
        /// Where the start tag's `<` is.
        public var position: Position

        public init(name: String, attributes: [Attribute] = [], children: [Node] = [], position: Position) {
            self.name = name
            self.attributes = attributes
            self.children = children
            self.position = position
        }

        /// The name without its namespace prefix (`color` for `viz:color`).
        public var localName: String { XMLReader.localName(name) }

        /// The value of the attribute named exactly `name`, or `nil`.
        public func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }

        /// The attribute named exactly `name`, with its position, or `nil`.
        public func attributeEntry(_ name: String) -> Attribute? {
            attributes.first { $0.name == name }
        }

        /// The child elements, in order.
        public var elements: [Element] {
            children.compactMap { if case .element(let e) = $0 { e } else { nil } }
        }

        /// The text and CDATA children, concatenated (text of nested elements is not included).
        public var text: String {
            var result = ""
            for case .text(let s, _) in children { result += s }
            return result
        }
    }

    /// A piece of element content in a tree.
    public enum Node: Sendable {
        case element(Element)
        /// Text or a CDATA section, with where it starts.
        case text(String, Position)
    }

    /// What ``next()`` returns, in document order.
    public enum Event: Sendable {
        /// A start tag (or an empty-element tag, which is followed by its ``endElement``).
        case startElement(Element)
        case endElement(name: String, position: Position)
        /// Character data with references replaced; `cdata` for a CDATA section.
        case text(String, position: Position, cdata: Bool)
        case comment(String, position: Position)
        case processingInstruction(target: String, data: String, position: Position)
        /// A bare `<!DOCTYPE name>` (anything more is refused).
        case doctype(name: String, position: Position)
    }

    /// The `version` of the XML declaration, once read (`nil` without a declaration).
    public private(set) var version: String?
    /// The `encoding` of the XML declaration, as written.
    public private(set) var encoding: String?

    private let bytes: [UInt8]
    private let path: String
    private let expecting: String
    private var i = 0
    private var started = false
    private var finished = false
    private var pendingEnd: (String, Position)?
    private var open: [(name: String, position: Position)] = []
    private var rootSeen = false
    private var rootClosed = false
    private var doctypeSeen = false
    // The last position computed: positions are asked for in increasing order, so walking
    // forward from here costs O(n) over the whole document.
    private var markIndex = 0
    private var markLine = 1
    private var markColumn = 1

    /// A reader over `bytes`.
    ///
    /// - Parameters:
    ///   - path: Used in messages only.
    ///   - expecting: What the file should be, for messages (`"a GraphML document"`).
    public init(_ bytes: [UInt8], path: String, expecting: String = "an XML document") {
        self.bytes = bytes
        self.path = path
        self.expecting = expecting
    }

    /// Parses a whole document into a tree and returns its root element.
    ///
    /// - Throws: ``ReadError`` with the line and column of the first problem.
    /// - Complexity: O(*n*) time and memory in the size of the input.
    public static func document(_ bytes: [UInt8], path: String, expecting: String = "an XML document") throws(ReadError) -> Element {
        var reader = XMLReader(bytes, path: path, expecting: expecting)
        var stack: [Element] = []
        var root: Element?
        while let event = try reader.next() {
            switch event {
            case .startElement(let e):
                stack.append(e)
            case .endElement:
                guard let done = stack.popLast() else { break }
                if stack.isEmpty { root = done } else { stack[stack.count - 1].children.append(.element(done)) }
            case .text(let s, let p, _):
                if !stack.isEmpty { stack[stack.count - 1].children.append(.text(s, p)) }
            case .comment, .processingInstruction, .doctype:
                break
            }
        }
        guard let root else { throw .at(path, 1, 1, "no root element (expected \(expecting))") }
        return root
    }

    /// The name without its namespace prefix.
    public static func localName(_ name: String) -> String {
        guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return name }
        return String(name[name.utf8.index(after: colon)...])
    }

    // MARK: Positions and errors

    private mutating func position(_ p: Int) -> Position {
        if p < markIndex {
            // Not reached on well-formed paths (positions are asked for in order); kept correct anyway.
            markIndex = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            markLine = 1
            markColumn = 1
        }
        var k = markIndex, line = markLine, column = markColumn
        let end = min(p, bytes.count)
        while k < end {
            let b = bytes[k]
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
            k += 1
        }
        markIndex = k
        markLine = line
        markColumn = column
        return Position(line: line, column: column)
    }

    private func error(_ at: Position, _ message: String) -> ReadError {
        .at(path, at.line, at.column, message)
    }

    private mutating func error(offset: Int, _ message: String) -> ReadError {
        error(position(offset), message)
    }

    // MARK: Bytes

    @inline(__always) private func byte(_ k: Int) -> UInt8? { k < bytes.count ? bytes[k] : nil }

    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    @inline(__always) private static func isNameStart(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == 0x5F || b == 0x3A || b >= 0x80
    }

    @inline(__always) private static func isNameChar(_ b: UInt8) -> Bool {
        isNameStart(b) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x2E
    }

    private func hasPrefix(_ s: StaticString, at k: Int) -> Bool {
        let n = s.utf8CodeUnitCount
        guard k + n <= bytes.count else { return false }
        return s.withUTF8Buffer { p in
            for j in 0 ..< n where bytes[k + j] != p[j] { return false }
            return true
        }
    }

    private mutating func skipSpace() {
        while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// A short, printable rendering of the byte at `k` for messages.
    private func shown(_ k: Int) -> String {
        guard k < bytes.count else { return "the end of the file" }
        let b = bytes[k]
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        if b >= 0x80 {
            var end = k + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            return "'\(string(k ..< end))'"
        }
        return "a space"
    }

    // MARK: Start: empty file, encodings, validation

    private mutating func start() throws(ReadError) {
        started = true
        var k = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { k = 3 }
        markIndex = k
        i = k
        if bytes[k...].allSatisfy(Self.isSpace) {
            throw .at(path, 1, 1, "the file is empty (expected \(expecting))")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
            || bytes.starts(with: [0x3C, 0x00]) || bytes.starts(with: [0x00, 0x3C]) {
            throw .at(path, 1, 1, "the file is UTF-16 or UTF-32 (expected UTF-8 text)")
        }
        if hasPrefix("<?xml", at: i), let b = byte(i + 5), Self.isSpace(b) || b == UInt8(ascii: "?") {
            try declaration()
        }
        try validate(from: i)
    }

    /// Checks that the bytes are UTF-8 and hold only characters XML 1.0 allows.
    private mutating func validate(from start: Int) throws(ReadError) {
        let n = bytes.count
        var k = start
        while k < n {
            let b = bytes[k]
            if b < 0x80 {
                if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D {
                    let hex = String(b, radix: 16, uppercase: true)
                    throw error(offset: k, "control character U+\(String(repeating: "0", count: 4 - hex.count) + hex) is not allowed in XML (is this a binary file?)")
                }
                k += 1
                continue
            }
            var length = 0
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b {
            case 0xC2 ... 0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1 ... 0xEC, 0xEE ... 0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1 ... 0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: length = 0
            }
            var ok = length > 0 && k + length <= n
            if ok {
                let second = bytes[k + 1]
                ok = second >= low && second <= high
                var j = 2
                while ok && j < length { ok = bytes[k + j] & 0xC0 == 0x80; j += 1 }
            }
            guard ok else {
                let hex = String(b, radix: 16, uppercase: true)
                throw error(offset: k, "invalid UTF-8: byte 0x\(hex.count < 2 ? "0" + hex : hex) does not start a valid sequence (the file must be UTF-8 text)")
            }
            if b == 0xEF, bytes[k + 1] == 0xBF, bytes[k + 2] == 0xBE || bytes[k + 2] == 0xBF {
                throw error(offset: k, "character U+FFF\(bytes[k + 2] == 0xBE ? "E" : "F") is not allowed in XML (is this a binary file?)")
            }
            k += length
        }
    }

    /// `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`, at the start of the file.
    private mutating func declaration() throws(ReadError) {
        let at = position(i)
        i += 5
        let malformed = "malformed XML declaration (expected <?xml version=\"1.0\" encoding=\"UTF-8\"?>)"
        while true {
            skipSpace()
            guard let b = byte(i) else { throw error(at, "the file ends inside the XML declaration (expected '?>')") }
            if b == UInt8(ascii: "?") {
                guard byte(i + 1) == UInt8(ascii: ">") else { throw error(offset: i, malformed) }
                i += 2
                return
            }
            let nameStart = i
            while let c = byte(i), c >= 0x61 && c <= 0x7A { i += 1 }
            let name = string(nameStart ..< i)
            skipSpace()
            guard !name.isEmpty, byte(i) == UInt8(ascii: "=") else { throw error(offset: nameStart, malformed) }
            i += 1
            skipSpace()
            guard let quote = byte(i), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                throw error(offset: i, malformed)
            }
            i += 1
            let valueStart = i
            while let c = byte(i), c != quote {
                guard c >= 0x20 && c < 0x7F, i - valueStart < 64 else { throw error(offset: valueStart, malformed) }
                i += 1
            }
            guard byte(i) == quote else { throw error(at, "the file ends inside the XML declaration (expected '?>')") }
            let value = string(valueStart ..< i)
            i += 1
            switch name {
            case "version":
                guard value.hasPrefix("1.") else {
                    throw error(offset: valueStart, "XML version '\(value)' is not supported (expected 1.0)")
                }
                version = value
            case "encoding":
                switch value.lowercased() {
                case "utf-8", "utf8", "us-ascii", "ascii": encoding = value
                default:
                    throw error(offset: valueStart, "encoding '\(value)' is not supported (expected UTF-8; convert the file, for example with iconv)")
                }
            case "standalone":
                break
            default:
                throw error(offset: nameStart, malformed)
            }
        }
    }

    // MARK: Events

    /// The next event, or `nil` at the end of a well-formed document.
    ///
    /// - Throws: ``ReadError`` at the first problem; after an error the reader must not be used.
    public mutating func next() throws(ReadError) -> Event? {
        if !started { try start() }
        if let (name, at) = pendingEnd {
            pendingEnd = nil
            return closeElement(name, at)
        }
        while true {
            guard i < bytes.count else { return try end() }
            if bytes[i] != UInt8(ascii: "<") {
                if let text = try textRun() { return text }
                continue
            }
            switch byte(i + 1) {
            case UInt8(ascii: "/"):
                return try endTag()
            case UInt8(ascii: "?"):
                return try processingInstruction()
            case UInt8(ascii: "!"):
                if hasPrefix("<!--", at: i) { return try comment() }
                if hasPrefix("<![CDATA[", at: i) { return try cdata() }
                if hasPrefix("<!DOCTYPE", at: i) {
                    if let event = try doctype() { return event }
                    continue
                }
                throw error(offset: i, "unexpected '<!' (expected a comment '<!--', a CDATA section or a DOCTYPE)")
            default:
                return try startTag()
            }
        }
    }

    private mutating func end() throws(ReadError) -> Event? {
        if finished { return nil }
        if let innermost = open.last {
            let at = position(bytes.count)
            throw error(at, "the file ends inside element <\(innermost.name)> opened at \(innermost.position) (expected </\(innermost.name)>; is the file truncated?)")
        }
        if !rootSeen { throw error(offset: bytes.count, "no root element (expected \(expecting))") }
        finished = true
        return nil
    }

    private mutating func closeElement(_ name: String, _ at: Position) -> Event {
        open.removeLast()
        if open.isEmpty { rootClosed = true }
        return .endElement(name: name, position: at)
    }

    private mutating func name(what: String) throws(ReadError) -> String {
        let start = i
        guard let b = byte(i), Self.isNameStart(b) else {
            throw error(offset: i, "expected \(what), found \(shown(i))")
        }
        i += 1
        while let c = byte(i), Self.isNameChar(c) {
            i += 1
            if i - start > Self.maxTokenLength {
                throw error(offset: start, "a name is longer than \(Self.maxTokenLength) bytes (the limit for a name)")
            }
        }
        return string(start ..< i)
    }

    private mutating func startTag() throws(ReadError) -> Event {
        let tagStart = i
        let at = position(tagStart)
        if rootClosed {
            throw error(at, "a second root element after </\(rootName)> (a document has exactly one root element)")
        }
        if open.count >= Self.maxDepth {
            throw error(at, "elements are nested deeper than \(Self.maxDepth) levels (the limit for nesting)")
        }
        i += 1
        let elementName = try name(what: "an element name after '<'")
        var attributes: [Attribute] = []
        var seen: Set<String> = []  // filled only past 8 attributes; fewer are compared directly
        while true {
            let hadSpace = i < bytes.count && Self.isSpace(bytes[i])
            skipSpace()
            guard let b = byte(i) else {
                throw error(offset: i, "the file ends inside the start tag <\(elementName)> opened at \(at) (is the file truncated?)")
            }
            if b == UInt8(ascii: ">") { i += 1; break }
            if b == UInt8(ascii: "/") {
                guard byte(i + 1) == UInt8(ascii: ">") else {
                    throw error(offset: i, "expected '/>' to end the start tag <\(elementName)>, found '/' followed by \(shown(i + 1))")
                }
                i += 2
                pendingEnd = (elementName, at)
                break
            }
            guard hadSpace, Self.isNameStart(b) else {
                throw error(offset: i, "unexpected \(shown(i)) in the start tag <\(elementName)> (expected an attribute name, '>' or '/>')")
            }
            let nameOffset = i
            let attributeAt = position(nameOffset)
            let attributeName = try name(what: "an attribute name")
            skipSpace()
            guard byte(i) == UInt8(ascii: "=") else {
                throw error(attributeAt, "attribute '\(attributeName)' of <\(elementName)> has no value (expected \(attributeName)=\"…\")")
            }
            i += 1
            skipSpace()
            guard let quote = byte(i), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                throw error(offset: i, "the value of attribute '\(attributeName)' of <\(elementName)> must be quoted, found \(shown(i))")
            }
            i += 1
            let valueStart = i
            while let c = byte(i), c != quote {
                if c == UInt8(ascii: "<") {
                    throw error(offset: i, "'<' is not allowed in an attribute value (write &lt;)")
                }
                i += 1
                if i - valueStart > Self.maxTokenLength {
                    throw error(attributeAt, "the value of attribute '\(attributeName)' is longer than \(Self.maxTokenLength) bytes (the limit for an attribute value)")
                }
            }
            guard i < bytes.count else {
                throw error(offset: i, "the file ends inside the value of attribute '\(attributeName)' of <\(elementName)> opened at \(at) (is the file truncated?)")
            }
            let value = try decode(valueStart ..< i, attribute: true)
            i += 1
            let duplicate: Bool
            if attributes.count < 8 {
                duplicate = attributes.contains { $0.name == attributeName }
            } else {
                if seen.isEmpty { seen = Set(attributes.map(\.name)) }
                duplicate = !seen.insert(attributeName).inserted
            }
            if duplicate {
                throw error(attributeAt, "duplicate attribute '\(attributeName)' in <\(elementName)>")
            }
            attributes.append(Attribute(name: attributeName, value: value, position: attributeAt))
        }
        if open.isEmpty { rootSeen = true; rootName = elementName }
        open.append((elementName, at))
        return .startElement(Element(name: elementName, attributes: attributes, position: at))
    }

    private var rootName = ""

    private mutating func endTag() throws(ReadError) -> Event {
        let at = position(i)
        i += 2
        let endName = try name(what: "an element name after '</'")
        skipSpace()
        guard byte(i) == UInt8(ascii: ">") else {
            if i >= bytes.count {
                throw error(offset: i, "the file ends inside the end tag </\(endName)> (is the file truncated?)")
            }
            throw error(offset: i, "unexpected \(shown(i)) in the end tag </\(endName)> (expected '>')")
        }
        i += 1
        guard let top = open.last else {
            throw error(at, "end tag </\(endName)> has no matching start tag")
        }
        guard top.name == endName else {
            throw error(at, "end tag </\(endName)> does not match <\(top.name)> opened at \(top.position) (expected </\(top.name)>)")
        }
        return closeElement(endName, at)
    }

    /// Character data up to the next `<`; `nil` for whitespace outside the root element.
    private mutating func textRun() throws(ReadError) -> Event? {
        let start = i
        while i < bytes.count, bytes[i] != UInt8(ascii: "<") {
            i += 1
            if i - start > Self.maxTokenLength, !open.isEmpty {
                throw error(offset: start, "a text run is longer than \(Self.maxTokenLength) bytes (the limit for one text run)")
            }
        }
        if open.isEmpty {
            var k = start
            while k < i, Self.isSpace(bytes[k]) { k += 1 }
            if k < i {
                if rootClosed {
                    throw error(offset: k, "text after the end of the root element </\(rootName)> (expected nothing but comments)")
                }
                throw error(offset: k, "text before the root element (expected \(expecting), starting with '<')")
            }
            return nil
        }
        let at = position(start)
        return .text(try decode(start ..< i, attribute: false), position: at, cdata: false)
    }

    private mutating func cdata() throws(ReadError) -> Event {
        let at = position(i)
        if open.isEmpty { throw error(at, "a CDATA section outside the root element (expected \(expecting))") }
        i += 9
        let start = i
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "]"), hasPrefix("]]>", at: i) {
                let text = normaliseLineEnds(start ..< i)
                i += 3
                return .text(text, position: at, cdata: true)
            }
            i += 1
            if i - start > Self.maxTokenLength {
                throw error(at, "a CDATA section is longer than \(Self.maxTokenLength) bytes (the limit for one text run)")
            }
        }
        throw error(offset: i, "the file ends inside the CDATA section opened at \(at) (expected ']]>')")
    }

    private mutating func comment() throws(ReadError) -> Event {
        let at = position(i)
        i += 4
        let start = i
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "-"), hasPrefix("-->", at: i) {
                let text = normaliseLineEnds(start ..< i)
                i += 3
                return .comment(text, position: at)
            }
            i += 1
        }
        throw error(offset: i, "the file ends inside the comment opened at \(at) (expected '-->')")
    }

    private mutating func processingInstruction() throws(ReadError) -> Event {
        let at = position(i)
        i += 2
        let target = try name(what: "a processing instruction target after '<?'")
        if target.lowercased() == "xml" {
            throw error(at, "an XML declaration is only allowed at the very start of the file")
        }
        let start = i
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "?"), byte(i + 1) == UInt8(ascii: ">") {
                var dataStart = start
                while dataStart < i, Self.isSpace(bytes[dataStart]) { dataStart += 1 }
                let data = normaliseLineEnds(dataStart ..< i)
                i += 2
                return .processingInstruction(target: target, data: data, position: at)
            }
            i += 1
        }
        throw error(offset: i, "the file ends inside the processing instruction opened at \(at) (expected '?>')")
    }

    /// `<!DOCTYPE name>` is accepted; external identifiers and internal subsets are refused.
    private mutating func doctype() throws(ReadError) -> Event? {
        let at = position(i)
        if rootSeen { throw error(at, "a DOCTYPE inside or after the root element (it must come before it)") }
        if doctypeSeen { throw error(at, "a second DOCTYPE (a document has at most one)") }
        doctypeSeen = true
        i += 9
        skipSpace()
        let doctypeName = try name(what: "a name after '<!DOCTYPE'")
        skipSpace()
        if hasPrefix("SYSTEM", at: i) || hasPrefix("PUBLIC", at: i) {
            throw error(offset: i, "the DOCTYPE refers to an external DTD or entity (refused: nothing is ever fetched; remove the DOCTYPE)")
        }
        if byte(i) == UInt8(ascii: "[") {
            let subsetOffset = i
            // Look for an entity declaration to name it; stop at the end of the subset.
            var k = i + 1
            while k < bytes.count {
                if bytes[k] == UInt8(ascii: "]") { break }
                if bytes[k] == UInt8(ascii: "<"), hasPrefix("<!ENTITY", at: k) {
                    var j = k + 8
                    while j < bytes.count, Self.isSpace(bytes[j]) || bytes[j] == UInt8(ascii: "%") { j += 1 }
                    let nameStart = j
                    while j < bytes.count, Self.isNameChar(bytes[j]), j - nameStart < 64 { j += 1 }
                    let entity = string(nameStart ..< j)
                    throw error(offset: k, "the DOCTYPE declares entity '\(entity)' (refused: entities are never expanded or fetched, which rules out XXE and \"billion laughs\"; remove the DOCTYPE)")
                }
                k += 1
            }
            throw error(offset: subsetOffset, "the DOCTYPE has an internal subset (refused: declarations are not supported; expected a bare <!DOCTYPE \(doctypeName)> or none)")
        }
        guard byte(i) == UInt8(ascii: ">") else {
            if i >= bytes.count { throw error(offset: i, "the file ends inside the DOCTYPE opened at \(at)") }
            throw error(offset: i, "unexpected \(shown(i)) in the DOCTYPE (expected '>')")
        }
        i += 1
        return .doctype(name: doctypeName, position: at)
    }

    // MARK: References and line ends

    private func normaliseLineEnds(_ range: Range<Int>) -> String {
        if !bytes[range].contains(0x0D) { return string(range) }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var k = range.lowerBound
        while k < range.upperBound {
            let b = bytes[k]
            if b == 0x0D {
                out.append(0x0A)
                if k + 1 < range.upperBound, bytes[k + 1] == 0x0A { k += 1 }
            } else {
                out.append(b)
            }
            k += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Replaces references and normalises line ends (and, in attribute values, whitespace).
    private mutating func decode(_ range: Range<Int>, attribute: Bool) throws(ReadError) -> String {
        var needsWork = false
        for k in range {
            let b = bytes[k]
            if b == UInt8(ascii: "&") || b == 0x0D || (attribute && (b == 0x0A || b == 0x09)) { needsWork = true; break }
        }
        if !needsWork { return string(range) }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var k = range.lowerBound
        while k < range.upperBound {
            let b = bytes[k]
            switch b {
            case 0x0D:
                out.append(attribute ? 0x20 : 0x0A)
                if k + 1 < range.upperBound, bytes[k + 1] == 0x0A { k += 1 }
                k += 1
            case 0x0A where attribute, 0x09 where attribute:
                out.append(0x20)
                k += 1
            case UInt8(ascii: "&"):
                k = try reference(at: k, limit: range.upperBound, into: &out)
            default:
                out.append(b)
                k += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes the reference starting with `&` at `k`; returns the offset after its `;`.
    private mutating func reference(at k: Int, limit: Int, into out: inout [UInt8]) throws(ReadError) -> Int {
        var j = k + 1
        while j < limit, j - k <= 32, bytes[j] != UInt8(ascii: ";"), Self.isNameChar(bytes[j]) || bytes[j] == UInt8(ascii: "#") { j += 1 }
        guard j < limit, bytes[j] == UInt8(ascii: ";"), j > k + 1 else {
            throw error(offset: k, "'&' does not start a reference such as &amp; or &#38; (write &amp; for a literal '&')")
        }
        let body = bytes[(k + 1) ..< j]
        switch string((k + 1) ..< j) {
        case "lt": out.append(UInt8(ascii: "<"))
        case "gt": out.append(UInt8(ascii: ">"))
        case "amp": out.append(UInt8(ascii: "&"))
        case "quot": out.append(UInt8(ascii: "\""))
        case "apos": out.append(UInt8(ascii: "'"))
        default:
            guard body.first == UInt8(ascii: "#") else {
                throw error(offset: k, "undefined entity '&\(string((k + 1) ..< j));' (only &lt; &gt; &amp; &quot; &apos; and character references such as &#38; are allowed)")
            }
            var digits = body.dropFirst()
            var radix: UInt32 = 10
            if digits.first == UInt8(ascii: "x") { radix = 16; digits = digits.dropFirst() }
            var value: UInt32 = 0
            var valid = !digits.isEmpty
            for d in digits where valid {
                let v: UInt32
                switch d {
                case 0x30 ... 0x39: v = UInt32(d - 0x30)
                case 0x61 ... 0x66 where radix == 16: v = UInt32(d - 0x61 + 10)
                case 0x41 ... 0x46 where radix == 16: v = UInt32(d - 0x41 + 10)
                default: valid = false; v = 0
                }
                value = value * radix + v
                if value > 0x10FFFF { valid = false }
            }
            let allowed = value == 0x09 || value == 0x0A || value == 0x0D || (value >= 0x20 && value <= 0xD7FF)
                || (value >= 0xE000 && value <= 0xFFFD) || (value >= 0x10000 && value <= 0x10FFFF)
            guard valid, allowed, let scalar = Unicode.Scalar(value) else {
                throw error(offset: k, "character reference '&\(string((k + 1) ..< j));' is not a character XML allows")
            }
            out.append(contentsOf: String(scalar).utf8)
        }
        return j + 1
    }
}
