import Foundation

/// Where a GPU can fetch training state from, nearest first.
public enum StateSource: String, CaseIterable, Sendable, CustomStringConvertible {
    /// Already on the GPU: nothing to move.
    case localGPU
    /// A data-parallel peer on the same node (NVLink).
    case intraNodePeer
    /// A data-parallel peer on another node (RDMA network).
    case remotePeer
    /// An in-memory checkpoint in a host's RAM (PCIe locally, network if remote).
    case inMemoryCheckpoint
    /// The persistent checkpoint on shared storage.
    case remoteStorage
    public var description: String { rawValue }
}

/// The cost terms of moving a task from one allocation to another: a fixed reconfiguration, the bytes of
/// state each new GPU fetches over the bandwidth of its link class, and the computation redone.
///
/// Partial-result reuse resumes the failed iteration: micro-batches finished by healthy data-parallel ranks
/// are kept and only the failed rank's share (1/d of an iteration) is redone. Without it, training resumes
/// from the last checkpoint and redoes half a checkpoint interval on average. The nearest-state principle
/// fetches each shard from the nearest copy (peer GPU, then in-memory checkpoint); without it every shard
/// comes from remote storage.
public struct TransitionModel: Sendable, Equatable {
    /// Bandwidth per GPU in bytes/s of each link class.
    public var nvlinkBandwidth: Double = 200e9
    /// RDMA network bandwidth per GPU (bytes/s).
    public var networkBandwidth: Double = 25e9
    /// Host-to-device bandwidth for an in-memory checkpoint (bytes/s).
    public var pcieBandwidth: Double = 20e9
    /// Shared-storage read bandwidth per GPU while a whole task reloads (bytes/s).
    public var storageBandwidth: Double = 0.5e9
    /// Fixed cost of reconfiguring a running task in place (new communicators, rebuilding the layout) (s).
    public var reconfigureSeconds: Double = 30
    /// Fixed cost of resubmitting a job through the scheduler (s) (paper: 9 minutes).
    public var resubmitSeconds: Double = 9 * 60
    /// Environment and CUDA initialisation of a fresh job (s) (paper: 14 minutes).
    public var environmentSeconds: Double = 14 * 60
    /// Interval between persistent checkpoints (s); restarting redoes half of it on average (paper: 15 minutes).
    public var checkpointInterval: Double = 30 * 60

    /// The default costs.
    public init() {}

    /// Seconds to move `bytes` from `source`.
    public func fetchSeconds(_ bytes: Double, from source: StateSource) -> Double {
        switch source {
        case .localGPU: return 0
        case .intraNodePeer: return bytes / nvlinkBandwidth
        case .remotePeer: return bytes / networkBandwidth
        case .inMemoryCheckpoint: return bytes / min(pcieBandwidth, networkBandwidth)
        case .remoteStorage: return bytes / storageBandwidth
        }
    }

    /// The nearest source of a shard for a GPU joining or restarting a task that keeps `replicas`
    /// data-parallel copies, some of them on the same node (`peerOnNode`).
    public func nearestSource(replicas: Int, peerOnNode: Bool, inMemoryCheckpoint: Bool = true) -> StateSource {
        if replicas >= 2 { return peerOnNode ? .intraNodePeer : .remotePeer }
        return inMemoryCheckpoint ? .inMemoryCheckpoint : .remoteStorage
    }

    /// A transition's cost broken into its terms (seconds).
    public struct Cost: Sendable, Equatable, CustomStringConvertible {
        /// Reconfiguration or restart overhead.
        public var overhead: Double
        /// State transfer.
        public var transfer: Double
        /// Recomputation of lost work.
        public var recompute: Double
        /// The source the state came from.
        public var source: StateSource
        /// overhead + transfer + recompute.
        public var total: Double { overhead + transfer + recompute }
        public var description: String {
            String(format: "%.1f s (overhead %.1f + transfer %.1f from %@ + recompute %.1f)", total, overhead, transfer,
                   source.rawValue, recompute)
        }
    }

    /// Unicron's transition of a task: in-place reconfiguration, state from the nearest copy (or storage),
    /// redoing the failed rank's micro-batches (or half a checkpoint interval without partial reuse).
    public func unicron(model: ModelPreset, config: ParallelConfig?, iterationTime: Double,
                        partialReuse: Bool = true, nearest: Bool = true) -> Cost {
        let shards = Double(max((config?.tensor ?? 1) * (config?.pipeline ?? 1), 1))
        let shardBytes = model.stateBytes / shards
        let replicas = config?.data ?? 1
        let source = nearest ? nearestSource(replicas: replicas, peerOnNode: (config?.gpus ?? 1) <= 8) : .remoteStorage
        let transfer = fetchSeconds(shardBytes, from: source)
        let recompute = partialReuse ? iterationTime / Double(max(replicas, 1)) : checkpointInterval / 2
        return Cost(overhead: reconfigureSeconds, transfer: transfer, recompute: recompute, source: source)
    }

    /// The baseline restart (Megatron): resubmit, set up the environment, load the checkpoint from storage,
    /// redo half a checkpoint interval.
    public func checkpointRestart(model: ModelPreset, config: ParallelConfig?) -> Cost {
        let shards = Double(max((config?.tensor ?? 1) * (config?.pipeline ?? 1), 1))
        return Cost(overhead: resubmitSeconds + environmentSeconds,
                    transfer: fetchSeconds(model.stateBytes / shards, from: .remoteStorage),
                    recompute: checkpointInterval / 2, source: .remoteStorage)
    }
}
