import ArgumentParser
import Foundation
import InfluenceGraph
import InfluenceGraphviz
import InfluenceIO
import InfluenceCentrality
import InfluenceRender
import InfluenceSerialization

extension NetworkFormat: ExpressibleByArgument {}

/// How to read an input network.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: "The input format, overriding the file extension (\(NetworkFormat.allCases.map(\.rawValue).joined(separator: ", "))).")
    var inputFormat: NetworkFormat?

    @Flag(name: .long, help: "Treat the network as undirected (edge lists are read as directed otherwise).")
    var undirected = false

    @Flag(name: .long, help: "Read an adjacency list (.adjlist, multiline-adjlist) as directed, as NetworkX's create_using=nx.DiGraph (they are undirected otherwise).")
    var directed = false

    @Option(name: .customLong("nodes"), help: "A Gephi node table (Id,Label,…) to read with a CSV edge table.")
    var nodesFile: String?

    @Option(name: .customLong("network"), help: ArgumentHelp("Which network of a Pajek project (.paj) to read: its *Network title or its number from 1 (default: the first).", valueName: "NAME|N"))
    var network: String?

    /// The format by `--input-format` or the extension (a `.json` file is checked for node-link
    /// when it is read); a usage error when neither tells.
    func format(for path: String) throws -> NetworkFormat {
        if let inputFormat { return inputFormat }
        let names = NetworkFormat.allCases.map(\.rawValue).joined(separator: ", ")
        if path == "-" { throw ValidationError("Reading standard input needs --input-format (\(names)).") }
        guard let f = NetworkFormat(path: path) else {
            throw ValidationError("Cannot tell the format of '\(path)' from its extension; give --input-format (\(names)).")
        }
        return f
    }

    /// Reads a network, printing its reader warnings (a direction changed, graphics ignored, a
    /// multigraph merged, …) once on standard error; a ``ReadError`` when it is invalid
    /// (``Failure`` prints it, exit 1).
    func load(_ path: String) throws -> Network {
        let (network, warnings) = try loadWithWarnings(path)
        for warning in warnings { Console.error(warning.description) }
        return network
    }

    /// Reads an edge list as it is (the fast path to a ``Graph``: no ``Network``); errors as in ``load(_:)``.
    func loadEdgeList(_ path: String) throws -> EdgeList {
        try EdgeListFormat.read(NetworkReader.bytes(atPath: path), path: path)
    }

    /// Reads a network and its warnings; errors as in ``load(_:)``.
    func loadWithWarnings(_ path: String) throws -> (network: Network, warnings: [Diagnostic]) {
        _ = try format(for: path)
        if nodesFile != nil && (inputFormat ?? NetworkFormat(path: path)) != .csv {
            throw ValidationError("--nodes adds a Gephi node table to a CSV edge table; '\(path)' is not one.")
        }
        if network != nil && (inputFormat ?? NetworkFormat(path: path)) != .pajek {
            throw ValidationError("--network picks a network of a Pajek project; '\(path)' is not a Pajek file.")
        }
        if directed {
            if undirected { throw ValidationError("--directed and --undirected contradict each other; give one.") }
            let f = try format(for: path)
            if !f.leavesDirectionUnsaid {
                throw ValidationError("--directed chooses the direction of a file that does not say it (edge lists, adjacency lists, NCOL, LGL); '\(path)' is \(f.rawValue), which says it.")
            }
        }
        return try NetworkReader.readWithWarnings(path: path, format: inputFormat,
                                                  options: ReadOptions(undirected: undirected, nodesPath: nodesFile, network: network, directed: directed))
    }
}

/// A date given on the command line, checked at parse time.
struct DateArgument: ExpressibleByArgument {
    let date: InfluenceDate
    init?(argument: String) {
        guard let d = InfluenceDate(argument) else { return nil }
        date = d
    }
    static var defaultValueDescription: String { "YYYY, YYYY-MM or YYYY-MM-DD" }
}

/// stdout for data, stderr for everything else.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func warning(_ text: String) {
        error("warning: \(text)")
    }
}

/// Writes command output atomically to `-o`, or to stdout.
func emit(_ bytes: [UInt8], to output: String?) throws {
    try NetworkWriter.write(bytes, toPath: output ?? "-")
}

/// Evidence and kind filters, shared by every command that reads a network to analyse it.
struct FilterOptions: ParsableArguments {
    @Option(help: "Keep only edges with evidence of at least this confidence.")
    var minConfidence: Confidence?

    @Option(help: "Keep only nodes of these kinds (comma-separated).")
    var kinds: String?

    /// No filter given.
    var isEmpty: Bool { minConfidence == nil && kinds == nil }

    /// The network with `--min-confidence` and `--kinds` applied.
    func apply(_ network: Network) -> Network {
        var result = network
        if let minConfidence { result = result.filtering(minimumConfidence: minConfidence) }
        if let kinds { result = result.filtering(kinds: Set(commaList(kinds))) }
        return result
    }
}

/// The subset of a network to work on, shared by `centrality` and `render`: a snapshot and the filters.
struct SubsetOptions: ParsableArguments {
    @Option(help: "Use the snapshot at this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var at: DateArgument?

    @OptionGroup var filters: FilterOptions

    /// Neither a date nor a filter given.
    var isEmpty: Bool { at == nil && filters.isEmpty }

    /// The network at `--at`, with `--min-confidence` and `--kinds` applied.
    func apply(_ network: Network) -> Network {
        filters.apply(at.map { network.snapshot(at: $0.date) } ?? network)
    }
}

extension Confidence: ExpressibleByArgument {}

/// `a, b,c` → `["a", "b", "c"]`.
func commaList(_ text: String) -> [String] {
    text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}

extension Measure: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {
    public static var allValueStrings: [String] { layoutEngines.map(\.rawValue) }
}
extension RenderFormat: ExpressibleByArgument {}

/// A measure name given to an option, or `none` where the option allows it (`--size-by`,
/// `diff --measure`, `timeline --measure`). Parsing keeps any word, so that `validate()` can
/// refuse a misspelt one with the option's own message and a suggestion; `--help` and shell
/// completion list the measures.
enum MeasureArgument: ExpressibleByArgument, Equatable {
    case none
    case measure(Measure)
    case unknown(String)

    init(argument: String) {
        if argument == "none" { self = .none } else if let m = Measure(rawValue: argument) { self = .measure(m) } else { self = .unknown(argument) }
    }

    static var allValueStrings: [String] { ["none"] + Measure.allCases.map(\.rawValue) }
    /// The name `--help` shows for a default (`default: pagerank`).
    var defaultValueDescription: String { name }
    var measure: Measure? { if case .measure(let m) = self { m } else { nil } }
    var name: String {
        switch self {
        case .none: "none"
        case .measure(let m): m.rawValue
        case .unknown(let word): word
        }
    }

    /// Refuses an unknown measure (or `none` where it is not allowed): `Unknown WHAT 'x' (values: …).`
    func check(_ what: String, allowsNone: Bool = true) throws {
        let names = Measure.allCases.map(\.rawValue)
        switch self {
        case .measure: return
        case .none where allowsNone: return
        case .none, .unknown:
            var message = "Unknown \(what) '\(name)' (values: \(allowsNone ? "none, " : "")\(names.joined(separator: ", ")))."
            if let s = suggestion(for: name, among: names) { message += " Did you mean '\(s)'?" }
            throw ValidationError(message)
        }
    }
}

/// `-o FILE`: where a command writes (standard output when absent or `-`).
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    /// Writes atomically to `-o`, or to standard output.
    func emit(_ bytes: [UInt8]) throws { try InfluenceCLI.emit(bytes, to: output) }
    func emit(_ text: String) throws { try InfluenceCLI.emit(Array(text.utf8), to: output) }
}

/// The layout engine and the diagram's style, shared by `render` and `diff`.
struct DrawingOptions: ParsableArguments {
    @Option(help: "The Graphviz layout engine (default: chosen by size).")
    var engine: LayoutEngine?

    @Flag(help: "Lay out with dot even when the graph is too large for it to finish quickly.")
    var force = false

    @Option(help: "A style file (YAML) overriding the default style sheet; see Guides/Rendering.md.")
    var style: String?

    @Flag(inversion: .prefixedNo, help: "Draw the legend of kinds and relations present.")
    var legend = true

    /// The style sheet: the standard one, or `--style` over it.
    func styleSheet() throws -> StyleSheet {
        try style.map { try StyleFile.read(path: $0) } ?? .standard
    }
}

/// What a ranking is computed on: the relations (`--relations`) and the edge weights
/// (`--weight`), shared by `centrality` and `timeline`.
struct RankingOptions: ParsableArguments {
    @Option(help: "Rank on these relations (comma-separated), counted or not, instead of the counted ones.")
    var relations: String?

    @Option(help: "Edge field read as the weight: 'weight' or a numeric attribute; 'none' ignores weights.")
    var weight: String?

    /// Neither option given.
    var isEmpty: Bool { relations == nil && weight == nil }

    /// The ranking view: counted relations turned towards the end that gains standing, or those of `--relations`.
    var view: GraphView { relations.map { .ranking(relations: Set(commaList($0))) } ?? .ranking() }

    /// `--weight` as a ``WeightRequest`` (the weights-by-default policy).
    var weights: WeightRequest { WeightRequest(weight) }

    /// Refuses a `--weight` field no edge of the network has.
    func checkWeight(in network: Network, file: String) throws {
        try checkWeight(file: file, has: network.hasWeightField)
    }

    /// Refuses a `--weight` field for which `has` is false.
    func checkWeight(file: String, has: (String) -> Bool) throws {
        if let field = weights.namedField, !has(field) {
            throw Failure.input("\(file): no edge has a numeric '\(field)' field to use as --weight")
        }
    }
}
