import Foundation
import Lib
import Synchronization

/// Process signal handling for the kernel executable.
///
/// SIGINT interrupts the running cell (front ends with `interrupt_mode: signal`, or
/// Ctrl-C in the terminal that started Jupyter); SIGTERM shuts the kernel down
/// cleanly; SIGPIPE is ignored. Handlers only store to atomics.
public enum KernelSignals {
    private static let terminate = Atomic<Bool>(false)

    /// Whether SIGTERM has arrived.
    public static var terminationRequested: Bool { terminate.load(ordering: .relaxed) }

    /// Installs the handlers; call once, from the main thread, before serving.
    public static func install() {
        Interruption.prepare()
        _ = terminate.load(ordering: .relaxed)
        // A parent may have blocked these; the kernel must receive them anyway.
        var set = sigset_t()
        sigemptyset(&set)
        for s in [SIGINT, SIGTERM] { sigaddset(&set, s) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        signal(SIGPIPE, SIG_IGN)
        signal(SIGINT) { _ in Interruption.request() }
        signal(SIGTERM) { _ in KernelSignals.terminate.store(true, ordering: .relaxed) }
    }
}
