/// An sRGB colour with straight (non-premultiplied) alpha, 8 bits per channel.
public struct Color: Hashable, Sendable {
    /// Red, green, blue and alpha, 0...255.
    public var r: UInt8, g: UInt8, b: UInt8, a: UInt8

    /// Creates a colour from 8-bit channels.
    public init(r: UInt8, g: UInt8, b: UInt8, a: UInt8 = 255) {
        self.r = r; self.g = g; self.b = b; self.a = a
    }

    /// Parses `#rgb`, `#rrggbb` or `#rrggbbaa`; returns nil for anything else.
    public init?(hex: String) {
        var s = Substring(hex)
        if s.hasPrefix("#") { s = s.dropFirst() }
        if s.count == 3 { s = Substring(s.flatMap { [$0, $0] }) }
        guard s.count == 6 || s.count == 8, let v = UInt32(s, radix: 16) else { return nil }
        let full = s.count == 6 ? (v << 8) | 0xFF : v
        self.init(r: UInt8(full >> 24), g: UInt8((full >> 16) & 0xFF),
                  b: UInt8((full >> 8) & 0xFF), a: UInt8(full & 0xFF))
    }

    /// `#rrggbb`, or `#rrggbbaa` when not opaque.
    public var hex: String {
        func h(_ x: UInt8) -> String { let s = String(x, radix: 16); return s.count == 1 ? "0" + s : s }
        return "#" + h(r) + h(g) + h(b) + (a == 255 ? "" : h(a))
    }

    /// This colour with its alpha replaced by `alpha` (0...1).
    public func withAlpha(_ alpha: Double) -> Color {
        Color(r: r, g: g, b: b, a: UInt8((max(0, min(1, alpha)) * 255).rounded()))
    }
}
