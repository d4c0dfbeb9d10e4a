import Foundation
import Lib

/// How a spectral filter's polynomial coefficients are parametrised.
public enum CoefficientScheme: Sendable, Equatable {
    /// Polynomial coefficient decomposition (JacobiConv, LON-GNN): c_{k,ch} = w_{k,ch} · Π_{j<k} γ_j with
    /// γ_j = α·tanh(η_j); η starts at atanh-free value min(1/α, 1) and w at 1, as in the official code.
    case pcd(alpha: Double)
    /// Free coefficients c_k (GPR-GNN), initialised to personalised PageRank weights
    /// α(1 − α)^k (the last one (1 − α)^K).
    case pageRank(alpha: Double)
    /// Non-negative coefficients c_k = ReLU(θ_k) with θ starting at 1 (BernNet).
    case nonNegative
}

/// A learnable polynomial filter applied per channel: out[:, c] = Σ_k c_{k,c} · B_k(Â) X[:, c].
///
/// Shapes: X [N, C] → [N, C]. With the orthonormal Jacobi basis and learnable a, b this is
/// LON-GNN's filter; with the plain Jacobi basis JacobiConv's; with monomials GPR-GNN's;
/// with Bernstein polynomials BernNet's. For Jacobi bases a and b are float64 parameters
/// (kept above −1 + 10⁻³ by a clamp in the forward pass) whose gradients flow through the
/// recurrence and, for the orthonormal basis, through the lgamma norms.
public final class SpectralFilter: Module {
    /// The basis (for learnable Jacobi bases, the starting a and b).
    public let basis: PolynomialBasis
    /// Polynomial order K (K + 1 basis functions).
    public let order: Int
    /// Number of channels filtered (each with its own coefficients under PCD).
    public let channels: Int
    /// The coefficient parametrisation.
    public let scheme: CoefficientScheme
    /// Jacobi parameters a and b ([1] float64), when the basis is Jacobi.
    public let a: Parameter?, b: Parameter?
    /// Whether a and b are trained.
    public let learnsJacobiParameters: Bool
    /// PCD's η ([K]) or the free coefficients θ ([K + 1]).
    public let eta: Parameter
    /// PCD's per-channel weights w ([K + 1, C]); nil for shared-coefficient schemes.
    public let weights: Parameter?
    /// Unused (no mode-dependent behaviour); part of ``Module``.
    public var isTraining = true

    /// Smallest value a and b take in the forward pass (the weight needs a, b > −1).
    public static let jacobiLowerBound = -1 + 1e-3

    /// Creates a filter.
    /// - Parameters:
    ///   - basis: the polynomial family (Jacobi parameters are the starting values when learnable).
    ///   - order: K, the highest degree.
    ///   - channels: C, the number of feature columns filtered.
    ///   - scheme: coefficient parametrisation.
    ///   - learnJacobiParameters: train a and b (Jacobi bases only).
    /// - Throws: ``LONGNNError`` for a, b ≤ −1, a negative order or no channels.
    public init(basis: PolynomialBasis, order: Int, channels: Int, scheme: CoefficientScheme,
                learnJacobiParameters: Bool = false) throws {
        try basis.validate(order: order)
        guard channels >= 1 else { throw LONGNNError.invalidArgument("a filter needs at least one channel, got \(channels)") }
        self.basis = basis
        self.order = order
        self.channels = channels
        self.scheme = scheme
        switch basis {
        case let .jacobi(a0, b0, _), let .orthonormalJacobi(a0, b0):
            a = Parameter(Tensor([a0], dtype: .float64), name: "a")
            b = Parameter(Tensor([b0], dtype: .float64), name: "b")
            learnsJacobiParameters = learnJacobiParameters
        default:
            a = nil; b = nil; learnsJacobiParameters = false
        }
        switch scheme {
        case .pcd(let alpha):
            guard alpha > 0 else { throw LONGNNError.invalidArgument("PCD alpha must be > 0, got \(alpha)") }
            eta = Parameter(Tensor.full([max(order, 1)], value: Swift.min(1 / alpha, 1)), name: "eta")
            weights = Parameter(Tensor.ones([order + 1, channels]), name: "w")
        case .pageRank(let alpha):
            var c = (0...order).map { alpha * Foundation.pow(1 - alpha, Double($0)) }
            c[order] = Foundation.pow(1 - alpha, Double(order))
            eta = Parameter(Tensor(c), name: "gamma")
            weights = nil
        case .nonNegative:
            eta = Parameter(Tensor.ones([order + 1]), name: "theta")
            weights = nil
        }
    }

    /// η (or θ), w, and a, b when they are learnable.
    public func parameters() -> [Parameter] {
        [eta] + (weights.map { [$0] } ?? []) + jacobiParameters
    }

    /// [a, b] when they are learnable, else empty.
    public var jacobiParameters: [Parameter] {
        learnsJacobiParameters ? [a, b].compactMap { $0 } : []
    }

    /// The current Jacobi parameters (clamped as in the forward pass), nil for other bases.
    public var currentJacobiParameters: (a: Double, b: Double)? {
        guard let a, let b else { return nil }
        return (Swift.max(a.value, SpectralFilter.jacobiLowerBound), Swift.max(b.value, SpectralFilter.jacobiLowerBound))
    }

    // MARK: - Forward

    /// a and b as used in the forward pass: detached unless learnable, clamped above −1.
    private func effectiveJacobi() throws -> (Tensor, Tensor)? {
        guard let a, let b else { return nil }
        let lower = Tensor(scalar: SpectralFilter.jacobiLowerBound, dtype: .float64)
        if learnsJacobiParameters { return (try a.maximum(lower), try b.maximum(lower)) }
        return (try a.detached().maximum(lower), try b.detached().maximum(lower))
    }

    /// The coefficients c_{k,c} as a [K + 1, C] (PCD) or [K + 1, 1] tensor, including the
    /// 1/‖P_k‖ factors of the orthonormal basis; differentiable in every parameter.
    public func coefficients() throws -> Tensor {
        var c: Tensor
        switch scheme {
        case .pcd(let alpha):
            let gamma = eta.tanh() * alpha
            var prefix = [Tensor.ones([1])]
            for k in 1...max(order, 1) where k <= order {
                prefix.append(try prefix[k - 1] * gamma.slice(axis: 0, (k - 1)..<k))
            }
            c = try Tensor.concat(prefix).reshaped([order + 1, 1]) * (weights ?? Tensor.ones([order + 1, 1]))
        case .pageRank:
            c = try eta.reshaped([order + 1, 1])
        case .nonNegative:
            c = try eta.relu().reshaped([order + 1, 1])
        }
        if case .orthonormalJacobi = basis, let ab = try effectiveJacobi() {
            let (a, b) = ab
            let inverseNorms = (try JacobiPropagation.logNormSquared(order: order, a: a, b: b) * -0.5).exp()
            c = try c * inverseNorms.toFloat32().reshaped([order + 1, 1])
        }
        return c
    }

    /// Filters X ([N, C]) on the graph whose propagation matrix is `adjacency`.
    /// - Throws: ``TensorError`` when X is not [N, channels].
    public func callAsFunction(_ x: Tensor, adjacency: SparseMatrix) throws -> Tensor {
        guard x.rank == 2, x.shape[1] == channels || (weights == nil) else {
            throw TensorError.shapeMismatch(op: "SpectralFilter", lhs: x.shape, rhs: [adjacency.rows, channels],
                                            expected: "node features [N, \(channels)]")
        }
        let terms: [Tensor]
        if let ab = try effectiveJacobi() {
            let (a, b) = ab
            let sign: Bool
            if case let .jacobi(_, _, s) = basis { sign = s } else { sign = false }
            terms = try JacobiPropagation.propagate(x, adjacency: adjacency, order: order, a: a, b: b,
                                                    officialJacobiConvSign: sign)
        } else {
            terms = try basis.propagate(x, adjacency: adjacency, order: order)
        }
        let c = try coefficients()
        var out = try terms[0] * c.slice(axis: 0, 0..<1)
        for k in 1..<terms.count { out = try out + terms[k] * c.slice(axis: 0, k..<(k + 1)) }
        return out
    }

    // MARK: - Response

    /// The filter's frequency response h_c(λ) = Σ_k c_{k,c} B_k(1 − λ) at each λ (Laplacian
    /// eigenvalue in [0, 2]), one row per channel ([C][λ]); shared-coefficient filters give one row.
    public func response(at lambdas: [Double]) throws -> [[Double]] {
        let c = try withNoGrad { try coefficients() }
        let cols = c.shape[1]
        let cv = c.doubles
        let evalBasis: PolynomialBasis
        switch basis {
        case let .jacobi(_, _, s):
            let (a, b) = currentJacobiParameters ?? (0, 0)
            evalBasis = .jacobi(a: a, b: b, officialJacobiConvSign: s)
        case .orthonormalJacobi:  // the 1/‖P_k‖ factors are already in the coefficients
            let (a, b) = currentJacobiParameters ?? (0, 0)
            evalBasis = .jacobi(a: a, b: b)
        default:
            evalBasis = basis
        }
        let values = lambdas.map { evalBasis.values(order: order, at: 1 - $0) }
        return (0..<cols).map { ch in
            values.map { v in (0...order).reduce(0.0) { $0 + cv[$1 * cols + ch] * v[$1] } }
        }
    }
}
