import Synchronization

/// The one interrupt flag of the process.
///
/// The kernel sets it when the user interrupts (SIGINT or an `interrupt_request`);
/// the cell evaluator and every long-running library loop poll it at safe points
/// and stop with ``InterruptedError``. Reading it is a single relaxed atomic load,
/// cheap enough for the innermost loop of a training epoch.
///
/// Thread safety: every member may be called from any thread, and ``request()``
/// from a signal handler.
public enum Interruption {
    private static let flag = Atomic<Bool>(false)

    /// Whether an interrupt has been requested and not yet cleared.
    @inlinable public static var isRequested: Bool { _isRequested() }

    @usableFromInline static func _isRequested() -> Bool { flag.load(ordering: .relaxed) }

    /// Asks the running computation to stop at its next safe point.
    /// Async-signal-safe once ``prepare()`` has run.
    public static func request() { flag.store(true, ordering: .relaxed) }

    /// Clears the flag; the kernel calls this before each execution.
    public static func clear() { flag.store(false, ordering: .relaxed) }

    /// Touches the flag so that its storage exists before a signal handler uses it.
    public static func prepare() { _ = flag.load(ordering: .relaxed) }

    /// Throws ``InterruptedError`` when an interrupt has been requested.
    ///
    /// Call this at loop back-edges of long computations (an epoch, a batch,
    /// a simulation step). The flag stays set, so enclosing loops stop too.
    @inlinable public static func check() throws {
        if _isRequested() { throw InterruptedError() }
    }
}

/// The error a computation throws when the user interrupts it.
public struct InterruptedError: Error, CustomStringConvertible, Sendable {
    public init() {}
    public var description: String { "interrupted by the user" }
}
