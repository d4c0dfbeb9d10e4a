// MARK: - Row and vector normalisation

extension Tensor {
    /// Divides each row of a [N, F] tensor by its sum (rows summing to 0 are left as they are),
    /// the feature preprocessing of GCN-style node classification. Differentiable.
    /// - Throws: ``TensorError`` for tensors that are not 2-D.
    public func rowNormalized() throws -> Tensor {
        guard rank == 2 else {
            throw TensorError.invalidArgument(op: "rowNormalized", message: "needs a [N, F] tensor, shape is \(shape)")
        }
        let sums = try sum(axis: 1, keepDims: true)
        return try self / (sums + sums.equal(0))  // a zero sum becomes 1
    }

    /// Scales slices along `axis` to unit Euclidean norm (zero vectors stay zero). Differentiable.
    public func l2Normalized(axis: Int = -1, epsilon: Double = 1e-12) throws -> Tensor {
        let norms = try square().sum(axis: axis, keepDims: true).sqrt()
        return try self / (try norms.maximum(scalarLike(epsilon)))
    }
}
