/// The font family of a text run; each maps to a DejaVu face from fonts-dejavu-core.
public enum FontFamily: String, Sendable {
    /// DejaVu Sans.
    case sans
    /// DejaVu Serif.
    case serif
    /// DejaVu Sans Mono.
    case mono

    /// The name written into SVG `font-family` attributes.
    var cssName: String {
        switch self {
        case .sans: return "DejaVu Sans, Verdana, sans-serif"
        case .serif: return "DejaVu Serif, Georgia, serif"
        case .mono: return "DejaVu Sans Mono, monospace"
        }
    }
}

/// Font, size and colour of a text run; `size` is in device pixels.
public struct TextStyle: Sendable {
    /// Font family.
    public var family: FontFamily
    /// Bold face when true.
    public var bold: Bool
    /// Em size in device pixels.
    public var size: Double
    /// Fill colour.
    public var color: Color

    /// Creates a text style.
    public init(family: FontFamily = .sans, bold: Bool = false, size: Double, color: Color) {
        self.family = family; self.bold = bold; self.size = size; self.color = color
    }
}
