// MARK: - Views and shape changes

extension Tensor {
    /// Resolves a possibly negative axis (−1 is the last) against `rank`.
    func normalizedAxis(_ axis: Int, rank r: Int? = nil, op: String) throws -> Int {
        let r = r ?? rank
        let a = axis < 0 ? axis + r : axis
        guard a >= 0, a < r else {
            throw TensorError.indexOutOfRange(op: op, index: axis, validRange: "axes -\(r)..<\(r) for shape \(shape)")
        }
        return a
    }

    /// The same elements with a new shape (shares storage). One dimension may be −1 (inferred).
    /// - Throws: ``TensorError`` when the element counts differ.
    public func reshaped(_ newShape: [Int]) throws -> Tensor {
        var target = newShape
        if let i = newShape.firstIndex(of: -1) {
            let known = newShape.enumerated().filter { $0.offset != i }.reduce(1) { $0 * $1.element }
            guard known > 0, count % known == 0, newShape.filter({ $0 == -1 }).count == 1 else {
                throw TensorError.shapeMismatch(op: "reshaped", lhs: shape, rhs: newShape,
                                                expected: "the sizes must multiply to \(count) elements")
            }
            target[i] = count / known
        }
        guard target.allSatisfy({ $0 >= 0 }), target.reduce(1, *) == count else {
            throw TensorError.shapeMismatch(op: "reshaped", lhs: shape, rhs: newShape,
                                            expected: "the sizes must multiply to \(count) elements")
        }
        if target == shape { return self }
        return Tensor.result(shape: target, storage: storage, op: .reshape, inputs: [self])
    }

    /// The elements as a 1-D tensor (shares storage).
    public func flattened() -> Tensor {
        rank == 1 ? self : Tensor.result(shape: [count], storage: storage, op: .reshape, inputs: [self])
    }

    /// Inserts a dimension of size 1 at `axis` (−1 appends).
    public func unsqueezed(axis: Int) throws -> Tensor {
        let a = try normalizedAxis(axis, rank: rank + 1, op: "unsqueezed")
        var s = shape
        s.insert(1, at: a)
        return try reshaped(s)
    }

    /// Removes the dimension of size 1 at `axis`.
    /// - Throws: ``TensorError`` when that dimension is not of size 1.
    public func squeezed(axis: Int) throws -> Tensor {
        let a = try normalizedAxis(axis, op: "squeezed")
        guard shape[a] == 1 else {
            throw TensorError.invalidArgument(op: "squeezed", message: "dimension \(a) of \(shape) has size \(shape[a]), not 1")
        }
        var s = shape
        s.remove(at: a)
        return try reshaped(s)
    }

    /// Swaps the last two dimensions (the matrix transpose for rank 2).
    /// - Throws: ``TensorError`` for tensors of rank < 2.
    public func transposed() throws -> Tensor {
        guard rank >= 2 else {
            throw TensorError.invalidArgument(op: "transposed", message: "needs rank >= 2, shape is \(shape)")
        }
        var p = Array(0..<rank)
        p.swapAt(rank - 1, rank - 2)
        return try permuted(p)
    }

    /// Matrix transpose (same as ``transposed()``, for rank-2 tensors).
    public var T: Tensor { get throws { try transposed() } }

    /// Reorders the dimensions: output dimension i is input dimension `dims[i]`.
    /// - Throws: ``TensorError`` when `dims` is not a permutation of 0..<rank.
    public func permuted(_ dims: [Int]) throws -> Tensor {
        guard dims.count == rank, Set(dims) == Set(0..<rank) else {
            throw TensorError.invalidArgument(op: "permuted", message: "\(dims) is not a permutation of 0..<\(rank)")
        }
        if dims == Array(0..<rank) { return self }
        let outShape = dims.map { shape[$0] }
        let s: TensorStorage
        switch storage {
        case .f32(let a): s = .f32(permuteKernel(a, shape, dims))
        case .f64(let a): s = .f64(permuteKernel(a, shape, dims))
        }
        return Tensor.result(shape: outShape, storage: s, op: .permute(dims), inputs: [self])
    }

    /// Repeats size-1 dimensions to reach `targetShape` (broadcasting; copies).
    /// - Throws: ``TensorError`` when the shape cannot broadcast to `targetShape`.
    public func broadcast(to targetShape: [Int]) throws -> Tensor {
        let out = try Broadcast.shape(shape, targetShape, op: "broadcast(to:)")
        guard out == targetShape else {
            throw TensorError.shapeMismatch(op: "broadcast(to:)", lhs: shape, rhs: targetShape,
                                            expected: "each dimension must equal the target or be 1")
        }
        if shape == targetShape { return self }
        let s: TensorStorage
        switch storage {
        case .f32(let a): s = .f32(Broadcast.apply(a, shape, [0], [1], out) { x, _ in x })
        case .f64(let a): s = .f64(Broadcast.apply(a, shape, [0], [1], out) { x, _ in x })
        }
        return Tensor.result(shape: out, storage: s, op: .broadcast, inputs: [self])
    }

    /// Sums over broadcast dimensions so the result has `targetShape` (the adjoint of ``broadcast(to:)``).
    func sumToShape(_ targetShape: [Int]) throws -> Tensor {
        if shape == targetShape { return self }
        var t = self
        let lead = rank - targetShape.count
        for _ in 0..<Swift.max(lead, 0) { t = try t.sum(axis: 0) }
        for (i, d) in targetShape.enumerated() where d == 1 && t.shape[i] != 1 {
            t = try t.sum(axis: i, keepDims: true)
        }
        return try t.reshaped(targetShape)
    }
}

// MARK: - Kernels

func permuteKernel<T>(_ x: [T], _ shape: [Int], _ dims: [Int]) -> [T] {
    let r = shape.count
    var inStrides = [Int](repeating: 1, count: r)
    for i in stride(from: r - 2, through: 0, by: -1) { inStrides[i] = inStrides[i + 1] * shape[i + 1] }
    let outShape = dims.map { shape[$0] }
    let strides = dims.map { inStrides[$0] }  // input stride of each output dimension
    let n = x.count
    return x.withUnsafeBufferPointer { px in
        makeArray(n) { (po: UnsafeMutableBufferPointer<T>) in
            guard n > 0 else { return }
            if r == 2 {  // blocked 2-D transpose
                let rows = outShape[0], cols = outShape[1], s0 = strides[0], s1 = strides[1]
                let block = 32
                for ib in stride(from: 0, to: rows, by: block) {
                    for jb in stride(from: 0, to: cols, by: block) {
                        for i in ib..<Swift.min(ib + block, rows) {
                            for j in jb..<Swift.min(jb + block, cols) { po[i * cols + j] = px[i * s0 + j * s1] }
                        }
                    }
                }
                return
            }
            let inner = outShape[r - 1], innerStride = strides[r - 1]
            var counter = [Int](repeating: 0, count: r)
            var off = 0, o = 0
            for _ in 0..<(n / inner) {
                var xi = off
                for _ in 0..<inner { po[o] = px[xi]; o += 1; xi += innerStride }
                var d = r - 2
                while d >= 0 {
                    counter[d] += 1; off += strides[d]
                    if counter[d] < outShape[d] { break }
                    off -= strides[d] * outShape[d]; counter[d] = 0; d -= 1
                }
            }
        }
    }
}
