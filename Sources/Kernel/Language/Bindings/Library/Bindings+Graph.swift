import Lib

// MARK: - Graphs: structure, neighbourhoods, traversal, spectra, sparse matrices

extension Bindings {
    func registerGraph() {
        type(Graph.self, name: "Graph", doc: "A directed graph in CSR form (both directions indexed); undirected graphs store each edge both ways.")
        type(Subgraph.self, name: "Subgraph", doc: "A subgraph with the ids of its nodes and edges in the original graph.")
        type(SparseMatrix.self, name: "SparseMatrix", doc: "A CSR sparse matrix of Double (adjacency matrices).")
        type(Eigendecomposition.self, name: "Eigendecomposition", doc: "Eigenvalues (ascending) and eigenvectors (columns) of a symmetric matrix.")
        initializer("init(edgeIndex: [[Int]], nodeCount: Int? = nil)", on: "Graph",
                    doc: "A graph from [sources, targets] (a [[Int]] of two rows or a [2, E] tensor); nodeCount defaults to the largest id + 1.") { a in
            let n: Int? = try LibraryValues.optional(a[1]).map { v in
                guard case .int(let i) = v else { throw RuntimeError.type("nodeCount: expected Int, got \(typeName(v))") }
                return i
            }
            if let t = a[0].native(as: Tensor.self) { return a.wrap(try Graph(edgeIndex: t, nodeCount: n)) }
            guard case .array(let rows) = a[0] else { throw RuntimeError.type("edgeIndex: expected [[Int]] or a Tensor, got \(typeName(a[0]))") }
            return a.wrap(try Graph(edgeIndex: try rows.map { try LibraryValues.ints($0, what: "edgeIndex") }, nodeCount: n))
        }
        initializer("init(sources: [Int], targets: [Int], nodeCount: Int)", on: "Graph", doc: "A graph from edge endpoint lists.") { a in
            a.wrap(try Graph(sources: try LibraryValues.ints(a[0]), targets: try LibraryValues.ints(a[1]), nodeCount: try a.int(2)))
        }
        staticMethod("grid(rows: Int, columns: Int) -> Graph", on: "Graph", doc: "The undirected rows×columns grid graph.") { a in
            let r = try a.int(0), c = try a.int(1)
            guard r >= 0, c >= 0 else { throw RuntimeError.value("Graph.grid: rows and columns must be non-negative, got \(r)×\(c)") }
            return a.wrap(Graph.grid(rows: r, columns: c))
        }
        property("nodeCount: Int", on: Graph.self, doc: "Number of nodes.") { g in .int(g.nodeCount) }
        property("edgeCount: Int", on: Graph.self, doc: "Number of directed edges.") { g in .int(g.edgeCount) }
        property("edgeIndex: [[Int]]", on: Graph.self, doc: "[sources, targets], PyTorch Geometric's edge_index.") { g in
            .array([LibraryValues.array(g.sources), LibraryValues.array(g.targets)])
        }
        property("edgeIndexTensor: Tensor", on: Graph.self, doc: "edgeIndex as a [2, E] tensor.") { [unowned self] g in self.wrap(g.edgeIndexTensor) }
        property("inDegrees: [Int]", on: Graph.self, doc: "Incoming edges per node.") { g in LibraryValues.array(g.inDegrees) }
        property("outDegrees: [Int]", on: Graph.self, doc: "Outgoing edges per node.") { g in LibraryValues.array(g.outDegrees) }
        property("isUndirected: Bool", on: Graph.self, doc: "True when every edge has its reverse.") { g in .bool(g.isUndirected) }
        property("hasSelfLoops: Bool", on: Graph.self, doc: "True when some edge joins a node to itself.") { g in .bool(g.hasSelfLoops) }
        property("description: String", on: Graph.self, doc: "\"Graph(n nodes, m edges)\".") { g in .string(g.description) }
        method("degree() -> Tensor", on: Graph.self, doc: "In-degrees as a float tensor.") { g, a in a.wrap(g.degree()) }
        method("outNeighbors(of v: Int) -> [Int]", on: Graph.self, doc: "Targets of v's outgoing edges.") { g, a in
            LibraryValues.array(g.outNeighbors(of: try Bindings.node(try a.int(0), in: g)))
        }
        method("inNeighbors(of v: Int) -> [Int]", on: Graph.self, doc: "Sources of v's incoming edges.") { g, a in
            LibraryValues.array(g.inNeighbors(of: try Bindings.node(try a.int(0), in: g)))
        }
        method("addingSelfLoops() -> Graph", on: Graph.self, doc: "The graph with a self-loop on every node that lacks one.") { g, a in a.wrap(g.addingSelfLoops()) }
        method("removingSelfLoops() -> Graph", on: Graph.self, doc: "The graph without self-loops.") { g, a in a.wrap(g.removingSelfLoops()) }
        method("symmetrized() -> Graph", on: Graph.self, doc: "The graph with every edge's reverse added (no duplicates).") { g, a in a.wrap(g.symmetrized()) }
        method("distances(from starts: [Int]) -> [Int]", on: Graph.self, doc: "Hop distances from the nearest start (BFS); -1 when unreachable.") { g, a in
            LibraryValues.array(try g.distances(from: try LibraryValues.ints(a[0])))
        }
        method("egoNet(center: Int, hops: Int) -> Subgraph", on: Graph.self, doc: "The nodes within `hops` edges of `center` and the edges among them.") { g, a in
            a.wrap(try g.egoNet(center: try a.int(0), hops: try a.int(1)))
        }
        method("subgraph(nodes: [Int]) -> Subgraph", on: Graph.self, doc: "The subgraph induced by `nodes`, in the given order.") { g, a in
            a.wrap(try g.subgraph(nodes: try LibraryValues.ints(a[0])))
        }
        method("adjacency() -> SparseMatrix", on: Graph.self, doc: "The sparse adjacency matrix (A[i][j] = edges i → j).") { g, a in a.wrap(g.adjacency()) }
        method("normalizedAdjacency(selfLoops: Bool = false) -> SparseMatrix", on: Graph.self,
               doc: "D^-1/2 A D^-1/2 (with self-loops added first when asked), GCN's propagation matrix.") { g, a in
            a.wrap(g.normalizedAdjacency(selfLoops: try a.bool(0)))
        }
        method("laplacian(normalized: Bool = true) -> Tensor", on: Graph.self, doc: "The dense Laplacian (float64); normalised: I − D^-1/2 A D^-1/2.") { g, a in
            a.wrap(try g.laplacian(normalized: try a.bool(0)))
        }
        method("laplacianEigen(normalized: Bool = true) -> Eigendecomposition", on: Graph.self,
               doc: "Eigenvalues and eigenvectors of the Laplacian (undirected graphs up to 5000 nodes).") { g, a in
            a.wrap(try g.laplacianEigen(normalized: try a.bool(0)))
        }
        property("graph: Graph", on: Subgraph.self, doc: "The subgraph, nodes renumbered from 0.") { [unowned self] s in self.wrap(s.graph) }
        property("nodeIds: [Int]", on: Subgraph.self, doc: "Original id of each subgraph node.") { s in LibraryValues.array(s.nodeIds) }
        property("edgeIds: [Int]", on: Subgraph.self, doc: "Original id of each subgraph edge.") { s in LibraryValues.array(s.edgeIds) }
        property("values: [Double]", on: Eigendecomposition.self, doc: "Eigenvalues in ascending order.") { e in LibraryValues.array(e.values) }
        property("vectors: Tensor", on: Eigendecomposition.self, doc: "Eigenvectors as columns of an [n, n] tensor.") { [unowned self] e in self.wrap(e.vectors) }
        property("rows: Int", on: SparseMatrix.self, doc: "Number of rows.") { m in .int(m.rows) }
        property("columns: Int", on: SparseMatrix.self, doc: "Number of columns.") { m in .int(m.columns) }
        property("nonZeroCount: Int", on: SparseMatrix.self, doc: "Stored entries.") { m in .int(m.nonZeroCount) }
        property("transposed: SparseMatrix", on: SparseMatrix.self, doc: "The transpose.") { [unowned self] m in self.wrap(m.transposed) }
        method("dense() -> Tensor", on: SparseMatrix.self, doc: "The matrix as a dense tensor.") { m, a in a.wrap(m.dense()) }
        method("matmul(_ x: Tensor) -> Tensor", on: SparseMatrix.self, doc: "Sparse × dense product (differentiable in x).") { m, a in
            a.wrap(try m.matmul(try LibraryValues.tensor(a[0])))
        }
    }

    /// A node id checked against the graph.
    static func node(_ v: Int, in g: Graph) throws -> Int {
        guard v >= 0, v < g.nodeCount else { throw RuntimeError.index("node \(v) is out of range; the graph has nodes 0..<\(g.nodeCount)") }
        return v
    }
}
