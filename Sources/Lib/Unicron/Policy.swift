import Foundation

/// A self-healing strategy the simulator can run, with the behaviour its paper describes.
///
/// - `unicron`: in-band detection per mechanism; SEV3 re-attempt and SEV2 process restart in place, SEV1
///   node isolation with a cluster-wide re-plan by the knapsack planner; transitions reuse partial results
///   and fetch state from the nearest copy (each can be switched off).
/// - `megatron`: checkpoint/restart. Every error is noticed when the collective times out (30 min); the job
///   is resubmitted (9 min), sets up its environment (14 min), loads the checkpoint from storage and redoes
///   half a checkpoint interval. A lost node stalls the job until a spare node exists or it is repaired
///   (fixed-size jobs, manual down-scaling).
/// - `oobleck` (Jang et al., SOSP'23): pipeline templates over the job's remaining nodes; lost nodes seen by
///   heartbeats and crashed processes through broken connections (process-exit latency), but hangs and SEV3
///   network errors only at the collective timeout (no in-band classification, same for Varuna and Bamboo); every error removes the node, the job re-instantiates pipelines from replicas (reconfigure,
///   state from peers, redo the lost iteration) and a node with a transient error rejoins after a process
///   restart with environment setup (14 min). Whole-node granularity; no cross-job re-planning.
/// - `varuna` (Athlur et al., EuroSys'22): job morphing for spot VMs: its manager notices lost nodes by
///   heartbeat, hangs at the collective timeout; every change restarts the job in a new configuration from
///   the last checkpoint (environment setup, checkpoint load from storage, redo half an interval), without
///   scheduler resubmission. No cross-job re-planning.
/// - `bamboo` (Thorpe et al., NSDI'23): redundant computation: each stage also runs its successor's layers,
///   so steady throughput is `1/redundancyOverhead` of the plain job; a single failure fails over to the
///   redundant copy in `reconfigureSeconds` with nothing recomputed; detection like Oobleck; the node rejoins
///   as in Oobleck. No cross-job re-planning.
public enum Policy: String, CaseIterable, Sendable, CustomStringConvertible {
    case unicron, megatron, oobleck, varuna, bamboo
    public var description: String { rawValue }
    /// Display name.
    public var displayName: String {
        switch self {
        case .unicron: return "Unicron"
        case .megatron: return "Megatron"
        case .oobleck: return "Oobleck"
        case .varuna: return "Varuna"
        case .bamboo: return "Bamboo"
        }
    }
}

/// Options of a simulation run.
public struct SimulationOptions: Sendable {
    /// The strategy.
    public var policy: Policy
    /// Unicron: resume the failed iteration instead of the last checkpoint.
    public var partialReuse = true
    /// Unicron: fetch state from the nearest copy instead of remote storage.
    public var nearestState = true
    /// Unicron: planner granularity.
    public var granularity: PlanGranularity = .node(gpusPerNode: 8)
    /// Mean time between failures of one GPU (s), for D_running; by default derived from the trace.
    public var mtbfPerGPU: Double? = nil
    /// Bamboo's resource overhead of redundant computation (throughput divided by this).
    public var redundancyOverhead: Double = 1.5
    /// Seconds of a SEV3 re-attempt in place.
    public var reattemptSeconds: Double = 10
    /// Seconds between samples of the WAF curve (0: no curve).
    public var sampleInterval: Double = 600
    /// Record per-task allocation segments for the timeline figure.
    public var recordTimeline = true
    /// Creates options for `policy`.
    public init(policy: Policy) { self.policy = policy }
}
