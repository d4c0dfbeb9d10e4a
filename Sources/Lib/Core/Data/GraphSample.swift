/// One graph of a graph-level dataset (PyG's `Data` object).
public struct GraphSample {
    /// The graph (local node ids).
    public let graph: Graph
    /// Node features, [nodes, features].
    public let x: Tensor
    /// Class label (classification datasets; 0 for regression).
    public let label: Int
    /// Regression target (regression datasets; the label as a number otherwise).
    public let target: Double
    /// Raw integer node labels, when the dataset has them (e.g. ZINC atom types).
    public let nodeLabels: [Int]?
    /// Edge features [edges, d], when the dataset has them.
    public let edgeAttributes: Tensor?
}

/// Several graph samples joined for one forward pass.
public struct GraphMiniBatch {
    /// The block-diagonal graph with pooling helpers.
    public let batch: GraphBatch
    /// Node features of all graphs, stacked.
    public let x: Tensor
    /// Class label of each graph.
    public let labels: [Int]
    /// Regression target of each graph, [count].
    public let targets: Tensor
    /// Node labels of all graphs, stacked, when present.
    public let nodeLabels: [Int]?

    /// Joins `samples` in order.
    /// - Throws: ``TensorError`` when feature widths differ.
    public init(_ samples: [GraphSample]) throws {
        guard !samples.isEmpty else {
            throw TensorError.invalidArgument(op: "GraphMiniBatch", message: "needs at least one graph")
        }
        batch = GraphBatch(samples.map(\.graph))
        x = try Tensor.concat(samples.map(\.x), axis: 0)
        labels = samples.map(\.label)
        targets = Tensor(samples.map(\.target))
        nodeLabels = samples.allSatisfy { $0.nodeLabels != nil } ? samples.flatMap { $0.nodeLabels! } : nil
    }
}
