/// Metrics recorded per epoch (loss, accuracies…), in the order first logged.
public final class TrainingHistory: CustomStringConvertible {
    /// Metric names in the order they were first logged.
    public private(set) var metricNames: [String] = []
    private var series: [[Double]] = []
    private var epochsOfSeries: [[Int]] = []

    /// Creates an empty history.
    public init() {}

    /// Records `value` for `name` at `epoch`.
    public func log(_ name: String, _ value: Double, epoch: Int) {
        let i: Int
        if let j = metricNames.firstIndex(of: name) { i = j } else {
            metricNames.append(name); series.append([]); epochsOfSeries.append([]); i = metricNames.count - 1
        }
        series[i].append(value)
        epochsOfSeries[i].append(epoch)
    }

    /// Records several metrics for one epoch, in the given order.
    public func log(epoch: Int, _ metrics: [(String, Double)]) {
        for (name, value) in metrics { log(name, value, epoch: epoch) }
    }

    /// The values of a metric, one per epoch it was logged (empty if unknown).
    public subscript(name: String) -> [Double] {
        metricNames.firstIndex(of: name).map { series[$0] } ?? []
    }

    /// The epochs at which a metric was logged.
    public func epochs(of name: String) -> [Int] {
        metricNames.firstIndex(of: name).map { epochsOfSeries[$0] } ?? []
    }

    /// The last logged value of a metric.
    public func last(_ name: String) -> Double? { self[name].last }

    /// Epoch and value of the best entry of a metric.
    public func best(_ name: String, mode: MetricMode) -> (epoch: Int, value: Double)? {
        guard let i = metricNames.firstIndex(of: name), !series[i].isEmpty else { return nil }
        var bi = 0
        for (j, v) in series[i].enumerated() where mode.isImprovement(v, over: series[i][bi], threshold: 0) { bi = j }
        return (epochsOfSeries[i][bi], series[i][bi])
    }

    /// Number of epochs recorded (the longest series).
    public var epochCount: Int { series.map(\.count).max() ?? 0 }

    /// One line per metric with its last value.
    public var description: String {
        let parts = metricNames.map { name in "\(name): \(self[name].last.map { String(format: "%.4f", $0) } ?? "-")" }
        return "TrainingHistory(\(epochCount) epochs; \(parts.joined(separator: ", ")))"
    }
}

import Foundation
