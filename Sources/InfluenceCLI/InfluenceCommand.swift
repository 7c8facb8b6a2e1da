import ArgumentParser

/// The root command: `influence <subcommand>`.
public struct InfluenceCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "influence",
        abstract: "Influence networks: validate, summarise, convert and rank them (diagrams and diffs to come).",
        discussion: """
        Examples:
          influence validate graphs/iraq-2025.yaml
          influence stats graphs/iraq-2025.yaml --at 2025-12-12
          influence convert graphs/iraq-2025.yaml -o iraq.json
          influence centrality graphs/iraq-2025.yaml --measure pagerank --measure betweenness --top 10

        Exit codes: 0 success; 1 invalid input or I/O failure (messages name file:line:column); 64 usage error.
        """,
        version: "0.1.0",
        subcommands: [Validate.self, Stats.self, Convert.self, Centrality.self, Render.self]
    )

    public init() {}
}
