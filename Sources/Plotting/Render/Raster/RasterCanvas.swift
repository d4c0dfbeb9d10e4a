/// A pixel buffer of 8-bit premultiplied-alpha RGBA in sRGB space, the target of the rasteriser.
///
/// Compositing is done in floating point per touched pixel and rounded back to bytes, so an
/// opaque canvas is also its own straight-alpha image and goes to libpng without conversion.
final class RasterCanvas {
    /// Width in pixels.
    let width: Int
    /// Height in pixels.
    let height: Int
    /// `width * height * 4` bytes: premultiplied r, g, b, a per pixel, row-major.
    var pixels: [UInt8]
    /// Whether the background was opaque; source-over compositing keeps every pixel opaque then.
    let opaque: Bool

    /// Creates a canvas filled with `background`.
    init(width: Int, height: Int, background: Color) {
        self.width = width; self.height = height
        opaque = background.a == 255
        let p = Self.premultiplied(background)
        let word = UInt32(UInt8(p.x + 0.5)) | UInt32(UInt8(p.y + 0.5)) << 8 | UInt32(UInt8(p.z + 0.5)) << 16 | UInt32(UInt8(p.w + 0.5)) << 24
        let n = width * height
        pixels = [UInt8](unsafeUninitializedCapacity: n * 4) { buf, count in
            if let base = buf.baseAddress {
                let words = UnsafeMutableRawPointer(base).bindMemory(to: UInt32.self, capacity: n)
                words.initialize(repeating: UInt32(littleEndian: word), count: n)
            }
            count = n * 4
        }
    }

    /// A colour as premultiplied floats in 0...255.
    static func premultiplied(_ c: Color) -> SIMD4<Float> {
        let a = Float(c.a) / 255
        return SIMD4(Float(c.r) * a, Float(c.g) * a, Float(c.b) * a, Float(c.a))
    }

    /// The alpha of pixel (`x`, `y`) in 0...1.
    func alpha(_ x: Int, _ y: Int) -> Float { Float(pixels[(y * width + x) * 4 + 3]) / 255 }

    // MARK: - Compositing

    /// Composites premultiplied `color` (0...255) with `coverage` over the pixel at byte offset `i` (source-over).
    @inline(__always)
    static func blend(_ px: UnsafeMutableBufferPointer<UInt8>, _ i: Int, _ color: SIMD4<Float>, _ coverage: Float) {
        let k = 1 - color.w * coverage / 255
        if k <= 0.0001 {
            px[i] = UInt8(color.x + 0.5); px[i + 1] = UInt8(color.y + 0.5); px[i + 2] = UInt8(color.z + 0.5); px[i + 3] = UInt8(color.w + 0.5)
            return
        }
        let dst = SIMD4<Float>(Float(px[i]), Float(px[i + 1]), Float(px[i + 2]), Float(px[i + 3]))
        let v = color * coverage + dst * k + 0.5
        px[i] = UInt8(min(255, v.x)); px[i + 1] = UInt8(min(255, v.y)); px[i + 2] = UInt8(min(255, v.z)); px[i + 3] = UInt8(min(255, v.w))
    }

    /// Composites `color` with full coverage over the pixel rectangle.
    func fill(_ r: PixelRect, color: SIMD4<Float>) {
        pixels.withUnsafeMutableBufferPointer { px in
            for y in r.y0..<r.y1 {
                var i = (y * width + r.x0) * 4
                for _ in r.x0..<r.x1 { Self.blend(px, i, color, 1); i += 4 }
            }
        }
    }

    // MARK: - Export

    /// Whether every pixel is fully opaque (checked pixel by pixel when the background was not).
    var isOpaque: Bool { opaque || stride(from: 3, to: pixels.count, by: 4).allSatisfy { pixels[$0] == 255 } }

    /// 8-bit rows: RGB when `alpha` is false, straight-alpha RGBA otherwise.
    func bytes(alpha: Bool) -> [UInt8] {
        let n = width * height
        var out = [UInt8](repeating: 0, count: n * (alpha ? 4 : 3))
        out.withUnsafeMutableBufferPointer { o in
            pixels.withUnsafeBufferPointer { p in
                for j in 0..<n {
                    let a = p[j * 4 + 3]
                    if alpha {
                        if a == 255 || a == 0 {
                            o[j * 4] = p[j * 4]; o[j * 4 + 1] = p[j * 4 + 1]; o[j * 4 + 2] = p[j * 4 + 2]
                        } else {
                            let inv = 255 / Float(a)
                            o[j * 4] = UInt8(min(255, Float(p[j * 4]) * inv + 0.5))
                            o[j * 4 + 1] = UInt8(min(255, Float(p[j * 4 + 1]) * inv + 0.5))
                            o[j * 4 + 2] = UInt8(min(255, Float(p[j * 4 + 2]) * inv + 0.5))
                        }
                        o[j * 4 + 3] = a
                    } else {
                        o[j * 3] = p[j * 4]; o[j * 3 + 1] = p[j * 4 + 1]; o[j * 3 + 2] = p[j * 4 + 2]
                    }
                }
            }
        }
        return out
    }
}
