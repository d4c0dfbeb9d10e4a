import Plotting

// MARK: - Figure: creation, subplots, titles, output files

extension Bindings {
    func registerFigure() {
        type(Figure.self, name: "Figure",
             doc: "A figure: a grid of Axes rendered to PNG and SVG. Shown in the notebook when it is a cell's result or passed to display(_:).")
        initializer("init(width: Double = 640, height: Double = 480, rows: Int = 1, columns: Int = 1, sharedX: Bool = false, sharedY: Bool = false, theme: String = \"light\")",
                    on: "Figure",
                    doc: "A figure of width×height pixels (at 100 dpi) with rows×columns subplots; theme is light, dark or paper.") { a in
            a.wrap(Figure(width: try a.double(0), height: try a.double(1), rows: try a.int(2), columns: try a.int(3),
                          sharedX: try a.bool(4), sharedY: try a.bool(5), theme: try PlotValues.theme(try a.string(6))))
        }
        property("width: Double", on: Figure.self, doc: "Width in pixels at 100 dpi.") { f in .double(f.width) }
        property("height: Double", on: Figure.self, doc: "Height in pixels at 100 dpi.") { f in .double(f.height) }
        property("rows: Int", on: Figure.self, doc: "Number of subplot rows.") { f in .int(f.rows) }
        property("columns: Int", on: Figure.self, doc: "Number of subplot columns.") { f in .int(f.columns) }
        property("axes: Axes", on: Figure.self, doc: "The first (top-left) subplot; the only one of a single-plot figure.") { [unowned self] f in
            self.wrap(f.axes)
        }
        property("allAxes: [Axes]", on: Figure.self, doc: "All subplots, row by row.") { [unowned self] f in .array(f.allAxes.map { self.wrap($0) }) }
        property("title: String?", on: Figure.self, doc: "The title above all subplots, or nil.") { f in f.title.map { .some(.string($0)) } ?? .none }
        property("description: String", on: Figure.self, doc: "A one-line summary of the figure.") { f in .string(f.description) }
        method("title(_ text: String)", on: Figure.self, doc: "Sets the title above all subplots.") { f, a in
            f.title = try a.string(0)
            return .void
        }
        subscriptGetter("subscript(_ row: Int, _ column: Int) -> Axes", on: "Figure",
                        doc: "fig[row, column] is the subplot there (both from 0); fig[i] counts subplots row by row.") { [unowned self] v, a in
            guard let f = v.native(as: Figure.self) else { throw RuntimeError.type("expected Figure, got \(typeName(v))") }
            return try libraryCall {
                switch (a[0], a[1]) {
                case (.int(let r), .int(let c)) where a.count == 2: return self.wrap(try f[r, c])
                case (.int(let i), _) where a.count == 1:
                    guard i >= 0, i < f.allAxes.count else {
                        throw RuntimeError.index("subplot \(i) is out of range; the figure has \(f.allAxes.count) (0..<\(f.allAxes.count))")
                    }
                    return self.wrap(f.allAxes[i])
                default: throw RuntimeError.type("a figure is indexed as fig[row, column] or fig[i] with Ints")
                }
            }
        }
        method("save(_ path: String, dpi: Double? = nil)", on: Figure.self,
               doc: "Writes the figure to the file you name, as PNG or SVG by its extension (\"fig.png\", \"fig.svg\"); "
                + "a relative path is relative to the kernel's working directory. An existing file is replaced.") { f, a in
            try f.save(try a.string(0), dpi: try PlotValues.double(a[1], what: "dpi"))
            return .void
        }
        method("pngData(dpi: Double? = nil) -> [UInt8]", on: Figure.self,
               doc: "The PNG file's bytes (100 dpi gives width×height pixels).") { f, a in
            .array(try f.pngData(dpi: try PlotValues.double(a[0], what: "dpi")).map { .int(Int($0)) })
        }
        method("svgString() -> String", on: Figure.self, doc: "The figure as an SVG document.") { f, _ in .string(f.svgString()) }
    }
}
