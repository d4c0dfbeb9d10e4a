/// Graph isomorphism network layer (Xu et al., ICLR 2019):
/// x′_i = MLP((1 + ε) · x_i + Σ_{j → i} x_j).
///
/// Shapes: x [N, F] → [N, F′] where the MLP maps F → F′. The neighbour sum is a
/// sparse product with the graph's (cached) adjacency. ε is fixed unless `trainEpsilon`.
public final class GINConv: MessagePassing {
    /// The update network.
    public let mlp: Layer
    /// ε (a one-element parameter when trainable).
    public let epsilon: Parameter
    /// Whether ε is learned.
    public let trainEpsilon: Bool
    /// Training mode, forwarded to the MLP.
    public var isTraining = true { didSet { mlp.isTraining = isTraining } }

    /// Creates a layer around an MLP.
    public init(_ mlp: Layer, epsilon: Double = 0, trainEpsilon: Bool = false) {
        self.mlp = mlp
        self.epsilon = Parameter(Tensor([Float(epsilon)]), name: "epsilon")
        self.trainEpsilon = trainEpsilon
    }

    /// Applies the layer on `graph`.
    public func callAsFunction(_ x: Tensor, graph: Graph) throws -> Tensor {
        if !trainEpsilon, epsilon.value == 0 {  // x_i + Σ x_j in one sparse product with A + I
            return try mlp(graph.adjacencyWithSelfLoops().matmul(x))
        }
        let neighbours = try graph.adjacency().matmul(x)
        let eps: Tensor = trainEpsilon ? epsilon : epsilon.detached()
        return try mlp(try x * (eps.converted(to: x.dtype) + 1) + neighbours)
    }

    /// Requires a graph: use ``callAsFunction(_:graph:)``.
    public func callAsFunction(_ x: Tensor) throws -> Tensor {
        throw TensorError.invalidArgument(op: "GINConv", message: "call it with a graph: gin(x, graph: g)")
    }

    /// The MLP's parameters, plus ε when trainable.
    public func parameters() -> [Parameter] { mlp.parameters() + (trainEpsilon ? [epsilon] : []) }
}
