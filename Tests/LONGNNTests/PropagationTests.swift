import Foundation
import Testing
import Lib
@testable import LONGNN

/// Sparse recurrences against dense spectral evaluation, and gradients with respect to a and b.
@Suite struct PropagationTests {
    /// B_k(Â) X through the eigendecomposition of Â = I − L: U diag(B_k(1 − λ)) Uᵀ X.
    func dense(_ basis: PolynomialBasis, order: Int, graph: Graph, x: [Double], columns: Int) throws -> [[Double]] {
        let eig = try graph.laplacianEigen()
        let n = graph.nodeCount
        let u = eig.vectors.doubles
        let values = eig.values.map { basis.values(order: order, at: 1 - $0) }
        return (0...order).map { k in
            var out = [Double](repeating: 0, count: n * columns)
            for i in 0..<n {  // eigenvector i
                for c in 0..<columns {
                    var proj = 0.0
                    for v in 0..<n { proj += u[v * n + i] * x[v * columns + c] }
                    for v in 0..<n { out[v * columns + c] += u[v * n + i] * values[i][k] * proj }
                }
            }
            return out
        }
    }

    @Test(arguments: [PolynomialBasis.jacobi(a: -0.25, b: -0.5), .jacobi(a: 2, b: -0.25, officialJacobiConvSign: true),
                      .orthonormalJacobi(a: 1.5, b: -0.25), .chebyshev, .monomial, .bernstein])
    func sparseRecurrenceMatchesDenseSpectrum(basis: PolynomialBasis) throws {
        let g = try smallGraph()
        let x = Tensor.randn([12, 3], seed: 1, dtype: .float64)
        let sparse = try basis.propagate(x, adjacency: g.normalizedAdjacency(), order: 8).map(\.doubles)
        let reference = try dense(basis, order: 8, graph: g, x: x.doubles, columns: 3)
        for k in 0...8 { #expect(maxRelativeError(sparse[k], reference[k]) < 1e-10, "\(basis) k = \(k)") }
    }

    /// L(a, b) = Σ_k r_k · ⟨P_k(Â)X, R⟩ / ‖P_k‖, whose gradient runs through the recurrence and the norms.
    func objective(a: Tensor, b: Tensor, x: Tensor, r: Tensor, adjacency: SparseMatrix) throws -> Tensor {
        let p = try JacobiPropagation.propagate(x, adjacency: adjacency, order: 6, a: a, b: b)
        let inv = (try JacobiPropagation.logNormSquared(order: 6, a: a, b: b) * -0.5).exp()
        var total = Tensor(scalar: 0, dtype: .float64)
        for k in 0...6 {
            let inner = try (p[k] * r).sum()
            total = try total + inner * inv.slice(axis: 0, k..<(k + 1)).reshaped([]) * Double(k + 1)
        }
        return total
    }

    @Test func gradientsWithRespectToABMatchFiniteDifferences() throws {
        let g = try smallGraph()
        let adj = g.normalizedAdjacency()
        let x = Tensor.randn([12, 2], seed: 2, dtype: .float64), r = Tensor.randn([12, 2], seed: 3, dtype: .float64)
        for (a0, b0) in [(-0.25, -0.5), (0.7, 1.3), (-0.4, -0.6)] {
            let a = Parameter(Tensor([a0], dtype: .float64)), b = Parameter(Tensor([b0], dtype: .float64))
            try objective(a: a, b: b, x: x, r: r, adjacency: adj).backward()
            let h = 1e-6
            func f(_ da: Double, _ db: Double) throws -> Double {
                try objective(a: Tensor([a0 + da], dtype: .float64), b: Tensor([b0 + db], dtype: .float64),
                              x: x, r: r, adjacency: adj).value
            }
            let fdA = (try f(h, 0) - f(-h, 0)) / (2 * h), fdB = (try f(0, h) - f(0, -h)) / (2 * h)
            let ga = try #require(a.grad).value, gb = try #require(b.grad).value
            #expect(Swift.abs(ga - fdA) < 1e-6 * Swift.max(1, Swift.abs(fdA)), "a: \(ga) vs \(fdA)")
            #expect(Swift.abs(gb - fdB) < 1e-6 * Swift.max(1, Swift.abs(fdB)), "b: \(gb) vs \(fdB)")
        }
    }

    @Test func normGradientIsDigammaBased() throws {
        // d/da log‖P_k‖² against a finite difference of the scalar formula
        let a = Parameter(Tensor([0.3], dtype: .float64)), b = Parameter(Tensor([-0.2], dtype: .float64))
        let n = try JacobiPropagation.logNormSquared(order: 5, a: a, b: b)
        try n.slice(axis: 0, 3..<4).sum().backward()
        let h = 1e-6
        let fd = (Jacobi.logNormSquared(k: 3, a: 0.3 + h, b: -0.2) - Jacobi.logNormSquared(k: 3, a: 0.3 - h, b: -0.2)) / (2 * h)
        #expect(Swift.abs(try #require(a.grad).value - fd) < 1e-7)
        #expect(maxRelativeError(n.doubles, (0...5).map { Jacobi.logNormSquared(k: $0, a: 0.3, b: -0.2) }) < 1e-13)
    }

    @Test func filterResponseMatchesActionOnEigenvectors() throws {
        // h_c(λ_i) u_i = filter(u_i) for every channel c
        let g = try smallGraph()
        let eig = try g.laplacianEigen()
        let filter = try SpectralFilter(basis: .orthonormalJacobi(a: 0.5, b: -0.25), order: 6, channels: 2,
                                        scheme: .pcd(alpha: 0.8), learnJacobiParameters: true)
        try filter.weights!.assign(Tensor.randn([7, 2], seed: 5))
        let n = g.nodeCount, u = eig.vectors.doubles
        let response = try filter.response(at: eig.values)
        for i in [0, 4, 11] {
            let col = (0..<n).flatMap { v in [u[v * n + i], u[v * n + i]] }
            let out = try filter(try Tensor(col.map(Float.init), shape: [n, 2]), adjacency: g.normalizedAdjacency()).doubles
            for c in 0..<2 {
                let expected = (0..<n).map { response[c][i] * u[$0 * n + i] }
                let got = (0..<n).map { out[$0 * 2 + c] }
                #expect(maxRelativeError(got, expected) < 1e-4, "eigenvector \(i), channel \(c)")
            }
        }
    }
}
