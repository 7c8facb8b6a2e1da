import Foundation
import InfluenceTestSupport
import Testing

/// Large inputs through the built binary. They take seconds in a release build and minutes in
/// a debug one, so they run when `INFLUENCE_LARGE_TESTS=1` (scripts/test sets it and builds
/// in release mode).
@Suite("Large inputs", .enabled(if: ProcessInfo.processInfo.environment["INFLUENCE_LARGE_TESTS"] == "1"))
struct LargeTests {
    @Test("a 1,000,000-edge edge list converts to native JSON and back, byte for byte")
    func millionEdges() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // A seeded random weighted multigraph on 100,000 nodes (parallel edges and self-loops included).
        var rng = SplitMix64(seed: 42)
        func next() -> UInt64 { rng.next() }
        var text = ""
        text.reserveCapacity(24_000_000)
        for _ in 0 ..< 1_000_000 {
            // Weights with a fraction (k/16) or without (k), written as our writer writes them.
            let k = next() % 10_000 + 1
            let weight = k % 16 == 0 ? String(k / 16) : String(Double(k) / 16)
            text += "v\(next() % 100_000) v\(next() % 100_000) \(weight)\n"
        }
        let started = ContinuousClock.now
        defer { print("large test: \(ContinuousClock.now - started) after generating") }
        try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/big.edgelist"))
        let toJSON = try run(["convert", "big.edgelist", "-o", "big.json"], in: dir)
        #expect(toJSON.status == 0, "\(toJSON.stderr)")
        let back = try run(["convert", "big.json", "-o", "back.edgelist"], in: dir)
        #expect(back.status == 0, "\(back.stderr)")
        let original = try Data(contentsOf: URL(fileURLWithPath: dir + "/big.edgelist"))
        let roundTripped = try Data(contentsOf: URL(fileURLWithPath: dir + "/back.edgelist"))
        #expect(original == roundTripped)
        let stats = try run(["stats", "big.json", "--format", "json"], in: dir)
        let o = try jsonObject(stats.stdout)
        #expect(o["edges"] as? Int == 1_000_000)
        #expect((o["nodes"] as? Int).map { $0 > 99_000 && $0 <= 100_000 } == true)
    }
}
