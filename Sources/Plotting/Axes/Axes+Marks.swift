import Foundation

// MARK: - Drawing marks

extension Axes {
    /// Maps a data point to device pixels, keeping far-away points at a finite distance.
    @inline(__always)
    func device(_ x: Double, _ y: Double, _ l: AxesLayout) -> Point? {
        let px = l.xScale.map(x), py = l.yScale.map(y)
        guard px.isFinite, py.isFinite else { return nil }
        return Point(max(-1e6, min(1e6, px)), max(-1e6, min(1e6, py)))
    }

    /// Like ``device(_:_:_:)`` but sends infinite positions (0 on a log axis) to ±10⁶ pixels; nil only for NaN.
    func deviceClamped(_ x: Double, _ y: Double, _ l: AxesLayout) -> Point? {
        let px = l.xScale.map(x), py = l.yScale.map(y)
        guard !px.isNaN, !py.isNaN else { return nil }
        return Point(max(-1e6, min(1e6, px)), max(-1e6, min(1e6, py)))
    }

    /// Device-space polyline pieces, broken wherever a point is missing or invalid for the scale.
    func polylines(_ xs: [Double], _ ys: [Double], _ l: AxesLayout) -> Path {
        var path = Path()
        var current: [Point] = []
        current.reserveCapacity(xs.count)
        for i in xs.indices {
            if let p = device(xs[i], ys[i], l) { current.append(p) } else if !current.isEmpty {
                path.subpaths.append(.init(points: current, closed: false)); current = []
            }
        }
        if !current.isEmpty { path.subpaths.append(.init(points: current, closed: false)) }
        return path
    }

    /// Draws one mark.
    func draw(_ m: Mark, _ l: AxesLayout, on r: Renderer, ctx: DrawContext) {
        switch m {
        case .line(let line):
            let w = line.width * ctx.pt
            if w > 0 {
                let style = StrokeStyle(width: w, cap: line.style == .solid ? .square : .butt, join: .round,
                                        dash: line.style.pattern.map { $0 * w })
                r.stroke(polylines(line.x, line.y, l), color: line.color, style: style)
            }
            if let mk = line.marker { drawMarkers(line.x, line.y, mk, size: line.markerSize * ctx.pt, color: line.color, l, on: r, ctx: ctx) }
        case .scatter(let s):
            drawMarkers(s.x, s.y, s.marker, size: s.size * ctx.pt, color: s.color, l, on: r, ctx: ctx)
        case .bars(let b):
            for rect in b.rects {
                // A baseline at 0 on a log axis lies infinitely far away: clamp it beyond the plot edge.
                guard let a = deviceClamped(rect.x0, rect.y0, l), let c = deviceClamped(rect.x1, rect.y1, l) else { continue }
                let box = Rect(corners: Point(a.x.rounded(), a.y.rounded()), Point(c.x.rounded(), c.y.rounded()))
                guard box.width > 0 || box.height > 0 else { continue }
                r.fill(.rect(box), color: b.color, rule: .nonZero)
                if let e = b.edgeColor, box.width > 3 {
                    r.stroke(.rect(box), color: e, style: StrokeStyle(width: 0.6 * ctx.pt, cap: .butt, join: .miter, snap: true))
                }
            }
        case .area(let a):
            var pts: [Point] = []
            var path = Path()
            for i in a.x.indices {
                if let p = device(a.x[i], a.upper[i], l) { pts.append(p) } else if !pts.isEmpty {
                    path.append(areaPiece(pts, a, upTo: i, l)); pts = []
                }
            }
            if !pts.isEmpty { path.append(areaPiece(pts, a, upTo: a.x.count, l)) }
            r.fill(path, color: a.color, rule: .nonZero)
        case .image(let im):
            let rows = im.rows, cols = im.columns
            var img = im.rgba ?? RGBAImage(width: cols, height: rows)
            if im.rgba == nil { colorMapped(im, into: &img) }
            if let a = device(-0.5, -0.5, l), let c = device(Double(cols) - 0.5, Double(rows) - 0.5, l) {
                let box = Rect(corners: a, c)
                // Rows grow downwards on a heat map axis; flip the image when y is not inverted.
                if a.y > c.y {
                    var flipped = RGBAImage(width: cols, height: rows)
                    for y in 0..<rows { for x in 0..<cols { flipped[x, y] = img[x, rows - 1 - y] } }
                    img = flipped
                }
                r.drawImage(img, in: box)
            }
        case .reference(let ref):
            let w = ref.width * ctx.pt
            let p: Path
            if ref.vertical {
                let x = l.xScale.map(ref.value)
                p = .polyline([Point(x, l.plot.minY), Point(x, l.plot.maxY)])
            } else {
                let y = l.yScale.map(ref.value)
                p = .polyline([Point(l.plot.minX, y), Point(l.plot.maxX, y)])
            }
            r.stroke(p, color: ref.color, style: StrokeStyle(width: w, cap: .butt, join: .miter, dash: ref.style.pattern.map { $0 * w }, snap: ref.style == .solid))
        case .text(let t):
            guard let p = device(t.x, t.y, l) else { return }
            let style = ctx.text(t.size ?? theme.fontSize, color: t.color)
            let m = ctx.measure(t.text, style)
            if let target = t.arrowTo, let q = device(target.x, target.y, l) {
                drawArrow(from: p, to: q, textSize: m, color: t.color ?? theme.foreground, on: r, ctx: ctx)
            }
            r.drawText(t.text, at: Point(p.x, p.y + m.capHeight / 2), style: style, alignment: t.alignment, rotation: 0)
        }
    }

    /// Fills `img` with the colour-mapped values of a heat map.
    private func colorMapped(_ im: ImageMark, into img: inout RGBAImage) {
        let rows = im.values.count, cols = im.values.first?.count ?? 0
        let span = im.vmax - im.vmin
        let lut = im.colorMap.colors
        let top = Double(lut.count - 1)
        img.pixels.withUnsafeMutableBufferPointer { px in
            for y in 0..<rows {
                let row = im.values[y]
                for x in 0..<cols {
                    let v = row[x]
                    guard !v.isNaN else { continue }
                    let c = lut[Int(max(0, min(1, (v - im.vmin) / span)) * top + 0.5)]
                    let i = (y * cols + x) * 4
                    px[i] = c.r; px[i + 1] = c.g; px[i + 2] = c.b; px[i + 3] = c.a
                }
            }
        }
    }

    private func areaPiece(_ upper: [Point], _ a: AreaMark, upTo end: Int, _ l: AxesLayout) -> Path {
        var lower: [Point] = []
        let start = end - upper.count
        for i in start..<end { if let p = device(a.x[i], a.lower[i], l) { lower.append(p) } }
        return .polygon(upper + lower.reversed())
    }

    private func drawMarkers(_ xs: [Double], _ ys: [Double], _ mk: Marker, size: Double, color: Color, _ l: AxesLayout,
                             on r: Renderer, ctx: DrawContext) {
        let opaque = color.a == 255
        var combined = Path()
        for i in xs.indices {
            guard let p = device(xs[i], ys[i], l) else { continue }
            guard p.x >= l.plot.minX - size && p.x <= l.plot.maxX + size && p.y >= l.plot.minY - size && p.y <= l.plot.maxY + size else { continue }
            let shape = mk.path(at: p, size: size)
            if mk.isStroked {
                combined.append(shape)
            } else if opaque {
                combined.append(shape)
            } else {
                r.fill(shape, color: color, rule: .nonZero)
            }
        }
        if combined.isEmpty { return }
        if mk.isStroked {
            r.stroke(combined, color: color, style: StrokeStyle(width: max(1, size / 6), cap: .butt, join: .miter))
        } else {
            r.fill(combined, color: color, rule: .nonZero)
        }
    }

    private func drawArrow(from p: Point, to q: Point, textSize m: TextMetrics, color: Color, on r: Renderer, ctx: DrawContext) {
        let d = q - p
        let len = d.length
        guard len > 1 else { return }
        let u = d * (1 / len)
        // Start just outside the text box, end at the target with a filled head.
        let startGap = min(len / 2, max(m.width / 2 * abs(u.x), m.height / 2 * abs(u.y)) + 3 * ctx.pt)
        let head = 7 * ctx.pt, half = 2.5 * ctx.pt
        guard len > startGap + head else { return }
        let a = p + u * startGap, b = q - u * head
        r.stroke(.polyline([a, b]), color: color, style: StrokeStyle(width: 1 * ctx.pt, cap: .butt, join: .miter))
        let n = Point(-u.y, u.x)
        r.fill(.polygon([q, b + n * half, b - n * half]), color: color, rule: .nonZero)
    }
}
