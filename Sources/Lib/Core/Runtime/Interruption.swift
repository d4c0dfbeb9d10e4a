import Foundation
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

/// The interrupt flag as library loops and the cell evaluator see it.
///
/// Call `try Interruption.check()` at loop back-edges of long computations (an epoch,
/// a batch, a simulation step). It reads the flag in force on the calling thread: the
/// one installed by ``withFlag(_:_:)`` (a kernel installs its own on the thread that runs
/// cells), else ``shared``, which SIGINT sets. Reading it costs one thread-local lookup
/// and one atomic load.
public enum Interruption {
    /// The process-wide flag: SIGINT sets it, and threads without a flag of their own read it.
    public static let shared = InterruptFlag()

    private static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k, nil)
        return k
    }()

    /// The flag in force on this thread.
    public static var current: InterruptFlag {
        guard let p = pthread_getspecific(key) else { return shared }
        return Unmanaged<InterruptFlag>.fromOpaque(p).takeUnretainedValue()
    }

    /// Runs `body` with `flag` as this thread's interrupt flag.
    public static func withFlag<T>(_ flag: InterruptFlag, _ body: () throws -> T) rethrows -> T {
        let retained = Unmanaged.passRetained(flag)
        let previous = pthread_getspecific(key)
        pthread_setspecific(key, retained.toOpaque())
        defer {
            pthread_setspecific(key, previous)
            retained.release()
        }
        return try body()
    }

    /// Whether an interrupt has been requested on this thread's flag and not yet cleared.
    public static var isRequested: Bool {
        guard let p = pthread_getspecific(key) else { return shared.isRequested }
        return Unmanaged<InterruptFlag>.fromOpaque(p)._withUnsafeGuaranteedRef { $0.isRequested }
    }

    /// Sets the shared flag. Async-signal-safe once ``prepare()`` has run.
    public static func request() { shared.request() }

    /// Clears the shared flag.
    public static func clear() { shared.clear() }

    /// Creates the shared flag and the thread-local key so that a signal handler never
    /// triggers their lazy initialisation.
    public static func prepare() { _ = shared.isRequested; _ = key }

    /// Throws ``InterruptedError`` when an interrupt has been requested on this thread's flag.
    public static func check() throws {
        if isRequested { throw InterruptedError() }
    }
}

/// The error a computation throws when the user interrupts it.
public struct InterruptedError: Error, CustomStringConvertible, Sendable {
    public init() {}
    public var description: String { "interrupted by the user" }
}
