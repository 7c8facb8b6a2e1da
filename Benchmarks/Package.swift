// swift-tools-version: 6.1
// influence's own regression benchmarks (ordo-one/benchmark): one benchmark per centrality measure
// and per loader, on a Barabási–Albert graph built in-process with a fixed seed. Separate from the
// main package so that `swift build` / `swift test` there never fetch or build the benchmark tool.
//
//     cd Benchmarks && swift package benchmark                 # run all (release build)
//     swift package benchmark --filter 'pagerank.*'            # some
//     swift package benchmark baseline update main             # save a baseline, then
//     swift package benchmark baseline compare main            # compare against it
import Foundation
import PackageDescription

// The main package's identity is its folder's name ("main" here, whatever a clone is called elsewhere).
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "InfluenceBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: "../"),
        // 1.38.1 is the version this machine's package mirror holds. The MallocInterposer trait counts
        // allocations (mallocs, bytes) without jemalloc; listing traits explicitly leaves out the
        // default RuntimeInterposer trait (ARC counting on Linux with Swift 6.3), whose package is not
        // in the mirror.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "InfluenceBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "InfluenceGraph", package: root),
                .product(name: "InfluenceIO", package: root),
                .product(name: "InfluenceCentrality", package: root),
            ],
            path: "Benchmarks/InfluenceBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
