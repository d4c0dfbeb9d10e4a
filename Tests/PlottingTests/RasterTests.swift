import Testing
@testable import Plotting

@Suite struct RasterTests {
    private func alphaAt(_ r: RasterRenderer, _ x: Int, _ y: Int) -> Float { r.canvas.alpha(x, y) }

    @Test func coverageIsExactAreaOnEdges() {
        let r = RasterRenderer(width: 20, height: 20, background: .clear)
        r.fill(.rect(Rect(x: 2, y: 2, width: 10.5, height: 8.25)), color: .black, rule: .nonZero)
        #expect(abs(alphaAt(r, 5, 5) - 1) < 0.003)
        #expect(abs(alphaAt(r, 12, 5) - 0.5) < 0.003)          // half-covered column
        #expect(abs(alphaAt(r, 5, 10) - 0.25) < 0.003)         // quarter-covered row
        #expect(abs(alphaAt(r, 12, 10) - 0.125) < 0.003)       // corner
        #expect(alphaAt(r, 1, 1) == 0 && alphaAt(r, 15, 15) == 0)
    }

    @Test func triangleAreaIsPreserved() {
        let r = RasterRenderer(width: 32, height: 32, background: .clear)
        r.fill(.polygon([Point(3.3, 4.1), Point(27.7, 9.9), Point(12.2, 29.5)]), color: .black, rule: .nonZero)
        let total = (0..<32).flatMap { y in (0..<32).map { x in Double(alphaAt(r, x, y)) } }.reduce(0, +)
        let area = abs((27.7 - 3.3) * (29.5 - 4.1) - (12.2 - 3.3) * (9.9 - 4.1)) / 2
        #expect(abs(total - area) < 0.25)
    }

    @Test func fillRulesDifferOnNestedSquares() {
        var p = Path.rect(Rect(x: 0, y: 0, width: 10, height: 10))
        p.append(.rect(Rect(x: 3, y: 3, width: 4, height: 4)))   // same direction
        let nz = RasterRenderer(width: 10, height: 10, background: .clear)
        nz.fill(p, color: .black, rule: .nonZero)
        let eo = RasterRenderer(width: 10, height: 10, background: .clear)
        eo.fill(p, color: .black, rule: .evenOdd)
        #expect(alphaAt(nz, 5, 5) == 1)
        #expect(alphaAt(eo, 5, 5) == 0)
        #expect(alphaAt(eo, 1, 1) == 1)
    }

    @Test func clipRestrictsDrawing() {
        let r = RasterRenderer(width: 20, height: 20, background: .clear)
        r.pushClip(Rect(x: 5, y: 5, width: 5, height: 5))
        r.fill(.rect(Rect(x: 0, y: 0, width: 20, height: 20)), color: .black, rule: .nonZero)
        r.popClip()
        #expect(alphaAt(r, 7, 7) == 1 && alphaAt(r, 4, 7) == 0 && alphaAt(r, 10, 7) == 0)
        r.fill(.rect(Rect(x: 0, y: 0, width: 2, height: 2)), color: .black, rule: .nonZero)
        #expect(alphaAt(r, 0, 0) == 1)
    }

    @Test func shapesOutsideTheCanvasKeepTheirWinding() {
        let r = RasterRenderer(width: 10, height: 10, background: .clear)
        r.fill(.polygon([Point(-50, -50), Point(5.5, -50), Point(5.5, 60), Point(-50, 60)]), color: .black, rule: .nonZero)
        #expect(alphaAt(r, 0, 5) == 1 && abs(alphaAt(r, 5, 5) - 0.5) < 0.003 && alphaAt(r, 6, 5) == 0)
    }

    @Test func snappedThinLinesAreCrisp() {
        let r = RasterRenderer(width: 20, height: 20, background: .clear)
        r.stroke(.polyline([Point(2, 10.3), Point(18, 10.3)]), color: .black, style: StrokeStyle(width: 1.1, snap: true))
        #expect(alphaAt(r, 8, 10) == 1)
        #expect(alphaAt(r, 8, 9) == 0 && alphaAt(r, 8, 11) == 0)
    }

    @Test func strokeWidthAndCapsCoverTheRightArea() {
        let r = RasterRenderer(width: 40, height: 40, background: .clear)
        r.stroke(.polyline([Point(10, 20), Point(30, 20)]), color: .black, style: StrokeStyle(width: 4, cap: .butt))
        let sum = (0..<40).flatMap { y in (0..<40).map { x in Double(alphaAt(r, x, y)) } }.reduce(0, +)
        #expect(abs(sum - 80) < 0.05)
        let sq = RasterRenderer(width: 40, height: 40, background: .clear)
        sq.stroke(.polyline([Point(10, 20), Point(30, 20)]), color: .black, style: StrokeStyle(width: 4, cap: .square))
        let sqSum = (0..<40).flatMap { y in (0..<40).map { x in Double(alphaAt(sq, x, y)) } }.reduce(0, +)
        #expect(abs(sqSum - 96) < 0.05)
        let round = RasterRenderer(width: 40, height: 40, background: .clear)
        round.stroke(.polyline([Point(10, 20), Point(30, 20)]), color: .black, style: StrokeStyle(width: 4, cap: .round))
        let roundSum = (0..<40).flatMap { y in (0..<40).map { x in Double(alphaAt(round, x, y)) } }.reduce(0, +)
        #expect(abs(roundSum - (80 + Double.pi * 4)) < 0.3)
    }

    @Test func polylineWithSharpTurnsHasNoHoles() {
        let r = RasterRenderer(width: 60, height: 60, background: .clear)
        r.stroke(.polyline([Point(5, 30), Point(30, 5), Point(31, 55), Point(55, 30)]), color: .black,
                 style: StrokeStyle(width: 6, join: .miter))
        #expect(alphaAt(r, 30, 30) == 1)
        #expect(alphaAt(r, 30, 8) == 1)
    }

    @Test func dashesLeaveGaps() {
        let p = Dasher.dash(.polyline([Point(0, 0), Point(20, 0)]), pattern: [4, 2])
        #expect(p.subpaths.count == 4)  // 0-4, 6-10, 12-16, 18-20
        #expect(p.subpaths[1].points.first == Point(6, 0) && p.subpaths[1].points.last == Point(10, 0))
    }

    @Test func alphaCompositingIsSourceOver() {
        let r = RasterRenderer(width: 4, height: 4, background: .white)
        r.fill(.rect(Rect(x: 0, y: 0, width: 4, height: 4)), color: Color(r: 255, g: 0, b: 0, a: 128), rule: .nonZero)
        let bytes = r.pixelBytes(alpha: false)
        #expect(bytes[0] == 255 && abs(Int(bytes[1]) - 127) <= 1 && abs(Int(bytes[2]) - 127) <= 1)
        let t = RasterRenderer(width: 4, height: 4, background: .clear)
        t.fill(.rect(Rect(x: 0, y: 0, width: 4, height: 4)), color: Color(r: 0, g: 0, b: 255, a: 128), rule: .nonZero)
        t.fill(.rect(Rect(x: 0, y: 0, width: 4, height: 4)), color: Color(r: 0, g: 0, b: 255, a: 128), rule: .nonZero)
        let rgba = t.pixelBytes(alpha: true)
        #expect(rgba[2] == 255 && abs(Int(rgba[3]) - 192) <= 1)   // 1 − (1 − 0.5)²
    }

    @Test func pngReadBackMatchesTheRaster() throws {
        let r = RasterRenderer(width: 64, height: 48, background: .white)
        r.stroke(.polyline([Point(3, 40), Point(30, 5), Point(60, 44)]), color: Color.tab10[0], style: StrokeStyle(width: 2.5))
        r.drawText("Ag", at: Point(10, 30), style: TextStyle(size: 16, color: .black), alignment: .left, rotation: 0)
        for alpha in [false, true] {
            let raw = r.pixelBytes(alpha: alpha)
            let png = try PNGEncoder.encode(raw, width: 64, height: 48, alpha: alpha, dpi: 150)
            let back = try PNGDecoder.decode(png)
            #expect(back.width == 64 && back.height == 48)
            #expect(abs((back.dpi ?? 0) - 150) < 0.1)
            var rgba: [UInt8] = raw
            if !alpha {
                rgba = []
                for i in stride(from: 0, to: raw.count, by: 3) { rgba += [raw[i], raw[i + 1], raw[i + 2], 255] }
            }
            #expect(back.rgba == rgba)
        }
        #expect(throws: PlotError.self) { _ = try PNGDecoder.decode([1, 2, 3]) }
        #expect(throws: PlotError.invalidImageSize(width: 0, height: 5)) { _ = try PNGEncoder.encode([], width: 0, height: 5, alpha: false) }
    }

    @Test func textIsDrawnWithFreeTypeAndKerning() throws {
        let style = TextStyle(size: 20, color: .black)
        let av = try FontLibrary.shared.layout("AV", style: style)
        let a = try FontLibrary.shared.layout("A", style: style), v = try FontLibrary.shared.layout("V", style: style)
        #expect(av.width < a.width + v.width - 0.5)   // DejaVu kerns "AV"
        let r = RasterRenderer(width: 60, height: 30, background: .clear)
        r.drawText("AV", at: Point(5, 24), style: style, alignment: .left, rotation: 0)
        let ink = stride(from: 3, to: r.canvas.pixels.count, by: 4).filter { r.canvas.pixels[$0] > 127 }.count
        #expect(ink > 40)
        let rotated = RasterRenderer(width: 30, height: 60, background: .clear)
        rotated.drawText("AV", at: Point(24, 55), style: style, alignment: .left, rotation: 90)
        // Rotated text runs upwards: ink stays within the column left of the baseline.
        let cols = (0..<30).filter { x in (0..<60).contains { y in rotated.canvas.alpha(x, y) > 0.5 } }
        #expect((cols.max() ?? 99) <= 25 && (cols.min() ?? 0) >= 5)
    }
}

@Suite struct CanvasTests {
    @Test func opaqueBackgroundStaysOpaqueUnderTranslucentDrawing() {
        let r = RasterRenderer(width: 16, height: 16, background: .white)
        r.fill(.circle(center: Point(8, 8), radius: 5.3), color: Color(r: 10, g: 200, b: 30, a: 77), rule: .nonZero)
        r.drawImage(RGBAImage(width: 2, height: 2, fill: Color(r: 0, g: 0, b: 0, a: 100)), in: Rect(x: 0, y: 0, width: 16, height: 8))
        #expect(stride(from: 3, to: r.canvas.pixels.count, by: 4).allSatisfy { r.canvas.pixels[$0] == 255 })
        #expect(r.canvas.isOpaque)
        let t = RasterRenderer(width: 4, height: 4, background: .clear)
        #expect(!t.canvas.isOpaque)
    }
}
