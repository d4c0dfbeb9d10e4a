import Testing
@testable import Lib

/// Kernels that split work over threads give the same bytes on one thread and on two.
@Suite struct ThreadCountTests {
    /// Runs `body` with OpenBLAS and the split kernels limited to `threads`.
    func with<R>(threads: Int, _ body: () throws -> R) rethrows -> R {
        let saved = BLAS.threadCount
        BLAS.setThreadCount(threads)
        defer { BLAS.setThreadCount(saved) }
        return try body()
    }

    @Test func splitKernelsMatchSerial() throws {
        let x = Tensor.randn([3000, 64], seed: 1), w = Tensor.randn([64, 64], seed: 2), b = Tensor.randn([64], seed: 3)
        let graph = try Graph(edgeIndex: [Array(0..<2999) + Array(1..<3000), Array(1..<3000) + Array(0..<2999)], nodeCount: 3000)
        func run() throws -> [[Float]] {
            let p = Parameter(w)
            let y = try x.linear(p, bias: b).relu()
            let z = try graph.adjacencyWithSelfLoops().matmul(y)
            let (n, _) = try z.batchNormalized(weight: Tensor.ones([64]), bias: b)
            try n.square().mean().backward()
            return [y.scalars, z.scalars, n.scalars, p.grad?.scalars ?? [], try x.matmul(w.transposed()).scalars, try x.transposed().matmul(x).scalars]
        }
        let serial = try with(threads: 1, run), parallel = try with(threads: 2, run)
        for (k, (s, p)) in zip(serial, parallel).enumerated() {
            #expect(s == p, "result \(k) differs between one and two threads")
        }
    }
}
