import Foundation
import Testing

@Suite("influence command line (the built binary)", .serialized)
struct CLITests {
    @Test("validate accepts the committed networks")
    func validateCommitted() throws {
        let r = try run(["validate", "graphs/iraq-2025.yaml", "examples/minimal.yaml"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("graphs/iraq-2025.yaml: ok ("))
        #expect(r.stdout.contains("examples/minimal.yaml: ok ("))
        #expect(r.stderr.isEmpty)
    }

    @Test("stats --format json has DESIGN.md's shape and consistent counts")
    func statsJSON() throws {
        let r = try run(["stats", "graphs/iraq-2025.yaml", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try jsonObject(r.stdout)
        let nodes = try #require(o["nodes"] as? Int)
        let edges = try #require(o["edges"] as? Int)
        let kinds = try #require(o["kinds"] as? [String: Int])
        let relations = try #require(o["relations"] as? [String: Int])
        #expect(kinds.values.reduce(0, +) == nodes)
        #expect(relations.values.reduce(0, +) == edges)
        #expect(o["directed"] as? Bool == true)
        #expect(o["weak_components"] as? Int != nil && o["strong_components"] as? Int != nil)
        let density = try #require(o["density"] as? Double)
        #expect(density > 0 && density < 1)
        #expect((o["dates"] as? [String])?.count == 2)
        // Every kind the issue names is present.
        for kind in ["state", "militia", "list", "bloc", "government", "parliament", "person"] {
            #expect(kinds[kind, default: 0] > 0, "kind \(kind)")
        }
        for relation in ["backs", "leads", "political-wing", "member-of", "joined", "kidnapped", "designated"] {
            #expect(relations[relation, default: 0] > 0, "relation \(relation)")
        }
        let text = try run(["stats", "graphs/iraq-2025.yaml"])
        #expect(text.stdout.contains("nodes       \(nodes)\n"))
        #expect(text.stdout.contains("edges       \(edges) (directed)\n"))
    }

    @Test("--at follows the article's dated events")
    func statsAtDates() throws {
        func relations(_ at: String) throws -> [String: Int] {
            let r = try run(["stats", "graphs/iraq-2025.yaml", "--at", at, "--format", "json"])
            #expect(r.status == 0, "\(r.stderr)")
            return try #require(try jsonObject(r.stdout)["relations"] as? [String: Int])
        }
        let november = try relations("2025-11-01")
        let december = try relations("2025-12-12")
        let august = try relations("2025-08-01")
        // Sudani's bloc joined the CF on 2025-11-18.
        #expect(november["joined"] == nil)
        #expect(december["joined"] == 1)
        // Tsurkov was released in September 2025.
        #expect(august["kidnapped"] == 1)
        #expect(december["kidnapped"] == nil)
        #expect(november != december)
        let bad = try run(["stats", "graphs/iraq-2025.yaml", "--at", "2025-13"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--at"))
    }

    @Test("YAML → JSON → YAML gives the same bytes as YAML → YAML")
    func convertRoundTrip() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let source = repositoryRoot + "/graphs/iraq-2025.yaml"
        for args in [["convert", source, "-o", "x.json"], ["convert", "x.json", "-o", "back.yaml"],
                     ["convert", source, "-o", "direct.yaml"], ["convert", source, "-o", "again.json"]] {
            let r = try run(args, in: dir)
            #expect(r.status == 0, "\(args) \(r.stderr)")
        }
        let back = try Data(contentsOf: URL(fileURLWithPath: dir + "/back.yaml"))
        let direct = try Data(contentsOf: URL(fileURLWithPath: dir + "/direct.yaml"))
        #expect(back == direct)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/x.json")) == Data(contentsOf: URL(fileURLWithPath: dir + "/again.json")))
        // No temporary files are left beside the outputs.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["again.json", "back.yaml", "direct.yaml", "x.json"])
    }

    @Test("'-' reads standard input and writes standard output")
    func stdio() throws {
        let yaml = try Data(contentsOf: URL(fileURLWithPath: repositoryRoot + "/examples/minimal.yaml"))
        let r = try run(["convert", "-", "--input-format", "yaml", "-o", "-", "--format", "json"], stdin: yaml)
        #expect(r.status == 0, "\(r.stderr)")
        let back = try run(["convert", "-", "--input-format", "json", "-o", "-", "--format", "yaml"], stdin: r.stdoutBytes)
        let direct = try run(["convert", "examples/minimal.yaml", "-o", "-", "--format", "yaml"])
        #expect(back.stdout == direct.stdout)
        #expect(!direct.stdout.isEmpty)
        let edges = try run(["stats", "-", "--input-format", "edgelist", "--undirected", "--format", "json"],
                            stdin: Data("a b\nb c\nc a\nd d\n".utf8))
        let o = try jsonObject(edges.stdout)
        #expect(o["directed"] as? Bool == false)
        #expect(o["nodes"] as? Int == 4 && o["edges"] as? Int == 4)
        #expect(o["weak_components"] as? Int == 2)
        #expect(o["self_loops"] as? Int == 1)
        #expect(o["strong_components"] is NSNull)
    }

    static let brokenFiles: [(name: String, text: String, line: Int, column: Int, message: String)] = [
        ("unknown-node.yaml", "nodes:\n  - id: iran\n  - id: kh\nedges:\n  - from: iran\n    to: kataib\n    relation: backs\n",
         6, 9, "edge references unknown node 'kataib' in 'to'"),
        ("duplicate-id.yaml", "nodes:\n  - id: kh\n  - id: badr\n  - id: kh\n", 4, 9, "duplicate node id 'kh' (first defined at line 2)"),
        ("typo.yaml", "nodes:\n  - id: kh\n    knd: militia\n", 3, 5, "unknown key 'knd' in node 1 (did you mean 'kind'?)"),
        ("bad-date.yaml", "nodes:\n  - id: kh\n    since: 2025-11-31\n", 3, 12, "invalid date '2025-11-31' in 'since' of node 'kh'"),
        ("infinite-weight.yaml", "nodes: [{id: a}, {id: b}]\nedges:\n  - {from: a, to: b, relation: backs, weight: 1e999}\n",
         3, 47, "weight 1e999 of edge 1 is not allowed (expected a finite number)"),
        ("infinite-weight.edgelist", "a b 1\nb c 1e400\n", 2, 5, "weight 1e400 is not allowed (expected a finite number)"),
        ("truncated.json", "{\"nodes\": [{\"id\": \"a\"}", 1, 23, "unexpected end of file (expected ',' or ']')"),
    ]

    @Test("a broken file gives one FILE:LINE:COL line, exit 1 and no output file", arguments: brokenFiles)
    func brokenFile(file: (name: String, text: String, line: Int, column: Int, message: String)) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(file.text.utf8).write(to: URL(fileURLWithPath: dir + "/" + file.name))
        for args in [["validate", file.name], ["convert", file.name, "-o", "out.json"], ["stats", file.name, "-o", "stats.txt"]] {
            let r = try run(args, in: dir)
            #expect(r.status == 1, "\(args)")
            #expect(r.stderr.hasPrefix("\(file.name):\(file.line):\(file.column): \(file.message)"), "\(args): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1, "\(args): \(r.stderr)")
            #expect(r.stdout.isEmpty)
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == [file.name], "\(args) left a file")
        }
    }

    @Test("usage errors exit 64; missing files exit 1 naming the file")
    func usage() throws {
        let noArgs = try run(["stats"])
        #expect(noArgs.status == 64)
        #expect(noArgs.stderr.contains("Missing expected argument '<file>'"))
        let badExt = try run(["convert", "graphs/iraq-2025.yaml", "-o", "x.unknown"])
        #expect(badExt.status == 64)
        #expect(badExt.stderr.contains("Cannot tell the output format of 'x.unknown'"))
        let missing = try run(["validate", "no/such.yaml"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "no/such.yaml: no such file\n")
        let unknownFormat = try run(["validate", "README.md"])
        #expect(unknownFormat.status == 64)
        #expect(unknownFormat.stderr.contains("give --input-format"))
        let help = try run(["--help"])
        #expect(help.status == 0 && help.stdout.contains("validate") && help.stdout.contains("convert"))
    }

    @Test("writing an edge list warns about what it cannot hold")
    func edgeListWarnings() throws {
        let r = try run(["convert", "graphs/iraq-2025.yaml", "-o", "-", "--format", "edgelist"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("warning: an edge list cannot hold relations"))
        let lines = r.stdout.split(separator: "\n")
        let stats = try jsonObject(try run(["stats", "graphs/iraq-2025.yaml", "--format", "json"]).stdout)
        #expect(lines.count == stats["edges"] as? Int)  // every edge of the Iraq network
        #expect(lines.allSatisfy { $0.split(separator: " ").count == 2 })
    }

    @Test("outputs are deterministic")
    func deterministic() throws {
        for args in [["stats", "graphs/iraq-2025.yaml", "--format", "json"], ["stats", "graphs/iraq-2025.yaml"],
                     ["convert", "graphs/iraq-2025.yaml", "-o", "-", "--format", "json"]] {
            #expect(try run(args).stdout == run(args).stdout)
        }
    }
}

@Suite("influence validate --strict and --undirected")
struct CLIOptionTests {
    @Test func strictAndUndirected() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("nodes: [{id: a}, {id: b}]\nedges:\n  - {from: a, to: b, relation: bakcs}\n".utf8)
            .write(to: URL(fileURLWithPath: dir + "/w.yaml"))
        let lenient = try run(["validate", "w.yaml"], in: dir)
        #expect(lenient.status == 0)
        #expect(lenient.stdout == "w.yaml: ok (2 nodes, 1 edges, 1 warning)\n")
        #expect(lenient.stderr.hasPrefix("w.yaml:3:32: warning: relation 'bakcs' is neither built in"))
        #expect(lenient.stderr.hasSuffix("(did you mean 'backs'?)\n"))
        let strict = try run(["validate", "--strict", "w.yaml"], in: dir)
        #expect(strict.status == 1)
        #expect(strict.stdout.isEmpty)
        let undirected = try jsonObject(try run(["stats", "w.yaml", "--undirected", "--format", "json"], in: dir).stdout)
        #expect(undirected["directed"] as? Bool == false)
        #expect(undirected["density"] as? Double == 1)
    }
}

@Suite("influence convert to and from other tools' formats")
struct ConvertFormatsCLITests {
    @Test("GEXF for Gephi: every node coloured by its kind's style-sheet colour and sized 10–50 by PageRank")
    func gexfViz() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let r = try run(["convert", "graphs/iraq-2025.yaml", "-o", directory + "/iraq.gexf"])
        #expect(r.status == 0)
        #expect(r.stderr.hasPrefix("warning: GEXF has no type for"))
        let text = try String(contentsOfFile: directory + "/iraq.gexf", encoding: .utf8)
        #expect(text.components(separatedBy: "<viz:color ").count - 1 == 30)
        let sizes = text.components(separatedBy: "<viz:size value=\"").dropFirst().compactMap { Double($0.prefix { $0 != "\"" }) }
        #expect(sizes.count == 30 && sizes.min() == 10 && sizes.max() == 50)
        // States are filled with the style sheet's colour for states (#BFDCEE in the standard sheet).
        #expect(text.contains("<viz:color r=\"191\" g=\"220\" b=\"238\"/>"))
        let none = try run(["convert", "graphs/iraq-2025.yaml", "-o", directory + "/plain.gexf", "--size-by", "none"])
        #expect(none.status == 0)
        #expect(!(try String(contentsOfFile: directory + "/plain.gexf", encoding: .utf8)).contains("<viz:size"))
    }

    @Test("CSV: the edge table at -o and the node table beside it; read back with --nodes to the same network")
    func csvTables() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(try run(["convert", "graphs/iraq-2025.yaml", "-o", directory + "/iraq.csv"]).status == 0)
        let edges = try String(contentsOfFile: directory + "/iraq.csv", encoding: .utf8)
        let nodes = try String(contentsOfFile: directory + "/iraq.nodes.csv", encoding: .utf8)
        #expect(edges.hasPrefix("Source,Target,Type,Id,Label"))
        #expect(nodes.hasPrefix("Id,Label,Kind"))
        #expect(edges.split(separator: "\r\n").count == 58 && nodes.split(separator: "\r\n").count == 31)
        let stats = try run(["stats", directory + "/iraq.csv", "--nodes", directory + "/iraq.nodes.csv", "--format", "json"])
        #expect(stats.status == 0, "\(stats.stderr)")
        let o = try jsonObject(stats.stdout)
        #expect(o["nodes"] as? Int == 30 && o["edges"] as? Int == 57)
        let wrong = try run(["stats", "graphs/iraq-2025.yaml", "--nodes", directory + "/iraq.nodes.csv"])
        #expect(wrong.status == 64)
        let pajek = try run(["convert", "graphs/iraq-2025.yaml", "-o", directory + "/x.net"])
        #expect(pajek.status == 64 && pajek.stderr.contains("influence reads pajek files but does not write them"))
    }
}
