import Testing
@testable import Lib

/// The allocator settings are applied once tensors exist (on glibc systems).
@Suite struct AllocatorTuningTests {
    @Test func appliedOnLinux() {
        _ = Tensor.zeros([4])
        #if canImport(Glibc)
        #expect(AllocatorTuning.isApplied)
        #else
        #expect(!AllocatorTuning.isApplied)
        #endif
    }
}
