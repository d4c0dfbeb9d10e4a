import Lib

/// Compact bags of several graphs joined for one ENFA forward pass.
///
/// All stored rows of all subgraphs are ordered by pivot hop (stably), so the rows that
/// layer t computes explicitly (hop <= t) are a prefix of length `rowsUpToHop[t]`, and the
/// edges into them are a prefix of the edges (sorted by the target's hop).
public struct EgoNetBatch {
    /// Layers L the bags were cut for.
    public let layers: Int
    /// Layer-0 input of every stored row, [R, F + mark channels] (pivot marks applied).
    public let x: Tensor
    /// Node of the original batch every stored row stands for.
    public let originalOfRow: [Int]
    /// Subgraph (over the batch) of every stored row.
    public let subgraphOfRow: [Int]
    /// Number of stored rows with hop <= t, for t = 0...L+1.
    public let rowsUpToHop: [Int]
    /// Message structure of layer t (index t - 1 for t = 1...L): targets are the rows with hop <= t.
    public let layerStructures: [MessageStructure]
    /// For t = 0...L: m_g − (number of rows with hop <= t standing for node v), per original node v,
    /// i.e. how many subgraph rows the original-graph row v stands for at layer t.
    public let copyWeights: [[Float]]
    /// Graph of every subgraph.
    public let graphOfSubgraph: [Int]
    /// Number of nodes of each subgraph's graph.
    public let nodesPerSubgraph: [Int]
    /// The original graphs (the shared pass runs on them).
    public let original: OriginalGraphBatch
    /// Class labels of the graphs.
    public let labels: [Int]
    /// Regression targets of the graphs, [graphCount].
    public let targets: Tensor

    /// Number of subgraphs in the batch.
    public var subgraphCount: Int { graphOfSubgraph.count }
    /// Number of stored rows.
    public var rowCount: Int { originalOfRow.count }

    /// Joins `bags` in order.
    /// - Throws: ``ENFAError`` for an empty list or bags of different policies, layers or feature widths.
    public init(_ bags: [EgoNetBag]) throws {
        guard let first = bags.first else { throw ENFAError.invalidArgument("a batch needs at least one bag") }
        for b in bags where b.policy != first.policy || b.layers != first.layers || b.x.shape[1] != first.x.shape[1] {
            throw ENFAError.mismatch("bags of one batch need the same policy, layers and feature width")
        }
        let L = first.layers, policy = first.policy
        layers = L
        original = try OriginalGraphBatch(parts: bags.map { ($0.x, $0.graphSources, $0.graphTargets, $0.edgeAttributes, $0.subgraphCount) },
                                          policy: policy)
        // Bucket rows and edges by hop (counting sort keeps the batch order within a hop).
        var rowBuckets = [[Int]](repeating: [], count: L + 2)        // flat stored-node index
        var rowOrigFlat = [Int](), rowSubFlat = [Int](), rowHopFlat = [Int]()
        var edgeBuckets = [[(Int, Int, Int)]](repeating: [], count: L + 1)  // (flat src, flat dst, orig batch edge)
        var subGraph = [Int](), subNodes = [Int]()
        var subOffset = 0
        for (g, b) in bags.enumerated() {
            let nodeOffset = original.nodePointers[g], edgeOffset = original.edgePointers[g]
            for i in 0..<b.subgraphCount {
                let base = rowOrigFlat.count
                for k in b.nodePointers[i]..<b.nodePointers[i + 1] {
                    let h = Int(b.hops[k])
                    rowBuckets[h].append(rowOrigFlat.count)
                    rowOrigFlat.append(nodeOffset + b.nodes[k]); rowSubFlat.append(subOffset + i); rowHopFlat.append(h)
                }
                for k in b.edgePointers[i]..<b.edgePointers[i + 1] {
                    let dst = base + b.edgeTargets[k]
                    edgeBuckets[rowHopFlat[dst]].append((base + b.edgeSources[k], dst, edgeOffset + b.edgeIds[k]))
                }
                subGraph.append(g)
                subNodes.append(b.nodeCount)
            }
            subOffset += b.subgraphCount
        }
        let order = rowBuckets.flatMap { $0 }
        var rowOf = [Int](repeating: 0, count: order.count)
        for (r, flat) in order.enumerated() { rowOf[flat] = r }
        originalOfRow = order.map { rowOrigFlat[$0] }
        subgraphOfRow = order.map { rowSubFlat[$0] }
        var upTo = [Int](), acc = 0
        for bucket in rowBuckets { acc += bucket.count; upTo.append(acc) }
        rowsUpToHop = upTo
        // Layer-0 inputs: the non-pivot inputs, with the mark [1, 0] on hop-0 rows of marking policies.
        var x0 = try original.x.indexSelect(originalOfRow)
        if policy.marksCentre, upTo[0] > 0 {
            let w = x0.shape[1]
            var vals = x0.scalars
            for r in 0..<upTo[0] { vals[r * w + w - 2] = 1; vals[r * w + w - 1] = 0 }
            x0 = try Tensor(vals, shape: x0.shape)
        }
        x = x0
        // Edge prefixes per layer.
        let edges = edgeBuckets.flatMap { $0 }
        var structures: [MessageStructure] = []
        var edgeUpTo = 0
        let sparse = first.edgeAttributes == nil
        for t in 1...L {
            edgeUpTo = edgeBuckets[0...t].reduce(0) { $0 + $1.count }
            let prefix = edges[0..<edgeUpTo]
            structures.append(try MessageStructure(sources: prefix.map { rowOf[$0.0] }, targets: prefix.map { rowOf[$0.1] },
                                                   rowCount: order.count, targetCount: upTo[t],
                                                   edgeRows: sparse ? nil : prefix.map { $0.2 }, sparse: sparse))
        }
        layerStructures = structures
        // Copy weights per layer.
        let m = original.subgraphCountPerNode
        var weights: [[Float]] = []
        var explicitCount = [Float](repeating: 0, count: m.count)
        for t in 0...L {
            for r in (t == 0 ? 0 : upTo[t - 1])..<upTo[t] { explicitCount[originalOfRow[r]] += 1 }
            weights.append(zip(m, explicitCount).map { $0 - $1 })
        }
        copyWeights = weights
        graphOfSubgraph = subGraph
        nodesPerSubgraph = subNodes
        labels = bags.map(\.label)
        targets = Tensor(bags.map(\.target))
    }
}
