/// The size of a line of text as layout needs it, in device pixels.
struct TextMetrics {
    /// Advance width.
    var width: Double
    /// Height above the baseline.
    var ascent: Double
    /// Depth below the baseline (positive).
    var descent: Double
    /// Height of capitals and digits; a label is vertically centred on a point by putting its
    /// baseline `capHeight / 2` below it.
    var capHeight: Double
    /// Total line height.
    var height: Double { ascent + descent }

    /// Measures `text` with FreeType; without the font (SVG output only) it estimates
    /// 0.6 em per character so that vector output still works.
    static func measure(_ text: String, style: TextStyle) -> TextMetrics {
        if let run = try? FontLibrary.shared.layout(text, style: style) {
            return TextMetrics(width: run.width, ascent: run.ascent, descent: run.descent, capHeight: run.capHeight)
        }
        return TextMetrics(width: Double(text.count) * style.size * 0.6, ascent: style.size * 0.93, descent: style.size * 0.24,
                           capHeight: style.size * 0.73)
    }
}
