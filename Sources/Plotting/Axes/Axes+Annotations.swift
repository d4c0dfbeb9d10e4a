// MARK: - Reference lines and text

extension Axes {
    /// Draws a horizontal line across the plot at `y` (e.g. a target accuracy).
    public func horizontalLine(at y: Double, label: String? = nil, color: Color? = nil, width: Double = 1,
                               style: LineStyle = .dashed) {
        marks.append(.reference(ReferenceLineMark(vertical: false, value: y, color: color ?? theme.foreground.withAlpha(0.6),
                                                  width: width, style: style, label: label)))
    }

    /// Draws a vertical line across the plot at `x` (e.g. the step where the learning rate drops).
    public func verticalLine(at x: Double, label: String? = nil, color: Color? = nil, width: Double = 1,
                             style: LineStyle = .dashed) {
        marks.append(.reference(ReferenceLineMark(vertical: true, value: x, color: color ?? theme.foreground.withAlpha(0.6),
                                                  width: width, style: style, label: label)))
    }

    /// Writes `text` at data point `(x, y)`, aligned by `alignment`; `size` in points (nil: the theme's).
    public func text(_ text: String, x: Double, y: Double, alignment: TextAlignment = .left, color: Color? = nil,
                     size: Double? = nil) {
        marks.append(.text(TextMark(text: text, x: x, y: y, color: color, size: size, alignment: alignment, arrowTo: nil)))
    }

    /// Writes `text` at `(textX, textY)` with an arrow pointing to the data point `(x, y)`.
    public func annotate(_ text: String, x: Double, y: Double, textX: Double, textY: Double, color: Color? = nil) {
        marks.append(.text(TextMark(text: text, x: textX, y: textY, color: color, size: nil, alignment: .center,
                                    arrowTo: Point(x, y))))
    }
}
