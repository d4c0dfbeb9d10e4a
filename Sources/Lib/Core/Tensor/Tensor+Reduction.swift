// MARK: - Reductions

extension Tensor {
    /// Splits the shape around `axis` into (outer, length, inner).
    func split(at axis: Int) -> (outer: Int, length: Int, inner: Int) {
        (shape[..<axis].reduce(1, *), shape[axis], shape[(axis + 1)...].reduce(1, *))
    }

    func reducedShape(_ axis: Int, keepDims: Bool) -> [Int] {
        var s = shape
        if keepDims { s[axis] = 1 } else { s.remove(at: axis) }
        return s
    }

    /// Sum of all elements (a 0-d tensor).
    public func sum() -> Tensor {
        let s: TensorStorage
        switch storage {
        case .f32(let a): s = .f32([Float(a.reduce(0.0) { $0 + Double($1) })])
        case .f64(let a): s = .f64([a.reduce(0, +)])
        }
        return Tensor.result(shape: [], storage: s, op: .sumAll, inputs: [self])
    }

    /// Mean of all elements (a 0-d tensor).
    public func mean() -> Tensor { sum() * (1.0 / Double(Swift.max(count, 1))) }

    /// Sum along `axis` (negative counts from the end), dropping it unless `keepDims`.
    /// - Throws: ``TensorError`` for an invalid axis.
    public func sum(axis: Int, keepDims: Bool = false) throws -> Tensor {
        let a = try normalizedAxis(axis, op: "sum(axis:)")
        guard rank > 0 else { return self }
        let (outer, len, inner) = split(at: a)
        let s: TensorStorage
        switch storage {
        case .f32(let x): s = .f32(sumKernel(x, outer, len, inner))
        case .f64(let x): s = .f64(sumKernel(x, outer, len, inner))
        }
        return Tensor.result(shape: reducedShape(a, keepDims: keepDims), storage: s,
                             op: .sumAxis(axis: a, keepDims: keepDims), inputs: [self])
    }

    /// Sum over several axes.
    public func sum(axes: [Int], keepDims: Bool = false) throws -> Tensor {
        let normalized = try axes.map { try normalizedAxis($0, op: "sum(axes:)") }.sorted(by: >)
        var t = self
        for a in normalized { t = try t.sum(axis: a, keepDims: keepDims) }
        return t
    }

    /// Mean along `axis`, dropping it unless `keepDims`.
    public func mean(axis: Int, keepDims: Bool = false) throws -> Tensor {
        let a = try normalizedAxis(axis, op: "mean(axis:)")
        return try sum(axis: a, keepDims: keepDims) * (1.0 / Double(Swift.max(shape[a], 1)))
    }

    /// Mean over several axes.
    public func mean(axes: [Int], keepDims: Bool = false) throws -> Tensor {
        let normalized = try axes.map { try normalizedAxis($0, op: "mean(axes:)") }
        let n = normalized.reduce(1) { $0 * shape[$1] }
        return try sum(axes: normalized, keepDims: keepDims) * (1.0 / Double(Swift.max(n, 1)))
    }

    /// Biased variance along `axis` (divides by n, as layer and batch norm do).
    public func variance(axis: Int, keepDims: Bool = false) throws -> Tensor {
        let centered = try self - mean(axis: axis, keepDims: true)
        return try centered.square().mean(axis: axis, keepDims: keepDims)
    }

    /// Maximum along `axis` (the gradient goes to the first maximal element).
    /// - Throws: ``TensorError`` for an invalid axis or an empty dimension.
    public func max(axis: Int, keepDims: Bool = false) throws -> Tensor {
        let a = try normalizedAxis(axis, op: "max(axis:)")
        let (outer, len, inner) = split(at: a)
        guard len > 0 else {
            throw TensorError.invalidArgument(op: "max(axis:)", message: "dimension \(a) of \(shape) is empty")
        }
        let idx = argmaxKernel(storage, outer, len, inner)
        let s: TensorStorage
        switch storage {
        case .f32(let x): s = .f32(gatherKernel(x, idx, outer, len, inner))
        case .f64(let x): s = .f64(gatherKernel(x, idx, outer, len, inner))
        }
        return Tensor.result(shape: reducedShape(a, keepDims: keepDims), storage: s,
                             op: .maxAxis(axis: a, keepDims: keepDims, indices: idx), inputs: [self])
    }

    /// Minimum along `axis`.
    public func min(axis: Int, keepDims: Bool = false) throws -> Tensor {
        try -((-self).max(axis: axis, keepDims: keepDims))
    }

    /// Largest element (0-d, gradient to the first maximum).
    public func max() throws -> Tensor { try flattened().max(axis: 0) }

    /// Indices of the maxima along `axis` (first on ties), as a float tensor of whole numbers.
    public func argmax(axis: Int = -1, keepDims: Bool = false) throws -> Tensor {
        let a = try normalizedAxis(axis, op: "argmax(axis:)")
        let (outer, len, inner) = split(at: a)
        guard len > 0 else {
            throw TensorError.invalidArgument(op: "argmax(axis:)", message: "dimension \(a) of \(shape) is empty")
        }
        let idx = argmaxKernel(storage, outer, len, inner)
        return Tensor(shape: reducedShape(a, keepDims: keepDims), storage: .from(idx.map(Double.init), .float32))
    }

    /// Indices of the maxima along the last axis, as Swift integers (e.g. predicted classes).
    public func argmaxIndices() throws -> [Int] {
        guard rank > 0 else { return [0] }
        let (outer, len, inner) = split(at: rank - 1)
        guard len > 0 else { throw TensorError.invalidArgument(op: "argmaxIndices", message: "last dimension is empty") }
        return argmaxKernel(storage, outer, len, inner)
    }
}

// MARK: - Kernels

func sumKernel<T: TensorScalar>(_ x: [T], _ outer: Int, _ len: Int, _ inner: Int) -> [T] {
    x.withUnsafeBufferPointer { px in
        [T](unsafeUninitializedCapacity: outer * inner) { po, n in
            n = outer * inner
            for i in 0..<n { po[i] = 0 }
            for o in 0..<outer {
                let base = o * len * inner
                let ob = o * inner
                if inner == 1 {
                    var acc: T = 0
                    for l in 0..<len { acc += px[base + l] }
                    po[ob] = acc
                } else if let src = px.baseAddress, let dst = po.baseAddress {
                    for l in 0..<len { addInto(src + base + l * inner, dst + ob, inner) }
                }
            }
        }
    }
}

/// Flat position (within the axis) of the first maximum for each (outer, inner) pair.
func argmaxKernel(_ s: TensorStorage, _ outer: Int, _ len: Int, _ inner: Int) -> [Int] {
    func run<T: TensorScalar>(_ x: [T]) -> [Int] {
        var idx = [Int](repeating: 0, count: outer * inner)
        x.withUnsafeBufferPointer { px in
            for o in 0..<outer {
                for i in 0..<inner {
                    var best = px[o * len * inner + i], bi = 0
                    for l in 1..<Swift.max(len, 1) {
                        let v = px[(o * len + l) * inner + i]
                        if v > best || (best.isNaN == false && v.isNaN) { best = v; bi = l }
                    }
                    idx[o * inner + i] = bi
                }
            }
        }
        return idx
    }
    switch s {
    case .f32(let a): return run(a)
    case .f64(let a): return run(a)
    }
}

/// Picks x[o, idx[o, i], i] for each (outer, inner) pair.
func gatherKernel<T>(_ x: [T], _ idx: [Int], _ outer: Int, _ len: Int, _ inner: Int) -> [T] {
    x.withUnsafeBufferPointer { px in
        makeArray(outer * inner) { po in
            for o in 0..<outer { for i in 0..<inner { po[o * inner + i] = px[(o * len + idx[o * inner + i]) * inner + i] } }
        }
    }
}
