/// Unit conversion and text styles shared by layout and drawing.
struct DrawContext {
    /// Device pixels per point (dpi / 72).
    let pt: Double
    /// The figure's theme.
    let theme: Theme

    /// A text style of `points` size in the theme's font and foreground colour.
    func text(_ points: Double, bold: Bool = false, color: Color? = nil) -> TextStyle {
        TextStyle(family: theme.fontFamily, bold: bold, size: points * pt, color: color ?? theme.foreground)
    }

    /// Base text style (tick labels, axis labels, legend).
    var base: TextStyle { text(theme.fontSize) }

    /// Measures `s` in `style`.
    func measure(_ s: String, _ style: TextStyle) -> TextMetrics { TextMetrics.measure(s, style: style) }

    /// Tick length outside the plot area (0 when ticks point inwards).
    var tickOutside: Double { theme.ticksInside ? 0 : 3.5 * pt }
    /// Tick length.
    var tickLength: Double { 3.5 * pt }
    /// Gap between tick and tick label.
    var tickPad: Double { 3.5 * pt }
    /// Gap between tick labels and axis label.
    var labelPad: Double { 4 * pt }
    /// Spine and tick width.
    var spineWidth: Double { 0.8 * pt }
}
