import COpenBLAS
import Synchronization

/// Settings of the OpenBLAS library behind matrix products.
///
/// OpenBLAS's own threads serve only products large in every output dimension
/// (over ``singleThreadWork`` multiply-adds and 512 rows and columns): for the
/// others its spinning worker threads cost more than they save (message passing,
/// MLPs on many rows, weight gradients). Products from ``parallelWork`` up are
/// cut in two or four pieces on the library's worker threads instead (``Parallel``).
public enum BLAS {
    private static let configured = Atomic<Int>(Int(openblas_get_num_threads()))
    private static let current = Atomic<Int>(Int(openblas_get_num_threads()))

    /// Products with m·n·k below this never use OpenBLAS's threads.
    nonisolated(unsafe) public static var singleThreadWork = 16_000_000

    /// Products with m·n·k from this up (unless OpenBLAS threads them) are cut in two or
    /// four pieces computed on the library's worker threads (each a single-threaded OpenBLAS call).
    nonisolated(unsafe) public static var parallelWork = 1_000_000

    /// Number of threads OpenBLAS uses for large products.
    public static var threadCount: Int { configured.load(ordering: .relaxed) }

    /// Sets the number of OpenBLAS threads for large products (at least 1).
    public static func setThreadCount(_ n: Int) {
        configured.store(Swift.max(n, 1), ordering: .relaxed)
        use(Swift.max(n, 1))
    }

    /// Whether an m × n product over k uses OpenBLAS's own threads: only when it is large in
    /// every output dimension (see the type's documentation).
    @inline(__always) static func usesOwnThreads(m: Int, n: Int, k: Int) -> Bool {
        m * n * k >= singleThreadWork && m > 512 && n > 512
    }

    /// Lets the next OpenBLAS call use its threads (`threaded`) or run on the calling thread.
    @inline(__always) static func prepare(threaded: Bool) {
        let wanted = threaded ? configured.load(ordering: .relaxed) : 1
        if wanted != current.load(ordering: .relaxed) { use(wanted) }
    }

    private static func use(_ n: Int) {
        openblas_set_num_threads(Int32(n))
        current.store(n, ordering: .relaxed)
    }
}
