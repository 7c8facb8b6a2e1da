import ArgumentParser
import InfluenceGraph
import InfluenceIO

extension InfluenceCommand {
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert a network between formats: native YAML, native JSON, plain edge list.",
            discussion: """
            Examples:
              influence convert graphs/iraq-2025.yaml -o iraq.json
              influence convert iraq.json -o - --format yaml
              influence convert big.edgelist -o big.json

            The output format comes from --format or the output's extension. Output is written to a temporary file and renamed, so a failed conversion leaves no file behind. What the target format cannot hold (an edge list keeps only ids and weights) is named in a warning on stderr.
            """
        )

        @Argument(help: "The input file ('-' reads standard input, with --input-format).")
        var input: String

        @Option(name: .shortAndLong, help: "The output file ('-' writes standard output).")
        var output: String

        @Option(help: "The output format, overriding the output's extension.")
        var format: NetworkFormat?

        @OptionGroup var inputOptions: InputOptions

        func validate() throws {
            if format == nil {
                if output == "-" { throw ValidationError("Writing standard output needs --format (yaml, json or edgelist).") }
                if NetworkFormat(path: output) == nil {
                    throw ValidationError("Cannot tell the output format of '\(output)' from its extension; give --format (yaml, json or edgelist).")
                }
            }
        }

        func run() throws {
            let network = try inputOptions.load(input)
            let target = format ?? NetworkFormat(path: output) ?? .yaml
            let encoded: (bytes: [UInt8], warnings: [String])
            do {
                encoded = try NetworkWriter.encode(network, format: target)
            } catch {
                Console.error("\(input): \(error)")
                throw ExitCode.failure
            }
            for warning in encoded.warnings { Console.warning(warning) }
            try emit(encoded.bytes, to: output)
        }
    }
}
