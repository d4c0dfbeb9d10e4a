/// A pixel buffer of premultiplied-alpha RGBA floats in sRGB space, the target of the rasteriser.
final class RasterCanvas {
    /// Width in pixels.
    let width: Int
    /// Height in pixels.
    let height: Int
    /// `width * height * 4` premultiplied components in 0...1.
    var pixels: [Float]

    /// Creates a canvas filled with `background`.
    init(width: Int, height: Int, background: Color) {
        self.width = width; self.height = height
        let p = Self.premultiplied(background)
        var px = [Float](repeating: 0, count: width * height * 4)
        px.withUnsafeMutableBufferPointer { b in
            var i = 0
            while i < b.count { b[i] = p.0; b[i + 1] = p.1; b[i + 2] = p.2; b[i + 3] = p.3; i += 4 }
        }
        pixels = px
    }

    /// A colour as premultiplied floats.
    static func premultiplied(_ c: Color) -> (Float, Float, Float, Float) {
        let a = Float(c.a) / 255
        return (Float(c.r) / 255 * a, Float(c.g) / 255 * a, Float(c.b) / 255 * a, a)
    }

    // MARK: - Compositing

    /// Composites `color` over one row span with per-pixel coverage (source-over).
    @inline(__always)
    func blend(row: Int, x: Int, coverage: Float, color: (Float, Float, Float, Float)) {
        let i = (row * width + x) * 4
        let k = 1 - color.3 * coverage
        pixels.withUnsafeMutableBufferPointer { p in
            p[i] = color.0 * coverage + p[i] * k
            p[i + 1] = color.1 * coverage + p[i + 1] * k
            p[i + 2] = color.2 * coverage + p[i + 2] * k
            p[i + 3] = color.3 * coverage + p[i + 3] * k
        }
    }

    // MARK: - Export

    /// Whether every pixel is fully opaque.
    var isOpaque: Bool { stride(from: 3, to: pixels.count, by: 4).allSatisfy { pixels[$0] >= 0.9999 } }

    /// 8-bit rows: RGB when `alpha` is false, straight-alpha RGBA otherwise.
    func bytes(alpha: Bool) -> [UInt8] {
        let n = width * height
        var out = [UInt8](repeating: 0, count: n * (alpha ? 4 : 3))
        pixels.withUnsafeBufferPointer { p in
            out.withUnsafeMutableBufferPointer { o in
                if alpha {
                    for j in 0..<n {
                        let a = p[j * 4 + 3]
                        let inv: Float = a > 0 ? 255 / a : 0
                        o[j * 4] = UInt8(min(255, p[j * 4] * inv + 0.5))
                        o[j * 4 + 1] = UInt8(min(255, p[j * 4 + 1] * inv + 0.5))
                        o[j * 4 + 2] = UInt8(min(255, p[j * 4 + 2] * inv + 0.5))
                        o[j * 4 + 3] = UInt8(min(255, a * 255 + 0.5))
                    }
                } else {
                    for j in 0..<n {
                        o[j * 3] = UInt8(min(255, max(0, p[j * 4] * 255 + 0.5)))
                        o[j * 3 + 1] = UInt8(min(255, max(0, p[j * 4 + 1] * 255 + 0.5)))
                        o[j * 3 + 2] = UInt8(min(255, max(0, p[j * 4 + 2] * 255 + 0.5)))
                    }
                }
            }
        }
        return out
    }
}
