import Synchronization

/// A sparse matrix in compressed sparse row (CSR) form with `Float`/`Double`
/// values, multiplying dense tensors (the propagation step of message passing).
///
/// Row i holds the incoming weights of node i: `(A · X)[i] = Σ_j A[i, j] X[j]`.
/// The transpose, needed by the backward pass, is built once on first use.
/// Thread-safe: the cache is locked.
public final class SparseMatrix: CustomStringConvertible {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// Start of each row's entries in `columnIndices`/`values`; `rows + 1` entries.
    public let rowPointers: [Int]
    /// Column of each stored entry, sorted within a row.
    public let columnIndices: [Int]
    /// Value of each stored entry (in double precision; converted per product).
    public let values: [Double]
    private let values32: [Float]
    private let transposeCache = Mutex<SparseMatrix?>(nil)

    /// Builds a CSR matrix from coordinate triplets; duplicates are summed.
    /// - Throws: ``TensorError`` for mismatched lengths or indices outside the shape.
    public init(rows: Int, columns: Int, rowIndices: [Int], columnIndices cols: [Int], values: [Double]) throws {
        guard rows >= 0, columns >= 0 else {
            throw TensorError.invalidArgument(op: "SparseMatrix", message: "rows and columns must be >= 0, got \(rows) × \(columns)")
        }
        guard rowIndices.count == cols.count, cols.count == values.count else {
            throw TensorError.invalidArgument(
                op: "SparseMatrix", message: "rowIndices (\(rowIndices.count)), columnIndices (\(cols.count)) and values (\(values.count)) must have equal lengths")
        }
        for r in rowIndices where r < 0 || r >= rows {
            throw TensorError.indexOutOfRange(op: "SparseMatrix", index: r, validRange: "rows 0..<\(rows)")
        }
        for c in cols where c < 0 || c >= columns {
            throw TensorError.indexOutOfRange(op: "SparseMatrix", index: c, validRange: "columns 0..<\(columns)")
        }
        // counting sort by row, then sort each row by column and merge duplicates
        var counts = [Int](repeating: 0, count: rows + 1)
        for r in rowIndices { counts[r + 1] += 1 }
        for i in 0..<rows { counts[i + 1] += counts[i] }
        var next = counts
        var order = [Int](repeating: 0, count: rowIndices.count)
        for (e, r) in rowIndices.enumerated() { order[next[r]] = e; next[r] += 1 }
        var ptr = [0], ci = [Int](), vals = [Double]()
        ci.reserveCapacity(cols.count); vals.reserveCapacity(cols.count)
        for r in 0..<rows {
            let entries = order[counts[r]..<counts[r + 1]].sorted { (cols[$0], $0) < (cols[$1], $1) }
            for e in entries {
                if ci.count > ptr[r], ci[ci.count - 1] == cols[e] { vals[vals.count - 1] += values[e] } else {
                    ci.append(cols[e]); vals.append(values[e])
                }
            }
            ptr.append(ci.count)
        }
        self.rows = rows
        self.columns = columns
        self.rowPointers = ptr
        self.columnIndices = ci
        self.values = vals
        self.values32 = vals.map(Float.init)
    }

    /// Builds a CSR matrix from parts that are already valid and sorted.
    init(rows: Int, columns: Int, rowPointers: [Int], columnIndices: [Int], values: [Double]) {
        self.rows = rows
        self.columns = columns
        self.rowPointers = rowPointers
        self.columnIndices = columnIndices
        self.values = values
        self.values32 = values.map(Float.init)
    }

    /// Number of stored entries.
    public var nonZeroCount: Int { columnIndices.count }

    /// "SparseMatrix(rows × columns, nnz)".
    public var description: String { "SparseMatrix(\(rows) × \(columns), \(nonZeroCount) non-zeros)" }

    /// The transpose (cached).
    public var transposed: SparseMatrix {
        if let t = transposeCache.withLock({ $0 }) { return t }
        var counts = [Int](repeating: 0, count: columns + 1)
        for c in columnIndices { counts[c + 1] += 1 }
        for i in 0..<columns { counts[i + 1] += counts[i] }
        var next = counts
        var ci = [Int](repeating: 0, count: nonZeroCount), vals = [Double](repeating: 0, count: nonZeroCount)
        for r in 0..<rows {
            for e in rowPointers[r]..<rowPointers[r + 1] {
                let c = columnIndices[e]
                ci[next[c]] = r; vals[next[c]] = values[e]; next[c] += 1
            }
        }
        let t = SparseMatrix(rows: columns, columns: rows, rowPointers: counts, columnIndices: ci, values: vals)
        return transposeCache.withLock { cached in
            if let existing = cached { return existing }
            cached = t
            return t
        }
    }

    /// The dense matrix (for small matrices and tests).
    public func dense(dtype: DType = .float32) -> Tensor {
        var v = [Double](repeating: 0, count: rows * columns)
        for r in 0..<rows { for e in rowPointers[r]..<rowPointers[r + 1] { v[r * columns + columnIndices[e]] += values[e] } }
        return Tensor(shape: [rows, columns], storage: .from(v, dtype))
    }

    /// The product A · X for a dense X of shape [columns, F] (or [columns]); differentiable in X.
    /// - Throws: ``TensorError`` naming both shapes when X has the wrong number of rows.
    public func matmul(_ x: Tensor) throws -> Tensor {
        guard x.rank >= 1, x.shape[0] == columns else {
            throw TensorError.shapeMismatch(op: "SparseMatrix.matmul", lhs: [rows, columns], rhs: x.shape,
                                            expected: "the dense operand needs \(columns) rows")
        }
        let f = x.count / Swift.max(columns, 1)
        let s: TensorStorage
        switch x.storage {
        case .f32(let d): s = .f32(spmmKernel(self, values32, d, f))
        case .f64(let d): s = .f64(spmmKernel(self, values, d, f))
        }
        var outShape = x.shape
        outShape[0] = rows
        return Tensor.result(shape: outShape, storage: s, op: .spmm(self), inputs: [x])
    }

    /// The product A · X without recording it (used by the backward pass).
    func product(_ x: Tensor) -> Tensor {
        let f = x.count / Swift.max(columns, 1)
        let s: TensorStorage
        switch x.storage {
        case .f32(let d): s = .f32(spmmKernel(self, values32, d, f))
        case .f64(let d): s = .f64(spmmKernel(self, values, d, f))
        }
        var outShape = x.shape
        outShape[0] = rows
        return Tensor(shape: outShape, storage: s)
    }
}

/// Sparse-dense product kernel: out[r, :] = Σ_e values[e] · x[col[e], :].
func spmmKernel<T: TensorScalar>(_ a: SparseMatrix, _ values: [T], _ x: [T], _ f: Int) -> [T] {
    var out = [T](repeating: 0, count: a.rows * f)
    a.rowPointers.withUnsafeBufferPointer { ptr in
        a.columnIndices.withUnsafeBufferPointer { ci in
            values.withUnsafeBufferPointer { vals in
                x.withUnsafeBufferPointer { px in
                    out.withUnsafeMutableBufferPointer { po in
                        guard let xs = px.baseAddress, let ys = po.baseAddress else { return }
                        // each output row is summed by one thread in entry order: the same result on any thread count
                        Parallel.forRanges(a.rows * f, rowsOf: f, minimum: Parallel.minimumElementwise) { rows in
                            if f == 1 {
                                // one signal: accumulate each row in a register, in entry order as below
                                for r in rows {
                                    var sum: T = 0
                                    for e in ptr[r]..<ptr[r + 1] { sum += vals[e] * xs[ci[e]] }
                                    ys[r] = sum
                                }
                                return
                            }
                            if f <= 16 {
                                narrowRows(rows, ptr, ci, vals, xs, px.count, ys, f)
                                return
                            }
                            for r in rows {
                                let dst = ys + r * f
                                for e in ptr[r]..<ptr[r + 1] { axpy(vals[e], xs + ci[e] * f, dst, f) }
                            }
                        }
                    }
                }
            }
        }
    }
    return out
}

/// Rows of the sparse-dense product for 2…16 columns: each output row is accumulated in two
/// eight-lane registers across its entries (in entry order, so the sums equal the general
/// path's) and stored once, instead of a load and store of the output row per entry.
@inline(__always)
private func narrowRows<T: TensorScalar>(_ rows: Range<Int>, _ ptr: UnsafeBufferPointer<Int>, _ ci: UnsafeBufferPointer<Int>,
                                         _ vals: UnsafeBufferPointer<T>, _ xs: UnsafePointer<T>, _ xCount: Int,
                                         _ ys: UnsafeMutablePointer<T>, _ f: Int) {
    let raw = UnsafeRawPointer(xs)
    let stride = MemoryLayout<T>.stride
    for r in rows {
        var low = SIMD8<T>(), high = SIMD8<T>()
        for e in ptr[r]..<ptr[r + 1] {
            let base = ci[e] * f
            let v = SIMD8<T>(repeating: vals[e])
            if base + 16 <= xCount {
                // lanes past the row read the next row's values; they are never stored
                low += v * raw.loadUnaligned(fromByteOffset: base * stride, as: SIMD8<T>.self)
                high += v * raw.loadUnaligned(fromByteOffset: (base + 8) * stride, as: SIMD8<T>.self)
            } else {
                // the last rows of x: lanes past the row stay zero
                var l = SIMD8<T>(), h = SIMD8<T>()
                for j in 0..<Swift.min(f, 8) { l[j] = xs[base + j] }
                for j in Swift.min(f, 8)..<f { h[j - 8] = xs[base + j] }
                low += v * l
                high += v * h
            }
        }
        let dst = ys + r * f
        for j in 0..<Swift.min(f, 8) { dst[j] = low[j] }
        for j in Swift.min(f, 8)..<f { dst[j] = high[j - 8] }
    }
}
