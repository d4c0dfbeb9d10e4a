// MARK: - Heat maps

extension Axes {
    /// Draws a matrix as coloured cells, row 0 at the top, with an optional colour bar.
    /// - Parameters:
    ///   - values: rows of equal length; NaN cells stay transparent.
    ///   - colorMap: nil uses the theme's (viridis in the light theme); use `.redBlue` or `.coolwarm` for signed data.
    ///   - range: values mapped to the ends of the colour map; nil uses the finite data range.
    ///   - colorBar: whether to draw a colour bar to the right.
    ///   - colorBarLabel: label along the colour bar.
    ///   - xLabels, yLabels: optional names for columns and rows shown as tick labels.
    /// - Throws: ``PlotError/invalidArgument(_:)`` for an empty or ragged matrix or mismatched labels.
    public func heatmap(_ values: [[Double]], colorMap: ColorMap? = nil, range: ClosedRange<Double>? = nil,
                        colorBar: Bool = true, colorBarLabel: String? = nil,
                        xLabels: [String]? = nil, yLabels: [String]? = nil) throws {
        guard let cols = values.first?.count, cols > 0 else { throw PlotError.invalidArgument("heatmap: the matrix is empty") }
        for (i, row) in values.enumerated() where row.count != cols {
            throw PlotError.invalidArgument("heatmap: row \(i) has \(row.count) values but row 0 has \(cols); all rows must have the same length")
        }
        if let xLabels { try checkLengths("heatmap: columns and xLabels", cols, xLabels.count) }
        if let yLabels { try checkLengths("heatmap: rows and yLabels", values.count, yLabels.count) }
        var lo = Double.infinity, hi = -Double.infinity
        for row in values { for v in row where v.isFinite { lo = min(lo, v); hi = max(hi, v) } }
        if let range { lo = range.lowerBound; hi = range.upperBound }
        if !lo.isFinite { lo = 0; hi = 1 }
        if hi <= lo { hi = lo + 1 }
        yInverted = true
        if let xLabels { xCategories = xLabels }
        if let yLabels { yCategories = yLabels }
        marks.append(.image(ImageMark(values: values, colorMap: colorMap ?? theme.colorMap, vmin: lo, vmax: hi,
                                      colorBar: colorBar, colorBarLabel: colorBarLabel)))
    }

    /// Draws an RGBA image with one pixel per data unit, row 0 at the top (like matplotlib's `imshow`).
    /// - Throws: ``PlotError/invalidArgument(_:)`` for an empty image.
    public func image(_ image: RGBAImage) throws {
        guard image.width > 0, image.height > 0 else { throw PlotError.invalidArgument("image: the image is empty (\(image.width)×\(image.height))") }
        yInverted = true
        marks.append(.image(ImageMark(rgba: image, values: [], colorMap: theme.colorMap, vmin: 0, vmax: 1, colorBar: false, colorBarLabel: nil)))
    }
}
