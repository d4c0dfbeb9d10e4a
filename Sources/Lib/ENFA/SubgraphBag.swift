import Lib

/// The conventional prepared bag of one graph: m subgraphs, each keeping all n nodes,
/// stored as explicit arrays (what an ESAN-style data loader materialises).
///
/// Storage is counted byte-exactly from the arrays held: node features (Float32, with the
/// mark channels), edge index (two Int64 per kept edge), copied edge features (Float32) and
/// the subgraph id of every row (Int64), plus the original graph's edge index and edge
/// features once (DSS-GNN's cross-subgraph GNN runs on them, as in ESAN's data objects).
public struct SubgraphBag {
    /// The policy that made the bag.
    public let policy: SubgraphPolicy
    /// Nodes of the graph (each subgraph has all of them).
    public let nodeCount: Int
    /// Number of subgraphs m.
    public let subgraphCount: Int
    /// Node features of every subgraph row, [m·n, F + mark channels]; row i·n + v is node v of subgraph i.
    public let x: Tensor
    /// Source row (0..<m·n) of every kept edge of every subgraph.
    public let sources: [Int]
    /// Target row of every kept edge.
    public let targets: [Int]
    /// Edge features copied per kept edge, [edges, D], when the dataset has them.
    public let edgeAttributes: Tensor?
    /// Subgraph id (0..<m) of every row.
    public let subgraphOfRow: [Int]
    /// The original graph's edge sources.
    public let originalSources: [Int]
    /// The original graph's edge targets.
    public let originalTargets: [Int]
    /// The original graph's edge features, if any.
    public let originalEdgeAttributes: Tensor?
    /// Graph label (classification).
    public let label: Int
    /// Graph target (regression).
    public let target: Double

    /// Builds the bag of `sample` under `policy`.
    /// - Throws: ``ENFAError`` for an invalid policy parameter.
    public init(_ sample: GraphSample, policy: SubgraphPolicy) throws {
        let g = sample.graph, n = g.nodeCount
        let subs = try policy.subgraphs(of: g)
        let f = sample.x.shape.count == 2 ? sample.x.shape[1] : 1
        let width = f + policy.markChannels
        let xs = sample.x.scalars
        var feats = [Float](), src = [Int](), dst = [Int](), eids = [Int](), rowSub = [Int]()
        feats.reserveCapacity(subs.count * n * width)
        for (i, s) in subs.enumerated() {
            for v in 0..<n {
                feats.append(contentsOf: xs[(v * f)..<((v + 1) * f)])
                if policy.marksCentre { feats.append(contentsOf: s.markedNode == v ? [1, 0] : [0, 1]) }
                rowSub.append(i)
            }
            for k in s.keptEdges {
                src.append(i * n + g.sources[k]); dst.append(i * n + g.targets[k]); eids.append(k)
            }
        }
        self.policy = policy
        nodeCount = n
        subgraphCount = subs.count
        x = (try Tensor(feats, shape: [subs.count * n, width]))
        sources = src
        targets = dst
        edgeAttributes = try sample.edgeAttributes.map { try $0.indexSelect(eids) }
        subgraphOfRow = rowSub
        originalSources = g.sources
        originalTargets = g.targets
        originalEdgeAttributes = sample.edgeAttributes
        label = sample.label
        target = sample.target
    }

    /// Bytes of the prepared arrays: x (4 per value), edge index (2 × 8 per edge),
    /// edge features (4 per value), the row → subgraph ids (8 per row), and the original
    /// graph's edge index and edge features.
    public var storageBytes: Int {
        x.count * 4 + (sources.count + targets.count) * 8 + (edgeAttributes?.count ?? 0) * 4 + subgraphOfRow.count * 8
            + (originalSources.count + originalTargets.count) * 8 + (originalEdgeAttributes?.count ?? 0) * 4
    }

    /// ``storageBytes`` of the bag `SubgraphBag(sample, policy:)` would build, counted without
    /// materialising it (for datasets whose conventional bags would not fit in memory).
    /// - Throws: ``ENFAError`` for an invalid policy parameter.
    public static func storageBytes(of sample: GraphSample, policy: SubgraphPolicy) throws -> Int {
        let g = sample.graph, n = g.nodeCount
        let subs = try policy.subgraphs(of: g)
        let width = (sample.x.shape.count == 2 ? sample.x.shape[1] : 1) + policy.markChannels
        let kept = subs.reduce(0) { $0 + $1.keptEdges.count }
        let d = sample.edgeAttributes.map { $0.shape.count == 2 ? $0.shape[1] : 1 } ?? 0
        return subs.count * n * width * 4 + kept * 16 + kept * d * 4 + subs.count * n * 8 + g.edgeCount * 16 + g.edgeCount * d * 4
    }

    /// Nodes plus kept edges over all subgraphs, m·n + Σ_i |E_i|: the paper's storage count
    /// m·(n + |E|) (before the bytes per node and edge).
    public static func elementCount(of sample: GraphSample, policy: SubgraphPolicy) throws -> Int {
        let subs = try policy.subgraphs(of: sample.graph)
        return subs.count * sample.graph.nodeCount + subs.reduce(0) { $0 + $1.keptEdges.count }
    }
}
