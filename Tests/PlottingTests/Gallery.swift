import Foundation
@testable import Plotting

/// The reference figures: each is built the same way by the reference tests and by the
/// regeneration mode, from deterministic data (no randomness beyond a fixed-seed generator).
enum Gallery {
    /// A small fixed-seed generator (SplitMix64) for noisy-looking but reproducible data.
    struct SeededRandom {
        var state: UInt64
        mutating func next() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            return Double(z >> 11) / Double(1 << 53)
        }
        mutating func normal() -> Double {
            let u = max(1e-12, next()), v = next()
            return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
        }
    }

    /// A 1,000-step training loss curve and a smoother validation curve.
    static func lossCurves(n: Int = 1000) -> (steps: [Double], train: [Double], val: [Double]) {
        var rng = SeededRandom(state: 42)
        let steps = (0..<n).map(Double.init)
        let train = steps.map { 2.3 * exp(-$0 / 180) + 0.25 + 0.06 * rng.normal() * exp(-$0 / 600) }
        let val = steps.map { 2.3 * exp(-$0 / 200) + 0.32 }
        return (steps, train, val)
    }

    /// Name and builder of every reference figure.
    static let all: [(name: String, make: () throws -> Figure)] = [
        ("loss_curve", lossCurve),
        ("subplots_2x2", subplots),
        ("heatmap_500", { try heatmap(size: 500) }),
        ("grouped_bars", groupedBars),
        ("stacked_bars_si", stackedBars),
        ("filter_response", filterResponse),
        ("log_scale", logScale),
        ("histogram", histogram),
        ("scatter_markers", scatter),
        ("timeline", timeline),
        ("dark_theme", darkTheme),
        ("paper_theme", paperTheme),
        ("error_band_annotations", errorBand),
        ("long_categories_image", longCategories),
        ("horizontal_bars_log", horizontalBars),
    ]

    static func lossCurve() throws -> Figure {
        let (steps, train, val) = lossCurves()
        let fig = Figure(width: 640, height: 480)
        let ax = fig.axes
        try ax.line(steps, train, label: "train")
        try ax.line(steps, val, label: "validation", style: .dashed)
        ax.title = "Training loss"
        ax.xLabel = "step"
        ax.yLabel = "cross-entropy loss"
        return fig
    }

    static func subplots() throws -> Figure {
        let fig = Figure(width: 800, height: 600, rows: 2, columns: 2)
        fig.title = "Run summary"
        let (steps, train, val) = lossCurves(n: 300)
        let a = try fig[0, 0]
        try a.line(steps, train, label: "train")
        try a.line(steps, val, label: "val")
        a.title = "Loss"; a.xLabel = "step"
        let b = try fig[0, 1]
        try b.line(steps, steps.map { 1 - 0.9 * exp(-$0 / 60) }, label: "accuracy")
        b.horizontalLine(at: 0.95, label: "target")
        b.yTickFormat = .percent
        b.title = "Accuracy"; b.yLimits = 0...1
        let c = try fig[1, 0]
        try c.bar(["fp32", "fp16", "int8", "int4"], [4.0e9, 2.0e9, 1.0e9, 0.5e9], label: "bytes")
        c.yTickFormat = .si(unit: "B")
        c.title = "KV cache size"
        let d = try fig[1, 1]
        var rng = SeededRandom(state: 7)
        try d.histogram((0..<2000).map { _ in rng.normal() }, bins: 30)
        d.title = "Gradient norm"
        return fig
    }

    static func heatmap(size n: Int) throws -> Figure {
        let fig = Figure(width: 640, height: 560)
        let values = (0..<n).map { i in (0..<n).map { j in
            let x = Double(j) / Double(n) * 6 - 3, y = Double(i) / Double(n) * 6 - 3
            return sin(x * x + y) * cos(y * 1.3) * exp(-(x * x + y * y) / 12)
        } }
        try fig.axes.heatmap(values, colorMap: .redBlue, range: -1...1, colorBarLabel: "error")
        fig.axes.title = "Attention error (\(n)×\(n))"
        fig.axes.xLabel = "key position"
        fig.axes.yLabel = "query position"
        return fig
    }

    static func groupedBars() throws -> Figure {
        let fig = Figure(width: 640, height: 420)
        let ax = fig.axes
        try ax.bar(["Cora", "CiteSeer", "PubMed", "Photo"], series: [[81.5, 70.3, 79.0, 91.2], [83.1, 71.9, 80.2, 93.4], [84.0, 72.8, 80.9, 94.1]],
                   labels: ["GCN", "GAT", "ENFA"])
        ax.yLimits = 60...100
        ax.yLabel = "accuracy (%)"
        ax.title = "Node classification"
        return fig
    }

    static func stackedBars() throws -> Figure {
        let fig = Figure(width: 640, height: 420)
        let ax = fig.axes
        try ax.bar(["baseline", "AsymKV-2", "AsymKV-1", "KIVI-2"], series: [[8.0e9, 2.1e9, 1.4e9, 2.3e9], [8.0e9, 1.0e9, 0.6e9, 2.3e9]],
                   labels: ["keys", "values"], stacked: true)
        ax.yTickFormat = .si(unit: "B")
        ax.yLabel = "KV cache"
        ax.title = "Memory per 32k-token context"
        return fig
    }

    static func filterResponse() throws -> Figure {
        let fig = Figure(width: 640, height: 420)
        let ax = fig.axes
        let lambda = (0...400).map { Double($0) / 200 }
        try ax.line(lambda, lambda.map { exp(-2 * $0) }, label: "low-pass")
        try ax.line(lambda, lambda.map { 1 - exp(-2 * $0) }, label: "high-pass")
        try ax.line(lambda, lambda.map { exp(-8 * ($0 - 1) * ($0 - 1)) }, label: "band-pass", style: .dashDot)
        ax.verticalLine(at: 1)
        ax.xLabel = "λ"
        ax.yLabel = "h(λ)"
        ax.title = "Learned spectral filters"
        return fig
    }

    static func logScale() throws -> Figure {
        let fig = Figure(width: 640, height: 420)
        let ax = fig.axes
        let n = (0...12).map { pow(2, Double($0) + 6) }
        try ax.line(n, n.map { 3e-7 * $0 * $0 }, label: "dense O(n²)", marker: .circle)
        try ax.line(n, n.map { 2e-5 * $0 * log2($0) }, label: "sparse O(n log n)", marker: .square)
        ax.xScale = .log; ax.yScale = .log
        ax.xLabel = "nodes"; ax.yLabel = "seconds"
        ax.title = "Propagation time"
        return fig
    }

    static func histogram() throws -> Figure {
        let fig = Figure(width: 640, height: 420)
        let ax = fig.axes
        var rng = SeededRandom(state: 3)
        try ax.histogram((0..<5000).map { _ in rng.normal() * 0.8 }, bins: 40, density: true, label: "keys", alpha: 0.7)
        try ax.histogram((0..<5000).map { _ in rng.normal() * 0.4 + 1 }, bins: 40, density: true, label: "values", alpha: 0.7)
        ax.title = "Quantisation input distribution"
        ax.xLabel = "value"; ax.yLabel = "density"
        return fig
    }

    static func scatter() throws -> Figure {
        let fig = Figure(width: 560, height: 480)
        let ax = fig.axes
        var rng = SeededRandom(state: 11)
        let markers: [Marker] = [.circle, .square, .triangle, .diamond, .plus, .cross]
        for (k, m) in markers.enumerated() {
            let cx = Double(k % 3) * 3, cy = Double(k / 3) * 3
            try ax.scatter((0..<25).map { _ in cx + rng.normal() * 0.6 }, (0..<25).map { _ in cy + rng.normal() * 0.6 },
                           label: "cluster \(k)", marker: m, alpha: 0.8)
        }
        ax.title = "Embeddings (2-D projection)"
        ax.legend = .centerRight
        ax.xLimits = -2...11
        return fig
    }

    static func timeline() throws -> Figure {
        let fig = Figure(width: 720, height: 320)
        let ax = fig.axes
        for node in 0..<6 {
            let name = "node \(node)"
            try ax.timeline(row: name, start: 0, end: 40 + Double(node) * 5, label: "training")
            if node == 2 { try ax.timeline(row: name, start: 50, end: 58, label: "failure", color: Color(hex: "#d62728")) }
            try ax.timeline(row: name, start: node == 2 ? 58 : 45 + Double(node) * 5, end: node == 2 ? 66 : 48 + Double(node) * 5, label: "recovery", color: Color(hex: "#ff7f0e"))
        }
        ax.xLabel = "minutes"
        ax.title = "Cluster timeline"
        ax.grid = false
        return fig
    }

    static func darkTheme() throws -> Figure {
        let fig = Figure(width: 640, height: 420, theme: .dark)
        let (steps, train, val) = lossCurves(n: 500)
        try fig.axes.line(steps, train, label: "train")
        try fig.axes.line(steps, val, label: "validation")
        fig.axes.title = "Loss (dark theme)"
        fig.axes.xLabel = "step"
        return fig
    }

    static func paperTheme() throws -> Figure {
        let fig = Figure(width: 480, height: 320, theme: .paper)
        let x = (0...100).map { Double($0) / 10 }
        try fig.axes.line(x, x.map { sin($0) }, label: "sin")
        try fig.axes.line(x, x.map { cos($0) }, label: "cos", style: .dashed)
        try fig.axes.step(x.enumerated().filter { $0.offset % 10 == 0 }.map { $0.element },
                          x.enumerated().filter { $0.offset % 10 == 0 }.map { sin($0.element) }, label: "sampled", style: .dotted)
        fig.axes.xLabel = "time (s)"; fig.axes.yLabel = "amplitude"
        return fig
    }

    static func errorBand() throws -> Figure {
        let fig = Figure(width: 640, height: 420)
        let ax = fig.axes
        let epochs = (1...50).map(Double.init)
        let mean = epochs.map { 0.95 - 0.5 * exp(-$0 / 8) }
        let sd = epochs.map { 0.08 * exp(-$0 / 20) + 0.01 }
        try ax.errorBand(epochs, mean, error: sd, label: "LON-GNN (mean ± sd, 10 seeds)")
        try ax.errorBand(epochs, mean.map { $0 - 0.04 }, error: sd.map { $0 * 1.3 }, label: "GCN")
        ax.horizontalLine(at: 0.9, label: "target")
        ax.annotate("plateau", x: 30, y: mean[29], textX: 38, textY: 0.7)
        ax.text("epoch 10", x: 10, y: 0.5, alignment: .center)
        ax.xLabel = "epoch"; ax.yLabel = "accuracy"
        ax.title = "Test accuracy"
        return fig
    }

    static func longCategories() throws -> Figure {
        let fig = Figure(width: 720, height: 400, rows: 1, columns: 2)
        let a = try fig[0, 0]
        try a.bar(["Unicron", "Oobleck", "Bamboo", "Varuna", "Checkpoint-restart"], [1.0, 0.62, 0.55, 0.48, 0.21], color: Color(hex: "#2ca02c"))
        a.title = "Accumulated WAF"
        a.yTickFormat = .si(unit: "")
        var img = RGBAImage(width: 16, height: 12)
        for y in 0..<12 { for x in 0..<16 { img[x, y] = Color(r: UInt8(x * 16), g: UInt8(y * 20), b: 160, a: 255) } }
        let b = try fig[0, 1]
        try b.image(img)
        b.title = "RGBA image"
        return fig
    }

    static func horizontalBars() throws -> Figure {
        let fig = Figure(width: 640, height: 360)
        let ax = fig.axes
        try ax.horizontalBar(["Plotting (Swift)", "matplotlib Agg", "matplotlib + import"], [4.2e-3, 6.4e-2, 0.55])
        ax.xScale = .log
        ax.xTickFormat = .si(unit: "s")
        ax.xLabel = "time per figure"
        ax.title = "Rendering a 640×480 line plot"
        return fig
    }
}
