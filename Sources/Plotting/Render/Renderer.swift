/// Horizontal alignment of a text run relative to its anchor point.
public enum TextAlignment: Sendable {
    /// The anchor is at the start of the text.
    case left
    /// The anchor is at the middle of the text.
    case center
    /// The anchor is at the end of the text.
    case right
}

/// The drawing surface a figure draws itself onto, in device pixels with y pointing down.
///
/// Only four primitives are required; layout, scales and ticks are resolved before any call,
/// so an implementation never sees data coordinates. Implemented by ``RasterRenderer`` (PNG)
/// and ``SVGRenderer``.
public protocol Renderer: AnyObject {
    // MARK: - Required primitives

    /// Fills `path` with `color` using `rule`.
    func fill(_ path: Path, color: Color, rule: FillRule)
    /// Strokes `path` with `color` and `style`.
    func stroke(_ path: Path, color: Color, style: StrokeStyle)
    /// Draws `text` with its baseline starting point (after alignment) at `origin`, rotated
    /// counter-clockwise by `rotation` degrees about `origin`.
    func drawText(_ text: String, at origin: Point, style: TextStyle, alignment: TextAlignment, rotation: Double)
    /// Draws an RGBA image stretched over `rect`, each image pixel a sharp block.
    func drawImage(_ image: RGBAImage, in rect: Rect)

    // MARK: - Clipping

    /// Restricts later drawing to `rect` (intersected with any current clip) until ``popClip()``.
    func pushClip(_ rect: Rect)
    /// Restores the clip that was in force before the matching ``pushClip(_:)``.
    func popClip()
}
