import Lib

/// A subgraph GNN: the same L-layer GIN runs on every subgraph of a bag (weights shared),
/// each layer followed by batch norm and ReLU; node rows are pooled per subgraph (sum or
/// mean, per layer, with jumping knowledge), passed through a per-subgraph Linear + ReLU,
/// aggregated over the bag (mean or sum) and mapped to the output by a graph head MLP.
/// DSS-GNN adds at every layer a second GIN over the original graph applied to the per-node
/// mean of the embeddings across subgraphs, added back to every subgraph row of that node.
///
/// This type runs the conventional form (every subgraph keeps all n rows, ``SubgraphBatch``);
/// ``ENFA`` runs the same weights on the compact form with identical outputs.
///
/// ```swift
/// let model = try SubgraphGNN(SubgraphGNNConfiguration(policy: .nodeMarked, inputFeatures: 7,
///                                                      task: .classification(classes: 2)))
/// let out = try model(SubgraphBatch(bags))     // [graphs, 2]
/// ```
public final class SubgraphGNN: Module {
    /// The configuration it was built from.
    public let configuration: SubgraphGNNConfiguration
    /// The per-subgraph GIN layers.
    public let convolutions: [SubgraphGINLayer]
    /// DSS's GIN layers over the original graph (empty for DS).
    public let crossConvolutions: [SubgraphGINLayer]
    /// Batch norm after every layer.
    public let norms: [SubgraphBatchNorm]
    /// Per-subgraph transform after pooling.
    public let subgraphLayer: Linear
    /// Graph head: Linear [hidden → hidden], ReLU, Linear [hidden → outputs].
    public let head: [Linear]
    /// Training mode (batch statistics in the norms).
    public var isTraining = true { didSet { for n in norms { n.isTraining = isTraining } } }

    /// Builds the model with seeded weights.
    /// - Throws: ``ENFAError`` for non-positive sizes.
    public init(_ configuration: SubgraphGNNConfiguration) throws {
        let c = configuration
        guard c.layers >= 1, c.hidden >= 1, c.inputFeatures >= 1, c.outputCount >= 1 else {
            throw ENFAError.invalidArgument("layers, hidden, inputFeatures and outputs must be >= 1 (got \(c.layers), \(c.hidden), \(c.inputFeatures), \(c.outputCount))")
        }
        for (dims, what) in [([c.inputFeatures, c.hidden], "first GIN layer"), ([c.edgeFeatures, c.hidden], "edge encoder"),
                             ([c.layers, c.hidden, c.hidden], "GIN layers"), ([c.hidden, c.outputCount], "head")] {
            try MemoryBudget.check(dims, what: "SubgraphGNN \(what) \(dims)")
        }
        self.configuration = c
        let input = c.inputFeatures + c.policy.markChannels
        convolutions = try (0..<c.layers).map {
            try SubgraphGINLayer(inFeatures: $0 == 0 ? input : c.hidden, hidden: c.hidden, edgeFeatures: c.edgeFeatures,
                                 seed: c.seed &+ 100 &* $0, dtype: c.dtype)
        }
        crossConvolutions = c.architecture == .dss ? try (0..<c.layers).map {
            try SubgraphGINLayer(inFeatures: $0 == 0 ? input : c.hidden, hidden: c.hidden, edgeFeatures: c.edgeFeatures,
                                 seed: c.seed &+ 100 &* $0 &+ 50, dtype: c.dtype)
        } : []
        norms = (0..<c.layers).map { _ in SubgraphBatchNorm(c.hidden, dtype: c.dtype) }
        let jk = c.jumpingKnowledge == .concat ? c.hidden * c.layers : c.hidden
        subgraphLayer = Linear(jk, c.hidden, seed: c.seed &+ 9001, dtype: c.dtype)
        head = [Linear(c.hidden, c.hidden, seed: c.seed &+ 9002, dtype: c.dtype),
                Linear(c.hidden, c.outputCount, seed: c.seed &+ 9003, dtype: c.dtype)]
    }

    /// Every parameter, in a fixed order.
    public func parameters() -> [Parameter] {
        convolutions.flatMap { $0.parameters() } + crossConvolutions.flatMap { $0.parameters() }
            + norms.flatMap { $0.parameters() } + subgraphLayer.parameters() + head.flatMap { $0.parameters() }
    }

    // MARK: - Conventional forward

    /// The outputs for a conventional batch: [graphs] (regression) or [graphs, classes].
    /// - Throws: ``ENFAError`` when the batch was built for another policy or feature width.
    public func callAsFunction(_ batch: SubgraphBatch) throws -> Tensor {
        let c = configuration
        guard batch.x.shape[1] == c.inputFeatures + c.policy.markChannels else {
            throw ENFAError.mismatch("the batch has \(batch.x.shape[1]) input channels; the model expects \(c.inputFeatures + c.policy.markChannels) (features + \(c.policy) marks)")
        }
        let orig = batch.original
        let invM = try column(orig.subgraphCountPerNode.map { 1 / $0 })
        var h = batch.x.converted(to: c.dtype)
        var pooled: [Tensor] = []
        for t in 0..<c.layers {
            var p = try convolutions[t](h, batch.structure, encodedEdges: convolutions[t].encodeEdges(batch.edgeAttributes))
            if c.architecture == .dss {
                let mean = try h.scatterAdd(batch.originalOfRow, count: orig.x.shape[0]) * invM
                let cross = try crossConvolutions[t](mean, orig.structure,
                                                     encodedEdges: crossConvolutions[t].encodeEdges(orig.edgeAttributes))
                p = try p + cross.indexSelect(batch.originalOfRow)
            }
            h = try norms[t].normalize([(p, nil)])[0].relu()
            if t == c.layers - 1 || c.jumpingKnowledge == .concat {
                var s = try h.scatterAdd(batch.subgraphOfRow, count: batch.subgraphCount)
                if c.subgraphPooling == .mean { s = try s * column(batch.nodesPerSubgraph.map { 1 / Float($0) }) }
                pooled.append(s)
            }
        }
        return try finish(pooled, graphOfSubgraph: batch.graphOfSubgraph, graphCount: orig.graphCount)
    }

    /// Jumping knowledge, per-subgraph layer, set aggregation and head.
    func finish(_ pooled: [Tensor], graphOfSubgraph: [Int], graphCount: Int) throws -> Tensor {
        let c = configuration
        let z = try (pooled.count == 1 ? pooled[0] : Tensor.concat(pooled, axis: 1))
        let s = try subgraphLayer(z).relu()
        let g = c.setAggregation == .mean
            ? try s.scatterMean(graphOfSubgraph, count: graphCount) : try s.scatterAdd(graphOfSubgraph, count: graphCount)
        let out = try head[1](head[0](g).relu())
        return c.outputCount == 1 && c.task == .regression ? try out.reshaped([-1]) : out
    }

    /// The training loss of `output` against a batch's labels or targets (L1 or cross-entropy).
    public func loss(_ output: Tensor, labels: [Int], targets: Tensor) throws -> Tensor {
        switch configuration.task {
        case .regression: return try Loss.l1(output, targets.converted(to: output.dtype))
        case .classification: return try Loss.crossEntropy(output, labels)
        }
    }

    /// A [n, 1] column in the model's dtype.
    func column(_ v: [Float]) throws -> Tensor { try Tensor(v, shape: [v.count, 1]).converted(to: configuration.dtype) }
}
