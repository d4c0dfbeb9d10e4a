/// A lookup table of learned vectors: row i is the embedding of index i.
///
/// Shapes: indices [N] → [N, dimension]; the gradient scatters back into the rows used.
public final class Embedding: Module {
    /// The table, [count, dimension], initialised N(0, 1) as in PyTorch.
    public let weight: Parameter
    /// Unused; part of ``Module``.
    public var isTraining = true

    /// Creates a table of `count` vectors of size `dimension`.
    public init(_ count: Int, _ dimension: Int, seed: Int = 0) {
        weight = Parameter(Tensor.randn([count, dimension], seed: seed), name: "weight")
    }

    /// The rows for `indices`.
    /// - Throws: ``TensorError`` for an index outside 0..<count.
    public func callAsFunction(_ indices: [Int]) throws -> Tensor { try weight.indexSelect(indices, axis: 0) }

    /// [weight].
    public func parameters() -> [Parameter] { [weight] }
}
