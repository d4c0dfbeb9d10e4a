import COpenBLAS
import Synchronization

/// Settings of the OpenBLAS library behind matrix products.
///
/// Products smaller than ``singleThreadWork`` multiply-adds run with OpenBLAS on
/// one thread: for them, OpenBLAS's spinning worker threads cost more than they
/// save (message passing on small graphs, small MLPs). Medium products are split
/// in two halves on parked dispatch threads instead.
public enum BLAS {
    private static let configured = Atomic<Int>(Int(openblas_get_num_threads()))
    private static let current = Atomic<Int>(Int(openblas_get_num_threads()))

    /// Products with m·n·k below this run single-threaded inside OpenBLAS.
    nonisolated(unsafe) public static var singleThreadWork = 16_000_000

    /// Products with m·n·k from this up to ``singleThreadWork`` are split in two
    /// halves computed on two threads (each a single-threaded OpenBLAS call).
    nonisolated(unsafe) public static var parallelWork = 1_000_000

    /// Number of threads OpenBLAS uses for large products.
    public static var threadCount: Int { configured.load(ordering: .relaxed) }

    /// Sets the number of OpenBLAS threads for large products (at least 1).
    public static func setThreadCount(_ n: Int) {
        configured.store(Swift.max(n, 1), ordering: .relaxed)
        use(Swift.max(n, 1))
    }

    /// Chooses the thread count for a product of m·n·k multiply-adds.
    @inline(__always) static func prepare(work: Int) {
        let wanted = work < singleThreadWork ? 1 : configured.load(ordering: .relaxed)
        if wanted != current.load(ordering: .relaxed) { use(wanted) }
    }

    private static func use(_ n: Int) {
        openblas_set_num_threads(Int32(n))
        current.store(n, ordering: .relaxed)
    }
}
