import Foundation

/// One legend row: the sample drawn for a mark and its label.
struct LegendEntry {
    enum Sample {
        case line(color: Color, width: Double, style: LineStyle, marker: Marker?)
        case marker(Marker, color: Color)
        case patch(Color)
    }
    var label: String
    var sample: Sample
}

// MARK: - Legend

extension Axes {
    /// Legend rows for every labelled mark, in the order they were added.
    var legendEntries: [LegendEntry] {
        var out: [LegendEntry] = []
        for m in marks {
            switch m {
            case .line(let l): if let s = l.label { out.append(.init(label: s, sample: .line(color: l.color, width: l.width, style: l.style, marker: l.marker))) }
            case .scatter(let s): if let t = s.label { out.append(.init(label: t, sample: .marker(s.marker, color: s.color))) }
            case .bars(let b): if let t = b.label { out.append(.init(label: t, sample: .patch(b.color))) }
            case .area(let a): if let t = a.label { out.append(.init(label: t, sample: .patch(a.color))) }
            case .reference(let r): if let t = r.label { out.append(.init(label: t, sample: .line(color: r.color, width: r.width, style: r.style, marker: nil))) }
            case .image, .text: break
            }
        }
        return out
    }

    /// The legend box size in device pixels.
    func legendSize(_ entries: [LegendEntry], ctx: DrawContext) -> (width: Double, height: Double, row: Double) {
        let em = theme.fontSize * ctx.pt
        let m0 = ctx.measure("0", ctx.base)
        let textW = entries.map { ctx.measure($0.label, ctx.base).width }.max() ?? 0
        let row = m0.height
        let w = 0.4 * em * 2 + 2 * em + 0.8 * em + textW
        let h = 0.4 * em * 2 + Double(entries.count) * row + Double(max(0, entries.count - 1)) * 0.5 * em
        return (w, h, row)
    }

    /// The legend rectangle for `position` inside `plot`.
    func legendRect(_ position: LegendPosition, size: (width: Double, height: Double), plot: Rect, ctx: DrawContext) -> Rect {
        let pad = 0.5 * theme.fontSize * ctx.pt
        let left = plot.minX + pad, right = plot.maxX - pad - size.width, cx = plot.midX - size.width / 2
        let top = plot.minY + pad, bottom = plot.maxY - pad - size.height, cy = plot.midY - size.height / 2
        let (x, y): (Double, Double)
        switch position {
        case .upperRight, .best, .hidden: (x, y) = (right, top)
        case .upperLeft: (x, y) = (left, top)
        case .lowerLeft: (x, y) = (left, bottom)
        case .lowerRight: (x, y) = (right, bottom)
        case .centerRight: (x, y) = (right, cy)
        case .centerLeft: (x, y) = (left, cy)
        case .lowerCenter: (x, y) = (cx, bottom)
        case .upperCenter: (x, y) = (cx, top)
        }
        return Rect(x: x.rounded(), y: y.rounded(), width: size.width.rounded(), height: size.height.rounded())
    }

    /// How much data a legend at `box` would hide: points inside, segments crossing, and area of bars and bands.
    func legendBadness(_ box: Rect, _ l: AxesLayout) -> Double {
        var bad = 0.0
        for m in marks {
            switch m {
            case .line(let line):
                let path = polylines(line.x, line.y, l)
                for s in path.subpaths {
                    for (i, p) in s.points.enumerated() {
                        if box.contains(p) { bad += 1 } else if i > 0 && box.intersectsSegment(s.points[i - 1], p) { bad += 1 }
                    }
                }
            case .scatter(let sc):
                for i in sc.x.indices { if let p = device(sc.x[i], sc.y[i], l), box.contains(p) { bad += 1 } }
            case .bars(let b):
                for r in b.rects {
                    if let a = device(r.x0, r.y0, l), let c = device(r.x1, r.y1, l) { bad += Rect(corners: a, c).overlapArea(box) / 50 }
                }
            case .area(let a):
                for i in a.x.indices {
                    if let p = device(a.x[i], a.upper[i], l), let q = device(a.x[i], a.lower[i], l), box.intersectsSegment(p, q) { bad += 0.5 }
                }
            case .text(let t):
                if let p = device(t.x, t.y, l), box.insetBy(dx: -20, dy: -10).contains(p) { bad += 20 }
            case .image, .reference: break
            }
        }
        return bad
    }

    /// The position the legend is drawn at: the requested one, or for ``LegendPosition/best`` the first
    /// candidate with the least covered data.
    func resolvedLegendPosition(_ l: AxesLayout, ctx: DrawContext) -> LegendPosition {
        guard legend == .best else { return legend }
        let entries = legendEntries
        let size = legendSize(entries, ctx: ctx)
        var best = LegendPosition.upperRight, bestBad = Double.infinity
        for c in LegendPosition.candidates {
            let bad = legendBadness(legendRect(c, size: (size.width, size.height), plot: l.plot, ctx: ctx), l)
            if bad < bestBad { best = c; bestBad = bad }
        }
        return best
    }

    /// Draws the legend box with one sample and label per entry.
    func drawLegend(_ l: AxesLayout, on r: Renderer, ctx: DrawContext) {
        let entries = legendEntries
        guard !entries.isEmpty else { return }
        let size = legendSize(entries, ctx: ctx)
        let box = legendRect(resolvedLegendPosition(l, ctx: ctx), size: (size.width, size.height), plot: l.plot, ctx: ctx)
        r.fill(.rect(box), color: theme.legendBackground, rule: .nonZero)
        r.stroke(.rect(box), color: theme.legendBorder, style: StrokeStyle(width: 0.8 * ctx.pt, cap: .butt, join: .miter, snap: true))
        let em = theme.fontSize * ctx.pt
        let m0 = ctx.measure("0", ctx.base)
        var y = box.minY + 0.4 * em
        for e in entries {
            let mid = y + size.row / 2
            let x0 = box.minX + 0.4 * em, x1 = x0 + 2 * em
            switch e.sample {
            case let .line(color, width, style, marker):
                let w = width * ctx.pt
                r.stroke(.polyline([Point(x0, mid), Point(x1, mid)]), color: color,
                         style: StrokeStyle(width: w, cap: .butt, join: .round, dash: style.pattern.map { $0 * w }))
                if let marker {
                    let shape = marker.path(at: Point((x0 + x1) / 2, mid), size: 6 * ctx.pt)
                    if marker.isStroked { r.stroke(shape, color: color, style: StrokeStyle(width: ctx.pt, cap: .butt, join: .miter)) } else { r.fill(shape, color: color, rule: .nonZero) }
                }
            case let .marker(marker, color):
                let shape = marker.path(at: Point((x0 + x1) / 2, mid), size: 6 * ctx.pt)
                if marker.isStroked { r.stroke(shape, color: color, style: StrokeStyle(width: ctx.pt, cap: .butt, join: .miter)) } else { r.fill(shape, color: color, rule: .nonZero) }
            case .patch(let color):
                let h = 0.7 * em
                r.fill(.rect(Rect(x: x0.rounded(), y: (mid - h / 2).rounded(), width: (x1 - x0).rounded(), height: h.rounded())), color: color, rule: .nonZero)
            }
            r.drawText(e.label, at: Point(x1 + 0.8 * em, y + m0.ascent), style: ctx.base, alignment: .left, rotation: 0)
            y += size.row + 0.5 * em
        }
    }
}
