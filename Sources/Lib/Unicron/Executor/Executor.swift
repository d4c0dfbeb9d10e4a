import Foundation
import Lib
import ZeroMQ
#if canImport(Glibc)
import Glibc
#endif

/// The real executor: a coordinator in this process and one agent process per "node" (the
/// `unicron-agent` executable), talking ZeroMQ over loopback TCP so the same code spans machines.
/// It trains ``DataParallelJob`` by data parallelism: each step's micro-batches are spread over the ready
/// nodes, their gradients come back over the wire and are averaged in micro-batch order, and every replica
/// applies the same SGD update.
///
/// Faults are injected for real (``InjectedFault``) and detected in-band: process exit (waitpid), exception
/// propagation (the agent reports its error), iteration-time statistics (a micro-batch outstanding longer than
/// `hangFactor` × the mean, at least `hangFloorSeconds`, while the node is alive: heartbeating, or its worker
/// seen stopped in /proc by the process supervisor) and heartbeat leases (a silent node whose process runs). Actions follow the severity:
/// SEV3 re-attempts in place, SEV2 restarts the agent (escalating after `maxRestartsPerNode`), SEV1 fences and
/// isolates the node, re-plans and later lets the repaired node rejoin. Transitions keep the micro-batch
/// gradients already received (partial-result reuse) and give a new agent its state from the nearest copy,
/// a live peer replica, falling back to the coordinator's in-memory checkpoint. No step is lost, and the
/// final model equals the fault-free run's.
public final class Executor {
    /// The job and limits.
    public let config: ExecutorConfig
    /// Faults to inject.
    public let faults: [InjectedFault]
    /// Path of the agent executable.
    public let agentPath: String

    /// Creates an executor; the agent is found by ``AgentLocator`` unless `agentPath` is given.
    public init(config: ExecutorConfig = ExecutorConfig(), faults: [InjectedFault] = [], agentPath: String? = nil) throws {
        try config.validate()
        for f in faults {
            guard f.node >= 0, f.node < config.nodes else {
                throw UnicronError("fault '\(f)': node must be in 0..<\(config.nodes)")
            }
            guard f.step >= 0, f.step < config.steps else {
                throw UnicronError("fault '\(f)': step must be in 0..<\(config.steps)")
            }
        }
        self.config = config; self.faults = faults
        self.agentPath = try agentPath ?? AgentLocator.find()
    }

    /// Runs the job to completion (or throws on timeout/interrupt), always leaving no agent behind.
    public func run() throws -> ExecutorReport {
        var run = try ExecutorRun(self)
        defer { run.shutdown() }
        return try run.execute()
    }
}

/// One node slot as the coordinator tracks it.
final class NodeSlot {
    enum State: String { case starting, loading, ready, isolated }
    let id: Int
    var process: AgentProcess?
    var incarnation = -1
    var identity: [UInt8] = []
    var state = State.starting
    var lastSeen = Date()
    var outstanding: [Int] = []
    var lastProgress = Date()
    var restarts = 0
    var errorsThisStep = 0
    var repairAt: Date?
    init(id: Int) { self.id = id }
}

/// The state of one executor run.
struct ExecutorRun {
    let executor: Executor
    let config: ExecutorConfig
    let ctx: ZMQContext
    let router: ZMQSocket
    let endpoint: String
    var nodes: [NodeSlot]
    var events: [ExecutorEvent] = []
    let start = Date()
    var step = 0
    var weights: [Float]
    var received: [Int: [Float]] = [:]
    var stepLosses: [Int: Float] = [:]
    var losses: [Float] = []
    var meanMB: Double?
    var fired = Set<Int>()
    var restarts = 0, isolations = 0, reattempts = 0
    var pendingState: Set<Int> = []

    init(_ executor: Executor) throws {
        self.executor = executor; config = executor.config
        ctx = try ZMQContext()
        router = try ZMQSocket(ctx, .router)
        try router.bind("tcp://127.0.0.1:*")
        guard let ep = router.lastEndpoint else { throw UnicronError("the coordinator could not read its bound endpoint") }
        endpoint = ep
        nodes = (0..<config.nodes).map { NodeSlot(id: $0) }
        weights = try DataParallelJob(config).parameters()
    }

    var now: Double { Date().timeIntervalSince(start) }

    mutating func log(_ node: Int, _ kind: String, _ detail: String) {
        events.append(ExecutorEvent(time: now, step: step, node: node, kind: kind, detail: detail))
    }

    // MARK: - Processes

    mutating func spawn(_ slot: NodeSlot) throws {
        slot.incarnation += 1
        let cfg = String(decoding: try JSONEncoder().encode(config), as: UTF8.self)
        slot.process = try AgentProcess(path: executor.agentPath,
                                        arguments: ["--endpoint", endpoint, "--node", "\(slot.id)",
                                                    "--incarnation", "\(slot.incarnation)", "--config", cfg],
                                        environment: ["OPENBLAS_NUM_THREADS": "1"])
        slot.state = .starting; slot.lastSeen = Date(); slot.outstanding = []; slot.identity = []
        log(slot.id, "start", "agent process \(slot.process!.pid) (incarnation \(slot.incarnation))")
    }

    func shutdown() {
        for n in nodes where !n.identity.isEmpty { try? send(n, WireMessage("stop")) }
        let until = Date().addingTimeInterval(1)
        while Date() < until && nodes.contains(where: { $0.process?.poll() == nil && $0.process != nil }) { usleep(10_000) }
        for n in nodes { n.process?.terminate() }
        router.close()
    }

    func send(_ slot: NodeSlot, _ msg: WireMessage, _ payload: [Float] = []) throws {
        guard !slot.identity.isEmpty else { return }
        try router.send([slot.identity] + (try msg.frames(payload: payload)))
    }

    // MARK: - Main loop

    mutating func execute() throws -> ExecutorReport {
        log(-1, "start", "coordinator at \(endpoint); \(config.nodes) nodes, \(config.steps) steps × \(config.microBatches) micro-batches; faults: "
            + (executor.faults.isEmpty ? "none" : executor.faults.map(\.description).joined(separator: "; ")))
        for n in nodes { try spawn(n) }
        let reference = try DataParallelJob.referenceRun(config)
        let deadline = start.addingTimeInterval(config.timeoutSeconds)
        // Start-up barrier: every agent says hello before step 0 (bounded by the lease of a starting agent).
        let barrier = Date().addingTimeInterval(10)
        while nodes.contains(where: { $0.state != .ready }) && Date() < min(barrier, deadline) {
            if try router.waitReadable(timeoutMs: 10) {
                while let frames = try router.receive(dontWait: true) { try handle(frames) }
            }
            try detect()
        }
        while step < config.steps {
            guard Date() < deadline else {
                throw UnicronError("executor timed out after \(config.timeoutSeconds) s at step \(step); see the event log:\n"
                    + events.suffix(10).map(\.description).joined(separator: "\n"))
            }
            try Interruption.check()
            try dispatch()
            if try router.waitReadable(timeoutMs: 10) {
                while let frames = try router.receive(dontWait: true) { try handle(frames) }
            }
            try detect()
            if received.count == config.microBatches { try finishStep() }
        }
        // Check a live replica against the coordinator's copy.
        let replica = try fetchReplica(deadline: deadline)
        log(-1, "done", "\(step) steps; final loss \(losses.last.map { String(format: "%.4f", $0) } ?? "-"); "
            + "max |final − fault-free| = \(zip(weights, reference).reduce(Float(0)) { max($0, abs($1.0 - $1.1)) })")
        return ExecutorReport(events: events, stepsCompleted: step, losses: losses, finalParameters: weights,
                              referenceParameters: reference, replicaDifference: replica, restarts: restarts,
                              isolations: isolations, reattempts: reattempts, seconds: now)
    }

    mutating func fetchReplica(deadline: Date) throws -> Float? {
        guard let peer = nodes.first(where: { $0.state == .ready }) else { return nil }
        var m = WireMessage("getstate"); m.target = -1
        try send(peer, m)
        let until = min(deadline, Date().addingTimeInterval(5))
        while Date() < until {
            guard try router.waitReadable(timeoutMs: 20), let frames = try router.receive(dontWait: true) else { continue }
            let (msg, payload) = try WireMessage.decode(Array(frames.dropFirst()))
            if msg.type == "state", msg.target == -1, msg.node == peer.id {
                let d = zip(payload, weights).reduce(Float(0)) { max($0, abs($1.0 - $1.1)) }
                log(peer.id, "done", "replica state after step \(msg.step) differs from the coordinator's by \(d)")
                return d
            }
        }
        return nil
    }

    /// Hands unassigned micro-batches of this step to idle ready nodes, and fires the faults of this step.
    mutating func dispatch() throws {
        let busy = Set(nodes.flatMap(\.outstanding))
        var free = (0..<config.microBatches).filter { received[$0] == nil && !busy.contains($0) }
        let idle = nodes.filter { $0.state == .ready && $0.outstanding.isEmpty }
        guard !free.isEmpty, !idle.isEmpty else { return }
        let per = (free.count + idle.count - 1) / idle.count
        for slot in idle where !free.isEmpty {
            let mine = Array(free.prefix(per)); free.removeFirst(mine.count)
            var work = WireMessage("work"); work.step = step; work.microBatches = mine
            for (i, f) in executor.faults.enumerated() where !fired.contains(i) && f.node == slot.id && f.step <= step {
                fired.insert(i)
                log(slot.id, "fault", f.description)
                switch f {
                case .kill: slot.process?.signal(SIGKILL)
                case .hang: slot.process?.signal(SIGSTOP)
                case .thrownError(_, _, let times): work.inject = "throw"; work.injectTimes = times
                case .droppedHeartbeats: work.inject = "silence"
                }
            }
            slot.outstanding = mine; slot.lastProgress = Date()
            try send(slot, work)
        }
    }

    mutating func handle(_ frames: [[UInt8]]) throws {
        guard frames.count >= 3 else { return }
        let (msg, payload) = try WireMessage.decode(Array(frames.dropFirst()))
        guard msg.node >= 0, msg.node < nodes.count else { return }
        let slot = nodes[msg.node]
        guard msg.incarnation == slot.incarnation, slot.state != .isolated else { return }  // a fenced or older process
        slot.lastSeen = Date()
        switch msg.type {
        case "hello":
            slot.identity = frames[0]
            if step == 0 && received.isEmpty && slot.incarnation == 0 {
                slot.state = .ready
            } else {
                slot.state = .loading
                try transferState(to: slot)
            }
        case "grad":
            guard msg.step == step, received[msg.microBatch] == nil, payload.count == weights.count else { return }
            received[msg.microBatch] = payload; stepLosses[msg.microBatch] = msg.loss
            let dt = Date().timeIntervalSince(slot.lastProgress)
            meanMB = meanMB.map { 0.8 * $0 + 0.2 * dt } ?? dt
            slot.lastProgress = Date()
            slot.outstanding.removeAll { $0 == msg.microBatch }
        case "error":
            guard msg.step == step else { return }
            log(slot.id, "detect", "exceptionPropagation after \(ms(Date().timeIntervalSince(slot.lastProgress))): \(msg.text ?? "error") (connectionReset, SEV3)")
            slot.errorsThisStep += 1
            if slot.errorsThisStep == 1 {
                reattempts += 1
                log(slot.id, "action", "reattempt in place: micro-batches \(slot.outstanding)")
                var work = WireMessage("work"); work.step = step; work.microBatches = slot.outstanding
                slot.lastProgress = Date()
                try send(slot, work)
            } else {
                log(slot.id, "action", "re-attempt failed: escalating SEV3 → SEV2")
                try restart(slot, reason: "repeated error")
            }
        case "state":
            guard msg.target >= 0, msg.target < nodes.count else { return }
            let target = nodes[msg.target]
            pendingState.remove(target.id)
            guard target.state == .loading else { return }
            if msg.step == step {
                log(target.id, "transfer", "nearest state: replica of node \(slot.id) → node \(target.id), "
                    + "\(payload.count * 4) bytes over loopback (step \(msg.step))")
                var load = WireMessage("load"); load.step = msg.step
                try send(target, load, payload)
            } else {
                try loadFromCheckpoint(target)
            }
        case "loaded":
            if msg.step == step {
                slot.state = .ready
                log(slot.id, "action", "ready at step \(step); joins the data-parallel group")
                replan("node \(slot.id) joined")
            } else {
                try loadFromCheckpoint(slot)
            }
        default:
            break
        }
    }

    mutating func loadFromCheckpoint(_ slot: NodeSlot) throws {
        log(slot.id, "transfer", "state from the coordinator's in-memory checkpoint, \(weights.count * 4) bytes (step \(step))")
        var load = WireMessage("load"); load.step = step
        try send(slot, load, weights)
    }

    mutating func transferState(to slot: NodeSlot) throws {
        if let peer = nodes.first(where: { $0.state == .ready && $0.id != slot.id }) {
            var m = WireMessage("getstate"); m.target = slot.id
            pendingState.insert(slot.id)
            try send(peer, m)
        } else {
            try loadFromCheckpoint(slot)
        }
    }

    func ms(_ s: Double) -> String { String(format: "%.0f ms", s * 1000) }

    /// The in-band detectors: process exit, iteration-time statistics, heartbeat lease; and repairs.
    mutating func detect() throws {
        let t = Date()
        for slot in nodes {
            switch slot.state {
            case .isolated:
                if let r = slot.repairAt, t >= r {
                    slot.repairAt = nil
                    log(slot.id, "repair", "node repaired; a new agent joins")
                    try spawn(slot)
                }
                continue
            default: break
            }
            if let status = slot.process?.poll() {
                log(slot.id, "detect", "processExit: agent \(AgentProcess.describe(status)) (abnormalExit, SEV2)")
                try restart(slot, reason: "process exit")
                continue
            }
            let silent = t.timeIntervalSince(slot.lastSeen)
            let lease = slot.state == .starting ? max(config.leaseSeconds, 10) : config.leaseSeconds
            if slot.state == .ready, !slot.outstanding.isEmpty {
                let limit = max(config.hangFactor * (meanMB ?? 0), config.hangFloorSeconds)
                let waited = t.timeIntervalSince(slot.lastProgress)
                // No progress while the node is alive (heartbeating, or its process supervisor sees the worker
                // stopped) is a hang; a silent node with a running process is a connection problem for the lease.
                let stopped = slot.process?.isStopped ?? false
                if waited > limit, stopped || silent <= config.heartbeatInterval * 3 {
                    log(slot.id, "detect", "iterationStatistics: micro-batch outstanding for \(ms(waited)) > \(ms(limit)) "
                        + "(mean \(ms(meanMB ?? 0))), worker " + (stopped ? "stopped" : "alive") + " (taskHang, SEV2)")
                    try restart(slot, reason: "hang")
                    continue
                }
            }
            if silent > lease {
                log(slot.id, "detect", "heartbeatLease: no heartbeat for \(ms(silent)) > lease \(ms(lease)) (lostConnection, SEV1)")
                isolate(slot)
            }
        }
    }

    mutating func releaseWork(_ slot: NodeSlot) {
        if !slot.outstanding.isEmpty {
            log(slot.id, "reuse", "kept \(received.count) of \(config.microBatches) micro-batch gradients of step \(step); "
                + "redistributing \(slot.outstanding)")
        }
        slot.outstanding = []
    }

    mutating func restart(_ slot: NodeSlot, reason: String) throws {
        slot.process?.terminate()
        releaseWork(slot)
        slot.restarts += 1
        if slot.restarts > config.maxRestartsPerNode {
            log(slot.id, "action", "\(slot.restarts - 1) restarts did not help: escalating SEV2 → SEV1")
            isolate(slot)
            return
        }
        restarts += 1
        log(slot.id, "action", "restartProcess (\(reason))")
        try spawn(slot)
    }

    mutating func isolate(_ slot: NodeSlot) {
        slot.process?.terminate()  // fence: the lost node must not come back as a zombie writer
        releaseWork(slot)
        slot.state = .isolated; slot.identity = []
        isolations += 1
        slot.repairAt = config.repairAfterSeconds.map { Date().addingTimeInterval($0) }
        log(slot.id, "action", "isolateAndReplan: node fenced and isolated")
        replan("node \(slot.id) isolated")
    }

    /// Re-plans the job over the healthy nodes with the knapsack planner (one data-parallel task whose
    /// throughput grows with its replicas).
    mutating func replan(_ trigger: String) {
        let healthy = nodes.filter { $0.state != .isolated }.count
        let ready = nodes.filter { $0.state == .ready }.count
        guard let task = try? TrainingTask(id: 0, name: "dp-mlp", weight: 1, minGPUs: 1,
                                           curve: (0...config.nodes).map { Double($0) }) else { return }
        let plan = Planner(granularity: .gpu, runningDuration: 60)
            .plan([PlanInput(task: task, current: ready, transitionSeconds: 0.5)], available: healthy)
        log(-1, "plan", "\(trigger): data-parallel size \(plan.allocation[0]) on nodes "
            + nodes.filter { $0.state != .isolated }.map { "\($0.id)" }.joined(separator: ","))
    }

    mutating func finishStep() throws {
        let grads = (0..<config.microBatches).compactMap { received[$0] }
        let avg = DataParallelJob.average(grads)
        weights = DataParallelJob.sgd(weights, avg, lr: config.learningRate)
        let loss = (0..<config.microBatches).compactMap { stepLosses[$0] }.reduce(0, +) / Float(config.microBatches)
        losses.append(loss)
        var apply = WireMessage("apply"); apply.step = step
        for slot in nodes where slot.state == .ready { try send(slot, apply, avg) }
        log(-1, "step", String(format: "step %d done, loss %.4f, %d nodes ready", step, loss,
                               nodes.filter { $0.state == .ready }.count))
        Progress.report(label: "unicron executor", step: step + 1, total: config.steps, metrics: [("loss", Double(loss))])
        step += 1
        received = [:]; stepLosses = [:]
        for n in nodes { n.errorsThisStep = 0 }
    }
}
