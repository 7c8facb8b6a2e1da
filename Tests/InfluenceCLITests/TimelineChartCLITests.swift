import Foundation
import Testing

/// `influence timeline … -o chart.svg` with `--top` and `--highlight`.
@Suite("influence timeline chart options (the built binary)")
struct TimelineChartCLITests {
    let file = "graphs/iraq-2025.yaml"

    func seriesNodes(_ svg: String) -> [String] {
        svg.components(separatedBy: "\n").filter { $0.contains("<g ") && $0.contains("class=\"series") }
            .compactMap { line in line.components(separatedBy: "data-node=\"").dropFirst().first?.components(separatedBy: "\"").first }
    }

    @Test("--top and --highlight choose the series; unknown ids exit 64 with a suggestion; --highlight needs SVG")
    func options() throws {
        let plain = try run(["timeline", file, "--format", "svg"])
        #expect(plain.status == 0)
        #expect(seriesNodes(plain.stdout).count == 7)
        #expect(plain.stdout.contains("7 of 30 nodes shown"))
        let wide = try run(["timeline", file, "--format", "svg", "--top", "21", "--highlight", "cf, sudani"])
        #expect(wide.status == 0, "\(wide.stderr)")
        #expect(seriesNodes(wide.stdout).count == 21)
        #expect(wide.stdout.contains("21 of 30 nodes shown") && wide.stdout.contains("highlighted: Coordination Framework, Mohammed Shia al-Sudani"))
        #expect(wide.stdout.components(separatedBy: "class=\"series highlighted\"").count - 1 == 2)
        #expect(wide.stdout.components(separatedBy: "class=\"series muted\"").count - 1 == 19)
        let typo = try run(["timeline", file, "--format", "svg", "--highlight", "cff"])
        #expect(typo.status == 64 && typo.stderr.contains("no node 'cff'") && typo.stderr.contains("did you mean 'cf'?"), "\(typo.stderr)")
        #expect(typo.stdout.isEmpty)
        let table = try run(["timeline", file, "--measure", "pagerank", "--highlight", "cf"])
        #expect(table.status == 64 && table.stderr.contains("--highlight applies to the chart"))
        let panels = try run(["timeline", file, "--format", "svg", "--top", "24", "--small-multiples"])
        #expect(panels.status == 0 && panels.stdout.components(separatedBy: "class=\"panel\"").count - 1 == 24)
        #expect(try run(["timeline", file, "--measure", "pagerank", "--small-multiples"]).status == 64)
        // The table keeps its own default: the nodes ranked 10 or better at one date.
        let json = try run(["timeline", file, "--measure", "pagerank", "--format", "json"])
        #expect(json.stdout.contains("\"top\" : 10") || json.stdout.contains("\"top\": 10") || json.stdout.contains("\"top\":10"))
    }
}
