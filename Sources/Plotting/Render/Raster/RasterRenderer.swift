import Foundation

/// A ``Renderer`` that rasterises into an RGBA pixel buffer with antialiasing, for PNG output.
public final class RasterRenderer: Renderer {
    let canvas: RasterCanvas
    private let rasterizer = Rasterizer()
    private var clips: [PixelRect]

    /// Creates a renderer for a `width`×`height` pixel image filled with `background`.
    public init(width: Int, height: Int, background: Color) {
        canvas = RasterCanvas(width: max(1, width), height: max(1, height), background: background)
        clips = [PixelRect(x0: 0, y0: 0, x1: canvas.width, y1: canvas.height)]
    }

    /// Pixel width.
    public var width: Int { canvas.width }
    /// Pixel height.
    public var height: Int { canvas.height }

    private var clip: PixelRect { clips[clips.count - 1] }

    // MARK: - Primitives

    /// Fills `path` with `color` using `rule`.
    public func fill(_ path: Path, color: Color, rule: FillRule) {
        rasterizer.fill(path, rule: rule, clip: clip, canvas: canvas, color: color)
    }

    /// Strokes `path`; with `style.snap`, vertices land on pixel centres (odd widths) or edges (even widths).
    public func stroke(_ path: Path, color: Color, style: StrokeStyle) {
        var style = style
        var path = path
        if style.snap {
            let w = max(1, style.width.rounded())
            style.width = w
            let odd = Int(w) % 2 == 1
            path = path.mapped { p in
                odd ? Point(p.x.rounded(.down) + 0.5, p.y.rounded(.down) + 0.5) : Point(p.x.rounded(), p.y.rounded())
            }
        }
        rasterizer.fill(Stroker.outline(of: path, style: style), rule: .nonZero, clip: clip, canvas: canvas, color: color)
    }

    /// Draws `text` through FreeType outlines; silently draws nothing when the font is missing
    /// (``Figure/pngData(dpi:)`` checks for the font before rendering and throws instead).
    public func drawText(_ text: String, at origin: Point, style: TextStyle, alignment: TextAlignment, rotation: Double) {
        guard !text.isEmpty, let run = try? FontLibrary.shared.layout(text, style: style),
              let local = try? FontLibrary.shared.outline(of: run, style: style) else { return }
        let shift: Double
        switch alignment {
        case .left: shift = 0
        case .center: shift = -run.width / 2
        case .right: shift = -run.width
        }
        let a = rotation * Double.pi / 180
        let c = cos(a), s = sin(a)
        var o = origin
        if rotation == 0 { o = Point((origin.x + shift).rounded(), origin.y.rounded()) } else { o = origin }
        let sh = rotation == 0 ? 0 : shift
        let device = local.mapped { p in
            let u = p.x + sh, v = p.y
            return Point(o.x + u * c - v * s, o.y - u * s - v * c)
        }
        rasterizer.fill(device, rule: .nonZero, clip: clip, canvas: canvas, color: style.color)
    }

    /// Draws `image` scaled to `rect` with nearest-neighbour sampling (sharp cells for heat maps).
    public func drawImage(_ image: RGBAImage, in rect: Rect) {
        guard image.width > 0, image.height > 0, rect.width > 0, rect.height > 0 else { return }
        let r = PixelRect(x0: Int(rect.minX.rounded()), y0: Int(rect.minY.rounded()),
                          x1: Int(rect.maxX.rounded()), y1: Int(rect.maxY.rounded())).intersection(clip)
        if r.isEmpty { return }
        let sx = Double(image.width) / rect.width, sy = Double(image.height) / rect.height
        var columns = [Int](repeating: 0, count: r.x1 - r.x0)
        for x in r.x0..<r.x1 { columns[x - r.x0] = min(image.width - 1, max(0, Int((Double(x) + 0.5 - rect.minX) * sx))) }
        image.pixels.withUnsafeBufferPointer { src in
            canvas.pixels.withUnsafeMutableBufferPointer { px in
                for y in r.y0..<r.y1 {
                    let iy = min(image.height - 1, max(0, Int((Double(y) + 0.5 - rect.minY) * sy)))
                    var pi = (y * canvas.width + r.x0) * 4
                    for x in 0..<(r.x1 - r.x0) {
                        let si = (iy * image.width + columns[x]) * 4
                        let a = Float(src[si + 3]) / 255
                        if a > 0 {
                            let k = 1 - a
                            px[pi] = Float(src[si]) / 255 * a + px[pi] * k
                            px[pi + 1] = Float(src[si + 1]) / 255 * a + px[pi + 1] * k
                            px[pi + 2] = Float(src[si + 2]) / 255 * a + px[pi + 2] * k
                            px[pi + 3] = a + px[pi + 3] * k
                        }
                        pi += 4
                    }
                }
            }
        }
    }

    // MARK: - Clipping

    /// Restricts drawing to `rect`, rounded to whole pixels.
    public func pushClip(_ rect: Rect) {
        let r = PixelRect(x0: Int(rect.minX.rounded()), y0: Int(rect.minY.rounded()),
                          x1: Int(rect.maxX.rounded()), y1: Int(rect.maxY.rounded()))
        clips.append(clip.intersection(r))
    }

    /// Restores the previous clip.
    public func popClip() { if clips.count > 1 { clips.removeLast() } }

    // MARK: - Result

    /// The image as 8-bit rows: RGB when `alpha` is false, straight RGBA otherwise.
    public func pixelBytes(alpha: Bool) -> [UInt8] { canvas.bytes(alpha: alpha) }
}
