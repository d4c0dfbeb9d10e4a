import Foundation

/// The health of one GPU.
public enum GPUHealth: String, Sendable, CustomStringConvertible {
    /// Usable.
    case healthy
    /// Hit by an error being handled in place (SEV2/SEV3); still assigned to its task.
    case recovering
    /// Isolated with its node after a SEV1 error, until repaired.
    case isolated
    public var description: String { rawValue }
}

/// The lifecycle state of a task in a cluster.
public enum TaskStatus: String, Sendable, CustomStringConvertible {
    /// Submitted, holding no GPUs (waiting for capacity).
    case pending
    /// Training on its GPUs.
    case running
    /// Finished and removed from planning.
    case finished
    public var description: String { rawValue }
}

/// One entry of a cluster's event log.
public struct ClusterEvent: Sendable, Equatable, CustomStringConvertible {
    /// Cluster clock (s).
    public let time: Double
    /// A short kind: "submit", "finish", "failure", "repair", "plan", "transition", "action".
    public let kind: String
    /// Human-readable details.
    public let detail: String
    /// Creates an event.
    public init(time: Double, kind: String, detail: String) { self.time = time; self.kind = kind; self.detail = detail }
    public var description: String { String(format: "[%9.1f s] %-10@ %@", time, kind, detail) }
}
