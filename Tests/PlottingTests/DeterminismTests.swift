import Foundation
import Testing
@testable import Plotting

@Suite struct DeterminismTests {
    @Test func sameFigureGivesIdenticalBytes() throws {
        for (name, make) in Gallery.all.prefix(4) {
            let a = try make(), b = try make()
            #expect(try a.pngData() == b.pngData(), "\(name): PNG bytes differ between renders")
            #expect(a.svgString() == b.svgString(), "\(name): SVG differs between renders")
            #expect(try a.pngData() == a.pngData(), "\(name): re-rendering one figure changed its PNG")
        }
    }

    @Test func pngHasNoTimeOrTextChunks() throws {
        let png = try Gallery.lossCurve().pngData()
        var chunks: [String] = []
        var i = 8
        while i + 8 <= png.count {
            let len = Int(png[i]) << 24 | Int(png[i + 1]) << 16 | Int(png[i + 2]) << 8 | Int(png[i + 3])
            chunks.append(String(decoding: png[(i + 4)..<(i + 8)], as: UTF8.self))
            i += 12 + len
        }
        #expect(chunks.first == "IHDR" && chunks.last == "IEND")
        #expect(chunks.contains("pHYs"))
        #expect(!chunks.contains("tIME") && !chunks.contains("tEXt") && !chunks.contains("iTXt"))
    }

    @Test func concurrentRendersAgree() throws {
        let expected = try Gallery.lossCurve().pngData()
        let results = ResultBox(count: 4)
        DispatchQueue.concurrentPerform(iterations: 4) { i in
            results.set(i, try? Gallery.lossCurve().pngData())
        }
        for i in 0..<4 { #expect(results.get(i) == expected, "render \(i) on another thread differs") }
    }
}

/// Thread-safe slots for results computed on several threads.
private final class ResultBox: @unchecked Sendable {
    private var values: [[UInt8]?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: [UInt8]?) { lock.lock(); values[i] = v; lock.unlock() }
    func get(_ i: Int) -> [UInt8]? { lock.lock(); defer { lock.unlock() }; return values[i] }
}
