// swift-tools-version: 6.1
// libFuzzer targets for influence's readers (issue 8). Not part of the main build: run them with
// scripts/fuzz READER SECONDS, which builds this package with -sanitize=fuzzer,address.
import PackageDescription

let package = Package(
    name: "InfluenceFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "influence", path: "..")],
    targets: [
        .executableTarget(
            name: "InfluenceFuzz",
            dependencies: [.product(name: "InfluenceIO", package: "influence")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
