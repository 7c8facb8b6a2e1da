import ArgumentParser
import Foundation
import InfluenceCentrality
import InfluenceGraph
import InfluenceGraphviz
import InfluenceIO
import InfluenceRender

extension InfluenceCommand {
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw a network with Graphviz, in-process: SVG, PNG, PDF, DOT or laid-out DOT (xdot).",
            discussion: """
            Examples:
              influence render graphs/iraq-2025.yaml -o out/iraq-2025.svg
              influence render graphs/iraq-2025.yaml -o out/iraq-2025.png --size-by betweenness
              influence render graphs/iraq-2025.yaml -o out/before.svg --at 2025-11-01

            Nodes are shaped and filled by kind and sized by a centrality measure (PageRank unless --size-by says otherwise; the value is in each node's tooltip); edges are coloured and dashed by relation and carry their quote and source in their tooltip. The engine is chosen from the size before layout (dot up to 100 nodes and 300 edges, sfdp above); dot on a graph too large for it is refused unless --force. Graphviz's errors end the run with exit code 3.
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case svg, png, pdf, dot, xdot }
        enum Engine: String, ExpressibleByArgument, CaseIterable { case dot, neato, fdp, sfdp, circo, twopi }

        @Argument(help: "A network file ('-' reads standard input, with --input-format).")
        var file: String

        @Option(name: .shortAndLong, help: "The output file ('-' writes standard output).")
        var output: String

        @Option(help: "The output format (default: from the output's extension). 'dot' is the diagram as DOT text, before layout; 'xdot' is Graphviz's laid-out DOT (positions and drawing operations).")
        var format: Format?

        @Option(help: "The Graphviz layout engine (default: chosen by size).")
        var engine: Engine?

        @Flag(help: "Lay out with dot even when the graph is too large for it to finish quickly.")
        var force = false

        @Option(help: "Size nodes by this centrality measure ('none' for equal sizes).")
        var sizeBy: String = "pagerank"

        @Option(help: "A style file (YAML) overriding the default style sheet; see Guides/Rendering.md.")
        var style: String?

        @Flag(inversion: .prefixedNo, help: "Draw the legend of kinds and relations present.")
        var legend = true

        @Option(help: "Box nodes by 'kind', by a node attribute's value, or by a relation's target (e.g. member-of).")
        var clusterBy: String?

        @Flag(help: "Number the sources in the title block and cite their numbers in edge tooltips.")
        var sources = false


        @Option(help: "Draw only edges of these relations (comma-separated).")
        var relations: String?

        @OptionGroup var subset: SubsetOptions

        @OptionGroup var input: InputOptions

        var outputFormat: Format? {
            format ?? Format(rawValue: (output as NSString).pathExtension.lowercased())
        }

        func validate() throws {
            if outputFormat == nil {
                throw ValidationError("Cannot tell the output format of '\(output)'; give --format (svg, png, pdf, dot or xdot).")
            }
            if sizeBy != "none" && Measure(rawValue: sizeBy) == nil {
                throw ValidationError("Unknown --size-by measure '\(sizeBy)' (values: none, \(Measure.allCases.map(\.rawValue).joined(separator: ", "))).")
            }
        }

        func run() throws {
            var network = subset.apply(try input.load(file))
            if let relations { network = network.filtering(relations: Set(commaList(relations))) }

            var options = DiagramOptions()
            if let style {
                do { options.style = try StyleFile.read(path: style) } catch {
                    Console.error(error.description)
                    throw ExitCode.failure
                }
            }
            options.legend = legend
            options.clusterBy = clusterBy
            options.numberedSources = sources
            options.engine = engine?.rawValue
            if let measure = Measure(rawValue: sizeBy) {
                do {
                    let graph = try Graph(network: network, view: .ranking())
                    let values = try measure.compute(on: graph)
                    options.scores = Dictionary(uniqueKeysWithValues: zip(graph.ids, values))
                    options.scoreName = measure.rawValue
                } catch {
                    Console.error("\(file): --size-by \(sizeBy): \(error)")
                    throw ExitCode.failure
                }
            }
            let chosen = try layoutEngine(engine, nodes: network.nodes.count, edges: network.edges.count, force: force, for: file)
            options.engine = chosen
            let diagram = Diagram.build(network, options: options)
            let bytes: [UInt8]
            if outputFormat == .dot {
                bytes = Array(DOTWriter.write(diagram).utf8)
            } else {
                do {
                    let rendered = try Graphviz.render(diagram, engine: chosen, format: outputFormat!.rawValue)
                    for warning in rendered.warnings { Console.warning("graphviz: \(warning)") }
                    bytes = rendered.bytes
                } catch {
                    Console.error("\(file): \(error)")
                    throw ExitCode(3)
                }
            }
            try emit(bytes, to: output)
        }
    }
}

/// The layout engine for a diagram: the one asked for, else the default for its size; `dot` on a
/// graph too large for it is refused (exit 3) unless `force` — never a silent hang. Shared by
/// `render` and `diff`.
func layoutEngine(_ requested: InfluenceCommand.Render.Engine?, nodes: Int, edges: Int, force: Bool,
                  for subject: String) throws -> String {
    let chosen = requested?.rawValue ?? Diagram.defaultEngine(nodes: nodes, edges: edges)
    if chosen == "dot" && !force && Diagram.dotTooLarge(nodes: nodes, edges: edges) {
        Console.error("\(subject): \(nodes) nodes and \(edges) edges are too many for dot to lay out in reasonable time (minutes to hours); use --engine sfdp, or --force to wait")
        throw ExitCode(3)
    }
    return chosen
}
