import Dispatch

/// Splits elementwise work over a few threads.
///
/// Used only for order-independent work (each element written by exactly one
/// thread), so results are identical to a serial run.
enum Parallel {
    /// Below this many elements a loop runs on the calling thread.
    static let minimumElements = 1 << 17

    /// Calls `body` on disjoint ranges covering 0..<count, in parallel when `count` is large.
    @inline(__always)
    static func forRanges(_ count: Int, _ body: (Range<Int>) -> Void) {
        let threads = Swift.min(BLAS.threadCount, Swift.max(count / minimumElements, 1))
        guard threads > 1 else {
            body(0..<count)
            return
        }
        let chunk = (count + threads - 1) / threads
        DispatchQueue.concurrentPerform(iterations: threads) { t in
            let start = t * chunk
            body(start..<Swift.min(start + chunk, count))
        }
    }

    /// Calls `body` on disjoint row ranges covering 0..<rows, split so that each range holds about
    /// the same number of entries of a CSR matrix (`rowPointers` has rows + 1 offsets), in parallel
    /// when `work` (entries × width) is large. Each row is handled by exactly one call.
    static func forRowRanges(_ rowPointers: UnsafeBufferPointer<Int>, work: Int, _ body: (Range<Int>) -> Void) {
        let rows = rowPointers.count - 1
        let threads = Swift.min(BLAS.threadCount, Swift.max(work / minimumElements, 1), Swift.max(rows, 1))
        guard threads > 1, let total = rowPointers.last, total > 0 else {
            body(0..<Swift.max(rows, 0))
            return
        }
        // first row whose offset reaches each split point (binary search over the offsets)
        var bounds = [0]
        for t in 1..<threads {
            let target = total * t / threads
            var lo = bounds[bounds.count - 1], hi = rows
            while lo < hi {
                let mid = (lo + hi) / 2
                if rowPointers[mid] < target { lo = mid + 1 } else { hi = mid }
            }
            bounds.append(lo)
        }
        bounds.append(rows)
        DispatchQueue.concurrentPerform(iterations: threads) { t in
            if bounds[t] < bounds[t + 1] { body(bounds[t]..<bounds[t + 1]) }
        }
    }
}
