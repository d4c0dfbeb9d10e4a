import COpenBLAS

/// Eigenvalues (ascending) and eigenvectors of a symmetric matrix.
public struct Eigendecomposition {
    /// Eigenvalues in ascending order.
    public let values: [Double]
    /// Eigenvectors as the columns of an [n, n] float64 tensor (column k belongs to `values[k]`).
    public let vectors: Tensor
}

extension Graph {
    /// Largest graph for which dense spectral routines are allowed.
    public static let maxDenseSpectralNodes = 5000

    /// The dense Laplacian in float64: L = D − A, or with `normalized`
    /// L = I − D^-1/2 A D^-1/2 (degree 0 treated as 1).
    /// - Throws: ``TensorError`` for graphs above ``maxDenseSpectralNodes`` nodes.
    public func laplacian(normalized: Bool = true) throws -> Tensor {
        let n = nodeCount
        guard n <= Graph.maxDenseSpectralNodes else {
            throw TensorError.invalidArgument(op: "laplacian", message: "\(n) nodes is too many for a dense Laplacian (limit \(Graph.maxDenseSpectralNodes))")
        }
        var l = [Double](repeating: 0, count: n * n)
        let g = removingSelfLoops()
        if normalized {
            let a = g.normalizedAdjacency()
            for r in 0..<n { for e in a.rowPointers[r]..<a.rowPointers[r + 1] { l[r * n + a.columnIndices[e]] -= a.values[e] } }
            for i in 0..<n { l[i * n + i] += 1 }
        } else {
            let deg = g.inDegrees
            for (s, t) in zip(g.sources, g.targets) { l[t * n + s] -= 1 }
            for i in 0..<n { l[i * n + i] += Double(deg[i]) }
        }
        return Tensor(shape: [n, n], storage: .f64(l))
    }

    /// Eigen-decomposition of the (normalised) Laplacian through LAPACK `dsyevd`.
    /// - Throws: ``TensorError`` for large graphs, directed graphs or a LAPACK failure.
    public func laplacianEigen(normalized: Bool = true) throws -> Eigendecomposition {
        guard isUndirected else {
            throw TensorError.invalidArgument(op: "laplacianEigen", message: "the graph is directed; call symmetrized() first")
        }
        return try Graph.symmetricEigen(laplacian(normalized: normalized))
    }

    /// Eigen-decomposition of a symmetric [n, n] matrix through LAPACK `dsyevd` (float64).
    /// - Throws: ``TensorError`` for a non-square input or a LAPACK failure.
    public static func symmetricEigen(_ matrix: Tensor) throws -> Eigendecomposition {
        guard matrix.rank == 2, matrix.shape[0] == matrix.shape[1] else {
            throw TensorError.invalidArgument(op: "symmetricEigen", message: "needs a square matrix, got \(matrix.shape)")
        }
        if matrix.shape[0] == 0 { return Eigendecomposition(values: [], vectors: Tensor.zeros([0, 0], dtype: .float64)) }
        var n = Int32(matrix.shape[0])
        var a = matrix.doubles  // symmetric, so row- and column-major agree
        var w = [Double](repeating: 0, count: Int(n))
        var jobz = Int8(UInt8(ascii: "V")), uplo = Int8(UInt8(ascii: "U"))
        var lda = Swift.max(n, 1), info: Int32 = 0
        var lwork: Int32 = -1, liwork: Int32 = -1
        var workSize = 0.0, iworkSize: Int32 = 0
        dsyevd_(&jobz, &uplo, &n, &a, &lda, &w, &workSize, &lwork, &iworkSize, &liwork, &info)
        lwork = Int32(workSize); liwork = iworkSize
        var work = [Double](repeating: 0, count: Int(Swift.max(lwork, 1)))
        var iwork = [Int32](repeating: 0, count: Int(Swift.max(liwork, 1)))
        dsyevd_(&jobz, &uplo, &n, &a, &lda, &w, &work, &lwork, &iwork, &liwork, &info)
        guard info == 0 else {
            throw TensorError.invalidArgument(op: "symmetricEigen", message: "LAPACK dsyevd failed with info = \(info)")
        }
        // LAPACK leaves eigenvector k in column k of a column-major array, i.e. row k in memory
        let vectors = try Tensor(shape: [Int(n), Int(n)], storage: .f64(a)).transposed()
        return Eigendecomposition(values: w, vectors: vectors.detached())
    }
}
