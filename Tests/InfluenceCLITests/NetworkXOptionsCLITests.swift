import Foundation
import Testing

/// NetworkX options from the command line, checked against the values hard-coded in NetworkX
/// 3.6.1's own tests (named per test function), compared as they compare (abs 1e-4 or 1e-7).
@Suite("NetworkX's options on the command line: dangling, nstart, beta per node")
struct NetworkXOptionsCLITests {
    func write(_ files: [String: String]) throws -> String {
        let dir = try temporaryDirectory()
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/" + name)) }
        return dir
    }

    /// `id,value` rows of `centrality --format csv`.
    func column(_ csv: String) -> [String: Double] {
        var values: [String: Double] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",")
            values[String(f[0])] = Double(f[1])
        }
        return values
    }

    /// TestPageRank.setup_class's graph (test_pagerank.py).
    let pagerankEdges = "1 2\n1 3\n3 1\n3 2\n3 5\n4 5\n4 6\n5 4\n5 6\n6 4\n"

    @Test("test_pagerank.py TestPageRank.test_dangling_pagerank: --dangling")
    func dangling() throws {
        let dir = try write(["g.edgelist": pagerankEdges, "dangling.txt": "1 2\n2 3\n3 0\n4 0\n5 0\n6 0\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try run(["centrality", "g.edgelist", "--measure", "pagerank", "--dangling", "dangling.txt", "--format", "csv"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let answer = ["1": 0.10844518, "2": 0.18618601, "3": 0.0710892, "4": 0.2683668, "5": 0.15919783, "6": 0.20671497]
        let p = column(r.stdout)
        for (id, x) in answer { #expect(abs(p[id]! - x) <= 1e-4, "node \(id): \(p[id]!) vs NetworkX \(x)") }
    }

    @Test("test_pagerank.py TestPageRank.test_pagerank: alpha 0.9, tol 1e-8, with and without --nstart")
    func nstartPagerank() throws {
        let dir = try write(["g.edgelist": pagerankEdges, "start.txt": "1 0.3\n2 0.9\n3 0.1\n4 0.5\n5 0.7\n6 0.2\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let answer = ["1": 0.03721197, "2": 0.05395735, "3": 0.04150565, "4": 0.37508082, "5": 0.20599833, "6": 0.28624589]
        for extra in [[], ["--nstart", "start.txt"]] {
            let r = try run(["centrality", "g.edgelist", "--measure", "pagerank", "--alpha", "0.9", "--tol", "1e-8", "--format", "csv"] + extra, in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            let p = column(r.stdout)
            for (id, x) in answer { #expect(abs(p[id]! - x) <= 1e-4, "\(extra) node \(id): \(p[id]!) vs NetworkX \(x)") }
        }
    }

    @Test("test_katz_centrality.py TestKatzCentrality.test_beta_as_dict and test_K5 (nstart all ones)")
    func katz() throws {
        let dir = try write(["p3.edgelist": "0 1\n1 2\n", "betas.txt": "0 1.0\n1 1.0\n2 1.0\n", "partial.txt": "0 77\n",
                             "k5.edgelist": "0 1\n0 2\n0 3\n0 4\n1 2\n1 3\n1 4\n2 3\n2 4\n3 4\n", "ones.txt": "0 1\n1 1\n2 1\n3 1\n4 1\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try run(["centrality", "p3.edgelist", "--undirected", "--measure", "katz", "--alpha", "0.1", "--betas", "betas.txt", "--format", "csv"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let answer = ["0": 0.5598852584152165, "1": 0.6107839182711449, "2": 0.5598852584152162]
        let k = column(r.stdout)
        for (id, x) in answer { #expect(abs(k[id]! - x) <= 1e-4, "node \(id): \(k[id]!) vs NetworkX \(x)") }
        // test_bad_beta: a beta dict that leaves nodes out is refused (NetworkX raises NetworkXError).
        let partial = try run(["centrality", "p3.edgelist", "--undirected", "--measure", "katz", "--betas", "partial.txt"], in: dir)
        #expect(partial.status == 1 && partial.stderr.contains("partial.txt: no value for node '1' (every node needs one)"))
        let k5 = try run(["centrality", "k5.edgelist", "--undirected", "--measure", "katz", "--alpha", "0.1", "--nstart", "ones.txt", "--format", "csv"], in: dir)
        #expect(k5.status == 0, "\(k5.stderr)")
        for (_, x) in column(k5.stdout) { #expect(abs(x - (1.0 / 5).squareRoot()) <= 1e-7) }
    }
}

@Suite("Multigraph files: read, merged by the rules, said once by every command")
struct MultigraphCLITests {
    let file = "Tests/InfluenceIOTests/Interop/networkx/multi.gml"

    @Test("stats, centrality, render and validate print the reader's multigraph warning once")
    func warnedOnce() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for command in [["stats", file], ["centrality", file], ["render", file, "-o", dir + "/m.svg"], ["validate", file],
                        ["timeline", file], ["convert", file, "-o", dir + "/m.yaml"]] {
            let r = try run(command)
            #expect(r.status == 0, "\(command): \(r.stderr)")
            let lines = r.stderr.split(separator: "\n").filter { $0.contains("(a multigraph)") }
            #expect(lines.count == 1, "\(command[0]): \(r.stderr)")
            #expect(lines.first?.hasPrefix("\(file): warning: 1 edge repeats a pair (a multigraph)") ?? false)
        }
        // The edge-list fast path of `centrality` (no Network) says it too, and as often as the
        // general path: once, counting a reversed pair of an undirected list as a repeat.
        let list = dir + "/m.edgelist"
        try "a b 2\nb c\na b 3\nb a\n".write(toFile: list, atomically: true, encoding: .utf8)
        for (flags, repeats) in [([String](), "1 edge repeats a pair"), (["--undirected"], "2 edges repeat a pair")] {
            let r = try run(["centrality", list, "--measure", "degree"] + flags)
            #expect(r.status == 0, "\(r.stderr)")
            let lines = r.stderr.split(separator: "\n").filter { $0.contains("(a multigraph)") }
            #expect(lines.count == 1 && lines[0].hasPrefix("\(list): warning: \(repeats) (a multigraph)"), "\(flags): \(r.stderr)")
        }
        // A native file with several relations between two actors is not a multigraph file: no warning.
        let native = try run(["stats", "graphs/iraq-2025.yaml"])
        #expect(native.status == 0 && native.stderr.isEmpty, "\(native.stderr)")
    }
}
