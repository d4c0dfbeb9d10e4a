// swift-tools-version:6.0
// The Swift research kernel: a Jupyter kernel whose cells are Swift, with a research
// library (ENFA, LON-GNN, AsymKV, Unicron) and a plotting library preloaded.
//
// Dependencies point one way: the executable → Kernel → the paper modules (ENFA, LONGNN,
// AsymKV, Unicron) → Lib, and Kernel → Plotting, Protocol. Lib, the paper modules and Plotting
// never import Kernel or Protocol; Protocol imports none of them.
import Foundation
import PackageDescription

let package = Package(
    name: "SwiftResearchKernel",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "swift-research-kernel", targets: ["swift-research-kernel"]),
        .library(name: "Lib", targets: ["Lib"]),
        .library(name: "ENFA", targets: ["ENFA"]),
        .library(name: "LONGNN", targets: ["LONGNN"]),
        .library(name: "AsymKV", targets: ["AsymKV"]),
        .library(name: "Unicron", targets: ["Unicron"]),
        .executable(name: "unicron-agent", targets: ["unicron-agent"]),
        .library(name: "Plotting", targets: ["Plotting"]),
        .library(name: "PaperFigures", targets: ["PaperFigures"]),
        .library(name: "ZeroMQ", targets: ["ZeroMQ"]),
        .library(name: "Protocol", targets: ["Protocol"]),
        .library(name: "Kernel", targets: ["Kernel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swiftlang/swift-syntax", exact: "602.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // MARK: - C system libraries (Debian: libzmq3-dev, libopenblas-dev, libpng-dev, libfreetype-dev)
        // libzmq is found without pkg-config: its .pc file adds -isystem flags SwiftPM refuses.
        .systemLibrary(name: "CZeroMQ", providers: [.apt(["libzmq3-dev"])]),
        .systemLibrary(name: "COpenBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
        .systemLibrary(name: "CFreeType", pkgConfig: "freetype2", providers: [.apt(["libfreetype-dev"])]),

        // MARK: - Modules
        .target(name: "ZeroMQ", dependencies: ["CZeroMQ"], swiftSettings: commonSettings),
        .target(
            name: "Protocol",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: commonSettings),
        // The research library: a numerical core, then one module per paper on top of it.
        .target(
            name: "Lib",
            dependencies: ["COpenBLAS", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Sources/Lib/Core",
            swiftSettings: numericSettings),
        .target(name: "ENFA", dependencies: ["Lib"], path: "Sources/Lib/ENFA", swiftSettings: numericSettings),
        .target(name: "LONGNN", dependencies: ["Lib"], path: "Sources/Lib/LONGNN", swiftSettings: numericSettings),
        .target(name: "AsymKV", dependencies: ["Lib"], path: "Sources/Lib/AsymKV", swiftSettings: numericSettings),
        .target(name: "Unicron", dependencies: ["Lib", "ZeroMQ"], path: "Sources/Lib/Unicron", swiftSettings: numericSettings),
        .executableTarget(name: "unicron-agent", dependencies: ["Unicron"], swiftSettings: commonSettings),
        .target(
            name: "Plotting",
            dependencies: ["CPNG", "CFreeType"],
            swiftSettings: commonSettings),
        .target(name: "PaperFigures", dependencies: ["Plotting", "Lib", "LONGNN"], swiftSettings: commonSettings),
        .target(
            name: "Kernel",
            dependencies: [
                "ZeroMQ", "Protocol", "Lib", "Plotting", "PaperFigures", "ENFA", "LONGNN", "AsymKV", "Unicron",
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
                .product(name: "SwiftDiagnostics", package: "swift-syntax"),
                .product(name: "SwiftOperators", package: "swift-syntax"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: commonSettings),
        .executableTarget(
            name: "swift-research-kernel",
            dependencies: ["Kernel", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: commonSettings),
        // Fuzzes the cell parser and evaluator (scripts/fuzz.sh; a libFuzzer target when built with -D LIBFUZZER).
        .executableTarget(name: "KernelFuzz", dependencies: ["Kernel", "Lib"], swiftSettings: commonSettings),

        // MARK: - Tests (one target per module, plus end-to-end tests of the real binary)
        .target(
            name: "KernelTestSupport", dependencies: ["Kernel", "ZeroMQ", "Protocol", "Lib"], path: "Tests/KernelTestSupport",
            swiftSettings: commonSettings),
        .testTarget(name: "ZeroMQTests", dependencies: ["ZeroMQ"], swiftSettings: commonSettings),
        .testTarget(name: "UnicronTests", dependencies: ["Unicron", "unicron-agent"], swiftSettings: commonSettings),
        .testTarget(name: "ProtocolTests", dependencies: ["Protocol"], swiftSettings: commonSettings),
        .testTarget(name: "LibTests", dependencies: ["Lib"], resources: [.copy("Vectors")], swiftSettings: commonSettings),
        .testTarget(name: "ENFATests", dependencies: ["ENFA", "Lib"], swiftSettings: commonSettings),
        .testTarget(name: "LONGNNTests", dependencies: ["LONGNN", "Lib"], resources: [.copy("Vectors")], swiftSettings: commonSettings),
        .testTarget(name: "AsymKVTests", dependencies: ["AsymKV", "Lib"], swiftSettings: commonSettings),
        .testTarget(name: "PlottingTests", dependencies: ["Plotting"], exclude: ["README.md"], resources: [.copy("References")], swiftSettings: commonSettings),
        .testTarget(
            name: "KernelTests", dependencies: ["Kernel", "Protocol", "Lib", "KernelTestSupport"], resources: [.copy("Cells")],
            swiftSettings: commonSettings),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["Kernel", "Protocol", "KernelTestSupport", "swift-research-kernel"],
            swiftSettings: commonSettings),
    ]
)

/// Swift 5 language mode: the kernel's threads are plain pthreads that own their
/// ZeroMQ sockets, which strict concurrency checking cannot express.
var commonSettings: [SwiftSetting] { [.swiftLanguageMode(.v5)] }

/// The numerical modules are optimised in debug builds too: tests, notebooks and CI run
/// training loops and simulations through them, which unoptimised Swift makes 10–50× slower.
/// Sanitizer builds (scripts/sanitize.sh sets SWIFT_RESEARCH_SANITIZE) keep Swift's debug
/// code generation, whose every allocation the sanitizers see (no stack-promoted arrays).
var numericSettings: [SwiftSetting] {
    if ProcessInfo.processInfo.environment["SWIFT_RESEARCH_SANITIZE"] != nil { return commonSettings }
    return commonSettings + [.unsafeFlags(["-O"], .when(configuration: .debug))]
}
