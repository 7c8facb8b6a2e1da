// swift-tools-version: 6.1
// influence — influence networks as diagrams, centrality rankings and diffs over time.
import PackageDescription

let package = Package(
    name: "influence",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "InfluenceGraph", targets: ["InfluenceGraph"]),
        .library(name: "InfluenceIO", targets: ["InfluenceIO"]),
        .library(name: "InfluenceCentrality", targets: ["InfluenceCentrality"]),
        .library(name: "InfluenceDiff", targets: ["InfluenceDiff"]),
        .library(name: "InfluenceRender", targets: ["InfluenceRender", "InfluenceGraphviz"]),
        .executable(name: "influence", targets: ["influence"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The model: Network (nodes, edges, sources, relations, validity) and its CSR form, Graph.
        .target(
            name: "InfluenceGraph",
            dependencies: [.product(name: "OrderedCollections", package: "swift-collections")]
        ),
        // Readers and writers: the native network file (YAML/JSON) and plain edge lists.
        .target(
            name: "InfluenceIO",
            dependencies: [
                "InfluenceGraph", "InfluenceDiff", "InfluenceRender",
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // Centrality over Graph only: NetworkX's definitions, defaults and stopping rules.
        .target(name: "InfluenceCentrality", dependencies: ["InfluenceGraph"]),
        // Comparing two networks, or one at two dates: entered, left, changed, renamed; rank shifts.
        .target(name: "InfluenceDiff", dependencies: ["InfluenceGraph", "InfluenceCentrality"]),
        // The C boundary: Graphviz's cgraph + gvc (apt: libgraphviz-dev). Only InfluenceGraphviz imports it.
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
        // The Swift face of Graphviz: the one gate, message capture, layout/render, the DOT writer.
        .target(name: "InfluenceGraphviz", dependencies: ["CGraphviz"]),
        // Styled diagrams of networks: style sheet, sizes from given scores, legend, tooltips.
        .target(name: "InfluenceRender", dependencies: ["InfluenceGraph", "InfluenceDiff", "InfluenceGraphviz"]),
        // The commands; no algorithm lives here.
        .target(
            name: "InfluenceCLI",
            dependencies: [
                "InfluenceGraph", "InfluenceIO", "InfluenceCentrality", "InfluenceDiff", "InfluenceRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "influence", dependencies: ["InfluenceCLI"]),
        // Helpers shared by the test targets (seeded randomness); not a product.
        .target(name: "InfluenceTestSupport"),
        .testTarget(name: "InfluenceGraphTests", dependencies: ["InfluenceGraph", "InfluenceTestSupport"]),
        // Interop/: files written by NetworkX and by us, read by the tests through their paths.
        .testTarget(name: "InfluenceIOTests", dependencies: ["InfluenceIO", "InfluenceGraph", "InfluenceTestSupport"],
                    exclude: ["Interop"]),
        .testTarget(
            name: "InfluenceCentralityTests",
            dependencies: ["InfluenceCentrality", "InfluenceGraph", "InfluenceTestSupport"],
            resources: [.copy("Reference")]
        ),
        .testTarget(name: "InfluenceDiffTests", dependencies: ["InfluenceDiff", "InfluenceIO", "InfluenceGraph"],
                    exclude: ["Reference"]),
        .testTarget(
            name: "InfluenceRenderTests",
            dependencies: ["InfluenceRender", "InfluenceGraphviz", "InfluenceIO", "InfluenceGraph", "InfluenceDiff", "InfluenceCentrality"]
        ),
        // Depends on the executable so that `swift test` builds the binary these tests run.
        .testTarget(name: "InfluenceCLITests", dependencies: ["InfluenceCLI", "influence", "InfluenceTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
