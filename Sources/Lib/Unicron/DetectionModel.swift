import Foundation

/// An in-band way for the agent to notice an error.
public enum DetectionMechanism: String, CaseIterable, Sendable, CustomStringConvertible {
    /// The node stops renewing its lease with the coordinator; detected after the lease expires.
    case heartbeatLease
    /// The supervised worker process exits with a non-zero status; detected when the agent reaps it.
    case processExit
    /// The training framework raises an exception that the worker forwards to its agent.
    case exceptionPropagation
    /// Online statistics of iteration time: an iteration longer than `hangFactor` × the running mean is a hang.
    case iterationStatistics
    /// The baseline: a collective operation blocks until its timeout (30 minutes in Megatron/NCCL).
    case collectiveTimeout

    public var description: String { rawValue }
}

/// Detection latencies per mechanism, in seconds. Defaults follow the paper: heartbeats with a lease
/// of seconds, sub-second process supervision and exception propagation, a hang flagged when an
/// iteration exceeds 3× the running mean, and the 30-minute collective timeout of the baseline.
public struct DetectionModel: Sendable, Equatable {
    /// Heartbeat period (s).
    public var heartbeatInterval: Double = 1
    /// Missed heartbeats before the lease expires.
    public var leaseMissedBeats: Int = 5
    /// Time for the agent to reap an exited process and report it (s).
    public var processExitLatency: Double = 0.2
    /// Time for a framework exception to reach the coordinator (s).
    public var exceptionLatency: Double = 0.1
    /// An iteration is a hang when it takes longer than this multiple of the running mean.
    public var hangFactor: Double = 3
    /// The baseline collective timeout (s): 30 minutes.
    public var collectiveTimeout: Double = 30 * 60

    /// The default model.
    public init() {}

    /// Seconds from the fault until it is known, for `mechanism` and a task with the given mean iteration time.
    public func latency(_ mechanism: DetectionMechanism, iterationTime: Double) -> Double {
        switch mechanism {
        case .heartbeatLease: return heartbeatInterval * Double(leaseMissedBeats)
        case .processExit: return processExitLatency
        case .exceptionPropagation: return exceptionLatency
        // The hang starts on average half an iteration in; it is flagged hangFactor × mean after the iteration began.
        case .iterationStatistics: return max(hangFactor * iterationTime - 0.5 * iterationTime, exceptionLatency)
        case .collectiveTimeout: return collectiveTimeout
        }
    }

    /// Unicron's detection time for an error kind.
    public func unicronLatency(_ kind: ErrorKind, iterationTime: Double) -> Double {
        latency(kind.mechanism, iterationTime: iterationTime)
    }

    /// The baseline (Megatron) detection time: peers of the failed rank block in a collective until it
    /// times out, whatever the error; only a lost node whose processes all die is seen no sooner.
    public func baselineLatency(_ kind: ErrorKind) -> Double { collectiveTimeout }
}

/// Online hang detector on iteration times (the agent's statistics mechanism): an exponential
/// moving average of iteration time, and a hang flagged when the current iteration exceeds
/// `factor` × that mean.
public struct IterationTimeMonitor: Sendable {
    /// The running mean (s), nil before the first iteration.
    public private(set) var mean: Double?
    /// The smoothing weight of a new sample.
    public let alpha: Double
    /// The hang threshold as a multiple of the mean.
    public let factor: Double
    /// Creates a monitor.
    public init(alpha: Double = 0.2, factor: Double = 3) { self.alpha = alpha; self.factor = factor }
    /// Records a finished iteration's duration.
    public mutating func record(_ seconds: Double) {
        mean = mean.map { (1 - alpha) * $0 + alpha * seconds } ?? seconds
    }
    /// Whether an iteration running for `elapsed` seconds is a hang (never before the first sample).
    public func isHang(elapsed: Double) -> Bool {
        guard let m = mean else { return false }
        return elapsed > factor * m
    }
    /// The elapsed time after which the current iteration counts as a hang, nil before the first sample.
    public var deadline: Double? { mean.map { factor * $0 } }
}
