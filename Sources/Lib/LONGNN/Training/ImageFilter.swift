import Foundation
import Lib

/// The five target filters of the image filter-fitting task (BernNet, He et al. 2021), as
/// functions of the Laplacian eigenvalue λ ∈ [0, 2].
public enum ImageFilter: String, CaseIterable, Sendable {
    /// Low-pass exp(−10λ²).
    case low
    /// High-pass 1 − exp(−10λ²).
    case high
    /// Band-pass exp(−10(λ − 1)²).
    case band
    /// Band-rejection 1 − exp(−10(λ − 1)²).
    case rejection
    /// Comb |sin(πλ)|.
    case comb

    /// h(λ).
    public func response(_ lambda: Double) -> Double {
        switch self {
        case .low: return Foundation.exp(-10 * lambda * lambda)
        case .high: return 1 - Foundation.exp(-10 * lambda * lambda)
        case .band: return Foundation.exp(-10 * (lambda - 1) * (lambda - 1))
        case .rejection: return 1 - Foundation.exp(-10 * (lambda - 1) * (lambda - 1))
        case .comb: return Swift.abs(Foundation.sin(Double.pi * lambda))
        }
    }

    /// y = h(L) x for signals x ([N, M], one column per signal) on `graph`, L = I − Â, by a Chebyshev
    /// expansion of h on [0, 2] of the given order (coefficients by Chebyshev–Gauss quadrature),
    /// so no dense eigendecomposition is needed. The smooth filters converge to machine precision
    /// by order ~60; the comb's kinks at λ = 0, 1, 2 converge like 1/order (order 400 leaves ~10⁻³).
    /// - Throws: ``TensorError`` when x does not have one row per node.
    public func apply(to x: Tensor, graph: Graph, chebyshevOrder: Int = 400) throws -> Tensor {
        let n = max(chebyshevOrder, 1), points = 2 * n + 2
        // c_k = 2/P Σ_j h(1 + cos θ_j) cos(kθ_j), θ_j = π(j + ½)/P; h(λ) ≈ c_0/2 + Σ_k c_k T_k(λ − 1)
        let thetas = (0..<points).map { Double.pi * (Double($0) + 0.5) / Double(points) }
        let hs = thetas.map { response(1 + Foundation.cos($0)) }
        let c = (0...n).map { k in 2 / Double(points) * zip(thetas, hs).reduce(0.0) { $0 + $1.1 * Foundation.cos(Double(k) * $1.0) } }
        let adj = graph.normalizedAdjacency()
        // T_k(L − I) = T_k(−Â): T_0 = x, T_1 = −Âx, T_k = −2ÂT_{k−1} − T_{k−2}
        return try withNoGrad {
            var prev = x, cur = -(try adj.matmul(x))
            var y = try x * (c[0] / 2) + cur * c[1]
            if n >= 2 {
                for k in 2...n {
                    if k % 50 == 0 { try Interruption.check() }
                    let next = try -2 * adj.matmul(cur) - prev
                    y = try y + next * c[k]
                    prev = cur; cur = next
                }
            }
            return y
        }
    }
}

/// The result of fitting one image's filtered version with a polynomial filter.
public struct FilterFitResult: Sendable {
    /// Sum of squared errors over the masked (interior) pixels at the best epoch.
    public let sse: Double
    /// Coefficient of determination 1 − SSE / Σ(y − ȳ)² over the same pixels.
    public let r2: Double
    /// Epochs run.
    public let epochs: Int
    /// The learned response h(λ) at ``FilterFitting/responseGrid``.
    public let response: [Double]
}

/// The image filter-fitting task: for each image x on the 100×100 grid, learn a polynomial
/// filter (no MLP) so that filter(x) ≈ h(L)x on the interior pixels, minimising the sum of
/// squared errors (1000 epochs, patience 200 on the training loss, as in BernNet and JacobiConv).
public enum FilterFitting {
    /// λ values (0…2, 101 points) at which learned responses are reported.
    public static let responseGrid: [Double] = (0...100).map { Double($0) / 50 }

    /// The model families compared on the task.
    public enum Model: String, CaseIterable, Sendable {
        /// Orthonormal Jacobi basis, PCD, learnable a and b.
        case lonGNN = "LON-GNN"
        /// Jacobi basis, PCD, fixed a and b.
        case jacobiConv = "JacobiConv"
        /// Monomial basis with free coefficients.
        case gprgnn = "GPR-GNN"
        /// Bernstein basis with non-negative coefficients.
        case bernNet = "BernNet"
        /// Chebyshev basis with free coefficients (ChebNet's filter without its weight matrices).
        case chebyshev = "ChebNet"
    }

    /// The filter a model family uses for `target`, with JacobiConv's published image settings
    /// (a, b, α, lr and weight decay of η and w; LON-GNN also learns a and b with lr 0.01).
    static func makeFilter(_ model: Model, target: ImageFilter) throws -> (SpectralFilter, [ParameterGroup]) {
        // a, b, alpha, lr η, lr w, wd η, wd w (JacobiConv bestHyperparams.img_params)
        let p: [Double]
        switch target {
        case .band: p = [-0.75, 0.75, 1.5, 0.001, 0.05, 0.0, 0.0001]
        case .comb: p = [-0.75, 0.75, 2.0, 0.001, 0.05, 0.0001, 0.0]
        case .high: p = [-0.75, 0.75, 2.0, 0.001, 0.05, 0.0, 0.0]
        case .low: p = [-0.75, 0.75, 1.5, 0.001, 0.05, 0.0005, 0.0001]
        case .rejection: p = [-0.75, 0.5, 2.0, 0.001, 0.05, 0.0001, 0.001]
        }
        let f: SpectralFilter
        switch model {
        case .lonGNN:
            f = try SpectralFilter(basis: .orthonormalJacobi(a: p[0], b: p[1]), order: 10, channels: 1, scheme: .pcd(alpha: p[2]),
                                   learnJacobiParameters: true)
        case .jacobiConv:
            f = try SpectralFilter(basis: .jacobi(a: p[0], b: p[1]), order: 10, channels: 1, scheme: .pcd(alpha: p[2]))
        case .gprgnn:
            f = try SpectralFilter(basis: .monomial, order: 10, channels: 1, scheme: .pageRank(alpha: 0.1))
        case .bernNet:
            f = try SpectralFilter(basis: .bernstein, order: 10, channels: 1, scheme: .nonNegative)
        case .chebyshev:
            f = try SpectralFilter(basis: .chebyshev, order: 10, channels: 1, scheme: .pageRank(alpha: 0.1))
        }
        var groups: [ParameterGroup]
        switch model {
        case .lonGNN, .jacobiConv:
            groups = [ParameterGroup([f.eta], lr: p[3], weightDecay: p[5])]
            if let w = f.weights { groups.append(ParameterGroup([w], lr: p[4], weightDecay: p[6])) }
            if !f.jacobiParameters.isEmpty { groups.append(ParameterGroup(f.jacobiParameters, lr: 0.01)) }
        default:
            groups = [ParameterGroup([f.eta], lr: 0.01)]
        }
        return (f, groups)
    }

    /// Fits one image: x and y are [N, 1] signals, `mask` the interior pixels.
    /// - Throws: ``InterruptedError`` on interrupt, ``TensorError`` for mismatched shapes.
    public static func fit(_ model: Model, target: ImageFilter, x: Tensor, y: Tensor, mask: [Int], graph: Graph,
                           epochs: Int = 1000, patience: Int = 200) throws -> FilterFitResult {
        let (filter, groups) = try makeFilter(model, target: target)
        let optimizer = Adam(groups)
        let adj = graph.normalizedAdjacency()
        let yMasked = try y.indexSelect(mask)
        var best = Double.infinity, since = 0, ran = 0
        var bestParams = filter.snapshot()
        for _ in 0..<max(epochs, 0) {
            try Interruption.check()
            optimizer.zeroGrad()
            let out = try filter(x, adjacency: adj).indexSelect(mask)
            let loss = try (out - yMasked).square().sum()
            try loss.backward()
            try optimizer.step()
            ran += 1
            // the official loop records the loss of the step just taken (before the update)
            if loss.value < best { best = loss.value; since = 0; bestParams = filter.snapshot() } else { since += 1 }
            if since > patience { break }
        }
        try filter.restore(bestParams)
        let ys = yMasked.doubles
        let mean = ys.reduce(0, +) / Double(max(ys.count, 1))
        let total = ys.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        let response = try filter.response(at: responseGrid).first ?? []
        return FilterFitResult(sse: best, r2: total > 0 ? 1 - best / total : 0, epochs: ran, response: response)
    }
}
