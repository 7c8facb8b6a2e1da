import Foundation
import InfluenceGraph
import InfluenceGraphviz
import InfluenceRender
import Testing

/// A Barabási–Albert-like graph (each new node links to 2 earlier ones picked in proportion to
/// degree, by a fixed linear congruential generator): sparse, scale-free, with hubs — the case
/// that collapsed with `overlap=true`.
func preferentialNetwork(nodes n: Int) -> Network {
    var state: UInt64 = 12345
    func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
    var ends: [Int] = [0, 1]
    var edges: [Edge] = [Edge(from: "0", to: "1", relation: "tie")]
    for v in 2 ..< n {
        var targets: Set<Int> = []
        while targets.count < min(2, v) { targets.insert(ends[next(ends.count)]) }
        for t in targets.sorted() {
            edges.append(Edge(from: String(v), to: String(t), relation: "tie"))
            ends += [v, t]
        }
    }
    return Network(title: nil, directed: false, nodes: (0 ..< n).map { Node(id: String($0)) }, edges: edges)
}

/// Nodes whose boxes intersect another node's box by more than half a point both ways.
func overlappingNodes(_ layout: GraphLayout) -> Int {
    let nodes = layout.nodes.filter { $0.key != "legend" }.map(\.value)
    let cell = max(nodes.map(\.width).max() ?? 1, nodes.map(\.height).max() ?? 1)
    var grid: [[Int]: [Int]] = [:]
    for (i, p) in nodes.enumerated() { grid[[Int((p.center.x / cell).rounded(.down)), Int((p.center.y / cell).rounded(.down))], default: []].append(i) }
    var hit = Set<Int>()
    for (i, p) in nodes.enumerated() {
        let gx = Int((p.center.x / cell).rounded(.down)), gy = Int((p.center.y / cell).rounded(.down))
        for dx in -1 ... 1 { for dy in -1 ... 1 { for j in grid[[gx + dx, gy + dy]] ?? [] where j > i {
            let q = nodes[j]
            if abs(p.center.x - q.center.x) < (p.width + q.width) / 2 - 0.5, abs(p.center.y - q.center.y) < (p.height + q.height) / 2 - 0.5 {
                hit.insert(i); hit.insert(j)
            }
        } } }
    }
    return hit.count
}

@Suite("Layout")
struct LayoutTests {
    @Test("--page names and WxH parse to inches; bad ones are refused")
    func pageNames() {
        #expect(PageLayout(page: "a4") == PageLayout(width: 8.27, height: 11.69))
        #expect(PageLayout(page: "Letter") == PageLayout(width: 8.5, height: 11))
        #expect(PageLayout(page: "a4-landscape") == PageLayout(width: 11.69, height: 8.27))
        #expect(PageLayout(page: "10x6.5") == PageLayout(width: 10, height: 6.5))
        for bad in ["a5", "10x", "x5", "0x5", "-3x4", "10x6x2", "300x10", "nanx4", ""] {
            #expect(PageLayout(page: bad) == nil, "\(bad)")
        }
    }

    @Test("a page and a resolution become Graphviz's size (page less padding, '!' to fill) and dpi")
    func pageAttributes() throws {
        let network = preferentialNetwork(nodes: 10)
        var options = DiagramOptions()
        options.page = PageLayout(width: 8.27, height: 11.69, dpi: 150)
        let graph = Diagram.build(network, options: options)
        #expect(graph.graphAttributes.contains(DOTAttribute("size", "7.67,11.09!")))
        #expect(graph.graphAttributes.contains(DOTAttribute("dpi", "150")))
        let plain = Diagram.build(network)
        #expect(!plain.graphAttributes.contains { $0.name == "size" || $0.name == "dpi" })
        // Graphviz honours them: the PNG of the page at 150 dpi is at most 8.27 × 11.69 in at 150 px/in,
        // and fills one side.
        let png = try Diagram.render(network, format: .png, options: options).bytes
        let width = png[16 ..< 20].reduce(0) { $0 << 8 | Int($1) }, height = png[20 ..< 24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width <= Int(8.27 * 150) + 1 && height <= Int(11.69 * 150) + 1)
        #expect(width >= Int(7.67 * 150) - 2 || height >= Int(11.09 * 150) - 2)
    }

    @Test("sfdp removes overlaps (prism) at every size; overlap=true is never set")
    func sfdpAttributes() {
        for n in [150, 2500, 8000] {
            let graph = Diagram.build(preferentialNetwork(nodes: n))
            #expect(graph.graphAttributes.contains(DOTAttribute("overlap", "prism20")))
            #expect(!graph.graphAttributes.contains(DOTAttribute("overlap", "true")))
        }
    }

    @Test("more nodes than a picture holds is refused, naming the ways to reduce it")
    func tooManyNodes() {
        #expect(throws: RenderError.tooManyNodes(nodes: 50_001, limit: 50_000)) {
            try Diagram.engine(nil, nodes: 50_001, edges: 100_000, force: true)
        }
        let message = RenderError.tooManyNodes(nodes: 50_001, limit: 50_000).description
        for way in ["50001 nodes", "--max-nodes", "--size-by", "--kinds", "--relations", "--at"] {
            #expect(message.contains(way), "\(way)")
        }
        #expect((try? Diagram.engine(nil, nodes: 50_000, edges: 100_000, force: false)) == .sfdp)
    }

    @Test("a 3,000-node scale-free graph lays out spread: < 5 % of nodes overlap, drawing grows with n")
    func spreadAt3000() throws {
        let small = preferentialNetwork(nodes: 300), large = preferentialNetwork(nodes: 3000)
        let a = try Graphviz.layout(Diagram.build(small, options: { var o = DiagramOptions(); o.legend = false; return o }()), engine: "sfdp")
        let b = try Graphviz.layout(Diagram.build(large, options: { var o = DiagramOptions(); o.legend = false; return o }()), engine: "sfdp")
        #expect(b.nodes.count == 3000)
        #expect(Double(overlappingNodes(b)) < 0.05 * 3000)
        #expect(Double(overlappingNodes(a)) < 0.05 * 300)
        let area = { (l: GraphLayout) in (l.boundingBox.maxX - l.boundingBox.minX) * (l.boundingBox.maxY - l.boundingBox.minY) }
        // Ten times the nodes: at least five times the area (each node keeps its own room).
        #expect(area(b) > 5 * area(a))
        // At least a tenth of a square inch (7.2 pt squared × 100 … ) per node: not piled up.
        #expect(area(b) / 3000 > 0.1 * 72 * 72)
    }
}
