import Plotting

/// The three benchmark figures; peer_matplotlib.py draws the same ones with matplotlib.
enum BenchFigures {
    /// 640×480: a 1,000-point loss curve plus validation curve, title, labels, legend, grid.
    static func line(_ d: BenchData) throws -> Figure {
        let fig = Figure(width: 640, height: 480)
        let ax = fig.axes
        try ax.line(d.steps, d.train, label: "train")
        try ax.line(d.steps, d.val, label: "validation")
        ax.title = "Training loss"
        ax.xLabel = "step"
        ax.yLabel = "loss"
        ax.grid = true
        return fig
    }

    /// 800×600, 2×2: loss, accuracy, bar chart and histogram, each with a title.
    static func subplots(_ d: BenchData) throws -> Figure {
        let fig = Figure(width: 800, height: 600, rows: 2, columns: 2)
        let a = try fig[0, 0]
        try a.line(d.steps, d.train, label: "train")
        try a.line(d.steps, d.val, label: "val")
        a.title = "Loss"
        let b = try fig[0, 1]
        try b.line(d.steps, d.accuracy, label: "accuracy")
        b.title = "Accuracy"
        let c = try fig[1, 0]
        try c.bar(["fp32", "fp16", "int8", "int4"], [4.0, 2.0, 1.0, 0.5])
        c.title = "KV cache (GB)"
        let e = try fig[1, 1]
        try e.histogram(d.histogram, bins: 30)
        e.title = "Gradient norm"
        return fig
    }

    /// 640×560: a 500×500 heat map with a colour bar.
    static func heatmap(_ d: BenchData) throws -> Figure {
        let fig = Figure(width: 640, height: 560)
        try fig.axes.heatmap(d.heat, colorMap: .redBlue, range: -1...1)
        fig.axes.title = "Attention error"
        return fig
    }
}
