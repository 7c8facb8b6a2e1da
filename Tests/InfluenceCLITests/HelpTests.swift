import Foundation
import Testing

/// Choices are enums: `--help` lists their values and a misspelt one is a usage error with a suggestion.
@Suite("Help lists the choices; a misspelt measure suggests the right one")
struct HelpTests {
    @Test("render --help lists the engines, formats and measures, with the default measure by name")
    func renderHelp() throws {
        let help = try run(["render", "--help"])
        #expect(help.status == 0)
        let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("(values: dot, neato, fdp, sfdp, circo, twopi)"))
        #expect(text.contains("(values: svg, png, pdf, dot, xdot)"))
        #expect(text.contains("constraint, effective-size; default: pagerank)"))
    }

    @Test("diff --measure pagerank2: exit 64, the values and 'Did you mean'")
    func misspeltMeasure() throws {
        let r = try run(["diff", "graphs/iraq-2025.yaml", "--from", "2025-11-01", "--to", "2025-12-12", "--measure", "pagerank2"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("Unknown --measure 'pagerank2' (values: none, degree,"))
        #expect(r.stderr.contains("Did you mean 'pagerank'?"))
        let s = try run(["render", "graphs/iraq-2025.yaml", "-o", "/tmp/never-written.svg", "--size-by", "betweeness"])
        #expect(s.status == 64 && s.stderr.contains("Did you mean 'betweenness'?"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written.svg"))
    }
}

@Suite("--max-iter as NetworkX's max_iter")
struct MaxIterCLITests {
    @Test("--max-iter 0 is a run that fails to converge (exit 1, NetworkX's message), not a usage error")
    func zero() throws {
        for measure in ["pagerank", "eigenvector", "katz", "hubs"] {
            let r = try run(["centrality", "graphs/iraq-2025.yaml", "--measure", measure, "--max-iter", "0"])
            #expect(r.status == 1, "\(measure): exit \(r.status)")
            #expect(r.stderr.contains("failed to converge within 0 iterations"), "\(measure): \(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        let negative = try run(["centrality", "graphs/iraq-2025.yaml", "--max-iter=-1"])
        #expect(negative.status == 64 && negative.stderr.contains("--max-iter must be 0 or more"))
    }
}
