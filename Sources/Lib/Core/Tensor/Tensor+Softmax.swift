// MARK: - Softmax

extension Tensor {
    /// exp(x) / Σ exp(x) along `axis` (default: last), computed stably.
    public func softmax(axis: Int = -1) throws -> Tensor {
        let a = try normalizedAxis(axis, op: "softmax")
        let (outer, len, inner) = split(at: a)
        let s: TensorStorage
        switch storage {
        case .f32(let x): s = .f32(softmaxKernel(x, outer, len, inner, log: false))
        case .f64(let x): s = .f64(softmaxKernel(x, outer, len, inner, log: false))
        }
        return Tensor.result(shape: shape, storage: s, op: .softmax(axis: a), inputs: [self])
    }

    /// log(softmax(x)) along `axis` (default: last), computed stably.
    public func logSoftmax(axis: Int = -1) throws -> Tensor {
        let a = try normalizedAxis(axis, op: "logSoftmax")
        let (outer, len, inner) = split(at: a)
        let s: TensorStorage
        switch storage {
        case .f32(let x): s = .f32(softmaxKernel(x, outer, len, inner, log: true))
        case .f64(let x): s = .f64(softmaxKernel(x, outer, len, inner, log: true))
        }
        return Tensor.result(shape: shape, storage: s, op: .logSoftmax(axis: a), inputs: [self])
    }

    /// log Σ exp(x) along `axis`, computed stably.
    public func logSumExp(axis: Int = -1, keepDims: Bool = false) throws -> Tensor {
        let m = try max(axis: axis, keepDims: true).detached()
        let lse = try (self - m).exp().sum(axis: axis, keepDims: true).log() + m
        return keepDims ? lse : try lse.squeezed(axis: axis)
    }
}

func softmaxKernel<T: TensorScalar>(_ x: [T], _ outer: Int, _ len: Int, _ inner: Int, log: Bool) -> [T] {
    x.withUnsafeBufferPointer { px in
        makeArray(x.count) { (po: UnsafeMutableBufferPointer<T>) in
            for o in 0..<outer {
                for i in 0..<inner {
                    let base = o * len * inner + i
                    var m = -T.infinity
                    for l in 0..<len { m = Swift.max(m, px[base + l * inner]) }
                    if m == -T.infinity { m = 0 }
                    var sum: T = 0
                    for l in 0..<len {
                        let e = T.exp(px[base + l * inner] - m)
                        po[base + l * inner] = e
                        sum += e
                    }
                    if log {
                        let lse = T.log(sum) + m
                        for l in 0..<len { po[base + l * inner] = px[base + l * inner] - lse }
                    } else {
                        let inv = 1 / sum
                        for l in 0..<len { po[base + l * inner] *= inv }
                    }
                }
            }
        }
    }
}
