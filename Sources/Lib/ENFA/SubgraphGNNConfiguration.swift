import Lib

/// The shape of a subgraph GNN (DS-GNN or DSS-GNN as in ESAN, Bevilacqua et al. 2022).
///
/// ```swift
/// var c = SubgraphGNNConfiguration(policy: .nodeMarked, inputFeatures: 28, task: .regression)
/// c.layers = 4; c.hidden = 64; c.edgeFeatures = 4
/// ```
public struct SubgraphGNNConfiguration: Sendable, Equatable {
    /// Siamese (DS) or with cross-subgraph information sharing at every layer (DSS).
    public enum Architecture: String, Sendable, Equatable {
        /// The same GNN on every subgraph independently.
        case ds
        /// Adds, per layer, a GNN on the original graph over the per-node mean across subgraphs.
        case dss
    }
    /// Which layers' subgraph embeddings feed the readout.
    public enum JumpingKnowledge: String, Sendable, Equatable {
        /// Only the last layer.
        case last
        /// The concatenation of layers 1...L.
        case concat
    }
    /// How rows are pooled (nodes → subgraph, or subgraphs → graph).
    public enum Pooling: String, Sendable, Equatable {
        /// Σ.
        case sum
        /// Σ / count.
        case mean
    }
    /// The prediction task.
    public enum Task: Sendable, Equatable {
        /// One number per graph, trained with the L1 loss (MAE).
        case regression
        /// Class scores per graph, trained with cross-entropy.
        case classification(classes: Int)
    }

    /// The subgraph selection policy.
    public var policy: SubgraphPolicy
    /// DS or DSS.
    public var architecture: Architecture = .ds
    /// GIN layers L.
    public var layers: Int = 4
    /// Hidden width.
    public var hidden: Int = 64
    /// Node input features (without the policy's mark channels).
    public var inputFeatures: Int
    /// Edge feature width (0: none).
    public var edgeFeatures: Int = 0
    /// Jumping knowledge.
    public var jumpingKnowledge: JumpingKnowledge = .last
    /// Node → subgraph pooling.
    public var subgraphPooling: Pooling = .sum
    /// Subgraph → graph set aggregation.
    public var setAggregation: Pooling = .mean
    /// The task.
    public var task: Task
    /// Seed of the initial weights.
    public var seed: Int = 0
    /// Element type of weights and activations (Float32 by default; Float64 for exactness proofs).
    public var dtype: DType = .float32

    /// Creates a configuration with the ESAN ZINC defaults for the rest (4 layers, 64 hidden, DS, last, sum, mean).
    public init(policy: SubgraphPolicy, inputFeatures: Int, task: Task) {
        self.policy = policy
        self.inputFeatures = inputFeatures
        self.task = task
    }

    /// Outputs per graph: 1 for regression, the class count otherwise.
    public var outputCount: Int {
        if case .classification(let c) = task { return c }
        return 1
    }
}
