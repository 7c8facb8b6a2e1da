import ArgumentParser
import InfluenceGraph
import InfluenceIO

extension InfluenceCommand {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Summarise a network: nodes, edges, kinds, relations, components, density, dates.",
            discussion: """
            Examples:
              influence stats graphs/iraq-2025.yaml
              influence stats graphs/iraq-2025.yaml --at 2025-11-01 --format json

            --at keeps the nodes and edges valid on that date (a partial date means its first day). Density is NetworkX's, on the merged simple graph; components count every edge as written.
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Argument(help: "A network file ('-' reads standard input, with --input-format).")
        var file: String

        @Option(help: "Summarise the snapshot at this date (YYYY, YYYY-MM or YYYY-MM-DD).")
        var at: DateArgument?

        @Option(help: "Output format.")
        var format: Format = .text

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
        var output: String?

        @OptionGroup var input: InputOptions

        func run() throws {
            var network = try input.load(file)
            if let at { network = network.snapshot(at: at.date) }
            let stats: NetworkStats
            do { stats = try NetworkStats(network) } catch {
                Console.error("\(file): \(error)")
                throw ExitCode.failure
            }
            let text = format == .json ? StatsReport.json(stats, at: at?.date) : StatsReport.text(stats, at: at?.date)
            try emit(Array(text.utf8), to: output)
        }
    }
}

/// Renders ``NetworkStats`` for people (text) and programs (JSON, DESIGN.md's contract).
enum StatsReport {
    static func json(_ s: NetworkStats, at: InfluenceDate?) -> String {
        func counts(_ d: [String: Int]) -> String {
            "{" + d.sorted { $0.key < $1.key }.map { "\(jsonString($0.key)): \($0.value)" }.joined(separator: ", ") + "}"
        }
        var fields: [(String, String)] = [
            ("nodes", String(s.nodeCount)),
            ("edges", String(s.edgeCount)),
            ("directed", String(s.directed)),
            ("kinds", counts(s.kinds)),
            ("relations", counts(s.relations)),
            ("weak_components", String(s.weakComponents)),
            ("strong_components", s.strongComponents.map(String.init) ?? "null"),
            ("density", jsonNumber(s.density)),
            ("dates", s.dateRange.map { "[\(jsonString($0.lowerBound.description)), \(jsonString($0.upperBound.description))]" } ?? "null"),
            ("self_loops", String(s.selfLoops)),
            ("isolates", String(s.isolates)),
        ]
        if let title = s.title { fields.insert(("title", jsonString(title)), at: 0) }
        if let at { fields.append(("at", jsonString(at.description))) }
        return "{\n" + fields.map { "  \(jsonString($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n}\n"
    }

    static func text(_ s: NetworkStats, at: InfluenceDate?) -> String {
        var lines: [String] = []
        if let title = s.title { lines.append(title) }
        if let at { lines.append("snapshot at \(at)") }
        func row(_ name: String, _ value: String) { lines.append(name.padding(toLength: 12) + value) }
        row("nodes", String(s.nodeCount))
        row("edges", "\(s.edgeCount) (\(s.directed ? "directed" : "undirected"))")
        row("density", jsonNumber(s.density))
        if let strong = s.strongComponents {
            row("components", "\(s.weakComponents) weak, \(strong) strong")
        } else {
            row("components", "\(s.weakComponents)")
        }
        row("isolates", String(s.isolates))
        if s.selfLoops > 0 { row("self-loops", String(s.selfLoops)) }
        row("dates", s.dateRange.map { "\($0.lowerBound) … \($0.upperBound)" } ?? "none")
        func table(_ title: String, _ counts: [String: Int]) {
            guard !counts.isEmpty else { return }
            lines.append(title)
            let width = (counts.keys.map(\.count).max() ?? 0) + 2
            for (k, v) in counts.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
                lines.append("  " + k.padding(toLength: width) + String(v))
            }
        }
        table("kinds", s.kinds)
        table("relations", s.relations)
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self + " " : self + String(repeating: " ", count: length - count)
    }
}

func jsonString(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if scalar.value < 0x20 {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}

/// Shortest round-trip form; integral values without `.0`.
func jsonNumber(_ x: Double) -> String { formatNumber(x) }
