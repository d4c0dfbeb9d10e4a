import Foundation

/// The shape drawn at each data point of a scatter plot or a line with markers.
public enum Marker: Sendable, Equatable {
    /// A filled disc.
    case circle
    /// A filled square.
    case square
    /// A filled upward triangle.
    case triangle
    /// A filled diamond.
    case diamond
    /// A "+" made of two strokes.
    case plus
    /// An "×" made of two strokes.
    case cross

    /// Whether the marker is drawn by stroking rather than filling.
    var isStroked: Bool { self == .plus || self == .cross }

    /// The marker's outline centred on `c` with overall size `s` (device pixels).
    func path(at c: Point, size s: Double) -> Path {
        let r = s / 2
        switch self {
        case .circle: return .circle(center: c, radius: r)
        case .square: return .rect(Rect(x: c.x - r * 0.9, y: c.y - r * 0.9, width: r * 1.8, height: r * 1.8))
        case .triangle: return .polygon([Point(c.x, c.y - r), Point(c.x + r * 0.95, c.y + r * 0.7), Point(c.x - r * 0.95, c.y + r * 0.7)])
        case .diamond: return .polygon([Point(c.x, c.y - r), Point(c.x + r * 0.75, c.y), Point(c.x, c.y + r), Point(c.x - r * 0.75, c.y)])
        case .plus:
            var p = Path.polyline([Point(c.x - r, c.y), Point(c.x + r, c.y)])
            p.append(.polyline([Point(c.x, c.y - r), Point(c.x, c.y + r)]))
            return p
        case .cross:
            let k = r * 0.8
            var p = Path.polyline([Point(c.x - k, c.y - k), Point(c.x + k, c.y + k)])
            p.append(.polyline([Point(c.x - k, c.y + k), Point(c.x + k, c.y - k)]))
            return p
        }
    }
}
