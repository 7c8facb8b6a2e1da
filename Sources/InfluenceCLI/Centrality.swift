import ArgumentParser
import Foundation
import InfluenceCentrality
import InfluenceGraph
import InfluenceIO
import InfluenceReports
import InfluenceSerialization


/// A `--measure` value: a node measure, or an edge measure (edge betweenness, edge load), which
/// ranks edges, not nodes.
enum MeasureChoice: ExpressibleByArgument, Equatable {
    case node(Measure)
    case edgeBetweenness
    case edgeLoad
    /// A word that names no measure, kept so that `validate()` refuses it with a suggestion.
    case unknown(String)

    init(argument: String) {
        if argument == "edge-betweenness" { self = .edgeBetweenness }
        else if argument == "edge-load" { self = .edgeLoad }
        else if let m = Measure(rawValue: argument) { self = .node(m) }
        else { self = .unknown(argument) }
    }

    /// Whether it ranks edges.
    var isEdgeMeasure: Bool { self == .edgeBetweenness || self == .edgeLoad }

    static var allValueStrings: [String] { Measure.allCases.map(\.rawValue) + ["edge-betweenness", "edge-load"] }
}

extension InfluenceCommand {
    struct Centrality: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rank the nodes of a network by centrality, with NetworkX's definitions and defaults.",
            discussion: """
            Examples:
              influence centrality graphs/iraq-2025.yaml --measure pagerank --measure betweenness --top 10
              influence centrality graphs/iraq-2025.yaml --all --format csv -o ranks.csv
              influence centrality big.edgelist --undirected --measure betweenness --samples 500 --seed 7

            Native networks are ranked on their counted relations, each turned to point at the end that gains standing (see Guides/NetworkFile.md); --relations names others. Edge lists are ranked as they are. Weights: pagerank, hubs, authorities and strength use the 'weight' field by default, as NetworkX does; the others only when --weight (or --distance for closeness and harmonic) is given. Rows are ordered by the first measure, highest first, ties by id. Measures: \(Measure.allCases.map(\.rawValue).joined(separator: ", ")), and the edge measures edge-betweenness and edge-load (alone; they rank the arcs of the ranking graph, as oriented above; edge-load, NetworkX's edge_load_centrality, lists both orientations of each edge). Negative weights: the distance measures (with --weight) and pagerank refuse them, naming the first such edge; strength, eigenvector, Katz and HITS take them (see Guides/Centrality.md).
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

        @Argument(help: "A network file ('-' reads standard input, with --input-format).")
        var file: String

        @Option(name: .customLong("measure"),
                help: "A measure to compute (repeatable; default pagerank). edge-betweenness and edge-load rank edges and go alone.")
        var measureChoices: [MeasureChoice] = []

        var measures: [Measure] {
            measureChoices.compactMap { if case .node(let m) = $0 { m } else { nil } }
        }

        @Flag(help: "Compute every measure defined for the graph.")
        var all = false

        @OptionGroup var ranking: RankingOptions

        @Option(help: "Edge field read as a distance by closeness and harmonic (NetworkX 'distance').")
        var distance: String?

        @Option(help: "Print only the first N rows.")
        var top: Int?

        @Flag(help: "Order rows by the first measure lowest first (for constraint, where low means broker).")
        var ascending = false

        @Option(help: "Output format.")
        var format: Format = .table

        @OptionGroup var output: OutputOptions


        @Option(help: "Sampled sources for betweenness (NetworkX k); our own seeded generator, not NetworkX's stream.")
        var samples: Int?

        @Option(help: "Seed for --samples and --sample-nodes.")
        var seed: UInt64 = 0

        @Flag(help: "Betweenness with --samples 1 and no --endpoints: print NetworkX's NaN for the sampled source (its scale is 0/0) and NetworkX's values for the others, instead of refusing.")
        var allowNan = false

        @Option(help: "Harmonic: only paths from these nodes count (comma-separated ids; NetworkX sources).")
        var sources: String?

        @Option(help: "Rank only these nodes (comma-separated ids; NetworkX nbunch / u): closeness and harmonic then search from them alone, the other measures are computed on the whole graph.")
        var only: String?

        @Option(help: "Rank only K nodes drawn at random with --seed (as --only): closeness or harmonic of a sample, for graphs too large for every node.")
        var sampleNodes: Int?



        @Option(help: "PageRank damping (default 0.85) or Katz attenuation (default 0.1).")
        var alpha: Double?

        @Option(help: "Katz beta.")
        var beta: Double = 1

        @Option(help: "Iteration limit of eigenvector, Katz, PageRank, HITS (NetworkX max_iter; for HITS, ARPACK's restart limit). 0 fails to converge, as in NetworkX.")
        var maxIter: Int?

        @Option(help: "Tolerance of eigenvector, Katz, PageRank, HITS (NetworkX tol).")
        var tol: Double?

        @Flag(help: "Unnormalised values (betweenness, load, Katz, HITS).")
        var raw = false

        @Flag(help: "Count endpoints in betweenness.")
        var endpoints = false

        @Flag(help: "Closeness without the Wasserman–Faust scaling for disconnected graphs.")
        var noWfImproved = false

        @Option(help: "PageRank personalization: a file of 'id value' lines.")
        var personalization: String?

        @Option(help: "PageRank's dangling-node distribution (NetworkX dangling): a file of 'id value' lines.")
        var dangling: String?

        @Option(help: "Starting vector of eigenvector, Katz, PageRank and HITS (NetworkX nstart): a file of 'id value' lines (absent nodes 0).")
        var nstart: String?

        @Option(help: "Katz beta per node (NetworkX beta as a dict): a file of 'id value' lines naming every node.")
        var betas: String?

        @Flag(help: "Print to standard error how long loading (reading the file and building the graph) and each measure took, one 'NAME: SECONDS s' line each, then 'output: SECONDS s'.")
        var timings = false

        @Option(help: "Load and compute every measure N times (for benchmarks, with --timings: one line per run); the results are those of the last run.")
        var `repeat`: Int = 1

        @Option(help: "Progress bars on standard error while reading and computing: auto (only when standard error is a terminal, for work over half a second), always, never.")
        var progress: ProgressMode = .auto

        @OptionGroup var subset: SubsetOptions

        @OptionGroup var input: InputOptions

        func validate() throws {
            for case .unknown(let word) in measureChoices {
                try MeasureArgument.refuse(word, "--measure", values: MeasureChoice.allValueStrings)
            }
            if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
            if let samples, samples < 1 { throw ValidationError("--samples must be at least 1.") }
            if let sampleNodes, sampleNodes < 1 { throw ValidationError("--sample-nodes must be at least 1.") }
            if only != nil && sampleNodes != nil { throw ValidationError("Give either --only or --sample-nodes, not both.") }
            if (only != nil || sampleNodes != nil) && measureChoices.contains(where: \.isEdgeMeasure) {
                throw ValidationError("--only and --sample-nodes rank nodes, not edges: not with edge-betweenness or edge-load.")
            }
            if sources != nil && !all && !measures.contains(.harmonic) {
                throw ValidationError("--sources is an option of harmonic: add --measure harmonic.")
            }
            if let maxIter, maxIter < 0 { throw ValidationError("--max-iter must be 0 or more.") }
            if let tol, !(tol > 0 && tol.isFinite) { throw ValidationError("--tol must be a finite number > 0.") }
            if `repeat` < 1 { throw ValidationError("--repeat must be at least 1.") }
            if let alpha, !alpha.isFinite { throw ValidationError("--alpha must be a finite number.") }
            if !beta.isFinite { throw ValidationError("--beta must be a finite number.") }
            if all && !measureChoices.isEmpty { throw ValidationError("Give either --all or --measure, not both.") }
            if let edge = measureChoices.first(where: \.isEdgeMeasure), measureChoices.count > 1 {
                throw ValidationError("\(edge == .edgeLoad ? "edge-load" : "edge-betweenness") ranks edges: ask for it alone.")
            }
        }

        func run() throws {
            try reporting(file) {
                let bar = ProgressBar(mode: progress)
                let graphs = try timedLoad(bar)
                if let edge = measureChoices.first, edge.isEdgeMeasure {
                    return try rankEdges(edge, graphs.graph, bar)
                }
                let rows = try rowNodes(graphs.graph)
                let columns = try computeColumns(graphs, rows: rows, bar)
                let start = ContinuousClock.now
                let ids = rows.map { $0.map { graphs.graph.ids[$0] } } ?? graphs.graph.ids
                let labels = Dictionary((graphs.network?.nodes ?? []).map { ($0.id, $0.label ?? $0.id) }, uniquingKeysWith: { a, _ in a })
                let report = RankingReport(ids: ids, columns: columns, labels: labels, ascending: ascending)
                switch format {
                case .table: try output.emit(report.table(top: top))
                case .csv: try output.emit(report.csv(top: top))
                case .json: try output.emit(report.json(top: top))
                }
                printTiming("output", start.duration(to: .now))
            }
        }

        /// The ranking graph, and the graph closeness and harmonic read `--distance` from.
        struct Graphs {
            var network: Network?
            var graph: Graph
            var distanceGraph: Graph
        }

        var weights: WeightRequest { ranking.weights }

        /// Loads `--repeat` times (timed; the last load is kept).
        func timedLoad(_ bar: ProgressBar) throws -> Graphs {
            var loaded: Graphs?
            for _ in 0 ..< `repeat` {
                loaded = nil  // free the previous run's graph before loading again
                let start = ContinuousClock.now
                loaded = try bar.run("reading \(file)") { try load() }
                printTiming("load", start.duration(to: .now))
            }
            return loaded!
        }

        /// Reads the file, applies the subset and builds the graph(s).
        func load() throws -> Graphs {
            // Fast path: an edge list ranked as it is goes straight to the CSR graph, without
            // a Network (no String per edge, no id dictionary); the same graph, much sooner.
            // A NetworkX edge list with data dicts (relations, attributes, warnings) takes the
            // general path below, so that nothing it holds is lost.
            if ranking.relations == nil, subset.isEmpty, try input.format(for: file) == .edgelist,
               case let list = try input.loadEdgeList(file), list.isPlain {
                try checkFields { $0 == "weight" && list.weights != nil }
                func graph(_ field: String?) throws(GraphError) -> Graph {
                    try GraphBuilder.build(directed: !input.undirected, ids: list.ids, sources: list.sources,
                                           targets: list.targets, weights: field == nil ? nil : list.weights)
                }
                let g = try graph(weights.graphField)
                // The builder merged what repeats a pair: said as the general path says it.
                if let note = NetworkReader.multigraphNote(repeated: list.sources.count - g.edgeCount, path: file) {
                    Console.error(note.description)
                }
                return Graphs(graph: g, distanceGraph: distance == nil || distance == weights.graphField ? g : try graph(distance))
            }
            let loaded = try input.load(file)
            try ranking.checkRelations(in: loaded, file: file)
            let network = try subset.apply(loaded, file: file)
            try checkFields(network.hasWeightField)
            let view = ranking.view
            let graph = try Graph(network: network, view: view, weightField: weights.graphField)
            let distanceGraph = distance == nil || distance == weights.graphField
                ? graph : try Graph(network: network, view: view, weightField: distance)
            return Graphs(network: network, graph: graph, distanceGraph: distanceGraph)
        }

        /// Refuses a `--weight` or `--distance` field no edge has.
        func checkFields(_ has: (String) -> Bool) throws {
            try ranking.checkWeight(file: file, has: has)
            if let field = distance, !has(field) {
                throw Failure.input("\(file): no edge has a numeric '\(field)' field to use as --distance")
            }
        }

        /// `--measure edge-betweenness` or `edge-load`: the arcs of the ranking graph, ranked.
        func rankEdges(_ choice: MeasureChoice, _ graph: Graph, _ bar: ProgressBar) throws {
            var scores: EdgeScores?
            let name = choice == .edgeLoad ? "edge-load" : "edge-betweenness"
            for _ in 0 ..< `repeat` {
                let start = ContinuousClock.now
                do {
                    scores = try bar.run(name) { () throws(CentralityError) -> EdgeScores in
                        if choice == .edgeLoad { return try edgeLoadCentrality(graph) }
                        return try edgeBetweennessCentrality(graph, options: EdgeBetweennessOptions(
                            normalized: !raw, weighted: weights.namedField != nil, samples: samples, seed: seed))
                    }
                } catch {
                    throw Failure.input("\(file): \(error)")
                }
                printTiming(name, start.duration(to: .now))
            }
            let start = ContinuousClock.now
            let report = EdgeRankingReport(ids: graph.ids, scores: scores!, ascending: ascending)
            switch format {
            case .table: try output.emit(report.table(top: top))
            case .csv: try output.emit(report.csv(top: top))
            case .json: try output.emit(report.json(top: top))
            }
            printTiming("output", start.duration(to: .now))
        }

        /// The rows: every node (`nil`), or those of `--only` / `--sample-nodes`.
        func rowNodes(_ graph: Graph) throws -> [Int]? {
            if let only {
                var rows: [Int] = []
                for id in only.split(separator: ",", omittingEmptySubsequences: false).map({ $0.trimmingCharacters(in: .whitespaces) }) {
                    guard let index = graph.index(of: id) else {
                        throw ValidationError(unknownName(id, option: "--only", what: "node", plural: "nodes", among: graph.ids, file: file))
                    }
                    guard !rows.contains(index) else { throw Failure.input("\(file): --only: '\(id)' is given twice") }
                    rows.append(index)
                }
                return rows
            }
            guard let sampleNodes else { return nil }
            guard sampleNodes <= graph.nodeCount else {
                throw Failure.input("\(file): --sample-nodes \(sampleNodes) is more than the graph's \(graph.nodeCount) nodes")
            }
            return _sampleSources(nodeCount: graph.nodeCount, count: sampleNodes, seed: seed).map(Int.init)
        }

        /// The options every measure shares.
        func measureOptions(_ graph: Graph) throws -> MeasureOptions {
            var options = MeasureOptions()
            options.normalized = !raw
            options.endpoints = endpoints
            options.wfImproved = !noWfImproved
            options.samples = samples
            options.seed = seed
            options.alpha = alpha
            options.beta = beta
            options.maxIterations = maxIter
            options.tolerance = tol
            if let personalization { options.personalization = try NodeValuesFile.read(path: personalization, graph: graph) }
            if let dangling { options.dangling = try NodeValuesFile.read(path: dangling, graph: graph) }
            if let nstart { options.start = try NodeValuesFile.read(path: nstart, graph: graph, allowsNegative: true) }
            if let betas { options.betas = try NodeValuesFile.read(path: betas, graph: graph, allowsNegative: true, requiresEveryNode: true) }
            options.allowsNaN = allowNan
            if let sources { options.sources = try nodeList(sources, option: "--sources", graph) }
            return options
        }

        /// Comma-separated node ids as indices; an unknown id is an error naming the closest id.
    func nodeList(_ text: String, option: String, _ graph: Graph) throws -> [Int] {
        var list: [Int] = []
        for id in text.split(separator: ",", omittingEmptySubsequences: false).map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let index = graph.index(of: id) else {
                var message = "\(file): \(option): no node '\(Network.printable(id))' in the graph"
                if let s = suggestion(for: id, among: graph.ids) { message += " (did you mean '\(Network.printable(s))'?)" }
                throw Failure.input(message)
            }
            guard !list.contains(index) else { throw Failure.input("\(file): \(option): '\(Network.printable(id))' is given twice") }
            list.append(index)
        }
        return list
    }

    /// One column per measure that could be computed (`--all` skips, with a warning, the
        /// measures NetworkX itself refuses for the graph's shape).
        func computeColumns(_ graphs: Graphs, rows: [Int]?, _ bar: ProgressBar) throws -> [NodeScores] {
            var chosen = all ? Measure.allCases.filter { graphs.graph.isDirected || !$0.directedOnly } : measures
            if chosen.isEmpty { chosen = [.pagerank] }
            let options = try measureOptions(graphs.graph)
            var hits = HITSCache()
            var columns: [NodeScores] = []
            for measure in chosen {
                var o = options
                var g = graphs.graph
                if distance != nil && (measure == .closeness || measure == .harmonic) {
                    g = graphs.distanceGraph
                    o.weighted = true
                } else {
                    o.weighted = weights.weighted(for: measure)
                }
                do {
                    columns.append(try timedMeasure(measure, on: g, rows: rows, options: o, hits: &hits, bar))
                } catch {
                    switch error {
                    case .nullGraph, .notImplemented, .selfLoops, .invalidWeight:
                        guard all else { throw Failure.input("\(file): \(error)") }
                        Console.warning("\(file): skipping \(measure.rawValue): \(error)")
                    default:
                        throw Failure.input("\(file): \(error)")
                    }
                }
            }
            return columns
        }

        /// One HITS run gives hubs and authorities; the second column reuses it (not under
        /// `--repeat`, which times every run).
        struct HITSCache {
            var weighted: Bool??
            var hubs: [Double] = []
            var authorities: [Double] = []
        }

        /// One measure, `--repeat` times (timed; the last result is kept).
        func timedMeasure(_ measure: Measure, on g: Graph, rows: [Int]?, options o: MeasureOptions,
                          hits: inout HITSCache, _ bar: ProgressBar) throws(CentralityError) -> NodeScores {
            var column = NodeScores(measure.rawValue, ids: [], values: [])
            for _ in 0 ..< `repeat` {
                column = NodeScores(measure.rawValue, ids: [], values: [])  // free the previous run's result first
                let start = ContinuousClock.now
                column = try bar.run(measure.rawValue) { () throws(CentralityError) -> NodeScores in
                    guard measure == .hubs || measure == .authorities else {
                        if let rows { return try measure.scores(on: g, nodes: rows, options: o) }
                        return try measure.scores(on: g, options: o)
                    }
                    if hits.weighted != .some(o.weighted) || `repeat` > 1 {
                        let result = try Measure.hubsAndAuthorities(on: g, options: o)
                        hits = HITSCache(weighted: .some(o.weighted), hubs: result.hubs, authorities: result.authorities)
                    }
                    let all = g.scores(measure.rawValue, measure == .hubs ? hits.hubs : hits.authorities)
                    return rows.map { all.selecting($0) } ?? all
                }
                printTiming(measure.rawValue, start.duration(to: .now))
            }
            return column
        }

        /// With `--timings`, prints `NAME: SECONDS s` to standard error (seconds with nanosecond
        /// digits), for `scripts/bench-peers` and for people.
        func printTiming(_ name: String, _ duration: Duration) {
            guard timings else { return }
            let (seconds, attoseconds) = duration.components
            let nanoseconds = attoseconds / 1_000_000_000
            let fraction = String(nanoseconds)
            Console.error("\(name): \(seconds).\(String(repeating: "0", count: 9 - fraction.count))\(fraction) s")
        }

    }
}

/// The `--size-by` scores of `render` and `convert` (GEXF viz): `measure` on the ranking graph.
/// A measure that refuses the weights (PageRank with a negative weight) is computed without
/// weights instead, with one warning, so that a signed network can still be drawn and written.
///
/// - Throws: `Failure.input` naming `file` and the option for any other failure.
func sizeByScores(_ measure: Measure, on network: Network, file: String) throws -> NodeScores {
    do {
        let graph = try Graph(network: network, view: .ranking())
        do {
            return try measure.scores(on: graph)
        } catch {
            guard case .invalidWeight = error else { throw error }
            Console.warning("\(file): --size-by \(measure.rawValue): \(error); sizes are \(measure.rawValue) without weights")
            var options = MeasureOptions()
            options.weighted = false
            return try measure.scores(on: graph, options: options)
        }
    } catch {
        throw Failure.input("\(file): --size-by \(measure.rawValue): \(error)")
    }
}
