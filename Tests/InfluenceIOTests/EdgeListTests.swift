import InfluenceGraph
import InfluenceIO
import InfluenceTestSupport
import Testing

@Suite("Plain edge lists")
struct EdgeListTests {
    func parse(_ text: String) throws(ReadError) -> EdgeList {
        try EdgeListFormat.read(Array(text.utf8), path: "g.edgelist")
    }

    @Test("tokens, comments, blank lines, CRLF, any id")
    func reads() throws {
        let list = try parse("# header\n\nIran KH\t2\r\nKH  \"Badr#x\"  # comment\n  Badr Iran 0.5\n")
        #expect(list.ids == ["Iran", "KH", "\"Badr", "Badr"])  // '#' starts a comment even inside a token
        #expect(list.sources == [0, 1, 3])
        #expect(list.targets == [1, 2, 0])
        #expect(list.weights == [2, 1, 0.5])
        #expect(try parse("a b\n# c\nb c 2\nc d\n").weights == [1, 2, 1])  // lines before the first weight weigh 1
        let unweighted = try parse("a b\nb c\n")
        #expect(unweighted.weights == nil)
        let network = unweighted.network(directed: true)
        #expect(network.edges.map(\.relation) == ["edge", "edge"])
        #expect(network.nodes.map(\.id) == ["a", "b", "c"])
    }

    @Test("malformed lines are named", arguments: [
        ("a b\nc\n", "g.edgelist:2:1: expected 'source target [weight]' or 'source target {data dict}', found 1 field"),
        ("a b 1 2\n", "g.edgelist:1:7: expected 'source target [weight]' or 'source target {data dict}', found 4 fields"),
        ("a b nan\n", "g.edgelist:1:5: weight 'nan' is not a number (expected a finite number)"),
        ("a b 1e400\n", "g.edgelist:1:5: weight 1e400 is not allowed (expected a finite number)"),
        ("a b heavy\n", "g.edgelist:1:5: weight 'heavy' is not a number (expected a finite number)"),
    ])
    func errors(text: String, message: String) {
        #expect { _ = try parse(text) } throws: { ($0 as? ReadError)?.description == message }
    }

    @Test("invalid UTF-8 in an id is named")
    func utf8() {
        let bytes: [UInt8] = Array("a b\nc ".utf8) + [0xC3, 0x28] + [0x0A]
        #expect { _ = try EdgeListFormat.read(bytes, path: "g.txt") } throws: {
            ($0 as? ReadError)?.description == "g.txt:2:3: invalid UTF-8 in node id"
        }
    }

    @Test("writes what it can and says what it cannot")
    func writes() throws {
        var net = Network()
        net.nodes = [Node(id: "a", kind: "state"), Node(id: "b"), Node(id: "lonely")]
        net.edges = [Edge(from: "a", to: "b", relation: "backs", weight: 0.1), Edge(from: "b", to: "a", relation: "edge")]
        let (bytes, warnings) = try EdgeListFormat.write(net)
        #expect(string(bytes) == "a b 0.1\nb a 1\n")
        #expect(warnings == ["1 node(s) without edges cannot be written to an edge list and are left out",
                             "an edge list cannot hold relations, node labels, kinds, aliases and attributes; they are left out"])
        net.nodes.append(Node(id: "two words"))
        net.edges.append(Edge(from: "a", to: "two words", relation: "edge"))
        #expect(throws: WriteError.unrepresentable(format: "edge list",
                                                   reason: "node id 'two words' contains whitespace or '#' (an edge list cannot hold it; use YAML or JSON)")) {
            try EdgeListFormat.write(net)
        }
    }

    @Test("edge list → network → JSON → network → edge list keeps every byte", arguments: [false, true])
    func roundTrip(weighted: Bool) throws {
        var rng = SplitMix64(seed: weighted ? 1 : 2)
        var text = ""
        for _ in 0 ..< 2_000 {
            text += "n\(Int.random(in: 0 ..< 300, using: &rng)) n\(Int.random(in: 0 ..< 300, using: &rng))"
            if weighted { text += " \(Double(Int.random(in: 1 ... 1000, using: &rng)) / 7)" }
            text += "\n"
        }
        let net = try parse(text).network(directed: true)
        let json = NetworkFileWriter.json(net)
        let back = try NetworkReader.read(json, path: "x.json", format: .json)
        #expect(back == net)
        let (bytes, _) = try EdgeListFormat.write(back)
        let again = try EdgeListFormat.read(bytes, path: "y")
        #expect(again == (try parse(text)))
    }

    @Test("the graph of an edge list merges parallel edges")
    func graph() throws {
        let g = try parse("a b 1\na b 2\nb a 4\nc c 1\n").graph(directed: true)
        #expect(g.edgeCount == 3 && g.selfLoopCount == 1)
        #expect(g.weight(from: 0, to: 1) == 3)
        let u = try parse("a b 1\na b 2\nb a 4\n").graph(directed: false)
        #expect(u.edgeCount == 1 && u.weight(from: 1, to: 0) == 7)
        // Without weights, a merged edge weighs its count; a graph with no parallel edges stays unweighted.
        let counted = try parse("a b\na b\nb a\nb c\n").graph(directed: true)
        #expect(counted.isWeighted && counted.weight(from: 0, to: 1) == 2 && counted.weight(from: 1, to: 0) == 1)
        #expect(try parse("a b\na b\nb a\n").graph(directed: false).weight(from: 0, to: 1) == 3)
        #expect(try !parse("a b\nb c\n").graph(directed: false).isWeighted)
    }

    @Test("weights parse exactly as the standard library parses them (the fast path rounds once)")
    func weightsAreExact() throws {
        var rng = SplitMix64(seed: 9)
        var texts = ["1", "0.1", "0.2", "0.3", "1e22", "1e23", "123456789012345", "1234567890123456789012",
                     "9007199254740993", "4.9e-324", "2.2250738585072014e-308", "1.7976931348623157e308",
                     ".5", "5.", "+3.25", "0000.000100", "1E-22", "1e-23", "8.589973e9", "0.000001"]
        for _ in 0 ..< 20_000 {
            let mantissa = rng.next() % 1_000_000_000_000_000
            let digits = String(mantissa)
            let dot = Int(rng.next() % UInt64(digits.count + 1))
            var t = String(digits.prefix(dot)) + "." + String(digits.dropFirst(dot))
            if t.hasPrefix(".") { t = "0" + t }
            if rng.next() % 3 == 0 { t += "e" + String(Int(rng.next() % 60) - 30) }
            texts.append(t)
        }
        // The 16- to 19-digit numbers of the exact 128-bit path: shortest round-trip forms of
        // random doubles (what Python's repr and Swift's description write), and 19-digit
        // mantissas at every decimal exponent it takes.
        for _ in 0 ..< 20_000 {
            let d = Double(bitPattern: 0x3C00_0000_0000_0000 + rng.next() % 0x0800_0000_0000_0000)   // ~1e-19 … 1e19
            texts.append("\(d)")
            let big = 1_000_000_000_000_000_000 + rng.next() % 8_000_000_000_000_000_000
            texts.append("\(big)e\(Int(rng.next() % 39) - 19)")
        }
        let text = texts.enumerated().map { "a\($0.offset) b \($0.element)" }.joined(separator: "\n")
        let list = try parse(text)
        for (k, t) in texts.enumerated() {
            #expect(list.weights?[k] == Double(t), "\(t)")
        }
    }

    @Test("many distinct ids, short and long, interned and looked up again")
    func manyIDs() throws {
        var lines: [String] = []
        for i in 0 ..< 5000 { lines.append("\(i) node-with-a-long-name-\(i)") }
        for i in 0 ..< 5000 { lines.append("node-with-a-long-name-\(i) \((i * 7) % 5000)") }
        let list = try parse(lines.joined(separator: "\n"))
        #expect(list.ids.count == 10_000)
        #expect(list.ids[0] == "0" && list.ids[1] == "node-with-a-long-name-0")
        for i in 0 ..< 5000 {
            #expect(list.sources[5000 + i] == Int32(2 * i + 1))
            #expect(list.targets[5000 + i] == Int32(2 * ((i * 7) % 5000)))
        }
    }

    @Test("integer ids take the flat table only in canonical form: 7, 07, 007, -7, +7 and 7.0 are six nodes")
    func integerIDs() throws {
        let list = try parse("7 07\n007 -7\n+7 7.0\n7 1234567890\n1234567890 99999999999\n0 00\n")
        #expect(list.ids == ["7", "07", "007", "-7", "+7", "7.0", "1234567890", "99999999999", "0", "00"])
        #expect(list.sources == [0, 2, 4, 0, 6, 8])
        #expect(list.targets == [1, 3, 5, 6, 7, 9])
    }
}
