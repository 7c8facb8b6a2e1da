import Foundation
import Testing

/// `--network` chooses a network of a Pajek project (`.paj`); the default says which it read.
@Suite("Pajek projects on the command line")
struct PajekCLITests {
    let padgett = repositoryRoot + "/../shared/corpus/real-files/pajek/ucinet-padgett.paj"

    @Test("the first network by default, with one warning line naming the others; --network N or NAME picks one")
    func network() throws {
        let first = try run(["stats", padgett, "--format", "json"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try jsonObject(first.stdout)["nodes"] as? Int == 16)
        #expect(first.stderr.components(separatedBy: "warning: the file holds 3 networks").count == 2, "\(first.stderr)")
        #expect(first.stderr.contains("(choose one with --network NAME or --network N)"))

        let third = try run(["stats", padgett, "--network", "3", "--format", "json"])
        #expect(third.status == 0 && third.stderr.isEmpty, "\(third.stderr)")
        let o = try jsonObject(third.stdout)
        #expect(o["nodes"] as? Int == 19 && o["edges"] as? Int == 42)

        let byName = try run(["validate", padgett, "--network", "PADGB"])
        #expect(byName.status == 0 && byName.stdout.contains("(16 nodes, 30 edges"), "\(byName.stdout)\(byName.stderr)")
    }

    @Test("an unknown network is an error listing the networks; --network on a file that is not Pajek is a usage error")
    func errors() throws {
        let unknown = try run(["stats", padgett, "--network", "PADGX"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no network named 'PADGX'") && unknown.stderr.contains("2 'UciNet\\PADGETT.DAT : PADGB'"), "\(unknown.stderr)")
        let yaml = try run(["stats", "graphs/iraq-2025.yaml", "--network", "1"])
        #expect(yaml.status == 64 && yaml.stderr.contains("--network picks a network of a Pajek project"), "\(yaml.stderr)")
    }
}
