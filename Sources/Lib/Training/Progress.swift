import Synchronization

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

/// The progress hook of the library. Long loops call ``report(_:)``; the
/// kernel installs a ``handler`` that turns events into live display updates.
/// By default nothing is printed.
public enum Progress {
    private static let installed = Mutex<((ProgressEvent) -> Void)?>(nil)

    /// Receives every event; `nil` (the default) discards them. Setting it is thread-safe;
    /// the handler is called on the thread that reports.
    public static var handler: ((ProgressEvent) -> Void)? {
        get { installed.withLock { $0 } }
        set { installed.withLock { $0 = newValue } }
    }

    /// Sends an event to the handler, if one is installed.
    public static func report(_ event: ProgressEvent) { handler?(event) }

    /// Sends an event built from its parts.
    public static func report(label: String, step: Int, total: Int?, metrics: [(String, Double)] = [],
                              isFinished: Bool = false) {
        guard let handler else { return }
        handler(ProgressEvent(label: label, step: step, total: total, metrics: metrics, isFinished: isFinished))
    }
}
