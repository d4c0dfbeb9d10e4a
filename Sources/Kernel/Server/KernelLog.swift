import Foundation

/// One-line diagnostics on stderr, where Jupyter servers collect kernel logs.
///
/// Thread safety: each call writes one line with a single `write(2)`.
public enum KernelLog {
    /// Whether `debug` lines are printed (`SWIFT_RESEARCH_DEBUG=1`).
    nonisolated(unsafe) public static var verbose = ProcessInfo.processInfo.environment["SWIFT_RESEARCH_DEBUG"] == "1"

    /// Logs a problem that the kernel survived, e.g. a dropped malformed message.
    public static func warning(_ message: String) { write("[swift-research-kernel] warning: \(message)") }
    /// Logs a normal event worth knowing (start, shutdown).
    public static func info(_ message: String) { write("[swift-research-kernel] \(message)") }
    /// Logs detail for debugging the kernel itself.
    public static func debug(_ message: @autoclosure () -> String) {
        if verbose { write("[swift-research-kernel] debug: \(message())") }
    }

    private static func write(_ line: String) {
        var bytes = Array(line.utf8.prefix(4000))
        bytes.append(0x0A)
        _ = bytes.withUnsafeBytes { Foundation.write(2, $0.baseAddress, $0.count) }
    }
}
