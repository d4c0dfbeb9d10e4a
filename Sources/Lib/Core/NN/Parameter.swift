/// A trainable tensor: a leaf of the autodiff graph that always requires a
/// gradient and that optimizers update in place.
///
/// ```swift
/// let w = Parameter(Tensor.glorot([64, 10], seed: 1))
/// ```
public final class Parameter: Tensor {
    /// A name for display (e.g. "weight", "bias").
    public var name: String

    /// Makes a trainable copy of `tensor`'s values.
    public init(_ tensor: Tensor, name: String = "") {
        self.name = name
        super.init(shape: tensor.shape, storage: tensor.storage, requiresGrad: true)
    }

    /// Replaces the values (same shape and dtype); used by optimizers and checkpoints.
    /// - Throws: ``TensorError`` when the shape or dtype differ.
    public func assign(_ values: Tensor) throws {
        guard values.shape == shape else {
            throw TensorError.shapeMismatch(op: "Parameter.assign", lhs: shape, rhs: values.shape, expected: "equal shapes")
        }
        guard values.dtype == dtype else { throw TensorError.dtypeMismatch(op: "Parameter.assign", lhs: dtype, rhs: values.dtype) }
        storage = values.storage
    }

    /// Replaces the storage directly (shape already checked by the caller).
    func setStorage(_ s: TensorStorage) { storage = s }
}
