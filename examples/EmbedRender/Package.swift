// swift-tools-version: 6.1
// Embedding influence in a Swift program: read a network, rank it, render it in-process.
// Also the loop that scripts/leak-check runs under valgrind.
import PackageDescription

let package = Package(
    name: "EmbedRender",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "influence", path: "../..")],
    targets: [
        .executableTarget(
            name: "EmbedRender",
            dependencies: [
                .product(name: "InfluenceKit", package: "influence"),
            ]
        ),
    ]
)
