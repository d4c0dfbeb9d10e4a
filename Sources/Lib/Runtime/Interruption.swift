import Synchronization

/// A flag that asks a running computation to stop at its next safe point.
///
/// The kernel owns one (``Interruption/shared``) and sets it when the user interrupts
/// (SIGINT or an `interrupt_request`); the cell evaluator and every long-running
/// library loop poll it. Reading it is one relaxed atomic load, cheap enough for the
/// innermost loop of a training epoch. Separate instances let tests run kernels side
/// by side without interrupting each other.
///
/// Thread safety: every member may be called from any thread, and ``request()``
/// from a signal handler.
public final class InterruptFlag: Sendable {
    private let flag = Atomic<Bool>(false)

    /// A flag that is not set.
    public init() {}

    /// Whether an interrupt has been requested and not yet cleared.
    public var isRequested: Bool { flag.load(ordering: .relaxed) }

    /// Asks the running computation to stop at its next safe point. Async-signal-safe.
    public func request() { flag.store(true, ordering: .relaxed) }

    /// Clears the flag; the kernel calls this before each execution.
    public func clear() { flag.store(false, ordering: .relaxed) }

    /// Throws ``InterruptedError`` when an interrupt has been requested.
    /// The flag stays set, so enclosing loops stop too.
    public func check() throws {
        if isRequested { throw InterruptedError() }
    }
}

/// The process's interrupt flag, as library loops see it.
///
/// Call `try Interruption.check()` at loop back-edges of long computations (an epoch,
/// a batch, a simulation step); the kernel sets the flag when the user interrupts.
public enum Interruption {
    /// The flag the kernel process sets on SIGINT and `interrupt_request`.
    public static let shared = InterruptFlag()

    /// Whether an interrupt has been requested and not yet cleared.
    public static var isRequested: Bool { shared.isRequested }

    /// Asks the running computation to stop. Async-signal-safe once ``prepare()`` has run.
    public static func request() { shared.request() }

    /// Clears the flag.
    public static func clear() { shared.clear() }

    /// Creates the shared flag so that a signal handler never triggers its lazy initialisation.
    public static func prepare() { _ = shared.isRequested }

    /// Throws ``InterruptedError`` when an interrupt has been requested.
    public static func check() throws { try shared.check() }
}

/// The error a computation throws when the user interrupts it.
public struct InterruptedError: Error, CustomStringConvertible, Sendable {
    public init() {}
    public var description: String { "interrupted by the user" }
}
