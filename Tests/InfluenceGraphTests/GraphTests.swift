import InfluenceGraph
import Testing

@Suite("Graph (CSR) and GraphBuilder")
struct GraphTests {
    func build(_ edges: [(Int, Int, Double)], nodes: Int, directed: Bool, weighted: Bool = true) throws -> Graph {
        var b = GraphBuilder(directed: directed)
        for i in 0 ..< nodes { b.addNode("n\(i)") }
        for (u, v, w) in edges { b.addEdge(Int32(u), Int32(v), weight: weighted ? w : nil) }
        return try b.build()
    }

    @Test("directed CSR matches a dictionary oracle, parallel edges summed", arguments: 0 ..< 20)
    func directedOracle(seed: Int) throws {
        let n = 1 + seed * 3
        let edges = randomEdges(nodes: n, edges: seed * 7, seed: UInt64(seed))
        let g = try build(edges, nodes: n, directed: true)
        #expect(g.checkInvariants())
        var oracle: [Int: [Int: Double]] = [:]
        for (u, v, w) in edges { oracle[u, default: [:]][v, default: 0] += w }
        #expect(g.edgeCount == oracle.values.map(\.count).reduce(0, +))
        #expect(g.selfLoopCount == oracle.filter { $0.value[$0.key] != nil }.count)
        for u in 0 ..< n {
            let expected = (oracle[u] ?? [:]).keys.sorted()
            #expect(g.successors(of: u).map(Int.init) == expected, "seed \(seed) node \(u)")
            for v in expected { #expect(g.weight(from: u, to: v) == oracle[u]![v]!) }
            let preds = (0 ..< n).filter { oracle[$0]?[u] != nil }
            #expect(g.predecessors(of: u).map(Int.init) == preds, "seed \(seed) node \(u)")
        }
        // In-weights are in lock step with in-targets.
        for v in 0 ..< n {
            for (k, u) in g.predecessors(of: v).enumerated() {
                #expect(g.inWeights![g.inOffsets[v] + k] == oracle[Int(u)]![v]!)
            }
        }
    }

    @Test("undirected CSR is symmetric, self-loops once", arguments: 0 ..< 12)
    func undirectedOracle(seed: Int) throws {
        let n = 2 + seed * 2
        let edges = randomEdges(nodes: n, edges: seed * 5, seed: UInt64(100 + seed))
        let g = try build(edges, nodes: n, directed: false)
        #expect(g.checkInvariants())
        var oracle: [Set<Int>: Double] = [:]
        for (u, v, w) in edges { oracle[[u, v], default: 0] += w }
        #expect(g.edgeCount == oracle.count)
        for u in 0 ..< n {
            let expected = oracle.keys.filter { $0.contains(u) }.map { $0.count == 1 ? u : $0.first { $0 != u }! }.sorted()
            #expect(g.successors(of: u).map(Int.init) == expected)
            #expect(g.predecessors(of: u).map(Int.init) == expected)
            for v in expected { #expect(g.weight(from: u, to: v) == oracle[[u, v]]) }
        }
    }

    @Test("unweighted graphs carry no weights unless edges merge")
    func weights() throws {
        let simple = try build([(0, 1, 1), (1, 2, 1)], nodes: 3, directed: true, weighted: false)
        #expect(!simple.isWeighted)
        #expect(simple.weight(from: 0, to: 1) == 1)
        #expect(simple.weight(from: 1, to: 0) == nil)
        let parallel = try build([(0, 1, 1), (0, 1, 1)], nodes: 2, directed: true, weighted: false)
        #expect(parallel.isWeighted)
        #expect(parallel.weight(from: 0, to: 1) == 2)
        #expect(parallel.edgeCount == 1)
    }

    @Test("ids map both ways; builder interns repeated ids")
    func ids() throws {
        var b = GraphBuilder(directed: true)
        b.addEdge("iran", "kh")
        b.addEdge("iran", "badr")
        b.addEdge("kh", "iran")
        let g = try b.build()
        #expect(g.ids == ["iran", "kh", "badr"])
        #expect(g.index(of: "badr") == 2)
        #expect(g.index(of: "nobody") == nil)
        #expect(g.successors(of: 0).map { g.ids[Int($0)] } == ["kh", "badr"])
    }

    @Test("empty graph and single node")
    func tiny() throws {
        let empty = try GraphBuilder(directed: true).build()
        #expect(empty.nodeCount == 0 && empty.edgeCount == 0 && empty.density == 0)
        #expect(empty.weakComponents().count == 0)
        var b = GraphBuilder(directed: false)
        b.addNode("solo")
        let one = try b.build()
        #expect(one.nodeCount == 1 && one.weakComponents().count == 1 && one.strongComponents().count == 1)
    }

    /// Reachability by repeated relaxation: the obvious oracle for components.
    func reach(_ g: Graph) -> [[Bool]] {
        let n = g.nodeCount
        var r = (0 ..< n).map { v in (0 ..< n).map { $0 == v } }
        for s in 0 ..< n {
            var stack = [s]
            while let v = stack.popLast() {
                for w in g.successors(of: v) where !r[s][Int(w)] { r[s][Int(w)] = true; stack.append(Int(w)) }
            }
        }
        return r
    }

    @Test("strong and weak components match a reachability oracle", arguments: 0 ..< 25)
    func components(seed: Int) throws {
        let n = 1 + seed
        let g = try build(randomEdges(nodes: n, edges: seed + seed / 2, seed: UInt64(7 + seed)), nodes: n, directed: true)
        let r = reach(g)
        let strong = g.strongComponents()
        for u in 0 ..< n {
            for v in 0 ..< n {
                #expect((strong.component[u] == strong.component[v]) == (r[u][v] && r[v][u]), "seed \(seed)")
            }
        }
        #expect(Set(strong.component).count == strong.count)
        var ub = GraphBuilder(directed: false)
        for i in 0 ..< n { ub.addNode("n\(i)") }
        for u in 0 ..< n { for v in g.successors(of: u) { ub.addEdge(Int32(u), v) } }
        let ru = reach(try ub.build())
        let weak = g.weakComponents()
        for u in 0 ..< n {
            for v in 0 ..< n { #expect((weak.component[u] == weak.component[v]) == ru[u][v]) }
        }
        // Numbered in order of smallest node.
        var seen = -1
        for c in weak.component where Int(c) > seen { #expect(Int(c) == seen + 1); seen = Int(c) }
    }

    @Test("a long path does not overflow the stack")
    func deepPath() throws {
        let n = 200_000
        var b = GraphBuilder(directed: true)
        b.reserveCapacity(nodes: n, edges: n)
        for i in 0 ..< n { b.addNode(String(i)) }
        for i in 0 ..< n - 1 { b.addEdge(Int32(i), Int32(i + 1)) }
        let g = try b.build()
        #expect(g.strongComponents().count == n)
        #expect(g.weakComponents().count == 1)
    }

    @Test("density is NetworkX's")
    func density() throws {
        // networkx.density(nx.DiGraph([(0,1),(1,2),(2,0),(0,0)])) == 4/6
        let d = try build([(0, 1, 1), (1, 2, 1), (2, 0, 1), (0, 0, 1)], nodes: 3, directed: true, weighted: false)
        #expect(d.density == 4.0 / 6.0)
        // networkx.density(nx.Graph([(0,1),(1,2)])) + one isolate == 2*2/(4*3)
        let u = try build([(0, 1, 1), (1, 2, 1)], nodes: 4, directed: false, weighted: false)
        #expect(u.density == 4.0 / 12.0)
    }
}
