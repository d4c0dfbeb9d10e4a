import Testing
import Foundation
@testable import Lib

@Suite struct GraphTests {
    /// Path 0 - 1 - 2 plus an edge 2 → 3 in one direction only.
    let g = try! Graph(edgeIndex: [[0, 1, 1, 2, 2], [1, 0, 2, 1, 3]])

    @Test func constructionDegreesAndNeighbours() throws {
        #expect(g.nodeCount == 4 && g.edgeCount == 5)
        #expect(g.inDegrees == [1, 2, 1, 1])
        #expect(g.outDegrees == [1, 2, 2, 0])
        #expect(g.outNeighbors(of: 1) == [0, 2])
        #expect(g.inNeighbors(of: 1) == [0, 2])
        #expect(!g.isUndirected && g.symmetrized().isUndirected)
        #expect(g.symmetrized().edgeCount == 6)
        #expect(g.addingSelfLoops().edgeCount == 9 && g.addingSelfLoops().hasSelfLoops)
        #expect(g.addingSelfLoops().removingSelfLoops().edgeCount == 5)
        #expect(throws: TensorError.self) { try Graph(edgeIndex: [[0, 5], [1, 0]], nodeCount: 3) }
        #expect(throws: TensorError.self) { try Graph(edgeIndex: [[0, 1]]) }
        let t = try Graph(edgeIndex: Tensor([0, 1, 1, 0] as [Float], shape: [2, 2]))
        #expect(t.edgeIndex == [[0, 1], [1, 0]])
    }

    @Test func symmetricNormalisation() throws {
        let path = try Graph(edgeIndex: [[0, 1, 1, 2], [1, 0, 2, 1]])
        let a = path.normalizedAdjacency().dense(dtype: .float64).doubles
        let h = 1 / 2.0.squareRoot()
        #expect(close(a, [0, h, 0, h, 0, h, 0, h, 0], 1e-12))
        let withLoops = path.normalizedAdjacency(selfLoops: true).dense(dtype: .float64).doubles
        // degrees with loops: 2, 3, 2
        let r: Double = 1 / 6.0.squareRoot()
        let expected: [Double] = [0.5, r, 0, r, 1.0 / 3, r, 0, r, 0.5]
        #expect(close(withLoops, expected, 1e-12))
        let x = try Tensor([1, 2, 3] as [Float], shape: [3, 1])
        #expect(try path.adjacency().matmul(x).scalars == [2, 4, 2])
    }

    @Test func bfsEgoNetsAndSubgraphs() throws {
        let grid = Graph.grid(rows: 3, columns: 4)
        #expect(grid.nodeCount == 12 && grid.edgeCount == 2 * (3 * 3 + 2 * 4))
        #expect(try grid.distances(from: [0]) == [0, 1, 2, 3, 1, 2, 3, 4, 2, 3, 4, 5])
        #expect(try grid.distances(from: [0, 11]).max() == 2)
        #expect(try g.distances(from: [3]) == [-1, -1, -1, 0])
        let ego = try grid.egoNet(center: 5, hops: 1)
        #expect(ego.nodeIds == [1, 4, 5, 6, 9])
        #expect(ego.graph.edgeCount == 8)
        #expect(ego.localIndex(of: 5) == 2)
        let sub = try g.subgraph(nodes: [2, 1])
        #expect(sub.graph.edgeIndex == [[0, 1], [1, 0]])
        #expect(sub.edgeIds.map { g.sources[$0] } == [2, 1])
        #expect(throws: TensorError.self) { try g.subgraph(nodes: [1, 1]) }
        #expect(throws: TensorError.self) { try g.distances(from: [9]) }
        #expect(Graph.grid(rows: 100, columns: 100).edgeCount == 39_600)
    }

    @Test func batchingIsBlockDiagonal() throws {
        let a = try Graph(edgeIndex: [[0, 1], [1, 0]], nodeCount: 2)
        let b = try Graph(edgeIndex: [[0, 2], [2, 1]], nodeCount: 3)
        let batch = GraphBatch([a, b, a])
        #expect(batch.count == 3 && batch.graph.nodeCount == 7)
        #expect(batch.graph.edgeIndex == [[0, 1, 2, 4, 5, 6], [1, 0, 4, 3, 6, 5]])
        #expect(batch.batch == [0, 0, 1, 1, 1, 2, 2])
        #expect(batch.nodePointers == [0, 2, 5, 7] && batch.edgePointers == [0, 2, 4, 6])
        let x = Tensor.ones([7, 2])
        #expect(try batch.sumPool(x).scalars == [2, 2, 3, 3, 2, 2])
        #expect(try batch.meanPool(x).scalars == [1, 1, 1, 1, 1, 1])
    }

    @Test func laplacianEigenvaluesOfACycle() throws {
        let n = 6
        let cycle = try Graph(edgeIndex: [(0..<n).map { $0 } + (0..<n).map { ($0 + 1) % n },
                                          (0..<n).map { ($0 + 1) % n } + (0..<n).map { $0 }])
        let eig = try cycle.laplacianEigen(normalized: true)
        let expected = (0..<n).map { 1 - Foundation.cos(2 * Double.pi * Double($0) / Double(n)) }.sorted()
        #expect(close(eig.values, expected, 1e-10))
        // L v = λ v for every eigenpair
        let l = try cycle.laplacian(normalized: true)
        let lv = try l.matmul(eig.vectors)
        let vl = try eig.vectors * Tensor(eig.values, dtype: .float64)
        #expect(close(lv.doubles, vl.doubles, 1e-10))
        let combinatorial = try cycle.laplacianEigen(normalized: false)
        #expect(close(combinatorial.values, expected.map { 2 * $0 }, 1e-10))
        #expect(throws: TensorError.self) { try g.laplacianEigen() }
    }

    @Test func gcnAndGinLayersMatchDenseFormulas() throws {
        let path = try Graph(edgeIndex: [[0, 1, 1, 2], [1, 0, 2, 1]])
        let x = Tensor.randn([3, 4], seed: 1)
        let gcn = GCNConv(4, 2, seed: 3)
        let dense = path.normalizedAdjacency(selfLoops: true).dense()
        let expected = try dense.matmul(x).matmul(gcn.linear.weight) + gcn.linear.bias!
        #expect(close(try gcn(x, graph: path).scalars, expected.doubles, 1e-5))

        let mlp = try MLP([4, 5, 2], seed: 2)
        let gin = GINConv(mlp, epsilon: 0.5)
        let agg = try x * 1.5 + path.adjacency().dense().matmul(x)
        #expect(close(try gin(x, graph: path).scalars, try mlp(agg).doubles, 1e-5))
        #expect(throws: TensorError.self) { try gin(x) }
        let plain = GINConv(mlp)  // ε = 0: one product with A + I
        #expect(close(try plain(x, graph: path).scalars, try mlp(x + path.adjacency().dense().matmul(x)).doubles, 1e-5))
        #expect(path.adjacencyWithSelfLoops().dense().scalars == [1, 1, 0, 1, 1, 1, 0, 1, 1])

        try gin(x, graph: path).sum().backward()
        #expect(mlp.layers[0].weight.grad?.shape == [4, 5])
    }

    @Test func messagePassingSumsAndAveragesNeighbours() throws {
        final class SumConv: MessagePassing {
            var isTraining = true
            func parameters() -> [Parameter] { [] }
            func callAsFunction(_ x: Tensor) throws -> Tensor { x }
        }
        let x = try Tensor([1, 10, 100, 1000] as [Float], shape: [4, 1])
        #expect(try SumConv().propagate(x, graph: g).scalars == [10, 101, 10, 100])
        #expect(try SumConv().propagate(x, graph: g, aggregation: .mean).scalars == [10, 50.5, 10, 100])
        #expect(throws: TensorError.self) { try SumConv().propagate(Tensor.ones([2, 1]), graph: g) }
    }
}
