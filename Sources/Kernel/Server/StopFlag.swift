import Synchronization

/// A one-way flag that asks every kernel thread to finish; also remembers whether
/// a restart was requested. Safe from any thread and from signal handlers.
final class StopFlag: Sendable {
    private let flag = Atomic<Bool>(false)

    /// Whether the kernel is shutting down.
    var isSet: Bool { flag.load(ordering: .acquiring) }
    /// Asks all loops to end.
    func set() { flag.store(true, ordering: .releasing) }
}
