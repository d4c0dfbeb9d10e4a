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
}
