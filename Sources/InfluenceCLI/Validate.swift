import ArgumentParser
import InfluenceGraph
import InfluenceIO

extension InfluenceCommand {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check network files strictly; report every problem as FILE:LINE:COL: message.",
            discussion: """
            Examples:
              influence validate graphs/iraq-2025.yaml examples/minimal.yaml
              influence validate big.edgelist --undirected
            """
        )

        @Argument(help: "Network files ('-' reads standard input, with --input-format).")
        var files: [String]

        @OptionGroup var input: InputOptions

        func validate() throws {
            if files.isEmpty { throw ValidationError("Give at least one network file to validate.") }
        }

        func run() throws {
            var failed = false
            for file in files {
                do {
                    let network = try input.load(file)
                    Console.out("\(file): ok (\(network.nodes.count) nodes, \(network.edges.count) edges)\n")
                } catch let code as ExitCode where code == .failure {
                    failed = true
                }
            }
            if failed { throw ExitCode.failure }
        }
    }
}
