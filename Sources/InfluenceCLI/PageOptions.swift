import ArgumentParser
import InfluenceGraph
import InfluenceGraphviz
import InfluenceRender

/// `render --page`, `--dpi` and `--max-nodes`: the page a drawing is fitted to, the PNG
/// resolution, and the cap on the number of nodes drawn.
struct PageOptions: ParsableArguments {
    @Option(help: "Fit the drawing to a page: a4, letter, a4-landscape, letter-landscape, or WxH in inches (e.g. 10x6.5).")
    var page: String?

    @Option(help: "Dots per inch of PNG output (default 96).")
    var dpi: Double?

    @Option(help: "Draw only the N nodes highest by the --size-by measure (and the edges between them).")
    var maxNodes: Int?

    func validate() throws {
        if let page, PageLayout(page: page) == nil {
            throw ValidationError("Unknown --page '\(page)' (values: a4, letter, a4-landscape, letter-landscape, or WxH in inches, each side at most 200, e.g. 10x6.5).")
        }
        if let dpi, !(dpi >= 10 && dpi <= 1200) { throw ValidationError("--dpi must be between 10 and 1200, not \(dpi).") }
        if let maxNodes, maxNodes < 1 { throw ValidationError("--max-nodes must be at least 1, not \(maxNodes).") }
    }

    /// The page and resolution for a render to `format` (`--dpi` warns and is dropped for
    /// vector formats, which it does not change).
    func layout(for format: RenderFormat) -> PageLayout {
        var layout = page.flatMap { PageLayout(page: $0) } ?? PageLayout()
        if let dpi {
            if format == .png { layout.dpi = dpi } else { Console.warning("--dpi changes PNG output only; ignored for \(format.rawValue)") }
        }
        return layout
    }

    /// `network` cut to its `--max-nodes` highest-scoring nodes (ties: network order), saying so on
    /// standard error; refuses when there are no scores to choose by (`--size-by none`).
    func limit(_ network: Network, scores: NodeScores?, measure: String) throws -> Network {
        guard let maxNodes, network.nodes.count > maxNodes else { return network }
        guard let scores else {
            throw ValidationError("--max-nodes keeps the nodes highest by the --size-by measure; it cannot be used with --size-by none.")
        }
        let ranked = network.nodes.indices.sorted { a, b in
            let sa = scores[network.nodes[a].id] ?? -.infinity, sb = scores[network.nodes[b].id] ?? -.infinity
            return sa != sb ? sa > sb : a < b
        }
        let kept = Set(ranked.prefix(maxNodes).map { network.nodes[$0].id })
        Console.warning("showing the \(maxNodes) of \(network.nodes.count) nodes highest by \(measure) (--max-nodes \(maxNodes))")
        return network.induced(by: kept)
    }
}
