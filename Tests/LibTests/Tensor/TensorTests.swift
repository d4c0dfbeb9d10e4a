import Testing
@testable import Lib

@Suite struct TensorTests {
    @Test func creationAndShapes() throws {
        let x = try Tensor([1, 2, 3, 4, 5, 6] as [Float], shape: [2, 3])
        #expect(x.shape == [2, 3] && x.dtype == .float32)
        #expect(try x.reshaped([3, -1]).shape == [3, 2])
        #expect(try x.transposed().scalars == [1, 4, 2, 5, 3, 6])
        #expect(try x.permuted([1, 0]).scalars == [1, 4, 2, 5, 3, 6])
        #expect(Tensor.zeros([2, 2]).scalars == [0, 0, 0, 0])
        #expect(Tensor.arange(4).scalars == [0, 1, 2, 3])
        #expect(try Tensor.arange(1, 2, step: 0.25).doubles == [1, 1.25, 1.5, 1.75])
        #expect(Tensor.eye(2).scalars == [1, 0, 0, 1])
        #expect(try Tensor.oneHot([2, 0], classes: 3).scalars == [0, 0, 1, 1, 0, 0])
        #expect(throws: TensorError.self) { try Tensor([1, 2, 3] as [Float], shape: [2, 2]) }
        #expect(throws: TensorError.self) { try x.reshaped([4, 2]) }
    }

    @Test func randomTensorsAreReproducible() {
        #expect(Tensor.randn([5], seed: 3).scalars == Tensor.randn([5], seed: 3).scalars)
        #expect(Tensor.randn([5], seed: 3).scalars != Tensor.randn([5], seed: 4).scalars)
        let g = Tensor.glorot([6, 4], seed: 0)
        let bound = Float((6.0 / 10.0).squareRoot())
        #expect(g.scalars.allSatisfy { Swift.abs($0) <= bound })
        let u = Tensor.uniform([1000], low: 2, high: 3, seed: 1)
        #expect(u.scalars.allSatisfy { $0 >= 2 && $0 < 3 })
    }

    @Test func broadcastingArithmetic() throws {
        let x = try Tensor([1, 2, 3, 4, 5, 6] as [Float], shape: [2, 3])
        let row = Tensor([10, 20, 30] as [Float])
        let col = try Tensor([100, 200] as [Float], shape: [2, 1])
        #expect(try (x + row).scalars == [11, 22, 33, 14, 25, 36])
        #expect(try (x * col).scalars == [100, 200, 300, 800, 1000, 1200])
        #expect((x * 2 + 1).scalars == [3, 5, 7, 9, 11, 13])
        #expect((1 - x).scalars == [0, -1, -2, -3, -4, -5])
        let a3 = Tensor.ones([2, 1, 3]), b3 = Tensor.ones([4, 1])
        #expect(try (a3 + b3).shape == [2, 4, 3])
    }

    @Test func shapeMismatchNamesBothShapes() {
        let a = Tensor.zeros([2, 3]), b = Tensor.zeros([4, 5])
        do {
            _ = try a + b
            Issue.record("expected an error")
        } catch let error as TensorError {
            #expect(error.description.contains("[2, 3]") && error.description.contains("[4, 5]"))
        } catch { Issue.record("wrong error \(error)") }
        #expect(throws: TensorError.self) { try a.matmul(b) }
        #expect(throws: TensorError.self) { try a + Tensor.zeros([2, 3], dtype: .float64) }
    }

    @Test func reductions() throws {
        let x = try Tensor([1, 5, 3, 4, 2, 6] as [Float], shape: [2, 3])
        #expect(x.sum().value == 21)
        #expect(x.mean().value == 3.5)
        #expect(try x.sum(axis: 0).scalars == [5, 7, 9])
        #expect(try x.sum(axis: 1, keepDims: true).shape == [2, 1])
        #expect(try x.mean(axis: -1).scalars == [3, 4])
        #expect(try x.max(axis: 1).scalars == [5, 6])
        #expect(try x.min(axis: 0).scalars == [1, 2, 3])
        #expect(try x.argmax(axis: 1).scalars == [1, 2])
        #expect(try x.argmaxIndices() == [1, 2])
        #expect(try x.max().value == 6)
    }

    @Test func matmulAgainstHandComputed() throws {
        let a = try Tensor([1, 2, 3, 4, 5, 6] as [Float], shape: [2, 3])
        let b = try Tensor([7, 8, 9, 10, 11, 12] as [Float], shape: [3, 2])
        #expect(try a.matmul(b).scalars == [58, 64, 139, 154])
        #expect(try (a • b).shape == [2, 2])
        let batched = try Tensor.stack([a, a * 2]).matmul(b)
        #expect(batched.shape == [2, 2, 2])
        #expect(batched.scalars == [58, 64, 139, 154, 116, 128, 278, 308])
        #expect(try a.matmul(Tensor([1, 1, 1] as [Float])).scalars == [6, 15])
        let d = try a.toFloat64().matmul(b.toFloat64())
        #expect(d.dtype == .float64 && d.doubles == [58, 64, 139, 154])
    }

    @Test func indexingAndJoining() throws {
        let x = try Tensor([1, 2, 3, 4, 5, 6] as [Float], shape: [3, 2])
        #expect(try x[1].scalars == [3, 4])
        #expect(try x[-1].scalars == [5, 6])
        #expect(try x[0..<2].shape == [2, 2])
        #expect(try x.slice(axis: 1, 1..<2).scalars == [2, 4, 6])
        #expect(try x.indexSelect([2, 0]).scalars == [5, 6, 1, 2])
        #expect(try x.scatterAdd([1, 1, 0], count: 2).scalars == [5, 6, 4, 6])
        #expect(try x.pick(columns: [1, 0, 1]).scalars == [2, 3, 6])
        #expect(try Tensor.concat([x, x], axis: 1).shape == [3, 4])
        #expect(try Tensor.stack([x, x], axis: 1).shape == [3, 2, 2])
        #expect(try x.scalar(at: [2, 1]) == 6)
        #expect(throws: TensorError.self) { try x[3] }
        #expect(throws: TensorError.self) { try x.indexSelect([5]) }
        let mask = x.greater(3)
        #expect(mask.scalars == [0, 0, 0, 1, 1, 1])
        #expect(try x.maskedFill(mask, value: 0).scalars == [1, 2, 3, 0, 0, 0])
        #expect(try x.equal(x).scalars.allSatisfy { $0 == 1 })
    }

    @Test func softmaxIsStableAndNormalised() throws {
        let x = try Tensor([1000, 1001, 1002, -5, 0, 5] as [Float], shape: [2, 3])
        let s = try x.softmax()
        #expect(close(try s.sum(axis: 1).scalars, [1, 1]))
        #expect(close(s.scalars[0 ..< 3].map { $0 }, [0.09003057, 0.24472847, 0.66524096]))
        #expect(close(try x.logSoftmax().exp().scalars, s.scalars.map(Double.init)))
    }

    @Test func copyOnWriteKeepsViewsIntact() throws {
        let p = Parameter(Tensor([1, 2, 3, 4] as [Float]))
        let view = try p.reshaped([2, 2])
        p.grad = Tensor([1, 1, 1, 1] as [Float])
        try SGD([p], lr: 1).step()
        #expect(p.scalars == [0, 1, 2, 3])
        #expect(view.scalars == [1, 2, 3, 4])
    }

    @Test func specialFunctions() {
        #expect(Swift.abs(digammaValue(1) + 0.5772156649015329) < 1e-12)
        #expect(Swift.abs(digammaValue(0.5) - (-1.9635100260214235)) < 1e-12)
        #expect(Swift.abs(trigammaValue(1) - Double.pi * Double.pi / 6) < 1e-12)
        let l = Tensor([0.5, 3, 10], dtype: .float64).lgamma().doubles
        #expect(close(l, [0.5723649429247001, 0.6931471805599453, 12.801827480081469], 1e-12))
    }

    @Test func roundingMasksAndEdgeCasesThrowInsteadOfTrapping() throws {
        let x = Parameter(Tensor([0.4, 1.5, 2.5, -1.6] as [Float]))
        #expect(x.rounded().scalars == [0, 2, 2, -2])
        #expect(x.floor().scalars == [0, 1, 2, -2])
        try (x.rounded() + x.floor()).sum().backward()
        #expect(x.grad?.scalars == [0, 0, 0, 0])
        #expect(Tensor.lowerTriangular(rows: 2, columns: 3).scalars == [1, 0, 0, 1, 1, 0])
        #expect(Tensor.lowerTriangular(rows: 2, columns: 2, diagonal: -1).scalars == [0, 0, 1, 0])
        let s = Tensor(scalar: 3)
        #expect(throws: TensorError.self) { try s.sum(axis: 0) }
        #expect(throws: TensorError.self) { try s.max(axis: 0) }
        #expect(throws: TensorError.self) { try s.softmax() }
        #expect(throws: TensorError.self) { try Tensor.concat([s, s]) }
        #expect(try Tensor.stack([s, s]).shape == [2])
        #expect(throws: TensorError.self) { try Tensor.ones([2, 1]).scatterAdd([0, 0], count: -1) }
        #expect(throws: TensorError.self) { try SparseMatrix(rows: -3, columns: 2, rowIndices: [], columnIndices: [], values: []) }
        #expect(throws: TensorError.self) { try Tensor.zeros([2]).backward() }
        #expect(throws: TensorError.self) { try Parameter(Tensor.zeros([2])).backward() }
        #expect(try Graph(edgeIndex: [[], []], nodeCount: 0).laplacianEigen().values.isEmpty)
    }

    /// Medium products are split over two threads by rows or along k; both must equal the plain product.
    @Test(arguments: [(300, 64, 64), (28, 1000, 64), (200, 700, 30)])
    func splitProductsMatchNaiveProducts(_ sizes: (Int, Int, Int)) throws {
        let (m, k, n) = sizes
        let a = Parameter(Tensor.randn([m, k], seed: 1)), b = Parameter(Tensor.randn([k, n], seed: 2))
        let w = Tensor.randn([m, n], seed: 3)
        let c = try a.matmul(b)
        let av = a.doubles, bv = b.doubles, wv = w.doubles
        func naive(_ rows: Int, _ cols: Int, _ depth: Int, _ x: (Int, Int) -> Double, _ y: (Int, Int) -> Double) -> [Double] {
            var out = [Double](repeating: 0, count: rows * cols)
            for i in 0..<rows { for j in 0..<cols { var acc = 0.0; for l in 0..<depth { acc += x(i, l) * y(l, j) }; out[i * cols + j] = acc } }
            return out
        }
        #expect(close(c.doubles, naive(m, n, k, { av[$0 * k + $1] }, { bv[$0 * n + $1] }), 1e-4))
        try (c * w).sum().backward()
        // dA = W · Bᵀ, dB = Aᵀ · W
        #expect(close(a.grad!.doubles, naive(m, k, n, { wv[$0 * n + $1] }, { bv[$1 * n + $0] }), 1e-4))
        #expect(close(b.grad!.doubles, naive(k, n, m, { av[$1 * k + $0] }, { wv[$0 * n + $1] }), 1e-4))
    }
}
