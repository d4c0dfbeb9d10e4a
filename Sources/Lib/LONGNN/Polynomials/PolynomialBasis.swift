import Foundation
import Lib

/// A family of polynomials used as the basis of a spectral filter h(x) = Σ_k c_k B_k(x).
///
/// The variable x is an eigenvalue of the propagation matrix Â = D^-1/2 A D^-1/2, so
/// x ∈ [−1, 1] and the Laplacian eigenvalue is λ = 1 − x ∈ [0, 2]. Applying the filter to
/// node features X means Σ_k c_k B_k(Â) X, computed with sparse products Â·X only
/// (see ``PolynomialBasis/propagate(_:adjacency:order:)``).
public enum PolynomialBasis: Sendable, Equatable, CustomStringConvertible {
    /// Jacobi polynomials P_k^{(a,b)}(x) (JacobiConv); `officialJacobiConvSign` reproduces the
    /// official JacobiConv code, which subtracts the (a² − b²) term of the recurrence.
    case jacobi(a: Double, b: Double, officialJacobiConvSign: Bool = false)
    /// Orthonormal Jacobi polynomials Q_k = P_k / ‖P_k‖ (LON-GNN).
    case orthonormalJacobi(a: Double, b: Double)
    /// Chebyshev polynomials of the first kind T_k(x) (ChebNet's basis, in x = −λ̂ up to sign).
    case chebyshev
    /// Monomials x^k (GPR-GNN: powers of the propagation matrix).
    case monomial
    /// Bernstein polynomials C(K,k)/2^K (2 − λ)^{K−k} λ^k in λ = 1 − x (BernNet); they depend on the order K.
    case bernstein

    /// "Jacobi(a: -0.25, b: -0.5)" and so on.
    public var description: String {
        switch self {
        case let .jacobi(a, b, s): return "Jacobi(a: \(a), b: \(b)\(s ? ", official sign" : ""))"
        case let .orthonormalJacobi(a, b): return "OrthonormalJacobi(a: \(a), b: \(b))"
        case .chebyshev: return "Chebyshev"
        case .monomial: return "Monomial"
        case .bernstein: return "Bernstein"
        }
    }

    /// Checks the parameters (Jacobi: a, b > −1) and the order (≥ 0).
    /// - Throws: ``LONGNNError`` naming the bad value.
    public func validate(order: Int) throws {
        guard order >= 0 else { throw LONGNNError.invalidArgument("polynomial order must be >= 0, got \(order)") }
        switch self {
        case let .jacobi(a, b, _), let .orthonormalJacobi(a, b): try Jacobi.validate(a: a, b: b)
        default: break
        }
    }

    // MARK: - Scalar values

    /// B_0(x) … B_order(x) at one point x ∈ [−1, 1].
    public func values(order: Int, at x: Double) -> [Double] {
        guard order >= 0 else { return [] }
        switch self {
        case let .jacobi(a, b, sign):
            return Jacobi.values(order: order, a: a, b: b, at: x, officialJacobiConvSign: sign)
        case let .orthonormalJacobi(a, b):
            return Jacobi.orthonormalValues(order: order, a: a, b: b, at: x)
        case .chebyshev:
            var t = [1.0, x]
            if order >= 2 { for k in 2...order { t.append(2 * x * t[k - 1] - t[k - 2]) } }
            return Array(t.prefix(order + 1))
        case .monomial:
            return (0...order).map { Foundation.pow(x, Double($0)) }
        case .bernstein:
            let lambda = 1 - x
            return (0...order).map { k in
                binomial(order, k) / Foundation.pow(2, Double(order))
                    * Foundation.pow(2 - lambda, Double(order - k)) * Foundation.pow(lambda, Double(k))
            }
        }
    }
}

/// The binomial coefficient C(n, k) as a Double.
func binomial(_ n: Int, _ k: Int) -> Double {
    guard k >= 0, k <= n else { return 0 }
    var r = 1.0
    for i in 0..<min(k, n - k) { r = r * Double(n - i) / Double(i + 1) }
    return r
}
