import Foundation

/// A GPU cluster under Unicron's control: nodes of GPUs with health states, training tasks with their
/// allocations, and an event log. Every state change (submit, finish, SEV1 failure, repair) runs the
/// planner and moves GPUs between tasks, keeping GPUs in place where possible.
public final class Cluster {
    /// Nodes.
    public let nodeCount: Int
    /// GPUs per node.
    public let gpusPerNode: Int
    /// The performance model used to build task curves.
    public let performance: PerformanceModel
    /// Detection latencies.
    public var detection = DetectionModel()
    /// Transition costs.
    public var transitions = TransitionModel()
    /// Planner granularity.
    public var granularity: PlanGranularity = .gpu
    /// Mean time between failures of one GPU (s); D_running is this over the healthy GPU count.
    public var mtbfPerGPU: Double
    /// Health of every GPU (index: node · gpusPerNode + local).
    public private(set) var health: [GPUHealth]
    /// Owning task id of every GPU, nil when free.
    public private(set) var owner: [Int?]
    /// Tasks in submission order.
    public private(set) var tasks: [TrainingTask] = []
    /// Status of each task (same order as ``tasks``).
    public private(set) var status: [TaskStatus] = []
    /// The event log.
    public private(set) var events: [ClusterEvent] = []
    /// The cluster clock (s); events are stamped with it.
    public private(set) var clock: Double = 0
    /// The last plan produced.
    public private(set) var lastPlan: Plan?
    /// Plans computed ahead for the next likely events (node failures and repairs), keyed by event.
    public private(set) var precomputed: [(event: String, plan: Plan)] = []
    /// How many events were served from a precomputed plan.
    public private(set) var precomputedHits = 0
    private var nextTaskID = 0

    /// The largest cluster the planner handles (its dynamic programme is quadratic in GPUs).
    public static let maximumGPUs = 65_536

    /// Creates a cluster of `nodes` × `gpusPerNode` healthy GPUs.
    /// - Parameter mtbfPerGPU: mean time between failures of one GPU in seconds (default: 1 failure per
    ///   GPU every 4,000 hours, i.e. a 128-GPU cluster fails about every 31 hours).
    public init(nodes: Int, gpusPerNode: Int = 8, performance: PerformanceModel = PerformanceModel(),
                mtbfPerGPU: Double = 4000 * 3600) throws {
        guard nodes > 0, gpusPerNode > 0 else {
            throw UnicronError("a cluster needs at least one node and one GPU per node, got \(nodes) × \(gpusPerNode)")
        }
        guard nodes <= Cluster.maximumGPUs, gpusPerNode <= Cluster.maximumGPUs, nodes * gpusPerNode <= Cluster.maximumGPUs else {
            throw UnicronError("a cluster of \(nodes) × \(gpusPerNode) GPUs is larger than the \(Cluster.maximumGPUs) the planner handles")
        }
        nodeCount = nodes; self.gpusPerNode = gpusPerNode
        var perf = performance; perf.gpusPerNode = gpusPerNode
        self.performance = perf
        self.mtbfPerGPU = mtbfPerGPU
        health = Array(repeating: .healthy, count: nodes * gpusPerNode)
        owner = Array(repeating: nil, count: nodes * gpusPerNode)
    }

    // MARK: - Queries

    /// Total GPUs.
    public var gpuCount: Int { nodeCount * gpusPerNode }
    /// GPUs not isolated.
    public var healthyGPUs: Int { health.reduce(0) { $0 + ($1 == .isolated ? 0 : 1) } }
    /// GPU ids held by a task, ascending.
    public func gpus(of taskID: Int) -> [Int] { owner.indices.filter { owner[$0] == taskID } }
    /// The task with this id.
    public func task(_ id: Int) throws -> TrainingTask {
        guard let t = tasks.first(where: { $0.id == id }) else {
            throw UnicronError("no task with id \(id); tasks: \(tasks.map { "\($0.id)" }.joined(separator: ", "))")
        }
        return t
    }
    /// Current WAF of the cluster: Σ_t F(t, x_t) over running tasks (weighted FLOP/s).
    public var waf: Double {
        zip(tasks, status).reduce(0) { $0 + ($1.1 == .running ? $1.0.waf(gpus(of: $1.0.id).count) : 0) }
    }
    /// D_running (s) used by the planner now.
    public var runningDuration: Double { Planner.runningDuration(mtbfPerGPU: mtbfPerGPU, gpus: healthyGPUs) }

    /// Advances the clock to `time` (never backwards).
    public func advance(to time: Double) throws {
        guard time >= clock else { throw UnicronError("the cluster clock is at \(clock) s; cannot go back to \(time) s") }
        clock = time
    }

    // MARK: - Lifecycle

    /// Submits a task for `model`; the planner runs and may give it GPUs. Returns the task.
    ///
    /// With `normalized` (the default) the WAF weight is `weight / (T(8)/8)`: the task's throughput counts in
    /// GPU-equivalents at its 8-GPU efficiency, times `weight` as a priority, so that the planner shares GPUs
    /// by marginal benefit instead of handing all of them to the most FLOP-efficient model. Otherwise `weight`
    /// multiplies raw FLOP/s, as in the paper's formula.
    @discardableResult
    public func submit(_ model: ModelPreset, weight: Double = 1, name: String? = nil, normalized: Bool = true) throws -> TrainingTask {
        guard weight > 0 else { throw UnicronError("task weight must be positive, got \(weight)") }
        var w = weight
        if normalized {
            let probe = min(gpuCount, gpusPerNode)
            guard let best = performance.bestConfigs(model, maxGPUs: probe)[probe], best.throughput > 0 else {
                throw UnicronError("\(model.name) does not fit on \(probe) GPUs; submit it with normalized: false on a larger cluster")
            }
            w = weight / (best.throughput / Double(probe))
        }
        let t = try TrainingTask(id: nextTaskID, name: name, model: model, weight: w, maxGPUs: gpuCount,
                                 performance: performance)
        nextTaskID += 1
        tasks.append(t); status.append(.pending)
        log("submit", "\(t.name): priority \(weight), needs ≥ \(t.minGPUs) GPUs")
        replan(trigger: "launch of \(t.name)", failedTask: nil)
        return t
    }

    /// Marks a task finished, frees its GPUs and re-plans.
    public func finish(_ taskID: Int) throws {
        let t = try task(taskID)
        guard let i = tasks.firstIndex(where: { $0.id == taskID }), status[i] != .finished else {
            throw UnicronError("task \(t.name) is already finished")
        }
        status[i] = .finished
        for g in gpus(of: taskID) { owner[g] = nil }
        log("finish", t.name)
        replan(trigger: "finish of \(t.name)", failedTask: nil)
    }

    /// Reports an error on a GPU. The severity decides the action: SEV3 re-attempt and SEV2 process
    /// restart keep the allocation (when `actionSucceeds` is false the error escalates), SEV1 isolates the
    /// node and re-plans. Returns the escalation outcome.
    @discardableResult
    public func fail(gpu: Int, kind: ErrorKind, actionSucceeds: Bool = true) throws -> EscalationOutcome {
        guard gpu >= 0, gpu < gpuCount else { throw UnicronError("GPU \(gpu) does not exist: the cluster has GPUs 0..<\(gpuCount)") }
        let node = gpu / gpusPerNode
        guard health[gpu] != .isolated else { throw UnicronError("GPU \(gpu) is on isolated node \(node); repair it first") }
        let taskName = owner[gpu].flatMap { id in tasks.first { $0.id == id }?.name } ?? "no task"
        let it = owner[gpu].flatMap { id in tasks.first { $0.id == id } }.map { iterationTime($0) } ?? 10
        log("failure", "\(kind) (\(kind.severity)) on GPU \(gpu) (node \(node), \(taskName)); detected by "
            + "\(kind.mechanism) after \(String(format: "%.1f", detection.unicronLatency(kind, iterationTime: it))) s")
        let outcome = EscalationOutcome.escalate(from: kind.severity) { _ in actionSucceeds }
        for s in outcome.attempts where s != .sev1 {
            log("action", "\(s.action) on GPU \(gpu) " + (s == outcome.resolvedAt ? "succeeded" : "failed: escalating"))
        }
        if outcome.resolvedAt == .sev1 { try isolate(node: node, cause: kind) }
        return outcome
    }

    /// Isolates a node (SEV1): its GPUs leave their tasks and the planner runs.
    public func isolate(node: Int, cause: ErrorKind? = nil) throws {
        guard node >= 0, node < nodeCount else { throw UnicronError("node \(node) does not exist: the cluster has nodes 0..<\(nodeCount)") }
        var hit: Set<Int> = []
        for g in node * gpusPerNode..<(node + 1) * gpusPerNode {
            health[g] = .isolated
            if let o = owner[g] { hit.insert(o); owner[g] = nil }
        }
        log("action", "isolateAndReplan: node \(node) isolated" + (cause.map { " (\($0))" } ?? ""))
        let key = "failure of node \(node)"
        if let pre = precomputed.first(where: { $0.event == key }) {
            precomputedHits += 1
            log("plan", "using the plan precomputed for \(key)")
            apply(pre.plan, inputs: planInputs(failed: hit), trigger: key)
        } else {
            replan(trigger: key, failedTasks: hit)
        }
    }

    /// A repaired node rejoins the cluster; the planner runs.
    public func repair(node: Int) throws {
        guard node >= 0, node < nodeCount else { throw UnicronError("node \(node) does not exist: the cluster has nodes 0..<\(nodeCount)") }
        guard health[node * gpusPerNode] == .isolated else { throw UnicronError("node \(node) is not isolated; nothing to repair") }
        let key = "repair of node \(node)"
        let pre = precomputed.first(where: { $0.event == key })
        for g in node * gpusPerNode..<(node + 1) * gpusPerNode { health[g] = .healthy }
        log("repair", "node \(node) rejoins")
        if let pre {
            precomputedHits += 1
            log("plan", "using the plan precomputed for \(key)")
            apply(pre.plan, inputs: planInputs(failed: []), trigger: key)
        } else {
            replan(trigger: key, failedTask: nil)
        }
    }

    // MARK: - Planning

    /// Mean iteration time of a task on its current GPUs (s), 10 s when it has none.
    public func iterationTime(_ t: TrainingTask) -> Double {
        let x = gpus(of: t.id).count
        guard let c = performance.bestConfig(t.model, gpus: x), let it = performance.iterationTime(t.model, c.config) else { return 10 }
        return it
    }

    /// Planner inputs for the active tasks (order of ``tasks``, finished ones left out).
    func planInputs(failed: Set<Int>) -> [PlanInput] {
        zip(tasks, status).compactMap { t, s in
            guard s != .finished else { return nil }
            let x = gpus(of: t.id).count
            let cfg = performance.bestConfig(t.model, gpus: max(x, t.minGPUs))?.config
            let cost = transitions.unicron(model: t.model, config: cfg, iterationTime: iterationTime(t))
            return PlanInput(task: t, current: x, failed: failed.contains(t.id), transitionSeconds: cost.total)
        }
    }

    private func replan(trigger: String, failedTask: Int?) {
        replan(trigger: trigger, failedTasks: failedTask.map { [$0] } ?? [])
    }

    private func replan(trigger: String, failedTasks: Set<Int>) {
        let inputs = planInputs(failed: failedTasks)
        let planner = Planner(granularity: granularity, runningDuration: runningDuration)
        let plan = planner.plan(inputs, available: healthyGPUs)
        apply(plan, inputs: inputs, trigger: trigger)
    }

    private func apply(_ plan: Plan, inputs: [PlanInput], trigger: String) {
        lastPlan = plan
        let targets = zip(inputs, plan.allocation).map { (id: $0.0.task.id, count: $0.1) }
        let before = Dictionary(uniqueKeysWithValues: targets.map { ($0.id, gpus(of: $0.id).count) })
        owner = GPUAllocator.assign(owner: owner, health: health, gpusPerNode: gpusPerNode, targets: targets)
        log("plan", "\(trigger): " + targets.map { t in
            "\(tasks.first { $0.id == t.id }?.name ?? "?")=\(t.count)" }.joined(separator: ", ")
            + String(format: " (WAF %.3g)", plan.waf))
        for t in targets {
            guard let i = tasks.firstIndex(where: { $0.id == t.id }) else { continue }
            status[i] = t.count > 0 ? .running : .pending
            if before[t.id] != t.count || inputs.first(where: { $0.task.id == t.id })?.failed == true {
                log("transition", "\(tasks[i].name): \(before[t.id] ?? 0) → \(t.count) GPUs")
            }
        }
        precompute()
    }

    /// Computes the plans for the failure of each node that holds GPUs of a task and for the repair of each
    /// isolated node, so that the next such event applies a ready plan. Invalidated by every state change.
    public func precompute() {
        precomputed = []
        let afterFailure = Planner(granularity: granularity,
                                   runningDuration: Planner.runningDuration(mtbfPerGPU: mtbfPerGPU, gpus: healthyGPUs - gpusPerNode))
        let afterRepair = Planner(granularity: granularity,
                                  runningDuration: Planner.runningDuration(mtbfPerGPU: mtbfPerGPU, gpus: healthyGPUs + gpusPerNode))
        for node in 0..<nodeCount where health[node * gpusPerNode] == .isolated {
            precomputed.append(("repair of node \(node)", afterRepair.plan(planInputs(failed: []), available: healthyGPUs + gpusPerNode)))
        }
        for node in 0..<nodeCount where health[node * gpusPerNode] != .isolated {
            let range = node * gpusPerNode..<(node + 1) * gpusPerNode
            let hit = Set(range.compactMap { owner[$0] })
            guard !hit.isEmpty else { continue }
            var inputs = planInputs(failed: hit)
            inputs = inputs.map { i in
                let lost = range.filter { owner[$0] == i.task.id }.count
                return PlanInput(task: i.task, current: i.current - lost, failed: i.failed, transitionSeconds: i.transitionSeconds)
            }
            precomputed.append(("failure of node \(node)", afterFailure.plan(inputs, available: healthyGPUs - gpusPerNode)))
        }
    }

    private func log(_ kind: String, _ detail: String) {
        events.append(ClusterEvent(time: clock, kind: kind, detail: detail))
    }
}
