import Foundation
import InfluenceGraph
import InfluenceIO
import Testing

/// GraphML as other programs write it: the files of the real-file corpus (writers in its
/// SOURCES.md). Counts, ids and edges marked "NetworkX" were computed with NetworkX 3.6.1
/// (`nx.read_graphml(path, force_multigraph=True)`) when these tests were written.
@Suite("GraphML from yEd, yFiles, graph-tool, igraph, Gephi and others")
struct ForeignGraphMLTests {
    static let corpus = interchangeRoot + "/../shared/corpus/real-files/graphml/"

    /// The file read by the GraphML reader alone (no multigraph warning), messages naming the file.
    func read(_ file: String) throws -> (network: Network, warnings: [String]) {
        let bytes = try #require(FileManager.default.contents(atPath: Self.corpus + file), "missing corpus file \(file)")
        let (network, warnings) = try GraphMLFormat.read(Array(bytes), path: file)
        return (network, warnings.map(\.description))
    }

    func node(_ net: Network, _ id: String) -> Node? { net.nodes.first { $0.id == id } }

    func parent(_ net: Network, _ id: String) -> String? {
        guard case .string(let s)? = node(net, id)?.attributes["parent"]?.values.first?.value else { return nil }
        return s
    }

    @Test("yEd 3.23 groups nested two levels: flattened as NetworkX does, membership in 'parent', labels from y:NodeLabel")
    func yEdGroups() throws {
        let (net, warnings) = try read("yed-cities-groups.graphml")
        #expect(net.directed)
        // NetworkX: these 7 nodes in this order, and these 4 edges (one inside the nested graph).
        #expect(net.nodes.map(\.id) == ["n0", "n1", "n2", "n2::n0", "n2::n1", "n2::n2", "n2::n2::n0"])
        #expect(net.edges.map { "\($0.from)>\($0.to)" } == ["n1>n2::n1", "n1>n0", "n1>n2::n0", "n2::n0>n2::n2::n0"])
        // The group nodes' names are in the active realizer of their y:ProxyAutoBoundsNode
        // (NetworkX leaves them without a label).
        #expect(net.nodes.map(\.label) == ["Ivrea", "Turin", "Northern Italy", "Savona", "Brescia", "Group 2", "Savona"])
        #expect(net.nodes.map { parent(net, $0.id) } == [nil, nil, nil, "n2", "n2", "n2", "n2::n2"])
        #expect(node(net, "n2::n1")?.attributes["url"] == Attribute(.string("https://www.comune.brescia.it/Pagine/default.aspx")))
        #expect(net.edges[0].attributes["description"] == Attribute(.string("Length\t246 km (153 mi)")))
        #expect(warnings == [
            "yed-cities-groups.graphml:16:5: warning: graph attribute 'Description' is not kept (a network has no graph attributes)",
            "yed-cities-groups.graphml:20:7: warning: 11 <data> element(s) of yFiles keys (graphics) are ignored, except the text of 7 node label(s), read as labels",
            "yed-cities-groups.graphml:72:7: warning: 2 group node(s) (a <graph> nested in a <node>, as yEd writes groups) flattened: their members are nodes of the network, each with the attribute 'parent' holding its group's id",
        ])
    }

    @Test("yEd 3.23, one group node")
    func yEdOneGroup() throws {
        let (net, warnings) = try read("yed-cities.graphml")
        #expect(net.directed)
        // NetworkX: 5 nodes, 3 edges.
        #expect(net.nodes.map(\.id) == ["n0", "n1", "n2", "n2::n0", "n2::n1"])
        #expect(net.edges.map { "\($0.from)>\($0.to)" } == ["n1>n2::n1", "n1>n0", "n1>n2::n0"])
        #expect(net.nodes.map(\.label) == ["Ivrea", "Turin", "Northern Italy", "Savona", "Brescia"])
        #expect(net.nodes.map { parent(net, $0.id) } == [nil, nil, nil, "n2", "n2"])
        #expect(warnings.count == 3)
        #expect(warnings.last == "yed-cities.graphml:72:7: warning: 1 group node(s) (a <graph> nested in a <node>, as yEd writes groups) flattened: their members are nodes of the network, each with the attribute 'parent' holding its group's id")
    }

    @Test("pyyed, groups nested four levels; edges across groups; drawn as clusters by parent")
    func pyyed() throws {
        let (net, warnings) = try read("pyyed-az.graphml")
        #expect(net.directed)
        // NetworkX: 37 nodes (first BC, A, BCA, A1; last Z4, BCZ4), 21 edges, inner edges first.
        #expect(net.nodes.count == 37 && net.edges.count == 21)
        #expect(net.nodes.prefix(4).map(\.id) == ["BC", "A", "BCA", "A1"])
        #expect(net.nodes.suffix(2).map(\.id) == ["Z4", "BCZ4"])
        #expect(net.edges.prefix(2).map { "\($0.from)>\($0.to)" } == ["11.0.0.0/24>SRVs@11.0.0.0/24", "11.0.1.0/24>SRVs@11.0.1.0/24"])
        #expect(net.edges.suffix(3).map { "\($0.from)>\($0.to)" } == ["BC>BCA", "BC>BCZ", "chat.a.net>chat.z.net"])
        #expect(net.nodes.allSatisfy { $0.label == $0.id })  // pyyed labels every node with its id
        #expect(parent(net, "BC") == nil && parent(net, "A") == nil && parent(net, "Z") == nil)
        #expect(parent(net, "BCA") == "A" && parent(net, "A1") == "A" && parent(net, "BCA1") == "A1")
        #expect(parent(net, "SRVs@11.0.0.0/24") == "A2" && parent(net, "dns.a.net") == "SRVs@11.0.0.0/24")
        #expect(parent(net, "chat.z.net") == "SRVs@10.0.1.0/24")
        #expect(net.nodes.filter { parent(net, $0.id) != nil }.count == 34)
        #expect(warnings == [
            "pyyed-az.graphml:12:4: warning: 58 <data> element(s) of yFiles keys (graphics) are ignored, except the text of 37 node label(s), read as labels",
            "pyyed-az.graphml:35:4: warning: 14 group node(s) (a <graph> nested in a <node>, as yEd writes groups) flattened: their members are nodes of the network, each with the attribute 'parent' holding its group's id",
        ])
    }

    @Test("Topology Zoo (yFiles for Java 2.8): city names from y:NodeLabel, one warning for 25 graph attributes")
    func topologyZoo() throws {
        let (net, warnings) = try read("topozoo-abilene.graphml")
        #expect(net.directed)
        // NetworkX: 11 nodes n0…n10 labelled Seattle, Sunnyvale, Los Angeles, Denver … New York; 14 edges.
        #expect(net.nodes.map(\.id) == (0...10).map { "n\($0)" })
        #expect(net.edges.count == 14)
        #expect(Array(net.nodes.prefix(4).map(\.label)) == ["Seattle", "Sunnyvale", "Los Angeles", "Denver"])
        #expect(net.nodes.suffix(2).map(\.label) == ["Washington DC", "New York"])
        #expect(net.nodes[0].attributes["Internal"] == Attribute(.bool(true)))
        #expect(net.edges[0].from == "n0" && net.edges[0].to == "n1")
        #expect(net.edges[0].attributes["label"] == Attribute(.string("OC-192c")))
        #expect(warnings == [
            "topozoo-abilene.graphml:42:5: warning: 25 graph attributes are not kept (a network has no graph attributes): 'Access', 'Backbone', 'Commercial', 'Creator', 'Customer', 'DateModifier', 'DateMonth', 'DateObtained' and 17 more",
            "topozoo-abilene.graphml:70:7: warning: 25 <data> element(s) of yFiles keys (graphics) are ignored, except the text of 11 node label(s), read as labels",
        ])
    }

    @Test("yFiles for HTML 2.6 (yEd Live): labels from y:Label.Text, ports ignored with one warning")
    func yFilesHTML() throws {
        let (net, warnings) = try read("yedlive-yfiles-html.graphml")
        #expect(net.directed)
        // NetworkX: nodes n0…n3; edges n0→n1, n2→n1 twice, n3→n3 (it warns "GraphML port tag not supported").
        #expect(net.nodes.map(\.id) == ["n0", "n1", "n2", "n3"])
        #expect(net.edges.map { "\($0.from)>\($0.to)" } == ["n0>n1", "n2>n1", "n2>n1", "n3>n3"])
        #expect(net.edges.map(\.id) == ["e0", "e1", "e2", "e3"])
        #expect(net.nodes.map(\.label) == ["Top left rounded rectangle", "Star", "őð中",
                                           "<p>regular <strong>bold</strong> <em>italic</em></p><p>newline</p>"])
        #expect(net.nodes[0].attributes["zOrder"] == Attribute(.number(1)))
        // A typed key's <default> applies to every node (the GraphML rule; NetworkX keeps it aside).
        #expect(net.nodes.allSatisfy { $0.attributes["Expanded"] == Attribute(.bool(true)) })
        #expect(net.nodes[0].attributes["description"] == Attribute(.string("<node id=\"n3\">")))
        #expect(net.nodes[0].attributes["NodeLabels"] == nil && net.nodes[0].attributes["NodeStyle"] == nil)
        #expect(net.edges[0].attributes["description"] == Attribute(.string("this is an edge")))
        #expect(warnings == [
            "yedlive-yfiles-html.graphml:65:4: warning: 16 <data> element(s) of yFiles keys (graphics) are ignored, except the text of 4 node label(s), read as labels",
            "yedlive-yfiles-html.graphml:88:4: warning: 8 <port> element(s) and the sourceport/targetport of 4 edge(s) ignored: edges join the nodes themselves (the model has no ports)",
        ])
    }

    @Test("Gephi's test file: keys inside <graph>, one id for a node key and an edge key, CDATA values")
    func gephiCDATA() throws {
        // NetworkX refuses this file ("Bad GraphML data: no key lbl"); Gephi reads it so.
        let (net, warnings) = try read("gephi-cdata.graphml")
        #expect(net.directed)
        #expect(net.nodes.map(\.id) == ["n0", "n1"])
        #expect(net.nodes.map(\.label) == ["foo", "bar"])
        #expect(net.edges.map(\.id) == ["e0"])
        #expect(net.edges[0].from == "n0" && net.edges[0].to == "n1")
        #expect(net.edges[0].attributes["label"] == Attribute(.string("foobar")))
        #expect(warnings.isEmpty)
    }

    @Test("graph-tool, igraph, ATTED-II and sigma.js files read as NetworkX reads them", arguments: [
        // (file, NetworkX's node count, edge count, directed, first node, first edge)
        ("graphtool-football.graphml", 115, 613, false, "n0", "n0>n1"),
        ("graphtool-moviegalaxies.graphml", 27, 102, false, "n0", "n0>n6"),
        ("igraph-closeness.graphml", 10000, 9999, true, "n0", "n1>n0"),
        ("atted-nonamespace.graphml", 41, 118, false, "At1g06000", "At1g06000>At1g30530"),
        ("sigma-airlines.graphml", 235, 2101, false, "0", "0>136"),
    ])
    func plainWriters(file: String, nodes: Int, edges: Int, directed: Bool, firstNode: String, firstEdge: String) throws {
        let (net, _) = try read(file)
        #expect(net.nodes.count == nodes && net.edges.count == edges)
        #expect(net.directed == directed)
        #expect(net.nodes.first?.id == firstNode)
        let edge = try #require(net.edges.first)
        if directed {
            #expect("\(edge.from)>\(edge.to)" == firstEdge)
        } else {
            // NetworkX lists an undirected edge from the end it met first: compare the ends as a set.
            #expect(Set([edge.from, edge.to]) == Set(firstEdge.split(separator: ">").map(String.init)))
        }
    }

    @Test("attributes and warnings of the plain writers")
    func plainWriterDetails() throws {
        let (football, fw) = try read("graphtool-football.graphml")
        #expect(football.nodes[0].attributes["partition"] == Attribute(.number(9)))  // NetworkX: {'partition': 9}
        #expect(fw == ["graphtool-football.graphml:13:4: warning: graph attribute 'dl' is not kept (a network has no graph attributes)"])
        let (closeness, cw) = try read("igraph-closeness.graphml")
        #expect(closeness.nodes[0].attributes["closeness"] == Attribute(.number(0.200674)))
        #expect(cw.isEmpty)
        let (atted, aw) = try read("atted-nonamespace.graphml")
        #expect(atted.nodes[1].label == "At5g08640" && atted.nodes[1].attributes["symbol"] == Attribute(.string("FLS")))
        #expect(atted.edges[0].attributes["label"] == Attribute(.string("correlation")))  // key for="all"
        #expect(atted.edges[0].attributes["mr_all"] == Attribute(.number(4.9)))
        #expect(aw.isEmpty)
        let (airlines, sw) = try read("sigma-airlines.graphml")
        #expect(airlines.nodes[0].attributes["tooltip"] == Attribute(.string("LIT(lngx=-92.224444,laty=34.729444)")))
        #expect(airlines.nodes[0].attributes["x"] == Attribute(.number(-922.24444)))
        #expect(sw.isEmpty)
    }
}

/// The rules behind the corpus results, on small documents.
@Suite("GraphML: groups, ports, yFiles labels, keys anywhere")
struct GraphMLExtensionTests {
    func read(_ text: String) throws(ReadError) -> (network: Network, warnings: [String]) {
        let (net, warnings) = try GraphMLFormat.read(Array(text.utf8), path: "g.graphml")
        return (net, warnings.map(\.description))
    }

    func error(_ text: String) -> String? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error.description
        }
    }

    static let y = "xmlns:y='http://www.yworks.com/xml/graphml'"

    @Test("y:EdgeLabel becomes the edge attribute 'label' unless the edge has one; the first NodeLabel with text wins")
    func edgeLabels() throws {
        let text = """
        <graphml \(Self.y)><key id='ng' for='node' yfiles.type='nodegraphics'/><key id='eg' for='edge' yfiles.type='edgegraphics'/>
        <key id='l' for='edge' attr.name='label'/><key id='nl' for='node' attr.name='label'/>
        <graph edgedefault='undirected'>
        <node id='a'><data key='ng'><y:GenericNode configuration='x'><y:NodeLabel hasText='false'/><y:NodeLabel>  </y:NodeLabel><y:NodeLabel>Alpha<y:LabelModel><y:SmartNodeLabelModel/></y:LabelModel>
        </y:NodeLabel><y:NodeLabel>second</y:NodeLabel></y:GenericNode></data></node>
        <node id='b'><data key='nl'>Plain</data><data key='ng'><y:SVGNode><y:NodeLabel>Graphic</y:NodeLabel></y:SVGNode></data></node>
        <node id='c'><data key='ng'><y:ProxyAutoBoundsNode><y:Realizers active='1'><y:GroupNode><y:NodeLabel>Open</y:NodeLabel></y:GroupNode><y:GroupNode><y:NodeLabel>Closed</y:NodeLabel></y:GroupNode></y:Realizers></y:ProxyAutoBoundsNode></data></node>
        <edge source='a' target='b'><data key='eg'><y:PolyLineEdge><y:EdgeLabel>funds</y:EdgeLabel></y:PolyLineEdge></data></edge>
        <edge source='b' target='c'><data key='l'>own</data><data key='eg'><y:ArcEdge><y:EdgeLabel>drawn</y:EdgeLabel></y:ArcEdge></data></edge>
        <edge source='c' target='a'><data key='eg'><y:BezierEdge/></data></edge>
        </graph></graphml>
        """
        let (net, warnings) = try read(text)
        #expect(net.nodes.map(\.label) == ["Alpha", "Plain", "Closed"])
        #expect(net.edges.map { $0.attributes["label"] } == [Attribute(.string("funds")), Attribute(.string("own")), nil])
        #expect(net.edges.allSatisfy { $0.relation == "edge" })
        #expect(warnings == ["g.graphml:4:14: warning: 6 <data> element(s) of yFiles keys (graphics) are ignored, except the text of 2 node label(s) and 1 edge label(s), read as labels"])
    }

    @Test("yFiles for HTML labels: a Text attribute or <y:Label.Text>, on nodes and edges; other yWorks keys ignored")
    func yFilesHTMLLabels() throws {
        let text = """
        <graphml xmlns:y='http://www.yworks.com/xml/yfiles-common/3.0' xmlns:x='http://www.yworks.com/xml/yfiles-common/markup/3.0'>
        <key id='nl' for='node' attr.name='NodeLabels' y:attr.uri='http://www.yworks.com/xml/yfiles-common/2.0/NodeLabels'/>
        <key id='el' for='edge' attr.name='EdgeLabels' y:attr.uri='http://www.yworks.com/xml/yfiles-common/2.0/EdgeLabels'/>
        <key id='ng' for='node' attr.name='NodeGeometry' y:attr.uri='http://www.yworks.com/xml/yfiles-common/2.0/NodeGeometry'/>
        <graph edgedefault='directed'>
        <node id='a'><data key='nl'><x:List><y:Label Text='Attr'/></x:List></data><data key='ng'><y:RectD X='1'/></data></node>
        <node id='b'><data key='nl'><x:List><y:Label><y:Label.Text><![CDATA[Child]]></y:Label.Text></y:Label></x:List></data></node>
        <edge source='a' target='b'><data key='el'><x:List><y:Label><y:Label.Text>backs</y:Label.Text></y:Label></x:List></data></edge>
        </graph></graphml>
        """
        let (net, warnings) = try read(text)
        #expect(net.nodes.map(\.label) == ["Attr", "Child"])
        #expect(net.nodes[0].attributes.isEmpty)
        #expect(net.edges[0].attributes == ["label": Attribute(.string("backs"))])
        #expect(warnings == ["g.graphml:6:14: warning: 4 <data> element(s) of yFiles keys (graphics) are ignored, except the text of 2 node label(s) and 1 edge label(s), read as labels"])
    }

    @Test("a nested graph is flattened even without yfiles.foldertype; a grouped node's own 'parent' is replaced, said once")
    func groups() throws {
        let text = """
        <graphml><key id='p' for='node' attr.name='parent'/>
        <graph edgedefault='directed'><node id='g'><graph edgedefault='directed'>
        <node id='x'><data key='p'>mine</data></node><node id='y'/><edge source='x' target='z'/></graph></node>
        <node id='z'/><edge source='y' target='g'/></graph></graphml>
        """
        let (net, warnings) = try read(text)
        #expect(net.nodes.map(\.id) == ["g", "x", "y", "z"])
        #expect(net.nodes.map { $0.attributes["parent"] } == [nil, Attribute(.string("g")), Attribute(.string("g")), nil])
        #expect(net.edges.map { "\($0.from)>\($0.to)" } == ["x>z", "y>g"])
        #expect(warnings == [
            "g.graphml:2:44: warning: 1 group node(s) (a <graph> nested in a <node>, as yEd writes groups) flattened: their members are nodes of the network, each with the attribute 'parent' holding its group's id",
            "g.graphml:3:1: warning: 1 grouped node(s) have their own 'parent' attribute (first: node 'x'), replaced by the id of their group",
        ])
    }

    @Test("keys after their use and inside nested graphs are found; ports and their edges' ends are ignored once")
    func keysAnywhere() throws {
        let text = """
        <graphml><graph edgedefault='directed'>
        <node id='a'><data key='k'>1</data><port name='p'><port name='q'/></port></node>
        <node id='b'><port name='p'/><graph><key id='k2' for='edge' attr.name='w'/></graph></node>
        <edge source='a' target='b' sourceport='p'><data key='k2'>x</data></edge>
        <edge source='b' target='a'/>
        </graph><key id='k' for='node' attr.name='n' attr.type='int'/></graphml>
        """
        let (net, warnings) = try read(text)
        #expect(net.nodes[0].attributes["n"] == Attribute(.number(1)))
        #expect(net.edges[0].attributes["w"] == Attribute(.string("x")))
        #expect(warnings == [
            "g.graphml:2:36: warning: 2 <port> element(s) and the sourceport/targetport of 1 edge(s) ignored: edges join the nodes themselves (the model has no ports)",
            "g.graphml:3:30: warning: 1 group node(s) (a <graph> nested in a <node>, as yEd writes groups) flattened: their members are nodes of the network, each with the attribute 'parent' holding its group's id",
        ])
    }

    @Test("what is still refused, with file, line and column", arguments: [
        ("<graphml><graph><key id='lbl' for='node'/><node id='a'>\n  <data key='lbl'/><data key='nope'>x</data></node></graph></graphml>",
         "g.graphml:2:26: <data> of node 'a' refers to undeclared key 'nope' (expected the id of a <key>)"),
        ("<graphml><key id='k' for='node'/><graph>\n<key id='k' for='node'/></graph></graphml>",
         "g.graphml:2:1: duplicate key id 'k' (first declared at line 1)"),
        ("<graphml><key id='k' for='all'/><graph>\n<key id='k' for='edge'/></graph></graphml>",
         "g.graphml:2:1: duplicate key id 'k' (first declared at line 1)"),
        ("<graphml><graph edgedefault='directed'><node id='g'>\n<graph edgedefault='undirected'><node id='a'/><edge source='a' target='g'/></graph></node></graph></graphml>",
         "g.graphml:2:8: the graph nested in node 'g' is undirected in a directed graph (mixed graphs are not supported; make its edgedefault directed)"),
        ("<graphml><graph><node id='a'>\n<graph><node id='a'/></graph></node></graph></graphml>",
         "g.graphml:2:8: duplicate node id 'a' (first defined at line 1)"),
        ("<graphml><graph><node>\n<graph/></node></graph></graphml>",
         "g.graphml:1:17: <node> has no 'id' (required: a unique, non-empty string)"),
        ("<graphml><graph><node id='a'/><edge source='a' target='a'>\n<graph/></edge></graph></graphml>",
         "g.graphml:2:1: nested graphs (a <graph> inside edge a → a) are not supported"),
        ("<graphml><graph><node id='g'><graph>\n<hyperedge/></graph></node></graph></graphml>",
         "g.graphml:2:1: hyperedges are not supported (expected <edge>)"),
    ])
    func refusals(text: String, message: String) {
        #expect(error(text) == message)
    }

    @Test("a nested graph without edges may have any edgedefault; an empty nested graph makes a group of none")
    func nestedDirection() throws {
        let (net, warnings) = try read("<graphml><graph edgedefault='directed'><node id='g'><graph edgedefault='undirected'><node id='a'/></graph></node><node id='h'><graph/></node></graph></graphml>")
        #expect(net.directed)
        #expect(net.nodes.map(\.id) == ["g", "a", "h"])
        #expect(warnings.count == 1 && warnings[0].contains("2 group node(s)"))
    }
}
