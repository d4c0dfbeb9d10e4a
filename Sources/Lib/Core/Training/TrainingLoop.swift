/// A small epoch loop that handles the chores around a training step:
/// interrupts, progress reports, the history, early stopping.
///
/// ```swift
/// let history = try TrainingLoop.run(epochs: 200, label: "gcn cora") { epoch in
///     // one epoch; return metrics in display order; "stop" ends the loop early
///     [("loss", loss.value), ("val", valAcc)]
/// }
/// ```
public enum TrainingLoop {
    /// Runs `body` for each epoch (0-based) until `epochs` or until `stopping` says so.
    ///
    /// - Parameters:
    ///   - epochs: maximum number of epochs.
    ///   - label: shown in progress reports.
    ///   - stopping: optional early stopping, fed with the metric named `monitor`.
    ///   - monitor: the metric early stopping watches.
    ///   - body: one epoch; returns its metrics.
    /// - Returns: the history of all metrics.
    /// - Throws: ``InterruptedError`` when the user interrupts, or whatever `body` throws.
    public static func run(epochs: Int, label: String = "training", stopping: EarlyStopping? = nil,
                           monitor: String = "val", _ body: (Int) throws -> [(String, Double)]) throws -> TrainingHistory {
        let history = TrainingHistory()
        for epoch in 0..<max(epochs, 0) {
            try Interruption.check()
            let metrics = try body(epoch)
            history.log(epoch: epoch, metrics)
            var stop = false
            if let stopping, let value = metrics.first(where: { $0.0 == monitor })?.1 {
                stopping.update(value, epoch: epoch)
                stop = stopping.shouldStop
            }
            let finished = stop || epoch == epochs - 1
            Progress.report(label: label, step: epoch + 1, total: epochs, metrics: metrics, isFinished: finished)
            if stop { break }
        }
        return history
    }
}
