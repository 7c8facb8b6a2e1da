import ArgumentParser
import Foundation
import InfluenceCentrality
import InfluenceGraph
import InfluenceGraphviz
import InfluenceIO
import InfluenceRender
import InfluenceSerialization

extension EdgeLabels: ExpressibleByArgument {}

/// `render --width-by`: what edge width follows.
enum WidthBy: String, ExpressibleByArgument, CaseIterable {
    /// Edge width grows with `|weight|`.
    case weight
    /// Every edge of a relation has the relation's width.
    case none
}

extension InfluenceCommand {
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw a network with Graphviz, in-process: SVG, PNG, PDF, DOT or laid-out DOT (xdot).",
            discussion: """
            Examples:
              influence render graphs/iraq-2025.yaml -o out/iraq-2025.svg
              influence render graphs/iraq-2025.yaml -o out/iraq-2025.png --size-by betweenness
              influence render graphs/iraq-2025.yaml -o out/before.svg --at 2025-11-01

            Nodes are shaped and filled by kind (or filled by --color-by ATTR) and sized by a centrality measure or numeric attribute (PageRank unless --size-by says otherwise; the value is in each node's tooltip); edges are coloured, dashed and tipped by relation, no two relations alike, labelled up to \(EdgeLabels.autoLimit) edges (--edge-labels), as wide as their weight (--width-by), and carry their quote and source in their tooltip. The title block names the snapshot (--at) or says "all dates merged (FIRST – LAST)", the filters in force and what sizes the nodes; without --at, nodes and edges not valid at the last date are drawn faded. SVG groups carry classes (node kind-K, edge relation-R, legend; see Guides/Rendering.md). The engine is chosen from the size before layout (dot up to 100 nodes and 300 edges, sfdp above); dot on a graph too large for it is refused unless --force. Graphviz's errors end the run with exit code 3.
            """
        )

        @Argument(help: "A network file ('-' reads standard input, with --input-format).")
        var file: String

        @Option(name: .shortAndLong, help: "The output file ('-' writes standard output).")
        var output: String

        @Option(help: "The output format (default: from the output's extension). 'dot' is the diagram as DOT text, before layout; 'xdot' is Graphviz's laid-out DOT (positions and drawing operations).")
        var format: RenderFormat?

        @Option(help: ArgumentHelp("Size nodes by this centrality measure or numeric node attribute ('none' for equal sizes).", valueName: "MEASURE|ATTR"))
        var sizeBy: MeasureArgument = .measure(.pagerank)

        @Option(help: ArgumentHelp("Fill nodes by this node attribute instead of by kind: a palette for text values, a light-to-blue ramp for numbers (min and max in the legend).", valueName: "ATTR"))
        var colorBy: String?

        @Option(help: "Label edges with their relation: auto (when there are at most \(EdgeLabels.autoLimit) edges), always or never.")
        var edgeLabels: EdgeLabels = .auto

        @Option(help: "Edge width: 'weight' (the lightest |weight| draws at the relation's width, the heaviest at 3 times it) or 'none'.")
        var widthBy: WidthBy = .weight

        @OptionGroup var drawing: DrawingOptions

        @OptionGroup var pageOptions: PageOptions

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
        }

        /// `--size-by`: a measure, or a numeric node attribute; anything else is a usage error with a suggestion.
        func sizeScores(_ network: Network) throws -> NodeScores? {
            switch sizeBy {
            case .none: return nil
            case .measure(let measure): return try sizeByScores(measure, on: network, file: file)
            case .unknown(let name):
                let numeric = numericAttributes(network)
                guard numeric.contains(name) else {
                    let candidates = Measure.allCases.map(\.rawValue) + numeric
                    var message = "Unknown --size-by '\(name)': neither a measure (\(Measure.allCases.map(\.rawValue).joined(separator: ", ")), none) nor a numeric node attribute of \(file)"
                    message += numeric.isEmpty ? " (it has none)." : " (\(numeric.joined(separator: ", ")))."
                    if let s = suggestion(for: name, among: candidates) { message += " Did you mean '\(s)'?" }
                    throw ValidationError(message)
                }
                var ids: [String] = [], values: [Double] = []
                for node in network.nodes {
                    if case .number(let x)? = node.attributes[name]?.values.first?.value { ids.append(node.id); values.append(x) }
                }
                return NodeScores(name, ids: ids, values: values)
            }
        }

        /// Node attributes whose every value is a number, in order of first appearance.
        func numericAttributes(_ network: Network) -> [String] {
            var order: [String] = [], bad = Set<String>()
            for node in network.nodes {
                for (key, attribute) in node.attributes {
                    if !order.contains(key) { order.append(key) }
                    if attribute.values.contains(where: { if case .number = $0.value { false } else { true } }) { bad.insert(key) }
                }
            }
            return order.filter { !bad.contains($0) }
        }

        /// The filters in force, as the title block names them.
        var filterDescriptions: [String] {
            var result: [String] = []
            if let kinds = subset.filters.kinds { result.append("kinds: " + commaList(kinds).joined(separator: ", ")) }
            if let relations { result.append("relations: " + commaList(relations).joined(separator: ", ")) }
            if let c = subset.filters.minConfidence { result.append("min-confidence: \(c.rawValue)") }
            if let clusterBy { result.append("boxed by \(clusterBy)") }
            return result
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
                options.snapshot = subset.at?.date
                options.filters = filterDescriptions
                options.edgeLabels = edgeLabels
                options.widthByWeight = widthBy == .weight
                if let colorBy {
                    let present = Set(network.nodes.flatMap { $0.attributes.keys })
                    guard present.contains(colorBy) else {
                        var message = "Unknown --color-by '\(colorBy)': no node of \(file) has that attribute"
                        message += present.isEmpty ? " (they have none)." : " (attributes: \(present.sorted().joined(separator: ", ")))."
                        if let s = suggestion(for: colorBy, among: present.sorted()) { message += " Did you mean '\(s)'?" }
                        throw ValidationError(message)
                    }
                    options.colorBy = colorBy
                }
                options.scores = try sizeScores(network)
                network = try pageOptions.limit(network, scores: options.scores, measure: sizeBy.name)
                options.page = pageOptions.layout(for: outputFormat!)
                let rendered = try Diagram.render(network, format: outputFormat!, options: options)
                for warning in rendered.warnings { Console.warning("graphviz: \(warning)") }
                try emit(rendered.bytes, to: output)
            }
        }
    }
}
