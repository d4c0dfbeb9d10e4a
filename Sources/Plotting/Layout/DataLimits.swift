import Foundation

/// The data interval an axis shows, before margins, and values it should not extend past.
struct DataExtent {
    var lo = Double.infinity
    var hi = -Double.infinity
    /// Values (such as a bar baseline) the margin must not cross.
    var sticky: [Double] = []
    /// Whether everything in the extent asked for no margin (images).
    var tight = false

    var isEmpty: Bool { !(lo <= hi) }

    mutating func add(_ v: Double, log: Bool) {
        guard v.isFinite, !log || v > 0 else { return }
        lo = min(lo, v); hi = max(hi, v)
    }

    mutating func merge(_ o: DataExtent) {
        lo = min(lo, o.lo); hi = max(hi, o.hi); sticky += o.sticky; tight = tight || o.tight
    }

    /// The shown interval: fixed limits win; otherwise the extent plus 5% margins (in log space for log axes).
    func limits(fixed: ClosedRange<Double>?, scale: ScaleKind) -> (Double, Double) {
        if let fixed {
            if scale == .log && fixed.lowerBound <= 0 {
                return (isEmpty ? 1 : max(lo, Double.leastNormalMagnitude), max(fixed.upperBound, isEmpty ? 10 : hi))
            }
            return fixed.lowerBound == fixed.upperBound ? (fixed.lowerBound - 0.5, fixed.upperBound + 0.5) : (fixed.lowerBound, fixed.upperBound)
        }
        if isEmpty { return scale == .log ? (1, 10) : (0, 1) }
        let tf: (Double) -> Double = scale == .log ? { log10($0) } : { $0 }
        let inv: (Double) -> Double = scale == .log ? { pow(10, $0) } : { $0 }
        var a = tf(lo), b = tf(hi)
        if a == b {
            let d = scale == .log ? 0.5 : (a == 0 ? 0.5 : abs(a) * 0.05)
            return (inv(a - d), inv(b + d))
        }
        if !tight { let m = (b - a) * 0.05; a -= m; b += m }
        var l = inv(a), h = inv(b)
        for s in sticky {
            if lo >= s && l < s { l = s }
            if hi <= s && h > s { h = s }
        }
        return (l, h)
    }
}

// MARK: - Extents of marks

extension Axes {
    /// The data extent along x (`horizontal`) or y of every mark.
    func extent(horizontal: Bool) -> DataExtent {
        var e = DataExtent()
        let log = (horizontal ? xScale : yScale) == .log
        for m in marks {
            switch m {
            case .line(let l): for v in (horizontal ? l.x : l.y) { e.add(v, log: log) }
            case .scatter(let s): for v in (horizontal ? s.x : s.y) { e.add(v, log: log) }
            case .bars(let b):
                for r in b.rects {
                    e.add(horizontal ? r.x0 : r.y0, log: log); e.add(horizontal ? r.x1 : r.y1, log: log)
                    // Bars rest on their baseline: the margin must not push the axis below zero.
                    if horizontal == b.horizontal && (horizontal ? r.x0 : r.y0) == 0 && e.sticky.isEmpty { e.sticky.append(0) }
                }
            case .area(let a):
                if horizontal { for v in a.x { e.add(v, log: log) } } else { for v in a.lower + a.upper { e.add(v, log: log) } }
            case .image(let im):
                let n = Double(horizontal ? im.columns : im.rows)
                e.add(-0.5, log: log); e.add(n - 0.5, log: log)
                e.tight = true
                e.sticky += [-0.5, n - 0.5]
            case .reference(let r): if r.vertical == horizontal { e.add(r.value, log: log) }
            case .text: break
            }
        }
        return e
    }
}
