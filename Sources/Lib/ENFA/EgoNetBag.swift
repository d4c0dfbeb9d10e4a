import Lib

/// ENFA's compact form of one graph's bag: the original graph once, plus, per subgraph,
/// only its ego net B_i = {v : r_i(v) <= L} and the outer ring r_i(v) = L + 1
/// (whose rows are always copied from the original-graph pass).
///
/// Per subgraph it stores each kept node's original id and pivot hop, and the kept edges
/// whose target lies in B_i (local endpoints plus the original edge id, so edge features
/// are read from the shared original graph instead of being copied).
///
/// Storage (byte-exact over the arrays held): original x (Float32) + edge index (2 × Int64)
/// + edge features (Float32) once; per stored node an Int64 id and a UInt8 hop; per stored
/// edge three Int64 (source, target, original edge id); two Int64 pointer arrays of m + 1.
public struct EgoNetBag {
    /// The policy that made the bag.
    public let policy: SubgraphPolicy
    /// Message-passing layers L the ego nets are cut for.
    public let layers: Int
    /// Nodes of the original graph.
    public let nodeCount: Int
    /// Number of subgraphs m.
    public let subgraphCount: Int
    /// Original node features [n, F] (no mark channels: marks follow from the hops).
    public let x: Tensor
    /// Original edges (sources).
    public let graphSources: [Int]
    /// Original edges (targets).
    public let graphTargets: [Int]
    /// Original edge features [E, D], if any.
    public let edgeAttributes: Tensor?
    /// Subgraph i owns stored nodes `nodePointers[i]..<nodePointers[i+1]`.
    public let nodePointers: [Int]
    /// Original id of every stored node, ordered by hop within each subgraph.
    public let nodes: [Int]
    /// Pivot hop of every stored node (0...L+1).
    public let hops: [UInt8]
    /// Subgraph i owns stored edges `edgePointers[i]..<edgePointers[i+1]`.
    public let edgePointers: [Int]
    /// Local source (index into the subgraph's stored nodes) of every stored edge.
    public let edgeSources: [Int]
    /// Local target of every stored edge, ordered by the target's hop.
    public let edgeTargets: [Int]
    /// Original edge id of every stored edge.
    public let edgeIds: [Int]
    /// Graph label (classification).
    public let label: Int
    /// Graph target (regression).
    public let target: Double

    /// Builds the compact bag of `sample` under `policy` for an L-layer model.
    /// - Throws: ``ENFAError`` when `layers` is outside 1...250 or the policy is invalid.
    public init(_ sample: GraphSample, policy: SubgraphPolicy, layers: Int) throws {
        guard layers >= 1, layers <= 250 else {
            throw ENFAError.invalidArgument("layers must be in 1...250 (hops are stored as UInt8), got \(layers)")
        }
        let g = sample.graph
        let subs = try policy.subgraphs(of: g)
        var np = [0], ep = [0], nodes = [Int](), hops = [UInt8](), es = [Int](), et = [Int](), eid = [Int]()
        var local = [Int](repeating: -1, count: g.nodeCount)
        for s in subs {
            let r = s.pivotHops(in: g)
            let kept = (0..<g.nodeCount).filter { r[$0] <= layers + 1 }.sorted { (r[$0], $0) < (r[$1], $1) }
            for (k, v) in kept.enumerated() { local[v] = k; nodes.append(v); hops.append(UInt8(r[v])) }
            let edges = s.keptEdges.filter { r[g.targets[$0]] <= layers }
                .sorted { (r[g.targets[$0]], $0) < (r[g.targets[$1]], $1) }
            for k in edges {
                es.append(local[g.sources[k]]); et.append(local[g.targets[k]]); eid.append(k)
            }
            for v in kept { local[v] = -1 }
            np.append(nodes.count); ep.append(es.count)
        }
        self.policy = policy
        self.layers = layers
        nodeCount = g.nodeCount
        subgraphCount = subs.count
        x = sample.x.shape.count == 2 ? sample.x : try sample.x.reshaped([g.nodeCount, 1])
        graphSources = g.sources
        graphTargets = g.targets
        edgeAttributes = sample.edgeAttributes
        nodePointers = np
        self.nodes = nodes
        self.hops = hops
        edgePointers = ep
        edgeSources = es
        edgeTargets = et
        edgeIds = eid
        label = sample.label
        target = sample.target
    }

    /// Bytes of the compact form (see the type's description for the layout).
    public var storageBytes: Int {
        x.count * 4 + (graphSources.count + graphTargets.count) * 8 + (edgeAttributes?.count ?? 0) * 4
            + nodes.count * 8 + hops.count + (edgeSources.count + edgeTargets.count + edgeIds.count) * 8
            + (nodePointers.count + edgePointers.count) * 8
    }

    /// Stored nodes plus stored edges over all subgraphs, Σ_i (|B_i| + ring + |E(B_i)|): the paper's
    /// storage count for ENFA (the original graph, stored once, is not included).
    public var elementCount: Int { nodes.count + edgeIds.count }
}
