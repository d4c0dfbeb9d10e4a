/// Splits work over the library's threads (the caller and the ``WorkerPool``'s workers).
///
/// Used only for order-independent work (each element written by exactly one
/// thread), so results are identical to a serial run.
public enum Parallel {
    /// Pieces of work per thread (taken dynamically, so a descheduled thread delays little).
    static let piecesPerThread = 4

    /// Below this many elements a loop runs on the calling thread.
    static let minimumElements = 1 << 17

    /// Below this many elements a simple elementwise loop (ReLU and its derivative, a few
    /// instructions per element) runs on the calling thread.
    static let minimumElementwise = 1 << 16

    /// Calls `body` on disjoint ranges covering 0..<count, in parallel when `count` is at least
    /// twice `minimum`.
    @inline(__always)
    static func forRanges(_ count: Int, minimum: Int = minimumElements, _ body: (Range<Int>) -> Void) {
        forRanges(count, rowsOf: 1, minimum: minimum, body)
    }

    /// Calls `body(i)` for i in 0..<iterations on up to `threads` threads (the calling thread and
    /// the ``WorkerPool``'s workers), returning when every call has finished.
    @inline(__always)
    public static func perform(_ iterations: Int, threads: Int = BLAS.threadCount, _ body: (Int) -> Void) {
        WorkerPool.shared.perform(iterations: iterations, threads: threads, body)
    }
}

extension Parallel {
    /// Calls `body` on disjoint ranges of row indices covering 0..<(count / rowLength), in parallel
    /// when `count` elements are many; each row is handled whole by one thread.
    @inline(__always)
    static func forRanges(_ count: Int, rowsOf rowLength: Int, minimum: Int = minimumElements,
                          _ body: (Range<Int>) -> Void) {
        let rows = rowLength > 0 ? count / rowLength : 0
        let threads = Swift.min(BLAS.threadCount, Swift.max(count / minimum, 1), Swift.max(rows, 1))
        guard threads > 1 else {
            body(0..<rows)
            return
        }
        let pieces = Swift.min(threads * piecesPerThread, rows)
        let chunk = (rows + pieces - 1) / pieces
        perform(pieces, threads: threads) { t in
            let start = Swift.min(t * chunk, rows)
            body(start..<Swift.min(start + chunk, rows))
        }
    }
}
