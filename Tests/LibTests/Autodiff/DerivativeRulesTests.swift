import Testing
@testable import Lib

/// Every primitive's gradient against finite differences in float64.
@Suite struct DerivativeRulesTests {
    let a = Tensor.randn([3, 4], seed: 1, dtype: .float64)
    let b = Tensor.randn([3, 4], seed: 2, dtype: .float64)
    let positive = Tensor.uniform([3, 4], low: 0.5, high: 2.5, seed: 3, dtype: .float64)

    @Test func arithmeticWithBroadcasting() throws {
        let row = Tensor.randn([4], seed: 4, dtype: .float64)
        let col = Tensor.randn([3, 1], seed: 5, dtype: .float64)
        try checkGradients([a, row]) { try $0[0] + $0[1] }
        try checkGradients([a, col]) { try $0[0] - $0[1] }
        try checkGradients([a, row]) { try $0[0] * $0[1] }
        try checkGradients([a, positive]) { try $0[0] / $0[1] }
        try checkGradients([a, b]) { try $0[0].maximum($0[1]) }
        try checkGradients([a, b]) { try $0[0].minimum($0[1]) }
        try checkGradients([a]) { try 3 * $0[0] - 2 + $0[0] / 4 }
        try checkGradients([positive]) { 2 / $0[0] }
    }

    @Test func elementwiseFunctions() throws {
        try checkGradients([a]) { $0[0].exp() }
        try checkGradients([positive]) { $0[0].log() }
        try checkGradients([positive]) { $0[0].sqrt() }
        try checkGradients([a]) { $0[0].abs() }
        try checkGradients([positive]) { $0[0].pow(1.7) }
        try checkGradients([a]) { $0[0].square() }
        try checkGradients([a]) { $0[0].relu() }
        try checkGradients([a]) { $0[0].elu(alpha: 0.7) }
        try checkGradients([a]) { $0[0].gelu() }
        try checkGradients([a]) { $0[0].tanh() }
        try checkGradients([a]) { $0[0].sigmoid() }
        try checkGradients([a]) { $0[0].softplus() }
        try checkGradients([positive]) { $0[0].lgamma() }
        try checkGradients([positive]) { $0[0].digamma() }
    }

    @Test func conversionPassesGradientsThrough() throws {
        let x = Parameter(Tensor.randn([2, 3], seed: 1, dtype: .float64))
        try (x.toFloat32() * 2).sum().backward()
        #expect(x.grad?.dtype == .float64)
        #expect(x.grad?.doubles == [Double](repeating: 2, count: 6))
    }

    @Test func float32ReluBackwardSelectsTheGradient() throws {
        let x = Parameter(Tensor.randn([37], seed: 4))  // four 8-lane blocks and a tail
        let upstream = Tensor.randn([37], seed: 5)
        try x.relu().backward(upstream)
        let expected = zip(x.scalars, upstream.scalars).map { $0 > 0 ? Double($1) : 0 }
        #expect(x.grad!.doubles == expected)
        #expect(x.relu().scalars == x.scalars.map { $0 > 0 ? $0 : 0 })
        #expect(Tensor([.nan, -1, 2, 0, 3, -4, 5, -6, .nan] as [Float]).relu().scalars == [0, 0, 2, 0, 3, 0, 5, 0, 0])
    }

    @Test func reductions() throws {
        try checkGradients([a]) { $0[0].sum() }
        try checkGradients([a]) { $0[0].mean() }
        try checkGradients([a]) { try $0[0].sum(axis: 0) }
        try checkGradients([a]) { try $0[0].sum(axis: 1, keepDims: true) }
        try checkGradients([a]) { try $0[0].mean(axis: -1) }
        try checkGradients([a]) { try $0[0].max(axis: 1) }
        try checkGradients([a]) { try $0[0].min(axis: 0) }
        try checkGradients([a]) { try $0[0].variance(axis: 1) }
        try checkGradients([a]) { try $0[0].logSumExp(axis: 1) }
    }

    @Test func shapes() throws {
        let t3 = Tensor.randn([2, 3, 4], seed: 6, dtype: .float64)
        try checkGradients([t3]) { try $0[0].reshaped([6, 4]) }
        try checkGradients([t3]) { try $0[0].permuted([2, 0, 1]) }
        try checkGradients([a]) { try $0[0].transposed() }
        try checkGradients([Tensor.randn([1, 4], seed: 7, dtype: .float64)]) { try $0[0].broadcast(to: [3, 4]) }
        try checkGradients([a]) { try $0[0].unsqueezed(axis: 1).squeezed(axis: 1) }
    }

    @Test func matrixProducts() throws {
        let w = Tensor.randn([4, 5], seed: 8, dtype: .float64)
        try checkGradients([a, w]) { try $0[0].matmul($0[1]) }
        let batchA = Tensor.randn([2, 3, 4], seed: 9, dtype: .float64)
        let batchB = Tensor.randn([2, 4, 2], seed: 10, dtype: .float64)
        try checkGradients([batchA, batchB]) { try $0[0].matmul($0[1]) }
        try checkGradients([batchA, w]) { try $0[0].matmul($0[1]) }
        try checkGradients([a, batchB]) { try $0[0].matmul($0[1]) }
        let v = Tensor.randn([4], seed: 11, dtype: .float64)
        try checkGradients([a, v]) { try $0[0].matmul($0[1]) }
        try checkGradients([v, w]) { try $0[0].matmul($0[1]) }
    }

    @Test func fusedLinear() throws {
        let w = Tensor.randn([4, 5], seed: 8, dtype: .float64), bias = Tensor.randn([5], seed: 9, dtype: .float64)
        try checkGradients([a, w, bias]) { try $0[0].linear($0[1], bias: $0[2]) }
        let x3 = Tensor.randn([2, 3, 4], seed: 10, dtype: .float64)
        try checkGradients([x3, w, bias]) { try $0[0].linear($0[1], bias: $0[2]) }
        let big = Tensor.randn([300, 4], seed: 11, dtype: .float64)  // large enough for the two-thread split
        let reference = try big.matmul(w) + bias
        #expect(close(try big.linear(w, bias: bias).doubles, reference.doubles, 1e-12))
        #expect(throws: TensorError.self) { try a.linear(w, bias: Tensor.zeros([4], dtype: .float64)) }
        #expect(throws: TensorError.self) { try a.linear(Tensor.zeros([3, 5], dtype: .float64), bias: bias) }
    }

    @Test func indexing() throws {
        try checkGradients([a]) { try $0[0].slice(axis: 1, 1..<3) }
        try checkGradients([a]) { try $0[0][1] }
        try checkGradients([a]) { try $0[0].indexSelect([2, 0, 2, 1], axis: 0) }
        try checkGradients([a]) { try $0[0].indexSelect([3, 3, 0], axis: 1) }
        try checkGradients([a]) { try $0[0].scatterAdd([1, 0, 1], count: 4, axis: 0) }
        try checkGradients([a]) { try $0[0].scatterMean([1, 0, 1], count: 2, axis: 0) }
        let idx = try Tensor([0, 3, 1, 1, 2, 0] as [Float], shape: [3, 2])
        try checkGradients([a]) { try $0[0].gather(axis: 1, index: idx) }
        try checkGradients([a]) { try $0[0].pick(columns: [3, 0, 2]) }
        try checkGradients([a, b]) { try Tensor.concat([$0[0], $0[1]], axis: 1) }
        try checkGradients([a, b]) { try Tensor.stack([$0[0], $0[1]], axis: 0) }
        let mask = a.greater(0)
        try checkGradients([a, b]) { try $0[0].whereMask(mask, else: $0[1]) }
        try checkGradients([a]) { try $0[0].maskedFill(mask, value: 5) }
    }

    @Test func softmaxFamily() throws {
        try checkGradients([a]) { try $0[0].softmax(axis: 1) }
        try checkGradients([a]) { try $0[0].softmax(axis: 0) }
        try checkGradients([a]) { try $0[0].logSoftmax() }
    }

    @Test func sparseDenseProduct() throws {
        let s = try SparseMatrix(rows: 3, columns: 3, rowIndices: [0, 0, 1, 2, 2], columnIndices: [1, 2, 0, 0, 2],
                                 values: [0.5, -1, 2, 1.5, 0.25])
        let x = Tensor.randn([3, 2], seed: 12, dtype: .float64)
        try checkGradients([x]) { try s.matmul($0[0]) }
    }
}
