import Foundation

/// An integer pixel rectangle, half-open: columns `x0..<x1`, rows `y0..<y1`.
struct PixelRect: Equatable {
    var x0: Int, y0: Int, x1: Int, y1: Int
    var isEmpty: Bool { x1 <= x0 || y1 <= y0 }
    func intersection(_ o: PixelRect) -> PixelRect {
        PixelRect(x0: max(x0, o.x0), y0: max(y0, o.y0), x1: min(x1, o.x1), y1: min(y1, o.y1))
    }
}

/// An antialiased scanline rasteriser based on exact signed-area coverage accumulation.
///
/// Each edge adds, to the cells it crosses, the signed area it sweeps; a running sum along each
/// row then gives the winding-weighted coverage of every pixel, which the fill rule maps to 0...1.
/// The accumulation buffer is reused between fills and covers only the path's bounds within the clip.
final class Rasterizer {
    private var acc: [Float] = []
    /// Per row of the current fill, the first and one-past-last cell any edge touched.
    private var rowMin: [Int] = []
    private var rowMax: [Int] = []

    /// Fills `path` (device coordinates) into `canvas` with `color`, restricted to `clip`.
    func fill(_ path: Path, rule: FillRule, clip: PixelRect, canvas: RasterCanvas, color: Color) {
        guard color.a > 0, let b = path.bounds, b.width.isFinite, b.height.isFinite else { return }
        let box = PixelRect(x0: Int(floor(max(-1e7, b.minX))), y0: Int(floor(max(-1e7, b.minY))),
                            x1: Int(ceil(min(1e7, b.maxX))) + 1, y1: Int(ceil(min(1e7, b.maxY))) + 1)
        let r = box.intersection(clip).intersection(PixelRect(x0: 0, y0: 0, x1: canvas.width, y1: canvas.height))
        if r.isEmpty { return }
        let w = r.x1 - r.x0, h = r.y1 - r.y0, stride = w + 2
        if acc.count < stride * h { acc = [Float](repeating: 0, count: stride * h) }
        if rowMin.count < h { rowMin = [Int](repeating: Int.max, count: h); rowMax = [Int](repeating: Int.min, count: h) }
        let ox = Double(r.x0), oy = Double(r.y0), fw = Double(w)
        acc.withUnsafeMutableBufferPointer { a in
            rowMin.withUnsafeMutableBufferPointer { lo in
                rowMax.withUnsafeMutableBufferPointer { hi in
                    let rows = RowRange(lo: lo, hi: hi)
                    for s in path.subpaths where s.points.count > 1 {
                        let pts = s.points
                        var prev = pts[pts.count - 1]
                        for p in pts {
                            clippedLine(prev.x - ox, prev.y - oy, p.x - ox, p.y - oy, w: fw, h: h, stride: stride, a: a, rows: rows)
                            prev = p
                        }
                    }
                }
            }
        }
        let c = RasterCanvas.premultiplied(color)
        let evenOdd = rule == .evenOdd
        acc.withUnsafeMutableBufferPointer { a in
            canvas.pixels.withUnsafeMutableBufferPointer { px in
                for row in 0..<h {
                    // Every contour is closed, so the running sum is zero outside the touched cells.
                    let first = rowMin[row], last = min(w + 1, rowMax[row])
                    if first > last { continue }
                    rowMin[row] = Int.max; rowMax[row] = Int.min
                    let base = row * stride
                    var sum: Float = 0
                    var pi = ((r.y0 + row) * canvas.width + r.x0 + first) * 4
                    for x in first...last {
                        sum += a[base + x]
                        a[base + x] = 0
                        if x >= w { continue }
                        var cov = abs(sum)
                        if evenOdd {
                            cov = cov.truncatingRemainder(dividingBy: 2)
                            if cov > 1 { cov = 2 - cov }
                        } else if cov > 1 { cov = 1 }
                        if cov > 0.001 { RasterCanvas.blend(px, pi, c, cov) }
                        pi += 4
                    }
                }
            }
        }
    }

    /// The per-row touched ranges, updated as edges are accumulated.
    private struct RowRange {
        let lo: UnsafeMutableBufferPointer<Int>
        let hi: UnsafeMutableBufferPointer<Int>
        @inline(__always) func touch(_ y: Int, _ x0: Int, _ x1: Int) {
            if x0 < lo[y] { lo[y] = x0 }
            if x1 > hi[y] { hi[y] = x1 }
        }
    }

    // MARK: - Edges

    /// Splits a segment at the left and right buffer edges; parts outside become vertical runs on the edge,
    /// which keeps the winding contribution of everything to their left.
    @inline(__always)
    private func clippedLine(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, w: Double, h: Int, stride: Int,
                             a: UnsafeMutableBufferPointer<Float>, rows: RowRange) {
        if y0 == y1 || !(x0.isFinite && y0.isFinite && x1.isFinite && y1.isFinite) { return }
        if (y0 <= 0 && y1 <= 0) || (y0 >= Double(h) && y1 >= Double(h)) { return }
        if x0 >= 0 && x1 >= 0 && x0 <= w && x1 <= w {
            line(x0, y0, x1, y1, h: h, stride: stride, a: a, rows: rows); return
        }
        // Cut points at x = 0 and x = w, in parameter order.
        var ts: [Double] = [0]
        let dx = x1 - x0
        if dx != 0 {
            for e in [0.0, w] {
                let t = (e - x0) / dx
                if t > 0 && t < 1 { ts.append(t) }
            }
        }
        ts.append(1)
        ts.sort()
        for i in 0..<(ts.count - 1) {
            let ta = ts[i], tb = ts[i + 1]
            let ya = y0 + (y1 - y0) * ta, yb = y0 + (y1 - y0) * tb
            let xa = min(w, max(0, x0 + dx * ta)), xb = min(w, max(0, x0 + dx * tb))
            line(xa, ya, xb, yb, h: h, stride: stride, a: a, rows: rows)
        }
    }

    /// Accumulates the signed area of one segment lying within `0...w` horizontally.
    @inline(__always)
    private func line(_ px0: Double, _ py0: Double, _ px1: Double, _ py1: Double, h: Int, stride: Int,
                      a: UnsafeMutableBufferPointer<Float>, rows: RowRange) {
        if py0 == py1 { return }
        let dir: Double
        let ax: Double, ay: Double, bx: Double, by: Double
        if py0 < py1 { dir = 1; ax = px0; ay = py0; bx = px1; by = py1 } else { dir = -1; ax = px1; ay = py1; bx = px0; by = py0 }
        let dxdy = (bx - ax) / (by - ay)
        var x = ax
        var ystart = ay
        if ay < 0 { x -= ay * dxdy; ystart = 0 }
        let yEnd = min(Double(h), by)
        if ystart >= yEnd { return }
        let maxX = Double(stride - 2)
        var y = Int(ystart)
        let yLast = Int(yEnd.rounded(.up))
        while y < yLast {
            let rowStart = y * stride
            let dy = min(Double(y + 1), by) - max(Double(y), ay)
            var xnext = x + dxdy * dy
            if xnext < 0 { xnext = 0 } else if xnext > maxX { xnext = maxX }
            let d = dy * dir
            let lx0 = min(x, xnext), lx1 = max(x, xnext)
            let x0floor = lx0.rounded(.down)
            let x0i = Int(x0floor)
            let x1ceil = lx1.rounded(.up)
            let x1i = Int(x1ceil)
            rows.touch(y, x0i, x1i + 1)
            if x1i <= x0i + 1 {
                let xmf = 0.5 * (x + xnext) - x0floor
                a[rowStart + x0i] += Float(d - d * xmf)
                a[rowStart + x0i + 1] += Float(d * xmf)
            } else {
                let s = 1 / (lx1 - lx0)
                let x0f = lx0 - x0floor
                let a0 = 0.5 * s * (1 - x0f) * (1 - x0f)
                let x1f = lx1 - x1ceil + 1
                let am = 0.5 * s * x1f * x1f
                a[rowStart + x0i] += Float(d * a0)
                if x1i == x0i + 2 {
                    a[rowStart + x0i + 1] += Float(d * (1 - a0 - am))
                } else {
                    let a1 = s * (1.5 - x0f)
                    a[rowStart + x0i + 1] += Float(d * (a1 - a0))
                    let ds = Float(d * s)
                    var xi = x0i + 2
                    while xi < x1i - 1 { a[rowStart + xi] += ds; xi += 1 }
                    let a2 = a1 + Double(x1i - x0i - 3) * s
                    a[rowStart + x1i - 1] += Float(d * (1 - a2 - am))
                }
                a[rowStart + x1i] += Float(d * am)
            }
            x = xnext
            y += 1
        }
    }
}
