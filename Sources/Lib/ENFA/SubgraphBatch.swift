import Lib

/// Conventional bags of several graphs joined into one block-diagonal input:
/// every subgraph of every graph with all its n rows.
public struct SubgraphBatch {
    /// Node inputs of all subgraph rows, [R, F + mark channels].
    public let x: Tensor
    /// The joined subgraphs (all rows are targets).
    public let structure: MessageStructure
    /// Copied edge features of all kept edges [edges, D], if any.
    public let edgeAttributes: Tensor?
    /// Subgraph (0..<subgraphCount, over the batch) of every row.
    public let subgraphOfRow: [Int]
    /// Node of the original batch (``OriginalGraphBatch``) every row copies.
    public let originalOfRow: [Int]
    /// Graph (0..<graphCount) of every subgraph.
    public let graphOfSubgraph: [Int]
    /// Number of nodes of each subgraph's graph.
    public let nodesPerSubgraph: [Int]
    /// The original graphs (for DSS).
    public let original: OriginalGraphBatch
    /// Class labels of the graphs.
    public let labels: [Int]
    /// Regression targets of the graphs, [graphCount].
    public let targets: Tensor

    /// Number of subgraphs in the batch.
    public var subgraphCount: Int { graphOfSubgraph.count }

    /// Joins `bags` in order.
    /// - Throws: ``ENFAError`` for an empty list, or bags of different policies or feature widths.
    public init(_ bags: [SubgraphBag]) throws {
        guard let first = bags.first else { throw ENFAError.invalidArgument("a batch needs at least one bag") }
        for b in bags where b.policy != first.policy || b.x.shape[1] != first.x.shape[1] {
            throw ENFAError.mismatch("bags of one batch need the same policy and feature width (\(first.policy), \(first.x.shape[1]) vs \(b.policy), \(b.x.shape[1]))")
        }
        var s = [Int](), t = [Int](), rowSub = [Int](), rowOrig = [Int](), subGraph = [Int](), subNodes = [Int]()
        var rowOffset = 0, subOffset = 0, origOffset = 0
        var parts: [(x: Tensor, sources: [Int], targets: [Int], edgeAttributes: Tensor?, subgraphs: Int)] = []
        for (g, b) in bags.enumerated() {
            s.append(contentsOf: b.sources.map { $0 + rowOffset })
            t.append(contentsOf: b.targets.map { $0 + rowOffset })
            rowSub.append(contentsOf: b.subgraphOfRow.map { $0 + subOffset })
            for _ in 0..<b.subgraphCount {
                for v in 0..<b.nodeCount { rowOrig.append(origOffset + v) }
                subGraph.append(g)
                subNodes.append(b.nodeCount)
            }
            // The original graph is subgraph-independent: rebuild it from the first subgraph's features.
            let f = b.x.shape[1] - b.policy.markChannels
            let xOrig = try b.x.slice(axis: 0, 0..<b.nodeCount).slice(axis: 1, 0..<f)
            parts.append((xOrig, b.originalSources, b.originalTargets, b.originalEdgeAttributes, b.subgraphCount))
            rowOffset += b.x.shape[0]
            subOffset += b.subgraphCount
            origOffset += b.nodeCount
        }
        x = try Tensor.concat(bags.map(\.x), axis: 0)
        edgeAttributes = first.edgeAttributes == nil ? nil : try Tensor.concat(bags.map { $0.edgeAttributes! }, axis: 0)
        structure = try MessageStructure(sources: s, targets: t, rowCount: rowOffset, targetCount: rowOffset, edgeRows: nil,
                                         sparse: first.edgeAttributes == nil)
        subgraphOfRow = rowSub
        originalOfRow = rowOrig
        graphOfSubgraph = subGraph
        nodesPerSubgraph = subNodes
        original = try OriginalGraphBatch(parts: parts, policy: first.policy)
        labels = bags.map(\.label)
        targets = Tensor(bags.map(\.target))
    }
}
