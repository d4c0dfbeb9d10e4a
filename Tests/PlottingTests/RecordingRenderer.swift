@testable import Plotting

/// A ``Renderer`` that records every call, for asserting what a figure draws.
final class RecordingRenderer: Renderer {
    enum Call {
        case fill(Path, Color, FillRule)
        case stroke(Path, Color, StrokeStyle)
        case text(String, Point, TextStyle, TextAlignment, Double)
        case image(RGBAImage, Rect)
        case pushClip(Rect)
        case popClip
    }

    var calls: [Call] = []

    func fill(_ path: Path, color: Color, rule: FillRule) { calls.append(.fill(path, color, rule)) }
    func stroke(_ path: Path, color: Color, style: StrokeStyle) { calls.append(.stroke(path, color, style)) }
    func drawText(_ text: String, at origin: Point, style: TextStyle, alignment: TextAlignment, rotation: Double) {
        calls.append(.text(text, origin, style, alignment, rotation))
    }
    func drawImage(_ image: RGBAImage, in rect: Rect) { calls.append(.image(image, rect)) }
    func pushClip(_ rect: Rect) { calls.append(.pushClip(rect)) }
    func popClip() { calls.append(.popClip) }

    /// Every text drawn with its rotation.
    var texts: [(String, Double)] {
        calls.compactMap { if case let .text(s, _, _, _, r) = $0 { return (s, r) }; return nil }
    }
}
