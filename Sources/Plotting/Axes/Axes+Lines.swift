// MARK: - Lines, scatter, steps and bands

extension Axes {
    /// Draws a line through the points `(x[i], y[i])`; non-finite values break the line.
    /// - Parameters:
    ///   - label: legend entry; nil leaves the line out of the legend.
    ///   - color: nil takes the next colour of the theme's cycle.
    ///   - width: line width in points (nil: the theme's, 1.5).
    ///   - style: solid, dashed, dotted or dash-dot.
    ///   - marker: a shape drawn at each point.
    /// - Throws: ``PlotError/lengthMismatch(what:expected:got:)`` when `x` and `y` differ in length.
    public func line(_ x: [Double], _ y: [Double], label: String? = nil, color: Color? = nil, width: Double? = nil,
                     style: LineStyle = .solid, marker: Marker? = nil, markerSize: Double = 6) throws {
        try checkLengths("line: x and y", x.count, y.count)
        marks.append(.line(LineMark(x: x, y: y, color: color ?? nextColor(), width: width ?? theme.lineWidth, style: style,
                                    marker: marker, markerSize: markerSize, label: label)))
    }

    /// Draws `y` against its indices 0, 1, 2, …
    public func line(_ y: [Double], label: String? = nil, color: Color? = nil, width: Double? = nil,
                     style: LineStyle = .solid, marker: Marker? = nil) throws {
        try line(y.indices.map(Double.init), y, label: label, color: color, width: width, style: style, marker: marker)
    }

    /// Draws markers at `(x[i], y[i])` with size `size` (points, diameter).
    /// - Throws: ``PlotError/lengthMismatch(what:expected:got:)`` when `x` and `y` differ in length.
    public func scatter(_ x: [Double], _ y: [Double], label: String? = nil, color: Color? = nil, size: Double = 6,
                        marker: Marker = .circle, alpha: Double = 1) throws {
        try checkLengths("scatter: x and y", x.count, y.count)
        guard size > 0 else { throw PlotError.invalidArgument("scatter: size must be positive, got \(size)") }
        marks.append(.scatter(ScatterMark(x: x, y: y, color: (color ?? nextColor()).withAlpha(alpha), size: size, marker: marker, label: label)))
    }

    /// Draws a staircase through the points; `position` says where each step rises.
    /// - Throws: ``PlotError/lengthMismatch(what:expected:got:)`` when `x` and `y` differ in length.
    public func step(_ x: [Double], _ y: [Double], position: StepPosition = .post, label: String? = nil,
                     color: Color? = nil, width: Double? = nil, style: LineStyle = .solid) throws {
        try checkLengths("step: x and y", x.count, y.count)
        var sx: [Double] = [], sy: [Double] = []
        for i in x.indices {
            if i == 0 { sx.append(x[0]); sy.append(y[0]); continue }
            switch position {
            case .post: sx += [x[i], x[i]]; sy += [y[i - 1], y[i]]
            case .pre: sx += [x[i - 1], x[i]]; sy += [y[i], y[i]]
            case .mid:
                let m = (x[i - 1] + x[i]) / 2
                sx += [m, m, x[i]]; sy += [y[i - 1], y[i], y[i]]
            }
        }
        try line(sx, sy, label: label, color: color, width: width, style: style)
    }

    /// Fills the area between `lower` and `upper` over `x` (translucent by default).
    /// - Throws: ``PlotError/lengthMismatch(what:expected:got:)`` when the arrays differ in length.
    public func fillBetween(_ x: [Double], _ lower: [Double], _ upper: [Double], label: String? = nil,
                            color: Color? = nil, alpha: Double = 0.25) throws {
        try checkLengths("fillBetween: x and lower", x.count, lower.count)
        try checkLengths("fillBetween: x and upper", x.count, upper.count)
        marks.append(.area(AreaMark(x: x, lower: lower, upper: upper, color: (color ?? nextColor()).withAlpha(alpha), label: label)))
    }

    /// Draws `y` over `x` with a shaded band of ±`error` around it (e.g. mean ± standard deviation).
    /// - Throws: ``PlotError/lengthMismatch(what:expected:got:)`` when the arrays differ in length.
    public func errorBand(_ x: [Double], _ y: [Double], error: [Double], label: String? = nil, color: Color? = nil,
                          alpha: Double = 0.2) throws {
        try checkLengths("errorBand: x and y", x.count, y.count)
        try checkLengths("errorBand: x and error", x.count, error.count)
        let c = color ?? nextColor()
        try fillBetween(x, zip(y, error).map { $0 - $1 }, zip(y, error).map { $0 + $1 }, color: c, alpha: alpha)
        try line(x, y, label: label, color: c)
    }
}
