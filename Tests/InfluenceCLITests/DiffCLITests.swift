import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import InfluenceTestSupport
import Testing

@Suite("influence diff (the built binary)")
struct DiffCLITests {
    let iraq = repositoryRoot + "/graphs/iraq-2025.yaml"

    func write(_ text: String, _ name: String, in dir: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/" + name))
    }

    @Test("Iraq 2025-11-17 → 2025-11-19 as JSON: the bloc-joining edge entered, with its quote, and the rank shifts")
    func blocJoiningJSON() throws {
        let r = try run(["diff", iraq, "--from", "2025-11-17", "--to", "2025-11-19", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try jsonObject(r.stdout)
        #expect(o["from"] as? String == "2025-11-17" && o["to"] as? String == "2025-11-19")
        let edges = try #require(o["edges"] as? [String: Any])
        let added = try #require(edges["added"] as? [[String: Any]])
        #expect(added.count == 1)
        #expect(added.first?["id"] as? String == "rdb-joined-cf")
        #expect(added.first?["from"] as? String == "rdb" && added.first?["to"] as? String == "cf")
        #expect(added.first?["relation"] as? String == "joined")
        #expect((added.first?["quote"] as? String)?.hasPrefix("On November 18, following the elections, Sudani announced") == true)
        #expect(added.first?["source"] as? String == "spyer-2025-12-12")
        #expect((edges["removed"] as? [Any])?.isEmpty == true)
        let nodes = try #require(o["nodes"] as? [String: Any])
        #expect((nodes["renamed"] as? [Any])?.isEmpty == true)
        let changed = try #require(nodes["changed"] as? [[String: Any]])
        #expect(changed.map { $0["id"] as? String } == ["cf"])
        let changes = try #require(changed.first?["changes"] as? [String: [Any]])
        #expect(changes["attributes.joint-bloc-seats"]?.first is NSNull)
        #expect((changed.first?["evidence"] as? [[String: Any]])?.isEmpty == false)

        let c = try #require(o["centrality"] as? [String: Any])
        #expect(c["measure"] as? String == "pagerank")
        let rose = try #require(c["rose"] as? [[String: Any]])
        let fell = try #require(c["fell"] as? [[String: Any]])
        let cf = try #require(rose.first { $0["id"] as? String == "cf" })
        #expect((cf["after"] as! Double) > (cf["before"] as! Double))
        #expect(cf["rank_before"] as? Int == 3 && cf["rank_after"] as? Int == 3)
        let sudani = try #require(fell.first { $0["id"] as? String == "sudani" })
        #expect(sudani["rank_before"] as? Int == 6 && sudani["rank_after"] as? Int == 8)
        // Ordered by rank change: the biggest riser first.
        #expect(rose.first?["id"] as? String == "khazali")
        #expect((c["entered"] as? [Any])?.isEmpty == true && (c["left"] as? [Any])?.isEmpty == true)
        let sources = try #require(o["sources"] as? [String: [String: Any]])
        #expect(sources["spyer-2025-12-12"]?["author"] as? String == "Jonathan Spyer")

        // Deterministic.
        let again = try run(["diff", iraq, "--from", "2025-11-17", "--to", "2025-11-19", "--format", "json"])
        #expect(again.stdout == r.stdout)
    }

    @Test("before the elections → publication: the elections enter the network and the ranking")
    func elections() throws {
        let r = try run(["diff", iraq, "--from", "2025-10-31", "--to", "2025-12-12", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try jsonObject(r.stdout)
        let added = try #require((o["nodes"] as? [String: Any])?["added"] as? [[String: Any]])
        #expect(added.contains { $0["id"] as? String == "elections-2025" })
        let entered = try #require((o["centrality"] as? [String: Any])?["entered"] as? [[String: Any]])
        #expect(entered.contains { $0["id"] as? String == "elections-2025" })
    }

    @Test("text: sections Entered / Changed / Rose / Fell with the evidence; no colour when piped")
    func text() throws {
        let r = try run(["diff", iraq, "--from", "2025-11-17", "--to", "2025-11-19"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("\u{1B}["))
        let lines = r.stdout.components(separatedBy: "\n")
        #expect(lines.first == "Diff 2025-11-17 → 2025-11-19")
        #expect(lines.contains("1 edge entered, 1 node changed."))
        for header in ["Entered", "Changed", "Rose (pagerank)", "Fell (pagerank)"] { #expect(lines.contains(header), "\(header)") }
        #expect(!lines.contains("Left"))
        #expect(lines.contains { $0.hasPrefix("  + edge  rdb —joined→ cf") })
        #expect(lines.contains { $0.contains("“On November 18, following the elections") && $0.contains("[spyer-2025-12-12]") })
        #expect(lines.contains("      attributes.joint-bloc-seats: – → 165 (since 2025-11-18)"))
        #expect(lines.contains { $0.contains("sudani") && $0.contains("rank 6 → 8") })
    }

    @Test("a file against itself: no differences, exit 0 even with --exit-code; a real difference with --exit-code: exit 1")
    func exitCodes() throws {
        let same = try run(["diff", iraq, iraq, "--exit-code"])
        #expect(same.status == 0, "\(same.stderr)")
        #expect(same.stdout.contains("No differences."))
        let json = try jsonObject(try run(["diff", iraq, iraq, "--format", "json"]).stdout)
        for section in ["nodes", "edges"] {
            for (_, items) in try #require(json[section] as? [String: [Any]]) { #expect(items.isEmpty) }
        }
        let differ = try run(["diff", iraq, "--from", "2025-11-17", "--to", "2025-11-19", "--exit-code"])
        #expect(differ.status == 1)
        #expect(differ.stdout.contains("1 edge entered"))
        let plain = try run(["diff", iraq, "--from", "2025-11-17", "--to", "2025-11-19"])
        #expect(plain.status == 0)
    }

    @Test("two files: a renamed node (new aliases hold the old id) is reported as renamed; -o writes the file")
    func renamedAcrossFiles() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let old = """
        directed: true
        nodes:
          - {id: iran, kind: state}
          - {id: kh, label: Kataib Hezbollah, kind: militia}
        edges:
          - {from: iran, to: kh, relation: backs, source: s, quote: "Iran backs KH."}
        sources:
          s: {title: An article}
        """
        let new = """
        directed: true
        nodes:
          - {id: iran, kind: state}
          - {id: kataib-hezbollah, label: Kataib Hezbollah, kind: militia, aliases: [kh, KH]}
        edges:
          - {from: iran, to: kataib-hezbollah, relation: backs, source: s, quote: "Iran backs KH."}
        sources:
          s: {title: An article}
        """
        try write(old, "old.yaml", in: dir)
        try write(new, "new.yaml", in: dir)
        let r = try run(["diff", "old.yaml", "new.yaml", "-o", "d.json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        let o = try jsonObject(String(decoding: try Data(contentsOf: URL(fileURLWithPath: dir + "/d.json")), as: UTF8.self))
        #expect(o["from"] as? String == "old.yaml" && o["to"] as? String == "new.yaml")
        let nodes = try #require(o["nodes"] as? [String: Any])
        let renamed = try #require(nodes["renamed"] as? [[String: String]])
        #expect(renamed == [["from": "kh", "to": "kataib-hezbollah", "matched_by": "alias \"kh\""]])
        #expect((nodes["added"] as? [Any])?.isEmpty == true && (nodes["removed"] as? [Any])?.isEmpty == true)
        let edges = try #require(o["edges"] as? [String: [Any]])
        #expect(edges["added"]?.isEmpty == true && edges["removed"]?.isEmpty == true && edges["changed"]?.isEmpty == true)
        let c = try #require(o["centrality"] as? [String: Any])
        for list in ["rose", "fell", "entered", "left"] { #expect((c[list] as? [Any])?.isEmpty == true, "\(list)") }
    }

    @Test("errors: --from after --to is a usage error; directed vs undirected and bad files exit 1 with no output file")
    func errors() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let backwards = try run(["diff", iraq, "--from", "2025-12-01", "--to", "2025-11-01"])
        #expect(backwards.status == 64)
        #expect(backwards.stderr.contains("--from 2025-12-01 is after --to 2025-11-01"))
        let oneDate = try run(["diff", iraq, "--from", "2025-12-01"])
        #expect(oneDate.status == 64)
        #expect(oneDate.stderr.contains("give --from DATE and --to DATE"))
        let badDate = try run(["diff", iraq, "--from", "2025-13-01", "--to", "2025-12-12"])
        #expect(badDate.status == 64)
        #expect(badDate.stderr.contains("2025-13-01"))
        let badMeasure = try run(["diff", iraq, iraq, "--measure", "fame"])
        #expect(badMeasure.status == 64)
        #expect(badMeasure.stderr.contains("Unknown --measure 'fame'"))

        try write("directed: true\nnodes: [{id: a}, {id: b}]\nedges: [{from: a, to: b, relation: backs}]\n", "d.yaml", in: dir)
        try write("directed: false\nnodes: [{id: a}, {id: b}]\nedges: [{from: a, to: b, relation: backs}]\n", "u.yaml", in: dir)
        let mixed = try run(["diff", "d.yaml", "u.yaml", "-o", "out.json"], in: dir)
        #expect(mixed.status == 1)
        #expect(mixed.stderr.contains("d.yaml and u.yaml: cannot compare a directed network with an undirected one"))
        try write("directed: true\nnodes:\n  - {id: a, since: 2025-02-30}\n", "bad.yaml", in: dir)
        let bad = try run(["diff", "d.yaml", "bad.yaml", "-o", "out.json"], in: dir)
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("bad.yaml:3:"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/out.json"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["bad.yaml", "d.yaml", "u.yaml"])
    }

    @Test("diagrams and charts by extension: SVG (well-formed, entered/changed in the legend), PNG, side by side, rank chart")
    func drawings() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let base = ["diff", iraq, "--from", "2025-10-31", "--to", "2025-12-12"]
        for (name, extra) in [("d.svg", []), ("d.png", []), ("s.svg", ["--side-by-side"]), ("r.svg", ["--chart", "ranks"]),
                              ("d.dot", []), ("t.txt", ["--chart-output", "c.svg"])] {
            let r = try run(base + ["-o", name] + extra, in: dir)
            #expect(r.status == 0, "\(name): \(r.stderr)")
        }
        func text(_ name: String) throws -> String { try String(contentsOfFile: dir + "/" + name, encoding: .utf8) }
        func wellFormed(_ name: String) throws -> Bool {
            let data = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name))
            return XMLParsing.serialized { XMLParser(data: data).parse() }
        }
        for name in ["d.svg", "s.svg", "r.svg", "c.svg"] { #expect(try wellFormed(name), "\(name)") }
        let diagram = try text("d.svg")
        #expect(diagram.contains(">entered <") && diagram.contains(">changed <") && !diagram.contains(">left <"))
        #expect(diagram.contains("#009e73") || diagram.contains("#009E73"))
        #expect(try text("s.svg").contains(">Before<") && (try text("s.svg")).contains(">After<"))
        #expect(try text("r.svg").contains("Mohammed Shia al-Sudani"))
        #expect(try text("c.svg") == (try text("r.svg")))
        #expect(try text("t.txt").hasPrefix("Diff 2025-10-31 → 2025-12-12"))
        #expect(try text("d.dot").hasPrefix("digraph "))
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/d.png")).prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).count == 7)  // no temporary files left
        let chartAsPNG = try run(base + ["-o", "x.png", "--chart", "ranks"], in: dir)
        #expect(chartAsPNG.status == 64)
        #expect(chartAsPNG.stderr.contains("--chart ranks draws SVG"))
    }
}
