import Foundation
import Kernel
import Lib

/// Runs fuzz inputs as cells in one long-lived interpreter session, the way the kernel does:
/// on a thread with the shell's 512 MB stack, with an interrupt after a time budget, output
/// discarded (but counted and capped), and a sentinel variable that every input must leave intact.
final class CellFuzzer {
    /// Seconds a cell may run before it is interrupted (an endless loop is a valid cell).
    let budget: Double
    /// Seconds after the interrupt within which the cell must stop; past it the input is a hang.
    let hangLimit: Double
    private let interpreter = SwiftInterpreter()
    private let sink = DiscardingSink()
    private let flag = InterruptFlag()
    private(set) var executed = 0
    private(set) var errors = 0

    init(budget: Double = 0.5, hangLimit: Double = 10) {
        self.budget = budget
        self.hangLimit = hangLimit
        _ = runCell("let fuzzSentinel = 31337")
    }

    /// Runs `code`; calls `onHang` (and does not return) if it neither finishes nor stops when interrupted.
    @discardableResult
    func run(_ input: String, onHang: @escaping () -> Never) -> Bool {
        // `%reset` forgets the session on purpose; it would read as lost state.
        let code = input.replacingOccurrences(of: "%reset", with: "%who")
        let done = DispatchSemaphore(value: 0)
        var ok = false
        flag.clear()
        let thread = BigStackThread { [self] in
            ok = runCell(code)
            done.signal()
        }
        thread.start()
        if done.wait(timeout: .now() + budget) == .timedOut {
            flag.request()
            if done.wait(timeout: .now() + hangLimit) == .timedOut { onHang() }
        }
        executed += 1
        if !ok { errors += 1 }
        return ok
    }

    /// Whether the sentinel defined at start is still 31337 (earlier state survives every cell).
    func sentinelIntact() -> Bool {
        let done = DispatchSemaphore(value: 0)
        var text: String?
        BigStackThread { [self] in
            if case .ok(let bundle) = interpreter.execute(ExecuteRequest(code: "fuzzSentinel", silent: false,
                                                                         storeHistory: false, allowStdin: false,
                                                                         executionCount: 0), output: sink) {
                text = bundle?.plainText
            }
            done.signal()
        }.start()
        done.wait()
        return text == "31337"
    }

    private func runCell(_ code: String) -> Bool {
        Interruption.withFlag(flag) {
            let outcome = interpreter.execute(ExecuteRequest(code: code, silent: false, storeHistory: true,
                                                             allowStdin: false, executionCount: executed + 1),
                                              output: sink)
            if case .ok = outcome { return true }
            return false
        }
    }
}

/// An output sink that counts and drops everything.
final class DiscardingSink: OutputSink {
    private(set) var bytes = 0
    func stream(_ name: StreamName, _ text: String) { bytes &+= text.utf8.count }
    func display(_ bundle: MimeBundle, displayID: String?, update: Bool) {}
    func clearOutput(wait: Bool) {}
    func readInput(prompt: String, password: Bool) throws -> String { throw StdinError.notAllowed }
}

/// A detached POSIX thread with the kernel shell thread's stack size.
final class BigStackThread {
    private final class Box { let body: () -> Void; init(_ b: @escaping () -> Void) { body = b } }
    private let body: () -> Void

    init(_ body: @escaping () -> Void) { self.body = body }

    func start() {
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        defer { pthread_attr_destroy(&attr) }
        pthread_attr_setstacksize(&attr, KernelServer.shellStackSize)
        pthread_attr_setdetachstate(&attr, Int32(PTHREAD_CREATE_DETACHED))
        var thread = pthread_t()
        let box = Unmanaged.passRetained(Box(body))
        let rc = pthread_create(&thread, &attr, { raw in
            Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue().body()
            return nil
        }, box.toOpaque())
        if rc != 0 {
            box.release()
            body()
        }
    }
}
