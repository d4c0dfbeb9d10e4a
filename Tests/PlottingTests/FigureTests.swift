import Foundation
import Testing
@testable import Plotting

@Suite struct FigureTests {
    @Test func drawsTitleLabelsAndTicksThroughTheRenderer() throws {
        let fig = Figure(width: 640, height: 480)
        try fig.axes.line([0, 1, 2], [0, 1, 4], label: "train")
        fig.axes.title = "Loss"
        fig.axes.xLabel = "step"
        fig.axes.yLabel = "loss"
        let r = RecordingRenderer()
        fig.draw(on: r, dpi: 100, deviceWidth: 640, deviceHeight: 480)
        let texts = r.texts
        #expect(texts.contains { $0.0 == "Loss" && $0.1 == 0 })
        #expect(texts.contains { $0.0 == "loss" && $0.1 == 90 })
        #expect(texts.contains { $0.0 == "train" })
        #expect(texts.contains { $0.0 == "2.0" })
        let pushes = r.calls.filter { if case .pushClip = $0 { return true }; return false }.count
        let pops = r.calls.filter { if case .popClip = $0 { return true }; return false }.count
        #expect(pushes == pops && pushes == 1)
    }

    @Test func lineIsClippedToThePlotArea() throws {
        let fig = Figure()
        try fig.axes.line([0, 1], [0, 1])
        let r = RecordingRenderer()
        fig.draw(on: r, dpi: 100, deviceWidth: 640, deviceHeight: 480)
        guard let i = r.calls.firstIndex(where: { if case .pushClip = $0 { return true }; return false }),
              case .pushClip(let clip) = r.calls[i], case .stroke(let path, _, _) = r.calls[i + 1] else {
            Issue.record("expected a clip followed by the line"); return
        }
        let b = try #require(path.bounds)
        // 5% margins: the line spans 1/1.1 of the plot width, centred.
        #expect(abs(b.width - clip.width / 1.1) < 1)
        #expect(abs(b.midX - clip.midX) < 1)
    }

    @Test func dpiScalesTheImage() throws {
        let fig = Figure(width: 320, height: 240)
        try fig.axes.line([1, 2, 3])
        let png = try PNGDecoder.decode(fig.pngData(dpi: 200))
        #expect(png.width == 640 && png.height == 480)
        #expect(abs((png.dpi ?? 0) - 200) < 0.1)
    }

    @Test func userErrorsThrowInsteadOfCrashing() throws {
        let fig = Figure(rows: 2, columns: 2)
        #expect(throws: PlotError.lengthMismatch(what: "line: x and y", expected: 3, got: 2)) { try fig.axes.line([1, 2, 3], [1, 2]) }
        #expect(throws: PlotError.subplotOutOfRange(row: 2, column: 0, rows: 2, columns: 2)) { _ = try fig[2, 0] }
        #expect(throws: PlotError.self) { try fig.axes.heatmap([[1, 2], [3]]) }
        #expect(throws: PlotError.self) { try fig.axes.histogram([], bins: 10) }
        #expect(throws: PlotError.unsupportedFormat(path: "/tmp/x.jpg")) { try fig.save("/tmp/x.jpg") }
        #expect(throws: PlotError.self) { _ = try fig.pngData(dpi: -1) }
        let message = PlotError.subplotOutOfRange(row: 2, column: 0, rows: 2, columns: 2).description
        #expect(message.contains("0..<2"))
    }

    @Test func sharedAxesUseOneRangeAndHideInnerLabels() throws {
        let fig = Figure(rows: 1, columns: 2, sharedY: true)
        try fig[0, 0].line([0, 1], [0, 10])
        try fig[0, 1].line([0, 1], [0, 1])
        let ctx = DrawContext(pt: 100 / 72, theme: fig.theme)
        let layout = FigureLayout.make(fig, width: 640, height: 480, ctx: ctx)
        #expect(layout.axes[0].yScale.lo == layout.axes[1].yScale.lo)
        #expect(layout.axes[0].yScale.hi == layout.axes[1].yScale.hi)
        #expect(layout.axes[0].showYTickLabels && !layout.axes[1].showYTickLabels)
        // Rows are aligned.
        #expect(layout.axes[0].plot.minY == layout.axes[1].plot.minY)
        #expect(layout.axes[0].plot.height == layout.axes[1].plot.height)
    }

    @Test func nonFiniteValuesBreakTheLine() throws {
        let fig = Figure()
        try fig.axes.line([0, 1, 2, 3, 4], [0, 1, .nan, 3, 4])
        let r = RecordingRenderer()
        fig.draw(on: r, dpi: 100, deviceWidth: 640, deviceHeight: 480)
        let strokes = r.calls.compactMap { if case .stroke(let p, let c, _) = $0, c == Color.tab10[0] { return p }; return nil }
        #expect(strokes.first?.subpaths.count == 2)
    }

    @Test func savesBothFormats() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plotting-save-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let fig = try Gallery.filterResponse()
        try fig.save(dir.appendingPathComponent("f.png").path)
        try fig.save(dir.appendingPathComponent("f.svg").path)
        let png = try Data(contentsOf: dir.appendingPathComponent("f.png"))
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let svg = try String(contentsOf: dir.appendingPathComponent("f.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<?xml"))
    }

    @Test func yTickLabelsAreCentredOnTheirTicks() throws {
        let fig = Figure()
        try fig.axes.line([0, 1], [0, 1])
        let ctx = DrawContext(pt: 100 / 72, theme: fig.theme)
        let layout = FigureLayout.make(fig, width: 640, height: 480, ctx: ctx).axes[0]
        let r = RecordingRenderer()
        fig.draw(on: r, dpi: 100, deviceWidth: 640, deviceHeight: 480)
        let cap = ctx.measure("0", ctx.base).capHeight
        #expect(cap > 0.6 * ctx.base.size && cap < 0.8 * ctx.base.size)
        for case let .text(s, origin, _, .right, 0) in r.calls {
            guard let i = layout.yTicks.labels.firstIndex(of: s) else { continue }
            #expect(abs(origin.y - cap / 2 - layout.yScale.map(layout.yTicks.major[i])) < 1e-9)
        }
    }

    @Test func describesItself() throws {
        let fig = Figure(rows: 1, columns: 2)
        fig.title = "Run"
        try fig.axes.line([1, 2])
        #expect(fig.description == "Figure 640×480, 1×2 axes, 1 mark, \"Run\"")
    }
}
