#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Gives memory the kernel has freed back to the operating system, at most once a second.
///
/// glibc keeps freed blocks in its heaps (one per thread that allocated), so a burst of
/// large messages or a cell's temporaries would stay resident after they are gone.
/// Called by the shell thread when it is idle; `malloc_trim` walks every heap.
final class MemoryTrim {
    private var last = Date.distantPast
    private var dirty = false

    /// glibc's `malloc_trim`, looked up at run time (Swift's Glibc module does not export malloc.h).
    private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        #else
        return nil
        #endif
    }()

    /// Notes that work happened since the last trim.
    func markDirty() { dirty = true }

    /// Trims when something happened since the last trim and a second has passed.
    func trimIfDue() {
        guard dirty, Date().timeIntervalSince(last) >= 1 else { return }
        _ = MemoryTrim.mallocTrim?(0)
        last = Date()
        dirty = false
    }
}
