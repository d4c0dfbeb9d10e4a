import Foundation
import Lib

/// Thread settings shared by a benchmark and its peer.
public enum BenchThreads {
    /// Uses `count` threads: OpenBLAS and the library's parallel loops here, and the thread
    /// variables (OpenBLAS, OpenMP, MKL) that peer processes inherit.
    public static func use(_ count: Int) {
        for name in ["OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"] { setenv(name, "\(count)", 1) }
        BLAS.setThreadCount(count)
    }
}
