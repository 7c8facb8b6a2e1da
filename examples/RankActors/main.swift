// A ranking: the top actors of a network by PageRank and betweenness, as `influence centrality` prints them.
// Usage: swift run rank-actors [NETWORK] [TOP]   (defaults: the Iraq network, 10)
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import InfluenceKit

let arguments = CommandLine.arguments.dropFirst()
let input = arguments.first ?? "graphs/iraq-2025.yaml"
let top = arguments.dropFirst().first.flatMap { Int($0) } ?? 10
do {
    let network = try NetworkReader.read(path: input)
    let graph = try Graph(network: network, view: .ranking())
    let pagerank = try Measure.pagerank.scores(on: graph)
    let betweenness = try Measure.betweenness.scores(on: graph)
    let labels = Dictionary(network.nodes.map { ($0.id, $0.displayName) }, uniquingKeysWith: { a, _ in a })
    print(RankingReport(ids: graph.ids, columns: [pagerank, betweenness], labels: labels).table(top: top), terminator: "")
    if let leader = pagerank.top(1).first { print("highest PageRank: \(pagerank.ids[leader]) (\(pagerank.values[leader]))") }
} catch {
    print("error: \(error)")
    exit(1)
}
