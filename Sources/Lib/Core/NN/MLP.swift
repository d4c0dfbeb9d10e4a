/// A multi-layer perceptron: Linear → activation → dropout, repeated, with a
/// plain Linear at the end.
///
/// `MLP([1433, 64, 7])` maps [N, 1433] → [N, 7] through one hidden layer of 64.
public final class MLP: Layer {
    /// The linear layers, in order.
    public let layers: [Linear]
    /// The nonlinearity between layers.
    public let activation: Activation
    /// Dropout probability after each hidden activation.
    public let dropout: Double
    /// Training mode (controls dropout).
    public var isTraining = true
    private let rng: RNG

    /// Creates an MLP with layer sizes `sizes` (at least two).
    /// - Throws: ``TensorError`` when fewer than two sizes are given.
    public init(_ sizes: [Int], activation: Activation = .relu, dropout: Double = 0, seed: Int = 0) throws {
        guard sizes.count >= 2 else {
            throw TensorError.invalidArgument(op: "MLP", message: "needs at least input and output sizes, got \(sizes)")
        }
        for i in 1..<sizes.count {
            try MemoryBudget.check([sizes[i - 1], sizes[i]], what: "MLP layer \(i) weight [\(sizes[i - 1]), \(sizes[i])]")
        }
        layers = (0..<(sizes.count - 1)).map { Linear(sizes[$0], sizes[$0 + 1], seed: seed &+ $0 &* 1000) }
        self.activation = activation
        self.dropout = dropout
        rng = RNG(seed: seed, stream: 11)
    }

    /// Applies the layers.
    public func callAsFunction(_ x: Tensor) throws -> Tensor {
        var h = x
        for (i, layer) in layers.enumerated() {
            h = try layer(h)
            if i < layers.count - 1 {
                h = try activation.apply(h).dropout(dropout, rng: rng, training: isTraining)
            }
        }
        return h
    }

    /// All layers' parameters.
    public func parameters() -> [Parameter] { layers.flatMap { $0.parameters() } }
}
