// MARK: - Named colours and the default cycle

extension Color {
    /// Opaque white.
    public static let white = Color(r: 255, g: 255, b: 255)
    /// Opaque black.
    public static let black = Color(r: 0, g: 0, b: 0)
    /// Fully transparent.
    public static let clear = Color(r: 0, g: 0, b: 0, a: 0)

    /// matplotlib's tab10 cycle: blue, orange, green, red, purple, brown, pink, grey, olive, cyan.
    public static let tab10: [Color] = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                                        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"].compactMap { Color(hex: $0) }

    /// A lighter tab10 variant that reads well on dark backgrounds.
    public static let tab10Bright: [Color] = ["#4c9be8", "#ff9e40", "#4cc24c", "#f05454", "#b48ee0",
                                              "#c08a78", "#f59ad8", "#b0b0b0", "#d8d94a", "#3ad8e8"].compactMap { Color(hex: $0) }

    /// Linear interpolation towards `other` by `t` in 0...1, alpha included.
    public func mixed(with other: Color, _ t: Double) -> Color {
        let u = max(0, min(1, t))
        func m(_ a: UInt8, _ b: UInt8) -> UInt8 { UInt8((Double(a) + (Double(b) - Double(a)) * u).rounded()) }
        return Color(r: m(r, other.r), g: m(g, other.g), b: m(b, other.b), a: m(a, other.a))
    }
}
