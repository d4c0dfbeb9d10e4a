import Lib

/// One subgraph chosen by a ``SubgraphPolicy``, described relative to its graph G:
/// the edges of G it keeps, the node it marks, and its *pivots* (the nodes whose
/// input or incident edges differ from G's).
public struct PolicySubgraph: Sendable, Equatable {
    /// Ids of G's (directed) edges the subgraph keeps, increasing.
    public let keptEdges: [Int]
    /// The marked centre, for marking policies.
    public let markedNode: Int?
    /// Nodes whose input features differ from G's (the marked centre).
    public let inputPivots: [Int]
    /// Endpoints of the removed edges: nodes whose incident edges differ from G's.
    public let edgePivots: [Int]

    /// Pivot hop r(v) of every node of `graph`: min(d(v, inputPivots), d(v, edgePivots) + 1),
    /// distances in G ignoring direction; `Int.max` when no pivot is reachable.
    ///
    /// After t message-passing layers, a node with r(v) > t has the same embedding in the
    /// subgraph as in G. This gives the tight values per policy: node-marked r = d(v, c);
    /// node-deleted r = d(v, c) (1 at c itself, whose layer-0 row is unchanged anyway);
    /// edge-deleted (a, b) r = d(v, {a, b}) + 1.
    public func pivotHops(in graph: Graph) -> [Int] {
        var r = [Int](repeating: Int.max, count: graph.nodeCount)
        if !inputPivots.isEmpty {
            let d = SubgraphPolicy.undirectedDistances(graph, from: inputPivots)
            for v in 0..<graph.nodeCount where d[v] >= 0 { r[v] = min(r[v], d[v]) }
        }
        if !edgePivots.isEmpty {
            let d = SubgraphPolicy.undirectedDistances(graph, from: edgePivots)
            for v in 0..<graph.nodeCount where d[v] >= 0 { r[v] = min(r[v], d[v] + 1) }
        }
        return r
    }
}
