import Foundation

/// One entry of an executor run's event log.
public struct ExecutorEvent: Sendable, Equatable, CustomStringConvertible {
    /// Seconds since the run started.
    public let time: Double
    /// The training step in progress.
    public let step: Int
    /// The node concerned (-1: the whole job).
    public let node: Int
    /// "start", "fault", "detect", "action", "transfer", "reuse", "plan", "step", "repair", "done".
    public let kind: String
    /// Details.
    public let detail: String
    public var description: String {
        String(format: "%7.3f s  step %3d  %@  %-8@ %@", time, step, node >= 0 ? "node \(node)" : "job   ", kind, detail)
    }
}

/// What a real executor run produced.
public struct ExecutorReport: Sendable {
    /// The event log, in order.
    public let events: [ExecutorEvent]
    /// Steps completed (equals the configured steps on success).
    public let stepsCompleted: Int
    /// Mean micro-batch loss of each step.
    public let losses: [Float]
    /// Final parameters (the coordinator's copy, checked against a live agent's replica).
    public let finalParameters: [Float]
    /// Parameters of the fault-free run computed in-process.
    public let referenceParameters: [Float]
    /// Largest |final − reference| over all parameters.
    public var maxDifference: Float {
        zip(finalParameters, referenceParameters).reduce(0) { max($0, abs($1.0 - $1.1)) }
    }
    /// Largest |agent replica − coordinator copy| at the end (nil if no agent answered).
    public let replicaDifference: Float?
    /// Agent processes restarted in place (SEV2).
    public let restarts: Int
    /// Nodes isolated (SEV1).
    public let isolations: Int
    /// SEV3 re-attempts.
    public let reattempts: Int
    /// Wall-clock seconds.
    public let seconds: Double
    /// The log as text, one event per line.
    public var log: String { events.map(\.description).joined(separator: "\n") }
}
