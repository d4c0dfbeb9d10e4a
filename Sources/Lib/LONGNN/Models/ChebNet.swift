import Lib

/// A Chebyshev graph convolution (Defferrard et al., NeurIPS 2016):
/// out = Σ_{k=0..K} T_k(L̂) X W_k + bias with L̂ = 2L/λ_max − I = −Â (λ_max = 2, as in PyG).
///
/// Shapes: x [N, inFeatures] → [N, outFeatures].
public final class ChebConv: Module {
    /// One linear map per Chebyshev order (the first carries the bias).
    public let linears: [Linear]
    /// Unused (no mode-dependent behaviour); part of ``Module``.
    public var isTraining = true

    /// Creates the layer with seeded weights; `order` is the highest Chebyshev degree K.
    public init(_ inFeatures: Int, _ outFeatures: Int, order: Int, seed: Int = 0) {
        linears = (0...max(order, 0)).map { Linear(inFeatures, outFeatures, bias: $0 == 0, seed: seed &+ 97 &* $0) }
    }

    /// Applies the convolution with the propagation matrix Â.
    public func callAsFunction(_ x: Tensor, adjacency: SparseMatrix) throws -> Tensor {
        var t = [x]
        if linears.count > 1 { t.append(-(try adjacency.matmul(x))) }
        if linears.count > 2 {
            for k in 2..<linears.count { t.append(try -2 * adjacency.matmul(t[k - 1]) - t[k - 2]) }
        }
        var out = try linears[0](t[0])
        for k in 1..<linears.count { out = try out + linears[k](t[k]) }
        return out
    }

    /// Every order's weights.
    public func parameters() -> [Parameter] { linears.flatMap { $0.parameters() } }
}

/// ChebNet: ChebConv(F → hidden, K) → ReLU → dropout → ChebConv(hidden → C, K) → log-softmax,
/// with dropout on the input.
public final class ChebNet: NodeClassifier {
    /// Display name.
    public let name = "ChebNet"
    /// The settings the model was built with.
    public let hyperparameters: SpectralHyperparameters
    /// The two convolutions.
    public let first: ChebConv, second: ChebConv
    /// Training mode (dropout active).
    public var isTraining = true
    private let rng: RNG

    /// Builds the model with seeded weights.
    /// - Throws: ``LONGNNError`` for invalid sizes.
    public init(features: Int, classes: Int, hyperparameters h: SpectralHyperparameters = .chebNet(), seed: Int = 0) throws {
        guard features >= 1, classes >= 1, h.order >= 0 else {
            throw LONGNNError.invalidArgument("ChebNet needs features >= 1, classes >= 1 and order >= 0")
        }
        try MemoryBudget.check([h.order + 1, features, max(h.hidden, classes)],
                               what: "ChebNet weights [\(h.order + 1), \(features), \(max(h.hidden, classes))]")
        hyperparameters = h
        first = ChebConv(features, h.hidden, order: h.order, seed: seed)
        second = ChebConv(h.hidden, classes, order: h.order, seed: seed &+ 1)
        rng = RNG(seed: seed, stream: 29)
    }

    /// No polynomial filter with learnable coefficients of its own.
    public var filter: SpectralFilter? { nil }

    /// Both layers' weights.
    public func parameters() -> [Parameter] { first.parameters() + second.parameters() }

    /// Log-probabilities [N, C].
    public func forward(_ x: Tensor, graph: Graph) throws -> Tensor {
        guard x.rank == 2, x.shape[0] == graph.nodeCount else {
            throw TensorError.shapeMismatch(op: name, lhs: x.shape, rhs: [graph.nodeCount], expected: "node features [N, F]")
        }
        let adj = graph.normalizedAdjacency()
        var h = try x.fastDropout(hyperparameters.inputDropout, rng: rng, training: isTraining)
        h = try first(h, adjacency: adj).relu().dropout(hyperparameters.inputDropout, rng: rng, training: isTraining)
        return try second(h, adjacency: adj).logSoftmax(axis: -1)
    }

    /// One group: every weight with the transform's lr and weight decay.
    public func parameterGroups() -> [ParameterGroup] {
        [ParameterGroup(parameters(), lr: hyperparameters.lrTransform, weightDecay: hyperparameters.weightDecayTransform)]
    }
}
