import InfluenceGraph
import InfluenceTestSupport

/// A random multigraph edge list with self-loops and parallel edges.
func randomEdges(nodes: Int, edges: Int, seed: UInt64) -> [(Int, Int, Double)] {
    var rng = SplitMix64(seed: seed)
    return (0 ..< edges).map { _ in
        (Int.random(in: 0 ..< nodes, using: &rng), Int.random(in: 0 ..< nodes, using: &rng),
         Double(Int.random(in: 1 ... 8, using: &rng)) / 4)
    }
}
