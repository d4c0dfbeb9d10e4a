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
