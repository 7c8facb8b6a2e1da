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
              influence validate --strict graphs/*.yaml

            Warnings (FILE:LINE:COL: warning: …) flag valid input that is likely a mistake: a relation no table defines, a node kind missing from the file's 'kinds', an edge dated outside an endpoint's validity, a quote with no source. Every command prints them; --strict makes them errors here. A file without 'nodes', and a shape or colour Graphviz does not know, are errors.
            """
        )

        @Argument(help: "Network files ('-' reads standard input, with --input-format).")
        var files: [String]

        @OptionGroup var input: InputOptions

        @Flag(help: "Treat warnings as errors (exit 1).")
        var strict = false

        func validate() throws {
            if files.isEmpty { throw ValidationError("Give at least one network file to validate.") }
        }

        func run() throws {
            var failed = false
            for file in files {
                do {
                    let (network, warnings) = try input.loadWithWarnings(file)
                    for warning in warnings { Console.error(warning.description) }
                    if strict && !warnings.isEmpty {
                        failed = true
                        continue
                    }
                    let note = warnings.isEmpty ? "" : ", \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
                    Console.out("\(file): ok (\(network.nodes.count) nodes, \(network.edges.count) edges\(note))\n")
                } catch let error as ReadError {
                    Console.error(error.description)
                    failed = true
                }
            }
            if failed { throw ExitCode.failure }
        }
    }
}
