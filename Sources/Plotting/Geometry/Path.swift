import Foundation

/// A shape made of straight-line subpaths, each open or closed. Curves are flattened when built.
public struct Path: Sendable {
    /// One connected run of points.
    public struct Subpath: Sendable {
        /// The vertices in order.
        public var points: [Point]
        /// Whether the last point joins back to the first.
        public var closed: Bool
    }

    /// The subpaths in drawing order.
    public var subpaths: [Subpath] = []

    /// Creates an empty path.
    public init() {}

    // MARK: - Building

    /// Starts a new subpath at `p`.
    public mutating func move(to p: Point) { subpaths.append(Subpath(points: [p], closed: false)) }

    /// Adds a straight segment to `p` (starting a subpath if there is none).
    public mutating func line(to p: Point) {
        if subpaths.isEmpty { move(to: p) } else { subpaths[subpaths.count - 1].points.append(p) }
    }

    /// Adds a quadratic Bézier curve to `p`, flattened into `segments` lines.
    public mutating func quadCurve(to p: Point, control c: Point, segments: Int = 8) {
        guard let s = subpaths.last?.points.last else { move(to: p); return }
        for i in 1...segments {
            let t = Double(i) / Double(segments), u = 1 - t
            line(to: Point(u * u * s.x + 2 * u * t * c.x + t * t * p.x, u * u * s.y + 2 * u * t * c.y + t * t * p.y))
        }
    }

    /// Adds a cubic Bézier curve to `p`, flattened into `segments` lines.
    public mutating func curve(to p: Point, control1 c1: Point, control2 c2: Point, segments: Int = 10) {
        guard let s = subpaths.last?.points.last else { move(to: p); return }
        for i in 1...segments {
            let t = Double(i) / Double(segments), u = 1 - t
            let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
            line(to: Point(a * s.x + b * c1.x + c * c2.x + d * p.x, a * s.y + b * c1.y + c * c2.y + d * p.y))
        }
    }

    /// Closes the current subpath.
    public mutating func close() { if !subpaths.isEmpty { subpaths[subpaths.count - 1].closed = true } }

    /// Appends all subpaths of `other`.
    public mutating func append(_ other: Path) { subpaths += other.subpaths }

    // MARK: - Shapes

    /// A closed rectangle.
    public static func rect(_ r: Rect) -> Path {
        var p = Path()
        p.subpaths = [Subpath(points: [Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY), Point(r.minX, r.maxY)], closed: true)]
        return p
    }

    /// A closed polygon approximating a circle; the number of sides grows with the radius.
    public static func circle(center c: Point, radius r: Double) -> Path {
        let n = max(8, min(256, Int((Double.pi / acos(max(-1, 1 - 0.025 / max(r, 0.025)))).rounded(.up))))
        var pts: [Point] = []
        pts.reserveCapacity(n)
        for i in 0..<n {
            let a = 2 * Double.pi * Double(i) / Double(n)
            pts.append(Point(c.x + r * cos(a), c.y + r * sin(a)))
        }
        var p = Path()
        p.subpaths = [Subpath(points: pts, closed: true)]
        return p
    }

    /// An open polyline through `points`.
    public static func polyline(_ points: [Point]) -> Path {
        var p = Path()
        if !points.isEmpty { p.subpaths = [Subpath(points: points, closed: false)] }
        return p
    }

    /// A closed polygon through `points`.
    public static func polygon(_ points: [Point]) -> Path {
        var p = Path()
        if !points.isEmpty { p.subpaths = [Subpath(points: points, closed: true)] }
        return p
    }

    // MARK: - Queries

    /// Whether the path has no points.
    public var isEmpty: Bool { subpaths.allSatisfy { $0.points.isEmpty } }

    /// The smallest rectangle holding every point, or nil for an empty path.
    public var bounds: Rect? {
        var x0 = Double.infinity, y0 = Double.infinity, x1 = -Double.infinity, y1 = -Double.infinity
        for s in subpaths { for p in s.points { x0 = min(x0, p.x); y0 = min(y0, p.y); x1 = max(x1, p.x); y1 = max(y1, p.y) } }
        return x0 <= x1 ? Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0) : nil
    }

    /// The path with every point mapped through `f`.
    public func mapped(_ f: (Point) -> Point) -> Path {
        var p = Path()
        p.subpaths = subpaths.map { Subpath(points: $0.points.map(f), closed: $0.closed) }
        return p
    }
}
