import Foundation
import InfluenceGraph
import InfluenceIO
import Testing

/// Replays the inputs fuzzing found (Tests/Corpus/fuzz/FORMAT/, committed once fixed, and a few
/// seeds) and the hostile corpus through the readers in process, as scripts/fuzz's entry point
/// does: read, and when that works, write back in the same format and read again. A trap fails
/// the run; a refusal (``ReadError``, or a ``WriteError`` for what a format cannot spell) is a
/// pass; what our own writer wrote must read back, and into the same network unless the writer
/// warned that the format cannot hold part of it (Guides/Formats.md, "Round trips").
@Suite("Fuzz corpus replay")
struct FuzzCorpusTests {
    static let root = #filePath.components(separatedBy: "/Tests/")[0]
    static let fuzzFolder = "Tests/Corpus/fuzz"
    static let hostileFolder = "Tests/Corpus/hostile"

    /// The entries of a folder under the root, sorted; `nil` when it is not a folder.
    static func entries(_ folder: String) -> [String]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root + "/" + folder, isDirectory: &isDirectory), isDirectory.boolValue,
              let names = try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder) else { return nil }
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    static func isFolder(_ path: String) -> Bool { entries(path) != nil }

    static let cases: [String] = {
        var result: [String] = []
        for format in entries(fuzzFolder) ?? [] where isFolder(fuzzFolder + "/" + format) {
            for file in entries(fuzzFolder + "/" + format) ?? [] {
                result.append("fuzz/\(format)/\(file)")
            }
        }
        for file in entries(hostileFolder) ?? [] where file != "expected.json" {
            result.append("hostile/\(file)")
        }
        return result
    }()

    @Test("Tests/Corpus/fuzz/ has a non-empty folder for every reader and nothing else but its README; the hostile corpus is there")
    func corpusIsThere() {
        guard let top = Self.entries(Self.fuzzFolder) else {
            Issue.record("\(Self.fuzzFolder)/ is missing: the fuzz findings and seeds are not replayed")
            return
        }
        for format in NetworkFormat.allCases {
            let folder = Self.fuzzFolder + "/" + format.rawValue
            guard let files = Self.entries(folder) else {
                Issue.record("\(folder)/ is missing (one folder per reader: \(NetworkFormat.allCases.map(\.rawValue).joined(separator: " ")))")
                continue
            }
            let inputs = files.filter { !Self.isFolder(folder + "/" + $0) }
            #expect(!inputs.isEmpty, "\(folder)/ holds no input")
            #expect(inputs.count == files.count, "\(folder)/ holds a folder: \(files.filter { Self.isFolder(folder + "/" + $0) })")
        }
        let strays = top.filter { $0 != "README.md" && NetworkFormat(rawValue: $0) == nil }
        #expect(strays.isEmpty, "\(Self.fuzzFolder)/ holds \(strays), which name no reader (yaml json edgelist dot graphml gexf gml node-link csv pajek)")
        #expect((Self.entries(Self.hostileFolder) ?? []).count > 1, "\(Self.hostileFolder)/ is missing or empty")
        #expect(Self.cases.count >= 2 * NetworkFormat.allCases.count + 1)
    }

    @Test("every committed input is read (or refused) without a crash, and what reads round-trips", arguments: cases)
    func replay(input: String) throws {
        let path = Self.root + "/Tests/Corpus/" + input
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let parts = input.split(separator: "/")
        let format: NetworkFormat?
        if parts[0] == "fuzz" {
            format = NetworkFormat(rawValue: String(parts[1]))
        } else {
            format = NetworkFormat(path: path, bytes: bytes)
        }
        guard let format else {
            Issue.record("no format for \(input)")
            return
        }
        let network: Network
        do {
            network = try NetworkReader.read(bytes, path: input, format: format)
        } catch {
            return   // refused with a ReadError: a pass
        }
        guard format.isWritable else { return }
        // What the fuzzer writes: NetworkWriter.encode (for CSV, the edge table alone).
        let written: (bytes: [UInt8], warnings: [String])
        do {
            written = try NetworkWriter.encode(network, format: format)
        } catch {
            return   // the writer names what the format cannot spell: a refusal, as in the fuzzer
        }
        let again: Network
        do {
            again = try NetworkReader.read(written.bytes, path: input + " (written back)", format: format)
        } catch {
            Issue.record("\(input): what we wrote as \(format.rawValue) does not read back: \(error)")
            return
        }
        var back = again
        var warnings = written.warnings
        if format == .csv {
            // The edge table alone has no node table to restore: compare through both, as the CLI writes them.
            let tables = try GephiCSVFormat.write(network)
            do {
                back = try GephiCSVFormat.read(edges: tables.edges, edgesPath: input + " (written back)",
                                               nodes: tables.nodes, nodesPath: input + " (written back, nodes)").network
            } catch {
                Issue.record("\(input): the two tables we wrote do not read back: \(error)")
                return
            }
            warnings = tables.warnings
        }
        // Lossy only where the writer says so.
        guard warnings.isEmpty else { return }
        #expect(back == network, "\(input): written back as \(format.rawValue) and read again, \(Self.difference(network, back))")
    }

    /// The first difference between two networks, for the failure message.
    static func difference(_ a: Network, _ b: Network) -> String {
        if a.directed != b.directed { return "directed \(a.directed) became \(b.directed)" }
        if a.title != b.title || a.description != b.description { return "the title or description changed" }
        if a.nodes.count != b.nodes.count { return "\(a.nodes.count) nodes became \(b.nodes.count)" }
        if let i = a.nodes.indices.first(where: { a.nodes[$0] != b.nodes[$0] }) { return "node \(i) \(a.nodes[i]) became \(b.nodes[i])" }
        if a.edges.count != b.edges.count { return "\(a.edges.count) edges became \(b.edges.count)" }
        if let i = a.edges.indices.first(where: { a.edges[$0] != b.edges[$0] }) { return "edge \(i) \(a.edges[i]) became \(b.edges[i])" }
        return "the sources, kinds or relations tables changed"
    }
}
