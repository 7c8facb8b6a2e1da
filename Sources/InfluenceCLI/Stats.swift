import ArgumentParser
import InfluenceGraph
import InfluenceIO
import InfluenceReports

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

        @OptionGroup var output: OutputOptions

        @OptionGroup var input: InputOptions

        func run() throws {
            try reporting(file) {
                var network = try input.load(file)
                if let at { network = network.snapshot(at: at.date) }
                let stats = try NetworkStats(network)
                try output.emit(format == .json ? StatsReport.json(stats, at: at?.date) : StatsReport.text(stats, at: at?.date))
            }
        }
    }
}
