// MARK: - Slicing, gathering and scattering

extension Tensor {
    /// Elements `range` along `axis` (a copy; the rank is kept).
    /// - Throws: ``TensorError`` when the range leaves the dimension.
    public func slice(axis: Int = 0, _ range: Range<Int>) throws -> Tensor {
        let a = try normalizedAxis(axis, op: "slice")
        guard range.lowerBound >= 0, range.upperBound <= shape[a] else {
            throw TensorError.indexOutOfRange(op: "slice", index: range.lowerBound < 0 ? range.lowerBound : range.upperBound,
                                              validRange: "0...\(shape[a]) for dimension \(a) of \(shape)")
        }
        let (outer, len, inner) = split(at: a)
        var outShape = shape
        outShape[a] = range.count
        let s: TensorStorage
        switch storage {
        case .f32(let x): s = .f32(sliceKernel(x, outer, len, inner, range))
        case .f64(let x): s = .f64(sliceKernel(x, outer, len, inner, range))
        }
        return Tensor.result(shape: outShape, storage: s, op: .slice(axis: a, start: range.lowerBound, length: len),
                             inputs: [self])
    }

    /// Elements `range` along `axis`, for closed ranges.
    public func slice(axis: Int = 0, _ range: ClosedRange<Int>) throws -> Tensor {
        try slice(axis: axis, range.lowerBound..<(range.upperBound + 1))
    }

    /// The sub-tensor at `index` along the first axis (rank drops by one; negative counts from the end).
    public subscript(index: Int) -> Tensor {
        get throws {
            guard rank > 0 else { throw TensorError.invalidArgument(op: "subscript", message: "a 0-d tensor has no elements to index") }
            let i = index < 0 ? index + shape[0] : index
            guard i >= 0, i < shape[0] else {
                throw TensorError.indexOutOfRange(op: "subscript", index: index, validRange: "-\(shape[0])..<\(shape[0])")
            }
            return try slice(axis: 0, i..<(i + 1)).squeezed(axis: 0)
        }
    }

    /// The rows `range` along the first axis.
    public subscript(range: Range<Int>) -> Tensor { get throws { try slice(axis: 0, range) } }

    /// The element at a full multi-index, as a number.
    public func scalar(at indices: [Int]) throws -> Double {
        guard indices.count == rank else {
            throw TensorError.invalidArgument(op: "scalar(at:)", message: "\(indices.count) indices for a tensor of rank \(rank)")
        }
        var flat = 0
        for (d, i) in indices.enumerated() {
            guard i >= 0, i < shape[d] else {
                throw TensorError.indexOutOfRange(op: "scalar(at:)", index: i, validRange: "0..<\(shape[d]) in dimension \(d)")
            }
            flat = flat * shape[d] + i
        }
        switch storage {
        case .f32(let a): return Double(a[flat])
        case .f64(let a): return a[flat]
        }
    }

    /// Selects the slices `indices` along `axis` (like `torch.index_select`, PyG's `x[edgeIndex[0]]`).
    /// - Throws: ``TensorError`` for an index outside the dimension.
    public func indexSelect(_ indices: [Int], axis: Int = 0) throws -> Tensor {
        let a = try normalizedAxis(axis, op: "indexSelect")
        let len = shape[a]
        for i in indices where i < 0 || i >= len {
            throw TensorError.indexOutOfRange(op: "indexSelect", index: i, validRange: "0..<\(len) for dimension \(a) of \(shape)")
        }
        let (outer, _, inner) = split(at: a)
        var outShape = shape
        outShape[a] = indices.count
        let s: TensorStorage
        switch storage {
        case .f32(let x): s = .f32(indexSelectKernel(x, outer, len, inner, indices))
        case .f64(let x): s = .f64(indexSelectKernel(x, outer, len, inner, indices))
        }
        return Tensor.result(shape: outShape, storage: s, op: .indexSelect(axis: a, indices: indices, length: len),
                             inputs: [self])
    }

    /// Adds slice j along `axis` into slot `indices[j]` of a zero tensor with `count` slots
    /// (like `torch.index_add`, the sum aggregation of message passing).
    /// - Throws: ``TensorError`` when `indices.count` differs from the dimension or an index is out of range.
    public func scatterAdd(_ indices: [Int], count: Int, axis: Int = 0) throws -> Tensor {
        let a = try normalizedAxis(axis, op: "scatterAdd")
        guard count >= 0 else {
            throw TensorError.invalidArgument(op: "scatterAdd", message: "count must be >= 0, got \(count)")
        }
        guard indices.count == shape[a] else {
            throw TensorError.shapeMismatch(op: "scatterAdd", lhs: shape, rhs: [indices.count],
                                            expected: "one index per slice along dimension \(a) (\(shape[a]))")
        }
        for i in indices where i < 0 || i >= count {
            throw TensorError.indexOutOfRange(op: "scatterAdd", index: i, validRange: "0..<\(count)")
        }
        let (outer, len, inner) = split(at: a)
        var outShape = shape
        outShape[a] = count
        let s: TensorStorage
        switch storage {
        case .f32(let x): s = .f32(scatterAddKernel(x, outer, len, inner, indices, count))
        case .f64(let x): s = .f64(scatterAddKernel(x, outer, len, inner, indices, count))
        }
        return Tensor.result(shape: outShape, storage: s, op: .scatterAdd(axis: a, indices: indices), inputs: [self])
    }

    /// Mean of the slices scattered into each slot (empty slots stay 0).
    public func scatterMean(_ indices: [Int], count: Int, axis: Int = 0) throws -> Tensor {
        let sums = try scatterAdd(indices, count: count, axis: axis)
        var counts = [Double](repeating: 0, count: count)
        for i in indices { counts[i] += 1 }
        let a = try normalizedAxis(axis, op: "scatterMean")
        var cshape = [Int](repeating: 1, count: rank)
        cshape[a] = count
        let inv = Tensor(shape: cshape, storage: .from(counts.map { $0 > 0 ? 1 / $0 : 0 }, dtype))
        return try sums * inv
    }

    /// Picks along `axis` by an index tensor of the same rank (like `torch.gather`):
    /// `out[o, j, i] = self[o, index[o, j, i], i]`.
    /// - Throws: ``TensorError`` when shapes differ off `axis` or an index is out of range.
    public func gather(axis: Int, index: Tensor) throws -> Tensor {
        let a = try normalizedAxis(axis, op: "gather")
        var expected = shape
        guard index.rank == rank else {
            throw TensorError.shapeMismatch(op: "gather", lhs: shape, rhs: index.shape, expected: "index must have the same rank")
        }
        expected[a] = index.shape[a]
        guard index.shape == expected else {
            throw TensorError.shapeMismatch(op: "gather", lhs: shape, rhs: index.shape,
                                            expected: "index must match the tensor's shape except along axis \(a)")
        }
        let len = shape[a]
        let idx = index.ints
        for i in idx where i < 0 || i >= len {
            throw TensorError.indexOutOfRange(op: "gather", index: i, validRange: "0..<\(len)")
        }
        let (outer, _, inner) = split(at: a)
        let k = index.shape[a]
        let s: TensorStorage
        switch storage {
        case .f32(let x): s = .f32(gatherAlongKernel(x, outer, len, inner, idx, k))
        case .f64(let x): s = .f64(gatherAlongKernel(x, outer, len, inner, idx, k))
        }
        return Tensor.result(shape: index.shape, storage: s, op: .gather(axis: a, indices: idx, length: len), inputs: [self])
    }

    /// For a [N, C] tensor, the elements `self[i, columns[i]]` as a [N] tensor (used by NLL loss).
    public func pick(columns: [Int]) throws -> Tensor {
        guard rank == 2, columns.count == shape[0] else {
            throw TensorError.shapeMismatch(op: "pick(columns:)", lhs: shape, rhs: [columns.count],
                                            expected: "a [N, C] tensor and N column indices")
        }
        let idx = try Tensor(columns.map(Double.init), shape: [columns.count, 1])
        return try gather(axis: 1, index: idx).reshaped([columns.count])
    }

    /// Keeps elements where `mask` is non-zero and takes `other` elsewhere (like `torch.where(mask, self, other)`).
    /// `mask` and `other` broadcast to this tensor's shape.
    public func whereMask(_ mask: Tensor, else other: Tensor) throws -> Tensor {
        let outShape = try Broadcast.shape(try Broadcast.shape(shape, other.shape, op: "whereMask"), mask.shape, op: "whereMask")
        let a = try broadcast(to: outShape), b = try other.broadcast(to: outShape)
        let m = try mask.broadcast(to: outShape).doubles.map { $0 != 0 }
        guard a.dtype == b.dtype else { throw TensorError.dtypeMismatch(op: "whereMask", lhs: a.dtype, rhs: b.dtype) }
        let s: TensorStorage
        switch (a.storage, b.storage) {
        case let (.f32(x), .f32(y)): s = .f32((0..<x.count).map { m[$0] ? x[$0] : y[$0] })
        case let (.f64(x), .f64(y)): s = .f64((0..<x.count).map { m[$0] ? x[$0] : y[$0] })
        default: s = .zeros(0, dtype)
        }
        return Tensor.result(shape: outShape, storage: s, op: .select(mask: m), inputs: [a, b])
    }

    /// Replaces elements where `mask` is non-zero by `value`.
    public func maskedFill(_ mask: Tensor, value: Double) throws -> Tensor {
        try Tensor(shape: [], storage: .filled(1, value, dtype)).whereMask(mask, else: self)
    }
}

// MARK: - Joining

extension Tensor {
    /// Joins tensors along an existing axis.
    /// - Throws: ``TensorError`` when the list is empty or shapes differ off `axis`.
    public static func concat(_ tensors: [Tensor], axis: Int = 0) throws -> Tensor {
        guard let first = tensors.first else {
            throw TensorError.invalidArgument(op: "concat", message: "needs at least one tensor")
        }
        guard first.rank > 0 else {
            throw TensorError.invalidArgument(op: "concat", message: "cannot concatenate 0-d tensors; use stack")
        }
        let a = try first.normalizedAxis(axis, op: "concat")
        for t in tensors {
            var s1 = t.shape, s0 = first.shape
            guard t.rank == first.rank else {
                throw TensorError.shapeMismatch(op: "concat", lhs: first.shape, rhs: t.shape, expected: "equal ranks")
            }
            s1[a] = 0; s0[a] = 0
            guard s0 == s1 else {
                throw TensorError.shapeMismatch(op: "concat", lhs: first.shape, rhs: t.shape,
                                                expected: "equal sizes in every dimension except \(a)")
            }
            guard t.dtype == first.dtype else { throw TensorError.dtypeMismatch(op: "concat", lhs: first.dtype, rhs: t.dtype) }
        }
        let sizes = tensors.map { $0.shape[a] }
        var outShape = first.shape
        outShape[a] = sizes.reduce(0, +)
        let outer = first.shape[..<a].reduce(1, *), inner = first.shape[(a + 1)...].reduce(1, *)
        let s: TensorStorage
        switch first.storage {
        case .f32:
            s = .f32(concatKernel(tensors.map { t -> [Float] in if case .f32(let x) = t.storage { return x }; return [] },
                                  sizes, outer, inner))
        case .f64:
            s = .f64(concatKernel(tensors.map { t -> [Double] in if case .f64(let x) = t.storage { return x }; return [] },
                                  sizes, outer, inner))
        }
        return Tensor.result(shape: outShape, storage: s, op: .concat(axis: a, sizes: sizes), inputs: tensors)
    }

    /// Joins equally shaped tensors along a new axis.
    public static func stack(_ tensors: [Tensor], axis: Int = 0) throws -> Tensor {
        guard let first = tensors.first else {
            throw TensorError.invalidArgument(op: "stack", message: "needs at least one tensor")
        }
        for t in tensors where t.shape != first.shape {
            throw TensorError.shapeMismatch(op: "stack", lhs: first.shape, rhs: t.shape, expected: "all shapes equal")
        }
        let a = try first.normalizedAxis(axis, rank: first.rank + 1, op: "stack")
        return try concat(tensors.map { try $0.unsqueezed(axis: a) }, axis: a)
    }
}

// MARK: - Kernels

func sliceKernel<T>(_ x: [T], _ outer: Int, _ len: Int, _ inner: Int, _ r: Range<Int>) -> [T] {
    let block = r.count * inner
    return x.withUnsafeBufferPointer { px in
        makeArray(outer * block) { po in
            for o in 0..<outer {
                let src = (o * len + r.lowerBound) * inner
                for i in 0..<block { po[o * block + i] = px[src + i] }
            }
        }
    }
}

func indexSelectKernel<T>(_ x: [T], _ outer: Int, _ len: Int, _ inner: Int, _ idx: [Int]) -> [T] {
    let k = idx.count
    return x.withUnsafeBufferPointer { px in
        idx.withUnsafeBufferPointer { pi in
            makeArray(outer * k * inner) { po in
                guard let xs = px.baseAddress, let ys = po.baseAddress else { return }
                for o in 0..<outer {
                    for j in 0..<k {
                        (ys + (o * k + j) * inner).initialize(from: xs + (o * len + pi[j]) * inner, count: inner)
                    }
                }
            }
        }
    }
}

func scatterAddKernel<T: TensorScalar>(_ x: [T], _ outer: Int, _ len: Int, _ inner: Int, _ idx: [Int],
                                       _ count: Int) -> [T] {
    var out = [T](repeating: 0, count: outer * count * inner)
    x.withUnsafeBufferPointer { px in
        idx.withUnsafeBufferPointer { pi in
            out.withUnsafeMutableBufferPointer { po in
                guard let xs = px.baseAddress, let ys = po.baseAddress else { return }
                for o in 0..<outer {
                    for j in 0..<len {
                        addInto(xs + (o * len + j) * inner, ys + (o * count + pi[j]) * inner, inner)
                    }
                }
            }
        }
    }
    return out
}

func gatherAlongKernel<T>(_ x: [T], _ outer: Int, _ len: Int, _ inner: Int, _ idx: [Int], _ k: Int) -> [T] {
    x.withUnsafeBufferPointer { px in
        makeArray(outer * k * inner) { po in
            for o in 0..<outer { for j in 0..<k { for i in 0..<inner {
                let p = (o * k + j) * inner + i
                po[p] = px[(o * len + idx[p]) * inner + i]
            } } }
        }
    }
}

func scatterAlongKernel<T: TensorScalar>(_ g: [T], _ outer: Int, _ len: Int, _ inner: Int, _ idx: [Int], _ k: Int) -> [T] {
    var out = [T](repeating: 0, count: outer * len * inner)
    for o in 0..<outer { for j in 0..<k { for i in 0..<inner {
        let p = (o * k + j) * inner + i
        out[(o * len + idx[p]) * inner + i] += g[p]
    } } }
    return out
}

func concatKernel<T>(_ parts: [[T]], _ sizes: [Int], _ outer: Int, _ inner: Int) -> [T] {
    let total = sizes.reduce(0, +)
    var out = [T]()
    out.reserveCapacity(outer * total * inner)
    for o in 0..<outer {
        for (p, size) in zip(parts, sizes) {
            let block = size * inner
            out.append(contentsOf: p[(o * block)..<((o + 1) * block)])
        }
    }
    return out
}
