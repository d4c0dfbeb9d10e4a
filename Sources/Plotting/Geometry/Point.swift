/// A point in device space (pixels, y pointing down) or in data space, depending on context.
public struct Point: Hashable, Sendable {
    /// Horizontal coordinate.
    public var x: Double
    /// Vertical coordinate.
    public var y: Double

    /// Creates a point.
    public init(_ x: Double, _ y: Double) { self.x = x; self.y = y }

    /// Creates a point with labelled coordinates.
    public init(x: Double, y: Double) { self.x = x; self.y = y }

    // MARK: - Arithmetic

    static func + (a: Point, b: Point) -> Point { Point(a.x + b.x, a.y + b.y) }
    static func - (a: Point, b: Point) -> Point { Point(a.x - b.x, a.y - b.y) }
    static func * (a: Point, k: Double) -> Point { Point(a.x * k, a.y * k) }

    /// Euclidean length of the point seen as a vector.
    var length: Double { (x * x + y * y).squareRoot() }
}
