// MARK: - Fused affine map

extension Tensor {
    /// x · W + b in one pass (the bias initialises the output and gemm accumulates into it).
    ///
    /// Shapes: x [..., in], W [in, out], b [out] → [..., out]. Differentiable in all three.
    /// - Throws: ``TensorError`` naming the shapes when they do not fit.
    public func linear(_ weight: Tensor, bias: Tensor?) throws -> Tensor {
        guard let bias else { return try matmul(weight) }
        guard rank >= 1, weight.rank == 2, shape[rank - 1] == weight.shape[0] else {
            throw TensorError.shapeMismatch(op: "linear", lhs: shape, rhs: weight.shape,
                                            expected: "x [..., in] and a weight [in, out]")
        }
        let outFeatures = weight.shape[1]
        guard bias.count == outFeatures, bias.rank <= 1 || bias.shape.dropLast().allSatisfy({ $0 == 1 }) else {
            throw TensorError.shapeMismatch(op: "linear", lhs: weight.shape, rhs: bias.shape,
                                            expected: "a bias with one element per output feature (\(outFeatures))")
        }
        guard dtype == weight.dtype, dtype == bias.dtype else {
            throw TensorError.dtypeMismatch(op: "linear", lhs: dtype, rhs: weight.dtype == dtype ? bias.dtype : weight.dtype)
        }
        let rows = count / Swift.max(shape[rank - 1], 1)
        let k = shape[rank - 1]
        let s: TensorStorage
        switch (storage, weight.storage, bias.storage) {
        case let (.f32(x), .f32(w), .f32(b)): s = .f32(affineKernel(x, w, b, rows, k, outFeatures))
        case let (.f64(x), .f64(w), .f64(b)): s = .f64(affineKernel(x, w, b, rows, k, outFeatures))
        default: s = .zeros(0, dtype)
        }
        return Tensor.result(shape: Array(shape.dropLast()) + [outFeatures], storage: s, op: .linear,
                             inputs: [self, weight, bias])
    }
}

/// out[r, :] = b + x[r, :] · W for r in 0..<rows.
func affineKernel<T: TensorScalar>(_ x: [T], _ w: [T], _ b: [T], _ rows: Int, _ k: Int, _ n: Int) -> [T] {
    var out = b.withUnsafeBufferPointer { pb in
        [T](unsafeUninitializedCapacity: rows * n) { buffer, initialized in
            if let src = pb.baseAddress, let dst = buffer.baseAddress {
                for r in 0..<rows { (dst + r * n).initialize(from: src, count: n) }
            }
            initialized = rows * n
        }
    }
    guard rows > 0, n > 0, k > 0 else { return out }
    x.withUnsafeBufferPointer { px in
        w.withUnsafeBufferPointer { pw in
            out.withUnsafeMutableBufferPointer { po in
                guard let a = px.baseAddress, let bw = pw.baseAddress, let c = po.baseAddress else { return }
                splitGemm(transA: false, transB: false, m: rows, n: n, k: k, a: a, lda: k, b: bw, ldb: n, beta: 1, c: c)
            }
        }
    }
    return out
}

import Dispatch
