import Foundation

/// How data values map onto an axis.
public enum ScaleKind: Sendable, Equatable {
    /// Equal distances for equal differences.
    case linear
    /// Equal distances for equal ratios (base 10); non-positive values are left out.
    case log
}

/// A resolved mapping from a data interval onto a pixel interval.
struct AxisScale {
    var kind: ScaleKind
    /// Data interval (lo may exceed hi for inverted axes).
    var lo: Double, hi: Double
    /// Pixel positions of `lo` and `hi`.
    var p0: Double, p1: Double

    /// The transformed value used for interpolation (log10 for log scales).
    @inline(__always)
    func t(_ v: Double) -> Double { kind == .log ? (v > 0 ? log10(v) : -Double.infinity) : v }

    /// The pixel position of data value `v`.
    @inline(__always)
    func map(_ v: Double) -> Double {
        let a = t(lo), b = t(hi)
        if b == a { return (p0 + p1) / 2 }
        return p0 + (t(v) - a) / (b - a) * (p1 - p0)
    }

    /// The data value at pixel `p`.
    func invert(_ p: Double) -> Double {
        let a = t(lo), b = t(hi)
        let v = a + (p - p0) / (p1 - p0) * (b - a)
        return kind == .log ? pow(10, v) : v
    }
}
