import Foundation
import InfluenceGraph
import InfluenceIO
import Testing

/// Replays the inputs fuzzing found (Tests/Corpus/fuzz/FORMAT/, committed once fixed) and the
/// hostile corpus through the readers in process, as scripts/fuzz's entry point does: read, and
/// when that works, write back in the same format and read again. Any trap fails the run; a
/// thrown error is a pass.
@Suite("Fuzz corpus replay")
struct FuzzCorpusTests {
    static let root = #filePath.components(separatedBy: "/Tests/")[0]

    static let cases: [String] = {
        var result: [String] = []
        let fm = FileManager.default
        let fuzz = root + "/Tests/Corpus/fuzz"
        for format in (try? fm.contentsOfDirectory(atPath: fuzz))?.sorted() ?? [] {
            for file in (try? fm.contentsOfDirectory(atPath: fuzz + "/" + format))?.sorted() ?? [] {
                result.append("fuzz/\(format)/\(file)")
            }
        }
        for file in (try? fm.contentsOfDirectory(atPath: root + "/Tests/Corpus/hostile"))?.sorted() ?? [] where file != "expected.json" {
            result.append("hostile/\(file)")
        }
        return result
    }()

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
        guard let network = try? NetworkReader.read(bytes, path: input, format: format) else { return }
        if format.isWritable, let written = try? NetworkWriter.encode(network, format: format) {
            _ = try? NetworkReader.read(written.bytes, path: input + " (written back)", format: format)
        }
    }
}
