import Foundation

/// Places a figure's axes on a grid, leaving each exactly the room its titles, labels, tick labels
/// and colour bar need, aligned across rows and columns (like matplotlib's constrained layout).
struct FigureLayout {
    /// One layout per axes, row-major.
    var axes: [AxesLayout]
    /// Baseline position of the figure title.
    var titleBaseline: Double

    /// Lays out `figure` on a `width`×`height` device-pixel canvas.
    static func make(_ figure: Figure, width: Double, height: Double, ctx: DrawContext) -> FigureLayout {
        let pad = 0.6 * figure.theme.fontSize * ctx.pt
        var top = pad
        var titleBaseline = 0.0
        if let t = figure.title, !t.isEmpty {
            let m = ctx.measure(t, ctx.text(figure.theme.titleSize * 1.15, bold: true))
            titleBaseline = pad + m.ascent
            top += m.height + pad * 0.5
        }
        let rows = figure.rows, cols = figure.columns
        let cellW = max(1, (width - 2 * pad) / Double(cols))
        let cellH = max(1, (height - top - pad) / Double(rows))

        // Shared limits.
        let limits = figure.grid.map { ax -> ((Double, Double), (Double, Double)) in
            (ax.extent(horizontal: true).limits(fixed: ax.xLimits, scale: ax.xScale),
             ax.extent(horizontal: false).limits(fixed: ax.yLimits, scale: ax.yScale))
        }
        func sharedLimits(_ horizontal: Bool) -> (Double, Double)? {
            var e = DataExtent()
            for ax in figure.grid { e.merge(ax.extent(horizontal: horizontal)) }
            if e.isEmpty { return nil }
            let first = figure.grid[0]
            return e.limits(fixed: horizontal ? first.xLimits : first.yLimits, scale: horizontal ? first.xScale : first.yScale)
        }
        let sharedX = figure.sharedX ? sharedLimits(true) : nil
        let sharedY = figure.sharedY ? sharedLimits(false) : nil

        // Two passes: estimate lengths, measure decorations, then redo ticks with the real lengths.
        var plotW = [Double](repeating: cellW * 0.75, count: rows * cols)
        var plotH = [Double](repeating: cellH * 0.75, count: rows * cols)
        var result: [AxesLayout] = []
        for _ in 0..<2 {
            var decorations: [(left: Double, right: Double, top: Double, bottom: Double)] = []
            var ticks: [(AxisTicks, AxisTicks, AxisTicks?)] = []
            for (i, ax) in figure.grid.enumerated() {
                let (r, c) = (i / cols, i % cols)
                let xl = sharedX ?? limits[i].0, yl = sharedY ?? limits[i].1
                let hasImage = ax.marks.contains { if case .image = $0 { return true }; return false }
                let xt = AxisTicks.make(lo: xl.0, hi: xl.1, length: plotW[i], scale: ax.xScale, format: ax.xTickFormat,
                                        categories: ax.xCategories, horizontal: true, integerOnly: hasImage, ctx: ctx)
                let yt = AxisTicks.make(lo: yl.0, hi: yl.1, length: plotH[i], scale: ax.yScale, format: ax.yTickFormat,
                                        categories: ax.yCategories, horizontal: false, integerOnly: hasImage, ctx: ctx)
                let showX = !figure.sharedX || r == rows - 1
                let showY = !figure.sharedY || c == 0
                var cb: AxisTicks?
                if let im = ax.colorBarMark {
                    cb = AxisTicks.make(lo: im.vmin, hi: im.vmax, length: plotH[i], scale: .linear, format: .automatic,
                                        categories: [], horizontal: false, integerOnly: false, ctx: ctx)
                }
                ticks.append((xt, yt, cb))
                decorations.append(decorationSizes(ax, xt, yt, cb, showX: showX, showY: showY, ctx: ctx))
            }
            // Align: each column takes its widest left/right, each row its tallest top/bottom.
            var colLeft = [Double](repeating: 0, count: cols), colRight = colLeft
            var rowTop = [Double](repeating: 0, count: rows), rowBottom = rowTop
            for (i, d) in decorations.enumerated() {
                let (r, c) = (i / cols, i % cols)
                colLeft[c] = max(colLeft[c], d.left); colRight[c] = max(colRight[c], d.right)
                rowTop[r] = max(rowTop[r], d.top); rowBottom[r] = max(rowBottom[r], d.bottom)
            }
            result = []
            for (i, ax) in figure.grid.enumerated() {
                let (r, c) = (i / cols, i % cols)
                let cx = pad + Double(c) * cellW, cy = top + Double(r) * cellH
                let x0 = (cx + colLeft[c]).rounded(), y0 = (cy + rowTop[r]).rounded()
                let x1 = max(x0 + 10, (cx + cellW - colRight[c]).rounded()), y1 = max(y0 + 10, (cy + cellH - rowBottom[r]).rounded())
                let plot = Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
                plotW[i] = plot.width; plotH[i] = plot.height
                let xl = sharedX ?? limits[i].0, yl = sharedY ?? limits[i].1
                let xs = AxisScale(kind: ax.xScale, lo: xl.0, hi: xl.1, p0: plot.minX, p1: plot.maxX)
                let ys = ax.yInverted ? AxisScale(kind: ax.yScale, lo: yl.0, hi: yl.1, p0: plot.minY, p1: plot.maxY)
                    : AxisScale(kind: ax.yScale, lo: yl.0, hi: yl.1, p0: plot.maxY, p1: plot.minY)
                var bar: (rect: Rect, ticks: AxisTicks, mark: ImageMark)?
                if let im = ax.colorBarMark, let cbt = ticks[i].2 {
                    let gap = 10 * ctx.pt, w = 12 * ctx.pt
                    bar = (Rect(x: (plot.maxX + gap).rounded(), y: plot.minY, width: w.rounded(), height: plot.height), cbt, im)
                }
                result.append(AxesLayout(plot: plot, xScale: xs, yScale: ys, xTicks: ticks[i].0, yTicks: ticks[i].1,
                                         showXTickLabels: !figure.sharedX || r == rows - 1,
                                         showYTickLabels: !figure.sharedY || c == 0, colorBar: bar))
            }
        }
        return FigureLayout(axes: result, titleBaseline: titleBaseline)
    }

    /// Room needed around the plot area on each side.
    private static func decorationSizes(_ ax: Axes, _ xt: AxisTicks, _ yt: AxisTicks, _ cb: AxisTicks?, showX: Bool, showY: Bool,
                                        ctx: DrawContext) -> (left: Double, right: Double, top: Double, bottom: Double) {
        let base = ctx.base
        let lineH = ctx.measure("0", base).height
        var left = ctx.tickOutside + ctx.pt * 2
        if showY { left += ctx.tickPad + yt.maxWidth(ctx) }
        if let l = ax.yLabel, !l.isEmpty { left += ctx.labelPad + lineH }
        var bottom = ctx.tickOutside + ctx.pt * 2
        if showX {
            if xt.rotated {
                let w = xt.maxWidth(ctx)
                bottom += ctx.tickPad + (w + lineH) * 0.7071
            } else { bottom += ctx.tickPad + lineH }
        }
        if let l = ax.xLabel, !l.isEmpty { bottom += ctx.labelPad + lineH }
        var top = ctx.pt * 4
        if yt.multiplier != nil { top = max(top, lineH + ctx.pt * 4) }
        if let t = ax.title, !t.isEmpty { top += ctx.measure(t, ctx.text(ctx.theme.titleSize)).height + ctx.pt * 4 }
        // Room for the last x tick label to overhang the plot area, and for the x multiplier.
        var right = ctx.pt * 6
        if showX, let last = xt.labels.last, !xt.rotated { right = max(right, ctx.measure(last, base).width / 2) }
        if xt.multiplier != nil { right = max(right, ctx.measure(xt.multiplier ?? "", base).width * 0.6) }
        if let cb {
            right = 10 * ctx.pt + 12 * ctx.pt + 3.5 * ctx.pt + ctx.tickPad + cb.maxWidth(ctx) + ctx.pt * 4
            if let l = ax.colorBarMark?.colorBarLabel, !l.isEmpty { right += ctx.labelPad + lineH }
        }
        return (left, right, top, bottom)
    }
}

extension Axes {
    /// The heat map whose colour bar this axes draws, if any (the last one that asked for it).
    var colorBarMark: ImageMark? {
        for m in marks.reversed() { if case .image(let im) = m, im.colorBar { return im } }
        return nil
    }
}
