import Testing
@testable import Lib

@Suite struct LayerTests {
    @Test func linearComputesXWPlusB() throws {
        let layer = Linear(3, 2, seed: 0)
        try layer.weight.assign(Tensor([1, 0, 0, 1, 1, 1] as [Float], shape: [3, 2]))
        try layer.bias!.assign(Tensor([0.5, -0.5] as [Float]))
        let y = try layer(Tensor([1, 2, 3] as [Float], shape: [1, 3]))
        #expect(y.scalars == [4.5, 4.5])
        #expect(layer.parameterCount == 8)
    }

    @Test func linearInitialisationIsSeeded() {
        #expect(Linear(4, 3, seed: 5).weight.scalars == Linear(4, 3, seed: 5).weight.scalars)
        #expect(Linear(4, 3, seed: 5).weight.scalars != Linear(4, 3, seed: 6).weight.scalars)
        #expect(Linear(16, 3).weight.scalars.allSatisfy { Swift.abs($0) <= 0.25 })
    }

    @Test func mlpShapesAndDropoutModes() throws {
        let mlp = try MLP([5, 8, 3], dropout: 0.5, seed: 1)
        let x = Tensor.randn([4, 5], seed: 2)
        #expect(try mlp(x).shape == [4, 3])
        mlp.eval()
        #expect(try mlp(x).scalars == mlp(x).scalars)
        #expect(throws: TensorError.self) { try MLP([5]) }
    }

    @Test func dropoutZeroesAndRescales() throws {
        let x = Tensor.ones([10_000])
        let y = try x.dropout(0.25, rng: RNG(seed: 0))
        let zeros = y.scalars.filter { $0 == 0 }.count
        #expect(zeros > 2300 && zeros < 2700)
        #expect(y.scalars.filter { $0 != 0 }.allSatisfy { Swift.abs($0 - 4.0 / 3.0) < 1e-6 })
        #expect(try x.dropout(0.25, rng: RNG(seed: 0), training: false).scalars == x.scalars)
        #expect(throws: TensorError.self) { try x.dropout(1, rng: RNG(seed: 0)) }
    }

    @Test func embeddingGradientScattersIntoRows() throws {
        let e = Embedding(4, 2, seed: 0)
        try e([1, 3, 1]).sum().backward()
        #expect(e.weight.grad?.scalars == [0, 0, 2, 2, 0, 0, 1, 1])
    }

    @Test func layerNormNormalisesLastDimension() throws {
        let ln = LayerNorm(4)
        let y = try ln(Tensor([1, 2, 3, 4, 10, 20, 30, 40] as [Float], shape: [2, 4]))
        #expect(close(try y.mean(axis: 1).scalars, [0, 0], 1e-6))
        #expect(close(try y.variance(axis: 1).scalars, [1, 1], 1e-4))
        try checkGradients([Tensor.randn([3, 4], seed: 1, dtype: .float64)]) { xs in
            try LayerNorm(4)(xs[0].toFloat32()).toFloat64() * 0 + xs[0].square()
        }
    }

    @Test func layerNormAndBatchNormGradientsInFloat64() throws {
        let x = Tensor.randn([5, 3], seed: 4, dtype: .float64)
        try checkGradients([x], tolerance: 1e-5) { xs in
            let mean = try xs[0].mean(axis: -1, keepDims: true)
            let c = try xs[0] - mean
            return try c / (c.square().mean(axis: -1, keepDims: true) + 1e-5).sqrt()
        }
        try checkGradients([x], tolerance: 1e-5) { xs in
            let mean = try xs[0].mean(axis: 0, keepDims: true)
            let c = try xs[0] - mean
            return try c / (c.square().mean(axis: 0, keepDims: true) + 1e-5).sqrt()
        }
    }

    @Test func batchNormTrainAndEval() throws {
        let bn = BatchNorm(2, momentum: 0.5)
        let x = try Tensor([1, 10, 3, 20, 5, 30] as [Float], shape: [3, 2])
        let y = try bn(x)
        #expect(close(try y.mean(axis: 0).scalars, [0, 0], 1e-6))
        // running mean = 0.5·0 + 0.5·[3, 20]; unbiased variance [4, 100]
        #expect(close(bn.runningMean.scalars, [1.5, 10]))
        #expect(close(bn.runningVariance.scalars, [0.5 + 2, 0.5 + 50]))
        bn.eval()
        let e = try bn(try Tensor([1.5, 10] as [Float], shape: [1, 2]))
        #expect(close(e.scalars, [0, 0], 1e-6))
        #expect(throws: TensorError.self) { try bn(Tensor.zeros([2, 3])) }
    }

    @Test func lossesMatchHandComputedValues() throws {
        let logits = try Tensor([0, 0, 1, 2] as [Float], shape: [2, 2])
        let ce = try Loss.crossEntropy(logits, [0, 1]).value
        let expected = (Foundation.log(2.0) + Foundation.log(1 + Foundation.exp(-1.0))) / 2
        #expect(Swift.abs(ce - expected) < 1e-6)
        let p = Tensor([1, 2, 3] as [Float]), t = Tensor([1, 0, 5] as [Float])
        #expect(close([try Loss.mse(p, t).value], [8.0 / 3]))
        #expect(close([try Loss.l1(p, t).value], [4.0 / 3]))
        #expect(try Loss.accuracy(logits, [0, 1]) == 1)
        #expect(throws: TensorError.self) { try Loss.crossEntropy(logits, [0, 2]) }
        let bce = try Loss.binaryCrossEntropy(logits: Tensor([0] as [Float]), Tensor([1] as [Float])).value
        #expect(Swift.abs(bce - Foundation.log(2.0)) < 1e-6)
        let x = Tensor.randn([3, 4], seed: 1, dtype: .float64)
        try checkGradients([x]) { try Loss.crossEntropy($0[0], [1, 3, 0]) }
        try checkGradients([x, Tensor.randn([3, 4], seed: 2, dtype: .float64)]) { try Loss.mse($0[0], $0[1]) }
        try checkGradients([x, Tensor.randn([3, 4], seed: 2, dtype: .float64)]) { try Loss.l1($0[0], $0[1]) }
    }

    @Test func dropoutBatchNormAndEmbeddingGradientsInFloat64() throws {
        let x = Tensor.randn([6, 3], seed: 8, dtype: .float64)
        try checkGradients([x]) { try $0[0].dropout(0.3, rng: RNG(seed: 5)) }
        try checkGradients([x], tolerance: 1e-5) { try BatchNorm(3, dtype: .float64)($0[0]) }
        try checkGradients([x]) { xs in
            let bn = BatchNorm(3, dtype: .float64)
            bn.eval()
            return try bn(xs[0])
        }
        try checkGradients([x], tolerance: 1e-5) { try LayerNorm(3, dtype: .float64)($0[0]) }
        try checkGradients([x]) { try $0[0].indexSelect([5, 0, 5, 2]) }  // an embedding lookup
        try checkGradients([x]) { try $0[0].abs().rowNormalized() }
        try checkGradients([x]) { try $0[0].l2Normalized(axis: 1) }
    }

    @Test func sequentialAndNormalisationHelpers() throws {
        let net = Sequential([Linear(3, 4, seed: 1), ActivationLayer(.tanh), Linear(4, 2, seed: 2)])
        #expect(try net(Tensor.ones([5, 3])).shape == [5, 2])
        #expect(net.parameters().count == 4)
        net.eval()
        #expect(!net.layers[1].isTraining)
        let r = try Tensor([1, 3, 0, 0] as [Float], shape: [2, 2]).rowNormalized()
        #expect(r.scalars == [0.25, 0.75, 0, 0])
        #expect(close(try Tensor([3, 4] as [Float], shape: [1, 2]).l2Normalized().scalars, [0.6, 0.8]))
    }
}

import Foundation
