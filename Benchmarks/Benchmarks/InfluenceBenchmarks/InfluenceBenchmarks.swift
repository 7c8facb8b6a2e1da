// influence's regression benchmarks: one per measure and one per loader, on a Barabási–Albert
// graph (n = 10,000, m = 5, about 50,000 edges) built in-process with a fixed seed, so that every
// run and every machine times the same graph. Peers are compared elsewhere (scripts/bench-peers);
// these track our own changes: wall clock, CPU time, instructions (where the kernel lets perf
// count them), allocations (the MallocInterposer trait) and peak resident memory.
//
//     cd Benchmarks && swift package benchmark --filter 'measure/pagerank'

import Benchmark
import InfluenceCentrality
import InfluenceGraph
import InfluenceIO

// MARK: - The graph, made once

/// SplitMix64 (Steele, Lea & Flood 2014): a small, fast, seedable generator.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Barabási–Albert by Batagelj & Brandes' linear-time preferential attachment (2005), each new
/// node joined to `m` distinct earlier nodes chosen proportionally to degree (the first `m + 1`
/// nodes start as a star, as in NetworkX). Edges are (new node, earlier node); ids are "0" … "n-1".
func barabasiAlbert(n: Int, m: Int, seed: UInt64) -> EdgeList {
    var rng = SplitMix64(state: seed)
    var ends: [Int32] = []  // every edge's two ends: picking uniformly from it is picking by degree
    ends.reserveCapacity(2 * n * m)
    var list = EdgeList(ids: (0 ..< n).map(String.init))
    list.sources.reserveCapacity(n * m)
    list.targets.reserveCapacity(n * m)
    for v in 1 ... m {  // star on 0 … m
        list.sources.append(Int32(v)); list.targets.append(0)
        ends.append(Int32(v)); ends.append(0)
    }
    var chosen = Set<Int32>()
    for v in (m + 1) ..< n {
        chosen.removeAll(keepingCapacity: true)
        while chosen.count < m { chosen.insert(ends[Int(rng.next() % UInt64(ends.count))]) }
        for u in chosen.sorted() {
            list.sources.append(Int32(v)); list.targets.append(u)
            ends.append(Int32(v)); ends.append(u)
        }
    }
    return list
}

/// Uniform weights in (0, 1], for the weighted variants.
func withWeights(_ list: EdgeList, seed: UInt64) -> EdgeList {
    var rng = SplitMix64(state: seed)
    var copy = list
    copy.weights = list.sources.indices.map { _ in 1 - Double(rng.next() >> 11) * 0x1p-53 }
    return copy
}

let ba10k = barabasiAlbert(n: 10_000, m: 5, seed: 42)
let ba10kWeighted = withWeights(ba10k, seed: 43)
// Building a valid graph from valid arrays cannot fail.
let graph = try! ba10k.graph(directed: false)
let weightedGraph = try! ba10kWeighted.graph(directed: false)
let network = ba10k.network(directed: false, title: "ba10k")
let edgeListBytes = try! EdgeListFormat.write(network).bytes
let yamlBytes = try! NetworkWriter.encode(network, format: .yaml).bytes
let jsonBytes = try! NetworkWriter.encode(network, format: .json).bytes

// MARK: - Benchmarks

let benchmarks: @Sendable () -> Void = {
    let metrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .instructions, .mallocCountTotal, .peakMemoryResident]
    Benchmark.defaultConfiguration = .init(metrics: metrics, warmupIterations: 1,
                                           maxDuration: .seconds(2), maxIterations: 1_000)
    /// All-pairs measures take seconds each on 10k nodes: a few iterations are enough.
    let slow = Benchmark.Configuration(metrics: metrics, warmupIterations: 0,
                                       maxDuration: .seconds(30), maxIterations: 3)

    // Loaders, from bytes in memory (no disk in the figure).
    Benchmark("load/edgelist-parse") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try EdgeListFormat.read(edgeListBytes, path: "ba10k.edgelist"))
        }
    }
    Benchmark("load/edgelist-to-graph (CLI path: parse, Network, Graph)") { benchmark in
        for _ in benchmark.scaledIterations {
            let net = try NetworkReader.read(edgeListBytes, path: "ba10k.edgelist", format: .edgelist,
                                             options: ReadOptions(undirected: true))
            blackHole(try Graph(network: net, view: .ranking()))
        }
    }
    Benchmark("load/native-yaml") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try NetworkReader.read(yamlBytes, path: "ba10k.yaml", format: .yaml))
        }
    }
    Benchmark("load/native-json") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try NetworkReader.read(jsonBytes, path: "ba10k.json", format: .json))
        }
    }
    Benchmark("load/graph-build (GraphBuilder from arrays)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try ba10k.graph(directed: false))
        }
    }
    Benchmark("load/graph-from-network (ranking view)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Graph(network: network, view: .ranking()))
        }
    }

    // Every node measure with NetworkX's defaults, unweighted.
    let allPairs: Set<Measure> = [.betweenness, .closeness, .harmonic, .load]
    for measure in Measure.allCases where !measure.directedOnly {
        var options = MeasureOptions()
        if measure == .katz { options.alpha = 0.01 }  // 0.1 diverges on this graph (spectral radius ≈ 30)
        let o = options
        Benchmark("measure/\(measure.rawValue)", configuration: allPairs.contains(measure) ? slow : Benchmark.defaultConfiguration) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try measure.compute(on: graph, options: o))
            }
        }
    }
    Benchmark("measure/pagerank tol 1e-10") { benchmark in
        var o = MeasureOptions()
        o.tolerance = 1e-10
        o.maxIterations = 1_000
        for _ in benchmark.scaledIterations {
            blackHole(try Measure.pagerank.compute(on: graph, options: o))
        }
    }
    Benchmark("measure/betweenness sampled k=500") { benchmark in
        var o = MeasureOptions()
        o.samples = 500
        o.seed = 1
        for _ in benchmark.scaledIterations {
            blackHole(try Measure.betweenness.compute(on: graph, options: o))
        }
    }
    // Weighted (Dijkstra) shortest-path measures and weighted PageRank.
    for measure in [Measure.betweenness, .closeness, .harmonic, .pagerank] {
        var o = MeasureOptions()
        o.weighted = true
        let options = o
        Benchmark("measure/\(measure.rawValue) weighted",
                  configuration: measure == .pagerank ? Benchmark.defaultConfiguration : slow) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try measure.compute(on: weightedGraph, options: options))
            }
        }
    }
}
