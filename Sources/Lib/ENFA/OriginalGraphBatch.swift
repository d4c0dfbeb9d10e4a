import Lib

/// The original graphs of a mini-batch joined block-diagonally, with the inputs every
/// subgraph row has when it is not a pivot (mark [0, 1] for marking policies).
///
/// DSS-GNN's cross-subgraph GNN and ENFA's shared original-graph pass both run on it.
public struct OriginalGraphBatch {
    /// Number of graphs.
    public let graphCount: Int
    /// Non-pivot node inputs of all graphs, [N, F + mark channels].
    public let x: Tensor
    /// Message structure of the joined graph (all nodes are targets).
    public let structure: MessageStructure
    /// Edge features of the joined graph [E, D], if any.
    public let edgeAttributes: Tensor?
    /// Graph of every node.
    public let graphOfNode: [Int]
    /// First node of each graph (count + 1 entries).
    public let nodePointers: [Int]
    /// First edge of each graph (count + 1 entries).
    public let edgePointers: [Int]
    /// Subgraphs of each graph's bag, m_g.
    public let subgraphCounts: [Int]

    /// Joins graphs given as (x [n, F], sources, targets, edge features, m).
    init(parts: [(x: Tensor, sources: [Int], targets: [Int], edgeAttributes: Tensor?, subgraphs: Int)],
         policy: SubgraphPolicy) throws {
        var xs = [Float](), s = [Int](), t = [Int](), gon = [Int](), np = [0], ep = [0]
        var width = 0
        for (g, p) in parts.enumerated() {
            let n = p.x.shape[0], f = p.x.shape[1]
            width = f + policy.markChannels
            let vals = p.x.scalars
            let offset = np[np.count - 1]
            for v in 0..<n {
                xs.append(contentsOf: vals[(v * f)..<((v + 1) * f)])
                if policy.marksCentre { xs.append(contentsOf: [0, 1]) }
                gon.append(g)
            }
            s.append(contentsOf: p.sources.map { $0 + offset })
            t.append(contentsOf: p.targets.map { $0 + offset })
            np.append(offset + n)
            ep.append(ep[ep.count - 1] + p.sources.count)
        }
        let total = np[np.count - 1]
        graphCount = parts.count
        x = (try Tensor(xs, shape: [total, width]))
        let hasEdgeFeatures = parts.first?.edgeAttributes != nil
        structure = try MessageStructure(sources: s, targets: t, rowCount: total, targetCount: total, edgeRows: nil,
                                         sparse: !hasEdgeFeatures)
        edgeAttributes = hasEdgeFeatures ? try Tensor.concat(parts.map { $0.edgeAttributes! }, axis: 0) : nil
        graphOfNode = gon
        nodePointers = np
        edgePointers = ep
        subgraphCounts = parts.map(\.subgraphs)
    }

    /// m_g of every node's graph, [N, 1] (Float32).
    var subgraphCountPerNode: [Float] { graphOfNode.map { Float(subgraphCounts[$0]) } }
}
