/// A colour map: a function from 0...1 to a colour, sampled from a 256-entry table.
///
/// The perceptual maps (viridis, magma, inferno, plasma, cividis) and the diverging maps
/// (coolwarm, redBlue) are matplotlib's tables.
public struct ColorMap: Sendable, Equatable {
    /// The map's name (e.g. "viridis").
    public let name: String
    /// 256 colours from low to high.
    public let colors: [Color]

    /// Creates a map from at least two colours, interpolated to 256 entries.
    /// - Throws: ``PlotError/invalidArgument(_:)`` when fewer than two colours are given.
    public init(name: String, colors stops: [Color]) throws {
        guard stops.count >= 2 else { throw PlotError.invalidArgument("a colour map needs at least two colours, got \(stops.count)") }
        self.name = name
        colors = (0..<256).map { i in
            let t = Double(i) / 255 * Double(stops.count - 1)
            let k = min(stops.count - 2, Int(t))
            return stops[k].mixed(with: stops[k + 1], t - Double(k))
        }
    }

    private init(table name: String) {
        self.name = name
        let hex = Array((Self.tables[name] ?? "").utf8)
        func nibble(_ c: UInt8) -> UInt8 { c >= 97 ? c - 87 : c - 48 }
        var cs: [Color] = []
        var i = 0
        while i + 6 <= hex.count {
            cs.append(Color(r: nibble(hex[i]) << 4 | nibble(hex[i + 1]), g: nibble(hex[i + 2]) << 4 | nibble(hex[i + 3]),
                            b: nibble(hex[i + 4]) << 4 | nibble(hex[i + 5])))
            i += 6
        }
        colors = cs.isEmpty ? [Color(r: 0, g: 0, b: 0), Color(r: 255, g: 255, b: 255)] : cs
    }

    // MARK: - Named maps

    /// Perceptually uniform blue–green–yellow (matplotlib's default).
    public static let viridis = ColorMap(table: "viridis")
    /// Perceptually uniform black–purple–cream.
    public static let magma = ColorMap(table: "magma")
    /// Perceptually uniform black–red–yellow.
    public static let inferno = ColorMap(table: "inferno")
    /// Perceptually uniform blue–pink–yellow.
    public static let plasma = ColorMap(table: "plasma")
    /// Perceptually uniform and colour-vision-deficiency friendly blue–yellow.
    public static let cividis = ColorMap(table: "cividis")
    /// Diverging blue–white–red with a smooth neutral middle.
    public static let coolwarm = ColorMap(table: "coolwarm")
    /// Diverging blue–white–red (matplotlib's RdBu_r), for signed errors.
    public static let redBlue = ColorMap(table: "RdBu_r")
    /// Black to white.
    public static let gray = ColorMap(table: "gray")

    // MARK: - Sampling

    /// The colour at `t` in 0...1 (clamped; NaN gives transparent).
    public func color(at t: Double) -> Color {
        guard !t.isNaN else { return Color(r: 0, g: 0, b: 0, a: 0) }
        let i = Int((max(0, min(1, t)) * Double(colors.count - 1)).rounded())
        return colors[i]
    }
}
