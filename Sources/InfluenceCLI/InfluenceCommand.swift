import ArgumentParser

/// The root command: `influence <subcommand>`.
public struct InfluenceCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "influence",
        abstract: "Influence networks: validate, summarise, convert, rank, draw and compare them over time.",
        discussion: """
        Examples:
          influence validate graphs/iraq-2025.yaml
          influence stats graphs/iraq-2025.yaml --at 2025-12-12
          influence convert graphs/iraq-2025.yaml -o iraq.json
          influence centrality graphs/iraq-2025.yaml --measure pagerank --measure betweenness --top 10
          influence render graphs/iraq-2025.yaml -o out/iraq-2025.svg
          influence diff graphs/iraq-2025.yaml --from 2025-11-17 --to 2025-11-19

        Exit codes: 0 success; 1 invalid input or I/O failure (messages name file:line:column); 3 rendering failed; 64 usage error.
        """,
        version: "0.1.0",
        subcommands: [Validate.self, Stats.self, Convert.self, Centrality.self, Render.self, Diff.self, Timeline.self]
    )

    public init() {}
}
