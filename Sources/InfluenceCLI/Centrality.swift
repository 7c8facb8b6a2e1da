import ArgumentParser
import Foundation
import InfluenceCentrality
import InfluenceGraph
import InfluenceIO


/// A `--measure` value: a node measure, or edge betweenness (which ranks edges, not nodes).
enum MeasureChoice: ExpressibleByArgument, Equatable {
    case node(Measure)
    case edgeBetweenness

    init?(argument: String) {
        if argument == "edge-betweenness" { self = .edgeBetweenness }
        else if let m = Measure(rawValue: argument) { self = .node(m) }
        else { return nil }
    }

    static var allValueStrings: [String] { Measure.allCases.map(\.rawValue) + ["edge-betweenness"] }
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

            Native networks are ranked on their counted relations, each turned to point at the end that gains standing (see Guides/NetworkFile.md); --relations names others. Edge lists are ranked as they are. Weights: pagerank, hubs, authorities and strength use the 'weight' field by default, as NetworkX does; the others only when --weight (or --distance for closeness and harmonic) is given. Rows are ordered by the first measure, highest first, ties by id. Measures: \(Measure.allCases.map(\.rawValue).joined(separator: ", ")), and edge-betweenness (alone; it ranks the arcs of the ranking graph, as oriented above).
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

        @Argument(help: "A network file ('-' reads standard input, with --input-format).")
        var file: String

        @Option(name: .customLong("measure"),
                help: "A measure to compute (repeatable; default pagerank). edge-betweenness ranks edges and goes alone.")
        var measureChoices: [MeasureChoice] = []

        var measures: [Measure] {
            measureChoices.compactMap { if case .node(let m) = $0 { m } else { nil } }
        }

        @Flag(help: "Compute every measure defined for the graph.")
        var all = false

        @Option(help: "Edge field read as the weight: 'weight' or a numeric attribute; 'none' ignores weights.")
        var weight: String?

        @Option(help: "Edge field read as a distance by closeness and harmonic (NetworkX 'distance').")
        var distance: String?

        @Option(help: "Print only the first N rows.")
        var top: Int?

        @Flag(help: "Order rows by the first measure lowest first (for constraint, where low means broker).")
        var ascending = false

        @Option(help: "Output format.")
        var format: Format = .table

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
        var output: String?


        @Option(help: "Sampled sources for betweenness (NetworkX k); our own seeded generator, not NetworkX's stream.")
        var samples: Int?

        @Option(help: "Seed for --samples and --sample-nodes.")
        var seed: UInt64 = 0

        @Option(help: "Rank only these nodes (comma-separated ids; NetworkX nbunch / u): closeness and harmonic then search from them alone, the other measures are computed on the whole graph.")
        var only: String?

        @Option(help: "Rank only K nodes drawn at random with --seed (as --only): closeness or harmonic of a sample, for graphs too large for every node.")
        var sampleNodes: Int?


        @Option(help: "Rank on these relations (comma-separated), counted or not, instead of the counted ones.")
        var relations: String?

        @Option(help: "PageRank damping (default 0.85) or Katz attenuation (default 0.1).")
        var alpha: Double?

        @Option(help: "Katz beta.")
        var beta: Double = 1

        @Option(help: "Iteration limit of eigenvector, Katz, PageRank, HITS (NetworkX max_iter).")
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

        @Flag(help: "Print to standard error how long loading (reading the file and building the graph) and each measure took, one 'NAME: SECONDS s' line each, then 'output: SECONDS s'.")
        var timings = false

        @Option(help: "Load and compute every measure N times (for benchmarks, with --timings: one line per run); the results are those of the last run.")
        var `repeat`: Int = 1

        @Option(help: "Progress bars on standard error while reading and computing: auto (only when standard error is a terminal, for work over half a second), always, never.")
        var progress: ProgressMode = .auto

        @OptionGroup var subset: SubsetOptions

        @OptionGroup var input: InputOptions

        func validate() throws {
            if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
            if let samples, samples < 1 { throw ValidationError("--samples must be at least 1.") }
            if let sampleNodes, sampleNodes < 1 { throw ValidationError("--sample-nodes must be at least 1.") }
            if only != nil && sampleNodes != nil { throw ValidationError("Give either --only or --sample-nodes, not both.") }
            if (only != nil || sampleNodes != nil) && measureChoices.contains(.edgeBetweenness) {
                throw ValidationError("--only and --sample-nodes rank nodes, not edges: not with edge-betweenness.")
            }
            if let maxIter, maxIter < 1 { throw ValidationError("--max-iter must be at least 1.") }
            if let tol, !(tol > 0 && tol.isFinite) { throw ValidationError("--tol must be a finite number > 0.") }
            if `repeat` < 1 { throw ValidationError("--repeat must be at least 1.") }
            if let alpha, !alpha.isFinite { throw ValidationError("--alpha must be a finite number.") }
            if !beta.isFinite { throw ValidationError("--beta must be a finite number.") }
            if all && !measureChoices.isEmpty { throw ValidationError("Give either --all or --measure, not both.") }
            if measureChoices.contains(.edgeBetweenness) && measureChoices.count > 1 {
                throw ValidationError("edge-betweenness ranks edges: ask for it alone.")
            }
        }

        func run() throws {
            let clock = ContinuousClock()
            let bar = ProgressBar(mode: progress)
            let view: GraphView = relations.map { .ranking(relations: Set(commaList($0))) } ?? .ranking()

            func fail(_ message: String) -> ExitCode {
                Console.error("\(file): \(message)")
                return ExitCode.failure
            }
            let weightField = weight == "none" ? nil : (weight ?? "weight")
            // Loading: reading and parsing the file, the subset, and building the graph(s).
            func load() throws -> (Network?, Graph, Graph) {
                // Fast path: an edge list ranked as it is goes straight to the CSR graph, without
                // a Network (no String per edge, no id dictionary); the same graph, much sooner.
                if relations == nil, subset.isEmpty, try input.format(for: file) == .edgelist {
                    let list = try input.loadEdgeList(file)
                    func hasField(_ field: String) -> Bool { field == "weight" && list.weights != nil }
                    if let field = weight, field != "none", !hasField(field) {
                        throw fail("no edge has a numeric '\(field)' field to use as --weight")
                    }
                    if let field = distance, !hasField(field) {
                        throw fail("no edge has a numeric '\(field)' field to use as --distance")
                    }
                    do {
                        func graph(_ field: String?) throws(GraphError) -> Graph {
                            try GraphBuilder.build(directed: !input.undirected, ids: list.ids, sources: list.sources,
                                                   targets: list.targets, weights: field == nil ? nil : list.weights)
                        }
                        let g = try graph(weightField)
                        let distanceGraph = distance == nil || distance == weightField ? g : try graph(distance)
                        return (nil, g, distanceGraph)
                    } catch {
                        throw fail("\(error)")
                    }
                }
                let network = subset.apply(try input.load(file))
                if let field = weight, field != "none", !network.hasWeightField(field) {
                    throw fail("no edge has a numeric '\(field)' field to use as --weight")
                }
                if let field = distance, !network.hasWeightField(field) {
                    throw fail("no edge has a numeric '\(field)' field to use as --distance")
                }
                do {
                    let graph = try Graph(network: network, view: view, weightField: weightField)
                    let distanceGraph = distance == nil || distance == weightField
                        ? graph : try Graph(network: network, view: view, weightField: distance)
                    return (network, graph, distanceGraph)
                } catch {
                    throw fail("\(error)")
                }
            }
            var loaded: (Network?, Graph, Graph)?
            for _ in 0 ..< `repeat` {
                loaded = nil  // free the previous run's graph before loading again
                let start = clock.now
                loaded = try bar.run("reading \(file)") { try load() }
                printTiming("load", start.duration(to: clock.now))
            }
            let (network, graph, distanceGraph) = loaded!

            if measureChoices == [.edgeBetweenness] {
                let weighted = weight != nil && weight != "none"
                var scores: EdgeScores?
                for _ in 0 ..< `repeat` {
                    let start = clock.now
                    do {
                        scores = try bar.run("edge-betweenness") {
                            try edgeBetweennessCentrality(graph, options: EdgeBetweennessOptions(
                                normalized: !raw, weighted: weighted, samples: samples, seed: seed))
                        }
                    } catch {
                        throw fail("\(error)")
                    }
                    printTiming("edge-betweenness", start.duration(to: clock.now))
                }
                let start = clock.now
                let report = EdgeRankingReport(ids: graph.ids, scores: scores!, ascending: ascending)
                let text: String
                switch format {
                case .table: text = report.table(top: top)
                case .csv: text = report.csv(top: top)
                case .json: text = report.json(top: top)
                }
                try emit(Array(text.utf8), to: output)
                printTiming("output", start.duration(to: clock.now))
                return
            }

            var chosen = all ? Measure.allCases.filter { graph.isDirected || !$0.directedOnly } : measures
            if chosen.isEmpty { chosen = [.pagerank] }
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
            if let personalization { options.personalization = try readVector(personalization, graph: graph) }

            // The rows: every node, or those of --only / --sample-nodes.
            var rowNodes: [Int]?
            if let only {
                rowNodes = []
                for id in only.split(separator: ",", omittingEmptySubsequences: false).map({ $0.trimmingCharacters(in: .whitespaces) }) {
                    guard let index = graph.index(of: id) else { throw fail("--only: no node '\(id)' in the graph") }
                    guard !rowNodes!.contains(index) else { throw fail("--only: '\(id)' is given twice") }
                    rowNodes!.append(index)
                }
            } else if let sampleNodes {
                guard sampleNodes <= graph.nodeCount else {
                    throw fail("--sample-nodes \(sampleNodes) is more than the graph's \(graph.nodeCount) nodes")
                }
                rowNodes = _sampleSources(nodeCount: graph.nodeCount, count: sampleNodes, seed: seed).map(Int.init)
            }
            var columns: [[Double]] = []
            var computed: [Measure] = []
            // One HITS run gives hubs and authorities; the second column reuses it (not under --repeat,
            // which times every run).
            var hitsRun: (weighted: Bool?, hubs: [Double], authorities: [Double])?
            for measure in chosen {
                var o = options
                var g = graph
                if measure.weightsAreDistances {
                    if distance != nil && (measure == .closeness || measure == .harmonic) {
                        g = distanceGraph
                        o.weighted = true
                    } else {
                        o.weighted = weight != nil && weight != "none"
                    }
                } else if weight == "none" {
                    o.weighted = false
                } else if weight != nil {
                    o.weighted = true
                }
                do {
                    var column: [Double] = []
                    for _ in 0 ..< `repeat` {
                        column = []  // free the previous run's result first
                        let start = clock.now
                        column = try bar.run(measure.rawValue) { () throws(CentralityError) -> [Double] in
                        var column: [Double] = []
                        if measure == .hubs || measure == .authorities {
                            if hitsRun == nil || hitsRun?.weighted != o.weighted || `repeat` > 1 {
                                let result = try Measure.hubsAndAuthorities(on: g, options: o)
                                hitsRun = (o.weighted, result.hubs, result.authorities)
                            }
                            column = measure == .hubs ? hitsRun!.hubs : hitsRun!.authorities
                            if let rowNodes { column = rowNodes.map { column[$0] } }
                        } else if let rowNodes {
                            column = try measure.compute(on: g, nodes: rowNodes, options: o)
                        } else {
                            column = try measure.compute(on: g, options: o)
                        }
                        return column
                        }
                        printTiming(measure.rawValue, start.duration(to: clock.now))
                    }
                    columns.append(column)
                    computed.append(measure)
                } catch {
                    // --all means every measure defined for this graph: skip, with a warning, those
                    // NetworkX itself refuses for the graph's shape; any other failure is an error.
                    switch error {
                    case .nullGraph, .notImplemented, .selfLoops:
                        guard all else { throw fail("\(error)") }
                        Console.warning("\(file): skipping \(measure.rawValue): \(error)")
                    default:
                        throw fail("\(error)")
                    }
                }
            }
            let outputStart = clock.now
            let labels = Dictionary((network?.nodes ?? []).map { ($0.id, $0.label ?? $0.id) }, uniquingKeysWith: { a, _ in a })
            let report = RankingReport(ids: rowNodes.map { $0.map { graph.ids[$0] } } ?? graph.ids, labels: labels, measures: computed.map(\.rawValue),
                                       columns: columns, ascending: ascending)
            let text: String
            switch format {
            case .table: text = report.table(top: top)
            case .csv: text = report.csv(top: top)
            case .json: text = report.json(top: top)
            }
            try emit(Array(text.utf8), to: output)
            printTiming("output", outputStart.duration(to: clock.now))
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

        /// Reads `id value` lines into a per-node vector (absent nodes 0).
        func readVector(_ path: String, graph: Graph) throws -> [Double] {
            let bytes: [UInt8]
            do { bytes = try NetworkReader.bytes(atPath: path) } catch {
                Console.error(error.description)
                throw ExitCode.failure
            }
            var vector = [Double](repeating: 0, count: graph.nodeCount)
            for (number, line) in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
                if fields.isEmpty || fields[0].hasPrefix("#") { continue }
                guard fields.count == 2, let value = Double(fields[1]), value.isFinite, value >= 0 else {
                    Console.error("\(path):\(number + 1):1: expected 'id value' with a finite value ≥ 0")
                    throw ExitCode.failure
                }
                guard let v = graph.index(of: String(fields[0])) else {
                    Console.error("\(path):\(number + 1):1: unknown node '\(fields[0])'")
                    throw ExitCode.failure
                }
                vector[v] = value
            }
            return vector
        }
    }
}

/// Node rankings as a table, CSV or JSON (DESIGN.md's contract): rows by the first measure,
/// highest first, ties by id; numbers in shortest round-trip form; NaN (NetworkX's value for
/// undefined cases such as the constraint of an isolated node) as `null` / empty / `—`.
struct RankingReport {
    var ids: [String]
    var labels: [String: String]
    var measures: [String]
    var columns: [[Double]]
    /// Lowest first instead of highest first (NaN always last).
    var ascending = false

    /// Whether row `a` comes before row `b`: by the first measure (NaN last), ties by id.
    func precedes(_ a: Int, _ b: Int) -> Bool {
        let first = columns.first ?? []
        let x = first.isEmpty ? 0 : first[a], y = first.isEmpty ? 0 : first[b]
        if x.isNaN != y.isNaN { return y.isNaN }
        if !x.isNaN && x != y { return ascending ? x < y : x > y }
        return ids[a] < ids[b]
    }

    var order: [Int] { ids.indices.sorted(by: precedes) }

    /// The first `top` rows in order. With a small `top`, a bounded selection (a sorted buffer
    /// of `top` rows, O(n log top)) instead of sorting every row: a million nodes, `--top 10`.
    func rows(top: Int?) -> [Int] {
        guard let top, top < ids.count / 8 else { return Array(order.prefix(top ?? ids.count)) }
        var best: [Int] = []
        best.reserveCapacity(top + 1)
        for i in ids.indices {
            if best.count == top, let last = best.last, !precedes(i, last) { continue }
            // Insert keeping `best` sorted (binary search for the position).
            var lo = 0, hi = best.count
            while lo < hi { let mid = (lo + hi) / 2; if precedes(best[mid], i) { lo = mid + 1 } else { hi = mid } }
            best.insert(i, at: lo)
            if best.count > top { best.removeLast() }
        }
        return best
    }

    func number(_ x: Double) -> String { x.isNaN ? "" : formatNumber(x) }

    func csv(top: Int?) -> String {
        var out = (["id"] + measures).map(csvField).joined(separator: ",") + "\n"
        for i in rows(top: top) {
            out += ([csvField(ids[i])] + columns.map { number($0[i]) }).joined(separator: ",") + "\n"
        }
        return out
    }

    func csvField(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    func json(top: Int?) -> String {
        var out = "{\"measures\": [" + measures.map(jsonString).joined(separator: ", ") + "], \"nodes\": ["
        let selected = rows(top: top)
        for (k, i) in selected.enumerated() {
            out += k == 0 ? "\n  " : ",\n  "
            out += "{\"id\": \(jsonString(ids[i]))"
            for (m, column) in zip(measures, columns) {
                out += ", \(jsonString(m)): " + (column[i].isNaN ? "null" : formatNumber(column[i]))
            }
            out += "}"
        }
        return out + (selected.isEmpty ? "]}\n" : "\n]}\n")
    }

    func table(top: Int?) -> String {
        let selected = rows(top: top)
        let showLabels = selected.contains { i in labels[ids[i]].map { $0 != ids[i] } ?? false }
        var header = ["rank", "id"]
        if showLabels { header.append("label") }
        header += measures
        var body: [[String]] = []
        for (rank, i) in selected.enumerated() {
            var row = [String(rank + 1), ids[i]]
            if showLabels { row.append(labels[ids[i]] ?? ids[i]) }
            row += columns.map { $0[i].isNaN ? "—" : String(format: "%.6g", $0[i]) }
            body.append(row)
        }
        let all = [header] + body
        return alignedTable(all, rightAligned: Set([0] + (header.count - measures.count ..< header.count)))
    }
}

/// Edge betweenness as a table, CSV (`from,to,edge-betweenness`) or JSON
/// (`{"measures": ["edge-betweenness"], "edges": [{"from", "to", "edge-betweenness"}]}`), highest
/// first, ties by (from, to).
struct EdgeRankingReport {
    var ids: [String]
    var scores: EdgeScores
    var ascending = false

    func rows(top: Int?) -> [Int] {
        let order = scores.values.indices.sorted { a, b in
            let x = scores.values[a], y = scores.values[b]
            if x != y { return ascending ? x < y : x > y }
            let ka = (ids[Int(scores.sources[a])], ids[Int(scores.targets[a])])
            let kb = (ids[Int(scores.sources[b])], ids[Int(scores.targets[b])])
            return ka < kb
        }
        return Array(order.prefix(top ?? order.count))
    }

    func from(_ i: Int) -> String { ids[Int(scores.sources[i])] }
    func to(_ i: Int) -> String { ids[Int(scores.targets[i])] }

    func csv(top: Int?) -> String {
        let csv = RankingReport(ids: [], labels: [:], measures: [], columns: [])
        return "from,to,edge-betweenness\n" + rows(top: top).map {
            "\(csv.csvField(from($0))),\(csv.csvField(to($0))),\(formatNumber(scores.values[$0]))\n"
        }.joined()
    }

    func json(top: Int?) -> String {
        let selected = rows(top: top)
        let items = selected.map {
            "{\"from\": \(jsonString(from($0))), \"to\": \(jsonString(to($0))), \"edge-betweenness\": \(formatNumber(scores.values[$0]))}"
        }
        return "{\"measures\": [\"edge-betweenness\"], \"edges\": [" + (items.isEmpty ? "" : "\n  " + items.joined(separator: ",\n  ") + "\n") + "]}\n"
    }

    func table(top: Int?) -> String {
        let selected = rows(top: top)
        let all = [["rank", "from", "to", "edge-betweenness"]]
            + selected.enumerated().map { [String($0.offset + 1), from($0.element), to($0.element), String(format: "%.6g", scores.values[$0.element])] }
        return alignedTable(all, rightAligned: [0, 3])
    }
}

/// Rows as a terminal table: columns padded to their widest cell, numbers right-aligned,
/// two spaces between columns, no trailing blanks.
func alignedTable(_ rows: [[String]], rightAligned: Set<Int>) -> String {
    let columns = rows.map(\.count).max() ?? 0
    let widths = (0 ..< columns).map { c in rows.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
    return rows.map { row in
        var line = row.indices.map { c in
            let pad = String(repeating: " ", count: widths[c] - row[c].count)
            return rightAligned.contains(c) ? pad + row[c] : row[c] + pad
        }.joined(separator: "  ")
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }.joined(separator: "\n") + "\n"
}
