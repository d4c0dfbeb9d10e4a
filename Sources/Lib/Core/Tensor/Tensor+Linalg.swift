import Dispatch

// MARK: - Matrix products (OpenBLAS)

infix operator •: MultiplicationPrecedence

extension Tensor {
    /// Matrix product through OpenBLAS gemm.
    ///
    /// Shapes: [m, k] · [k, n] → [m, n]; batched [B…, m, k] · [B…, k, n] → [B…, m, n]
    /// (equal batch dimensions, or one side a plain matrix); a 1-D left operand
    /// is a row vector and a 1-D right operand a column vector (that dimension
    /// is dropped from the result).
    /// - Throws: ``TensorError`` naming both shapes when the inner sizes or batch dimensions disagree.
    public func matmul(_ other: Tensor) throws -> Tensor {
        guard dtype == other.dtype else { throw TensorError.dtypeMismatch(op: "matmul", lhs: dtype, rhs: other.dtype) }
        guard rank >= 1, other.rank >= 1 else {
            throw TensorError.shapeMismatch(op: "matmul", lhs: shape, rhs: other.shape,
                                            expected: "both operands need rank >= 1")
        }
        let a = rank == 1 ? try reshaped([1, count]) : self
        let b = other.rank == 1 ? try other.reshaped([other.count, 1]) : other
        let k = a.shape[a.rank - 1]
        guard b.shape[b.rank - 2] == k else {
            throw TensorError.shapeMismatch(
                op: "matmul", lhs: shape, rhs: other.shape,
                expected: "the left operand's last dimension (\(k)) must equal the right operand's "
                    + "second-to-last (\(b.shape[b.rank - 2]))")
        }
        let batchA = Array(a.shape.dropLast(2)), batchB = Array(b.shape.dropLast(2))
        guard batchA == batchB || batchA.isEmpty || batchB.isEmpty else {
            throw TensorError.shapeMismatch(
                op: "matmul", lhs: shape, rhs: other.shape,
                expected: "batch dimensions \(batchA) and \(batchB) must be equal, or one operand a matrix")
        }
        var out = Tensor.product(a, false, b, false)
        out = Tensor.result(shape: out.shape, storage: out.storage, op: .matmul, inputs: [a, b])
        if rank == 1 { out = try out.squeezed(axis: -2) }
        if other.rank == 1 { out = try out.squeezed(axis: -1) }
        return out
    }

    /// Matrix product, `a • b` (same as `a.matmul(b)`).
    public static func • (lhs: Tensor, rhs: Tensor) throws -> Tensor { try lhs.matmul(rhs) }

    /// Unrecorded (batched) product of the last two dimensions, optionally transposed.
    /// Callers guarantee matching dtypes and sizes.
    static func product(_ a: Tensor, _ transA: Bool, _ b: Tensor, _ transB: Bool) -> Tensor {
        let aRows = a.shape[a.rank - 2], aCols = a.shape[a.rank - 1]
        let bRows = b.shape[b.rank - 2], bCols = b.shape[b.rank - 1]
        let batchShape = a.rank > 2 ? Array(a.shape.dropLast(2)) : Array(b.shape.dropLast(2))
        let aBatch = a.shape.dropLast(2).reduce(1, *), bBatch = b.shape.dropLast(2).reduce(1, *)
        let m = transA ? aCols : aRows, n = transB ? bRows : bCols
        let s: TensorStorage
        switch (a.storage, b.storage) {
        case let (.f32(x), .f32(y)):
            s = .f32(gemmKernel(x, aBatch, aRows, aCols, transA, y, bBatch, bRows, bCols, transB))
        case let (.f64(x), .f64(y)):
            s = .f64(gemmKernel(x, aBatch, aRows, aCols, transA, y, bBatch, bRows, bCols, transB))
        default:
            s = .zeros(0, a.dtype)
        }
        return Tensor(shape: batchShape + [m, n], storage: s)
    }
}

// MARK: - Kernel

func gemmKernel<T: TensorScalar>(_ a: [T], _ aBatch: Int, _ aRows: Int, _ aCols: Int, _ transA: Bool,
                                 _ b: [T], _ bBatch: Int, _ bRows: Int, _ bCols: Int, _ transB: Bool) -> [T] {
    let m = transA ? aCols : aRows, k = transA ? aRows : aCols, n = transB ? bRows : bCols
    let batch = Swift.max(aBatch, bBatch)
    let total = batch * m * n
    return a.withUnsafeBufferPointer { pa in
        b.withUnsafeBufferPointer { pb in
            [T](unsafeUninitializedCapacity: total) { pc, count in
                count = total
                guard total > 0 else { return }
                guard k > 0, let baseA = pa.baseAddress, let baseB = pb.baseAddress, let baseC = pc.baseAddress else {
                    for i in 0..<total { pc[i] = 0 }
                    return
                }
                if bBatch == 1 && !transA {  // fold the batch into the rows: one call
                    splitGemm(transA: false, transB: transB, m: aBatch * m, n: n, k: k, a: baseA, lda: aCols,
                              b: baseB, ldb: bCols, c: baseC)
                    return
                }
                if batch == 1 {
                    splitGemm(transA: transA, transB: transB, m: m, n: n, k: k, a: baseA, lda: aCols,
                              b: baseB, ldb: bCols, c: baseC)
                    return
                }
                BLAS.prepare(threaded: BLAS.usesOwnThreads(m: m, n: n, k: k))
                for i in 0..<batch {
                    let offA = aBatch == 1 ? 0 : i * aRows * aCols
                    let offB = bBatch == 1 ? 0 : i * bRows * bCols
                    T.gemm(transA: transA, transB: transB, m: m, n: n, k: k, alpha: 1, a: baseA + offA, lda: aCols,
                           b: baseB + offB, ldb: bCols, beta: 0, c: baseC + i * m * n, ldc: n)
                }
            }
        }
    }
}

/// One product C = op(A)·op(B) + βC on the calling thread and its helpers.
///
/// Products of at least ``BLAS/parallelWork`` multiply-adds are cut in two or four pieces along the
/// longer output dimension (rows of C, or columns), computed on the library's worker threads by
/// single-threaded OpenBLAS calls; only products that are large in both output dimensions
/// (above ``BLAS/singleThreadWork`` and over 512 rows and columns) use OpenBLAS's own threads,
/// whose spinning workers cost more than they save on tall, thin products (activations times a
/// 64-wide weight, weight gradients summed over many rows). Each element of C is computed by the
/// same single-threaded kernel whichever way the work is cut, so results do not depend on the
/// thread count.
@inline(__always)
func splitGemm<T: TensorScalar>(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, a: UnsafePointer<T>, lda: Int,
                                b: UnsafePointer<T>, ldb: Int, beta: T = 0, c: UnsafeMutablePointer<T>) {
    let work = m * n * k
    let openBLASThreads = BLAS.usesOwnThreads(m: m, n: n, k: k)
    BLAS.prepare(threaded: openBLASThreads)
    guard !openBLASThreads, BLAS.threadCount >= 2, work >= BLAS.parallelWork, Swift.max(m, n) >= 16 else {
        T.gemm(transA: transA, transB: transB, m: m, n: n, k: k, alpha: 1, a: a, lda: lda, b: b, ldb: ldb,
               beta: beta, c: c, ldc: n)
        return
    }
    // up to four pieces along the longer output dimension, taken by whichever thread is free (so a
    // descheduled thread on a busy machine delays little); every element is still computed alike
    let long = Swift.max(m, n), pieces = long >= 256 ? 4 : 2
    Parallel.perform(pieces) { part in
        let lo = part * long / pieces, hi = (part + 1) * long / pieces
        if m >= n {
            // row r of op(A): row r of A, or column r of a transposed A
            let aPart = transA ? a + lo : a + lo * lda
            T.gemm(transA: transA, transB: transB, m: hi - lo, n: n, k: k, alpha: 1, a: aPart, lda: lda, b: b, ldb: ldb,
                   beta: beta, c: c + lo * n, ldc: n)
        } else {
            // column j of op(B): column j of B, or row j of a transposed B
            let bPart = transB ? b + lo * ldb : b + lo
            T.gemm(transA: transA, transB: transB, m: m, n: hi - lo, k: k, alpha: 1, a: a, lda: lda, b: bPart, ldb: ldb,
                   beta: beta, c: c + lo, ldc: n)
        }
    }
}
