import Lib
import Plotting

/// Reads plotting options written as strings in cells: colours, line styles, markers,
/// colour maps, legend positions, scales and themes. Each error lists the accepted names.
enum PlotValues {
    /// Colour names (matplotlib's tab10 shades) accepted besides `#rrggbb` and `C0`…`C9`.
    static let colorNames: [(String, String)] = [
        ("blue", "#1f77b4"), ("orange", "#ff7f0e"), ("green", "#2ca02c"), ("red", "#d62728"), ("purple", "#9467bd"),
        ("brown", "#8c564b"), ("pink", "#e377c2"), ("gray", "#7f7f7f"), ("grey", "#7f7f7f"), ("olive", "#bcbd22"),
        ("cyan", "#17becf"), ("black", "#000000"), ("white", "#ffffff"),
    ]

    /// An optional colour: nil, a name, `#rrggbb`/`#rrggbbaa`, or `C0`…`C9` (the colour cycle).
    static func color(_ v: Value) throws -> Color? {
        guard let inner = LibraryValues.optional(v) else { return nil }
        guard case .string(let s) = inner else { throw RuntimeError.type("color: expected a String such as \"red\" or \"#1f77b4\", got \(typeName(inner))") }
        let key = s.lowercased()
        if let hex = colorNames.first(where: { $0.0 == key })?.1 { return Color(hex: hex) }
        if key.count == 2, key.hasPrefix("c"), let i = Int(key.dropFirst()) { return Color.tab10[i] }
        if let c = Color(hex: s) { return c }
        throw RuntimeError.value("unknown color '\(s)'; use #rrggbb, C0…C9 or one of: \(colorNames.map(\.0).joined(separator: ", "))")
    }

    /// A line style: "solid" ("-"), "dashed" ("--"), "dotted" (":"), "dashDot" ("-.").
    static func lineStyle(_ v: Value) throws -> LineStyle {
        guard let inner = LibraryValues.optional(v) else { return .solid }
        guard case .string(let s) = inner else { throw RuntimeError.type("style: expected a String such as \"dashed\", got \(typeName(inner))") }
        switch s {
        case "solid", "-": return .solid
        case "dashed", "--": return .dashed
        case "dotted", ":": return .dotted
        case "dashDot", "-.": return .dashDot
        default: throw RuntimeError.value("unknown line style '\(s)'; use solid, dashed, dotted or dashDot")
        }
    }

    /// An optional marker: "circle" ("o"), "square" ("s"), "triangle" ("^"), "diamond" ("D"), "plus" ("+"), "cross" ("x").
    static func marker(_ v: Value) throws -> Marker? {
        guard let inner = LibraryValues.optional(v) else { return nil }
        guard case .string(let s) = inner else { throw RuntimeError.type("marker: expected a String such as \"circle\", got \(typeName(inner))") }
        switch s {
        case "circle", "o": return .circle
        case "square", "s": return .square
        case "triangle", "^": return .triangle
        case "diamond", "D": return .diamond
        case "plus", "+": return .plus
        case "cross", "x": return .cross
        default: throw RuntimeError.value("unknown marker '\(s)'; use circle, square, triangle, diamond, plus or cross")
        }
    }

    /// Colour maps by name.
    static let colorMaps: [(String, ColorMap)] = [
        ("viridis", .viridis), ("magma", .magma), ("inferno", .inferno), ("plasma", .plasma), ("cividis", .cividis),
        ("coolwarm", .coolwarm), ("redBlue", .redBlue), ("gray", .gray),
    ]

    /// An optional colour map by name.
    static func colorMap(_ v: Value) throws -> ColorMap? {
        guard let inner = LibraryValues.optional(v) else { return nil }
        guard case .string(let s) = inner else { throw RuntimeError.type("colorMap: expected a String such as \"viridis\", got \(typeName(inner))") }
        if let m = colorMaps.first(where: { $0.0.lowercased() == s.lowercased() })?.1 { return m }
        throw RuntimeError.value("unknown colour map '\(s)'; use one of: \(colorMaps.map(\.0).joined(separator: ", "))")
    }

    /// Legend positions by name.
    static let legendPositions: [(String, LegendPosition)] = [
        ("best", .best), ("upperRight", .upperRight), ("upperLeft", .upperLeft), ("lowerLeft", .lowerLeft),
        ("lowerRight", .lowerRight), ("centerRight", .centerRight), ("centerLeft", .centerLeft),
        ("lowerCenter", .lowerCenter), ("upperCenter", .upperCenter), ("hidden", .hidden),
    ]

    /// A legend position by name.
    static func legendPosition(_ s: String) throws -> LegendPosition {
        if let p = legendPositions.first(where: { $0.0.lowercased() == s.lowercased() })?.1 { return p }
        throw RuntimeError.value("unknown legend position '\(s)'; use one of: \(legendPositions.map(\.0).joined(separator: ", "))")
    }

    /// An axis scale: "linear" or "log".
    static func scale(_ s: String) throws -> ScaleKind {
        switch s.lowercased() {
        case "linear": return .linear
        case "log": return .log
        default: throw RuntimeError.value("unknown scale '\(s)'; use linear or log")
        }
    }

    /// A theme: "light", "dark" or "paper".
    static func theme(_ s: String) throws -> Theme {
        switch s.lowercased() {
        case "light": return .light
        case "dark": return .dark
        case "paper": return .paper
        default: throw RuntimeError.value("unknown theme '\(s)'; use light, dark or paper")
        }
    }

    /// An optional closed range of numbers (`0...1`).
    static func closedRange(_ v: Value, what: String) throws -> ClosedRange<Double>? {
        guard let inner = LibraryValues.optional(v) else { return nil }
        guard case .range(let r) = inner, let lo = LibraryValues.number(r.lower), let hi = LibraryValues.number(r.upper) else {
            throw RuntimeError.type("\(what): expected a range such as 0...1, got \(typeName(inner))")
        }
        guard lo <= hi else { throw RuntimeError.value("\(what): lower bound \(lo) exceeds upper bound \(hi)") }
        return lo...hi
    }

    /// An RGBAImage from a [height, width, 3|4] tensor of values in 0...1 (clamped).
    static func image(_ t: Tensor) throws -> RGBAImage {
        guard t.rank == 3, t.shape[2] == 3 || t.shape[2] == 4 else {
            throw RuntimeError.value("image: expected a [height, width, 3] (RGB) or [height, width, 4] (RGBA) tensor, got shape \(t.shape)")
        }
        let h = t.shape[0], w = t.shape[1], c = t.shape[2]
        guard h > 0, w > 0, h * w <= 40_000_000 else { throw RuntimeError.value("image: \(w)×\(h) pixels is outside 1...40 megapixels") }
        var img = RGBAImage(width: w, height: h)
        let v = t.doubles
        for p in 0..<(h * w) {
            for k in 0..<4 {
                let x = k < c ? v[p * c + k] : 1
                img.pixels[p * 4 + k] = UInt8((min(max(x.isNaN ? 0 : x, 0), 1) * 255).rounded())
            }
        }
        return img
    }

    /// An optional String.
    static func string(_ v: Value) -> String? {
        guard let inner = LibraryValues.optional(v) else { return nil }
        if case .string(let s) = inner { return s }
        return describe(inner)
    }

    /// An optional Double.
    static func double(_ v: Value, what: String) throws -> Double? {
        guard let inner = LibraryValues.optional(v) else { return nil }
        guard let d = LibraryValues.number(inner) else { throw RuntimeError.type("\(what): expected a number, got \(typeName(inner))") }
        return d
    }
}
