import Foundation

/// Turns stroked polylines into fillable outlines (non-zero rule), with joins, caps and dashes.
///
/// Each open subpath becomes one closed outline: the left offset forward, an end cap, the right
/// offset backward and a start cap. Inner corners pass through the vertex, as in Skia's stroker,
/// so the outline stays inside the true stroke and non-zero filling covers it exactly.
enum Stroker {
    /// The outline of `path` stroked with `style` (device pixels).
    static func outline(of path: Path, style: StrokeStyle) -> Path {
        let hw = style.width / 2
        guard hw > 0, hw.isFinite else { return Path() }
        var out = Path()
        let source = style.dash.isEmpty ? path : Dasher.dash(path, pattern: style.dash)
        for s in source.subpaths {
            let pts = cleaned(s.points)
            if pts.count == 1 {
                if style.cap != .butt { out.append(dot(pts[0], hw: hw, cap: style.cap)) }
                continue
            }
            if pts.count < 2 { continue }
            if s.closed && pts.count > 2 {
                strokeClosed(pts, hw: hw, style: style, into: &out)
            } else {
                strokeOpen(pts, hw: hw, style: style, into: &out)
            }
        }
        return out
    }

    // MARK: - Pieces

    /// Drops repeated points (closer than a hundredth of a pixel).
    private static func cleaned(_ pts: [Point]) -> [Point] {
        var out: [Point] = []
        out.reserveCapacity(pts.count)
        for p in pts where p.x.isFinite && p.y.isFinite {
            if let l = out.last, abs(l.x - p.x) < 0.01 && abs(l.y - p.y) < 0.01 { continue }
            out.append(p)
        }
        return out
    }

    private static func dot(_ p: Point, hw: Double, cap: LineCap) -> Path {
        cap == .round ? Path.circle(center: p, radius: hw)
            : Path.rect(Rect(x: p.x - hw, y: p.y - hw, width: 2 * hw, height: 2 * hw))
    }

    private static func unitNormal(_ a: Point, _ b: Point) -> Point {
        let d = b - a
        let l = d.length
        return Point(-d.y / l, d.x / l)
    }

    /// Appends the points of an arc around `c` from direction `from` to `to` (unit vectors), excluding the ends.
    private static func arc(_ c: Point, _ from: Point, _ to: Point, radius r: Double, clockwiseHint: Double, into pts: inout [Point]) {
        let a0 = atan2(from.y, from.x)
        var delta = atan2(to.y, to.x) - a0
        if clockwiseHint == 0 {
            while delta > Double.pi { delta -= 2 * Double.pi }
            while delta < -Double.pi { delta += 2 * Double.pi }
        } else if clockwiseHint > 0 {
            while delta < 0 { delta += 2 * Double.pi }
        } else {
            while delta > 0 { delta -= 2 * Double.pi }
        }
        let step = r > 0.025 ? 2 * acos(max(-1, 1 - 0.025 / r)) : Double.pi / 2
        let n = max(1, Int((abs(delta) / step).rounded(.up)))
        if n <= 1 { return }
        for i in 1..<n {
            let a = a0 + delta * Double(i) / Double(n)
            pts.append(Point(c.x + r * cos(a), c.y + r * sin(a)))
        }
    }

    /// Adds the join at `p` between segments with unit normals `n0` and `n1`, on side `side` (+1 left, −1 right).
    private static func join(_ p: Point, _ n0: Point, _ n1: Point, side: Double, hw: Double, style: StrokeStyle, into pts: inout [Point]) {
        let a = p + n0 * (side * hw), b = p + n1 * (side * hw)
        let cross = n0.x * n1.y - n0.y * n1.x
        let dot = n0.x * n1.x + n0.y * n1.y
        if abs(cross) < 1e-9 && dot > 0 { pts.append(a); return }
        // The path turns towards the normal's side when cross > 0: that side is the inner one.
        let inner = cross * side > 0
        pts.append(a)
        if inner {
            pts.append(p)
        } else {
            switch style.join {
            case .round:
                arc(p, n0 * side, n1 * side, radius: hw, clockwiseHint: 0, into: &pts)
            case .miter:
                let m = n0 + n1
                let m2 = m.x * m.x + m.y * m.y
                if m2 > 1e-12 && 2 / m2.squareRoot() <= style.miterLimit {
                    pts.append(p + m * (side * 2 * hw / m2))
                }
            case .bevel:
                break
            }
        }
        pts.append(b)
    }

    private static func strokeOpen(_ pts: [Point], hw: Double, style: StrokeStyle, into out: inout Path) {
        let n = pts.count
        var normals: [Point] = []
        normals.reserveCapacity(n - 1)
        for i in 0..<(n - 1) { normals.append(unitNormal(pts[i], pts[i + 1])) }
        var left: [Point] = [], right: [Point] = []
        left.reserveCapacity(n * 2); right.reserveCapacity(n * 2)
        left.append(pts[0] + normals[0] * hw)
        right.append(pts[0] - normals[0] * hw)
        for i in 1..<(n - 1) {
            join(pts[i], normals[i - 1], normals[i], side: 1, hw: hw, style: style, into: &left)
            join(pts[i], normals[i - 1], normals[i], side: -1, hw: hw, style: style, into: &right)
        }
        let ne = normals[n - 2], ns = normals[0]
        left.append(pts[n - 1] + ne * hw)
        right.append(pts[n - 1] - ne * hw)
        var poly = left
        // End cap: from left end to right end around the last point.
        let de = Point(ne.y, -ne.x)  // direction of travel
        cap(pts[n - 1], ne, de, hw: hw, cap: style.cap, into: &poly)
        poly.append(contentsOf: right.reversed())
        let ds = Point(-ns.y, ns.x)  // backwards direction at the start
        cap(pts[0], ns * -1, ds, hw: hw, cap: style.cap, into: &poly)
        out.subpaths.append(.init(points: poly, closed: true))
    }

    /// Adds cap points going from `p + n*hw` to `p - n*hw` around the outward direction `d`.
    private static func cap(_ p: Point, _ n: Point, _ d: Point, hw: Double, cap: LineCap, into poly: inout [Point]) {
        switch cap {
        case .butt: break
        case .square:
            poly.append(p + n * hw + d * hw)
            poly.append(p - n * hw + d * hw)
        case .round:
            let dirHint = (n.x * d.y - n.y * d.x) > 0 ? 1.0 : -1.0
            poly.append(p + n * hw)
            arc(p, n, n * -1, radius: hw, clockwiseHint: dirHint, into: &poly)
            poly.append(p - n * hw)
        }
    }

    private static func strokeClosed(_ pts0: [Point], hw: Double, style: StrokeStyle, into out: inout Path) {
        var pts = pts0
        if let f = pts.first, let l = pts.last, abs(f.x - l.x) < 0.01 && abs(f.y - l.y) < 0.01 { pts.removeLast() }
        let n = pts.count
        guard n > 2 else { strokeOpen(pts, hw: hw, style: style, into: &out); return }
        var normals: [Point] = []
        for i in 0..<n { normals.append(unitNormal(pts[i], pts[(i + 1) % n])) }
        var left: [Point] = [], right: [Point] = []
        for i in 0..<n {
            let prev = normals[(i + n - 1) % n]
            join(pts[i], prev, normals[i], side: 1, hw: hw, style: style, into: &left)
            join(pts[i], prev, normals[i], side: -1, hw: hw, style: style, into: &right)
        }
        out.subpaths.append(.init(points: left, closed: true))
        out.subpaths.append(.init(points: right.reversed(), closed: true))
    }
}
