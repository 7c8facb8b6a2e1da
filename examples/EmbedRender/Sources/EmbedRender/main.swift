// Usage: EmbedRender NETWORK_FILE OUT.svg [RENDERS]
//
// Reads a network file, computes PageRank on its ranking view, builds the styled diagram sized
// by those scores and renders it RENDERS times (default 1) through Graphviz in this process,
// writing the last rendering to OUT. Every render after the first must give the same bytes.
// (scripts/leak-check runs it under valgrind.)
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import InfluenceKit

let arguments = CommandLine.arguments
guard arguments.count >= 3, arguments.count <= 4 else {
    print("usage: EmbedRender NETWORK_FILE OUT.svg [RENDERS]")
    exit(64)
}
let renders = arguments.count == 4 ? Int(arguments[3]) ?? 1 : 1
do {
    let network = try NetworkReader.read(path: arguments[1])
    var options = DiagramOptions()
    options.scores = try Measure.pagerank.scores(on: Graph(network: network, view: .ranking()))
    var first: [UInt8] = []
    var last: [UInt8] = []
    for i in 0 ..< max(1, renders) {
        last = try Diagram.render(network, format: .svg, options: options).bytes
        if i == 0 { first = last } else if last != first { print("render \(i + 1) differs from the first"); exit(1) }
    }
    try NetworkWriter.write(last, toPath: arguments[2])
    let engine = Diagram.defaultEngine(nodes: network.nodes.count, edges: network.edges.count)
    print("\(renders) render(s) with \(engine): \(last.count) bytes of SVG")
} catch {
    print("error: \(error)")
    exit(1)
}
