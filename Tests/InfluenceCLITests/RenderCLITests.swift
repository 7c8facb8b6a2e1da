import Foundation
import Testing

@Suite("influence render (the built binary)", .serialized)
struct RenderCLITests {
    @Test("SVG, PNG, PDF and DOT by extension; same bytes twice")
    func formats() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let source = repositoryRoot + "/graphs/iraq-2025.yaml"
        for name in ["a.svg", "b.svg", "c.png", "d.pdf", "e.dot", "f.dot", "g.xdot"] {
            let r = try run(["render", source, "-o", name], in: dir)
            #expect(r.status == 0, "\(name): \(r.stderr)")
        }
        func bytes(_ name: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name)) }
        #expect(try bytes("a.svg") == bytes("b.svg"))
        #expect(try bytes("e.dot") == bytes("f.dot"))
        #expect(try String(decoding: bytes("a.svg"), as: UTF8.self).contains("<svg"))
        #expect(try bytes("c.png").prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        #expect(try bytes("d.pdf").prefix(5) == Data("%PDF-".utf8))
        #expect(try String(decoding: bytes("e.dot"), as: UTF8.self).hasPrefix("digraph \"Iran-backed militias in Iraq (December 2025)\" {"))
        // Laid-out DOT: a position for each of the 30 nodes and the 57 edges, for the legend's 10 kind
        // samples (two columns, 5 invisible edges placing the second) and its relation table, and a bounding box.
        let xdot = try String(decoding: bytes("g.xdot"), as: UTF8.self)
        #expect(xdot.hasPrefix("digraph \"Iran-backed militias in Iraq (December 2025)\" {"))
        #expect(xdot.components(separatedBy: "pos=\"").count - 1 == 30 + 57 + 10 + 5 + 1)
        #expect(xdot.contains("bb=\"") && xdot.contains("xdotversion="))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).count == 7)  // no temporary files left
    }

    @Test("dot on a large graph is refused with the engine to use; bad options are usage errors")
    func refusals() throws {
        var text = ""
        for i in 0 ..< 400 { text += "v\(i) v\((i * 7 + 1) % 400)\nv\(i) v\((i * 13 + 5) % 400)\n" }
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/big.edgelist"))
        let refused = try run(["render", "big.edgelist", "-o", "big.svg", "--engine", "dot"], in: dir)
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("too many for dot") && refused.stderr.contains("--engine sfdp") && refused.stderr.contains("--force"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/big.svg"))
        let sfdp = try run(["render", "big.edgelist", "-o", "big.svg"], in: dir)
        #expect(sfdp.status == 0, "\(sfdp.stderr)")
        let badEngine = try run(["render", "big.edgelist", "-o", "x.svg", "--engine", "nosuch"], in: dir)
        #expect(badEngine.status == 64)
        #expect(badEngine.stderr.contains("dot") && badEngine.stderr.contains("sfdp"))
        let badFormat = try run(["render", "big.edgelist", "-o", "x.gif"], in: dir)
        #expect(badFormat.status == 64)
        #expect(badFormat.stderr.contains("svg, png, pdf, dot or xdot"))
    }
}
