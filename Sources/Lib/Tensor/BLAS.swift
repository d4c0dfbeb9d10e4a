import COpenBLAS

/// Settings of the OpenBLAS library behind matrix products.
///
/// Products smaller than ``singleThreadWork`` multiply-adds run on one thread:
/// for them, waking OpenBLAS's worker threads costs more than it saves
/// (message passing on small graphs, small MLPs).
public enum BLAS {
    nonisolated(unsafe) private static var configured = Int(openblas_get_num_threads())
    nonisolated(unsafe) private static var current = Int(openblas_get_num_threads())

    /// Products with m·n·k below this run single-threaded.
    nonisolated(unsafe) public static var singleThreadWork = 16_000_000

    /// Number of threads OpenBLAS uses for large products.
    public static var threadCount: Int { configured }

    /// Sets the number of OpenBLAS threads for large products (at least 1).
    public static func setThreadCount(_ n: Int) {
        configured = Swift.max(n, 1)
        use(configured)
    }

    /// Chooses the thread count for a product of m·n·k multiply-adds.
    @inline(__always) static func prepare(work: Int) {
        let wanted = work < singleThreadWork ? 1 : configured
        if wanted != current { use(wanted) }
    }

    private static func use(_ n: Int) {
        openblas_set_num_threads(Int32(n))
        current = n
    }
}
