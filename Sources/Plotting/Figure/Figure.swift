/// A figure: a grid of ``Axes`` with an optional title, rendered to PNG or SVG.
///
/// ```swift
/// let fig = Figure(width: 640, height: 480)
/// try fig.axes.line(x, y, label: "train")
/// fig.axes.title = "Loss"
/// let png = try fig.pngData()
///
/// let grid = Figure(rows: 2, columns: 2)
/// try grid[0, 1].bar(["a", "b"], [3, 5])
/// try grid.save("grid.svg")
/// ```
/// Sizes are in pixels at 100 dpi (640×480 is matplotlib's 6.4×4.8 inch default); a different
/// `dpi` scales every length, font and line together. Rendering is a pure function of the figure:
/// the same figure always gives the same PNG and SVG bytes.
public final class Figure {
    /// Width in pixels at 100 dpi.
    public let width: Double
    /// Height in pixels at 100 dpi.
    public let height: Double
    /// Number of subplot rows.
    public let rows: Int
    /// Number of subplot columns.
    public let columns: Int
    /// Whether all subplots share one x range (inner x tick labels hidden).
    public let sharedX: Bool
    /// Whether all subplots share one y range (inner y tick labels hidden).
    public let sharedY: Bool
    /// Colours, fonts and defaults.
    public let theme: Theme
    /// Title above all subplots.
    public var title: String?
    /// Resolution used by ``pngData(dpi:)`` and ``save(_:)`` when none is given.
    public var dpi: Double = 100
    /// Whether PNG output keeps a transparent background instead of the theme's.
    public var transparent = false

    /// The subplots, row-major.
    let grid: [Axes]

    /// Creates a figure of `width`×`height` pixels (at 100 dpi) with a `rows`×`columns` grid of subplots.
    /// Sizes are clamped to 16...16384 pixels and the grid to 1...32 in each direction.
    public init(width: Double = 640, height: Double = 480, rows: Int = 1, columns: Int = 1,
                sharedX: Bool = false, sharedY: Bool = false, theme: Theme = .light) {
        self.width = width.isFinite ? max(16, min(16384, width)) : 640
        self.height = height.isFinite ? max(16, min(16384, height)) : 480
        self.rows = max(1, min(32, rows))
        self.columns = max(1, min(32, columns))
        self.sharedX = sharedX; self.sharedY = sharedY
        self.theme = theme
        grid = (0..<(self.rows * self.columns)).map { _ in Axes(theme: theme) }
    }

    // MARK: - Subplots

    /// The first (top-left) subplot; the only one of a single-plot figure.
    public var axes: Axes { grid[0] }

    /// All subplots, row by row.
    public var allAxes: [Axes] { grid }

    /// The subplot at `row`, `column` (both from 0).
    /// - Throws: ``PlotError/subplotOutOfRange(row:column:rows:columns:)`` outside the grid.
    public subscript(row: Int, column: Int) -> Axes {
        get throws {
            guard (0..<rows).contains(row), (0..<columns).contains(column) else {
                throw PlotError.subplotOutOfRange(row: row, column: column, rows: rows, columns: columns)
            }
            return grid[row * columns + column]
        }
    }
}

// MARK: - Description

extension Figure: CustomStringConvertible {
    /// A one-line summary, e.g. "Figure 640×480, 2×2 axes, 5 marks".
    public var description: String {
        let marks = grid.reduce(0) { $0 + $1.marks.count }
        return "Figure \(Int(width))×\(Int(height)), \(rows)×\(columns) axes, \(marks) mark\(marks == 1 ? "" : "s")"
            + (title.map { ", \"\($0)\"" } ?? "")
    }
}
