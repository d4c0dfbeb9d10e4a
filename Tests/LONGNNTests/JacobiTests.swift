import Foundation
import Testing
import Lib
@testable import LONGNN

/// Jacobi polynomials against scipy, orthonormality by Gauss–Jacobi quadrature, Parseval, the singularity guard.
@Suite struct JacobiTests {
    @Test func recurrenceMatchesScipy() throws {
        let ref = try JacobiReference.load()
        for c in ref.cases {
            for (i, x) in ref.x.enumerated() {
                let p = Jacobi.values(order: ref.order, a: c.a, b: c.b, at: x)
                let expected = (0...ref.order).map { c.values[$0][i] }
                #expect(maxRelativeError(p, expected) < 1e-12, "a = \(c.a), b = \(c.b), x = \(x)")
            }
        }
    }

    @Test func chebyshevMatchesScipy() throws {
        let ref = try JacobiReference.load()
        for (i, x) in ref.x.enumerated() {
            let t = PolynomialBasis.chebyshev.values(order: ref.order, at: x)
            #expect(maxRelativeError(t, (0...ref.order).map { ref.chebyshev[$0][i] }) < 1e-12)
        }
    }

    @Test func normsMatchScipyIncludingSumMinusOne() throws {
        let ref = try JacobiReference.load()
        for c in ref.cases {
            let n = (0...ref.order).map { Jacobi.normSquared(k: $0, a: c.a, b: c.b) }
            #expect(maxRelativeError(n, c.normSquared) < 1e-12, "a = \(c.a), b = \(c.b)")
            #expect(n.allSatisfy { $0.isFinite && $0 > 0 })
        }
        // a + b = −1 exactly: the k = 0 norm is the finite limit 2^0 Γ(a+1)Γ(b+1)/Γ(1)
        let n0 = Jacobi.normSquared(k: 0, a: -0.4, b: -0.6)
        #expect(Swift.abs(n0 - Foundation.tgamma(0.6) * Foundation.tgamma(0.4)) < 1e-12)
    }

    @Test func orthonormalGramIsIdentityByGaussJacobi() throws {
        for (a, b) in [(-0.25, -0.5), (0.5, 0.5), (1.5, -0.25), (-0.75, 0.5), (-0.4, -0.6), (3.0, 2.0)] {
            let (nodes, weights) = try Jacobi.quadrature(points: 16, a: a, b: b)
            let q = nodes.map { Jacobi.orthonormalValues(order: 10, a: a, b: b, at: $0) }
            var worst = 0.0
            for j in 0...10 {
                for k in 0...10 {
                    let g = zip(q, weights).reduce(0.0) { $0 + $1.0[j] * $1.0[k] * $1.1 }
                    worst = Swift.max(worst, Swift.abs(g - (j == k ? 1 : 0)))
                }
            }
            #expect(worst < 1e-10, "a = \(a), b = \(b): max |Gram − I| = \(worst)")
        }
    }

    @Test func parsevalHoldsForTheOrthonormalBasis() throws {
        let (a, b) = (-0.25, -0.5)
        let rng = RNG(seed: 4)
        let c = (0...10).map { _ in rng.normal() }
        let (nodes, weights) = try Jacobi.quadrature(points: 16, a: a, b: b)
        let integral = zip(nodes, weights).reduce(0.0) { acc, nw in
            let h = zip(c, Jacobi.orthonormalValues(order: 10, a: a, b: b, at: nw.0)).reduce(0.0) { $0 + $1.0 * $1.1 }
            return acc + h * h * nw.1
        }
        let sumSquares = c.reduce(0) { $0 + $1 * $1 }
        #expect(Swift.abs(integral - sumSquares) < 1e-10 * sumSquares)
        // the unnormalised basis does not preserve it: its norms spread over an order of magnitude
        let norms = (0...10).map { Jacobi.normSquared(k: $0, a: a, b: b) }
        #expect(norms.max()! / norms.min()! > 5)
    }

    @Test func invalidParametersAreRejected() throws {
        #expect(throws: LONGNNError.self) { try Jacobi.validate(a: -1, b: 0) }
        #expect(throws: LONGNNError.self) { try Jacobi.validate(a: 0.5, b: -1.5) }
        #expect(throws: LONGNNError.self) { try Jacobi.validate(a: .nan, b: 0) }
        #expect(throws: LONGNNError.self) {
            _ = try SpectralFilter(basis: .orthonormalJacobi(a: -1, b: 0), order: 3, channels: 2, scheme: .pcd(alpha: 1))
        }
        do {
            try Jacobi.validate(a: -1.2, b: 0)
        } catch {
            #expect("\(error)".contains("a > -1"))
        }
    }

    @Test func officialSignDiffersOnlyWhenASquaredDiffersFromBSquared() {
        let x = 0.3
        #expect(Jacobi.values(order: 5, a: 0.5, b: -0.5, at: x) == Jacobi.values(order: 5, a: 0.5, b: -0.5, at: x, officialJacobiConvSign: true))
        let p = Jacobi.values(order: 5, a: 2.0, b: -0.25, at: x), q = Jacobi.values(order: 5, a: 2.0, b: -0.25, at: x, officialJacobiConvSign: true)
        #expect(p[0...1] == q[0...1])
        #expect(Swift.abs(p[2] - q[2]) > 1e-3)
    }
}
