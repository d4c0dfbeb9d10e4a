import Foundation
import Lib

/// The common shape of the polynomial-filter GNNs: dropout → feature transform (MLP or
/// linear layer) → dropout → ``SpectralFilter`` per class channel → log-softmax.
///
/// Shapes: x [N, F] → [N, C]. The subclasses ``LONGNN``, ``JacobiConv``, ``GPRGNN`` and
/// ``BernNet`` choose the transform, basis and coefficient scheme.
public class PolynomialGNN: NodeClassifier, CustomStringConvertible {
    /// Display name.
    public let name: String
    /// The settings the model was built with.
    public let hyperparameters: SpectralHyperparameters
    /// The feature transform (MLP F → hidden → C, or Linear F → C).
    public let transform: Layer
    /// The spectral filter.
    public let spectralFilter: SpectralFilter
    /// Whether the propagation matrix has self loops (GPR-GNN) or not (Jacobi bases, Bernstein).
    public let selfLoops: Bool
    private let rng: RNG
    private var training = true
    /// The sparse form of the last feature tensor seen (bag-of-words features are mostly zeros).
    private var sparseInput: (source: Tensor, sparse: SparseFeatures?)?

    /// Assembles a model from its parts (the subclasses' initialisers call this).
    init(name: String, hyperparameters: SpectralHyperparameters, transform: Layer, filter: SpectralFilter,
         selfLoops: Bool, seed: Int) {
        self.name = name
        self.hyperparameters = hyperparameters
        self.transform = transform
        self.spectralFilter = filter
        self.selfLoops = selfLoops
        self.rng = RNG(seed: seed, stream: 23)
    }

    /// The polynomial filter.
    public var filter: SpectralFilter? { spectralFilter }

    /// Training mode (dropout active).
    public var isTraining: Bool {
        get { training }
        set { training = newValue; transform.isTraining = newValue; spectralFilter.isTraining = newValue }
    }

    /// The transform's parameters, then the filter's.
    public func parameters() -> [Parameter] { transform.parameters() + spectralFilter.parameters() }

    /// Log-probabilities [N, C].
    /// - Throws: ``TensorError`` when x does not have one row per node of `graph`.
    public func forward(_ x: Tensor, graph: Graph) throws -> Tensor {
        guard x.rank == 2, x.shape[0] == graph.nodeCount else {
            throw TensorError.shapeMismatch(op: name, lhs: x.shape, rhs: [graph.nodeCount],
                                            expected: "node features [N, F] with N = \(graph.nodeCount) nodes")
        }
        var h = try transformed(x)
        h = try h.dropout(hyperparameters.filterDropout, rng: rng, training: training)
        h = try spectralFilter(h, adjacency: graph.normalizedAdjacency(selfLoops: selfLoops))
        return try h.logSoftmax(axis: -1)
    }

    /// dropout → transform, through a sparse product when the features are mostly zeros
    /// (the same function as the dense path; only the summation order and dropout draws differ).
    private func transformed(_ x: Tensor) throws -> Tensor {
        if sparseInput?.source !== x { sparseInput = (x, x.dtype == .float32 ? SparseFeatures(x) : nil) }
        guard let sparse = sparseInput?.sparse else {
            return try transform(try x.fastDropout(hyperparameters.inputDropout, rng: rng, training: training))
        }
        let xs = try sparse.dropped(hyperparameters.inputDropout, rng: rng, training: training)
        if let linear = transform as? Linear { return try sparse.linear(linear, xs) }
        guard let mlp = transform as? MLP, let first = mlp.layers.first else {
            return try transform(try x.fastDropout(hyperparameters.inputDropout, rng: rng, training: training))
        }
        var h = try sparse.linear(first, xs)
        for layer in mlp.layers.dropFirst() {
            h = try mlp.activation.apply(h).dropout(mlp.dropout, rng: rng, training: training)
            h = try layer(h)
        }
        return h
    }

    /// Groups: transform, η (or free coefficients), w, and a, b when learnable — each with its own lr and weight decay.
    public func parameterGroups() -> [ParameterGroup] {
        let h = hyperparameters
        var groups = [ParameterGroup(transform.parameters(), lr: h.lrTransform, weightDecay: h.weightDecayTransform),
                      ParameterGroup([spectralFilter.eta], lr: h.lrEta, weightDecay: h.weightDecayEta)]
        if let w = spectralFilter.weights { groups.append(ParameterGroup([w], lr: h.lrWeights, weightDecay: h.weightDecayWeights)) }
        let ab = spectralFilter.jacobiParameters
        if !ab.isEmpty { groups.append(ParameterGroup(ab, lr: h.lrJacobi, weightDecay: h.weightDecayJacobi)) }
        return groups
    }

    /// "LON-GNN(OrthonormalJacobi(a: …, b: …), K = 10, 92k parameters)".
    public var description: String {
        var basis = spectralFilter.basis.description
        if let p = spectralFilter.currentJacobiParameters, spectralFilter.learnsJacobiParameters {
            basis += String(format: " now a = %.3f, b = %.3f", p.a, p.b)
        }
        return "\(name)(\(basis), K = \(spectralFilter.order), \(parameterCount) parameters)"
    }
}

// MARK: - The four polynomial models

/// LON-GNN (Tao et al. 2023): X → dropout → MLP(F → 64 → C, ReLU) → dropout → orthonormal
/// Jacobi filter Σ_k w_{k,c} Π_{j<k} γ_j Q_k(Â) per class channel, with learnable a and b
/// (Q_k = P_k^{(a,b)}/‖P_k‖, norms through lgamma) → log-softmax.
///
/// ```swift
/// let model = try LONGNN(features: 1433, classes: 7, hyperparameters: .lonGNN("cora"), seed: 0)
/// ```
public final class LONGNN: PolynomialGNN {
    /// Builds the model with seeded weights.
    /// - Throws: ``LONGNNError`` for invalid sizes or Jacobi parameters.
    public init(features: Int, classes: Int, hyperparameters h: SpectralHyperparameters = .lonGNN("cora"), seed: Int = 0) throws {
        guard features >= 1, classes >= 1 else {
            throw LONGNNError.invalidArgument("LONGNN needs features >= 1 and classes >= 1, got \(features) and \(classes)")
        }
        try MemoryBudget.check([features, max(h.hidden, classes)], what: "input layer [\(features), \(max(h.hidden, classes))]")
        let filter = try SpectralFilter(basis: .orthonormalJacobi(a: h.a, b: h.b), order: h.order, channels: classes,
                                        scheme: .pcd(alpha: h.alpha), learnJacobiParameters: h.learnJacobiParameters)
        let mlp = try MLP([features, h.hidden, classes], dropout: h.inputDropout, seed: seed)
        super.init(name: "LON-GNN", hyperparameters: h, transform: mlp, filter: filter, selfLoops: false, seed: seed)
    }

    /// The spelling of the API sketch: order, a, b and α given directly, the rest from Cora's published settings.
    public convenience init(features: Int, classes: Int, order: Int, a: Double, b: Double, alpha: Double, seed: Int = 0) throws {
        var h = SpectralHyperparameters.lonGNN("cora")
        h.order = order; h.a = a; h.b = b; h.alpha = alpha
        try self.init(features: features, classes: classes, hyperparameters: h, seed: seed)
    }
}

/// JacobiConv (Wang & Zhang, ICML 2022): X → dropout → Linear(F → C) → dropout → Jacobi filter
/// Σ_k w_{k,c} Π_{j<k} γ_j P_k^{(a,b)}(Â) per channel (unnormalised basis, no nonlinearity).
/// a and b are fixed unless `hyperparameters.learnJacobiParameters`; `officialJacobiConvSign`
/// reproduces the official code's recurrence, which subtracts the (a² − b²) term.
public final class JacobiConv: PolynomialGNN {
    /// Builds the model with seeded weights.
    /// - Throws: ``LONGNNError`` for invalid sizes or Jacobi parameters.
    public init(features: Int, classes: Int, hyperparameters h: SpectralHyperparameters = .jacobiConv("cora"), seed: Int = 0) throws {
        guard features >= 1, classes >= 1 else {
            throw LONGNNError.invalidArgument("JacobiConv needs features >= 1 and classes >= 1, got \(features) and \(classes)")
        }
        try MemoryBudget.check([features, max(h.hidden, classes)], what: "input layer [\(features), \(max(h.hidden, classes))]")
        let filter = try SpectralFilter(basis: .jacobi(a: h.a, b: h.b, officialJacobiConvSign: h.officialJacobiConvSign),
                                        order: h.order, channels: classes, scheme: .pcd(alpha: h.alpha),
                                        learnJacobiParameters: h.learnJacobiParameters)
        super.init(name: "JacobiConv", hyperparameters: h, transform: Linear(features, classes, seed: seed), filter: filter,
                   selfLoops: false, seed: seed)
    }
}

/// GPR-GNN (Chien et al., ICLR 2021): MLP → Σ_k γ_k Ã^k H with Ã the self-looped GCN
/// normalisation and γ learnable, initialised to personalised PageRank weights (α = 0.1).
public final class GPRGNN: PolynomialGNN {
    /// Builds the model with seeded weights.
    /// - Throws: ``LONGNNError`` for invalid sizes.
    public init(features: Int, classes: Int, hyperparameters h: SpectralHyperparameters = .gprgnn(), seed: Int = 0) throws {
        guard features >= 1, classes >= 1 else {
            throw LONGNNError.invalidArgument("GPRGNN needs features >= 1 and classes >= 1, got \(features) and \(classes)")
        }
        try MemoryBudget.check([features, max(h.hidden, classes)], what: "input layer [\(features), \(max(h.hidden, classes))]")
        let filter = try SpectralFilter(basis: .monomial, order: h.order, channels: classes, scheme: .pageRank(alpha: h.alpha))
        let mlp = try MLP([features, h.hidden, classes], dropout: h.inputDropout, seed: seed)
        super.init(name: "GPR-GNN", hyperparameters: h, transform: mlp, filter: filter, selfLoops: true, seed: seed)
    }
}

/// BernNet (He et al., NeurIPS 2021): MLP → Σ_k ReLU(θ_k) C(K,k)/2^K (2I − L)^{K−k} L^k H,
/// θ initialised to 1 (an all-pass start).
public final class BernNet: PolynomialGNN {
    /// Builds the model with seeded weights.
    /// - Throws: ``LONGNNError`` for invalid sizes.
    public init(features: Int, classes: Int, hyperparameters h: SpectralHyperparameters = .bernNet(), seed: Int = 0) throws {
        guard features >= 1, classes >= 1 else {
            throw LONGNNError.invalidArgument("BernNet needs features >= 1 and classes >= 1, got \(features) and \(classes)")
        }
        try MemoryBudget.check([features, max(h.hidden, classes)], what: "input layer [\(features), \(max(h.hidden, classes))]")
        let filter = try SpectralFilter(basis: .bernstein, order: h.order, channels: classes, scheme: .nonNegative)
        let mlp = try MLP([features, h.hidden, classes], dropout: h.inputDropout, seed: seed)
        super.init(name: "BernNet", hyperparameters: h, transform: mlp, filter: filter, selfLoops: false, seed: seed)
    }
}
