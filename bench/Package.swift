// swift-tools-version:6.0
// Benchmarks, built apart from the main package so that CI and tests never compile them.
// Build and run with `-c release`, e.g. `swift run -c release --package-path bench NAME`;
// each benchmark prints a table with its peer beside it (see README.md).
import PackageDescription

let package = Package(
    name: "Benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "SwiftResearchKernel", path: "..")],
    targets: [
        .executableTarget(
            name: "InterpreterBench",
            dependencies: [.product(name: "Kernel", package: "SwiftResearchKernel"),
                           .product(name: "Protocol", package: "SwiftResearchKernel")],
            path: "InterpreterBench",
            swiftSettings: [.swiftLanguageMode(.v5)]),
        .executableTarget(
            name: "LibBench",
            dependencies: [.product(name: "Lib", package: "SwiftResearchKernel")],
            path: "LibBench",
            exclude: ["peer.py"],
            swiftSettings: [.swiftLanguageMode(.v5)]),
        .executableTarget(
            name: "LONGNNBench",
            dependencies: [.product(name: "Lib", package: "SwiftResearchKernel"),
                           .product(name: "LONGNN", package: "SwiftResearchKernel")],
            path: "LONGNNBench",
            exclude: ["peer_torch.py"],
            swiftSettings: [.swiftLanguageMode(.v5)]),
        .executableTarget(
            name: "LONGNNReproduce",
            dependencies: [.product(name: "Lib", package: "SwiftResearchKernel"),
                           .product(name: "LONGNN", package: "SwiftResearchKernel"),
                           .product(name: "Plotting", package: "SwiftResearchKernel")],
            path: "LONGNNReproduce",
            swiftSettings: [.swiftLanguageMode(.v5)]),
        .executableTarget(
            name: "PlotBench",
            dependencies: [.product(name: "Plotting", package: "SwiftResearchKernel")],
            path: "PlotBench",
            exclude: ["peer_matplotlib.py", "README.md"],
            swiftSettings: [.swiftLanguageMode(.v5)]),
        .executableTarget(
            name: "ENFAReproduce",
            dependencies: [.product(name: "ENFA", package: "SwiftResearchKernel"),
                           .product(name: "Lib", package: "SwiftResearchKernel"),
                           .product(name: "Plotting", package: "SwiftResearchKernel")],
            path: "ENFAReproduce",
            swiftSettings: [.swiftLanguageMode(.v5)]),
        .executableTarget(
            name: "ENFABench",
            dependencies: [.product(name: "ENFA", package: "SwiftResearchKernel"),
                           .product(name: "Lib", package: "SwiftResearchKernel")],
            path: "ENFABench",
            name: "AsymKVReproduce",
            dependencies: [.product(name: "AsymKV", package: "SwiftResearchKernel"),
                           .product(name: "Lib", package: "SwiftResearchKernel"),
                           .product(name: "Plotting", package: "SwiftResearchKernel")],
            path: "AsymKVReproduce",
            swiftSettings: [.swiftLanguageMode(.v5)]),
        .executableTarget(
            name: "AsymKVBench",
            dependencies: [.product(name: "AsymKV", package: "SwiftResearchKernel"),
                           .product(name: "Lib", package: "SwiftResearchKernel")],
            path: "AsymKVBench",
            name: "UnicronReproduce",
            dependencies: [.product(name: "Unicron", package: "SwiftResearchKernel"),
                           .product(name: "Lib", package: "SwiftResearchKernel"),
                           .product(name: "Plotting", package: "SwiftResearchKernel")],
            path: "UnicronReproduce",
            swiftSettings: [.swiftLanguageMode(.v5)]),
        .executableTarget(
            name: "UnicronBench",
            dependencies: [.product(name: "Unicron", package: "SwiftResearchKernel"),
                           .product(name: "Lib", package: "SwiftResearchKernel")],
            path: "UnicronBench",
            exclude: ["peer.py"],
            swiftSettings: [.swiftLanguageMode(.v5)]),
    ]
)
