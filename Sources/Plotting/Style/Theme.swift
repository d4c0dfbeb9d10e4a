/// Colours, fonts and defaults shared by every part of a figure.
public struct Theme: Sendable {
    /// Figure background.
    public var background: Color
    /// Plot area background.
    public var axesBackground: Color
    /// Text, spines and ticks.
    public var foreground: Color
    /// Grid lines.
    public var gridColor: Color
    /// Legend box fill.
    public var legendBackground: Color
    /// Legend box border.
    public var legendBorder: Color
    /// Colours given in turn to marks without an explicit colour.
    public var colorCycle: [Color]
    /// Default colour map for heat maps.
    public var colorMap: ColorMap
    /// Whether axes show a grid unless told otherwise.
    public var grid: Bool
    /// Whether the top and right spines are drawn.
    public var fullFrame: Bool
    /// Whether ticks point into the plot area.
    public var ticksInside: Bool
    /// Font family for all text.
    public var fontFamily: FontFamily
    /// Base font size in points (tick labels, axis labels, legend).
    public var fontSize: Double
    /// Title font size in points.
    public var titleSize: Double
    /// Default line width in points.
    public var lineWidth: Double

    /// Creates a theme from every setting.
    public init(background: Color, axesBackground: Color, foreground: Color, gridColor: Color, legendBackground: Color,
                legendBorder: Color, colorCycle: [Color], colorMap: ColorMap, grid: Bool, fullFrame: Bool, ticksInside: Bool,
                fontFamily: FontFamily, fontSize: Double, titleSize: Double, lineWidth: Double) {
        self.background = background; self.axesBackground = axesBackground; self.foreground = foreground
        self.gridColor = gridColor; self.legendBackground = legendBackground; self.legendBorder = legendBorder
        self.colorCycle = colorCycle.isEmpty ? Color.tab10 : colorCycle; self.colorMap = colorMap; self.grid = grid
        self.fullFrame = fullFrame; self.ticksInside = ticksInside; self.fontFamily = fontFamily
        self.fontSize = fontSize; self.titleSize = titleSize; self.lineWidth = lineWidth
    }

    // MARK: - Built-in themes

    /// White background, black frame, light grey grid, tab10 colours (close to matplotlib's defaults).
    public static let light = Theme(
        background: .white, axesBackground: .white, foreground: Color(r: 0x26, g: 0x26, b: 0x26),
        gridColor: Color(r: 0xdd, g: 0xdd, b: 0xdd), legendBackground: Color.white.withAlpha(0.85),
        legendBorder: Color(r: 0xcc, g: 0xcc, b: 0xcc), colorCycle: Color.tab10, colorMap: .viridis, grid: true,
        fullFrame: true, ticksInside: false, fontFamily: .sans, fontSize: 10, titleSize: 12, lineWidth: 1.5)

    /// Dark grey background with light text and brighter colours, for dark notebook themes.
    public static let dark = Theme(
        background: Color(r: 0x1e, g: 0x1e, b: 0x1e), axesBackground: Color(r: 0x1e, g: 0x1e, b: 0x1e),
        foreground: Color(r: 0xe0, g: 0xe0, b: 0xe0), gridColor: Color(r: 0x3c, g: 0x3c, b: 0x3c),
        legendBackground: Color(r: 0x1e, g: 0x1e, b: 0x1e).withAlpha(0.85), legendBorder: Color(r: 0x55, g: 0x55, b: 0x55),
        colorCycle: Color.tab10Bright, colorMap: .magma, grid: true, fullFrame: true, ticksInside: false,
        fontFamily: .sans, fontSize: 10, titleSize: 12, lineWidth: 1.5)

    /// For papers: serif text, no grid, open frame (left and bottom spines), inward ticks.
    public static let paper = Theme(
        background: .white, axesBackground: .white, foreground: .black, gridColor: Color(r: 0xe5, g: 0xe5, b: 0xe5),
        legendBackground: Color.white.withAlpha(0.9), legendBorder: Color(r: 0xbb, g: 0xbb, b: 0xbb),
        colorCycle: Color.tab10, colorMap: .viridis, grid: false, fullFrame: false, ticksInside: true,
        fontFamily: .serif, fontSize: 10, titleSize: 11, lineWidth: 1.25)
}
