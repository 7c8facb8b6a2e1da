import Foundation
import Testing

@Suite("render --page, --dpi, --max-nodes")
struct PageOptionsTests {
    @Test("--max-nodes keeps the N highest by --size-by and says so; above 50,000 nodes render refuses naming --max-nodes")
    func maxNodes() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // A star: the hub 0 has by far the highest degree; 1 … 9 tie.
        try (1 ... 9).map { "\($0) 0" }.joined(separator: "\n").write(toFile: dir + "/star.edgelist", atomically: true, encoding: .utf8)
        let kept = try run(["render", dir + "/star.edgelist", "-o", "-", "--format", "dot", "--max-nodes", "3", "--size-by", "degree"])
        #expect(kept.status == 0)
        #expect(kept.stderr.contains("showing the 3 of 10 nodes highest by degree (--max-nodes 3)"))
        #expect(kept.stdout.components(separatedBy: "\"id\"=\"node-").count - 1 == 3)  // three nodes, no more
        #expect(kept.stdout.contains("\"label\"=\"0\""))
        let none = try run(["render", dir + "/star.edgelist", "-o", "x.svg", "--max-nodes", "3", "--size-by", "none"], in: dir)
        #expect(none.status == 64 && none.stderr.contains("--size-by none"))

        try (0 ..< 50_001).map { "\($0) \($0 + 1)" }.joined(separator: "\n").write(toFile: dir + "/chain.edgelist", atomically: true, encoding: .utf8)
        let big = try run(["render", dir + "/chain.edgelist", "-o", dir + "/big.svg", "--size-by", "none"])
        #expect(big.status == 3)
        #expect(big.stderr.contains("50002 nodes are more than one diagram can hold"))
        #expect(big.stderr.contains("--max-nodes N"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/big.svg"))
    }

    @Test("--page and --dpi reach Graphviz; bad values exit 64")
    func pageAndDPI() throws {
        let dot = try run(["render", "graphs/iraq-2025.yaml", "-o", "-", "--format", "dot", "--page", "letter-landscape", "--dpi", "150"])
        #expect(dot.status == 0)
        #expect(dot.stdout.contains("\"size\"=\"10.4,7.9!\""))
        #expect(dot.stderr.contains("--dpi changes PNG output only; ignored for dot"))
        #expect(!dot.stdout.contains("\"dpi\""))
        for bad in [["--page", "a5"], ["--dpi", "0"], ["--max-nodes", "0"]] {
            let r = try run(["render", "graphs/iraq-2025.yaml", "-o", "x.svg"] + bad)
            #expect(r.status == 64, "\(bad)")
        }
    }
}
