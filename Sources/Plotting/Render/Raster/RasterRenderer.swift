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
            if color.a == 255 && style.dash.isEmpty && strokeAxisAligned(path, color: color, style: style) { return }
        }
        rasterizer.fill(Stroker.outline(of: path, style: style), rule: .nonZero, clip: clip, canvas: canvas, color: color)
    }

    /// Fast path for snapped, opaque, solid strokes made only of horizontal and vertical segments
    /// (grid, spines, ticks): each segment is a whole-pixel rectangle written directly.
    /// Returns false, drawing nothing, when the path does not qualify.
    private func strokeAxisAligned(_ path: Path, color: Color, style: StrokeStyle) -> Bool {
        let hw = style.width / 2
        var rects: [PixelRect] = []
        for s in path.subpaths {
            var pts = s.points
            if s.closed, let f = pts.first { pts.append(f) }
            guard pts.count > 1 else { return false }
            // Closed frames and square caps extend each segment by half the width; butt caps do not,
            // except at interior corners where the extension forms the miter join.
            for i in 1..<pts.count {
                let a = pts[i - 1], b = pts[i]
                guard a.x == b.x || a.y == b.y else { return false }
                let extStart = s.closed || i > 1 || style.cap == .square ? hw : 0
                let extEnd = s.closed || i < pts.count - 1 || style.cap == .square ? hw : 0
                if style.cap == .round { return false }
                let r: PixelRect
                if a.y == b.y {
                    let (x0, x1) = a.x < b.x ? (a.x - extStart, b.x + extEnd) : (b.x - extEnd, a.x + extStart)
                    r = PixelRect(x0: Int(x0.rounded()), y0: Int((a.y - hw).rounded()), x1: Int(x1.rounded()), y1: Int((a.y + hw).rounded()))
                } else {
                    let (y0, y1) = a.y < b.y ? (a.y - extStart, b.y + extEnd) : (b.y - extEnd, a.y + extStart)
                    r = PixelRect(x0: Int((a.x - hw).rounded()), y0: Int(y0.rounded()), x1: Int((a.x + hw).rounded()), y1: Int(y1.rounded()))
                }
                rects.append(r)
            }
        }
        let c = RasterCanvas.premultiplied(color)
        let bounds = clip.intersection(PixelRect(x0: 0, y0: 0, x1: canvas.width, y1: canvas.height))
        for r in rects {
            let q = r.intersection(bounds)
            if !q.isEmpty { canvas.fill(q, color: c) }
        }
        return true
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
                        let alphaByte = src[si + 3]
                        if alphaByte == 255 {
                            px[pi] = src[si]; px[pi + 1] = src[si + 1]; px[pi + 2] = src[si + 2]; px[pi + 3] = 255
                            pi += 4
                            continue
                        }
                        let a = Float(alphaByte) / 255
                        if a > 0 {
                            let c = SIMD4<Float>(Float(src[si]) * a, Float(src[si + 1]) * a, Float(src[si + 2]) * a, Float(src[si + 3]))
                            RasterCanvas.blend(px, pi, c, 1)
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

    /// The image as PNG bytes; an opaque canvas goes to libpng as is, with the alpha byte stripped.
    /// - Throws: the errors of ``PNGEncoder/encode(_:width:height:alpha:dpi:compressionLevel:)``.
    public func pngData(alpha: Bool, dpi: Double) throws -> [UInt8] {
        if !alpha && canvas.isOpaque {
            return try PNGEncoder.encode(canvas.pixels, width: width, height: height, channels: 4, dropAlpha: true, dpi: dpi)
        }
        return try PNGEncoder.encode(pixelBytes(alpha: alpha), width: width, height: height, alpha: alpha, dpi: dpi)
    }
}
