import Synchronization

/// A graph on nodes 0..<nodeCount with directed edges `sources[e] → targets[e]`,
/// indexed both ways (CSR by source and by target).
///
/// Undirected graphs store both directions of every edge, as PyG does.
/// Message passing sends along edges: node i aggregates from its in-neighbours j
/// (PyG's `edge_index` with `flow="source_to_target"`).
///
/// ```swift
/// let g = try Graph(edgeIndex: [[0, 1, 1, 2], [1, 0, 2, 1]], nodeCount: 3)
/// g.inDegrees            // [1, 2, 1]
/// ```
public final class Graph: CustomStringConvertible {
    /// Number of nodes.
    public let nodeCount: Int
    /// Source node of each edge.
    public let sources: [Int]
    /// Target node of each edge.
    public let targets: [Int]
    /// Outgoing CSR: the edges leaving node v are `outEdges[outPointers[v]..<outPointers[v+1]]`.
    public let outPointers: [Int]
    /// Edge ids grouped by source (stable within a node).
    public let outEdges: [Int]
    /// Incoming CSR: the edges entering node v are `inEdges[inPointers[v]..<inPointers[v+1]]`.
    public let inPointers: [Int]
    /// Edge ids grouped by target (stable within a node).
    public let inEdges: [Int]

    /// Matrices derived on first use; locked so a graph can be shared between threads.
    private struct Caches {
        var adjacency: SparseMatrix?
        var adjacencyWithLoops: SparseMatrix?
        var normalized: SparseMatrix?
        var normalizedWithLoops: SparseMatrix?
    }
    private let caches = Mutex(Caches())

    /// Creates a graph from source and target lists.
    /// - Throws: ``TensorError`` for lists of different lengths or node ids outside 0..<nodeCount.
    public init(sources: [Int], targets: [Int], nodeCount: Int) throws {
        guard sources.count == targets.count else {
            throw TensorError.invalidArgument(op: "Graph", message: "\(sources.count) sources but \(targets.count) targets")
        }
        guard nodeCount >= 0 else { throw TensorError.invalidArgument(op: "Graph", message: "nodeCount must be >= 0") }
        for v in sources where v < 0 || v >= nodeCount {
            throw TensorError.indexOutOfRange(op: "Graph", index: v, validRange: "nodes 0..<\(nodeCount)")
        }
        for v in targets where v < 0 || v >= nodeCount {
            throw TensorError.indexOutOfRange(op: "Graph", index: v, validRange: "nodes 0..<\(nodeCount)")
        }
        self.nodeCount = nodeCount
        self.sources = sources
        self.targets = targets
        (outPointers, outEdges) = Graph.group(sources, nodeCount)
        (inPointers, inEdges) = Graph.group(targets, nodeCount)
    }

    /// Creates a graph from PyG's `edge_index` layout: two rows, sources then targets.
    /// The node count defaults to 1 + the largest id.
    /// - Throws: ``TensorError`` unless `edgeIndex` has exactly two rows of equal length.
    public convenience init(edgeIndex: [[Int]], nodeCount: Int? = nil) throws {
        guard edgeIndex.count == 2 else {
            throw TensorError.invalidArgument(op: "Graph(edgeIndex:)", message: "edgeIndex needs 2 rows [sources, targets], got \(edgeIndex.count)")
        }
        let n = nodeCount ?? ((edgeIndex[0] + edgeIndex[1]).max().map { $0 + 1 } ?? 0)
        try self.init(sources: edgeIndex[0], targets: edgeIndex[1], nodeCount: n)
    }

    /// Creates a graph from a [2, E] tensor of node ids.
    public convenience init(edgeIndex: Tensor, nodeCount: Int? = nil) throws {
        guard edgeIndex.rank == 2, edgeIndex.shape[0] == 2 else {
            throw TensorError.invalidArgument(op: "Graph(edgeIndex:)", message: "edgeIndex must be [2, E], got \(edgeIndex.shape)")
        }
        let ids = edgeIndex.ints
        let e = edgeIndex.shape[1]
        try self.init(edgeIndex: [Array(ids[0..<e]), Array(ids[e...])], nodeCount: nodeCount)
    }

    /// Counting sort of edge ids by a node key: (pointers, edge ids).
    static func group(_ keys: [Int], _ n: Int) -> ([Int], [Int]) {
        var ptr = [Int](repeating: 0, count: n + 1)
        for k in keys { ptr[k + 1] += 1 }
        for i in 0..<n { ptr[i + 1] += ptr[i] }
        var next = ptr
        var ids = [Int](repeating: 0, count: keys.count)
        for (e, k) in keys.enumerated() { ids[next[k]] = e; next[k] += 1 }
        return (ptr, ids)
    }

    // MARK: - Basic queries

    /// Number of (directed) edges.
    public var edgeCount: Int { sources.count }
    /// PyG's `edge_index`: [sources, targets].
    public var edgeIndex: [[Int]] { [sources, targets] }
    /// `edgeIndex` as a float [2, E] tensor.
    public var edgeIndexTensor: Tensor { Tensor(shape: [2, edgeCount], storage: .from((sources + targets).map(Double.init), .float32)) }
    /// Number of edges entering each node.
    public var inDegrees: [Int] { (0..<nodeCount).map { inPointers[$0 + 1] - inPointers[$0] } }
    /// Number of edges leaving each node.
    public var outDegrees: [Int] { (0..<nodeCount).map { outPointers[$0 + 1] - outPointers[$0] } }
    /// In-degrees as a float tensor [N].
    public func degree() -> Tensor { Tensor(inDegrees.map(Double.init)) }
    /// Nodes with an edge from `v`.
    public func outNeighbors(of v: Int) -> [Int] { outEdges[outPointers[v]..<outPointers[v + 1]].map { targets[$0] } }
    /// Nodes with an edge into `v`.
    public func inNeighbors(of v: Int) -> [Int] { inEdges[inPointers[v]..<inPointers[v + 1]].map { sources[$0] } }
    /// Whether there are self loops.
    public var hasSelfLoops: Bool { zip(sources, targets).contains { $0 == $1 } }

    /// Whether every edge u→v has a reverse edge v→u.
    public var isUndirected: Bool {
        var set = Set<Int64>()
        for (s, t) in zip(sources, targets) { set.insert(Int64(s) << 32 | Int64(t)) }
        return zip(sources, targets).allSatisfy { set.contains(Int64($1) << 32 | Int64($0)) }
    }

    /// "Graph(N nodes, E edges)".
    public var description: String { "Graph(\(nodeCount) nodes, \(edgeCount) edges)" }

    // MARK: - Derived graphs

    /// The graph with one self loop added to every node (existing self loops removed first).
    public func addingSelfLoops() -> Graph {
        let g = removingSelfLoops()
        let ids = Array(0..<nodeCount)
        return Graph(unchecked: g.sources + ids, g.targets + ids, nodeCount)
    }

    /// The graph without self loops.
    public func removingSelfLoops() -> Graph {
        let keep = (0..<edgeCount).filter { sources[$0] != targets[$0] }
        if keep.count == edgeCount { return self }
        return Graph(unchecked: keep.map { sources[$0] }, keep.map { targets[$0] }, nodeCount)
    }

    /// The undirected version: both directions of every edge, no duplicates, sorted by (source, target).
    public func symmetrized() -> Graph {
        var pairs = Set<Int64>()
        for (s, t) in zip(sources, targets) {
            pairs.insert(Int64(s) << 32 | Int64(t))
            pairs.insert(Int64(t) << 32 | Int64(s))
        }
        let sorted = pairs.sorted()
        return Graph(unchecked: sorted.map { Int($0 >> 32) }, sorted.map { Int($0 & 0xFFFF_FFFF) }, nodeCount)
    }

    /// Builds a graph from lists already known to be valid.
    init(unchecked sources: [Int], _ targets: [Int], _ nodeCount: Int) {
        self.nodeCount = nodeCount
        self.sources = sources
        self.targets = targets
        (outPointers, outEdges) = Graph.group(sources, nodeCount)
        (inPointers, inEdges) = Graph.group(targets, nodeCount)
    }

    // MARK: - Matrices

    /// The adjacency matrix with A[i, j] = number of edges j → i (rows are targets),
    /// so that `A.matmul(x)` sums each node's in-neighbours. Cached.
    public func adjacency() -> SparseMatrix {
        if let a = caches.withLock({ $0.adjacency }) { return a }
        let a = (try? SparseMatrix(rows: nodeCount, columns: nodeCount, rowIndices: targets, columnIndices: sources,
                                   values: [Double](repeating: 1, count: edgeCount)))!
        return caches.withLock { c in
            if let existing = c.adjacency { return existing }
            c.adjacency = a
            return a
        }
    }

    /// A + I: the adjacency plus one on the diagonal (existing self loops add up), so that
    /// `matmul(x)` gives x_i + Σ_{j → i} x_j in one product. Cached.
    public func adjacencyWithSelfLoops() -> SparseMatrix {
        if let a = caches.withLock({ $0.adjacencyWithLoops }) { return a }
        let ids = Array(0..<nodeCount)
        let a = (try? SparseMatrix(rows: nodeCount, columns: nodeCount, rowIndices: targets + ids, columnIndices: sources + ids,
                                   values: [Double](repeating: 1, count: edgeCount + nodeCount)))!
        return caches.withLock { c in
            if let existing = c.adjacencyWithLoops { return existing }
            c.adjacencyWithLoops = a
            return a
        }
    }

    /// The symmetric normalisation D^-1/2 A D^-1/2 (GCN's Â), optionally with
    /// self loops added first (Â = D̃^-1/2 (A + I) D̃^-1/2). D is the in-degree,
    /// as in PyG's `gcn_norm`; nodes of degree 0 count as degree 1. Cached.
    public func normalizedAdjacency(selfLoops: Bool = false) -> SparseMatrix {
        if let a = caches.withLock({ selfLoops ? $0.normalizedWithLoops : $0.normalized }) { return a }
        let g = selfLoops ? addingSelfLoops() : self
        let deg = g.inDegrees.map { 1 / Double(Swift.max($0, 1)).squareRoot() }
        let values = zip(g.sources, g.targets).map { deg[$1] * deg[$0] }
        let a = (try? SparseMatrix(rows: nodeCount, columns: nodeCount, rowIndices: g.targets, columnIndices: g.sources,
                                   values: values))!
        return caches.withLock { c in
            if let existing = selfLoops ? c.normalizedWithLoops : c.normalized { return existing }
            if selfLoops { c.normalizedWithLoops = a } else { c.normalized = a }
            return a
        }
    }
}
