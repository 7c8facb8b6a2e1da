import Foundation
import Testing

/// Runs `influence` under a memory ceiling (`ulimit -v`) and a time-out, as a stranger's file
/// would be run: a reader that hangs or grows without bound fails the test instead of the machine.
func runBounded(_ arguments: [String], memoryMiB: Int = 3072, seconds: Double = 60) throws -> (status: Int32, stderr: String, timedOut: Bool) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "ulimit -v \(memoryMiB * 1024) && exec \"$0\" \"$@\"", influenceBinary] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: repositoryRoot)
    let err = Pipe()
    process.standardError = err
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    nonisolated(unsafe) var timedOut = false
    let timer = DispatchSource.makeTimerSource(queue: .global())
    timer.schedule(deadline: .now() + seconds)
    timer.setEventHandler { timedOut = true; process.terminate() }
    timer.resume()
    let data = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    timer.cancel()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self), timedOut)
}

@Suite("Hostile input: each bad file gives its message, exit 1, no output, bounded time and memory", .serialized)
struct HostileInputTests {
    static let folder = "Tests/Corpus/hostile"

    static let expected: [String: String] = {
        let url = URL(fileURLWithPath: repositoryRoot + "/" + folder + "/expected.json")
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: String] else { return [:] }
        return object
    }()

    @Test("every file in the corpus has an expected message")
    func corpusIsComplete() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot + "/" + Self.folder)
            .filter { $0 != "expected.json" }
        #expect(files.count >= 70)
        #expect(Set(files) == Set(Self.expected.keys))
    }

    @Test("bad file → its message, exit 1, no output file", arguments: expected.keys.sorted())
    func refused(file: String) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let output = directory + "/out.yaml"
        let r = try runBounded(["convert", Self.folder + "/" + file, "-o", output])
        #expect(!r.timedOut, "\(file) took longer than a minute")
        #expect(r.status == 1, "\(file): exit \(r.status)\n\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").first.map(String.init) == Self.expected[file])
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty, "no temporary file left behind")
    }

    @Test("strange but valid files are read, written in every format and read back, and drawn without active content",
          arguments: ["quotes-ids.yaml", "script-label.yaml", "script-label.dot"])
    func accepted(file: String) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let source = "Tests/Corpus/accepted/" + file
        let reference = try run(["convert", source, "-o", directory + "/reference.json"])
        #expect(reference.status == 0, "\(reference.stderr)")
        let expected = try jsonObject(String(decoding: try Data(contentsOf: URL(fileURLWithPath: directory + "/reference.json")), as: UTF8.self))
        let expectedIDs = (expected["nodes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        for ext in ["yaml", "graphml", "gexf", "gml", "csv", "dot"] {
            let path = directory + "/copy." + ext
            let written = try run(["convert", source, "-o", path])
            #expect(written.status == 0, "\(file) → .\(ext): \(written.stderr)")
            var back = ["convert", path, "-o", directory + "/back-\(ext).json"]
            if ext == "csv" { back += ["--nodes", directory + "/copy.nodes.csv"] }
            let read = try run(back)
            #expect(read.status == 0, "\(file) → .\(ext) → json: \(read.stderr)")
            let again = try jsonObject(String(decoding: try Data(contentsOf: URL(fileURLWithPath: directory + "/back-\(ext).json")), as: UTF8.self))
            #expect((again["nodes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } == expectedIDs, "ids through .\(ext)")
        }
        let svg = try run(["render", source, "-o", directory + "/picture.svg"])
        #expect(svg.status == 0, "\(svg.stderr)")
        let text = try String(contentsOfFile: directory + "/picture.svg", encoding: .utf8).lowercased()
        #expect(!text.contains("<script"), "an SVG with a script element")
        #expect(!text.contains(" onload=") && !text.contains(" onclick="), "an SVG with an event handler")
        // Every link is http(s) (the javascript: text may appear, escaped, inside a tooltip).
        var links: [String] = []
        var rest = Substring(text)
        while let r = rest.range(of: "href=\"") {
            let value = rest[r.upperBound...].prefix { $0 != "\"" }
            links.append(String(value))
            rest = rest[r.upperBound...]
        }
        #expect(links.allSatisfy { $0.hasPrefix("http://") || $0.hasPrefix("https://") || $0.hasPrefix("#") }, "\(links)")
    }

    // MARK: Large inputs, generated here (INFLUENCE_LARGE_TESTS=1: scripts/test and CI)

    static var large: Bool { ProcessInfo.processInfo.environment["INFLUENCE_LARGE_TESTS"] == "1" }

    @Test("a 100 MB single line is refused at the 1 MiB line limit, quickly", .enabled(if: large),
          arguments: ["edgelist", "dot", "graphml", "gml", "csv", "yaml", "json"])
    func hugeLine(ext: String) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/line." + ext
        let filler = String(repeating: "x", count: 100 << 20)
        let text: String
        switch ext {
        case "edgelist": text = "a " + filler + "\n"
        case "dot": text = "digraph { \"" + filler + "\" }\n"
        case "graphml": text = "<graphml><graph edgedefault=\"directed\"><node id=\"" + filler + "\"/></graph></graphml>"
        case "gml": text = "graph [ node [ id 0 label \"" + filler + "\" ] ]"
        case "csv": text = "Source,Target\na," + filler + "\n"
        case "yaml": text = "nodes: [{id: " + filler + "}]\nedges: []\n"
        default: text = "{\"nodes\": [{\"id\": \"" + filler + "\"}], \"edges\": []}"
        }
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let r = try runBounded(["convert", path, "-o", directory + "/out.yaml"], seconds: 120)
        #expect(!r.timedOut)
        #expect(r.status == 1, "\(r.stderr.prefix(300))")
        #expect(r.stderr.contains("1048576"), "the message names the limit: \(r.stderr.prefix(300))")
        #expect(!FileManager.default.fileExists(atPath: directory + "/out.yaml"))
    }

    @Test("10^6 nodes without edges and a node with 10^6 self-loops are read in bounded time and memory", .enabled(if: large))
    func manyNodesAndLoops() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var nodes = "{\"nodes\": ["
        nodes.reserveCapacity(20 << 20)
        for i in 0 ..< 1_000_000 { nodes += (i == 0 ? "" : ",") + "{\"id\": \"n\(i)\"}" }
        nodes += "], \"edges\": []}"
        try nodes.write(toFile: directory + "/isolated.json", atomically: false, encoding: .utf8)
        let isolated = try runBounded(["stats", directory + "/isolated.json"], seconds: 120)
        #expect(!isolated.timedOut && isolated.status == 0, "\(isolated.stderr.prefix(300))")

        try String(repeating: "a a\n", count: 1_000_000).write(toFile: directory + "/loops.edgelist", atomically: false, encoding: .utf8)
        let loops = try runBounded(["centrality", directory + "/loops.edgelist", "--measure", "degree"], seconds: 60)
        #expect(!loops.timedOut && loops.status == 0, "\(loops.stderr.prefix(300))")
    }
}
