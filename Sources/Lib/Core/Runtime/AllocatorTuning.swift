#if canImport(Glibc)
import Glibc
#endif

/// Keeps freed tensor memory in the process for reuse instead of handing it back to the
/// operating system after every operation.
///
/// Training creates and frees many large temporaries (activations, gradients, messages of
/// every edge). With glibc's defaults, blocks above a few megabytes are mapped fresh from
/// the kernel on every allocation and unmapped on release, so each one pays a page fault and
/// a page clear per 4 KiB, and the heap's free top was returned after every backward pass only
/// to be faulted in again by the next forward pass: on a subgraph GNN's training epoch that was
/// more than half the run time. Applied once, before the first tensor is created: allocations
/// come from the heap (no per-block mappings), and the heap's free top is returned to the
/// system only when it exceeds ``trimThreshold`` (so a process keeps up to that much freed
/// memory for its next step, as PyTorch's caching allocators do).
public enum AllocatorTuning {
    /// Free memory at the top of the heap kept for reuse before it is returned (bytes, the largest
    /// value the C library accepts).
    public static let trimThreshold = Int(Int32.max)
    /// Extra bytes requested whenever the heap grows, so it grows in few large steps.
    public static let topPad = 64 << 20

    /// Whether the settings were applied (false where the C library has no such settings).
    public static let isApplied: Bool = {
        #if canImport(Glibc)
        // mallopt is declared in <malloc.h>, which the Glibc module does not export.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return false }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        let trimThreshold: Int32 = -1, topPad: Int32 = -2, mmapMax: Int32 = -4  // M_* from <malloc.h>
        return mallopt(mmapMax, 0) == 1
            && mallopt(trimThreshold, Int32(Self.trimThreshold)) == 1
            && mallopt(topPad, Int32(Self.topPad)) == 1
        #else
        return false
        #endif
    }()
}
