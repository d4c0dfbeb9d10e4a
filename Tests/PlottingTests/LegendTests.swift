import Foundation
import Testing
@testable import Plotting

@Suite struct LegendTests {
    private func position(_ fig: Figure) -> LegendPosition {
        let ctx = DrawContext(pt: 100 / 72, theme: fig.theme)
        let layout = FigureLayout.make(fig, width: fig.width, height: fig.height, ctx: ctx)
        return fig.axes.resolvedLegendPosition(layout.axes[0], ctx: ctx)
    }

    @Test func bestAvoidsADecayingCurve() throws {
        // Loss curves fill the upper left and lower right: the legend goes upper right.
        let fig = Figure()
        let x = (0..<200).map(Double.init)
        try fig.axes.line(x, x.map { 2.3 * exp(-$0 / 30) }, label: "train")
        #expect(position(fig) == .upperRight)
    }

    @Test func bestAvoidsARisingCurve() throws {
        let fig = Figure()
        let x = (0..<200).map(Double.init)
        try fig.axes.line(x, x.map { 1 - exp(-$0 / 8) }, label: "accuracy")
        #expect(position(fig) == .lowerRight)
    }

    @Test func bestAvoidsTheDiagonal() throws {
        let fig = Figure()
        try fig.axes.line([0, 1], [0, 1], label: "y = x")
        let p = position(fig)
        #expect(p == .upperLeft || p == .lowerRight)
    }

    @Test func explicitPositionIsKeptAndEntriesFollowMarks() throws {
        let fig = Figure()
        try fig.axes.line([0, 1], [0, 1], label: "a")
        try fig.axes.bar(x: [0.5], heights: [1], label: "b")
        try fig.axes.scatter([0], [0])
        fig.axes.horizontalLine(at: 0.5, label: "c")
        fig.axes.legend = .lowerLeft
        #expect(position(fig) == .lowerLeft)
        #expect(fig.axes.legendEntries.map(\.label) == ["a", "b", "c"])
    }

    @Test func noLabelsNoLegend() throws {
        let fig = Figure()
        try fig.axes.line([0, 1], [0, 1])
        let r = RecordingRenderer()
        fig.draw(on: r, dpi: 100, deviceWidth: 640, deviceHeight: 480)
        let legendBoxes = r.calls.filter { if case .fill(_, let c, _) = $0, c == fig.theme.legendBackground { return true }; return false }
        #expect(legendBoxes.isEmpty)
    }
}
