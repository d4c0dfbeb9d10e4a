import Foundation
import Lib
import LONGNN
import Plotting

/// The figures of the reproduction (PNG and SVG side by side).
enum Figures {
    static func save(_ fig: Figure, _ dir: String, _ name: String) throws {
        try fig.save("\(dir)/\(name).png")
        try fig.save("\(dir)/\(name).svg")
    }

    /// Learned h(λ) per class channel over [0, 2], with the graph's eigenvalue histogram behind (scaled to the plot).
    static func filterResponse(_ filter: SpectralFilter, eigenvalues: [Double], title: String) throws -> Figure {
        let grid = (0...200).map { Double($0) / 100 }
        let rows = try filter.response(at: grid)
        let fig = Figure(width: 760, height: 460)
        let top = max(rows.flatMap { $0 }.map { Swift.abs($0) }.max() ?? 1, 1e-9)
        let bins = 50
        var counts = [Double](repeating: 0, count: bins)
        for v in eigenvalues { counts[min(bins - 1, max(0, Int(v / 2 * Double(bins))))] += 1 }
        let peak = max(counts.max() ?? 1, 1)
        try fig.axes.bar(x: (0..<bins).map { (Double($0) + 0.5) * 2 / Double(bins) }, heights: counts.map { $0 / peak * top },
                         width: 2 / Double(bins), label: "eigenvalues (scaled histogram)", color: Color(r: 200, g: 200, b: 200))
        for (c, r) in rows.enumerated() { try fig.axes.line(grid, r, label: rows.count > 1 ? "class \(c)" : "h(λ)") }
        fig.axes.xLabel = "λ (normalised Laplacian eigenvalue)"
        fig.axes.yLabel = "h(λ)"
        fig.axes.title = title
        return fig
    }

    /// The orthonormal Jacobi basis functions Q_0 … Q_order for (a, b) over x ∈ [−1, 1].
    static func basisFunctions(a: Double, b: Double, order: Int = 5) throws -> Figure {
        let xs = (0...200).map { -1 + Double($0) / 100 }
        let values = xs.map { Jacobi.orthonormalValues(order: order, a: a, b: b, at: $0) }
        let fig = Figure(width: 720, height: 440)
        for k in 0...order { try fig.axes.line(xs, values.map { $0[k] }, label: "Q\(k)") }
        fig.axes.xLabel = "x = 1 − λ"
        fig.axes.title = String(format: "Orthonormal Jacobi basis, a = %.2f, b = %.2f", a, b)
        return fig
    }

    /// Target vs learned response for each image filter (one subplot each).
    static func imageFilters(_ learned: [(ImageFilter, String, [Double])]) throws -> Figure {
        let fig = Figure(width: 1200, height: 300, rows: 1, columns: max(learned.count, 1))
        for (i, (target, model, response)) in learned.enumerated() {
            let ax = try fig[0, i]
            try ax.line(FilterFitting.responseGrid, FilterFitting.responseGrid.map { target.response($0) }, label: "target")
            try ax.line(FilterFitting.responseGrid, response, label: model)
            ax.title = target.rawValue
            ax.xLabel = "λ"
        }
        return fig
    }

    /// Training loss and accuracies of one run.
    static func trainingCurves(_ run: NodeClassificationRun) throws -> Figure {
        let fig = Figure(width: 900, height: 360, rows: 1, columns: 2)
        let epochs = run.history.epochs(of: "loss").map(Double.init)
        let left = try fig[0, 0], right = try fig[0, 1]
        try left.line(epochs, run.history["loss"], label: "training NLL")
        left.verticalLine(at: Double(run.bestEpoch), label: "best validation")
        left.title = "\(run.model) on \(run.dataset): loss"
        for m in ["train", "val", "test"] { try right.line(epochs, run.history[m], label: m) }
        right.title = "accuracy"
        left.xLabel = "epoch"
        right.xLabel = "epoch"
        return fig
    }
}
