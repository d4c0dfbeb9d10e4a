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
        guard markerSize.isFinite, markerSize > 0 else { throw PlotError.invalidArgument("line: markerSize must be a positive number of points, got \(markerSize)") }
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
        guard size.isFinite, size > 0 else { throw PlotError.invalidArgument("scatter: size must be a positive number of points, got \(size)") }
        marks.append(.scatter(ScatterMark(x: x, y: y, color: (color ?? nextColor()).withAlpha(alpha), size: size, marker: marker, label: label)))
    }

    /// Draws markers coloured by `values` through a colour map, with a colour bar (e.g. embeddings by loss).
    /// - Parameters:
    ///   - range: values mapped to the ends of the colour map; nil uses the finite range of `values`.
    /// - Throws: ``PlotError/lengthMismatch(what:expected:got:)`` when the arrays differ in length.
    public func scatter(_ x: [Double], _ y: [Double], values: [Double], colorMap: ColorMap? = nil, range: ClosedRange<Double>? = nil,
                        label: String? = nil, size: Double = 6, marker: Marker = .circle, alpha: Double = 1,
                        colorBar: Bool = true, colorBarLabel: String? = nil) throws {
        try checkLengths("scatter: x and y", x.count, y.count)
        try checkLengths("scatter: x and values", x.count, values.count)
        guard size.isFinite, size > 0 else { throw PlotError.invalidArgument("scatter: size must be a positive number of points, got \(size)") }
        let finite = values.filter { $0.isFinite }
        let lo = range?.lowerBound ?? finite.min() ?? 0
        var hi = range?.upperBound ?? finite.max() ?? 1
        guard lo.isFinite, hi.isFinite else { throw PlotError.invalidArgument("scatter: the colour range must be finite, got \(lo)...\(hi)") }
        if hi <= lo { hi = lo + 1 }
        let map = colorMap ?? theme.colorMap
        let colors = values.map { v -> Color in
            let c = map.color(at: (v - lo) / (hi - lo))
            return c.withAlpha(alpha * Double(c.a) / 255)
        }
        marks.append(.scatter(ScatterMark(x: x, y: y, color: map.color(at: 0.5).withAlpha(alpha), colors: colors,
                                          colorBar: colorBar ? ColorBarSpec(colorMap: map, vmin: lo, vmax: hi, label: colorBarLabel) : nil,
                                          size: size, marker: marker, label: label)))
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

    /// Draws vertical error bars from `y[i] - error[i]` to `y[i] + error[i]` at each `x[i]`, with caps,
    /// e.g. over bars (`x` = category index) or line points.
    /// - Parameters:
    ///   - capSize: cap width in points (0 for no caps).
    /// - Throws: ``PlotError/lengthMismatch(what:expected:got:)`` when the arrays differ in length.
    public func errorBars(_ x: [Double], _ y: [Double], error: [Double], label: String? = nil, color: Color? = nil,
                          width: Double = 1, capSize: Double = 3) throws {
        try checkLengths("errorBars: x and y", x.count, y.count)
        try checkLengths("errorBars: x and error", x.count, error.count)
        marks.append(.errorBars(ErrorBarMark(x: x, y: y, lower: zip(y, error).map { $0 - abs($1) }, upper: zip(y, error).map { $0 + abs($1) },
                                             color: color ?? theme.foreground, width: width, capSize: max(0, capSize), label: label)))
    }
}
