import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import InfluenceTestSupport
import Testing

/// RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line breaks.
private func csvRecords(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text)[...]
    while let c = chars.popFirst() {
        if quoted {
            if c == "\"" {
                if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false }
            } else {
                field.append(c)
            }
        } else if c == "\"" {
            quoted = true
        } else if c == "," {
            record.append(field)
            field = ""
        } else if c == "\n" {
            record.append(field)
            records.append(record)
            record = []
            field = ""
        } else {
            field.append(c)
        }
    }
    if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
    return records
}

private func isWellFormedXML(_ data: Data) -> Bool {
    XMLParsing.serialized {
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        return parser.parse()
    }
}

@Suite("influence timeline (the built binary)", .serialized)
struct TimelineCLITests {
    let file = "graphs/iraq-2025.yaml"

    @Test("events as a table: date order, each with its quote")
    func eventTable() throws {
        let r = try run(["timeline", file])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("date") == true && lines.first?.contains("event") == true)
        let joined = try #require(lines.firstIndex { $0.hasPrefix("2025-11-18") && $0.contains("edge-begins") && $0.hasSuffix("rdb joined cf") })
        #expect(lines[joined + 1].hasPrefix("    “On November 18, following the elections"))
        #expect(lines.contains { $0.hasPrefix("2025-09") && $0.contains("edge-ends") && $0.hasSuffix("kh kidnapped tsurkov") })
        let dates = lines.filter { !$0.hasPrefix(" ") }.dropFirst().map { String($0.prefix { $0 != " " }) }
        #expect(dates.count > 30)
        // Date order: a partial date stands for its first day.
        func firstDay(_ s: String) -> String {
            let p = s.split(separator: "-").map(String.init)
            return p[0] + "-" + (p.count > 1 ? p[1] : "01") + "-" + (p.count > 2 ? p[2] : "01")
        }
        #expect(dates.map(firstDay) == dates.map(firstDay).sorted())
        #expect(dates.first == "2023" && dates.last == "2025-12")
        #expect(r.stderr.isEmpty)
    }

    @Test("events as CSV and JSON hold the same events, with typed values")
    func eventCSVAndJSON() throws {
        let csv = try run(["timeline", file, "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let records = csvRecords(csv.stdout)
        #expect(records.first == ["date", "event", "type", "element", "id", "field", "value", "source", "quote"])
        let rows = records.dropFirst()
        #expect(rows.allSatisfy { $0.count == 9 })
        let joined = try #require(rows.first { $0[4] == "rdb-joined-cf" })
        #expect(joined[0] == "2025-11-18" && joined[1] == "edge-begins" && joined[2] == "edge" && joined[3] == "rdb joined cf")
        #expect(joined[7] == "spyer-2025-12-12" && joined[8].hasPrefix("On November 18,"))
        let seats = try #require(rows.first { $0[4] == "cf" && $0[5] == "joint-bloc-seats" })
        #expect(seats[1] == "value-begins" && seats[6] == "165" && seats[8].contains("165 seats"))

        let json = try run(["timeline", file, "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let events = try #require(try jsonObject(json.stdout)["events"] as? [[String: Any]])
        #expect(events.count == rows.count)
        let kidnapping = try #require(events.first { $0["id"] as? String == "kh-kidnapped-tsurkov" })
        #expect(kidnapping["date"] as? String == "2025-09" && kidnapping["event"] as? String == "edge-ends")
        #expect(kidnapping["field"] is NSNull && kidnapping["value"] is NSNull)
        let badr = try #require(events.first { $0["id"] as? String == "badr" && $0["field"] as? String == "seats" })
        #expect(badr["value"] as? Int == 18 && badr["type"] as? String == "node")
        #expect(events.map { $0["date"] as! String } == rows.map { $0[0] })
        // --from/--to narrow the events.
        let narrow = try run(["timeline", file, "--format", "json", "--from", "2025-11-18", "--to", "2025-11-30"])
        let few = try #require(try jsonObject(narrow.stdout)["events"] as? [[String: Any]])
        #expect(few.count == 3 && few.allSatisfy { $0["date"] as? String == "2025-11-18" })
    }

    @Test("--measure: ranks and values over time equal centrality --at each date")
    func ranks() throws {
        let r = try run(["timeline", file, "--measure", "pagerank", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try jsonObject(r.stdout)
        #expect(o["measure"] as? String == "pagerank" && o["top"] as? Int == 10)
        let dates = try #require(o["dates"] as? [String])
        #expect(dates == ["2023", "2024-10-30", "2024-11", "2025-06", "2025-09", "2025-10-10", "2025-11", "2025-11-18", "2025-12"])
        let nodes = try #require(o["nodes"] as? [[String: Any]])
        #expect(nodes.first?["id"] as? String == "iran")
        #expect((nodes.first?["ranks"] as? [Int]) == Array(repeating: 1, count: dates.count))
        let best = nodes.map { $0["best_rank"] as! Int }
        #expect(best == best.sorted() && best.allSatisfy { $0 <= 10 })
        #expect((o["events"] as? [Any])?.isEmpty == false)

        // Cross-check one date against `centrality --at`.
        let k = try #require(dates.firstIndex(of: "2025-11-18"))
        let c = try run(["centrality", file, "--at", "2025-11-18", "--measure", "pagerank", "--format", "json"])
        let reference = try #require(try jsonObject(c.stdout)["nodes"] as? [[String: Any]])
        for node in nodes {
            let id = node["id"] as! String
            let value = (node["values"] as! [Any])[k]
            let expected = try #require(reference.first { $0["id"] as? String == id }?["pagerank"] as? Double)
            #expect(value as? Double == expected, "\(id)")
        }
        // A node absent at a date is null there: the asset-freeze decision begins 2025-12.
        let wide = try run(["timeline", file, "--measure", "degree", "--top", "30", "--format", "json"])
        let all = try #require(try jsonObject(wide.stdout)["nodes"] as? [[String: Any]])
        let freeze = try #require(all.first { $0["id"] as? String == "asset-freeze" })
        let ranks = try #require(freeze["ranks"] as? [Any])
        #expect(ranks.dropLast().allSatisfy { $0 is NSNull } && ranks.last is Int)
    }

    @Test("--measure as CSV and as a table")
    func ranksCSVAndTable() throws {
        let csv = try run(["timeline", file, "--measure", "pagerank", "--top", "3", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let records = csvRecords(csv.stdout)
        let header = try #require(records.first)
        #expect(header.prefix(4) == ["id", "label", "best_rank", "rank_2023"])
        #expect(header.count == 3 + 2 * 9 && header.last == "pagerank_2025-12")
        #expect(records.dropFirst().map { $0[0] } == ["iran", "parliament", "cf"])
        #expect(records[1][3 ..< 12].allSatisfy { $0 == "1" })
        #expect(Double(records[1][12]) != nil)

        let table = try run(["timeline", file, "--measure", "pagerank", "--top", "3"])
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("id") && $0.contains("best") && $0.contains("2025") })
        #expect(lines.contains { $0.hasPrefix("iran") && $0.hasSuffix(" 1") })
        #expect(lines.contains { $0.contains("value at each event date") })
        #expect(table.stdout == (try run(["timeline", file, "--measure", "pagerank", "--top", "3"])).stdout)
    }

    @Test("-o chart.svg writes the rank-over-time chart; other extensions pick their format")
    func chart() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let source = repositoryRoot + "/" + file
        for name in ["a.svg", "b.svg"] {
            let r = try run(["timeline", source, "-o", name], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
        }
        let a = try Data(contentsOf: URL(fileURLWithPath: dir + "/a.svg"))
        #expect(isWellFormedXML(a))
        #expect(a == (try Data(contentsOf: URL(fileURLWithPath: dir + "/b.svg"))))
        let text = String(decoding: a, as: UTF8.self)
        #expect(text.contains("<svg") && text.contains("pagerank rank over time") && text.contains("data-node=\"iran\""))
        let measured = try run(["timeline", source, "--measure", "betweenness", "--format", "svg", "--title", "B & C"])
        #expect(measured.status == 0 && isWellFormedXML(measured.stdoutBytes) && measured.stdout.contains("B &amp; C"))
        let r = try run(["timeline", source, "-o", "events.csv"], in: dir)
        #expect(r.status == 0)
        #expect(try String(contentsOfFile: dir + "/events.csv", encoding: .utf8).hasPrefix("date,event,type,element,id,field,value,source,quote\n"))
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: dir)) == ["a.svg", "b.svg", "events.csv"])
    }

    @Test("bad input exits 1 naming file and line; usage errors exit 64")
    func errors() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("nodes:\n  - id: iran\nedges:\n  - from: iran\n    to: kataib\n    relation: backs\n".utf8)
            .write(to: URL(fileURLWithPath: dir + "/bad.yaml"))
        for args in [["timeline", "bad.yaml"], ["timeline", "bad.yaml", "--measure", "pagerank", "-o", "x.svg"]] {
            let r = try run(args, in: dir)
            #expect(r.status == 1, "\(args)")
            #expect(r.stderr.hasPrefix("bad.yaml:5:9: "), "\(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["bad.yaml"])
        let missing = try run(["timeline", "no-such-file.yaml"], in: dir)
        #expect(missing.status == 1 && missing.stderr.contains("no-such-file.yaml"))
        for args in [["--measure", "nosuch"], ["--top", "0"], ["--at", "2025-11"], ["--relations", "backs"], ["--from", "2025-12", "--to", "2025-11"]] {
            let r = try run(["timeline", file] + args)
            #expect(r.status == 64, "\(args): \(r.stderr)")
        }
        let unknown = try run(["timeline", file, "--measure", "nosuch"])
        #expect(unknown.stderr.contains("nosuch") && unknown.stderr.contains("pagerank"))
        // A measure failing on a snapshot: exit 1 with the date.
        try Data("nodes: [{id: a}, {id: b}]\nedges:\n  - {from: a, to: b, relation: backs}\n  - {from: a, to: a, relation: backs, since: 2021}\n".utf8)
            .write(to: URL(fileURLWithPath: dir + "/loop.yaml"))
        let core = try run(["timeline", "loop.yaml", "--measure", "core"], in: dir)
        #expect(core.status == 1 && core.stderr.contains("loop.yaml") && core.stderr.contains("2021"), "\(core.stderr)")
    }
}
