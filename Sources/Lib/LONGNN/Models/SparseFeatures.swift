import Lib

/// Node features kept as a sparse matrix, so that the first layer's product X·W costs
/// O(nnz · width) instead of O(N · F · width): bag-of-words features are 1–5% non-zero.
///
/// The product is differentiable in W (through the sparse-dense product's derivative rule,
/// whose gradient Xᵀ·G uses the cached transpose). Dropout on X drops stored entries.
final class SparseFeatures {
    /// The dense tensor this was built from (kept so its identity stays valid as a cache key).
    let source: Tensor
    /// X in CSR form.
    let matrix: SparseMatrix
    private let rows: [Int], cols: [Int], values: [Double]

    /// Builds the sparse form of a dense [N, F] tensor, or nil when more than `maxDensity` of it is non-zero.
    init?(_ x: Tensor, maxDensity: Double = 0.2) {
        guard x.rank == 2, x.count > 0 else { return nil }
        let f = x.shape[1], n = x.count
        var r: [Int] = [], c: [Int] = [], v: [Double] = []
        let limit = Int(maxDensity * Double(n))
        var tooDense = false
        x.scalars.withUnsafeBufferPointer { d in
            for i in 0..<n where d[i] != 0 {
                if v.count >= limit { tooDense = true; return }
                r.append(i / f); c.append(i % f); v.append(Double(d[i]))
            }
        }
        guard !tooDense,
              let m = try? SparseMatrix(rows: x.shape[0], columns: f, rowIndices: r, columnIndices: c, values: v) else { return nil }
        source = x; matrix = m; rows = r; cols = c; values = v
    }

    /// X with each stored entry zeroed with probability p and the rest scaled by 1/(1 − p)
    /// (four 16-bit draws per 64-bit random word); X itself when p = 0 or not training.
    func dropped(_ p: Double, rng: RNG, training: Bool) throws -> SparseMatrix {
        guard training, p > 0 else { return matrix }
        let threshold = UInt64((p * 65536).rounded()), keep = 1 / (1 - p)
        var kept = values
        var i = 0
        while i < kept.count {
            var word = rng.next()
            for _ in 0..<4 where i < kept.count {
                kept[i] = (word & 0xFFFF) < threshold ? 0 : kept[i] * keep
                word >>= 16
                i += 1
            }
        }
        return try SparseMatrix(rows: matrix.rows, columns: matrix.columns, rowIndices: rows, columnIndices: cols, values: kept)
    }

    /// X·W + b for a Linear layer's parameters.
    func linear(_ layer: Linear, _ x: SparseMatrix) throws -> Tensor {
        let y = try x.matmul(layer.weight)
        guard let bias = layer.bias else { return y }
        return try y + bias
    }
}
