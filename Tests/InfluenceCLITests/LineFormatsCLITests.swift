import Foundation
import Testing

/// The line-oriented formats from the command line: extensions, --input-format names, --directed,
/// and the warnings every command prints.
@Suite("NetworkX and igraph line formats on the command line", .serialized)
struct LineFormatsCLITests {
    static let fixtures = "Tests/InfluenceIOTests/Interop/lineformats/"

    @Test("adjacency lists are undirected unless --directed; --directed is refused where the file says its direction")
    func direction() throws {
        let undirected = try run(["stats", Self.fixtures + "typed.adjlist", "--format", "json"])
        #expect(undirected.status == 0, "\(undirected.stderr)")
        #expect(try jsonObject(undirected.stdout)["directed"] as? Bool == false)
        #expect(undirected.stderr.contains("1 pair is listed again"))
        let directed = try run(["stats", Self.fixtures + "typed.adjlist", "--directed", "--format", "json"])
        #expect(directed.status == 0, "\(directed.stderr)")
        #expect(try jsonObject(directed.stdout)["directed"] as? Bool == true)
        #expect(try jsonObject(directed.stdout)["edges"] as? Int == 5)
        let gml = try run(["stats", "graphs/iraq-2025.yaml", "--directed"])
        #expect(gml.status == 64 && gml.stderr.contains("--directed chooses the direction of a file that does not say it"))
        let both = try run(["stats", Self.fixtures + "typed.adjlist", "--directed", "--undirected"])
        #expect(both.status == 64 && both.stderr.contains("--directed and --undirected contradict each other"))
    }

    @Test("the multiline list reads from standard input by its --input-format name; NCOL by its extension")
    func names() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: repositoryRoot + "/" + Self.fixtures + "karate.multiline.adjlist"))
        let r = try run(["validate", "-", "--input-format", "multiline-adjlist"], stdin: bytes)
        #expect(r.status == 0 && r.stdout == "-: ok (34 nodes, 78 edges)\n", "\(r.stdout)\(r.stderr)")
        let ncol = try run(["validate", "../shared/corpus/real-files/edgelist/igraph-graph2.ncol"])
        #expect(ncol.status == 0 && ncol.stdout.contains("ok (7 nodes, 4 edges)"), "\(ncol.stderr)")
    }

    @Test("centrality on a NetworkX edge list with data prints its warning (not the silent fast path)")
    func centralityWarns() throws {
        let r = try run(["centrality", Self.fixtures + "typed.edgelist", "--measure", "degree"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("left out of the edge data: none"))
        let plain = try run(["centrality", Self.fixtures + "karate.edgelist", "--measure", "degree"])
        #expect(plain.status == 0 && plain.stderr.isEmpty, "\(plain.stderr)")
    }
}
