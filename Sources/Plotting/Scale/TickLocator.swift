import Foundation

/// Chooses "nice" tick positions: steps of 1, 2, 2.5 or 5 times a power of ten on linear axes,
/// whole decades (and 2…9 minor ticks) on log axes.
enum TickLocator {
    /// Major tick values within `lo...hi` for at most `maxTicks` intervals, and the step used.
    static func linear(_ lo: Double, _ hi: Double, maxIntervals: Int) -> (ticks: [Double], step: Double) {
        let a = min(lo, hi), b = max(lo, hi)
        guard a.isFinite, b.isFinite else { return ([], 1) }
        if b - a <= 0 { return ([a], 1) }
        let n = max(1, maxIntervals)
        let raw = (b - a) / Double(n)
        let mag = pow(10, floor(log10(raw)))
        var step = 10 * mag
        for m in [1.0, 2, 2.5, 5, 10] where m * mag >= raw * (1 - 1e-9) { step = m * mag; break }
        let first = ceil(a / step - 1e-9)
        let last = floor(b / step + 1e-9)
        guard last - first < 1000 else { return ([], step) }
        var ticks: [Double] = []
        var k = first
        while k <= last {
            var v = k * step
            if abs(v) < step * 1e-9 { v = 0 }
            ticks.append(v)
            k += 1
        }
        return (ticks, step)
    }

    /// Decade ticks within `lo...hi` (both positive), thinned to at most `maxTicks`, plus minor ticks.
    static func log(_ lo: Double, _ hi: Double, maxTicks: Int) -> (major: [Double], minor: [Double]) {
        let a = min(lo, hi), b = max(lo, hi)
        guard a > 0, b.isFinite, a.isFinite else { return ([], []) }
        let e0 = Int(floor(log10(a) + 1e-9)), e1 = Int(ceil(log10(b) - 1e-9))
        let decades = max(1, e1 - e0)
        let every = max(1, Int((Double(decades) / Double(max(1, maxTicks))).rounded(.up)))
        var major: [Double] = [], minor: [Double] = []
        for e in e0...max(e0, e1) {
            let v = pow(10, Double(e))
            if e % every == 0 && v >= a * (1 - 1e-9) && v <= b * (1 + 1e-9) { major.append(v) }
            if every == 1 && decades <= 8 {
                for m in 2...9 {
                    let mv = Double(m) * v
                    if mv >= a && mv <= b { minor.append(mv) }
                }
            }
        }
        // A narrow log axis without a decade inside gets linear-looking ticks instead.
        if major.count < 2 {
            let lin = linear(a, b, maxIntervals: max(2, maxTicks))
            return (lin.ticks.filter { $0 > 0 }, [])
        }
        return (major, minor)
    }
}
