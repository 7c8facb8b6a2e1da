import Foundation
import Testing

@Suite("influence render says what it shows (the built binary)", .serialized)
struct RenderSaysCLITests {
    /// Writes a small network with dates, attributes and weights; returns its directory.
    func fixture() throws -> String {
        let dir = try temporaryDirectory()
        let yaml = """
        title: Says
        nodes:
          - {id: a, kind: state, attributes: {seats: 4, sect: shia}}
          - {id: b, kind: militia, attributes: {seats: 10, sect: sunni}}
          - {id: c, kind: office}
        edges:
          - {from: a, to: b, relation: backs, weight: 3, since: 2014, until: 2020}
          - {from: b, to: c, relation: part-of, weight: 1, since: 2018}
        """
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: dir + "/n.yaml"))
        return dir
    }

    @Test("--at names the snapshot; without it the title says all dates merged and the ended tie is faded")
    func titles() throws {
        let dir = try fixture()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let at = try run(["render", "n.yaml", "--at", "2019-09", "--kinds", "state,militia", "--size-by", "seats", "-o", "at.svg"], in: dir)
        #expect(at.status == 0, "\(at.stderr)")
        let svg = try String(contentsOfFile: dir + "/at.svg", encoding: .utf8)
        #expect(svg.contains("snapshot at 2019&#45;09") || svg.contains("snapshot at 2019-09"))
        #expect(svg.contains("filters: kinds: state, militia"))
        #expect(svg.contains("node size: seats"))
        #expect(!svg.contains("all dates merged"))
        let merged = try run(["render", "n.yaml", "-o", "all.svg"], in: dir)
        #expect(merged.status == 0, "\(merged.stderr)")
        let all = try String(contentsOfFile: dir + "/all.svg", encoding: .utf8)
        #expect(all.contains("all dates merged (2014 – 2020)"))
        #expect(all.contains("relation&#45;backs ended") || all.contains("relation-backs ended"))
        #expect(all.contains("not valid at 2020"))
    }

    @Test("--color-by and --size-by refuse what no node has, with a suggestion (exit 64)")
    func refusals() throws {
        let dir = try fixture()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let color = try run(["render", "n.yaml", "--color-by", "sekt", "-o", "x.svg"], in: dir)
        #expect(color.status == 64)
        #expect(color.stderr.contains("--color-by 'sekt'") && color.stderr.contains("Did you mean 'sect'?"))
        let size = try run(["render", "n.yaml", "--size-by", "seat", "-o", "x.svg"], in: dir)
        #expect(size.status == 64)
        #expect(size.stderr.contains("--size-by 'seat'") && size.stderr.contains("Did you mean 'seats'?"))
        let text = try run(["render", "n.yaml", "--size-by", "sect", "-o", "x.svg"], in: dir)
        #expect(text.status == 64, "a text attribute cannot size nodes")
        let ok = try run(["render", "n.yaml", "--color-by", "sect", "--edge-labels", "never", "--width-by", "none", "-o", "ok.dot"], in: dir)
        #expect(ok.status == 0, "\(ok.stderr)")
        let dot = try String(contentsOfFile: dir + "/ok.dot", encoding: .utf8)
        #expect(dot.contains("sect: shia") && dot.contains("sect: sunni"))
        #expect(!dot.contains("label=\"backs\""))
        #expect(FileManager.default.fileExists(atPath: dir + "/x.svg") == false)
    }
}
