/// Graph convolution (Kipf & Welling, ICLR 2017):
/// X′ = D̃^-1/2 (A + I) D̃^-1/2 · X · W + b.
///
/// Shapes: x [N, inFeatures] → [N, outFeatures]. The normalised adjacency is
/// cached on the graph, and the product X·W is taken first when it shrinks
/// the features (as PyG does).
public final class GCNConv: Module {
    /// The linear transform.
    public let linear: Linear
    /// Unused; part of ``Module``.
    public var isTraining = true

    /// Creates a layer with seeded Glorot weights and zero bias.
    public init(_ inFeatures: Int, _ outFeatures: Int, seed: Int = 0) {
        linear = Linear(inFeatures, outFeatures, seed: seed)
        try? linear.weight.assign(Tensor.glorot([inFeatures, outFeatures], seed: seed))
        try? linear.bias?.assign(Tensor.zeros([outFeatures]))
    }

    /// Applies the convolution on `graph`.
    public func callAsFunction(_ x: Tensor, graph: Graph) throws -> Tensor {
        let a = graph.normalizedAdjacency(selfLoops: true)
        let h = try a.matmul(x.matmul(linear.weight))
        return try linear.bias.map { try h + $0 } ?? h
    }

    /// [weight, bias].
    public func parameters() -> [Parameter] { linear.parameters() }
}
