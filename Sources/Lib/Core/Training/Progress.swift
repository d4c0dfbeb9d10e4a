import Foundation

/// One progress report of a long-running loop.
public struct ProgressEvent: Sendable {
    /// What is running, e.g. "train cora".
    public let label: String
    /// Steps completed (1-based).
    public let step: Int
    /// Total steps, when known.
    public let total: Int?
    /// The latest metrics, in a fixed order.
    public let metrics: [(String, Double)]
    /// True for the last report of the loop.
    public let isFinished: Bool
}

/// The progress hook of the library. Long loops call ``report(_:)``; whoever runs them
/// receives the events through ``withHandler(_:_:)`` (the kernel turns them into live
/// display updates). By default nothing is printed.
///
/// Handlers are scoped to the thread that installs them, so kernels, interpreters and
/// tests running side by side each see only the events of their own loops.
public enum Progress {
    private final class Box { let handler: (ProgressEvent) -> Void; init(_ h: @escaping (ProgressEvent) -> Void) { handler = h } }
    private static let key = "Lib.Progress.handler"

    /// The handler in force on this thread, if any.
    public static var handler: ((ProgressEvent) -> Void)? {
        (Thread.current.threadDictionary[key] as? Box)?.handler
    }

    /// Runs `body` with `handler` receiving the progress events reported on this thread.
    /// Nested calls replace the handler for their duration.
    public static func withHandler<T>(_ handler: @escaping (ProgressEvent) -> Void, _ body: () throws -> T) rethrows -> T {
        let dict = Thread.current.threadDictionary
        let previous = dict[key]
        dict[key] = Box(handler)
        defer { dict[key] = previous }
        return try body()
    }

    /// Sends an event to this thread's handler, if one is installed.
    public static func report(_ event: ProgressEvent) { handler?(event) }

    /// Sends an event built from its parts.
    public static func report(label: String, step: Int, total: Int?, metrics: [(String, Double)] = [],
                              isFinished: Bool = false) {
        guard let handler else { return }
        handler(ProgressEvent(label: label, step: step, total: total, metrics: metrics, isFinished: isFinished))
    }
}
