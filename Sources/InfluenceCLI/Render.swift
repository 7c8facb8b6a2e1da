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

        @Argument(help: "A network file ('-' reads standard input, with --input-format).")
        var file: String

        @Option(name: .shortAndLong, help: "The output file ('-' writes standard output).")
        var output: String

        @Option(help: "The output format (default: from the output's extension). 'dot' is the diagram as DOT text, before layout; 'xdot' is Graphviz's laid-out DOT (positions and drawing operations).")
        var format: RenderFormat?

        @Option(help: "Size nodes by this centrality measure ('none' for equal sizes).")
        var sizeBy: MeasureArgument = .measure(.pagerank)

        @OptionGroup var drawing: DrawingOptions

        @Option(help: "Box nodes by 'kind', by a node attribute's value, or by a relation's target (e.g. member-of).")
        var clusterBy: String?

        @Flag(help: "Number the sources in the title block and cite their numbers in edge tooltips.")
        var sources = false


        @Option(help: "Draw only edges of these relations (comma-separated).")
        var relations: String?

        @OptionGroup var subset: SubsetOptions

        @OptionGroup var input: InputOptions

        var outputFormat: RenderFormat? { format ?? RenderFormat(path: output) }

        func validate() throws {
            if outputFormat == nil {
                throw ValidationError("Cannot tell the output format of '\(output)'; give --format (svg, png, pdf, dot or xdot).")
            }
            try sizeBy.check("--size-by measure")
        }

        func run() throws {
            try reporting(file) {
                let loaded = try input.load(file)
                try checkRenderNames(relations: relations, clusterBy: clusterBy, in: loaded, file: file)
                var network = try subset.apply(loaded, file: file)
                if let relations { network = network.filtering(relations: Set(commaList(relations))) }
                var options = DiagramOptions()
                options.style = try drawing.styleSheet()
                options.legend = drawing.legend
                options.clusterBy = clusterBy
                options.numberedSources = sources
                options.engine = drawing.engine
                options.force = drawing.force
                if let measure = sizeBy.measure {
                    options.scores = try sizeByScores(measure, on: network, file: file)
                }
                let rendered = try Diagram.render(network, format: outputFormat!, options: options)
                for warning in rendered.warnings { Console.warning("graphviz: \(warning)") }
                try emit(rendered.bytes, to: output)
            }
        }
    }
}
