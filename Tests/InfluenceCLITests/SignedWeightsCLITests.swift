import Foundation
import Testing

/// Signed and zero weights (issue 14) from the command line: every reader takes them, every
/// writer keeps them, and the measures that cannot take a negative weight refuse it with exit 1,
/// naming the measure and the edge; with the NetworkX options added beside them (edge load,
/// harmonic sources, betweenness --allow-nan), checked against NetworkX 3.6.1's own test values.
@Suite("Signed and zero weights on the command line")
struct SignedWeightsCLITests {
    func write(_ files: [String: String]) throws -> String {
        let dir = try temporaryDirectory()
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/" + name)) }
        return dir
    }

    /// `id,value` rows of `centrality --format csv` (an empty value, NaN, is `nil`).
    func column(_ csv: String) -> [String: Double?] {
        var values: [String: Double?] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            values[String(f[0])] = Double(f[1])
        }
        return values
    }

    /// The weights of the edges of a native JSON file, in order (`nil`: no weight).
    func weights(_ path: String) throws -> [Double?] {
        let doc = try jsonObject(try String(contentsOfFile: path, encoding: .utf8))
        return (doc["edges"] as? [[String: Any]] ?? []).map { ($0["weight"] as? NSNumber)?.doubleValue }
    }

    /// One network, a → b of weight −2 and b → c of weight 0, in every format a reader knows.
    static let signedFiles: [(name: String, text: String)] = [
        ("g.yaml", "nodes: [{id: a}, {id: b}, {id: c}]\nedges:\n  - {from: a, to: b, relation: r, weight: -2}\n  - {from: b, to: c, relation: r, weight: 0}\nrelations:\n  r: {gains: target, counts: true}\n"),
        ("g.edgelist", "a b -2\nb c 0\n"),
        ("g.net", "*Vertices 3\n1 \"a\"\n2 \"b\"\n3 \"c\"\n*Arcs\n1 2 -2\n2 3 0\n"),
        ("g.gml", "graph [\n directed 1\n node [ id 0 label \"a\" ]\n node [ id 1 label \"b\" ]\n node [ id 2 label \"c\" ]\n edge [ source 0 target 1 weight -2 ]\n edge [ source 1 target 2 weight 0 ]\n]\n"),
        ("g.graphml", """
            <?xml version="1.0"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <key id="w" for="edge" attr.name="weight" attr.type="double"/>
            <graph edgedefault="directed"><node id="a"/><node id="b"/><node id="c"/>
            <edge source="a" target="b"><data key="w">-2</data></edge>
            <edge source="b" target="c"><data key="w">0</data></edge>
            </graph></graphml>
            """),
        ("g.gexf", """
            <?xml version="1.0"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
            <nodes><node id="a"/><node id="b"/><node id="c"/></nodes>
            <edges><edge source="a" target="b" weight="-2"/><edge source="b" target="c" weight="0"/></edges>
            </graph></gexf>
            """),
        ("g.csv", "Source,Target,Weight\na,b,-2\nb,c,0\n"),
        ("g.dot", "digraph {\n a -> b [weight=-2];\n b -> c [weight=0];\n}\n"),
        ("g.json", #"{"directed": true, "multigraph": false, "graph": {}, "nodes": [{"id": "a"}, {"id": "b"}, {"id": "c"}], "links": [{"source": "a", "target": "b", "weight": -2}, {"source": "b", "target": "c", "weight": 0}]}"#),
    ]

    @Test("every reader takes negative and zero weights, and keeps them", arguments: signedFiles.map(\.name))
    func readers(name: String) throws {
        let file = try #require(Self.signedFiles.first { $0.name == name })
        let dir = try write([file.name: file.text])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try run(["convert", file.name, "-o", "out.json"], in: dir)
        #expect(r.status == 0, "\(name): \(r.stderr)")
        #expect(try weights(dir + "/out.json") == [-2, 0], "\(name)")
        let v = try run(["validate", file.name], in: dir)
        #expect(v.status == 0, "\(name): \(v.stderr)")
    }

    @Test("every writer keeps signed weights, and they read back")
    func writers() throws {
        let dir = try write(["g.yaml": Self.signedFiles[0].text])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for ext in ["yaml", "json", "graphml", "gexf", "gml", "csv", "dot", "edgelist"] {
            let written = try run(["convert", "g.yaml", "-o", "copy." + ext], in: dir)
            #expect(written.status == 0, ".\(ext): \(written.stderr)")
            var back = ["convert", "copy." + ext, "-o", "back-\(ext).json"]
            if ext == "csv" { back += ["--nodes", "copy.nodes.csv"] }
            let read = try run(back, in: dir)
            #expect(read.status == 0, ".\(ext) back: \(read.stderr)")
            #expect(try weights(dir + "/back-\(ext).json") == [-2, 0], ".\(ext)")
        }
        // GEXF sizes nodes by PageRank (--size-by), which refuses the negative weight: the sizes
        // are PageRank without weights, with one warning.
        let gexf = try run(["convert", "g.yaml", "-o", "sized.gexf"], in: dir)
        #expect(gexf.status == 0)
        #expect(gexf.stderr.split(separator: "\n").first.map(String.init) == """
            warning: g.yaml: --size-by pagerank: pagerank cannot take edge a → b of weight -2.0 (PageRank needs weights \
            >= 0: it follows an edge with probability weight / out-strength; --weight none ignores weights); sizes are \
            pagerank without weights
            """)
        let svg = try run(["render", "g.yaml", "-o", "g.svg"], in: dir)
        #expect(svg.status == 0, "\(svg.stderr)")
        #expect(svg.stderr.contains("sizes are pagerank without weights"))
    }

    /// a → b −2, b → c 0, c → d 1.5, a → c 1, ranked as written.
    let signed = "a b -2\nb c 0\nc d 1.5\na c 1\n"

    @Test("strength sums signed weights")
    func strength() throws {
        let dir = try write(["s.edgelist": signed])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try run(["centrality", "s.edgelist", "--measure", "strength", "--format", "csv"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        // a: −2 + 1; b: −2 + 0; c: 0 + 1.5 + 1; d: 1.5.
        #expect(column(r.stdout) == ["a": -1, "b": -2, "c": 2.5, "d": 1.5])
    }

    @Test("PageRank refuses a negative weight: exit 1, the measure and the first such edge named")
    func pagerankRefuses() throws {
        let dir = try write(["s.edgelist": signed])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try run(["centrality", "s.edgelist", "--measure", "pagerank"], in: dir)
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == """
            s.edgelist: pagerank cannot take edge a → b of weight -2.0 (PageRank needs weights >= 0: it follows an edge \
            with probability weight / out-strength; --weight none ignores weights)

            """)
        // Ignoring weights, PageRank runs.
        let none = try run(["centrality", "s.edgelist", "--measure", "pagerank", "--weight", "none"], in: dir)
        #expect(none.status == 0, "\(none.stderr)")
    }

    @Test("shortest-path measures refuse negative lengths with --weight, count hops without",
          arguments: ["betweenness", "closeness", "harmonic", "load", "edge-betweenness"])
    func distancesRefuse(measure: String) throws {
        let dir = try write(["s.edgelist": signed])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try run(["centrality", "s.edgelist", "--measure", measure, "--weight", "weight"], in: dir)
        #expect(r.status == 1)
        let name = measure == "edge-betweenness" ? "edge betweenness" : measure
        #expect(r.stderr.hasPrefix("s.edgelist: \(name) cannot take edge a → b of weight -2.0 (\(name) reads weights as lengths, which must be >= 0"),
                "\(r.stderr)")
        #expect(r.stderr.contains("'Contradictory paths found: negative weights?'"))
        let hops = try run(["centrality", "s.edgelist", "--measure", measure], in: dir)
        #expect(hops.status == 0, "\(hops.stderr)")
    }

    @Test("zero lengths are lengths: a zero-weight detour ties with the direct edge")
    func zeroLengths() throws {
        // x → y (0) → z (1) costs 1, as x → z (1): two shortest x–z paths, y on one of them.
        let dir = try write(["z.edgelist": "x y 0\ny z 1\nx z 1\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try run(["centrality", "z.edgelist", "--measure", "betweenness", "--weight", "weight", "--raw", "--format", "csv"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(column(r.stdout) == ["x": 0, "y": 0.5, "z": 0])
        // PageRank: z's only out-weights … none; y's out-weight 1; x's out-weights 0 + 1.
        let p = try run(["centrality", "z.edgelist", "--measure", "pagerank", "--format", "csv"], in: dir)
        #expect(p.status == 0, "\(p.stderr)")
    }

    @Test("--all skips, with a warning, a measure that refuses the weights")
    func allSkips() throws {
        let dir = try write(["s.edgelist": "a b -2\nb a 1\nb c 1\nc a 2\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try run(["centrality", "s.edgelist", "--all", "--format", "csv"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("s.edgelist: skipping pagerank: pagerank cannot take edge a → b of weight -2.0"), "\(r.stderr)")
        #expect(!r.stdout.split(separator: "\n")[0].contains("pagerank"))
        #expect(r.stdout.split(separator: "\n")[0].contains("strength"))
    }

    @Test("diff ranks signed networks by PageRank without weights, with one warning")
    func diffFallsBack() throws {
        let dir = try write(["before.edgelist": "a b -2\nb c 1\nc a 1\n", "after.edgelist": "a b -2\nb c 1\nc a 1\nc b 3\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try run(["diff", "before.edgelist", "after.edgelist"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("warning: before.edgelist and after.edgelist: --measure pagerank: pagerank cannot take edge a → b of weight -2.0"),
                "\(r.stderr)")
        #expect(r.stderr.contains("rank shifts are pagerank without weights"))
        #expect(r.stdout.contains("+ edge  c —edge→ b"), "\(r.stdout)")
        // Unweighted PageRank of the 3-cycle plus c → b: b first (0.3974…), then c, then a.
        #expect(r.stdout.contains("Rose (pagerank)") && r.stdout.contains("a  rank 1 → 3"), "\(r.stdout)")
    }

    // MARK: Options NetworkX's tests use

    @Test("test_load_centrality.py TestLoadCentrality.test_p4_edge_load and test_tree_edge_load: --measure edge-load")
    func edgeLoad() throws {
        let dir = try write(["p4.edgelist": "0 1\n1 2\n2 3\n",
                             "tree.edgelist": "0 1\n0 2\n1 3\n1 4\n2 5\n2 6\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        func rows(_ file: String) throws -> [String: Double] {
            let r = try run(["centrality", file, "--undirected", "--measure", "edge-load", "--format", "csv"], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            var values: [String: Double] = [:]
            for line in r.stdout.split(separator: "\n").dropFirst() {
                let f = line.split(separator: ",")
                values["\(f[0])-\(f[1])"] = Double(f[2])
            }
            return values
        }
        let p4 = try rows("p4.edgelist")
        // NetworkX's answer for G.edges(); the reverse orientations are listed too, as NetworkX's keys.
        for (edge, x) in ["0-1": 6.0, "1-2": 8, "2-3": 6] { #expect(abs(p4[edge]! - x) <= 1e-3, "\(edge): \(p4[edge]!)") }
        #expect(p4.count == 6)
        let tree = try rows("tree.edgelist")
        for (edge, x) in ["0-1": 24.0, "0-2": 24, "1-3": 12, "1-4": 12, "2-5": 12, "2-6": 12] {
            #expect(abs(tree[edge]! - x) <= 1e-3, "\(edge): \(tree[edge]!)")
        }
        let both = try run(["centrality", "p4.edgelist", "--measure", "edge-load", "--measure", "pagerank"], in: dir)
        #expect(both.status != 0)
        #expect(both.stderr.contains("edge-load ranks edges: ask for it alone."), "\(both.stderr)")
    }

    @Test("test_harmonic_centrality.py TestClosenessCentrality.test_p3_harmonic_subset: --sources; an unknown id is refused with a suggestion")
    func harmonicSources() throws {
        let dir = try write(["p3.edgelist": "0 1\n1 2\n", "c4.edgelist": "0 1\n1 2\n2 3\n3 0\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try run(["centrality", "p3.edgelist", "--undirected", "--measure", "harmonic", "--sources", "0,1", "--format", "csv"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let answer: [String: Double] = ["0": 1, "1": 1, "2": 1.5]
        let c = column(r.stdout)
        for (id, x) in answer { #expect(abs((c[id] ?? nil)! - x) <= 1e-3, "node \(id)") }
        // test_cycle_c4_directed: nbunch [0, 1], sources [1, 2] on the directed 4-cycle.
        let d = try run(["centrality", "c4.edgelist", "--measure", "harmonic", "--sources", "1,2", "--only", "0,1", "--format", "csv"], in: dir)
        #expect(d.status == 0, "\(d.stderr)")
        let cd = column(d.stdout)
        #expect(abs((cd["0"] ?? nil)! - 0.833) <= 1e-3 && abs((cd["1"] ?? nil)! - 0.333) <= 1e-3, "\(d.stdout)")

        let bad = try run(["centrality", "p3.edgelist", "--measure", "harmonic", "--sources", "0,11"], in: dir)
        #expect(bad.status == 1)
        #expect(bad.stderr == "p3.edgelist: --sources: no node '11' in the graph (did you mean '1'?)\n")
        let alone = try run(["centrality", "p3.edgelist", "--measure", "pagerank", "--sources", "0"], in: dir)
        #expect(alone.status != 0)
        #expect(alone.stderr.contains("--sources is an option of harmonic"), "\(alone.stderr)")
    }

    @Test("test_betweenness_centrality.py TestBetweennessCentrality.test_scale_with_k_on_star_graph, k = 1 without endpoints: refused, or NetworkX's NaN with --allow-nan")
    func oneSampledSource() throws {
        // Seed 5 makes influence's sampler pick node 1, a leaf, as NetworkX's seed=1 does there.
        let dir = try write(["star.edgelist": "0 1\n0 2\n0 3\n0 4\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let base = ["centrality", "star.edgelist", "--measure", "betweenness", "--samples", "1", "--seed", "5", "--format", "csv"]
        let refused = try run(base + ["--undirected"], in: dir)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("allow NaN (--allow-nan)"), "\(refused.stderr)")
        for (extra, centre) in [(["--undirected"], 1.0), (["--undirected", "--raw"], 6.0)] {
            let r = try run(base + extra + ["--allow-nan"], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            let b = column(r.stdout)
            #expect(b["0"] == .some(centre), "\(extra): \(r.stdout)")
            #expect(b["1"] == .some(nil), "the sampled source is NaN (an empty cell): \(r.stdout)")
            for leaf in ["2", "3", "4"] { #expect(b[leaf] == .some(0)) }
        }
    }
}
