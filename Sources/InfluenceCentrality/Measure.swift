import InfluenceGraph

/// Every node measure by its command-line name, so the CLI, the renderer's `--size-by` and the
/// diff's `--measure` can ask for any of them with one set of options.
///
///     let scores = try Measure(rawValue: "pagerank")!.compute(on: graph)
public enum Measure: String, Sendable, Hashable, CaseIterable {
    /// Share of the other nodes tied to (NetworkX `degree_centrality`).
    case degree
    /// Share of the other nodes with an arc in; directed only (NetworkX `in_degree_centrality`).
    case inDegree = "in-degree"
    /// Share of the other nodes with an arc out; directed only (NetworkX `out_degree_centrality`).
    case outDegree = "out-degree"
    /// Sum of tie weights (NetworkX `G.degree(weight="weight")`).
    case strength
    /// Sum of incoming tie weights; directed only (NetworkX `G.in_degree(weight="weight")`).
    case inStrength = "in-strength"
    /// Sum of outgoing tie weights; directed only (NetworkX `G.out_degree(weight="weight")`).
    case outStrength = "out-strength"
    /// Shortest-path betweenness (NetworkX `betweenness_centrality`).
    case betweenness
    /// Inverse mean distance, Wasserman–Faust scaled by default (NetworkX `closeness_centrality`).
    case closeness
    /// Sum of inverse distances (NetworkX `harmonic_centrality`).
    case harmonic
    /// Eigenvector centrality by power iteration (NetworkX `eigenvector_centrality`).
    case eigenvector
    /// Katz centrality (NetworkX `katz_centrality`).
    case katz
    /// PageRank (NetworkX `pagerank`).
    case pagerank
    /// HITS hub scores (the first result of NetworkX `hits`).
    case hubs
    /// HITS authority scores (the second result of NetworkX `hits`).
    case authorities
    /// k-core number; graphs with self-loops are refused (NetworkX `core_number`).
    case core
    /// Goh–Kahng–Kim load (NetworkX `load_centrality`).
    case load
    /// Local clustering coefficient (NetworkX `clustering`).
    case clustering
    /// Burt's constraint; low values mark brokers (NetworkX `constraint`).
    case constraint
    /// Burt's effective size, the non-redundant contacts (NetworkX `effective_size`).
    case effectiveSize = "effective-size"

    /// Whether NetworkX's function uses edge weights by default (`pagerank`, `hits` and strength
    /// read `weight` unless told otherwise; the others need `weight=` or `distance=`).
    public var weightedByDefault: Bool {
        switch self {
        case .pagerank, .hubs, .authorities, .strength, .inStrength, .outStrength: true
        default: false
        }
    }

    /// Whether weights are read as distances (shortest-path measures) rather than tie strengths.
    public var weightsAreDistances: Bool {
        switch self {
        case .betweenness, .closeness, .harmonic, .load: true
        default: false
        }
    }

    /// Whether the measure is defined only on directed graphs.
    public var directedOnly: Bool {
        switch self {
        case .inDegree, .outDegree, .inStrength, .outStrength: true
        default: false
        }
    }

    /// A one-line description for help and legends.
    public var summary: String {
        switch self {
        case .degree: "share of other nodes tied to (NetworkX degree_centrality)"
        case .inDegree: "share of other nodes with a tie in (in_degree_centrality)"
        case .outDegree: "share of other nodes with a tie out (out_degree_centrality)"
        case .strength: "sum of tie weights (G.degree(weight=…))"
        case .inStrength: "sum of incoming tie weights"
        case .outStrength: "sum of outgoing tie weights"
        case .betweenness: "share of shortest paths through the node (betweenness_centrality)"
        case .closeness: "inverse mean distance from the others (closeness_centrality, Wasserman–Faust)"
        case .harmonic: "sum of inverse distances from the others (harmonic_centrality)"
        case .eigenvector: "standing from well-placed neighbours (eigenvector_centrality)"
        case .katz: "standing from all walks, damped by alpha (katz_centrality)"
        case .pagerank: "random-surfer standing (pagerank)"
        case .hubs: "HITS hub score: points to good authorities (hits)"
        case .authorities: "HITS authority score: pointed to by good hubs (hits)"
        case .core: "k-core number (core_number)"
        case .load: "load centrality (load_centrality)"
        case .clustering: "local clustering coefficient (clustering)"
        case .constraint: "Burt's constraint; low = broker (constraint)"
        case .effectiveSize: "Burt's effective size: non-redundant contacts (effective_size)"
        }
    }
}

/// The options of every measure in one place, with NetworkX's defaults. Each measure reads the
/// fields it knows and ignores the rest.
public struct MeasureOptions: Sendable, Hashable {
    /// Use weights: `nil` means the measure's NetworkX default (``Measure/weightedByDefault``).
    public var weighted: Bool?
    /// Normalise (betweenness, load, Katz, HITS); NetworkX's `normalized`, default `true`.
    public var normalized: Bool = true
    /// Count endpoints in betweenness; NetworkX's `endpoints`.
    public var endpoints: Bool = false
    /// Wasserman–Faust scaling for closeness on disconnected graphs; NetworkX's `wf_improved`.
    public var wfImproved: Bool = true
    /// Sampled sources for betweenness (NetworkX's `k`), with our seeded generator.
    public var samples: Int?
    /// Seed of betweenness source sampling: influence's own generator, not NetworkX's `seed`
    /// (see ``BetweennessOptions/seed``).
    public var seed: UInt64 = 0
    /// Damping (PageRank, default 0.85) or attenuation (Katz, default 0.1); `nil` = the measure's default.
    public var alpha: Double?
    /// Katz's `beta` (default 1).
    public var beta: Double = 1
    /// Iteration limit; `nil` = the measure's NetworkX default (100, Katz 1000).
    public var maxIterations: Int?
    /// Tolerance; `nil` = the measure's NetworkX default (1e-6, HITS 1e-8).
    public var tolerance: Double?
    /// PageRank personalization, one value per node (missing nodes 0).
    public var personalization: [Double]?
    /// PageRank dangling-node distribution, one value per node.
    public var dangling: [Double]?
    /// Starting vector of eigenvector, Katz, PageRank and HITS, one value per node (NetworkX
    /// `nstart`); `nil` = each measure's default start.
    public var start: [Double]?
    /// Katz's β per node (NetworkX `beta` as a dict), one value per node; overrides ``beta``.
    public var betas: [Double]?
    /// Harmonic's sources (NetworkX `sources`), node indices: only paths from them count; `nil` = every node.
    public var sources: [Int]?
    /// Betweenness returns NetworkX's NaN (one sampled source without endpoints) instead of
    /// throwing (see ``BetweennessOptions/allowsNaN``).
    public var allowsNaN: Bool = false

    /// NetworkX's defaults for every measure.
    public init() {}
}

extension Measure {
    /// Computes the measure for every node of `graph`, indexed like its nodes.
    ///
    /// - Throws: the measure's ``CentralityError`` (non-convergence, self-loops for `core`, …).
    public func compute(on graph: Graph, options: MeasureOptions = .init()) throws(CentralityError) -> [Double] {
        let weighted = options.weighted ?? weightedByDefault
        switch self {
        case .degree: return try degreeCentrality(graph)
        case .inDegree: return try degreeCentrality(graph, direction: .in)
        case .outDegree: return try degreeCentrality(graph, direction: .out)
        case .strength: return try InfluenceCentrality.strength(weighted ? graph : graph.unweighted(), direction: .all)
        case .inStrength: return try InfluenceCentrality.strength(weighted ? graph : graph.unweighted(), direction: .in)
        case .outStrength: return try InfluenceCentrality.strength(weighted ? graph : graph.unweighted(), direction: .out)
        case .betweenness:
            return try betweennessCentrality(graph, options: BetweennessOptions(
                normalized: options.normalized, endpoints: options.endpoints, weighted: weighted,
                samples: options.samples, seed: options.seed, allowsNaN: options.allowsNaN))
        case .closeness:
            return try closenessCentrality(graph, options: ClosenessOptions(weighted: weighted, wfImproved: options.wfImproved))
        case .harmonic:
            return try harmonicCentrality(graph, options: HarmonicOptions(weighted: weighted, sources: options.sources))
        case .eigenvector:
            var o = EigenvectorOptions()
            o.weighted = weighted
            o.start = options.start
            if let m = options.maxIterations { o.maxIterations = m }
            if let t = options.tolerance { o.tolerance = t }
            return try eigenvectorCentrality(graph, options: o)
        case .katz:
            var o = KatzOptions()
            o.weighted = weighted
            o.normalized = options.normalized
            o.betaScalar = options.beta
            o.beta = options.betas
            o.start = options.start
            if let a = options.alpha { o.alpha = a }
            if let m = options.maxIterations { o.maxIterations = m }
            if let t = options.tolerance { o.tolerance = t }
            return try katzCentrality(graph, options: o)
        case .pagerank:
            var o = PageRankOptions()
            o.weighted = weighted
            o.personalization = options.personalization
            o.dangling = options.dangling
            o.start = options.start
            if let a = options.alpha { o.alpha = a }
            if let m = options.maxIterations { o.maxIterations = m }
            if let t = options.tolerance { o.tolerance = t }
            return try InfluenceCentrality.pagerank(graph, options: o)
        case .hubs, .authorities:
            let result = try Measure.hubsAndAuthorities(on: graph, options: options)
            return self == .hubs ? result.hubs : result.authorities
        case .core: return try coreNumber(graph)
        case .load:
            return try loadCentrality(graph, options: LoadOptions(normalized: options.normalized, weighted: weighted))
        case .clustering: return InfluenceCentrality.clustering(graph, options: ClusteringOptions(weighted: weighted))
        case .constraint: return InfluenceCentrality.constraint(graph, options: StructuralHolesOptions(weighted: weighted))
        case .effectiveSize: return InfluenceCentrality.effectiveSize(graph, options: StructuralHolesOptions(weighted: weighted))
        }
    }
}

extension Measure {
    /// The measure for the given nodes only, in their order. Closeness and harmonic search from
    /// these nodes alone (O(*k*(*n* + *m*)) for *k* nodes); every other measure is a property of
    /// the whole graph, computed in full and then read at these nodes.
    ///
    /// - Throws: as ``compute(on:options:)``, and ``CentralityError/invalidOption(measure:option:reason:)``
    ///   for a node index out of range.
    public func compute(on graph: Graph, nodes: [Int], options: MeasureOptions = .init()) throws(CentralityError) -> [Double] {
        let weighted = options.weighted ?? weightedByDefault
        switch self {
        case .closeness:
            return try closenessCentrality(graph, nodes: nodes,
                                           options: ClosenessOptions(weighted: weighted, wfImproved: options.wfImproved))
        case .harmonic:
            return try harmonicCentrality(graph, nodes: nodes, options: HarmonicOptions(weighted: weighted, sources: options.sources))
        default:
            try _checkNodeIndices(nodes, nodeCount: graph.nodeCount, measure: rawValue)
            let all = try compute(on: graph, options: options)
            return nodes.map { all[$0] }
        }
    }

    /// Both HITS columns from one run, with the options ``compute(on:options:)`` reads for
    /// ``hubs`` and ``authorities`` (weights by default, as NetworkX).
    ///
    /// - Throws: as ``hits(_:options:)``.
    public static func hubsAndAuthorities(on graph: Graph, options: MeasureOptions = .init())
        throws(CentralityError) -> (hubs: [Double], authorities: [Double]) {
        var o = HITSOptions()
        o.weighted = options.weighted ?? Measure.hubs.weightedByDefault
        o.normalized = options.normalized
        o.start = options.start
        if let m = options.maxIterations { o.maxIterations = m }
        if let t = options.tolerance { o.tolerance = t }
        return try hits(graph, options: o)
    }
}

extension Graph {
    /// The same graph with every weight 1 (for measures asked to ignore weights).
    func unweighted() -> Graph {
        guard isWeighted else { return self }
        var b = GraphBuilder(directed: isDirected)
        b.reserveCapacity(nodes: nodeCount, edges: outTargets.count)
        for id in ids { b.addNode(id) }
        for u in 0 ..< nodeCount {
            for v in successors(of: u) where isDirected || Int(v) >= u { b.addEdge(Int32(u), v) }
        }
        // Rebuilding a valid graph with the same node count cannot fail.
        return (try? b.build()) ?? self
    }
}
