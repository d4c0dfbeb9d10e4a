import Foundation

/// Resolved ticks of one axis: data positions, labels and the optional shared multiplier.
struct AxisTicks {
    var major: [Double] = []
    var minor: [Double] = []
    var labels: [String] = []
    var multiplier: String?
    /// Whether labels are drawn rotated by 45° (long category names).
    var rotated = false

    /// Ticks for an axis showing `lo...hi` over `length` device pixels.
    /// - Parameters:
    ///   - categories: names for a categorical axis (ticks at 0, 1, 2, …).
    ///   - horizontal: x axes leave more room per label than y axes, as in matplotlib.
    static func make(lo: Double, hi: Double, length: Double, scale: ScaleKind, format: TickFormat,
                     categories: [String], horizontal: Bool, integerOnly: Bool, ctx: DrawContext) -> AxisTicks {
        let a = min(lo, hi), b = max(lo, hi)
        var t = AxisTicks()
        if !categories.isEmpty {
            for (i, name) in categories.enumerated() where Double(i) >= a - 1e-9 && Double(i) <= b + 1e-9 {
                t.major.append(Double(i)); t.labels.append(name)
            }
            if horizontal && t.major.count > 1 {
                let widest = t.labels.map { ctx.measure($0, ctx.base).width }.max() ?? 0
                let spacing = length / max(1, b - a)
                t.rotated = widest > spacing * 0.95
            }
            return t
        }
        let lengthPt = length / ctx.pt
        let perLabel = ctx.theme.fontSize * (horizontal ? 3 : 2)
        let maxIntervals = max(1, min(9, Int(lengthPt / perLabel)))
        if scale == .log {
            let (major, minor) = TickLocator.log(a, b, maxTicks: maxIntervals)
            t.major = major; t.minor = minor
            t.labels = format.labels(for: major, step: 0, scale: .log).labels
            return t
        }
        var (ticks, step) = TickLocator.linear(a, b, maxIntervals: maxIntervals)
        if integerOnly && step != step.rounded() {
            // Image axes index pixels or cells: keep only whole-number ticks (steps 0.5 and 2.5 become 1 and 5).
            step = max(1, (step * 2).rounded())
            ticks = ticks.filter { $0 == $0.rounded() && ($0 / step) == ($0 / step).rounded() }
        }
        t.major = ticks
        let l = format.labels(for: ticks, step: step, scale: .linear)
        t.labels = l.labels; t.multiplier = l.multiplier
        return t
    }

    /// The widest label in `style`.
    func maxWidth(_ ctx: DrawContext) -> Double { labels.map { ctx.measure($0, ctx.base).width }.max() ?? 0 }
}
