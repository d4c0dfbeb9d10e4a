import Foundation
import Lib
import Protocol

/// Shows `Lib.Progress` events of a long loop as one live output that is updated in place.
///
/// The display receives the events reported on the thread that runs the loop
/// (`Progress.withHandler`). Updates are sent at most every `interval` seconds, plus the
/// first and the last event: an event held back by the interval is sent when the loop ends,
/// so the display always ends on the loop's final state (and is the same in every run).
final class ProgressDisplay {
    /// Where the display goes.
    let output: OutputSink
    /// The display id shared by the first display and its updates.
    let displayID: String
    /// Minimum time between two updates.
    let interval: TimeInterval
    private var lastSent: Date?
    private var shown = false
    /// An event held back by the interval, not yet shown.
    private var pending: ProgressEvent?
    /// The last event received, for tests and for the final update.
    private(set) var lastEvent: ProgressEvent?

    nonisolated(unsafe) private static var counter = 0
    private static let lock = NSLock()

    init(output: OutputSink, interval: TimeInterval = 0.1) {
        self.output = output
        self.interval = interval
        ProgressDisplay.lock.lock()
        ProgressDisplay.counter += 1
        displayID = "progress-\(ProgressDisplay.counter)"
        ProgressDisplay.lock.unlock()
    }

    /// Runs `body` with progress events of this thread shown on `output` (nothing when `output` is nil).
    static func run<T>(output: OutputSink?, _ body: () throws -> T) rethrows -> T {
        guard let output else { return try body() }
        let display = ProgressDisplay(output: output)
        defer { display.flush() }
        return try Progress.withHandler({ display.receive($0) }, body)
    }

    /// Shows the last event if the interval held it back.
    func flush() {
        guard let event = pending else { return }
        send(event, at: Date())
    }

    /// Shows or updates the display for one event.
    func receive(_ event: ProgressEvent) {
        lastEvent = event
        let now = Date()
        if shown, !event.isFinished, let last = lastSent, now.timeIntervalSince(last) < interval {
            pending = event
            return
        }
        send(event, at: now)
    }

    /// Shows `event` (the first display, or an update of it).
    private func send(_ event: ProgressEvent, at time: Date) {
        pending = nil
        output.display(ProgressDisplay.bundle(event), displayID: displayID, update: shown)
        shown = true
        lastSent = time
    }

    /// text/plain and text/html (with a progress bar) for one event.
    static func bundle(_ e: ProgressEvent) -> MimeBundle {
        let metrics = e.metrics.map { "\($0.0) \(format($0.1))" }.joined(separator: "  ")
        let count = e.total.map { "\(e.step)/\($0)" } ?? "\(e.step)"
        let done = e.isFinished ? " (done)" : ""
        var b = MimeBundle(plainText: "\(e.label): \(count)\(done)" + (metrics.isEmpty ? "" : "  " + metrics))
        let bar = e.total.map { "<progress value=\"\($0 == 0 ? 1 : e.step)\" max=\"\(max($0, 1))\" style=\"width: 16em\"></progress> " } ?? ""
        b.set("text/html", .string("<div style=\"font-family: monospace\">\(bar)\(Display.escape(e.label)): \(count)\(done)"
            + (metrics.isEmpty ? "" : " &nbsp; " + Display.escape(metrics)) + "</div>"))
        return b
    }

    /// Metrics with 4 significant decimals.
    static func format(_ x: Double) -> String {
        if x == x.rounded(), Swift.abs(x) < 1e9 { return String(Int(x)) }
        return String(format: "%.4f", x)
    }
}
