import Dispatch

// MARK: - Fused batch normalisation (training mode)

/// The batch statistics of one ``Tensor/batchNormalized(weight:bias:rowWeights:epsilon:)`` call.
public struct BatchStatistics: Sendable {
    /// Weighted mean of every feature over the rows.
    public let mean: [Double]
    /// Weighted biased variance of every feature (divided by ``totalWeight``).
    public let variance: [Double]
    /// Sum of the row weights (the row count without weights).
    public let totalWeight: Double

    /// Running estimates after this batch: (1 − momentum) · old + momentum · new, the variance
    /// unbiased (× W / (W − 1) for total weight W), each in the dtype of its old estimate.
    /// Recorded by no autodiff graph.
    /// - Throws: ``TensorError`` when the estimates do not have one element per feature.
    public func updatingRunning(mean: Tensor, variance: Tensor, momentum: Double) throws -> (mean: Tensor, variance: Tensor) {
        try withNoGrad {
            let f = self.mean.count
            let unbiased = try Tensor(self.variance, shape: [f]) * (totalWeight / (totalWeight - 1))
            return (try (1 - momentum) * mean + momentum * Tensor(self.mean, shape: [f]).converted(to: mean.dtype),
                    try (1 - momentum) * variance + momentum * unbiased.converted(to: variance.dtype))
        }
    }
}

extension Tensor {
    /// Training-mode batch normalisation of the rows of a [rows, features] tensor in one primitive:
    /// y = (x − μ) · γ / √(σ² + ε) + β, with the mean μ and biased variance σ² of every feature taken
    /// over the rows, row r counting `rowWeights[r]` times (once without weights).
    ///
    /// Statistics and gradient sums accumulate in double precision whatever the dtype, row by row
    /// in a fixed order, so results do not depend on the thread count. Differentiable in x, γ and β
    /// (x through the statistics too); three passes forward and two backward, with no temporaries.
    /// - Parameters:
    ///   - weight: γ, [features].
    ///   - bias: β, [features].
    ///   - rowWeights: how many rows each row stands for (nil: one each).
    /// - Returns: the normalised rows and the statistics used (for running estimates).
    /// - Throws: ``TensorError`` for a tensor that is not [rows, features], parameters of another size or
    ///   dtype, a weight list of the wrong length, or a total weight that is not positive.
    public func batchNormalized(weight: Tensor, bias: Tensor, rowWeights: [Double]? = nil,
                                epsilon: Double = 1e-5) throws -> (output: Tensor, statistics: BatchStatistics) {
        guard rank == 2 else {
            throw TensorError.invalidArgument(op: "batchNormalized", message: "expects [rows, features], got \(shape)")
        }
        let rows = shape[0], f = shape[1]
        guard weight.count == f, bias.count == f else {
            throw TensorError.shapeMismatch(op: "batchNormalized", lhs: shape, rhs: weight.count == f ? bias.shape : weight.shape,
                                            expected: "weight and bias with one element per feature (\(f))")
        }
        guard weight.dtype == dtype, bias.dtype == dtype else {
            throw TensorError.dtypeMismatch(op: "batchNormalized", lhs: dtype, rhs: weight.dtype == dtype ? bias.dtype : weight.dtype)
        }
        if let rowWeights, rowWeights.count != rows {
            throw TensorError.invalidArgument(op: "batchNormalized",
                                              message: "\(rowWeights.count) row weights for \(rows) rows")
        }
        let total = rowWeights.map { $0.reduce(0, +) } ?? Double(rows)
        guard total > 0 else {
            throw TensorError.invalidArgument(op: "batchNormalized", message: "the rows' total weight must be positive, got \(total)")
        }
        let (mean, variance) = batchMoments(storage, rows, f, rowWeights, total)
        let s: TensorStorage
        switch (storage, weight.storage, bias.storage) {
        case let (.f32(x), .f32(g), .f32(b)): s = .f32(batchNormKernel(x, rows, f, mean, variance, g, b, epsilon))
        case let (.f64(x), .f64(g), .f64(b)): s = .f64(batchNormKernel(x, rows, f, mean, variance, g, b, epsilon))
        default: s = .zeros(0, dtype)
        }
        let stats = BatchStatistics(mean: mean, variance: variance, totalWeight: total)
        let out = Tensor.result(shape: shape, storage: s,
                                op: .batchNorm(rowWeights: rowWeights, statistics: stats, epsilon: epsilon),
                                inputs: [self, weight, bias])
        return (out, stats)
    }
}

// MARK: - Kernels

/// Runs `body` on feature ranges covering 0..<features: two halves on two threads for large
/// inputs (each feature is still accumulated by one thread in row order, so the result is the same).
@inline(__always)
func forFeatureHalves(rows: Int, features: Int, _ body: (Range<Int>) -> Void) {
    guard BLAS.threadCount >= 2, rows * features >= 1 << 16, features >= 2 else {
        body(0..<features)
        return
    }
    let half = features / 2
    Parallel.perform(2) { part in body(part == 0 ? 0..<half : half..<features) }
}

/// Two Float64 accumulators per column, zeroed, filled by `body` on column ranges (two halves on
/// two threads for large inputs, see ``forFeatureHalves(rows:features:_:)``); each column is
/// accumulated by one thread in row order.
@inline(__always)
func columnAccumulators(rows: Int, features f: Int,
                        _ body: (Range<Int>, UnsafeMutableBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void)
    -> ([Double], [Double]) {
    var first = [Double](repeating: 0, count: f), second = [Double](repeating: 0, count: f)
    first.withUnsafeMutableBufferPointer { a in
        second.withUnsafeMutableBufferPointer { b in
            let a = a, b = b
            forFeatureHalves(rows: rows, features: f) { cols in body(cols, a, b) }
        }
    }
    return (first, second)
}

/// Weighted mean and biased variance of every column, accumulated in double precision row by row.
func batchMoments(_ s: TensorStorage, _ rows: Int, _ f: Int, _ w: [Double]?, _ total: Double) -> ([Double], [Double]) {
    func run<T: TensorScalar>(_ x: [T]) -> ([Double], [Double]) {
        x.withUnsafeBufferPointer { px in
            columnAccumulators(rows: rows, features: f) { cols, ps, pq in
                for r in 0..<rows {
                    let base = r * f, wr = w?[r] ?? 1
                    if w == nil { for c in cols { ps[c] += Double(px[base + c]) } }
                    else { for c in cols { ps[c] += Double(px[base + c]) * wr } }
                }
                for c in cols { ps[c] /= total }
                for r in 0..<rows {
                    let base = r * f, wr = w?[r] ?? 1
                    for c in cols {
                        let d = Double(px[base + c]) - ps[c]
                        pq[c] += w == nil ? d * d : d * d * wr
                    }
                }
                for c in cols { pq[c] /= total }
            }
        }
    }
    switch s {
    case .f32(let x): return run(x)
    case .f64(let x): return run(x)
    }
}

/// y = (x − T(μ)) · (γ / T(√(σ² + ε))) + β.
func batchNormKernel<T: TensorScalar>(_ x: [T], _ rows: Int, _ f: Int, _ mean: [Double], _ variance: [Double],
                                      _ gamma: [T], _ beta: [T], _ epsilon: Double) -> [T] {
    let shift = mean.map { T($0) }
    let scale = (0..<f).map { gamma[$0] / T((variance[$0] + epsilon).squareRoot()) }
    return x.withUnsafeBufferPointer { px in
        makeArray(rows * f) { (po: UnsafeMutableBufferPointer<T>) in
            Parallel.forRanges(rows * f, rowsOf: f) { range in
                for r in range {
                    let base = r * f
                    for c in 0..<f { po[base + c] = (px[base + c] - shift[c]) * scale[c] + beta[c] }
                }
            }
        }
    }
}

/// Gradients of batch normalisation: (dx, dγ, dβ) for the upstream gradient g.
///
/// dβ = Σ g, dγ = Σ g·x̂ and dx = γ/√(σ²+ε) · (g − (w/W)·Σg − x̂·(w/W)·Σg·x̂), with x̂ = (x − μ)/√(σ²+ε)
/// (the sums over all rows in double precision).
func batchNormBackward<T: TensorScalar>(_ x: [T], _ g: [T], _ rows: Int, _ f: Int, _ gamma: [T], _ stats: BatchStatistics,
                                        _ w: [Double]?, _ epsilon: Double) -> (dx: [T], dGamma: [T], dBeta: [T]) {
    let invStd = stats.variance.map { 1 / ($0 + epsilon).squareRoot() }
    let mean = stats.mean
    let (sg, sgx) = x.withUnsafeBufferPointer { px in
        g.withUnsafeBufferPointer { pg in
            columnAccumulators(rows: rows, features: f) { cols, a, b in
                for r in 0..<rows {
                    let base = r * f
                    for c in cols {
                        let gv = Double(pg[base + c])
                        a[c] += gv
                        b[c] += gv * (Double(px[base + c]) - mean[c]) * invStd[c]
                    }
                }
            }
        }
    }
    let total = stats.totalWeight
    let coef = (0..<f).map { Double(gamma[$0]) * invStd[$0] }
    let dx: [T] = x.withUnsafeBufferPointer { px in
        g.withUnsafeBufferPointer { pg in
            makeArray(rows * f) { (po: UnsafeMutableBufferPointer<T>) in
                Parallel.forRanges(rows * f, rowsOf: f) { range in
                    for r in range {
                        let base = r * f, share = (w?[r] ?? 1) / total
                        for c in 0..<f {
                            let xh = (Double(px[base + c]) - mean[c]) * invStd[c]
                            po[base + c] = T(coef[c] * (Double(pg[base + c]) - share * sg[c] - xh * share * sgx[c]))
                        }
                    }
                }
            }
        }
    }
    return (dx, sgx.map { T($0) }, sg.map { T($0) })
}
