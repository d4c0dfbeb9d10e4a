import Foundation

/// How tick values become labels.
public enum TickFormat {
    /// Plain decimals; large or tiny ranges get a shared "×10ⁿ" multiplier at the end of the axis.
    case automatic
    /// Mantissa with a shared power of ten always.
    case scientific
    /// SI prefixes (k, M, G, T, m, µ, n) followed by `unit`, e.g. "1.5 GB".
    case si(unit: String)
    /// Values multiplied by 100 with a percent sign.
    case percent
    /// A function of the value.
    case custom((Double) -> String)
}

/// Tick labels for one axis and an optional multiplier note ("×10⁵") drawn near the axis end.
struct TickLabels {
    var labels: [String]
    var multiplier: String?
}

// MARK: - Formatting

extension TickFormat {
    /// Labels for `ticks`, spaced `step` apart, on a `scale` axis.
    func labels(for ticks: [Double], step: Double, scale: ScaleKind) -> TickLabels {
        if case .custom(let f) = self { return TickLabels(labels: ticks.map(f), multiplier: nil) }
        if scale == .log, case .automatic = self {
            return TickLabels(labels: ticks.map(Self.logLabel), multiplier: nil)
        }
        let maxAbs = ticks.map(abs).max() ?? 0
        switch self {
        case .percent:
            return TickLabels(labels: ticks.map { Self.decimal($0 * 100, step: step * 100) + "%" }, multiplier: nil)
        case .si(let unit):
            let e3 = maxAbs > 0 ? Int(floor(log10(maxAbs) / 3)) : 0
            let prefixes = [-4: "p", -3: "n", -2: "µ", -1: "m", 0: "", 1: "k", 2: "M", 3: "G", 4: "T", 5: "P", 6: "E"]
            let e = max(-4, min(6, e3))
            let k = pow(10, Double(3 * e))
            let sep = unit.isEmpty && e == 0 ? "" : " "
            return TickLabels(labels: ticks.map { Self.decimal($0 / k, step: step / k) + sep + (prefixes[e] ?? "") + unit }, multiplier: nil)
        case .scientific, .automatic:
            var useMultiplier = false
            var exp = 0
            if maxAbs > 0 {
                exp = Int(floor(log10(maxAbs)))
                if case .scientific = self { useMultiplier = exp != 0 } else { useMultiplier = exp >= 5 || exp <= -4 }
            }
            if useMultiplier {
                let k = pow(10, Double(exp))
                return TickLabels(labels: ticks.map { Self.decimal($0 / k, step: step / k) }, multiplier: "×10" + Self.superscript(exp))
            }
            return TickLabels(labels: ticks.map { Self.decimal($0, step: step) }, multiplier: nil)
        case .custom:
            return TickLabels(labels: [], multiplier: nil)
        }
    }

    /// `v` with just enough decimals to tell ticks `step` apart, and a true minus sign.
    static func decimal(_ v: Double, step: Double) -> String {
        var decimals = 0
        if step > 0 && step.isFinite {
            decimals = max(0, Int(ceil(-log10(step) - 1e-9)))
            // Steps such as 2.5 or 0.25 need one more digit.
            let scaled = step * pow(10, Double(decimals))
            if abs(scaled - scaled.rounded()) > 1e-6 { decimals += 1 }
            decimals = min(decimals, 12)
        }
        var s = String(format: "%.\(decimals)f", v)
        if s.hasPrefix("-") {
            if s.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { s.removeFirst() } else { s = "\u{2212}" + s.dropFirst() }
        }
        return s
    }

    /// "10ⁿ" for decades, otherwise a compact decimal.
    static func logLabel(_ v: Double) -> String {
        let e = log10(v)
        if abs(e - e.rounded()) < 1e-9 { return "10" + superscript(Int(e.rounded())) }
        return decimal(v, step: pow(10, floor(e)))
    }

    /// An integer in Unicode superscript digits.
    static func superscript(_ n: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        var s = String(String(abs(n)).map { digits[$0.wholeNumberValue ?? 0] })
        if n < 0 { s = "⁻" + s }
        return s
    }
}
