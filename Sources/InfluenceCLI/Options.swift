import ArgumentParser
import Foundation
import InfluenceGraph
import InfluenceIO

extension NetworkFormat: ExpressibleByArgument {}

/// How to read an input network.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: "The input format, overriding the file extension (\(NetworkFormat.allCases.map(\.rawValue).joined(separator: ", "))).")
    var inputFormat: NetworkFormat?

    @Flag(name: .long, help: "Treat the network as undirected (edge lists are read as directed otherwise).")
    var undirected = false

    @Option(name: .customLong("nodes"), help: "A Gephi node table (Id,Label,…) to read with a CSV edge table.")
    var nodesFile: String?

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

    /// Reads a network, printing its diagnostics to stderr and exiting 1 when it is invalid.
    func load(_ path: String) throws -> Network {
        try loadWithWarnings(path).network
    }

    /// Reads an edge list as it is (the fast path to a ``Graph``: no ``Network``); errors as in ``load(_:)``.
    func loadEdgeList(_ path: String) throws -> EdgeList {
        do {
            return try EdgeListFormat.read(NetworkReader.bytes(atPath: path), path: path)
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
    }

    /// Reads a network and its warnings; errors as in ``load(_:)``.
    func loadWithWarnings(_ path: String) throws -> (network: Network, warnings: [Diagnostic]) {
        _ = try format(for: path)
        if nodesFile != nil && (inputFormat ?? NetworkFormat(path: path)) != .csv {
            throw ValidationError("--nodes adds a Gephi node table to a CSV edge table; '\(path)' is not one.")
        }
        do {
            return try NetworkReader.readWithWarnings(path: path, format: inputFormat,
                                                      options: ReadOptions(undirected: undirected, nodesPath: nodesFile))
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
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
    do {
        try NetworkWriter.write(bytes, toPath: output ?? "-")
    } catch {
        Console.error(error.description)
        throw ExitCode.failure
    }
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
