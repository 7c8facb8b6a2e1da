import Foundation
import InfluenceGraph
import InfluenceIO
import OrderedCollections
import Testing

@Suite("Gephi CSV tables: Gephi's dialect, RFC 4180, round trips, hostile input")
struct GephiCSVTests {
    func csv(_ edges: String, _ nodes: String? = nil) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        try GephiCSVFormat.read(edges: Array(edges.utf8), edgesPath: "e.csv", nodes: nodes.map { Array($0.utf8) }, nodesPath: "n.csv")
    }

    @Test("the Iraq network round-trips through the two tables, losing only the title, description and tables")
    func iraqRoundTrip() throws {
        let net = try interchangeIraq()
        let (edges, nodes, warnings) = try GephiCSVFormat.write(net)
        #expect(warnings == ["Gephi CSV cannot hold the title, the description, the sources, kinds and relations tables, which are left out (cited source keys are kept); a plain CSV reader sees aliases, evidence, typed or dated attributes only as JSON text in the Aliases, Evidence and Attributes columns"])
        let back = try GephiCSVFormat.read(edges: edges, edgesPath: "e.csv", nodes: nodes, nodesPath: "n.csv")
        #expect(back.warnings.isEmpty)
        var expected = net
        expected.title = nil
        expected.description = nil
        expected.kinds = [:]
        expected.relations = [:]
        #expect(Set(back.network.sources.keys) == Set(net.sources.keys.filter { key in
            net.nodes.contains { $0.evidence.contains { $0.source == key } } || net.edges.contains { $0.evidence.contains { $0.source == key } }
        }))
        expected.sources = OrderedDictionary(uniqueKeysWithValues: back.network.sources.keys.map { ($0, Source()) })
        #expect(back.network == expected)
        let again = try GephiCSVFormat.write(back.network)
        #expect(again.edges == edges && again.nodes == nodes)
    }

    @Test("Gephi's own export: Type per row, Label as relation, typed columns, Interval, BOM, CRLF, quoted fields")
    func gephiDialect() throws {
        let nodes = "\u{FEFF}Id,Label,timeset,modularity_class,founded,member,Interval\r\n"
            + "kh,\"Kata'ib Hezbollah, KH\",,1,2003-05,true,\"<[2003, Infinity]>\"\r\n"
            + "huquq,\"Huquq \"\"Rights\"\"\nlist\",,2,2025-11,FALSE,\r\n"
        let edges = "source,TARGET,Type,Id,Label,Weight,Start,End,note\r\n"
            + "kh,huquq,undirected,0,political-wing,1.5,2025-11-11,,\"a, b\"\r\n"
            + "huquq,kh,Undirected,1,,,,2026,\r\n\r\n"
        let (net, warnings) = try csv(edges, nodes)
        #expect(warnings.isEmpty)
        #expect(!net.directed)
        #expect(net.nodes.map(\.label) == ["Kata'ib Hezbollah, KH", "Huquq \"Rights\"\nlist"])
        #expect(net.nodes[0].validity == Validity(since: InfluenceDate("2003")))
        #expect(net.nodes[0].attributes["modularity_class"]?.values.first?.value == .number(1))
        #expect(net.nodes[0].attributes["founded"]?.values.first?.value == .date(InfluenceDate("2003-05")!))
        #expect(net.nodes[1].attributes["member"]?.values.first?.value == .bool(false))
        #expect(net.nodes[0].attributes["timeset"] == nil)
        #expect(net.edges.map(\.relation) == ["political-wing", "edge"])
        #expect(net.edges.map(\.id) == ["0", "1"])
        #expect(net.edges[0].weight == 1.5)
        #expect(net.edges[0].attributes["note"]?.values.first?.value == .string("a, b"))
        #expect(net.edges[1].validity == Validity(until: InfluenceDate("2026")))
    }

    @Test("without a node table nodes come from the edges; an Undirected row among Directed ones is two arcs, said once")
    func edgesOnly() throws {
        let (net, warnings) = try csv("Source,Target,Type,Id,Weight,note\nb,a,Directed,e1,2,x\na,c,Undirected,e2,3,y\nc,c,undirected,e3,,\nc,b,,e4,,\n")
        #expect(net.nodes.map(\.id) == ["b", "a", "c"])
        #expect(net.directed)
        #expect(net.edges.map { "\($0.from)>\($0.to)" } == ["b>a", "a>c", "c>a", "c>c", "c>b"])  // a loop stays one arc
        #expect(net.edges.map(\.id) == ["e1", "e2", nil, "e3", "e4"])
        #expect(net.edges[2].weight == 3 && net.edges[2].attributes == ["note": Attribute(.string("y"))])
        #expect(warnings.map(\.description) == ["e.csv:3:5: warning: edges mix Directed and Undirected (the first Undirected is here): the network is read as directed and each of the 2 Undirected rows is read as two arcs, one each way (1 reverse arc added, without an id)"])
        let undirected = try csv("Source,Target,Type\nb,a,Undirected\na,c,Undirected\n")
        #expect(!undirected.network.directed && undirected.network.edges.count == 2 && undirected.warnings.isEmpty)
    }

    static let corpus = interchangeRoot + "/../shared/corpus/real-files/csv/"

    @Test("Gephi's mixed table from the corpus: the Undirected row is two arcs")
    func corpusMixed() throws {
        let (net, warnings) = try NetworkReader.readWithWarnings(path: Self.corpus + "gephi-types-edges.csv")
        #expect(net.directed)
        #expect(net.edges.map { "\($0.from)>\($0.to):\($0.relation)" } == ["1>2:1", "2>1:2.0", "1>2:2.0"])
        #expect(net.edges.map(\.weight) == [2, 2, 2])
        #expect(warnings.map(\.message) == [
            "warning: edges mix Directed and Undirected (the first Undirected is here): the network is read as directed and the Undirected row is read as two arcs, one each way (1 reverse arc added, without an id)",
            "warning: 1 edge repeats a pair (a multigraph): every edge is kept; measures merge parallel edges, summing their weights, with the lightest as the distance of shortest paths (as NetworkX treats a MultiGraph)"])
        let both = try NetworkReader.readWithWarnings(path: Self.corpus + "gephi-types-edges.csv",
                                                      options: ReadOptions(nodesPath: Self.corpus + "gephi-types-nodes.csv"))
        #expect(both.network.nodes.map(\.id) == ["1", "2", "3", "4", "5"])
        #expect(both.network.nodes[0].attributes["string"] == Attribute(.string("ab")))
        #expect(both.network.nodes[1].attributes["boolean"] == Attribute(.bool(true)))
    }

    @Test("a node table given alone is its nodes, no edges, with a warning naming --nodes")
    func nodeTableAlone() throws {
        let (net, warnings) = try NetworkReader.readWithWarnings(path: Self.corpus + "gephi-types-nodes.csv")
        #expect(net.nodes.map(\.id) == ["1", "2", "3", "4", "5"])
        #expect(net.nodes[0].label == "1" && net.nodes[0].attributes["int"] == Attribute(.number(6)))
        #expect(net.edges.isEmpty)
        #expect(warnings.map(\.description) == [Self.corpus + "gephi-types-nodes.csv:1:1: warning: this is a node table (an Id column, no Source and Target): read as 5 nodes without edges; to read the network, give its edge table as the file and this table with --nodes"])
        // Errors in it are named in it.
        #expect { _ = try csv("Id,Label\na,x\na,y\n") } throws: {
            ($0 as? ReadError)?.description == "e.csv:3:1: duplicate node id 'a' (first defined at line 2)"
        }
    }

    @Test("Cytoscape's table: interaction is the relation, directed and the rest attributes")
    func cytoscape() throws {
        let (net, _) = try NetworkReader.readWithWarnings(path: Self.corpus + "cytoscape-import.csv")
        #expect(net.directed && net.nodes.count == 330 && net.edges.count == 359)
        #expect(net.edges[0].from == "YKR026C" && net.edges[0].to == "YGL122C" && net.edges[0].relation == "pp")
        #expect(net.edges[0].attributes == ["directed": Attribute(.bool(false)), "symbol": Attribute(.string("abcd12345")), "value": Attribute(.number(1.2344543))])
        #expect(Dictionary(grouping: net.edges, by: \.relation).mapValues(\.count) == ["pp": 251, "pd": 108])
        let labelled = try csv("Source,Target,Label,interaction\na,b,backs,pp\n")
        #expect(labelled.network.edges[0].relation == "backs" && labelled.network.edges[0].attributes["interaction"] == Attribute(.string("pp")))
    }

    @Test("every CSV table of the corpus reads", arguments: ["cytoscape-import.csv", "gephi-complexmatrix-edges.csv", "gephi-issue1848-edges.csv",
        "gephi-lowercase-edges.csv", "gephi-multigraph-edges.csv", "gephi-quotes-edges.csv", "gephi-types-edges.csv", "gephi-types-nodes.csv"])
    func corpusReads(file: String) throws {
        let net = try NetworkReader.read(path: Self.corpus + file)
        #expect(!net.nodes.isEmpty)
        let undirected = ["gephi-issue1848-edges.csv"].contains(file)
        #expect(net.directed == !undirected, "\(file)")
    }

    @Test("written ids and labels with commas, quotes, newlines and control characters are quoted and read back")
    func quoting() throws {
        var net = Network()
        net.nodes = [Node(id: "a,b", label: " lead"), Node(id: "say \"hi\"\r\n\u{7}", kind: "ü"),
                     Node(id: "3", attributes: ["code": Attribute(.string("12")), "n": Attribute(.number(2))])]
        net.edges = [Edge(from: "a,b", to: "say \"hi\"\r\n\u{7}", relation: "x,y", weight: 2)]
        let (edges, nodes, _) = try GephiCSVFormat.write(net)
        #expect(string(edges) == "Source,Target,Type,Label,Weight\r\n\"a,b\",\"say \"\"hi\"\"\r\n\u{7}\",Directed,\"x,y\",2\r\n")
        #expect(string(nodes).hasPrefix("Id,Label,Kind,n,Attributes\r\n\"a,b\",\" lead\",,,\r\n"))
        let back = try GephiCSVFormat.read(edges: edges, edgesPath: "e.csv", nodes: nodes, nodesPath: "n.csv")
        #expect(back.network == net)
    }

    @Test("hostile input gives one clear message with its position")
    func hostile() {
        let long = String(repeating: "x", count: (1 << 20) + 1)
        let cases: [(String, String?, String)] = [
            ("", nil, "e.csv:1:1: the file is empty (expected a Gephi edge table with a header such as Source,Target,Type,Id,Label,Weight)"),
            ("Source,Target\n", "", "n.csv:1:1: the file is empty (expected a Gephi node table with a header such as Id,Label)"),
            ("Source,Target\na,\"b\n", nil, "e.csv:2:3: unterminated quoted field: the '\"' opened here has no closing quote (the file ends at line 3)"),
            ("Source,Target\na,\"b\"c\n", nil, "e.csv:2:6: unexpected 'c' after a closing quote (expected ',' or the end of the row; a quote inside a quoted field is written \"\")"),
            ("Source,Target\na,b\"c\n", nil, "e.csv:2:4: quote inside an unquoted field (quote the whole field and double the quote: \"a \"\"b\"\"\")"),
            ("Source,Target\na,b,c\n", nil, "e.csv:2:1: row has 3 fields, the header has 2 (every row has one field per column)"),
            ("Source,Target,Weight\na,b,nan\n", nil, "e.csv:2:5: weight 'nan' of edge 1 is not a number (expected a finite number)"),
            ("Source,Target\na,zz\n", "Id\na\nb\n", "e.csv:2:3: edge references unknown node 'zz' in 'Target' (expected an Id of the node table n.csv)"),
            ("Source,Target\n", "Id,Label\na,x\nb,y\na,z\n", "n.csv:4:1: duplicate node id 'a' (first defined at line 2)"),
            ("Source,Target,Type\na,b,sideways\n", nil, "e.csv:2:5: 'Type' of edge 1 is 'sideways' (expected Directed or Undirected)"),
            ("Source,Tgt\na,b\n", nil, "e.csv:1:1: the edge table has no 'Target' column (expected a header such as Source,Target,Type,Id,Label,Weight)"),
            ("Source,Target,source\n", nil, "e.csv:1:15: column 'source' appears twice in the header (first as column 1)"),
            ("Source,Target\na,\"" + long + "\"\n", nil, "e.csv:2:1: row is longer than 1048576 bytes (the limit for one CSV row)"),
            ("Source,Target,Start\na,b,2025-02-30\n", nil, "e.csv:2:5: invalid date '2025-02-30' in 'Start' of edge 1 (expected YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date)"),
            ("Source,Target,Interval\na,b,\"<[2020,2021];[2023,2024]>\"\n", nil, "e.csv:2:5: interval '<[2020,2021];[2023,2024]>' of edge 1 is not one interval of dates (expected <[start, end]> with YYYY, YYYY-MM or YYYY-MM-DD)"),
            ("Source,Target,Evidence\na,b,\"[{\"\"quote\"\": 1\"\n", nil, "e.csv:2:5: 'Evidence' of edge 1 is not valid JSON: unexpected end of file (expected ',' or '}') (at line 1, column 13 of the cell)"),
            ("Source,Target,Evidence\na,b,\"[{\"\"quot\"\": \"\"x\"\"}]\"\n", nil, "e.csv:2:5: in 'Evidence': unknown key 'quot' in evidence of edge 1 (did you mean 'quote'?) (expected one of: source, quote, confidence)"),
            ("Source,Target\na\u{0},b\n", nil, "e.csv:2:2: NUL byte in the file (expected text; is this a binary file?)"),
        ]
        for (edges, nodes, expected) in cases {
            expectInterchangeFailure(expected) { () throws(ReadError) in _ = try csv(edges, nodes) }
        }
        expectInterchangeFailure("e.csv:2:3: invalid UTF-8 (the file must be UTF-8 text)") { () throws(ReadError) in
            _ = try GephiCSVFormat.read(edges: Array("Source,Target\na,".utf8) + [0xFE, 0x0A], edgesPath: "e.csv", nodes: nil, nodesPath: nil)
        }
    }
}
