import Dispatch
import Foundation

/// A POSIX thread with a chosen stack size, joinable with a deadline.
///
/// The shell thread evaluates cells, so it gets a large stack; recursion in cells is
/// bounded by the interpreter well before the stack runs out.
final class KernelThread {
    private var thread = pthread_t()
    private let finished = DispatchSemaphore(value: 0)
    private var joined = false
    private final class Box { let body: () -> Void; init(_ b: @escaping () -> Void) { body = b } }

    /// Starts `body` on a new thread; `name` appears in error messages.
    init(name: String, stackSize: Int = 8 << 20, _ body: @escaping () -> Void) throws {
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        defer { pthread_attr_destroy(&attr) }
        pthread_attr_setstacksize(&attr, stackSize)
        let done = finished
        let box = Unmanaged.passRetained(Box { body(); done.signal() })
        let rc = pthread_create(&thread, &attr, { raw in
            let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
            box.body()
            return nil
        }, box.toOpaque())
        guard rc == 0 else {
            box.release()
            throw KernelError("cannot start the \(name) thread: \(String(cString: strerror(rc)))")
        }
    }

    /// Waits for the thread to finish, at most `timeout` seconds. Returns false on timeout
    /// (the thread is then left running, detached).
    @discardableResult
    func join(timeout: Double) -> Bool {
        if joined { return true }
        guard finished.wait(timeout: .now() + timeout) == .success else {
            pthread_detach(thread)
            joined = true
            return false
        }
        pthread_join(thread, nil)
        joined = true
        return true
    }
}

/// A fatal problem starting or running the kernel process, phrased for the user.
public struct KernelError: Error, CustomStringConvertible {
    public let description: String
    public init(_ d: String) { description = d }
}
