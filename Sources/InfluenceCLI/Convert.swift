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
        var sizeBy: String = "pagerank"

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
            if sizeBy != "none" && Measure(rawValue: sizeBy) == nil {
                throw ValidationError("Unknown --size-by measure '\(sizeBy)' (values: none, \(Measure.allCases.map(\.rawValue).joined(separator: ", "))).")
            }
        }

        func run() throws {
            let network = try inputOptions.load(input)
            let target = format ?? NetworkFormat(path: output) ?? .yaml
            let encoded: (bytes: [UInt8], warnings: [String])
            var nodeTable: (path: String, bytes: [UInt8])?
            do {
                switch target {
                case .gexf:
                    encoded = try GEXFFormat.write(network, viz: try viz(for: network))
                case .csv:
                    let tables = try GephiCSVFormat.write(network)
                    encoded = (tables.edges, tables.warnings)
                    if output == "-" && nodesOutput == nil {
                        Console.warning("the node table is not written (give --nodes-output FILE to write it)")
                    } else {
                        nodeTable = (nodesOutput ?? Self.nodesPath(for: output), tables.nodes)
                    }
                default:
                    encoded = try NetworkWriter.encode(network, format: target)
                }
            } catch let error as WriteError {
                Console.error("\(input): \(error)")
                throw ExitCode.failure
            }
            for warning in encoded.warnings { Console.warning(warning) }
            if let nodeTable { try emit(nodeTable.bytes, to: nodeTable.path) }
            try emit(encoded.bytes, to: output)
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
            var sheet = StyleSheet.standard
            if let style {
                do { sheet = try StyleFile.read(path: style) } catch {
                    Console.error(error.description)
                    throw ExitCode.failure
                }
            }
            var sizes: [String: Double] = [:]
            if let measure = Measure(rawValue: sizeBy), !network.nodes.isEmpty {
                do {
                    let graph = try Graph(network: network, view: .ranking())
                    let values = try measure.compute(on: graph)
                    let finite = values.filter(\.isFinite)
                    let low = finite.min() ?? 0, high = finite.max() ?? 0
                    for (id, v) in zip(graph.ids, values) where v.isFinite {
                        sizes[id] = high > low ? 10 + 40 * (v - low) / (high - low) : 10
                    }
                } catch {
                    Console.error("\(input): --size-by \(sizeBy): \(error)")
                    throw ExitCode.failure
                }
            }
            var result: [String: GEXFFormat.NodeViz] = [:]
            for node in network.nodes {
                var viz = GEXFFormat.NodeViz()
                viz.color = Self.color(sheet.nodeStyle(kind: node.kind, in: network).fillColor)
                viz.size = sizes[node.id]
                result[node.id] = viz
            }
            return result
        }

        /// `#RRGGBB` → a GEXF colour; `nil` for anything else (a Graphviz colour name).
        static func color(_ hex: String) -> GEXFFormat.NodeViz.Color? {
            let digits = Array(hex.utf8)
            guard digits.count == 7, digits[0] == UInt8(ascii: "#"), let value = Int(String(hex.dropFirst()), radix: 16) else { return nil }
            return GEXFFormat.NodeViz.Color(red: UInt8((value >> 16) & 0xFF), green: UInt8((value >> 8) & 0xFF), blue: UInt8(value & 0xFF))
        }
    }
}
