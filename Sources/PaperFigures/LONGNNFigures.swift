import Foundation
import Lib
import LONGNN
import Plotting

/// LON-GNN's standard figures, drawn the same way in notebooks (through the cell bindings) and by
/// `bench/LONGNNReproduce`.
public enum LONGNNFigures {
    /// Learned h(λ) per class channel over [0, 2], with the graph's eigenvalue histogram behind
    /// (scaled to the curves; left out when `eigenvalues` is empty).
    /// - Throws: ``TensorError`` when the filter cannot be evaluated.
    public static func filterResponse(_ filter: SpectralFilter, eigenvalues: [Double], title: String) throws -> Figure {
        let grid = (0...200).map { Double($0) / 100 }
        let rows = try filter.response(at: grid)
        let fig = Figure(width: 760, height: 460)
        if !eigenvalues.isEmpty {
            let top = max(rows.flatMap { $0 }.map { Swift.abs($0) }.max() ?? 1, 1e-9), bins = 50
            var counts = [Double](repeating: 0, count: bins)
            for v in eigenvalues { counts[min(bins - 1, max(0, Int(v / 2 * Double(bins))))] += 1 }
            let peak = max(counts.max() ?? 1, 1)
            try fig.axes.bar(x: (0..<bins).map { (Double($0) + 0.5) * 2 / Double(bins) }, heights: counts.map { $0 / peak * top },
                             width: 2 / Double(bins), label: "eigenvalues (scaled histogram)", color: Color(r: 200, g: 200, b: 200))
        }
        for (c, r) in rows.enumerated() { try fig.axes.line(grid, r, label: rows.count > 1 ? "class \(c)" : "h(λ)") }
        fig.axes.xLabel = "λ (normalised Laplacian eigenvalue)"
        fig.axes.yLabel = "h(λ)"
        fig.axes.title = title
        return fig
    }

    /// The orthonormal Jacobi basis functions Q_0 … Q_order for (a, b) over x ∈ [−1, 1].
    /// - Throws: ``PlotError`` for values the axes cannot draw.
    public static func basisFunctions(a: Double, b: Double, order: Int = 5) throws -> Figure {
        let xs = (0...200).map { -1 + Double($0) / 100 }
        let values = xs.map { Jacobi.orthonormalValues(order: order, a: a, b: b, at: $0) }
        let fig = Figure(width: 720, height: 440)
        for k in 0...order { try fig.axes.line(xs, values.map { $0[k] }, label: "Q\(k)") }
        fig.axes.xLabel = "x = 1 − λ"
        fig.axes.title = String(format: "Orthonormal Jacobi basis, a = %.2f, b = %.2f", a, b)
        return fig
    }

    /// Target against learned response for each image filter (one subplot each).
    /// - Throws: ``PlotError`` for values the axes cannot draw.
    public static func imageFilters(_ learned: [(ImageFilter, String, [Double])]) throws -> Figure {
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

    /// Training loss (with the best validation epoch marked) and accuracies of one run.
    /// - Throws: ``PlotError`` for values the axes cannot draw.
    public static func trainingCurves(_ run: NodeClassificationRun) throws -> Figure {
        let fig = Figure(width: 900, height: 360, rows: 1, columns: 2)
        let epochs = run.history.epochs(of: "loss").map(Double.init)
        let left = try fig[0, 0], right = try fig[0, 1]
        try left.line(epochs, run.history["loss"], label: "training NLL")
        left.verticalLine(at: Double(run.bestEpoch), label: "best validation")
        left.title = "\(run.model) on \(run.dataset): loss"
        left.xLabel = "epoch"
        for m in ["train", "val", "test"] { try right.line(epochs, run.history[m], label: m) }
        right.title = "accuracy"
        right.xLabel = "epoch"
        return fig
    }
}
