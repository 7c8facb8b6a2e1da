/// One import for a program that embeds influence: the model, every reader and writer,
/// the centrality measures, diffs, diagrams and reports.
///
///     import InfluenceKit
///
///     let network = try NetworkReader.read(path: "graphs/iraq-2025.yaml")
///     var options = DiagramOptions()
///     options.scores = try Measure.pagerank.scores(on: Graph(network: network, view: .ranking()))
///     let svg = try Diagram.render(network, format: .svg, options: options).bytes
@_exported import InfluenceCentrality
@_exported import InfluenceDiff
@_exported import InfluenceGraph
@_exported import InfluenceGraphviz
@_exported import InfluenceIO
@_exported import InfluenceRender
@_exported import InfluenceReports
@_exported import InfluenceSerialization
