import Lib
#if canImport(Glibc)
import Glibc
#endif

/// State shared by lowered code while cells run: the output sink, the call depth,
/// the stack guard and the session's random generator.
///
/// Thread rules: used only by the thread that runs `execute`.
public final class Runtime {
    /// Where `print` and `display` send output during the current cell.
    var output: OutputSink?
    /// What every user call checks and updates (depth, stack bound, interrupt flag), behind a
    /// raw pointer that functions keep, so that a call costs no reference counting.
    let callState: UnsafeMutablePointer<CallState>
    /// Current depth of user function calls.
    var depth: Int {
        get { callState.pointee.depth }
        set { callState.pointee.depth = newValue }
    }
    /// Deepest allowed call nesting.
    var maxDepth: Int {
        get { callState.pointee.maxDepth }
        set { callState.pointee.maxDepth = newValue }
    }
    /// The generator behind `Int.random(in:)` without `using:`; `%seed n` resets it.
    var rng = SeededGenerator(seed: 0)
    /// The interrupt flag in force on the thread that runs cells, read once per execution
    /// (``Interruption/isRequested`` costs a thread-local lookup on every call).
    private var interrupt = Interruption.shared {
        didSet { callState.pointee.interrupt = Unmanaged.passUnretained(interrupt) }
    }
    /// Text `readLine()` and `print` exchange with the front end.
    var allowStdin = true

    init() {
        callState = .allocate(capacity: 1)
        callState.initialize(to: CallState(interrupt: Unmanaged.passUnretained(interrupt)))
    }

    deinit {
        callState.deinitialize(count: 1)
        callState.deallocate()
    }

    /// Records the current thread's stack bounds; call at the start of each execution.
    func prepareStackGuard() {
        depth = 0
        interrupt = Interruption.current
        #if canImport(Glibc)
        var attr = pthread_attr_t()
        if _getattr_np(pthread_self(), &attr) == 0 {
            var addr: UnsafeMutableRawPointer?
            var size = 0
            if pthread_attr_getstack(&attr, &addr, &size) == 0, let addr {
                let low = UInt(bitPattern: addr)
                // Keep a margin for library code and error handling.
                callState.pointee.stackLimit = low + UInt(min(max(size / 8, 256 * 1024), 4 * 1024 * 1024))
            }
            pthread_attr_destroy(&attr)
        }
        #endif
    }

    /// An address in the caller's stack frame.
    @inline(__always) static func stackAddress() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }

    /// Writes `text` to the cell's stdout.
    func write(_ text: String) { output?.stream(.stdout, text) }
}

#if canImport(Glibc)
@_silgen_name("pthread_getattr_np")
private func _getattr_np(_ thread: pthread_t, _ attr: UnsafeMutablePointer<pthread_attr_t>) -> Int32
#endif

/// The state every user call checks: call depth, stack bound and the interrupt flag.
struct CallState {
    /// Current depth of user function calls.
    var depth = 0
    /// Deepest allowed call nesting.
    var maxDepth = 10_000
    /// Lowest stack address lowered code may reach before a call is refused.
    var stackLimit: UInt = 0
    /// The interrupt flag in force (owned by the runtime).
    var interrupt: Unmanaged<InterruptFlag>
}

extension UnsafeMutablePointer where Pointee == CallState {
    /// Enters a user call: checks interrupts, depth and remaining stack.
    @inline(__always) func enter() throws {
        pointee.depth += 1
        if pointee.depth > pointee.maxDepth || Runtime.stackAddress() < pointee.stackLimit {
            let d = pointee.depth
            pointee.depth -= 1
            throw RuntimeError("RecursionError", "maximum recursion depth exceeded (\(d) nested calls)")
        }
        if pointee.interrupt._withUnsafeGuaranteedRef({ $0.isRequested }) {
            pointee.depth -= 1
            throw RuntimeError("Interrupted", "interrupted by the user")
        }
    }

    /// Leaves a user call.
    @inline(__always) func leave() { pointee.depth -= 1 }
}

/// Throws `Interrupted` when the user asked to stop; called at loop back-edges.
@inline(__always) func checkInterrupt() throws {
    if Interruption.isRequested { throw RuntimeError("Interrupted", "interrupted by the user") }
}

/// The runtime of library functions wrapped as values; they never enter user frames.
let sharedRuntimePlaceholder = Runtime()

extension Frame {
    /// A frame for code that needs none (default arguments, field defaults).
    static let empty = Frame.make(size: 1, parent: nil)
}
