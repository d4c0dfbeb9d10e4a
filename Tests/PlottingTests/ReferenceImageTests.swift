import Foundation
import Testing
@testable import Plotting

/// Renders every ``Gallery`` figure and compares it with the PNG kept in References/.
///
/// A mismatch writes `<name>.actual.png`, `<name>.expected.png` and `<name>.diff.png` to a
/// temporary folder named in the failure message. Regenerate the references after an intended
/// change with `PLOTTING_UPDATE_REFERENCES=1 swift test --filter ReferenceImageTests`
/// (see Tests/PlottingTests/README.md).
@Suite struct ReferenceImageTests {
    /// A pixel counts as different when a channel differs by more than this.
    static let channelTolerance = 24
    /// The test fails when more than this fraction of pixels differ.
    static let maxDifferentFraction = 0.002

    static var sourceReferences: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("References")
    }

    static var bundledReferences: URL? { Bundle.module.url(forResource: "References", withExtension: nil) }

    static var updating: Bool { ProcessInfo.processInfo.environment["PLOTTING_UPDATE_REFERENCES"] == "1" }

    @Test(arguments: Gallery.all.map(\.name))
    func matchesReference(_ name: String) throws {
        let make = try #require(Gallery.all.first { $0.name == name }?.make)
        let png = try make().pngData()
        if Self.updating {
            try Data(png).write(to: Self.sourceReferences.appendingPathComponent("\(name).png"))
            return
        }
        let dir = try #require(Self.bundledReferences, "References folder missing from the test bundle")
        let expectedData = try Data(contentsOf: dir.appendingPathComponent("\(name).png"))
        let expected = try PNGDecoder.decode(Array(expectedData))
        let actual = try PNGDecoder.decode(png)
        #expect(expected.width == actual.width && expected.height == actual.height,
                "\(name): size \(actual.width)×\(actual.height), reference \(expected.width)×\(expected.height)")
        guard expected.width == actual.width, expected.height == actual.height else { return }
        let (different, diffImage) = Self.compare(expected.rgba, actual.rgba)
        let fraction = Double(different) / Double(actual.width * actual.height)
        if fraction > Self.maxDifferentFraction {
            let out = FileManager.default.temporaryDirectory.appendingPathComponent("plotting-reference-diffs")
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            try Data(png).write(to: out.appendingPathComponent("\(name).actual.png"))
            try expectedData.write(to: out.appendingPathComponent("\(name).expected.png"))
            let diffPNG = try PNGEncoder.encode(diffImage, width: actual.width, height: actual.height, alpha: true)
            try Data(diffPNG).write(to: out.appendingPathComponent("\(name).diff.png"))
            Issue.record("\(name): \(different) pixels (\(String(format: "%.3f", fraction * 100))%) differ from the reference; see \(out.path)")
        }
    }

    /// Counts pixels whose channels differ by more than the tolerance; the diff image marks them red.
    static func compare(_ a: [UInt8], _ b: [UInt8]) -> (Int, [UInt8]) {
        var diff = [UInt8](repeating: 0, count: a.count)
        var count = 0
        for i in stride(from: 0, to: a.count, by: 4) {
            var m = 0
            for c in 0..<4 { m = max(m, abs(Int(a[i + c]) - Int(b[i + c]))) }
            if m > channelTolerance {
                count += 1
                diff[i] = 255; diff[i + 3] = 255
            } else {
                diff[i] = a[i] / 4 + 191; diff[i + 1] = a[i + 1] / 4 + 191; diff[i + 2] = a[i + 2] / 4 + 191; diff[i + 3] = 255
            }
        }
        return (count, diff)
    }

    /// Rendering is bit-exact across processes: these outputs must equal the stored bytes exactly
    /// (the references were written by an earlier process).
    @Test func outputIsByteIdenticalAcrossProcesses() throws {
        let fig = try Gallery.filterResponse()
        let svg = fig.svgString()
        let png = try Gallery.lossCurve().pngData()
        if Self.updating {
            try Data(svg.utf8).write(to: Self.sourceReferences.appendingPathComponent("filter_response.svg"))
            return
        }
        let dir = try #require(Self.bundledReferences)
        let storedSVG = try String(contentsOf: dir.appendingPathComponent("filter_response.svg"), encoding: .utf8)
        #expect(svg == storedSVG, "SVG output changed; regenerate references if intended")
        let storedPNG = try Data(contentsOf: dir.appendingPathComponent("loss_curve.png"))
        #expect(png == Array(storedPNG), "PNG bytes differ from the stored reference (libpng/zlib/FreeType version or renderer change)")
    }

    @Test func comparisonDetectsAChangedFigure() throws {
        let base = try Gallery.lossCurve()
        let changed = try Gallery.lossCurve()
        changed.axes.title = "Something else entirely"
        let a = try PNGDecoder.decode(base.pngData()), b = try PNGDecoder.decode(changed.pngData())
        let (different, _) = Self.compare(a.rgba, b.rgba)
        #expect(Double(different) / Double(a.width * a.height) > 0.0005)
        let (same, _) = Self.compare(a.rgba, a.rgba)
        #expect(same == 0)
    }
}
