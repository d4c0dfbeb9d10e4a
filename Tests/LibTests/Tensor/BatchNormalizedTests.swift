import Testing
@testable import Lib

/// The fused batch-normalisation primitive: values against the composed formula, gradients
/// against finite differences (with and without row weights), and its input checks.
@Suite struct BatchNormalizedTests {
    let x = Tensor.randn([7, 3], seed: 11, dtype: .float64)
    let gamma = Tensor.uniform([3], low: 0.5, high: 1.5, seed: 12, dtype: .float64)
    let beta = Tensor.randn([3], seed: 13, dtype: .float64)
    let weights: [Double] = [1, 3, 2, 1, 5, 1, 2]

    /// Without weights: the composed (x − mean) / √(var + ε) · γ + β, and the statistics it reports.
    @Test func matchesComposedFormula() throws {
        let (y, stats) = try x.batchNormalized(weight: gamma, bias: beta, epsilon: 1e-5)
        let mean = try x.mean(axis: 0, keepDims: true)
        let variance = try (x - mean).square().mean(axis: 0, keepDims: true)
        let expected = try (x - mean) / (variance + 1e-5).sqrt() * gamma + beta
        #expect(close(y.doubles, expected.doubles, 1e-12))
        #expect(close(stats.mean, mean.doubles, 1e-12))
        #expect(close(stats.variance, variance.doubles, 1e-12))
        #expect(stats.totalWeight == 7)
    }

    /// Row weights count a row that many times: same outputs as the rows repeated.
    @Test func rowWeightsEqualRepeatedRows() throws {
        let (y, stats) = try x.batchNormalized(weight: gamma, bias: beta, rowWeights: weights)
        let repeated = weights.enumerated().flatMap { [Int](repeating: $0.offset, count: Int($0.element)) }
        let (yr, statsR) = try x.indexSelect(repeated).batchNormalized(weight: gamma, bias: beta)
        let firstOfEach = weights.indices.map { r in repeated.firstIndex(of: r)! }
        #expect(close(y.doubles, try yr.indexSelect(firstOfEach).doubles, 1e-12))
        #expect(close(stats.variance, statsR.variance, 1e-12))
        #expect(stats.totalWeight == 15)
    }

    @Test func gradientsWithoutWeights() throws {
        try checkGradients([x, gamma, beta]) { try $0[0].batchNormalized(weight: $0[1], bias: $0[2]).output }
    }

    @Test func gradientsWithRowWeights() throws {
        try checkGradients([x, gamma, beta]) {
            try $0[0].batchNormalized(weight: $0[1], bias: $0[2], rowWeights: weights).output
        }
    }

    /// Float32 gives the float64 result rounded (statistics accumulate in double precision).
    @Test func float32AgreesWithFloat64() throws {
        let (y64, _) = try x.batchNormalized(weight: gamma, bias: beta)
        let (y32, _) = try x.toFloat32().batchNormalized(weight: gamma.toFloat32(), bias: beta.toFloat32())
        #expect(close(y32.scalars, y64.doubles, 1e-5))
    }

    @Test func rejectsBadInput() throws {
        #expect(throws: TensorError.self) { try x.reshaped([21]).batchNormalized(weight: gamma, bias: beta) }
        #expect(throws: TensorError.self) { try x.batchNormalized(weight: Tensor.ones([4], dtype: .float64), bias: beta) }
        #expect(throws: TensorError.self) { try x.batchNormalized(weight: gamma.toFloat32(), bias: beta) }
        #expect(throws: TensorError.self) { try x.batchNormalized(weight: gamma, bias: beta, rowWeights: [1, 2]) }
        #expect(throws: TensorError.self) {
            try x.batchNormalized(weight: gamma, bias: beta, rowWeights: [Double](repeating: 0, count: 7))
        }
    }
}
