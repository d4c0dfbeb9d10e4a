/// Many graphs joined into one block-diagonal graph (PyG's `Batch`), so one
/// message-passing call processes them all.
///
/// Node v of graph g becomes node `nodePointers[g] + v`; `batch[node]` says
/// which graph a node belongs to (for pooling).
public struct GraphBatch {
    /// The disjoint union.
    public let graph: Graph
    /// Graph index of every node.
    public let batch: [Int]
    /// First node of each graph, plus the total at the end (`count + 1` entries).
    public let nodePointers: [Int]
    /// First edge of each graph, plus the total at the end.
    public let edgePointers: [Int]

    /// Number of graphs.
    public var count: Int { nodePointers.count - 1 }

    /// Joins `graphs` in order.
    public init(_ graphs: [Graph]) {
        var s: [Int] = [], t: [Int] = [], batch: [Int] = [], np = [0], ep = [0]
        for (g, graph) in graphs.enumerated() {
            let offset = np[np.count - 1]
            s.append(contentsOf: graph.sources.map { $0 + offset })
            t.append(contentsOf: graph.targets.map { $0 + offset })
            batch.append(contentsOf: repeatElement(g, count: graph.nodeCount))
            np.append(offset + graph.nodeCount)
            ep.append(ep[ep.count - 1] + graph.edgeCount)
        }
        self.graph = Graph(unchecked: s, t, np[np.count - 1])
        self.batch = batch
        self.nodePointers = np
        self.edgePointers = ep
    }

    /// Sums node rows per graph: [N, F] → [count, F] (PyG's `global_add_pool`).
    public func sumPool(_ x: Tensor) throws -> Tensor { try x.scatterAdd(batch, count: count, axis: 0) }

    /// Averages node rows per graph: [N, F] → [count, F] (PyG's `global_mean_pool`).
    public func meanPool(_ x: Tensor) throws -> Tensor { try x.scatterMean(batch, count: count, axis: 0) }
}
