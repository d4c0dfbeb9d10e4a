/// How the ends of open lines are drawn.
public enum LineCap: String, Sendable {
    /// The line stops exactly at its end point.
    case butt
    /// A half disc is added at each end.
    case round
    /// The line is extended by half its width.
    case square
}

/// How corners between segments are drawn.
public enum LineJoin: String, Sendable {
    /// Sharp corners, cut to a bevel beyond the miter limit.
    case miter
    /// Rounded corners.
    case round
    /// Corners cut flat.
    case bevel
}

/// Which parts of a self-overlapping shape are inside.
public enum FillRule: Sendable {
    /// Inside where the winding number is not zero.
    case nonZero
    /// Inside where the winding number is odd.
    case evenOdd
}

/// A dash pattern named the way matplotlib users know it.
public enum LineStyle: Sendable, Equatable {
    /// A continuous line.
    case solid
    /// Long dashes (`--`).
    case dashed
    /// Dots (`:`).
    case dotted
    /// Dash, dot (`-.`).
    case dashDot
    /// A custom pattern of on/off lengths in multiples of the line width.
    case custom([Double])

    /// On/off lengths in multiples of the line width (empty for solid lines).
    public var pattern: [Double] {
        switch self {
        case .solid: return []
        case .dashed: return [3.7, 1.6]
        case .dotted: return [1, 1.65]
        case .dashDot: return [6.4, 1.6, 1, 1.6]
        case .custom(let p): return p.allSatisfy({ $0 >= 0 }) && p.contains(where: { $0 > 0 }) ? p : []
        }
    }
}

/// Everything a renderer needs to stroke a path, in device pixels.
public struct StrokeStyle: Sendable {
    /// Line width in device pixels.
    public var width: Double
    /// End caps of open subpaths.
    public var cap: LineCap
    /// Corner joins.
    public var join: LineJoin
    /// On/off dash lengths in device pixels; empty for a solid line.
    public var dash: [Double]
    /// Miter length limit in multiples of the half width.
    public var miterLimit: Double
    /// Hint that axis-aligned segments should be snapped to the pixel grid so they stay crisp.
    public var snap: Bool

    /// Creates a stroke style.
    public init(width: Double, cap: LineCap = .butt, join: LineJoin = .round, dash: [Double] = [],
                miterLimit: Double = 4, snap: Bool = false) {
        self.width = width; self.cap = cap; self.join = join; self.dash = dash
        self.miterLimit = miterLimit; self.snap = snap
    }
}
