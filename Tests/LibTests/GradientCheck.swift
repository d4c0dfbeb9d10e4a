import Testing
@testable import Lib

/// Compares analytic gradients with central finite differences in float64.
///
/// `f` maps the inputs to a tensor; the checked scalar is Σ f(x) ⊙ w for a fixed
/// random weight w, so every output element takes part.
func checkGradients(_ inputs: [Tensor], tolerance: Double = 1e-6, epsilon: Double = 1e-6,
                    _ f: ([Tensor]) throws -> Tensor, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let params = inputs.map { t -> Tensor in
        let p = t.toFloat64().detached()
        p.requiresGrad = true
        return p
    }
    let probe = try f(params)
    let weights = Tensor.randn(probe.shape, seed: 99, dtype: .float64)
    func objective(_ xs: [Tensor]) throws -> Tensor { try (f(xs) * weights).sum() }
    let loss = try objective(params)
    try loss.backward()
    for (pi, p) in params.enumerated() {
        let analytic = p.grad?.doubles ?? [Double](repeating: 0, count: p.count)
        var values = p.doubles
        for i in 0..<values.count {
            let original = values[i]
            values[i] = original + epsilon
            let plus = try withNoGrad { try objective(params.enumerated().map { $0.offset == pi ? try Tensor(values, shape: p.shape) : $0.element }).value }
            values[i] = original - epsilon
            let minus = try withNoGrad { try objective(params.enumerated().map { $0.offset == pi ? try Tensor(values, shape: p.shape) : $0.element }).value }
            values[i] = original
            let numeric = (plus - minus) / (2 * epsilon)
            let scale = Swift.max(1, Swift.abs(numeric), Swift.abs(analytic[i]))
            #expect(Swift.abs(numeric - analytic[i]) <= tolerance * scale,
                    "input \(pi) element \(i): analytic \(analytic[i]) vs numeric \(numeric)", sourceLocation: sourceLocation)
        }
    }
}

/// Whether two arrays agree elementwise within `tolerance`.
func close(_ a: [Double], _ b: [Double], _ tolerance: Double = 1e-5) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { Swift.abs($0 - $1) <= tolerance * Swift.max(1, Swift.abs($1)) }
}

/// Whether two float arrays agree elementwise within `tolerance`.
func close(_ a: [Float], _ b: [Double], _ tolerance: Double = 1e-5) -> Bool {
    close(a.map(Double.init), b, tolerance)
}
