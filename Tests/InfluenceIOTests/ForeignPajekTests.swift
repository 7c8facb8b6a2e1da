import InfluenceGraph
import InfluenceIO
import Testing

/// Pajek networks and projects as Pajek, UCINET and igraph wrote them (the real-file corpus; see
/// its SOURCES.md). Counts are the file's own: vertices from `*Vertices`, ties counted line by
/// line per section (an `*Arcslist` line `u v w` is two arcs, a matrix entry other than 0 one).
@Suite("Pajek files from Pajek, UCINET and igraph")
struct ForeignPajekTests {
    func corpus(_ name: String, network: String? = nil) throws -> (network: Network, warnings: [Diagnostic]) {
        try NetworkReader.readWithWarnings(path: interchangeRoot + "/../shared/corpus/real-files/pajek/" + name,
                                           options: ReadOptions(network: network))
    }

    func attribute(_ node: Node?, _ key: String) -> AttributeValue? { node?.attributes[key]?.values.first?.value }
    func node(_ net: Network, _ id: String) -> Node? { net.nodes.first { $0.id == id } }
    func pairs(_ net: Network) -> [String] { net.edges.map { "\($0.from)>\($0.to)" }.sorted() }
    func count(_ net: Network, relation: String) -> Int { net.edges.count { $0.relation == relation } }

    @Test("USAir97: an empty *Arcs before *Edges is an undirected network (both copies)")
    func usair() throws {
        let (net, warnings) = try corpus("usair97.net")
        #expect(!net.directed)
        #expect(net.nodes.count == 332 && net.edges.count == 2126)
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(net.nodes[0].id == "Wiley Post-Will Rogers Mem")
        #expect(attribute(net.nodes[0], "x") == .number(0.4407))
        #expect(attribute(net.nodes[0], "z") == .number(0.5))
        // line 336: 118 201 0.1804
        #expect(net.edges[0].from == "Chicago O'hare Intl" && net.edges[0].to == "San Francisco Intl")
        #expect(net.edges[0].weight == 0.1804)
        let other = try corpus("usair97-widespread.net").network
        #expect(!other.directed && pairs(other) == pairs(net))
    }

    @Test("TinaList (*Arcslist + *Edgeslist) and TinaSet (*Arcs + *Edges): one mixed network, directed, edges as two arcs, one warning")
    func tina() throws {
        let (list, listWarnings) = try corpus("tina-arcslist.net")
        let (set, setWarnings) = try corpus("tina-arcs-edges.net")
        for net in [list, set] {
            #expect(net.directed)
            #expect(net.nodes.map(\.id) == ["m1", "pm", "m2", "m3", "m4", "m5", "m6", "m7", "a1", "a2", "a3"])
            #expect(net.edges.count == 23 + 2 * 9)
            #expect(pairs(net).contains("m1>pm") && !pairs(net).contains("pm>m1"))   // arc 1 2
            #expect(pairs(net).contains("m1>m2") && pairs(net).contains("m2>m1"))   // edge 1 3
        }
        #expect(pairs(list) == pairs(set))
        #expect(listWarnings.map(\.description).map { $0.hasSuffix("tina-arcslist.net:23:1: warning: the network has arcs (from line 14) and edges (from line 23), a mixed network; it is read as directed, each of its 9 edges as two arcs") } == [true])
        #expect(setWarnings.count == 1 && setWarnings[0].message.contains("each of its 9 edges as two arcs"))
        #expect(!setWarnings[0].message.contains("networkx"))
    }

    @Test("GraphList: arcs lists with a loop and a repeated arc, edges lists, coordinates")
    func graphList() throws {
        let (net, warnings) = try corpus("graphlist.net")
        #expect(net.directed && net.nodes.count == 12)
        #expect(net.edges.count == 19 + 2 * 4)
        #expect(pairs(net).filter { $0 == "c>g" }.count == 2)      // 3 2 3 7 7
        #expect(pairs(net).contains("c>c"))
        #expect(attribute(node(net, "l"), "y") == .number(0.6475))
        #expect(warnings.count == 2)   // mixed, and the repeated arc (a multigraph)
    }

    @Test("Football (% comments, weighted *Arcs, empty *Edges), Kite, Prison: directed, no warning")
    func directedFiles() throws {
        let (football, fw) = try corpus("football-wc98.net")
        #expect(football.directed && football.nodes.count == 35 && football.edges.count == 118 && fw.isEmpty)
        #expect(football.edges[0].from == "ARG" && football.edges[0].to == "ESP" && football.edges[0].weight == 4)
        let (kite, kw) = try corpus("kite-kp3.net")
        #expect(kite.directed && kite.nodes.count == 10 && kite.edges.count == 36 && kw.isEmpty)
        #expect(kite.edges[0].from == "j" && kite.edges[0].to == "i")
        let (prison, pw) = try corpus("prison.net")
        #expect(prison.directed && prison.nodes.count == 67 && prison.edges.count == 182 && pw.isEmpty)
        #expect(prison.nodes.map(\.id).prefix(3) == ["1", "2", "3"])
    }

    @Test("Dolphins: lower-case *vertices / *edges, undirected")
    func dolphins() throws {
        let (net, warnings) = try corpus("dolphins.net")
        #expect(!net.directed && net.nodes.count == 62 && net.edges.count == 159 && warnings.isEmpty)
        #expect(net.nodes[0].id == "Beak" && net.nodes[1].id == "Beescratch")
    }

    @Test("Supreme Court: 2-mode *Vertices 35 26 gives a mode attribute; *Edges :k \"name\" are relations")
    func supremeCourt() throws {
        let (net, warnings) = try corpus("supremecourt-2mode.net")
        #expect(!net.directed && net.nodes.count == 35 && net.edges.count == 234 && warnings.isEmpty)
        #expect(count(net, relation: "Yes") == 147 && count(net, relation: "No") == 86 && count(net, relation: "Abstention") == 1)
        #expect(net.nodes.count { attribute($0, "mode") == .number(1) } == 26)
        #expect(attribute(node(net, "PresElection"), "mode") == .number(1))
        #expect(attribute(node(net, "Scalia"), "mode") == .number(2))
        #expect(net.edges[0].from == "CleanWater" && net.edges[0].to == "Scalia" && net.edges[0].relation == "Yes")
    }

    @Test("London Tube: an unclosed quote ends with its line, a repeated label, relation numbers on arc lines, mixed")
    func londonTube() throws {
        let (net, warnings) = try corpus("londontube-multirel.net")
        #expect(net.nodes.count == 352)
        #expect(net.directed)
        #expect(net.edges.count == 3 + 2 * 462)
        #expect(net.nodes[64].label == "Hainault" && net.nodes[65].label == "Grange Hill")   // line 71: 65 "Hainault
        #expect(net.nodes[57].label == "Woodford" && net.nodes[68].label == "Woodford" && net.nodes[57].id == "58")
        // *arcs, then `10: 263 264`: relation 10 is *edges :10 "Piccadilly".
        let arcs = net.edges.filter { $0.from == "263" && $0.to == "264" || $0.from == "265" && $0.to == "263" }
        #expect(arcs.map(\.relation) == ["Piccadilly", "Piccadilly"])
        #expect(!net.edges.contains { $0.from == "264" && $0.to == "263" })
        #expect(count(net, relation: "Victoria") == 2 * 15 && count(net, relation: "Link") == 2 * 27)
        #expect(count(net, relation: "East London") == 2 * 35)   // two sections of the same relation
        let messages = warnings.map(\.description)
        #expect(messages.contains { $0.contains("londontube-multirel.net:71:4: warning: the '\"' opened here has no closing quote on its line") })
        #expect(messages.contains { $0.contains("vertex label 'Woodford' is repeated (vertices 58 and 69)") })
        #expect(messages.contains { $0.contains(":360:1: warning: the network has arcs (from line 752) and edges (from line 360)") })
    }

    @Test("Bales: *network in lower case, *Arcslist :1 \"Positive\" / :2 \"Negative\"")
    func bales() throws {
        let (net, warnings) = try corpus("bales-arcslist-rel.net")
        #expect(net.title == "Bales" && net.directed && warnings.isEmpty)
        #expect(net.nodes.count == 20 && net.edges.count == 55 + 29)
        #expect(count(net, relation: "Positive") == 55 && count(net, relation: "Negative") == 29)
        #expect(net.edges[0].from == "A" && net.edges[0].to == "K")
    }

    @Test("UCINET's Padgett project: three networks, the first by default with one warning, the others by title or number")
    func padgett() throws {
        let (first, warnings) = try corpus("ucinet-padgett.paj")
        #expect(first.title == "UciNet\\PADGETT.DAT : PADGM")
        #expect(first.directed && first.nodes.count == 16 && first.edges.count == 40)
        #expect(first.nodes[0].id == "ACCIAIUOL")
        #expect(warnings.count == 2)
        #expect(warnings.first?.description.hasSuffix("ucinet-padgett.paj:1:1: warning: the file holds 3 networks; read network 1 'UciNet\\PADGETT.DAT : PADGM', not 2 'UciNet\\PADGETT.DAT : PADGB', 3 'UciNet\\PADGW.DAT :  [2-Mode]' (choose one with --network NAME or --network N)") == true)
        #expect(warnings.last?.message.contains("partition 'Affiliation partition of N3 [16,3]' (line 179, 19 vertices)") == true)

        let business = try corpus("ucinet-padgett.paj", network: "2").network
        #expect(business.title == "UciNet\\PADGETT.DAT : PADGB" && business.edges.count == 30)
        #expect(try pairs(corpus("ucinet-padgett.paj", network: "UciNet\\PADGETT.DAT : PADGB").network) == pairs(business))
        #expect(try pairs(corpus("ucinet-padgett.paj", network: "padgb").network) == pairs(business))

        let (wealth, ww) = try corpus("ucinet-padgett.paj", network: "3")
        #expect(ww.isEmpty, "\(ww)")
        #expect(!wealth.directed && wealth.nodes.count == 19 && wealth.edges.count == 42)
        #expect(wealth.nodes.count { attribute($0, "mode") == .number(1) } == 16)
        #expect(attribute(node(wealth, "WEALTH"), "Affiliation partition of N3 [16,3]") == .number(2))
        #expect(attribute(node(wealth, "MEDICI"), "Affiliation partition of N3 [16,3]") == .number(1))
        #expect(wealth.edges[0].from == "ACCIAIUOL" && wealth.edges[0].to == "WEALTH" && wealth.edges[0].weight == 10)
    }

    @Test("a network name that no network has: an error listing them, with a suggestion")
    func unknownNetwork() {
        let path = interchangeRoot + "/../shared/corpus/real-files/pajek/ucinet-padgett.paj"
        let names = "the file's networks are 1 'UciNet\\PADGETT.DAT : PADGM', 2 'UciNet\\PADGETT.DAT : PADGB', 3 'UciNet\\PADGW.DAT :  [2-Mode]' (give a title or a number from 1 to 3)"
        expectInterchangeFailure("\(path): no network named 'UciNet\\PADGETT.DAT : PADGX' (did you mean 'UciNet\\PADGETT.DAT : PADGM'?); " + names) { () throws(ReadError) in
            _ = try NetworkReader.read(path: path, options: ReadOptions(network: "UciNet\\PADGETT.DAT : PADGX"))
        }
        expectInterchangeFailure("\(path): 'padg' names more than one network; " + names) { () throws(ReadError) in
            _ = try NetworkReader.read(path: path, options: ReadOptions(network: "padg"))
        }
        expectInterchangeFailure("\(path): network 4 is out of range (the file has 3 networks: 1 'UciNet\\PADGETT.DAT : PADGM', 2 'UciNet\\PADGETT.DAT : PADGB', 3 'UciNet\\PADGW.DAT :  [2-Mode]')") { () throws(ReadError) in
            _ = try NetworkReader.read(path: path, options: ReadOptions(network: "4"))
        }
    }

    @Test("Davis: a 2-mode project network with a *Partition as a node attribute")
    func davis() throws {
        let (net, warnings) = try corpus("davis-2mode.paj")
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(net.title == "DGG.net [2-Mode]")
        #expect(!net.directed && net.nodes.count == 32 && net.edges.count == 89)
        #expect(net.nodes.count { attribute($0, "mode") == .number(1) } == 18)
        #expect(attribute(node(net, "Evelyn"), "Manual 3/3") == .number(1))
        #expect(attribute(node(net, "Pearl"), "Manual 3/3") == .number(3))
        #expect(attribute(node(net, "E01"), "Manual 3/3") == .number(4))
        #expect(attribute(node(net, "E14"), "Manual 3/3") == .number(6))
    }

    @Test("igraph's test files: text before *Vertices, a quoted *Network title with *Edgeslist, a BOM, a bipartite file")
    func igraph() throws {
        let (sampson, sw) = try corpus("igraph-arcslist.net")
        #expect(sampson.directed && sampson.nodes.count == 18 && sampson.edges.count == 55)
        #expect(sampson.edges[0].from == "ROMUL_10" && sampson.edges[0].to == "AMBROSE_9")
        #expect(sw.map(\.description).map { $0.hasSuffix("igraph-arcslist.net:1:1: warning: 1 line of text outside any section ignored (as Pajek ignores it)") } == [true])

        let (cycle, cw) = try corpus("igraph-edgeslist.net")
        #expect(cycle.title == "C_3 cycle graph" && !cycle.directed && cw.isEmpty)
        #expect(pairs(cycle) == ["Alice>Bob", "Alice>Cedric", "Bob>Cedric"])

        let (bom, bw) = try corpus("igraph-utf8-bom.net")
        #expect(!bom.directed && bom.nodes.count == 10 && bom.edges.count == 6 && bw.isEmpty)
        #expect(bom.nodes[0].id == "Vlado" && bom.nodes[1].id == "Андреј" && bom.nodes[2].id == "Žnidaršič")
        #expect(attribute(bom.nodes[4], "foo") == .string("a b c"))
        #expect(attribute(bom.nodes[8], "x") == .number(0.5623) && attribute(bom.nodes[8], "x_") == .number(-1))
        #expect(bom.edges[0].attributes["l"]?.values.first?.value == .string("焹焓燝牕犫獨"))

        let (bipartite, biw) = try corpus("igraph-bipartite.net")
        #expect(!bipartite.directed && bipartite.nodes.count == 13 && bipartite.edges.count == 11 && biw.isEmpty)
        #expect(bipartite.nodes.map { attribute($0, "mode") } == Array(repeating: .number(1), count: 8) + Array(repeating: .number(2), count: 5))
    }

    // These two files carry negative weights: they read once every reader accepts any finite
    // weight (the "weights" change); until then they are refused at the first negative weight.
    @Test("signed: Stranke94's *Matrix of signed values is 90 weighted arcs, as networkx.read_pajek reads it")
    func signedStranke() throws {
        let (net, warnings) = try corpus("stranke94-matrix.net")
        #expect(net.title == "Stranke94" && net.directed && warnings.isEmpty)
        #expect(net.nodes.map(\.id) == ["SKD", "ZLSD", "SDSS", "LDS", "ZS-ESS", "ZS", "DS", "SLS", "SPS", "SNS"])
        #expect(net.edges.count == 90)
        #expect(net.edges[0].from == "SKD" && net.edges[0].to == "ZLSD" && net.edges[0].weight == -215)
        #expect(net.edges.count { ($0.weight ?? 0) < 0 } == 54 && net.edges.count { ($0.weight ?? 0) > 0 } == 36)
        #expect(net.edges.last.map { "\($0.from)>\($0.to) \($0.weight ?? 0)" } == "SNS>SPS -164.0")
    }

    @Test("signed: igraph's links.net (*Network, *vertices, *arcs with loops, negative values, many parameters)")
    func signedLinks() throws {
        let (net, warnings) = try corpus("igraph-links.net")
        #expect(net.title == "TRALALA" && net.directed && warnings.isEmpty)
        #expect(net.nodes.map(\.id) == ["1", "2", "3", "4"])
        #expect(net.edges.count == 7)
        #expect(net.edges.map(\.weight) == [1, 1, 1, -1, 1, 1, -1])
        #expect(net.edges[0].from == "1" && net.edges[0].to == "1")
        #expect(net.edges[0].attributes["l"]?.values.first?.value == .string("Bezier loop"))
        #expect(attribute(net.nodes[0], "x_fact") == .number(1))
    }
}
