// swift-tools-version:6.0
// Benchmarks and paper reproductions, built apart from the main package so that CI and tests
// never compile them. Build and run with `-c release`, e.g.
// `swift run -c release --package-path bench NAME`; each benchmark prints a table with its
// peer beside it, each `*Reproduce` regenerates a paper's table and figures under results/
// (see README.md). A target depends only on the modules it uses, so most release builds
// never compile swift-syntax.
import Foundation
import PackageDescription

/// One executable under bench/<name>/, linked against `modules` of the main package and
/// BenchSupport (arguments, thread settings, the peers' Python); the peer scripts and notes
/// beside its sources are not part of the build.
func program(_ name: String, _ modules: [String]) -> Target {
    let peers = ["peer.py", "peer_torch.py", "peer_matplotlib.py", "README.md"]
    let folder = Context.packageDirectory + "/" + name
    let present = peers.filter { FileManager.default.fileExists(atPath: folder + "/" + $0) }
    return .executableTarget(
        name: name,
        dependencies: ["BenchSupport"] + modules.map { .product(name: $0, package: "SwiftResearchKernel") },
        path: name,
        exclude: present,
        swiftSettings: [.swiftLanguageMode(.v5)])
}

let package = Package(
    name: "Benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "SwiftResearchKernel", path: "..")],
    targets: [
        .target(name: "BenchSupport", dependencies: [.product(name: "Lib", package: "SwiftResearchKernel")],
                path: "BenchSupport", swiftSettings: [.swiftLanguageMode(.v5)]),
        program("InterpreterBench", ["Kernel", "Protocol"]),
        program("LibBench", ["Lib"]),
        program("PlotBench", ["Plotting"]),
        program("ENFABench", ["ENFA", "Lib"]),
        program("ENFAReproduce", ["ENFA", "Lib", "Plotting"]),
        program("LONGNNBench", ["LONGNN", "Lib"]),
        program("LONGNNReproduce", ["LONGNN", "Lib", "Plotting", "PaperFigures"]),
        program("AsymKVBench", ["AsymKV", "Lib"]),
        program("AsymKVReproduce", ["AsymKV", "Lib", "Plotting"]),
        program("UnicronBench", ["Unicron", "Lib"]),
        program("UnicronReproduce", ["Unicron", "Lib", "Plotting"]),
    ]
)
