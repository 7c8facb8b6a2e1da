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

    /// The network read from `file` with `--min-confidence` and `--kinds` applied; a `--kinds`
    /// name the network does not have is a usage error (exit 64) with the closest one (``checkNames(_:option:what:plural:among:file:)``).
    func apply(_ network: Network, file: String) throws -> Network {
        try checkKinds(among: network.kindNames, file: file)
        return filtered(network)
    }

    /// Refuses a `--kinds` name not among `known` (exit 64, with the closest).
    func checkKinds(among known: [String], file: String) throws {
        if let kinds { try checkNames(commaList(kinds), option: "--kinds", what: "kind", plural: "kinds", among: known, file: file) }
    }

    /// The network with `--min-confidence` and `--kinds` applied, names unchecked.
    func filtered(_ network: Network) -> Network {
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

    /// The network read from `file` at `--at`, with `--min-confidence` and `--kinds` applied
    /// (names are checked against the whole file, whatever the date); a warning when they leave
    /// no node of a network that has some.
    func apply(_ network: Network, file: String) throws -> Network {
        try filters.checkKinds(among: network.kindNames, file: file)
        let result = filters.filtered(at.map { network.snapshot(at: $0.date) } ?? network)
        if result.nodes.isEmpty && !network.nodes.isEmpty {
            let given = [at.map { "--at \($0.date)" }, filters.minConfidence.map { "--min-confidence \($0.rawValue)" },
                         filters.kinds.map { "--kinds \($0)" }].compactMap { $0 }
            Console.warning("\(file): no node is left after \(given.joined(separator: " "))")
        }
        return result
    }
}

// MARK: Names given on the command line

extension Network {
    /// Node kinds: those of the nodes, then those only the `kinds:` table declares, in order.
    var kindNames: [String] {
        var seen = Set<String>(), names: [String] = []
        for kind in nodes.compactMap(\.kind) + Array(kinds.keys) where seen.insert(kind).inserted { names.append(kind) }
        return names
    }

    /// Relations: those of the edges, then those only the `relations:` table declares, in order.
    var relationNames: [String] {
        var seen = Set<String>(), names: [String] = []
        for relation in edges.map(\.relation) + Array(relations.keys) where !relation.isEmpty && seen.insert(relation).inserted {
            names.append(relation)
        }
        return names
    }

    /// The names of node attributes, in order of first use.
    var nodeAttributeNames: [String] {
        var seen = Set<String>(), names: [String] = []
        for node in nodes { for name in node.attributes.keys where seen.insert(name).inserted { names.append(name) } }
        return names
    }
}

/// The one check of names given to an option against the names a network has: the first unknown
/// one is a usage error (exit 64) with the closest known name by edit distance and the known ones,
/// `--kinds: unknown kind 'milita' (did you mean 'militia'? kinds in FILE: state, militia, party)`.
func checkNames(_ names: [String], option: String, what: String, plural: String, among known: [String], file: String) throws {
    var set = Set<String>()
    let known = known.filter { set.insert($0).inserted }
    if let name = names.first(where: { !set.contains($0) }) {
        throw ValidationError(unknownName(name, option: option, what: what, plural: plural, among: known, file: file))
    }
}

/// The message of ``checkNames(_:option:what:plural:among:file:)``: up to 30 known names are listed,
/// more are counted.
func unknownName(_ name: String, option: String, what: String, plural: String, among known: [String], file: String) -> String {
    var note = ""
    if let s = suggestion(for: name, among: known) { note = "did you mean '\(Network.printable(s))'? " }
    if known.isEmpty {
        note += "\(file) has no \(plural)"
    } else if known.count <= 30 {
        note += "\(plural) in \(file): \(known.map(Network.printable).joined(separator: ", "))"
    } else {
        note += "\(known.count) \(plural) in \(file), the first: \(known.prefix(10).map(Network.printable).joined(separator: ", "))"
    }
    return "\(option): unknown \(what) '\(Network.printable(name))' (\(note))"
}

/// `render`'s own name options, checked against the network read from `file`: `--relations`
/// (its relations) and `--cluster-by` (`kind`, a node attribute or a relation).
func checkRenderNames(relations: String?, clusterBy: String?, in network: Network, file: String) throws {
    if let relations {
        try checkNames(commaList(relations), option: "--relations", what: "relation", plural: "relations", among: network.relationNames, file: file)
    }
    if let clusterBy {
        try checkNames([clusterBy], option: "--cluster-by", what: "grouping", plural: "groupings ('kind', node attributes, relations)",
                       among: ["kind"] + network.nodeAttributeNames + network.relationNames, file: file)
    }
}

/// `--color-by ATTR` (and any option naming a node attribute), checked against the node attributes
/// of the network read from `file`; `extra` are other accepted words (such as `kind`).
func checkNodeAttribute(_ name: String, option: String, extra: [String] = [], in network: Network, file: String) throws {
    try checkNames([name], option: option, what: "attribute", plural: "node attributes", among: extra + network.nodeAttributeNames, file: file)
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
        switch self {
        case .measure: return
        case .none where allowsNone: return
        case .none, .unknown:
            try Self.refuse(name, what, values: (allowsNone ? ["none"] : []) + Measure.allCases.map(\.rawValue))
        }
    }

    /// The one refusal of a measure name: `Unknown WHAT 'x' (values: …). Did you mean 'y'?` (exit 64).
    static func refuse(_ word: String, _ what: String, values: [String]) throws -> Never {
        var message = "Unknown \(what) '\(word)' (values: \(values.joined(separator: ", ")))."
        if let s = suggestion(for: word, among: values.filter { $0 != "none" }) { message += " Did you mean '\(s)'?" }
        throw ValidationError(message)
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

    /// Refuses a `--relations` name the network read from `file` does not have (exit 64, with the closest).
    func checkRelations(in network: Network, file: String) throws {
        guard let relations else { return }
        try checkNames(commaList(relations), option: "--relations", what: "relation", plural: "relations", among: network.relationNames, file: file)
    }

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
