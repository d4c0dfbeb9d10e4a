/// A small straight-alpha RGBA image, row-major from the top-left pixel; used for heat maps.
public struct RGBAImage: Sendable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// `width * height * 4` bytes: r, g, b, a per pixel.
    public var pixels: [UInt8]

    /// Creates an image filled with `color`; sizes below zero are treated as zero.
    public init(width: Int, height: Int, fill color: Color = Color(r: 0, g: 0, b: 0, a: 0)) {
        self.width = max(0, width); self.height = max(0, height)
        if color.r == 0 && color.g == 0 && color.b == 0 && color.a == 0 {
            pixels = [UInt8](repeating: 0, count: self.width * self.height * 4)
        } else {
            var px = [UInt8](repeating: 0, count: self.width * self.height * 4)
            for i in stride(from: 0, to: px.count, by: 4) { px[i] = color.r; px[i + 1] = color.g; px[i + 2] = color.b; px[i + 3] = color.a }
            pixels = px
        }
    }

    /// The colour at column `x`, row `y` (both must be in range).
    public subscript(x: Int, y: Int) -> Color {
        get { let i = (y * width + x) * 4; return Color(r: pixels[i], g: pixels[i + 1], b: pixels[i + 2], a: pixels[i + 3]) }
        set { let i = (y * width + x) * 4; pixels[i] = newValue.r; pixels[i + 1] = newValue.g; pixels[i + 2] = newValue.b; pixels[i + 3] = newValue.a }
    }
}
