import Foundation
import Lib

/// Jacobi polynomials P_k^{(a,b)} on [−1, 1] in double precision: values by the
/// three-term recurrence, squared norms from lgamma, and Gauss–Jacobi quadrature.
///
/// They are orthogonal under the weight w(x) = (1 − x)^a (1 + x)^b, a, b > −1:
/// ∫ P_j P_k w dx = δ_jk ‖P_k‖². With a = b = −1/2 they are (multiples of) Chebyshev
/// polynomials, with a = b = 0 Legendre polynomials.
///
/// ```swift
/// Jacobi.values(order: 3, a: -0.25, b: -0.5, at: 0.3)   // [P_0, P_1, P_2, P_3]
/// Jacobi.normSquared(k: 2, a: 0, b: 0)                   // 2/5
/// ```
public enum Jacobi {
    // MARK: - Validation

    /// Checks that the weight (1 − x)^a (1 + x)^b is integrable: a > −1 and b > −1 (finite numbers).
    /// - Throws: ``LONGNNError/invalidJacobiParameters(a:b:reason:)`` otherwise.
    public static func validate(a: Double, b: Double) throws {
        guard a.isFinite, b.isFinite else {
            throw LONGNNError.invalidJacobiParameters(a: a, b: b, reason: "they must be finite numbers")
        }
        guard a > -1, b > -1 else {
            throw LONGNNError.invalidJacobiParameters(
                a: a, b: b, reason: "\(a <= -1 ? "a" : "b") <= -1 makes the weight non-integrable and the norms infinite")
        }
    }

    // MARK: - Recurrence

    /// The coefficients of P_k = (A·x + B)·P_{k−1} − C·P_{k−2} for k ≥ 2, with s = 2k + a + b:
    /// A = (s−1)s(s−2)/D, B = (s−1)(a² − b²)/D, C = 2(k+a−1)(k+b−1)s/D, D = 2k(k+a+b)(s−2).
    ///
    /// - Parameter officialJacobiConvSign: subtract the (a² − b²) term instead of adding it, as the
    ///   official JacobiConv code does (a true Jacobi polynomial only when a² = b²).
    public static func recurrence(k: Int, a: Double, b: Double,
                                  officialJacobiConvSign: Bool = false) -> (a: Double, b: Double, c: Double) {
        let kd = Double(k), s = 2 * kd + a + b
        let d = 2 * kd * (kd + a + b) * (s - 2)
        let bTerm = (s - 1) * (a * a - b * b) / d
        return ((s - 1) * s * (s - 2) / d, officialJacobiConvSign ? -bTerm : bTerm,
                2 * (kd + a - 1) * (kd + b - 1) * s / d)
    }

    /// P_1 = c0 + c1·x with c0 = (a − b)/2, c1 = (a + b + 2)/2.
    public static func firstOrder(a: Double, b: Double) -> (c0: Double, c1: Double) {
        ((a - b) / 2, (a + b + 2) / 2)
    }

    /// P_0(x) … P_order(x).
    public static func values(order: Int, a: Double, b: Double, at x: Double,
                              officialJacobiConvSign: Bool = false) -> [Double] {
        guard order >= 0 else { return [] }
        var p = [1.0]
        if order == 0 { return p }
        let (c0, c1) = firstOrder(a: a, b: b)
        p.append(c0 + c1 * x)
        if order == 1 { return p }
        for k in 2...order {
            let r = recurrence(k: k, a: a, b: b, officialJacobiConvSign: officialJacobiConvSign)
            p.append((r.a * x + r.b) * p[k - 1] - r.c * p[k - 2])
        }
        return p
    }

    // MARK: - Norms

    /// log ‖P_k‖² under the weight (1 − x)^a (1 + x)^b, through lgamma:
    /// ‖P_k‖² = 2^{a+b+1}/(2k+a+b+1) · Γ(k+a+1)Γ(k+b+1) / (Γ(k+a+b+1)·k!).
    ///
    /// For k = 0 the equivalent form 2^{a+b+1} Γ(a+1)Γ(b+1)/Γ(a+b+2) is used: the general
    /// formula is 0·∞ there when a + b = −1 (its factors (a+b+1) and Γ(a+b+1) cancel), so this
    /// removes the singularity instead of dividing by zero. Needs a, b > −1 (see ``validate(a:b:)``).
    public static func logNormSquared(k: Int, a: Double, b: Double) -> Double {
        let kd = Double(k)
        if k == 0 { return (a + b + 1) * M_LN2 + lgamma(a + 1) + lgamma(b + 1) - lgamma(a + b + 2) }
        return (a + b + 1) * M_LN2 - Foundation.log(2 * kd + a + b + 1)
            + lgamma(kd + a + 1) + lgamma(kd + b + 1) - lgamma(kd + a + b + 1) - lgamma(kd + 1)
    }

    /// ‖P_k‖² = ∫ P_k(x)² (1 − x)^a (1 + x)^b dx.
    public static func normSquared(k: Int, a: Double, b: Double) -> Double { Foundation.exp(logNormSquared(k: k, a: a, b: b)) }

    /// Q_0(x) … Q_order(x) with Q_k = P_k / ‖P_k‖ (orthonormal under the Jacobi weight).
    public static func orthonormalValues(order: Int, a: Double, b: Double, at x: Double) -> [Double] {
        values(order: order, a: a, b: b, at: x).enumerated().map { k, p in
            p / Foundation.exp(0.5 * logNormSquared(k: k, a: a, b: b))
        }
    }

    // MARK: - Quadrature

    /// Gauss–Jacobi nodes and weights with `points` nodes (Golub–Welsch: eigenvalues of the
    /// Jacobi matrix of the monic recurrence). Exact for polynomials of degree ≤ 2·points − 1
    /// against the weight (1 − x)^a (1 + x)^b; the weights sum to ‖P_0‖².
    /// - Throws: ``LONGNNError`` for a, b ≤ −1 or fewer than one point, or a LAPACK failure.
    public static func quadrature(points n: Int, a: Double, b: Double) throws -> (nodes: [Double], weights: [Double]) {
        try validate(a: a, b: b)
        guard n >= 1 else { throw LONGNNError.invalidArgument("quadrature needs at least 1 point, got \(n)") }
        var j = [Double](repeating: 0, count: n * n)
        for k in 0..<n {
            let kd = Double(k), s = 2 * kd + a + b
            j[k * n + k] = k == 0 ? (b - a) / (a + b + 2) : (b * b - a * a) / (s * (s + 2))
            if k >= 1 {
                // β_k of the monic recurrence; the k = 1 form cancels the (a+b+1) factors
                let beta = k == 1
                    ? 4 * (1 + a) * (1 + b) / ((2 + a + b) * (2 + a + b) * (3 + a + b))
                    : 4 * kd * (kd + a) * (kd + b) * (kd + a + b) / (s * s * (s + 1) * (s - 1))
                j[k * n + k - 1] = beta.squareRoot()
                j[(k - 1) * n + k] = beta.squareRoot()
            }
        }
        let eig = try Graph.symmetricEigen(Tensor(j, shape: [n, n]))
        let mu0 = normSquared(k: 0, a: a, b: b)
        let v = eig.vectors.doubles  // column i is eigenvector i
        let weights = (0..<n).map { i in mu0 * v[i] * v[i] }
        return (eig.values, weights)
    }
}
