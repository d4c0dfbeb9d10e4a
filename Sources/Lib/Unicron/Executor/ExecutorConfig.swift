import Foundation

/// The training job and limits of a real executor run: a small MLP classifier trained by data-parallel SGD
/// on a synthetic seeded dataset, the global batch split into `microBatches` micro-batches per step.
public struct ExecutorConfig: Codable, Sendable, Equatable {
    /// Agent ("node") processes started at the beginning.
    public var nodes: Int = 3
    /// Optimisation steps to complete.
    public var steps: Int = 12
    /// Micro-batches per step (the fixed global batch is microBatches × microBatchSize samples).
    public var microBatches: Int = 6
    /// Samples per micro-batch.
    public var microBatchSize: Int = 16
    /// Input features.
    public var features: Int = 8
    /// Hidden units of the MLP.
    public var hidden: Int = 16
    /// Classes.
    public var classes: Int = 3
    /// SGD learning rate.
    public var learningRate: Float = 0.1
    /// Seed of the data and the initial weights.
    public var seed: Int = 7
    /// Heartbeat period of an agent (s).
    public var heartbeatInterval: Double = 0.05
    /// The coordinator declares a node lost when it has not heard from it for this long (s).
    public var leaseSeconds: Double = 1.0
    /// A micro-batch running longer than this multiple of the mean micro-batch time is a hang…
    public var hangFactor: Double = 3
    /// …but never sooner than this (s).
    public var hangFloorSeconds: Double = 0.5
    /// In-place restarts of one node before its error escalates to SEV1 isolation.
    public var maxRestartsPerNode: Int = 3
    /// An isolated node is repaired and rejoins after this long (s); nil: never.
    public var repairAfterSeconds: Double? = 1.5
    /// The whole run fails after this long (s).
    public var timeoutSeconds: Double = 60
    /// An agent exits by itself after hearing nothing from the coordinator for this long (s).
    public var agentIdleExitSeconds: Double = 10

    /// The default small job.
    public init() {}

    /// Checks the sizes and limits; throws a message naming the bad field.
    public func validate() throws {
        let positives: [(String, Int)] = [("nodes", nodes), ("steps", steps), ("microBatches", microBatches),
                                          ("microBatchSize", microBatchSize), ("features", features),
                                          ("hidden", hidden), ("classes", classes)]
        for (n, v) in positives where v <= 0 { throw UnicronError("ExecutorConfig.\(n) must be positive, got \(v)") }
        guard nodes <= 16 else { throw UnicronError("ExecutorConfig.nodes is at most 16 on one machine, got \(nodes)") }
        guard timeoutSeconds > 0, leaseSeconds > heartbeatInterval else {
            throw UnicronError("ExecutorConfig: timeoutSeconds must be positive and leaseSeconds longer than heartbeatInterval")
        }
    }
}

/// A fault to inject for real during an executor run.
public enum InjectedFault: Sendable, Equatable, CustomStringConvertible {
    /// SIGKILL the node's agent while it computes step `step` (detected by process exit).
    case kill(node: Int, step: Int)
    /// SIGSTOP the node's agent during step `step` (a hang, detected by iteration-time statistics).
    case hang(node: Int, step: Int)
    /// The agent throws an error while computing step `step`, `times` times in a row (exception propagation;
    /// SEV3 re-attempt, escalating to a SEV2 restart when it repeats).
    case thrownError(node: Int, step: Int, times: Int)
    /// The agent stops sending heartbeats and answering from step `step` (lease expiry: SEV1, the node is
    /// isolated, the job re-planned without it, and the node rejoins after repair).
    case droppedHeartbeats(node: Int, step: Int)

    /// The node the fault hits.
    public var node: Int {
        switch self {
        case .kill(let n, _), .hang(let n, _), .thrownError(let n, _, _), .droppedHeartbeats(let n, _): return n
        }
    }
    /// The step during which it happens.
    public var step: Int {
        switch self {
        case .kill(_, let s), .hang(_, let s), .thrownError(_, let s, _), .droppedHeartbeats(_, let s): return s
        }
    }
    public var description: String {
        switch self {
        case .kill(let n, let s): return "kill -9 node \(n) at step \(s)"
        case .hang(let n, let s): return "SIGSTOP node \(n) at step \(s)"
        case .thrownError(let n, let s, let t): return "error thrown on node \(n) at step \(s) (\(t)×)"
        case .droppedHeartbeats(let n, let s): return "heartbeats dropped by node \(n) from step \(s)"
        }
    }
}

extension InjectedFault {
    /// Parses "kill:NODE:STEP", "hang:NODE:STEP", "throw:NODE:STEP[:TIMES]" or "heartbeat:NODE:STEP".
    public init(parsing text: String) throws {
        let parts = text.split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
        let usage = "expected kill:NODE:STEP, hang:NODE:STEP, throw:NODE:STEP[:TIMES] or heartbeat:NODE:STEP"
        guard parts.count >= 3, let node = Int(parts[1]), let step = Int(parts[2]) else {
            throw UnicronError("fault '\(text)': \(usage)")
        }
        switch parts[0].lowercased() {
        case "kill": self = .kill(node: node, step: step)
        case "hang", "stop": self = .hang(node: node, step: step)
        case "throw", "error":
            let times = parts.count > 3 ? Int(parts[3]) : 1
            guard let times, times >= 1 else { throw UnicronError("fault '\(text)': TIMES must be a positive integer") }
            self = .thrownError(node: node, step: step, times: times)
        case "heartbeat", "heartbeats", "drop": self = .droppedHeartbeats(node: node, step: step)
        default: throw UnicronError("fault '\(text)': unknown kind '\(parts[0])'; \(usage)")
        }
    }
}
