import COpenBLAS

/// Settings of the OpenBLAS library behind matrix products.
public enum BLAS {
    /// Number of threads OpenBLAS uses for one product.
    public static var threadCount: Int { Int(openblas_get_num_threads()) }

    /// Sets the number of OpenBLAS threads (at least 1).
    public static func setThreadCount(_ n: Int) { openblas_set_num_threads(Int32(Swift.max(n, 1))) }
}
