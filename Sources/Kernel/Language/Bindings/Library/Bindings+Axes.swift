import Plotting

// MARK: - Axes: marks (line, scatter, bar, histogram, heatmap), labels, legend, scales

extension Bindings {
    /// Registers an Axes method that draws or sets something and returns nothing.
    private func axesAction(_ signature: String, doc: String, _ body: @escaping (Axes, Arguments) throws -> Void) {
        method(signature, on: Axes.self, doc: doc) { ax, a in
            try body(ax, a)
            return .void
        }
    }

    func registerAxes() {
        type(Axes.self, name: "Axes", doc: "One subplot of a Figure: marks, labels, legend and scales. Reach it with fig.axes or fig[row, column].")
        let colorDoc = " Colours: names (\"red\"), \"#rrggbb\" or \"C0\"…\"C9\"."
        let numbersDoc = " Numbers may be [Double], [Int], ranges or tensors."
        // Lines and points
        axesAction("line(_ x: [Double], _ y: [Double], label: String? = nil, color: String? = nil, width: Double? = nil, style: String = \"solid\", marker: String? = nil)",
                   doc: "A line through (x, y); style is solid, dashed, dotted or dashDot; marker circle, square, triangle, diamond, plus or cross." + colorDoc + numbersDoc) { ax, a in
            try ax.line(try LibraryValues.numbers(a[0], what: "line x"), try LibraryValues.numbers(a[1], what: "line y"), label: PlotValues.string(a[2]),
                        color: try PlotValues.color(a[3]), width: try PlotValues.double(a[4], what: "width"),
                        style: try PlotValues.lineStyle(a[5]), marker: try PlotValues.marker(a[6]))
        }
        axesAction("line(_ y: [Double], label: String? = nil, color: String? = nil, width: Double? = nil, style: String = \"solid\", marker: String? = nil)",
                   doc: "A line through (0, y[0]), (1, y[1]), …" + colorDoc + numbersDoc) { ax, a in
            try ax.line(try LibraryValues.numbers(a[0], what: "line y"), label: PlotValues.string(a[1]), color: try PlotValues.color(a[2]),
                        width: try PlotValues.double(a[3], what: "width"), style: try PlotValues.lineStyle(a[4]), marker: try PlotValues.marker(a[5]))
        }
        axesAction("scatter(_ x: [Double], _ y: [Double], label: String? = nil, color: String? = nil, size: Double = 6, marker: String = \"circle\", alpha: Double = 1)",
                   doc: "One marker per point (x[i], y[i])." + colorDoc + numbersDoc) { ax, a in
            try ax.scatter(try LibraryValues.numbers(a[0], what: "scatter x"), try LibraryValues.numbers(a[1], what: "scatter y"),
                           label: PlotValues.string(a[2]), color: try PlotValues.color(a[3]), size: try a.double(4),
                           marker: try PlotValues.marker(a[5]) ?? .circle, alpha: try a.double(6))
        }
        axesAction("fillBetween(_ x: [Double], _ lower: [Double], _ upper: [Double], label: String? = nil, color: String? = nil, alpha: Double = 0.25)",
                   doc: "Shades the band between two curves." + colorDoc) { ax, a in
            try ax.fillBetween(try LibraryValues.numbers(a[0]), try LibraryValues.numbers(a[1]), try LibraryValues.numbers(a[2]),
                               label: PlotValues.string(a[3]), color: try PlotValues.color(a[4]), alpha: try a.double(5))
        }
        axesAction("errorBand(_ x: [Double], _ y: [Double], error: [Double], label: String? = nil, color: String? = nil, alpha: Double = 0.2)",
                   doc: "A line with a shaded band of ± error around it." + colorDoc) { ax, a in
            try ax.errorBand(try LibraryValues.numbers(a[0]), try LibraryValues.numbers(a[1]), error: try LibraryValues.numbers(a[2]),
                             label: PlotValues.string(a[3]), color: try PlotValues.color(a[4]), alpha: try a.double(5))
        }
        // Bars and histograms
        axesAction("bar(_ categories: [String], _ values: [Double], label: String? = nil, color: String? = nil, width: Double = 0.8)",
                   doc: "One bar per category." + colorDoc) { ax, a in
            try ax.bar(try LibraryValues.strings(a[0], what: "bar categories"), try LibraryValues.numbers(a[1], what: "bar values"),
                       label: PlotValues.string(a[2]), color: try PlotValues.color(a[3]), width: try a.double(4))
        }
        axesAction("bar(x: [Double], heights: [Double], width: Double = 0.8, label: String? = nil, color: String? = nil)",
                   doc: "Bars at numeric positions x." + colorDoc) { ax, a in
            try ax.bar(x: try LibraryValues.numbers(a[0], what: "bar x"), heights: try LibraryValues.numbers(a[1], what: "bar heights"),
                       width: try a.double(2), label: PlotValues.string(a[3]), color: try PlotValues.color(a[4]))
        }
        axesAction("bar(_ categories: [String], series: [[Double]], labels: [String], stacked: Bool = false)",
                   doc: "Grouped (or stacked) bars: one series per label.") { ax, a in
            try ax.bar(try LibraryValues.strings(a[0]), series: try LibraryValues.matrix(a[1], what: "series"),
                       labels: try LibraryValues.strings(a[2]), stacked: try a.bool(3))
        }
        axesAction("horizontalBar(_ categories: [String], _ values: [Double], label: String? = nil, color: String? = nil)",
                   doc: "One horizontal bar per category." + colorDoc) { ax, a in
            try ax.horizontalBar(try LibraryValues.strings(a[0]), try LibraryValues.numbers(a[1]), label: PlotValues.string(a[2]),
                                 color: try PlotValues.color(a[3]))
        }
        let histDoc = "A histogram of the values in `bins` equal bins over `range` (default: the data's range), counts or density."
        for name in ["histogram", "hist"] {
            axesAction("\(name)(_ values: [Double], bins: Int = 10, range: ClosedRange<Double>? = nil, density: Bool = false, label: String? = nil, color: String? = nil, alpha: Double = 1)",
                       doc: histDoc + (name == "hist" ? " Same as histogram." : "") + numbersDoc) { ax, a in
                try ax.histogram(try LibraryValues.numbers(a[0], what: "histogram values"), bins: try a.int(1),
                                 range: try PlotValues.closedRange(a[2], what: "range"), density: try a.bool(3),
                                 label: PlotValues.string(a[4]), color: try PlotValues.color(a[5]), alpha: try a.double(6))
            }
        }
        // Images
        axesAction("heatmap(_ values: [[Double]], colorMap: String? = nil, range: ClosedRange<Double>? = nil, colorBar: Bool = true, colorBarLabel: String? = nil, xLabels: [String]? = nil, yLabels: [String]? = nil)",
                   doc: "A matrix (nested arrays or a rank-2 tensor) as coloured cells, row 0 at the top; colour maps: "
                    + PlotValues.colorMaps.map(\.0).joined(separator: ", ") + ".") { ax, a in
            try ax.heatmap(try LibraryValues.matrix(a[0], what: "heatmap"), colorMap: try PlotValues.colorMap(a[1]),
                           range: try PlotValues.closedRange(a[2], what: "range"), colorBar: try a.bool(3), colorBarLabel: PlotValues.string(a[4]),
                           xLabels: try LibraryValues.optional(a[5]).map { try LibraryValues.strings($0) },
                           yLabels: try LibraryValues.optional(a[6]).map { try LibraryValues.strings($0) })
        }
        axesAction("image(_ pixels: Tensor)",
                   doc: "An RGB or RGBA picture from a [height, width, 3 or 4] tensor (or nested arrays) of values in 0...1, row 0 at the top.") { ax, a in
            try ax.image(try PlotValues.image(try LibraryValues.tensor(a[0], what: "image")))
        }
        // Reference lines and text
        axesAction("horizontalLine(at y: Double, label: String? = nil, color: String? = nil)", doc: "A dashed horizontal reference line.") { ax, a in
            ax.horizontalLine(at: try a.double(0), label: PlotValues.string(a[1]), color: try PlotValues.color(a[2]))
        }
        axesAction("verticalLine(at x: Double, label: String? = nil, color: String? = nil)", doc: "A dashed vertical reference line.") { ax, a in
            ax.verticalLine(at: try a.double(0), label: PlotValues.string(a[1]), color: try PlotValues.color(a[2]))
        }
        axesAction("text(_ text: String, x: Double, y: Double)", doc: "Text at a data position.") { ax, a in
            ax.text(try a.string(0), x: try a.double(1), y: try a.double(2))
        }
        axesAction("annotate(_ text: String, x: Double, y: Double, textX: Double, textY: Double)",
                   doc: "Text at (textX, textY) with an arrow to (x, y).") { ax, a in
            ax.annotate(try a.string(0), x: try a.double(1), y: try a.double(2), textX: try a.double(3), textY: try a.double(4))
        }
        registerAxesSettings()
        registerPlotOptionNames()
    }

    /// Implicit members for plotting options (`style: .dashed`, `marker: .circle`, `colorMap: .viridis`,
    /// `color: .red`): each is the option's name as a String, which the plotting bindings accept.
    private func registerPlotOptionNames() {
        let groups: [(owner: String, doc: String, names: [String])] = [
            ("LineStyle", "A line style, as its name.", ["solid", "dashed", "dotted", "dashDot"]),
            ("Marker", "A marker shape, as its name.", ["circle", "square", "triangle", "diamond", "plus", "cross"]),
            ("ColorMap", "A colour map, as its name.", PlotValues.colorMaps.map(\.0)),
            ("LegendPosition", "A legend position, as its name.", PlotValues.legendPositions.map(\.0)),
            ("ScaleKind", "An axis scale, as its name.", ["linear", "log"]),
            ("Theme", "A figure theme, as its name.", ["light", "dark", "paper"]),
            ("Color", "A named colour (matplotlib's tab10 shades), as its name.", PlotValues.colorNames.map(\.0)),
        ]
        for g in groups {
            builtinType(g.owner, doc: g.doc + " Options: " + g.names.map { "." + $0 }.joined(separator: ", ") + ".")
            for name in g.names where members(of: g.owner, named: name).isEmpty {
                staticProperty("\(name): String", on: g.owner, doc: "\(g.doc) (\"\(name)\")") { .string(name) }
            }
        }
    }

    private func registerAxesSettings() {
        property("title: String?", on: Axes.self, doc: "The subplot's title, or nil.") { ax in ax.title.map { .some(.string($0)) } ?? .none }
        property("xLabel: String?", on: Axes.self, doc: "The x axis label, or nil.") { ax in ax.xLabel.map { .some(.string($0)) } ?? .none }
        property("yLabel: String?", on: Axes.self, doc: "The y axis label, or nil.") { ax in ax.yLabel.map { .some(.string($0)) } ?? .none }
        property("isEmpty: Bool", on: Axes.self, doc: "True when nothing has been drawn.") { ax in .bool(ax.isEmpty) }
        axesAction("title(_ text: String)", doc: "Sets the subplot's title.") { ax, a in ax.title = try a.string(0) }
        for (name, alias) in [("xLabel", "xlabel"), ("yLabel", "ylabel")] {
            for n in [name, alias] {
                axesAction("\(n)(_ text: String)", doc: "Sets the \(name.prefix(1)) axis label" + (n == alias ? " (same as \(name))." : ".")) { ax, a in
                    if name == "xLabel" { ax.xLabel = try a.string(0) } else { ax.yLabel = try a.string(0) }
                }
            }
        }
        axesAction("legend(_ position: String = \"best\")",
                   doc: "Places the legend of labelled marks: " + PlotValues.legendPositions.map(\.0).joined(separator: ", ") + ".") { ax, a in
            ax.legend = try PlotValues.legendPosition(try a.string(0))
        }
        axesAction("xScale(_ kind: String)", doc: "The x axis scale: linear or log.") { ax, a in ax.xScale = try PlotValues.scale(try a.string(0)) }
        axesAction("yScale(_ kind: String)", doc: "The y axis scale: linear or log.") { ax, a in ax.yScale = try PlotValues.scale(try a.string(0)) }
        axesAction("xLimits(_ lower: Double, _ upper: Double)", doc: "Fixes the x range.") { ax, a in
            let lo = try a.double(0), hi = try a.double(1)
            guard lo < hi else { throw RuntimeError.value("xLimits: lower (\(lo)) must be less than upper (\(hi))") }
            ax.xLimits = lo...hi
        }
        axesAction("yLimits(_ lower: Double, _ upper: Double)", doc: "Fixes the y range.") { ax, a in
            let lo = try a.double(0), hi = try a.double(1)
            guard lo < hi else { throw RuntimeError.value("yLimits: lower (\(lo)) must be less than upper (\(hi))") }
            ax.yLimits = lo...hi
        }
        axesAction("grid(_ visible: Bool = true)", doc: "Shows or hides the grid lines.") { ax, a in ax.grid = try a.bool(0) }
    }
}
