import Lib

/// ENFA (Tao et al. 2024): a ``SubgraphGNN`` computed exactly on ego nets.
///
/// It shares the wrapped model's weights and gives the same outputs (and gradients) from the
/// compact form (``EgoNetBag`` / ``EgoNetBatch``):
/// 1. the L layers run once on the original graphs with non-pivot inputs (H^G_t);
/// 2. at layer t, subgraph rows with pivot hop r <= t are computed from their ego-net
///    neighbours; every other stored row is the row-copy H^G_t[orig(v)];
/// 3. the sum readout of subgraph i is Σ_{r<=t}(X^t_v − H^G_t[v]) + Σ_{v∈G} H^G_t[v]
///    (mean divides by n), accumulated in Float64 because the two sums nearly cancel;
/// 4. DSS: the per-node mean across subgraphs is Σ_{r<=t} X^t_v + (m − c_v) H^G_t[v], over m;
/// 5. batch norm in training mode weights each original-graph row by the number of subgraph
///    rows it stands for (``SubgraphBatchNorm``), so training is exact too, not only evaluation.
///
/// ```swift
/// let fast = ENFA(model)
/// let out = try fast(EgoNetBatch(egoBags))   // == model(SubgraphBatch(bags))
/// ```
public final class ENFA {
    /// The wrapped model (weights shared).
    public let model: SubgraphGNN

    /// Wraps `model`.
    public init(_ model: SubgraphGNN) { self.model = model }

    /// The configuration of the wrapped model.
    public var configuration: SubgraphGNNConfiguration { model.configuration }

    /// Builds the compact bag of one graph for this model's policy and depth.
    /// - Throws: ``ENFAError`` for an invalid policy parameter.
    public func bag(_ sample: GraphSample) throws -> EgoNetBag {
        try EgoNetBag(sample, policy: configuration.policy, layers: configuration.layers)
    }

    /// The outputs for a compact batch: [graphs] (regression) or [graphs, classes].
    /// - Throws: ``ENFAError`` when the batch was built for another policy, depth or feature width.
    public func callAsFunction(_ batch: EgoNetBatch) throws -> Tensor {
        let c = configuration, L = c.layers
        guard batch.layers == L else {
            throw ENFAError.mismatch("the ego nets were cut for \(batch.layers) layers; the model has \(L)")
        }
        guard batch.x.shape[1] == c.inputFeatures + c.policy.markChannels else {
            throw ENFAError.mismatch("the batch has \(batch.x.shape[1]) input channels; the model expects \(c.inputFeatures + c.policy.markChannels)")
        }
        let orig = batch.original
        let nOrig = orig.x.shape[0], rows = batch.rowCount, subs = batch.subgraphCount
        let invM = try model.column(orig.subgraphCountPerNode.map { 1 / $0 })
        let origOfRow = batch.originalOfRow
        var x = batch.x.converted(to: c.dtype)   // all stored rows at the current layer
        var h = orig.x.converted(to: c.dtype)    // the original-graph rows H^G
        var pooled: [Tensor] = []
        for t in 1...L {
            let conv = model.convolutions[t - 1]
            let explicit = batch.rowsUpToHop[t]
            let edges = try conv.encodeEdges(orig.edgeAttributes)
            var pG = try conv(h, orig.structure, encodedEdges: edges)
            var pE: Tensor? = explicit > 0 ? try conv(x, batch.layerStructures[t - 1], encodedEdges: edges) : nil
            if c.architecture == .dss {
                let cross = model.crossConvolutions[t - 1]
                let before = batch.rowsUpToHop[t - 1]
                var sum = try h * model.column(batch.copyWeights[t - 1])
                if before > 0 {
                    sum = try sum + x.slice(axis: 0, 0..<before).scatterAdd(Array(origOfRow[0..<before]), count: nOrig)
                }
                let term = try cross(sum * invM, orig.structure, encodedEdges: cross.encodeEdges(orig.edgeAttributes))
                pG = try pG + term
                if let e = pE { pE = try e + term.indexSelect(Array(origOfRow[0..<explicit])) }
            }
            let normed = try model.norms[t - 1].normalize(
                (pE.map { [($0, nil)] } ?? []) + [(pG, batch.copyWeights[t])])
            h = normed[normed.count - 1].relu()
            let e = pE == nil ? nil : normed[0].relu()
            // Row-copy rule: rows with hop > t take H^G_t.
            if let e, explicit == rows {
                x = e
            } else {
                let copies = try h.indexSelect(Array(origOfRow[explicit..<rows]))
                x = try e.map { try Tensor.concat([$0, copies], axis: 0) } ?? copies
            }
            if t == L || c.jumpingKnowledge == .concat {
                // Summed in Float64: Σ_G H^G and Σ(X − H^G) cancel almost entirely on graphs covered by the
                // ego nets, and Float32 would keep their rounding (measured: 1.4e-5 of the output on SR25).
                let h64 = h.converted(to: .float64)
                let graphSums = try h64.scatterAdd(orig.graphOfNode, count: orig.graphCount)
                var s = try graphSums.indexSelect(batch.graphOfSubgraph)
                if let e {
                    let correction = try (e.converted(to: .float64) - h64.indexSelect(Array(origOfRow[0..<explicit])))
                        .scatterAdd(Array(batch.subgraphOfRow[0..<explicit]), count: subs)
                    s = try s + correction
                }
                s = s.converted(to: c.dtype)
                if c.subgraphPooling == .mean { s = try s * model.column(batch.nodesPerSubgraph.map { 1 / Float($0) }) }
                pooled.append(s)
            }
        }
        return try model.finish(pooled, graphOfSubgraph: batch.graphOfSubgraph, graphCount: orig.graphCount)
    }
}
