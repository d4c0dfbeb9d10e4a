import Foundation
import Lib

// MARK: - Applying a basis to node features

extension PolynomialBasis {
    /// [B_0(Â)X, …, B_order(Â)X]: the basis applied to node features X ([N, F]) through
    /// sparse products with `adjacency` (Â, [N, N]) only; differentiable in X.
    ///
    /// Jacobi bases use their three-term recurrence (order + 1 products), Chebyshev and
    /// monomials likewise; Bernstein needs (I − Â)^k then (I + Â)^{K−k}, K(K+3)/2 products.
    /// - Throws: ``LONGNNError`` for invalid parameters, ``TensorError`` when X has the wrong number of rows.
    public func propagate(_ x: Tensor, adjacency: SparseMatrix, order: Int) throws -> [Tensor] {
        try validate(order: order)
        switch self {
        case let .jacobi(a, b, sign):
            return try JacobiPropagation.propagate(x, adjacency: adjacency, order: order,
                                                   a: Tensor(scalar: a, dtype: .float64), b: Tensor(scalar: b, dtype: .float64),
                                                   officialJacobiConvSign: sign)
        case let .orthonormalJacobi(a, b):
            let p = try JacobiPropagation.propagate(x, adjacency: adjacency, order: order,
                                                    a: Tensor(scalar: a, dtype: .float64), b: Tensor(scalar: b, dtype: .float64))
            return p.enumerated().map { k, pk in pk * Foundation.exp(-0.5 * Jacobi.logNormSquared(k: k, a: a, b: b)) }
        case .chebyshev:
            var t = [x]
            if order >= 1 { t.append(try adjacency.matmul(x)) }
            if order >= 2 {
                for k in 2...order { t.append(try 2 * adjacency.matmul(t[k - 1]) - t[k - 2]) }
            }
            return t
        case .monomial:
            var t = [x]
            if order >= 1 { for k in 1...order { t.append(try adjacency.matmul(t[k - 1])) } }
            return t
        case .bernstein:
            // (I − Â)^k X, then (I + Â)^{K−k} applied to each
            var lowPowers = [x]
            if order >= 1 { for k in 1...order { lowPowers.append(try lowPowers[k - 1] - adjacency.matmul(lowPowers[k - 1])) } }
            let scale = Foundation.pow(2, -Double(order))
            return try (0...order).map { k in
                var y = lowPowers[k]
                for _ in 0..<(order - k) { y = try y + adjacency.matmul(y) }
                return y * (binomial(order, k) * scale)
            }
        }
    }
}

// MARK: - Jacobi with tensor parameters

/// The Jacobi recurrence and norms with a and b as (possibly learnable) float64 tensors,
/// so that gradients with respect to a and b flow through the recurrence coefficients
/// and through the lgamma norms.
public enum JacobiPropagation {
    /// [P_0(Â)X, …, P_order(Â)X] with P_k = (A_k Â + B_k) P_{k−1} − C_k P_{k−2}; a, b are 0-d or
    /// one-element float64 tensors (gradients reach them when they require a gradient).
    /// - Throws: ``TensorError`` when X has the wrong number of rows.
    public static func propagate(_ x: Tensor, adjacency: SparseMatrix, order: Int, a: Tensor, b: Tensor,
                                 officialJacobiConvSign: Bool = false) throws -> [Tensor] {
        guard order >= 0 else { throw LONGNNError.invalidArgument("polynomial order must be >= 0, got \(order)") }
        let a = try a.reshaped([]), b = try b.reshaped([])
        let learn = a.requiresGrad || b.requiresGrad
        var p = [x]
        if order == 0 { return p }
        let ax = try adjacency.matmul(x)
        if learn {
            let c0 = ((try a - b) * 0.5).converted(to: x.dtype), c1 = ((try a + b + 2) * 0.5).converted(to: x.dtype)
            p.append(try c0 * x + c1 * ax)
        } else {
            let (c0, c1) = Jacobi.firstOrder(a: a.value, b: b.value)
            p.append(try x * c0 + ax * c1)
        }
        if order == 1 { return p }
        for k in 2...order {
            let aPrev = try adjacency.matmul(p[k - 1])
            if learn {
                let (ca, cb, cc) = try recurrence(k: k, a: a, b: b, officialJacobiConvSign: officialJacobiConvSign)
                p.append(try ca.converted(to: x.dtype) * aPrev + cb.converted(to: x.dtype) * p[k - 1]
                         - cc.converted(to: x.dtype) * p[k - 2])
            } else {
                let r = Jacobi.recurrence(k: k, a: a.value, b: b.value, officialJacobiConvSign: officialJacobiConvSign)
                p.append(try aPrev * r.a + p[k - 1] * r.b - p[k - 2] * r.c)
            }
        }
        return p
    }

    /// The recurrence coefficients (A_k, B_k, C_k) of ``Jacobi/recurrence(k:a:b:officialJacobiConvSign:)`` as
    /// differentiable 0-d tensors of a and b.
    public static func recurrence(k: Int, a: Tensor, b: Tensor,
                                  officialJacobiConvSign: Bool = false) throws -> (Tensor, Tensor, Tensor) {
        let kd = Double(k)
        let ab = try a + b
        let s = ab + 2 * kd
        let d = try (ab + kd) * (s - 2) * (2 * kd)
        let ca = try (s - 1) * s * (s - 2) / d
        var cb = try (s - 1) * (a.square() - b.square()) / d
        if officialJacobiConvSign { cb = -cb }
        let cc = try (a + (kd - 1)) * (b + (kd - 1)) * s * 2 / d
        return (ca, cb, cc)
    }

    /// log ‖P_k‖² for k = 0…order as a [order + 1] float64 tensor, differentiable in a and b
    /// (through lgamma, whose derivative is digamma). k = 0 uses the form without the a + b = −1 singularity.
    public static func logNormSquared(order: Int, a: Tensor, b: Tensor) throws -> Tensor {
        let a = try a.reshaped([]).toFloat64(), b = try b.reshaped([]).toFloat64()
        let ab = try a + b
        var terms: [Tensor] = []
        for k in 0...max(order, 0) {
            let kd = Double(k)
            let t: Tensor
            if k == 0 {
                let power: Tensor = (ab + 1) * M_LN2
                let gammaA: Tensor = (a + 1).lgamma(), gammaB: Tensor = (b + 1).lgamma(), gammaAB: Tensor = (ab + 2).lgamma()
                t = try power + gammaA + gammaB - gammaAB
            } else {
                let power: Tensor = (ab + 1) * M_LN2
                let denominator: Tensor = (ab + (2 * kd + 1)).log()
                let gammaA: Tensor = (a + (kd + 1)).lgamma(), gammaB: Tensor = (b + (kd + 1)).lgamma()
                let gammaAB: Tensor = (ab + (kd + 1)).lgamma()
                let sum: Tensor = try power - denominator + gammaA + gammaB - gammaAB
                t = sum - lgamma(kd + 1)
            }
            terms.append(try t.reshaped([1]))
        }
        return try Tensor.concat(terms)
    }
}
