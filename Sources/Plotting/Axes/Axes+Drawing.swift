import Foundation

// MARK: - Drawing an axes

extension Axes {
    /// Draws background, grid, marks, frame, ticks, labels, title, legend and colour bar.
    func draw(_ l: AxesLayout, on r: Renderer, ctx: DrawContext) {
        let plot = l.plot
        if theme.axesBackground != theme.background { r.fill(.rect(plot), color: theme.axesBackground, rule: .nonZero) }
        let gridOn = grid ?? theme.grid
        let hasImage = marks.contains { if case .image = $0 { return true }; return false }
        if gridOn && !hasImage { drawGrid(l, on: r, ctx: ctx) }

        r.pushClip(plot)
        for m in marks { draw(m, l, on: r, ctx: ctx) }
        r.popClip()

        drawFrame(l, on: r, ctx: ctx)
        drawLabels(l, on: r, ctx: ctx)
        if legend != .hidden { drawLegend(l, on: r, ctx: ctx) }
        if let cb = l.colorBar { drawColorBar(cb.rect, ticks: cb.ticks, mark: cb.mark, on: r, ctx: ctx) }
    }

    // MARK: - Grid and frame

    private func drawGrid(_ l: AxesLayout, on r: Renderer, ctx: DrawContext) {
        var p = Path()
        for v in l.xTicks.major {
            let x = l.xScale.map(v)
            if x > l.plot.minX + 0.5 && x < l.plot.maxX - 0.5 { p.subpaths.append(.init(points: [Point(x, l.plot.minY), Point(x, l.plot.maxY)], closed: false)) }
        }
        for v in l.yTicks.major {
            let y = l.yScale.map(v)
            if y > l.plot.minY + 0.5 && y < l.plot.maxY - 0.5 { p.subpaths.append(.init(points: [Point(l.plot.minX, y), Point(l.plot.maxX, y)], closed: false)) }
        }
        r.stroke(p, color: theme.gridColor, style: StrokeStyle(width: 0.8 * ctx.pt, cap: .butt, join: .miter, snap: true))
    }

    private func drawFrame(_ l: AxesLayout, on r: Renderer, ctx: DrawContext) {
        let p = l.plot
        let style = StrokeStyle(width: ctx.spineWidth, cap: .square, join: .miter, snap: true)
        if theme.fullFrame {
            r.stroke(.polygon([Point(p.minX, p.minY), Point(p.maxX, p.minY), Point(p.maxX, p.maxY), Point(p.minX, p.maxY)]),
                     color: theme.foreground, style: style)
        } else {
            r.stroke(.polyline([Point(p.minX, p.minY), Point(p.minX, p.maxY), Point(p.maxX, p.maxY)]), color: theme.foreground, style: style)
        }
        // Ticks.
        let dirOut = theme.ticksInside ? -1.0 : 1.0
        var ticks = Path()
        func add(_ ts: [Double], _ len: Double, x: Bool) {
            for v in ts {
                if x {
                    let px = l.xScale.map(v)
                    guard px >= p.minX - 0.5 && px <= p.maxX + 0.5 else { continue }
                    ticks.subpaths.append(.init(points: [Point(px, p.maxY), Point(px, p.maxY + dirOut * len)], closed: false))
                } else {
                    let py = l.yScale.map(v)
                    guard py >= p.minY - 0.5 && py <= p.maxY + 0.5 else { continue }
                    ticks.subpaths.append(.init(points: [Point(p.minX, py), Point(p.minX - dirOut * len, py)], closed: false))
                }
            }
        }
        add(l.xTicks.major, ctx.tickLength, x: true)
        add(l.yTicks.major, ctx.tickLength, x: false)
        add(l.xTicks.minor, ctx.tickLength * 0.57, x: true)
        add(l.yTicks.minor, ctx.tickLength * 0.57, x: false)
        r.stroke(ticks, color: theme.foreground, style: StrokeStyle(width: ctx.spineWidth, cap: .butt, join: .miter, snap: true))
    }

    // MARK: - Labels

    private func drawLabels(_ l: AxesLayout, on r: Renderer, ctx: DrawContext) {
        let p = l.plot
        let base = ctx.base
        let m0 = ctx.measure("0", base)
        var bottom = p.maxY + ctx.tickOutside
        if l.showXTickLabels {
            bottom += ctx.tickPad
            var lowest = bottom + m0.height
            for (v, s) in zip(l.xTicks.major, l.xTicks.labels) {
                let x = l.xScale.map(v)
                guard x >= p.minX - 0.5 && x <= p.maxX + 0.5 else { continue }
                if l.xTicks.rotated {
                    // Right end of the label at the tick, rising to the left at 45°.
                    r.drawText(s, at: Point(x + m0.ascent * 0.35, bottom + m0.ascent * 0.35), style: base, alignment: .right, rotation: 45)
                    lowest = max(lowest, bottom + (ctx.measure(s, base).width + m0.height) * 0.7071)
                } else {
                    r.drawText(s, at: Point(x, bottom + m0.ascent), style: base, alignment: .center, rotation: 0)
                }
            }
            bottom = lowest
            if let mult = l.xTicks.multiplier {
                r.drawText(mult, at: Point(p.maxX, bottom + m0.ascent), style: base, alignment: .right, rotation: 0)
                bottom += m0.height
            }
        }
        if let xl = xLabel, !xl.isEmpty {
            r.drawText(xl, at: Point(p.midX, bottom + ctx.labelPad + m0.ascent), style: base, alignment: .center, rotation: 0)
        }
        var left = p.minX - ctx.tickOutside
        if l.showYTickLabels {
            left -= ctx.tickPad
            var widest = 0.0
            for (v, s) in zip(l.yTicks.major, l.yTicks.labels) {
                let y = l.yScale.map(v)
                guard y >= p.minY - 0.5 && y <= p.maxY + 0.5 else { continue }
                r.drawText(s, at: Point(left, y + m0.capHeight / 2), style: base, alignment: .right, rotation: 0)
                widest = max(widest, ctx.measure(s, base).width)
            }
            left -= widest
            if let mult = l.yTicks.multiplier {
                r.drawText(mult, at: Point(p.minX, p.minY - ctx.pt * 4), style: base, alignment: .left, rotation: 0)
            }
        }
        if let yl = yLabel, !yl.isEmpty {
            r.drawText(yl, at: Point(left - ctx.labelPad - m0.descent, p.midY), style: base, alignment: .center, rotation: 90)
        }
        if let t = title, !t.isEmpty {
            let ts = ctx.text(theme.titleSize)
            var y = p.minY - ctx.pt * 6 - ctx.measure(t, ts).descent
            if l.yTicks.multiplier != nil && l.showYTickLabels { y -= m0.height }
            r.drawText(t, at: Point(p.midX, y), style: ts, alignment: .center, rotation: 0)
        }
    }

    // MARK: - Colour bar

    private func drawColorBar(_ rect: Rect, ticks: AxisTicks, mark: ImageMark, on r: Renderer, ctx: DrawContext) {
        var img = RGBAImage(width: 1, height: 256)
        for i in 0..<256 { img[0, i] = mark.colorMap.color(at: 1 - Double(i) / 255) }
        r.drawImage(img, in: rect)
        r.stroke(.rect(rect), color: theme.foreground, style: StrokeStyle(width: ctx.spineWidth, cap: .square, join: .miter, snap: true))
        let scale = AxisScale(kind: .linear, lo: mark.vmin, hi: mark.vmax, p0: rect.maxY, p1: rect.minY)
        var p = Path()
        let base = ctx.base
        let m0 = ctx.measure("0", base)
        var widest = 0.0
        for (v, s) in zip(ticks.major, ticks.labels) {
            let y = scale.map(v)
            guard y >= rect.minY - 0.5 && y <= rect.maxY + 0.5 else { continue }
            p.subpaths.append(.init(points: [Point(rect.maxX, y), Point(rect.maxX + ctx.tickLength, y)], closed: false))
            r.drawText(s, at: Point(rect.maxX + ctx.tickLength + ctx.tickPad, y + m0.capHeight / 2),
                       style: base, alignment: .left, rotation: 0)
            widest = max(widest, ctx.measure(s, base).width)
        }
        r.stroke(p, color: theme.foreground, style: StrokeStyle(width: ctx.spineWidth, cap: .butt, join: .miter, snap: true))
        if let mult = ticks.multiplier {
            r.drawText(mult, at: Point(rect.minX, rect.minY - ctx.pt * 4), style: base, alignment: .left, rotation: 0)
        }
        if let label = mark.colorBarLabel, !label.isEmpty {
            let x = rect.maxX + ctx.tickLength + ctx.tickPad + widest + ctx.labelPad + m0.ascent
            r.drawText(label, at: Point(x, rect.midY), style: base, alignment: .center, rotation: 90)
        }
    }
}

extension Rect {
    /// Horizontal centre.
    var midX: Double { x + width / 2 }
    /// Vertical centre.
    var midY: Double { y + height / 2 }
}
