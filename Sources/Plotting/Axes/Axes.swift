/// One plot area of a figure: its marks, scales, labels, legend and grid.
///
/// Build it through the figure (`fig.axes`, `fig[0, 1]`), then add marks:
/// ```swift
/// let fig = Figure(width: 640, height: 480)
/// let ax = fig.axes
/// try ax.line(steps, loss, label: "train")
/// ax.title = "Loss"
/// ```
public final class Axes {
    // MARK: - Labels

    /// Title drawn above the plot area.
    public var title: String?
    /// Label under the x axis.
    public var xLabel: String?
    /// Label left of the y axis, rotated.
    public var yLabel: String?

    // MARK: - Scales and limits

    /// Scale of the x axis.
    public var xScale: ScaleKind = .linear
    /// Scale of the y axis.
    public var yScale: ScaleKind = .linear
    /// Fixed x range; nil fits the data with a 5% margin.
    public var xLimits: ClosedRange<Double>?
    /// Fixed y range; nil fits the data with a 5% margin.
    public var yLimits: ClosedRange<Double>?
    /// Whether y grows downwards (set by heat maps so row 0 is at the top).
    public var yInverted = false
    /// How x tick labels are written.
    public var xTickFormat: TickFormat = .automatic
    /// How y tick labels are written.
    public var yTickFormat: TickFormat = .automatic

    // MARK: - Decorations

    /// Whether to draw grid lines at major ticks; nil follows the theme.
    public var grid: Bool?
    /// Where the legend goes; it appears only when some mark has a label.
    public var legend: LegendPosition = .best

    // MARK: - State

    var marks: [Mark] = []
    /// Category names of a categorical x axis (bar charts), in order of first use.
    var xCategories: [String] = []
    /// Category names of a categorical y axis (timelines, heat map rows).
    var yCategories: [String] = []
    private var cycleIndex = 0
    let theme: Theme

    init(theme: Theme) { self.theme = theme }

    /// The next colour of the theme's cycle.
    func nextColor() -> Color {
        let c = theme.colorCycle[cycleIndex % theme.colorCycle.count]
        cycleIndex += 1
        return c
    }

    /// Positions of `names` on a categorical axis, adding unseen names at the end.
    func categoryPositions(_ names: [String], y: Bool = false) -> [Double] {
        names.map { name in
            if y {
                if let i = yCategories.firstIndex(of: name) { return Double(i) }
                yCategories.append(name); return Double(yCategories.count - 1)
            }
            if let i = xCategories.firstIndex(of: name) { return Double(i) }
            xCategories.append(name); return Double(xCategories.count - 1)
        }
    }

    /// Throws unless `a` and `b` have the same length.
    func checkLengths(_ what: String, _ a: Int, _ b: Int) throws {
        if a != b { throw PlotError.lengthMismatch(what: what, expected: a, got: b) }
    }

    /// Whether anything has been added.
    public var isEmpty: Bool { marks.isEmpty }
}
