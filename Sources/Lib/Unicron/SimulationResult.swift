import Foundation

/// One stretch of time during which a task held a fixed number of GPUs in one state (for timelines).
public struct TimelineSegment: Sendable, Equatable {
    /// Task index in the workload.
    public let task: Int
    /// Start (s).
    public let start: Double
    /// End (s).
    public let end: Double
    /// GPUs held.
    public let gpus: Int
    /// Whether the task was training (false: detecting, transitioning or stalled).
    public let training: Bool
}

/// What a simulation run produced.
public struct SimulationResult: Sendable {
    /// The strategy simulated.
    public let policy: Policy
    /// ∫ Σ_t F(t, x_t(τ)) dτ over the trace (weighted FLOP).
    public let accumulatedWAF: Double
    /// Sample times (s) of the WAF curve.
    public let sampleTimes: [Double]
    /// Accumulated WAF at each sample time.
    public let accumulatedCurve: [Double]
    /// Events processed (failures, repairs, rejoins).
    public let eventsProcessed: Int
    /// Re-plans run.
    public let replans: Int
    /// Total detection time summed over failures that hit a task (s).
    public let detectionSeconds: Double
    /// Total transition/restart time summed over affected tasks (s).
    public let transitionSeconds: Double
    /// Allocation timeline (empty when not recorded).
    public let timeline: [TimelineSegment]
    /// Failures as (time, node, severity resolved).
    public let failures: [(time: Double, node: Int, severity: Severity)]
    /// Simulated duration (s).
    public let duration: Double
    /// Largest number of GPUs held at once (never more than the healthy GPUs).
    public let peakGPUsHeld: Int
    /// Broken invariants seen (GPU conservation, time running backwards); 0 in a correct run.
    public let invariantViolations: Int
    /// Average WAF over the trace (weighted FLOP/s).
    public var averageWAF: Double { duration > 0 ? accumulatedWAF / duration : 0 }
}

extension SimulationResult {
    /// GPUs each task trains on at each of `times` (0 while it detects, transitions or stalls):
    /// one row per task, for stacked timeline figures.
    public func trainingGPUs(tasks: Int, at times: [Double]) -> [[Double]] {
        var rows = [[Double]](repeating: [Double](repeating: 0, count: times.count), count: tasks)
        for s in timeline where s.training && s.task < tasks {
            // times are sorted: find the covered range by binary search.
            var lo = 0, hi = times.count
            while lo < hi { let m = (lo + hi) / 2; if times[m] < s.start { lo = m + 1 } else { hi = m } }
            var k = lo
            while k < times.count && times[k] < s.end { rows[s.task][k] = Double(s.gpus); k += 1 }
        }
        return rows
    }

    /// The accumulated WAF as a fraction of what the workload would achieve with no failure at all.
    public func efficiency(idealWAF: Double) -> Double { idealWAF > 0 ? averageWAF / idealWAF : 0 }
}
