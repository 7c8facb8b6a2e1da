// swift-tools-version: 6.1
// influence — influence networks as diagrams, centrality rankings and diffs over time.
//
// Dependencies run one way (DESIGN.md): Graph ← Serialization ← IO; Graph ← Centrality ← Diff;
// Render → Graph, Diff, Graphviz, Serialization; Reports → Graph, Centrality, Diff, Serialization;
// InfluenceKit re-exports the libraries; the CLI uses them all. `swift build
// --explicit-target-dependency-import-check error` checks that no target imports what it does not
// declare.
import PackageDescription

// INFLUENCE_INTERNAL_CHECKS=1 in the environment (or -Xswiftc -DINFLUENCE_INTERNAL_CHECKS) turns on
// invariant preconditions inside the unsafe kernels — the CSR builder (row fills, transpose and
// symmetry, counts), the shortest-path workspace and Dijkstra heap (resets, bounds, heap order,
// settle order), SpMV sweeps and chunking, the Lanczos basis (orthonormality, tridiagonal shape) —
// in debug and release builds alike, in the style of swift-collections' COLLECTIONS_INTERNAL_CHECKS;
// InternalChecksTests runs only with it. Cost in release (measured on 2 cores): about 1.1x on
// betweenness and HITS, none measurable on PageRank, 1.4x on graph building. Without it the kernels
// compile to the same machine code. Messages print in debug builds only (release traps).
// scripts/test runs the suite once with it on.
let internalChecks = Context.environment["INFLUENCE_INTERNAL_CHECKS"].map { !$0.isEmpty && $0 != "0" } ?? false
let kernelSettings: [SwiftSetting] = internalChecks ? [.define("INFLUENCE_INTERNAL_CHECKS")] : []

/// InfluenceKit and the modules it re-exports (see the examples below).
let umbrellaDependencies: [Target.Dependency] = [
    "InfluenceKit", "InfluenceGraph", "InfluenceSerialization", "InfluenceIO", "InfluenceCentrality", "InfluenceDiff",
    "InfluenceGraphviz", "InfluenceRender", "InfluenceReports",
]

let package = Package(
    name: "influence",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "InfluenceGraph", targets: ["InfluenceGraph"]),
        .library(name: "InfluenceIO", targets: ["InfluenceIO"]),
        .library(name: "InfluenceCentrality", targets: ["InfluenceCentrality"]),
        .library(name: "InfluenceDiff", targets: ["InfluenceDiff"]),
        .library(name: "InfluenceRender", targets: ["InfluenceRender", "InfluenceGraphviz"]),
        .library(name: "InfluenceReports", targets: ["InfluenceReports"]),
        // One import for an embedding program: every library module, re-exported.
        .library(name: "InfluenceKit", targets: ["InfluenceKit"]),
        .executable(name: "influence", targets: ["influence"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // `swift package generate-documentation --target …` (DocC catalogs in Sources/*/…docc).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // The model: Network (nodes, edges, sources, relations, validity) and its CSR form, Graph.
        .target(
            name: "InfluenceGraph",
            dependencies: [.product(name: "OrderedCollections", package: "swift-collections")],
            swiftSettings: kernelSettings
        ),
        // Package-visible serialization helpers shared by IO, Render and Reports: the document tree
        // and its YAML/JSON front ends, the XML reader, strict decoding with positions, the JSON and
        // YAML emitters, the number grammar, text checks and line tracking, size limits, whole-file
        // reads and atomic writes; and the public error types every reader throws (ReadError,
        // WriteError, Diagnostic, SourceLocation). No format lives here.
        .target(
            name: "InfluenceSerialization",
            dependencies: [
                "InfluenceGraph",
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // Readers and writers of every format: the native network file (YAML/JSON), edge lists,
        // GraphML, GEXF, GML, node-link JSON, Gephi CSV, Pajek (read) and DOT (through Graphviz).
        .target(
            name: "InfluenceIO",
            dependencies: [
                "InfluenceGraph", "InfluenceSerialization", "InfluenceGraphviz",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        // Centrality over Graph only: NetworkX's definitions, defaults and stopping rules.
        .target(name: "InfluenceCentrality", dependencies: ["InfluenceGraph"], swiftSettings: kernelSettings),
        // Comparing two networks, or one at two dates: entered, left, changed, renamed; rank shifts.
        .target(name: "InfluenceDiff", dependencies: ["InfluenceGraph", "InfluenceCentrality"]),
        // The C boundary: Graphviz's cgraph + gvc (apt: libgraphviz-dev). Only InfluenceGraphviz imports it.
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
        // The Swift face of Graphviz: the one gate, message capture, layout/render, the DOT writer.
        .target(name: "InfluenceGraphviz", dependencies: ["CGraphviz"]),
        // Styled diagrams of networks: style sheet and style file, sizes from given scores, legend,
        // tooltips, diff colouring, charts.
        .target(name: "InfluenceRender",
                dependencies: ["InfluenceGraph", "InfluenceDiff", "InfluenceGraphviz", "InfluenceSerialization"]),
        // Every output contract the commands print (rankings, stats, diff, timeline as table, text,
        // CSV and JSON), as library functions tested in process.
        .target(name: "InfluenceReports",
                dependencies: ["InfluenceGraph", "InfluenceCentrality", "InfluenceDiff", "InfluenceSerialization"]),
        // The umbrella: `import InfluenceKit` brings every library module.
        .target(name: "InfluenceKit",
                dependencies: ["InfluenceGraph", "InfluenceIO", "InfluenceCentrality", "InfluenceDiff",
                               "InfluenceRender", "InfluenceGraphviz", "InfluenceReports"]),
        // The commands: parse, call the libraries, emit; no algorithm or output format lives here.
        .target(
            name: "InfluenceCLI",
            dependencies: [
                "InfluenceGraph", "InfluenceIO", "InfluenceCentrality", "InfluenceDiff", "InfluenceRender",
                "InfluenceGraphviz", "InfluenceReports", "InfluenceSerialization",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "influence", dependencies: ["InfluenceCLI"]),
        // One small program per job, each needing only `import InfluenceKit`; built with the package
        // (and so in CI), not products a dependent sees. They (and InfluenceKitTests) also list the
        // modules InfluenceKit re-exports: an incremental build does not recompile a target that
        // reaches a changed module only through `@_exported import` (seen here: a stale struct
        // layout after Graph gained stored properties), so these edges make it.
        .executableTarget(name: "render-diagram", dependencies: umbrellaDependencies, path: "examples/RenderDiagram"),
        .executableTarget(name: "rank-actors", dependencies: umbrellaDependencies, path: "examples/RankActors"),
        .executableTarget(name: "diff-dates", dependencies: umbrellaDependencies, path: "examples/DiffDates"),
        // Helpers shared by the test targets (seeded randomness); not a product.
        .target(name: "InfluenceTestSupport"),
        .testTarget(name: "InfluenceGraphTests", dependencies: ["InfluenceGraph", "InfluenceTestSupport"],
                    swiftSettings: kernelSettings),
        // Interop/: files written by NetworkX and by us, read by the tests through their paths.
        .testTarget(name: "InfluenceIOTests", dependencies: ["InfluenceIO", "InfluenceGraph", "InfluenceCentrality", "InfluenceTestSupport"],
                    exclude: ["Interop"]),
        .testTarget(
            name: "InfluenceCentralityTests",
            dependencies: ["InfluenceCentrality", "InfluenceGraph", "InfluenceTestSupport"],
            resources: [.copy("Reference")],
            swiftSettings: kernelSettings
        ),
        .testTarget(name: "InfluenceDiffTests", dependencies: ["InfluenceDiff", "InfluenceIO", "InfluenceGraph", "InfluenceCentrality"],
                    exclude: ["Reference"]),
        .testTarget(
            name: "InfluenceRenderTests",
            dependencies: ["InfluenceRender", "InfluenceGraphviz", "InfluenceIO", "InfluenceGraph", "InfluenceDiff", "InfluenceCentrality",
                           "InfluenceTestSupport"]
        ),
        // Every Swift example of the documentation, compiled and run through the umbrella.
        .testTarget(name: "InfluenceKitTests", dependencies: umbrellaDependencies),
        .testTarget(
            name: "InfluenceReportsTests",
            dependencies: ["InfluenceReports", "InfluenceIO", "InfluenceGraph", "InfluenceDiff", "InfluenceCentrality"]
        ),
        // Depends on the executable so that `swift test` builds the binary these tests run.
        .testTarget(name: "InfluenceCLITests", dependencies: ["InfluenceCLI", "influence", "InfluenceTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
