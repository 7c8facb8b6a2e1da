// A diagram: read a network, size its nodes by PageRank, draw it through Graphviz in this process.
// Usage: swift run render-diagram [NETWORK] [OUT.svg|.png|.pdf]   (defaults: the Iraq network, iraq.svg)
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import InfluenceKit

let arguments = CommandLine.arguments.dropFirst()
let input = arguments.first ?? "graphs/iraq-2025.yaml"
let output = arguments.dropFirst().first ?? "iraq.svg"
do {
    let network = try NetworkReader.read(path: input)
    var options = DiagramOptions()
    options.scores = try Measure.pagerank.scores(on: Graph(network: network, view: .ranking()))
    let warnings = try Diagram.render(network, toPath: output, options: options)
    for warning in warnings { print("graphviz: \(warning)") }
    print("\(output): \(network.nodes.count) nodes, \(network.edges.count) edges, sized by \(options.scoreName)")
} catch {
    print("error: \(error)")
    exit(1)
}
