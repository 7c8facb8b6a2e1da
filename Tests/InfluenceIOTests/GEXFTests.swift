import InfluenceGraph
import InfluenceIO
import Testing

@Suite("GEXF: 1.1, 1.2draft (NetworkX) and 1.3 (Gephi), dynamic graphs, round trips, errors")
struct GEXFTests {
    func read(_ text: String) throws(ReadError) -> (network: Network, warnings: [Diagnostic]) {
        try GEXFFormat.read(Array(text.utf8), path: "g.gexf")
    }

    func expectError(_ text: String, _ message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        do {
            _ = try read(text)
            Issue.record("expected \(message)", sourceLocation: sourceLocation)
        } catch {
            #expect(error.description == message, sourceLocation: sourceLocation)
        }
    }

    func d(_ s: String) -> InfluenceDate { InfluenceDate(s)! }

    @Test("the Iraq network round-trips exactly, deterministically")
    func iraq() throws {
        let net = try xmlIraqNetwork()
        let (bytes, warnings) = try GEXFFormat.write(net)
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("GEXF has no type for aliases, evidence, date attributes, the title and the sources, kinds and relations tables") == true)
        let text = string(bytes)
        #expect(text.contains("mode=\"dynamic\" timeformat=\"date\""))
        #expect(!text.contains("viz:color"))
        let (back, readWarnings) = try GEXFFormat.read(bytes, path: "iraq.gexf")
        #expect(readWarnings.isEmpty)
        expectSameXMLNetwork(back, net)
        #expect(try GEXFFormat.write(back).bytes == bytes)
    }

    @Test("a network with everything, and strings that need escaping, round-trips exactly", arguments: [true, false])
    func stress(directed: Bool) throws {
        let net = xmlStressNetwork(directed: directed)
        let (bytes, warnings) = try GEXFFormat.write(net)
        #expect(warnings == ["GEXF has no type for aliases, evidence, date attributes, mixed-type attributes, the title and the sources, kinds and relations tables and the month or year precision of dates; they are written as text (JSON in columns named influence.* or marked influence.type, <influence:…> elements in <meta>, influence.since/until attributes beside day dates), which other GEXF readers ignore or see as plain strings"])
        let text = string(bytes)
        // [2003, 2030-01-01): closed interval [2003-01-01, 2029-12-31], the year kept aside.
        #expect(text.contains("<node id=\"kh\" label=\"Kata'ib &quot;Hezbollah&quot; &lt;KH&gt; &amp; co\" start=\"2003-01-01\" end=\"2029-12-31\" influence.since=\"2003\">"))
        // A dated series is a dynamic column.
        #expect(text.contains("<attvalue for=\"3\" value=\"6\" start=\"2025-11-01\" influence.since=\"2025-11\"/>"))
        #expect(text.contains("<attvalue for=\"3\" value=\"1.5\" end=\"2025-10-31\" influence.until=\"2025-11\"/>"))
        #expect(text.contains("kind=\"self loop &amp; &lt;x&gt;\" weight=\"1e-05\" start=\"2025-11-18\" end=\"2025-11-18\"/>"))
        let (back, _) = try GEXFFormat.read(bytes, path: "s.gexf")
        expectSameXMLNetwork(back, net)
        #expect(try GEXFFormat.write(back).bytes == bytes)
    }

    @Test("viz is written only when given; bad values and unknown ids are reported")
    func viz() throws {
        var net = Network()
        net.nodes = [Node(id: "a"), Node(id: "b")]
        let viz: [String: GEXFFormat.NodeViz] = [
            "a": .init(color: .init(red: 255, green: 0, blue: 10, alpha: 0.5), size: 12.5, position: .init(x: 1, y: -2.5)),
            "ghost": .init(size: 1),
        ]
        let (bytes, warnings) = try GEXFFormat.write(net, viz: viz)
        #expect(string(bytes).contains("""
              <node id="a">
                <viz:color r="255" g="0" b="10" a="0.5"/>
                <viz:size value="12.5"/>
                <viz:position x="1" y="-2.5"/>
              </node>
              <node id="b"/>
        """))
        #expect(warnings == ["viz given for 1 id(s) that name no node ('ghost'); not written"])
        let (back, readWarnings) = try GEXFFormat.read(bytes, path: "v.gexf")
        #expect(back == net)
        #expect(readWarnings.map(\.description) == ["v.gexf:9:9: warning: 3 viz element(s) (colour, size, position, shape) are not kept"])
        #expect(throws: WriteError.unrepresentable(format: "GEXF", reason: "viz of node 'a': alpha 2.0 is not in 0…1")) {
            _ = try GEXFFormat.write(net, viz: ["a": .init(color: .init(red: 0, green: 0, blue: 0, alpha: 2))])
        }
        #expect(!string(try GEXFFormat.write(net).bytes).contains("viz:"))
    }

    @Test("NetworkX's write_gexf (1.2draft) reads as expected")
    func networkXDialect() throws {
        let text = """
        <?xml version='1.0' encoding='utf-8'?>
        <gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">
          <meta lastmodifieddate="2026-11-25">
            <creator>NetworkX 3.6.1</creator>
          </meta>
          <graph defaultedgetype="directed" mode="dynamic" name="" timeformat="date">
            <attributes mode="static" class="edge">
              <attribute id="2" title="relation" type="string" />
            </attributes>
            <attributes mode="static" class="node">
              <attribute id="0" title="kind" type="string" />
              <attribute id="1" title="seats" type="long" />
            </attributes>
            <nodes>
              <node id="iran" label="Iran">
                <attvalues>
                  <attvalue for="0" value="state" />
                  <attvalue for="1" value="6" />
                </attvalues>
              </node>
              <node id="kh" label="kh" start="2025-11-01" end="2025-12-31" />
            </nodes>
            <edges>
              <edge source="iran" target="kh" id="0" weight="2.0" start="2025-11-18">
                <attvalues>
                  <attvalue for="2" value="backs" />
                </attvalues>
              </edge>
            </edges>
          </graph>
        </gexf>
        """
        let (net, warnings) = try read(text)
        #expect(warnings.isEmpty)
        #expect(net.directed)
        #expect(net.nodes == [
            Node(id: "iran", label: "Iran", kind: "state", attributes: ["seats": Attribute(.number(6))]),
            Node(id: "kh", label: "kh", validity: Validity(since: d("2025-11-01"), until: d("2026-01-01"))),
        ])
        #expect(net.edges == [Edge(id: "0", from: "iran", to: "kh", relation: "backs", weight: 2, validity: Validity(since: d("2025-11-18")))])
    }

    static let gephi = """
    <?xml version='1.0' encoding='UTF-8'?>
    <gexf xmlns="http://gexf.net/1.3" version="1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">
      <meta lastmodifieddate="2025-12-12">
        <creator>Gephi 0.10.1</creator>
        <description>Seats over time</description>
      </meta>
      <graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval">
        <attributes class="node" mode="dynamic">
          <attribute id="seats" title="Seats" type="integer"/>
          <attribute id="tags" title="Tags" type="liststring"/>
          <attribute id="big" title="Big" type="boolean"><default>false</default></attribute>
        </attributes>
        <nodes>
          <node id="sadiqoun" label="Sadiqoun">
            <attvalues>
              <attvalue for="seats" value="15" start="2021-10-10" end="2025-11-10"/>
              <attvalue for="seats" value="27" start="2025-11-11"/>
              <attvalue for="tags" value="[a, b]"/>
            </attvalues>
            <spells>
              <spell start="2019-01-01" end="2020-12-31"/>
              <spell start="2021-01-01"/>
            </spells>
            <viz:size value="10.0"/>
            <viz:color r="153" g="153" b="153"/>
          </node>
          <node id="badr" label="Badr">
            <spells>
              <spell start="2003-01-01" end="2010-12-31"/>
              <spell start="2015-06-01" end="2020-12-31"/>
            </spells>
          </node>
          <node id="cf" label="Coordination Framework" startopen="2021-10-09" endopen="2026-01-01"/>
        </nodes>
        <edges>
          <edge id="0" source="sadiqoun" target="cf" kind="member-of" weight="1.0" start="2025-11-18" end="2025-11-18"/>
          <edge id="1" source="badr" target="cf" weight="1.0">
            <spells><spell timestamp="2025-11-19"/></spells>
          </edge>
        </edges>
      </graph>
    </gexf>
    """

    @Test("Gephi's 1.3 dynamic export: closed intervals, spells, open bounds, dynamic values")
    func gephiDialect() throws {
        let (net, warnings) = try read(Self.gephi)
        #expect(net.description == "Seats over time")
        let sadiqoun = net.nodes[0]
        // Two contiguous spells: the hull, without a warning.
        #expect(sadiqoun.validity == Validity(since: d("2019-01-01")))
        #expect(sadiqoun.attributes["Seats"] == Attribute([
            DatedValue(.number(15), validity: Validity(since: d("2021-10-10"), until: d("2025-11-11"))),
            DatedValue(.number(27), validity: Validity(since: d("2025-11-11"))),
        ]))
        #expect(sadiqoun.attributes["Tags"] == Attribute(.string("[a, b]")))
        #expect(sadiqoun.attributes["Big"] == Attribute(.bool(false)))
        // Two spells with a gap: the hull, with a warning.
        #expect(net.nodes[1].validity == Validity(since: d("2003-01-01"), until: d("2021-01-01")))
        // 1.2 open bounds.
        #expect(net.nodes[2].validity == Validity(since: d("2021-10-10"), until: d("2026-01-01")))
        // A one-day edge, and a timestamp spell.
        #expect(net.edges[0].relation == "member-of")
        #expect(net.edges[0].validity == Validity(since: d("2025-11-18"), until: d("2025-11-19")))
        #expect(net.edges[1].relation == "edge")
        #expect(net.edges[1].validity == Validity(since: d("2025-11-19"), until: d("2025-11-20")))
        #expect(warnings.map(\.description) == [
            "g.gexf:24:9: warning: 2 viz element(s) (colour, size, position, shape) are not kept",
            "g.gexf:29:11: warning: node 'badr' has 2 spells with gaps between them; a network keeps one interval per element, so it is read as their hull [2003-01-01, 2021-01-01)",
        ])
        // Day by day the model agrees with Gephi's closed intervals.
        let snapshot = net.edges[0].validity
        #expect(snapshot.contains(d("2025-11-18")) && !snapshot.contains(d("2025-11-19")) && !snapshot.contains(d("2025-11-17")))
    }

    @Test("a Gephi timeline survives our write and read: same intervals at every day")
    func gephiTimelineRoundTrip() throws {
        let (net, _) = try read(Self.gephi)
        let (bytes, _) = try GEXFFormat.write(net)
        let (back, _) = try GEXFFormat.read(bytes, path: "again.gexf")
        #expect(back.nodes.map(\.validity) == net.nodes.map(\.validity))
        #expect(back.edges.map(\.validity) == net.edges.map(\.validity))
        #expect(back.nodes[0].attributes == net.nodes[0].attributes)
        #expect(string(bytes).contains("<edge id=\"0\" source=\"sadiqoun\" target=\"cf\" kind=\"member-of\" weight=\"1\" start=\"2025-11-18\" end=\"2025-11-18\"/>"))
    }

    @Test("GEXF 1.1 (attvalue 'id', static) reads")
    func gexf11() throws {
        let text = """
        <gexf xmlns="http://www.gexf.net/1.1draft" version="1.1">
          <graph defaultedgetype="undirected">
            <attributes class="node"><attribute id="0" title="url" type="anyURI"/></attributes>
            <nodes><node id="0" label="Hello"><attvalues><attvalue id="0" value="http://x"/></attvalues></node><node id="1" label="World"/></nodes>
            <edges><edge id="0" source="0" target="1" label="greets"/></edges>
          </graph>
        </gexf>
        """
        let (net, _) = try read(text)
        #expect(!net.directed)
        #expect(net.nodes[0].attributes == ["url": Attribute(.string("http://x"))])
        #expect(net.edges[0].attributes == ["label": Attribute(.string("greets"))])
    }

    @Test("problems are named with file, line and column", arguments: [
        ("<gexf><graph timeformat='double'><nodes>\n<node id='a' start='2.5' end='soon'/></nodes></graph></gexf>",
         "g.gexf:2:26: time 'soon' of node 'a' is not a number (the graph's timeformat is 'double')"),
        ("<gexf><graph><nodes>\n<node id='a' start='2007'/>\n<node id='b' start='2025-01-01'/></nodes></graph></gexf>",
         "g.gexf:3:14: time '2025-01-01' of node 'b' is not a number (the graph gives no timeformat, and the first time in the file (line 2) is a number)"),
        ("<gexf><graph><nodes>\n<node id='a' start='2025-01-01'/>\n<node id='b' start='2007'/></nodes></graph></gexf>",
         "g.gexf:3:14: time '2007' of node 'b' is not a date YYYY-MM-DD (the graph gives no timeformat, and the first time in the file (line 2) is a date)"),
        ("<gexf><graph><nodes>\n<node id='a' start='soon'/></nodes></graph></gexf>",
         "g.gexf:2:14: time 'soon' of node 'a' is neither a date YYYY-MM-DD nor a number (the graph gives no timeformat)"),
        ("<gexf><graph timeformat='epoch'><nodes>\n<node id='a' start='1'/></nodes></graph></gexf>",
         "g.gexf:2:14: time '1' of node 'a' cannot be read: the graph's timeformat is 'epoch' (expected date, dateTime, double or integer)"),
        ("<gexf><graph timeformat='integer'><nodes>\n<node id='a' start='5' end='2'/></nodes></graph></gexf>",
         "g.gexf:2:24: node 'a' ends before it starts (start 5, end 2)"),
        ("<gexf><graph timeformat='double'><nodes>\n<node id='a' startopen='2' end='2'/></nodes></graph></gexf>",
         "g.gexf:2:28: node 'a' ends before it starts (start 2, end 2)"),
        ("<gexf><graph mode='slice' timeformat='double'/></gexf>",
         "g.gexf:1:14: mode=\"slice\" needs the slice's time on <graph> (timestamp, or start and end)"),
        ("<gexf><graph timeformat='double'><attributes class='node'><attribute id='t' title='timeset' type='string'/></attributes><nodes>\n<node id='a' timestamp='1'><attvalues><attvalue for='t' value='x'/></attvalues></node></nodes></graph></gexf>",
         "g.gexf:2:1: attribute 'timeset' of node 'a' is given twice: by a column of that name and by the numeric times this reader keeps under it (rename the column)"),
        ("<gexf><graph timeformat='date'><nodes>\n<node id='a' start='2025-02-30'/></nodes></graph></gexf>",
         "g.gexf:2:14: invalid date '2025-02-30' in node 'a' (expected YYYY-MM-DD, a real calendar date)"),
        ("<gexf><graph timeformat='date'><nodes>\n<node id='a' start='2025-02-03' end='2025-02-01'/></nodes></graph></gexf>",
         "g.gexf:2:33: node 'a' ends before it starts (since 2025-02-03, until 2025-02-02; GEXF intervals are [start, end], end included)"),
        ("<gexf><graph timeformat='date'><nodes>\n<node id='a' intervals='&lt;[1,2]&gt;'/></nodes></graph></gexf>",
         "g.gexf:2:14: 'intervals' of node 'a' is not supported (write one <spell> per interval)"),
        ("<gexf><graph timeformat='date'><nodes>\n<node id='a' start='2020-01-01'><spells><spell start='2021-01-01'/></spells></node></nodes></graph></gexf>",
         "g.gexf:2:1: node 'a' has both start/end and <spells> (expected one)"),
        ("<gexf><graph defaultedgetype='directed'><nodes><node id='a'/></nodes><edges>\n<edge source='a' target='a' type='undirected'/></edges></graph></gexf>",
         "g.gexf:2:29: edge a → a is undirected in a directed graph (mixed graphs are not supported; make every edge directed)"),
        ("<gexf><graph defaultedgetype='mutual'/></gexf>",
         "g.gexf:1:14: defaultedgetype is 'mutual' (expected directed or undirected; mutual edges are not supported)"),
        ("<gexf><graph><nodes><node id='a'/></nodes><edges>\n<edge source='a' target='b'/></edges></graph></gexf>",
         "g.gexf:2:18: edge references unknown node 'b' in 'target' (every node must be declared with <node id=…>)"),
        ("<gexf><graph><nodes><node id='a'/></nodes><edges>\n<edge source='a' target='a' weight='NaN'/></edges></graph></gexf>",
         "g.gexf:2:29: weight 'NaN' of edge a → a is not allowed (expected a finite number)"),
        ("<gexf><graph><attributes class='node'><attribute id='0' title='n' type='integer'/></attributes><nodes>\n<node id='a'><attvalues><attvalue for='0' value='many'/></attvalues></node></nodes></graph></gexf>",
         "g.gexf:2:25: attribute 'n' of node 'a' is 'many' (expected a number)"),
        ("<gexf><graph><nodes>\n<node id='a'><attvalues><attvalue for='9' value='1'/></attvalues></node></nodes></graph></gexf>",
         "g.gexf:2:35: <attvalue> of node 'a' refers to undeclared node attribute '9'"),
        ("<gexf><graph><attributes class='node'><attribute id='0' title='n' type='matrix'/></attributes></graph></gexf>",
         "g.gexf:1:67: node attribute 'n' has type 'matrix' (expected a GEXF type such as string, integer, double, boolean or liststring)"),
        ("<gexf><graph><nodes><node id='a' pid='b'/></nodes></graph></gexf>",
         "g.gexf:1:34: hierarchical graphs ('pid' of node 'a') are not supported"),
        ("<gexf><graph><nodes><node id='a'><nodes/></node></nodes></graph></gexf>",
         "g.gexf:1:34: hierarchical graphs (<nodes> inside node 'a') are not supported"),
        ("<gexf><graph><nodes>\n<node id='a'/>\n<node id='a'/></nodes></graph></gexf>", "g.gexf:3:1: duplicate node id 'a' (first defined at line 2)"),
        ("<gexf/>", "g.gexf:1:1: <gexf> has no <graph> element"),
        ("<graphml/>", "g.gexf:1:1: the root element is <graphml> (expected <gexf>)"),
        ("", "g.gexf:1:1: the file is empty (expected a GEXF document (<gexf>))"),
        ("<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [\n<!ENTITY a \"aaaaaaaaaa\">\n<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n]>\n<gexf>&b;</gexf>",
         "g.gexf:3:1: the DOCTYPE declares entity 'a' (refused: entities are never expanded or fetched, which rules out XXE and \"billion laughs\"; remove the DOCTYPE)"),
        ("<gexf>\n  <graph>\n    <nodes>\n      <node id='a' label='x", "g.gexf:4:28: the file ends inside the value of attribute 'label' of <node> opened at 4:7 (is the file truncated?)"),
    ])
    func errors(text: String, message: String) {
        expectError(text, message)
    }

    static let corpus = interchangeRoot + "/../shared/corpus/real-files/gexf/"

    @Test("Gephi's importer test dynamicedgeweight.gexf (timeformat double): static network, the last weight, all weights kept")
    func gephiDynamicWeight() throws {
        let (net, warnings) = try NetworkReader.readWithWarnings(path: Self.corpus + "gephi-test-dynamicweight.gexf")
        #expect(net.directed)
        #expect(net.nodes == [Node(id: "0", label: "Hello"), Node(id: "1", label: "Word")])
        // Gephi: weight = TimestampDoubleMap {2004: 1, 2005: 2}; NetworkX's read_gexf: weight 2.0.
        #expect(net.edges == [Edge(id: "0", from: "0", to: "1", relation: "edge", weight: 2,
                                   attributes: ["Weight.series": Attribute(.string("<[2004, 1]; [2005, 2]>"))])])
        #expect(warnings.map(\.description) == [
            Self.corpus + "gephi-test-dynamicweight.gexf:14:21: warning: times are numbers (timeformat 'double'), not dates: read as a static network (every element present), with each element's own times in its attribute 'timeset' and each dynamic attribute as its value at the latest time plus all its values in '<name>.series' (Gephi's notation, <[time, value]; …>); the weight of 1 edge(s) is the latest value of the dynamic 'weight' column",
        ])
    }

    @Test("Gephi's toolkit demo timeframe1.gexf: mode=slice at time 2007, type int, <attvalue> without <attvalues>")
    func gephiSlice() throws {
        let (net, warnings) = try NetworkReader.readWithWarnings(path: Self.corpus + "gephi-toolkit-timeframe1.gexf")
        #expect(net.directed)
        // Gephi reads price {2007: 12}, {2007: 8}, {2007: 5}: the one slice, so plain values here.
        #expect(net.nodes == [
            Node(id: "1", label: "Node 1", attributes: ["Price": Attribute(.number(12))]),
            Node(id: "2", label: "Node 2", attributes: ["Price": Attribute(.number(8))]),
            Node(id: "3", label: "Node 3", attributes: ["Price": Attribute(.number(5))]),
        ])
        #expect(net.edges == [Edge(from: "1", to: "2", relation: "edge", weight: 1), Edge(from: "1", to: "3", relation: "edge", weight: 2)])
        #expect(warnings.map(\.description) == [
            Self.corpus + "gephi-toolkit-timeframe1.gexf:3:10: warning: mode=\"slice\": the whole graph is one slice at time 2007, a number rather than a date, so the network is read as static",
        ])
    }

    @Test("the default <attvalue> of Gephi's importer test data.gexf is applied, as Gephi applies it")
    func gephiDefaults() throws {
        let (net, warnings) = try NetworkReader.readWithWarnings(path: Self.corpus + "gephi-test-data.gexf")
        #expect(warnings.isEmpty)
        #expect(net.nodes == [Node(id: "0", label: "Node1", attributes: [
            "url": Attribute(.string("http://gephi.org")), "indegree": Attribute(.number(1)), "valid": Attribute(.bool(true)),
        ])])
        #expect(net.edges == [Edge(id: "0", from: "0", to: "0", relation: "edge")])
    }

    @Test("numeric time: spells, open bounds and timestamps kept in 'timeset'; dynamic values as the latest plus the series")
    func numericTime() throws {
        let text = """
        <gexf xmlns="http://gexf.net/1.3" version="1.3">
          <graph defaultedgetype="undirected" mode="dynamic" timeformat="integer">
            <attributes class="node" mode="dynamic">
              <attribute id="s" title="status" type="string"/>
              <attribute id="n" title="score" type="double"/>
            </attributes>
            <attributes class="edge" mode="dynamic">
              <attribute id="weight" title="Weight" type="float"/>
            </attributes>
            <nodes>
              <node id="a" start="1" end="5">
                <attvalues>
                  <attvalue for="s" value="on, off" start="3" end="5"/>
                  <attvalue for="s" value="idle" start="1" end="2"/>
                  <attvalue for="n" value="0.5"/>
                </attvalues>
              </node>
              <node id="b">
                <spells><spell start="1" end="2"/><spell timestamp="7"/><spell startopen="9"/></spells>
              </node>
              <node id="c" timestamp="4"/>
              <node id="d"><spells><spell timestamp="2"/><spell timestamp="1"/></spells></node>
            </nodes>
            <edges>
              <edge id="e1" source="a" target="b" weight="3">
                <attvalues><attvalue for="weight" value="1" start="1" end="2"/><attvalue for="weight" value="4" start="3"/></attvalues>
              </edge>
              <edge id="e2" source="b" target="c">
                <attvalues><attvalue for="weight" value="6" start="1" end="2"/><attvalue for="weight" value="2" start="3"/></attvalues>
              </edge>
            </edges>
          </graph>
        </gexf>
        """
        let (net, warnings) = try read(text)
        #expect(!net.directed)
        #expect(net.nodes.allSatisfy { $0.validity.isAlways })
        #expect(net.nodes[0].attributes == [
            "status": Attribute(.string("on, off")),
            "status.series": Attribute(.string("<[1, 2, idle]; [3, 5, \"on, off\"]>")),
            "score": Attribute(.number(0.5)),
            "timeset": Attribute(.string("<[1, 5]>")),
        ])
        #expect(net.nodes[1].attributes == ["timeset": Attribute(.string("<[1, 2]; [7, 7]; (9, inf]>"))])
        #expect(net.nodes[2].attributes == ["timeset": Attribute(.string("<[4]>"))])
        #expect(net.nodes[3].attributes == ["timeset": Attribute(.string("<[1, 2]>"))])
        // A static weight= wins; the dynamic column then stays an attribute.
        #expect(net.edges[0].weight == 3)
        #expect(net.edges[0].attributes == ["Weight": Attribute(.number(4)), "Weight.series": Attribute(.string("<[1, 2, 1]; [3, inf, 4]>"))])
        #expect(net.edges[1].weight == 2)
        #expect(net.edges[1].attributes == ["Weight.series": Attribute(.string("<[1, 2, 6]; [3, inf, 2]>"))])
        #expect(warnings.map(\.description) == [
            "g.gexf:11:7: warning: times are numbers (timeformat 'integer'), not dates: read as a static network (every element present), with each element's own times in its attribute 'timeset' and each dynamic attribute as its value at the latest time plus all its values in '<name>.series' (Gephi's notation, <[time, value]; …>); the weight of 1 edge(s) is the latest value of the dynamic 'weight' column",
        ])
    }

    @Test("no timeformat: numbers are numeric time (the GEXF default, double), dates are dates")
    func noTimeformat() throws {
        let (numbers, w1) = try read("<gexf><graph mode='dynamic'><nodes><node id='a' start='2004.5'/></nodes></graph></gexf>")
        #expect(numbers.nodes[0].validity.isAlways)
        #expect(numbers.nodes[0].attributes == ["timeset": Attribute(.string("<[2004.5, inf]>"))])
        #expect(w1.count == 1 && w1[0].message.contains("(no timeformat, and the first time is a number)"))
        let (dates, w2) = try read("<gexf><graph mode='dynamic'><nodes><node id='a' start='2004-05-06'/></nodes></graph></gexf>")
        #expect(dates.nodes[0].validity == Validity(since: d("2004-05-06")))
        #expect(dates.nodes[0].attributes.isEmpty && w2.isEmpty)
    }

    @Test("a slice in calendar time gives its day to every element without a time of its own")
    func dateSlice() throws {
        let (net, warnings) = try read("""
        <gexf><graph mode="slice" timeformat="date" timestamp="2007-03-04"><nodes><node id="a"/><node id="b" start="2001-01-01" end="2009-12-31"/></nodes>
        <edges><edge source="a" target="b"/></edges></graph></gexf>
        """)
        #expect(warnings.isEmpty)
        #expect(net.nodes[0].validity == Validity(since: d("2007-03-04"), until: d("2007-03-05")))
        #expect(net.nodes[1].validity == Validity(since: d("2001-01-01"), until: d("2010-01-01")))
        #expect(net.edges[0].validity == Validity(since: d("2007-03-04"), until: d("2007-03-05")))
    }

    @Test("GEXF 1.1 <slices><slice> are spells, as Gephi and NetworkX read them")
    func slices11() throws {
        let (net, _) = try read("""
        <gexf version="1.1"><graph timeformat="date"><nodes><node id="a"><slices><slice start="2001-01-01" end="2001-12-31"/><slice start="2002-01-01"/></slices></node></nodes></graph></gexf>
        """)
        #expect(net.nodes[0].validity == Validity(since: d("2001-01-01")))
    }

    @Test("the type spellings Gephi's importer accepts", arguments: [
        ("int", "7", AttributeValue.number(7)), ("Integer", "7", .number(7)), ("LONG", "-3", .number(-3)), ("bool", "true", .bool(true)),
        ("Boolean", "false", .bool(false)), ("character", "x", .string("x")), ("listint", "[1, 2]", .string("[1, 2]")),
        ("listcharacter", "[a]", .string("[a]")), ("anyuri", "http://x", .string("http://x")), ("date", "2020-02-03", .date(InfluenceDate("2020-02-03")!)),
        ("bigdecimal", "1.25", .number(1.25)), ("listboolean", "[true]", .string("[true]")),
    ])
    func typeSpellings(type: String, value: String, expected: AttributeValue) throws {
        let (net, _) = try read("<gexf><graph><attributes class='node'><attribute id='0' title='v' type='\(type)'/></attributes><nodes><node id='a'><attvalues><attvalue for='0' value='\(value)'/></attvalues></node></nodes></graph></gexf>")
        #expect(net.nodes[0].attributes["v"] == Attribute(expected))
    }

    @Test("dateTime times keep their day; an end on the last day is the day after")
    func dateTime() throws {
        let (net, _) = try read("<gexf><graph timeformat='dateTime'><nodes><node id='a' start='2025-11-18T10:30:00' end='2025-11-19T00:00:00+01:00'/></nodes></graph></gexf>")
        #expect(net.nodes[0].validity == Validity(since: d("2025-11-18"), until: d("2025-11-20")))
    }

    @Test("strings XML 1.0 cannot hold are refused, naming the element")
    func controlCharacters() {
        var net = Network()
        net.nodes = [Node(id: "a", label: "tab\tok"), Node(id: "b", kind: "esc\u{1B}")]
        #expect(throws: WriteError.unrepresentable(format: "GEXF", reason: "'kind' of node 'b' holds the control character U+001B, which XML 1.0 cannot hold (remove it)")) {
            _ = try GEXFFormat.write(net)
        }
    }
}
