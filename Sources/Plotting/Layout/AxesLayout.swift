/// Everything needed to draw one axes: its plot rectangle, scales, ticks and what to show.
struct AxesLayout {
    var plot: Rect
    var xScale: AxisScale
    var yScale: AxisScale
    var xTicks: AxisTicks
    var yTicks: AxisTicks
    var showXTickLabels: Bool
    var showYTickLabels: Bool
    /// The colour bar's rectangle and ticks, when the axes shows one.
    var colorBar: (rect: Rect, ticks: AxisTicks, mark: ImageMark)?
}
