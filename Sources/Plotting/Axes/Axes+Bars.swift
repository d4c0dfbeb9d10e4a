import Foundation

// MARK: - Bars, histograms and timelines

extension Axes {
    /// Draws one bar per category, `values[i]` high, on a categorical x axis.
    /// - Throws: ``PlotError/lengthMismatch(what:expected:got:)`` when the arrays differ in length.
    public func bar(_ categories: [String], _ values: [Double], label: String? = nil, color: Color? = nil,
                    width: Double = 0.8) throws {
        try checkLengths("bar: categories and values", categories.count, values.count)
        let xs = categoryPositions(categories)
        try bar(x: xs, heights: values, width: width, label: label, color: color)
    }

    /// Draws bars centred at `x` with the given heights, starting at `bottom` (0 when nil).
    /// - Throws: ``PlotError/lengthMismatch(what:expected:got:)`` when the arrays differ in length.
    public func bar(x: [Double], heights: [Double], width: Double = 0.8, bottom: [Double]? = nil,
                    label: String? = nil, color: Color? = nil) throws {
        try checkLengths("bar: x and heights", x.count, heights.count)
        if let bottom { try checkLengths("bar: x and bottom", x.count, bottom.count) }
        guard width > 0 else { throw PlotError.invalidArgument("bar: width must be positive, got \(width)") }
        let rects = x.indices.map { i -> DataRect in
            let b = bottom?[i] ?? 0
            return DataRect(x0: x[i] - width / 2, x1: x[i] + width / 2, y0: b, y1: b + heights[i])
        }
        marks.append(.bars(BarMark(rects: rects, color: color ?? nextColor(), edgeColor: nil, label: label)))
    }

    /// Draws one horizontal bar per category, `values[i]` long, categories listed from the top
    /// (suits speed and storage comparisons with long names).
    /// - Throws: ``PlotError/lengthMismatch(what:expected:got:)`` when the arrays differ in length.
    public func horizontalBar(_ categories: [String], _ values: [Double], label: String? = nil, color: Color? = nil,
                              height: Double = 0.8) throws {
        try checkLengths("horizontalBar: categories and values", categories.count, values.count)
        guard height > 0 else { throw PlotError.invalidArgument("horizontalBar: height must be positive, got \(height)") }
        yInverted = true
        let ys = categoryPositions(categories, y: true)
        let rects = ys.indices.map { DataRect(x0: 0, x1: values[$0], y0: ys[$0] - height / 2, y1: ys[$0] + height / 2) }
        marks.append(.bars(BarMark(rects: rects, color: color ?? nextColor(), edgeColor: nil, label: label, horizontal: true)))
    }

    /// Draws several series per category, side by side (grouped) or on top of each other (stacked).
    /// - Parameters:
    ///   - series: one array of values per series, each as long as `categories`.
    ///   - labels: one legend entry per series.
    /// - Throws: ``PlotError/lengthMismatch(what:expected:got:)`` when a series or the labels have the wrong length.
    public func bar(_ categories: [String], series: [[Double]], labels: [String], stacked: Bool = false,
                    colors: [Color]? = nil, width: Double = 0.8) throws {
        try checkLengths("bar: series and labels", series.count, labels.count)
        if let colors { try checkLengths("bar: series and colors", series.count, colors.count) }
        for (k, s) in series.enumerated() { try checkLengths("bar: categories and series \(k)", categories.count, s.count) }
        let xs = categoryPositions(categories)
        var base = [Double](repeating: 0, count: categories.count)
        let n = Double(max(1, series.count))
        for (k, s) in series.enumerated() {
            let c = colors?[k] ?? nextColor()
            if stacked {
                try bar(x: xs, heights: s, width: width, bottom: base, label: labels[k], color: c)
                for i in base.indices { base[i] += s[i] }
            } else {
                let w = width / n
                let shifted = xs.map { $0 - width / 2 + w * (Double(k) + 0.5) }
                try bar(x: shifted, heights: s, width: w * 0.95, label: labels[k], color: c)
            }
        }
    }

    /// Draws a histogram of `values` with `bins` equal-width bins over `range` (the data range when nil);
    /// non-finite values are ignored. With `density`, bar areas sum to 1.
    /// - Throws: ``PlotError/invalidArgument(_:)`` when `bins` is not positive or there is nothing to count.
    public func histogram(_ values: [Double], bins: Int = 10, range: ClosedRange<Double>? = nil, density: Bool = false,
                          label: String? = nil, color: Color? = nil, alpha: Double = 1) throws {
        guard bins > 0, bins <= 100_000 else { throw PlotError.invalidArgument("histogram: bins must be in 1...100000, got \(bins)") }
        let finite = values.filter { $0.isFinite }
        guard let lo0 = range?.lowerBound ?? finite.min(), let hi0 = range?.upperBound ?? finite.max() else {
            throw PlotError.invalidArgument("histogram: no finite values to count")
        }
        let lo = lo0, hi = hi0 > lo0 ? hi0 : lo0 + 1
        let w = (hi - lo) / Double(bins)
        var counts = [Double](repeating: 0, count: bins)
        for v in finite where v >= lo && v <= hi { counts[min(bins - 1, Int((v - lo) / w))] += 1 }
        let total = counts.reduce(0, +)
        if density && total > 0 { counts = counts.map { $0 / (total * w) } }
        let rects = (0..<bins).map { DataRect(x0: lo + Double($0) * w, x1: lo + Double($0 + 1) * w, y0: 0, y1: counts[$0]) }
        let c = (color ?? nextColor()).withAlpha(alpha)
        marks.append(.bars(BarMark(rects: rects, color: c, edgeColor: theme.axesBackground, label: label)))
    }

    /// Draws a span from `start` to `end` on the row named `row` of a timeline (rows listed top to bottom),
    /// e.g. when each node of a cluster was busy, failed or recovering.
    /// - Throws: ``PlotError/invalidArgument(_:)`` when `end` is before `start`.
    public func timeline(row: String, start: Double, end: Double, label: String? = nil, color: Color? = nil,
                         height: Double = 0.7) throws {
        guard end >= start else { throw PlotError.invalidArgument("timeline: end (\(end)) is before start (\(start))") }
        yInverted = true
        let y = categoryPositions([row], y: true)[0]
        // Spans with the same label share a colour and one legend entry.
        var c = color
        var legendLabel = label
        if let label {
            for m in marks {
                if case .bars(let b) = m, b.label == label { c = c ?? b.color; legendLabel = nil; break }
            }
        }
        let rect = DataRect(x0: start, x1: end, y0: y - height / 2, y1: y + height / 2)
        marks.append(.bars(BarMark(rects: [rect], color: c ?? nextColor(), edgeColor: nil, label: legendLabel, horizontal: true)))
    }
}
