import ArgumentParser
import Foundation
import InfluenceCentrality
import InfluenceGraph
import InfluenceIO
import InfluenceRender

extension InfluenceCommand {
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert a network between formats: native YAML/JSON, edge list, DOT, GraphML, GEXF, GML, node-link JSON, Gephi CSV; Pajek read.",
            discussion: """
            Examples:
              influence convert graphs/iraq-2025.yaml -o iraq.json
              influence convert iraq.json -o - --format yaml
              influence convert big.edgelist -o big.json
              influence convert graphs/iraq-2025.yaml -o iraq.gexf          # for Gephi, coloured by kind, sized by PageRank
              influence convert graphs/iraq-2025.yaml -o iraq.json --format node-link
              influence convert edges.csv --nodes nodes.csv -o net.yaml     # Gephi's data laboratory export
              influence convert graphs/iraq-2025.yaml -o iraq.csv           # writes iraq.csv and iraq.nodes.csv

            The input format comes from --input-format or the extension (a .json file holding 'links' or source/target edges is node-link); the output format from --format or the output's extension. Output is written to a temporary file and renamed, so a failed conversion leaves no file behind. What the target format cannot hold is named in one warning line on stderr. See Guides/Formats.md for what maps to what.
            """
        )

        @Argument(help: "The input file ('-' reads standard input, with --input-format).")
        var input: String

        @Option(name: .shortAndLong, help: "The output file ('-' writes standard output).")
        var output: String

        @Option(help: "The output format, overriding the output's extension.")
        var format: NetworkFormat?

        @Option(help: "GEXF: size nodes by this measure (viz:size 10-50; 'none' for no sizes).")
        var sizeBy: MeasureArgument = .measure(.pagerank)

        @Option(help: "GEXF: a style file (YAML) whose kind colours give viz:color; see Guides/Rendering.md.")
        var style: String?

        @Option(help: "CSV: where to write the node table (default: the output with .nodes.csv).")
        var nodesOutput: String?

        @OptionGroup var inputOptions: InputOptions

        func validate() throws {
            let names = NetworkFormat.allCases.filter(\.isWritable).map(\.rawValue).joined(separator: ", ")
            if format == nil {
                if output == "-" { throw ValidationError("Writing standard output needs --format (\(names)).") }
                if NetworkFormat(path: output) == nil {
                    throw ValidationError("Cannot tell the output format of '\(output)' from its extension; give --format (\(names)).")
                }
            }
            if let target = format ?? NetworkFormat(path: output), !target.isWritable {
                throw ValidationError("influence reads \(target.rawValue) files but does not write them; choose one of \(names).")
            }
            try sizeBy.check("--size-by measure")
        }

        func run() throws {
            try reporting(input) {
                let network = try inputOptions.load(input)
                let target = format ?? NetworkFormat(path: output) ?? .yaml
                let encoded = try encode(network, as: target)
                for warning in encoded.warnings { Console.warning(warning) }
                if let nodeTable = encoded.nodeTable { try emit(nodeTable.bytes, to: nodeTable.path) }
                try emit(encoded.bytes, to: output)
            }
        }

        /// The bytes to write (and, for CSV, the node table beside them).
        func encode(_ network: Network, as target: NetworkFormat) throws -> (bytes: [UInt8], warnings: [String], nodeTable: (path: String, bytes: [UInt8])?) {
            do {
                switch target {
                case .gexf:
                    let written = try GEXFFormat.write(network, viz: try viz(for: network))
                    return (written.bytes, written.warnings, nil)
                case .csv:
                    let tables = try GephiCSVFormat.write(network)
                    if output == "-" && nodesOutput == nil {
                        Console.warning("the node table is not written (give --nodes-output FILE to write it)")
                        return (tables.edges, tables.warnings, nil)
                    }
                    return (tables.edges, tables.warnings, (nodesOutput ?? Self.nodesPath(for: output), tables.nodes))
                default:
                    let written = try NetworkWriter.encode(network, format: target)
                    return (written.bytes, written.warnings, nil)
                }
            } catch let error as WriteError {
                throw Failure.input("\(input): \(error)")
            }
        }

        /// `edges.csv` → `edges.nodes.csv`.
        static func nodesPath(for output: String) -> String {
            let url = URL(fileURLWithPath: output)
            let stem = url.deletingPathExtension().lastPathComponent
            return url.deletingLastPathComponent().appendingPathComponent(stem + ".nodes.csv").path
        }

        /// GEXF viz: each node's fill colour from the style sheet (by kind), and a size 10-50
        /// linear in the --size-by measure on the ranking graph.
        func viz(for network: Network) throws -> [String: GEXFFormat.NodeViz] {
            let sheet = try style.map { try StyleFile.read(path: $0) } ?? .standard
            var sizes: NodeScores?
            if let measure = sizeBy.measure, !network.nodes.isEmpty {
                sizes = try sizeByScores(measure, on: network, file: input)
            }
            let colors = Dictionary(network.nodes.map { ($0.id, sheet.nodeStyle(kind: $0.kind, in: network).fillColor) },
                                    uniquingKeysWith: { a, _ in a })
            return GEXFFormat.viz(for: network, colors: colors, sizes: sizes)
        }
    }
}
