import Foundation
import Testing
import InfluenceTestSupport

@Suite("influence centrality (the built binary)", .serialized)
struct CentralityCLITests {
    /// NetworkX's values for the Iraq ranking graph, from the committed reference file.
    func reference(_ measure: String, params: [String: Any] = [:]) throws -> [String: Double] {
        let url = URL(fileURLWithPath: repositoryRoot + "/Tests/InfluenceCentralityTests/Reference/iraq-2025.json")
        let file = try jsonObject(String(decoding: try Data(contentsOf: url), as: UTF8.self))
        let results = try #require(file["results"] as? [[String: Any]])
        for r in results where r["measure"] as? String == measure {
            let p = r["params"] as? [String: Any] ?? [:]
            if params.allSatisfy({ key, value in "\(p[key] ?? "nil")" == "\(value)" }),
               let values = r["values"] as? [String: Any] {
                return values.compactMapValues { $0 as? Double }
            }
        }
        Issue.record("no reference for \(measure) \(params)")
        return [:]
    }

    func values(_ args: [String]) throws -> (measures: [String], rows: [[String: Any]]) {
        let r = try run(["centrality", "graphs/iraq-2025.yaml", "--format", "json"] + args)
        #expect(r.status == 0, "\(r.stderr)")
        let o = try jsonObject(r.stdout)
        return (try #require(o["measures"] as? [String]), try #require(o["nodes"] as? [[String: Any]]))
    }

    @Test("the CLI's ranking graph and measures equal NetworkX on the Iraq network")
    func matchesNetworkX() throws {
        let (measures, rows) = try values(["--measure", "pagerank", "--measure", "betweenness", "--measure", "closeness"])
        #expect(measures == ["pagerank", "betweenness", "closeness"])
        let pagerank = try reference("pagerank", params: ["alpha": 0.85, "max_iter": 100])
        let betweenness = try reference("betweenness", params: ["normalized": 1, "endpoints": 0, "weight": "<null>"])
        let closeness = try reference("closeness", params: ["wf_improved": 1])
        #expect(rows.count == pagerank.count && rows.count == 30)
        for row in rows {
            let id = try #require(row["id"] as? String)
            #expect(abs((row["pagerank"] as? Double ?? -1) - pagerank[id]!) < 1e-12, "\(id)")
            #expect(abs((row["betweenness"] as? Double ?? -1) - betweenness[id]!) < 1e-9, "\(id)")
            #expect(abs((row["closeness"] as? Double ?? -1) - closeness[id]!) < 1e-9, "\(id)")
        }
        // Rows by the first measure, highest first, ties by id.
        let order: [(value: Double, id: String)] = rows.map { ($0["pagerank"] as! Double, $0["id"] as! String) }
        let sorted = order.sorted { a, b in a.value != b.value ? a.value > b.value : a.id < b.id }
        #expect(order.map(\.id) == sorted.map(\.id))
    }

    @Test("csv has the contract's header; --top and --ascending; NaN is an empty field")
    func csvAndOrdering() throws {
        let r = try run(["centrality", "graphs/iraq-2025.yaml", "--measure", "constraint", "--measure", "degree",
                         "--format", "csv", "--ascending"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.first == "id,constraint,degree")
        #expect(lines.count == 31)
        let constraints = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[1] }
        let defined = constraints.filter { !$0.isEmpty }.map { Double($0)! }
        #expect(defined == defined.sorted())
        #expect(constraints.suffix(constraints.count - defined.count).allSatisfy { $0.isEmpty })  // undefined last
        let top = try run(["centrality", "graphs/iraq-2025.yaml", "--top", "3"])
        let tableLines = top.stdout.split(separator: "\n")
        #expect(tableLines.count == 4)
        #expect(tableLines[0].hasPrefix("rank  id"))
        #expect(tableLines[1].contains("iran"))
    }

    @Test("edge lists are ranked as they are, weighted by their third column where NetworkX weighs")
    func edgeList() throws {
        let input = Data("a b 2\nb c 1\nc a 1\nc d 5\n".utf8)
        let r = try run(["centrality", "-", "--input-format", "edgelist", "--measure", "pagerank", "--measure", "in-degree",
                         "--format", "json"], stdin: input)
        #expect(r.status == 0, "\(r.stderr)")
        // networkx.pagerank(nx.DiGraph([("a","b",{"weight":2}),("b","c",{"weight":1}),("c","a",{"weight":1}),("c","d",{"weight":5})]))
        let expected = ["a": 0.14804801484025554, "b": 0.23113803701139135, "c": 0.30176488187872474, "d": 0.31904906626962815]
        for row in try #require(try jsonObject(r.stdout)["nodes"] as? [[String: Any]]) {
            let id = row["id"] as! String
            #expect(abs((row["pagerank"] as! Double) - expected[id]!) < 1e-12, "\(id)")
        }
    }

    @Test("bad requests fail with a message and exit 1, never NaN")
    func failures() throws {
        let noField = try run(["centrality", "graphs/iraq-2025.yaml", "--weight", "seats"])
        #expect(noField.status == 1)
        #expect(noField.stderr == "graphs/iraq-2025.yaml: no edge has a numeric 'seats' field to use as --weight\n")
        let diverges = try run(["centrality", "graphs/iraq-2025.yaml", "--measure", "eigenvector", "--max-iter", "3"])
        #expect(diverges.status == 1)
        #expect(diverges.stderr.contains("eigenvector: power iteration failed to converge within 3 iterations"))
        #expect(diverges.stdout.isEmpty)
        let badTol = try run(["centrality", "graphs/iraq-2025.yaml", "--tol", "-1"])
        #expect(badTol.status == 64)
        let undirectedIn = try run(["centrality", "graphs/iraq-2025.yaml", "--undirected", "--measure", "in-degree"])
        #expect(undirectedIn.status == 1)
        #expect(undirectedIn.stderr.contains("in-degree is not implemented for undirected graphs"))
        let all = try run(["centrality", "graphs/iraq-2025.yaml", "--all", "--format", "json"])
        #expect(all.status == 0)
        #expect(!all.stdout.contains("nan") && !all.stdout.contains("inf"))
    }

    @Test("--only and --sample-nodes rank only those nodes, with the whole graph's values")
    func chosenNodes() throws {
        let full = try values(["--measure", "closeness", "--measure", "pagerank"]).rows
        func byID(_ rows: [[String: Any]]) -> [String: [String: Any]] {
            Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as! String, $0) })
        }
        let fullByID = byID(full)
        let some = try values(["--measure", "closeness", "--measure", "pagerank", "--only", "cf, aah,sudani"]).rows
        #expect(some.map { $0["id"] as? String } == ["cf", "sudani", "aah"])   // ordered by closeness
        for row in some {
            let id = row["id"] as! String
            #expect(row["closeness"] as? Double == fullByID[id]?["closeness"] as? Double)
            #expect(row["pagerank"] as? Double == fullByID[id]?["pagerank"] as? Double)
        }
        let harmonic = byID(try values(["--measure", "harmonic"]).rows)
        let sample = try values(["--measure", "harmonic", "--sample-nodes", "5", "--seed", "3"]).rows
        #expect(Set(sample.map { $0["id"] as! String }).count == 5)
        for row in sample {
            #expect(row["harmonic"] as? Double == harmonic[row["id"] as! String]?["harmonic"] as? Double)
        }
        #expect(try run(["centrality", "graphs/iraq-2025.yaml", "--measure", "harmonic", "--sample-nodes", "5", "--seed", "3"]).stdout
                == run(["centrality", "graphs/iraq-2025.yaml", "--measure", "harmonic", "--sample-nodes", "5", "--seed", "3"]).stdout)

        let unknown = try run(["centrality", "graphs/iraq-2025.yaml", "--only", "cf,nope"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("Error: --only: unknown node 'nope' (nodes in graphs/iraq-2025.yaml: iran, iraq, israel,"))
        let typo = try run(["centrality", "graphs/iraq-2025.yaml", "--only", "cf,sudny"])
        #expect(typo.status == 64)
        #expect(typo.stderr.hasPrefix("Error: --only: unknown node 'sudny' (did you mean 'sudani'? nodes in graphs/iraq-2025.yaml:"))
        let twice = try run(["centrality", "graphs/iraq-2025.yaml", "--only", "cf,cf"])
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("'cf' is given twice"))
        let tooMany = try run(["centrality", "graphs/iraq-2025.yaml", "--sample-nodes", "31"])
        #expect(tooMany.status == 1)
        #expect(tooMany.stderr.contains("--sample-nodes 31 is more than the graph's 30 nodes"))
        let both = try run(["centrality", "graphs/iraq-2025.yaml", "--only", "cf", "--sample-nodes", "2"])
        #expect(both.status == 64)
    }

    @Test("--progress always draws a bar per step on stderr ending at 100%; by default a pipe gets none")
    func progressBars() throws {
        let args = ["centrality", "graphs/iraq-2025.yaml", "--measure", "betweenness", "--measure", "pagerank"]
        let quiet = try run(args)
        #expect(quiet.status == 0 && quiet.stderr.isEmpty)
        let shown = try run(args + ["--progress", "always"])
        #expect(shown.status == 0)
        #expect(shown.stdout == quiet.stdout)
        let lines = shown.stderr.split(separator: "\n").map { $0.split(separator: "\r").last.map(String.init) ?? "" }
        #expect(lines.count == 3, "\(shown.stderr)")
        #expect(lines.first?.hasPrefix("reading graphs/iraq-2025.yaml") == true)
        #expect(lines.dropFirst().first?.hasPrefix("betweenness  [####################]  100%  30/30") == true, "\(lines)")
        #expect(lines.last?.hasPrefix("pagerank  ") == true)
        #expect(try run(args + ["--progress", "never"]).stderr.isEmpty)
    }

    @Test("the same command gives the same bytes")
    func deterministic() throws {
        let args = ["centrality", "graphs/iraq-2025.yaml", "--all", "--format", "csv"]
        #expect(try run(args).stdout == run(args).stdout)
    }
}

@Suite("influence centrality --measure edge-betweenness")
struct EdgeBetweennessCLITests {
    @Test("edges of the ranking graph with NetworkX's values")
    func edges() throws {
        let r = try run(["centrality", "graphs/iraq-2025.yaml", "--measure", "edge-betweenness", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let edges = try #require(try jsonObject(r.stdout)["edges"] as? [[String: Any]])
        let url = URL(fileURLWithPath: repositoryRoot + "/Tests/InfluenceCentralityTests/Reference/iraq-2025.json")
        let file = try jsonObject(String(decoding: try Data(contentsOf: url), as: UTF8.self))
        let results = try #require(file["results"] as? [[String: Any]])
        let reference = try #require(results.first {
            $0["measure"] as? String == "edge-betweenness" && ($0["params"] as? [String: Any])?["normalized"] as? Bool == true
                && ($0["params"] as? [String: Any])?["weight"] is NSNull
        })
        var expected: [String: Double] = [:]
        for row in try #require(reference["edge_values"] as? [[Any]]) {
            expected["\(row[0])>\(row[1])"] = row[2] as? Double
        }
        #expect(edges.count == expected.count)
        for edge in edges {
            let key = "\(edge["from"]!)>\(edge["to"]!)"
            let value = try #require(edge["edge-betweenness"] as? Double)
            #expect(abs(value - (expected[key] ?? .nan)) < 1e-9, "\(key)")
        }
        let mixed = try run(["centrality", "graphs/iraq-2025.yaml", "--measure", "edge-betweenness", "--measure", "degree"])
        #expect(mixed.status == 64)
        #expect(mixed.stderr.contains("edge-betweenness ranks edges: ask for it alone."))
    }
}

@Suite("influence centrality on degenerate graphs")
struct DegenerateCentralityTests {
    @Test("--all skips, with a warning, the measures NetworkX refuses for the graph; an explicit one fails")
    func degenerate() throws {
        let loop = try run(["centrality", "-", "--input-format", "edgelist", "--all", "--format", "csv"], stdin: Data("a a\n".utf8))
        #expect(loop.status == 0)
        #expect(loop.stderr.contains("warning: -: skipping core: core is not defined for graphs with self-loops"))
        #expect(loop.stdout.hasPrefix("id,degree,"))
        #expect(!loop.stdout.contains(",core"))
        let explicit = try run(["centrality", "-", "--input-format", "edgelist", "--measure", "core"], stdin: Data("a a\n".utf8))
        #expect(explicit.status == 1)
        #expect(explicit.stderr == "-: core is not defined for graphs with self-loops (remove them first)\n")
    }

    @Test("--top N on a large graph (bounded selection) gives the first N rows of the full ranking, ties by id",
          arguments: ["degree", "pagerank"])
    func topSelection(measure: String) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var rng = SplitMix64(seed: 5)
        var text = ""
        for _ in 0 ..< 6000 { text += "n\(rng.next() % 3000) n\(rng.next() % 3000)\n" }
        try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/g.edgelist"))
        let full = try run(["centrality", "g.edgelist", "--undirected", "--measure", measure, "--format", "csv"], in: dir)
        #expect(full.status == 0, "\(full.stderr)")
        for top in [1, 7, 40] {
            let part = try run(["centrality", "g.edgelist", "--undirected", "--measure", measure, "--format", "csv", "--top", String(top)], in: dir)
            let expected = full.stdout.split(separator: "\n").prefix(top + 1).joined(separator: "\n") + "\n"
            #expect(part.stdout == expected, "top \(top)")
        }
    }
}
