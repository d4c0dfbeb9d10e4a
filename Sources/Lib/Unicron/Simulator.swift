import Foundation
import Lib

/// A discrete-event simulator of a GPU cluster running a workload of training tasks under a failure trace,
/// for Unicron and the baselines (see ``Policy``). The metric is the accumulated WAF
/// ∫ Σ_t F(t, x_t(τ)) dτ: a task contributes nothing while its failure is being detected, while it
/// transitions or restarts, and while it stalls.
///
/// Events are the trace's failures plus the repairs and rejoins they cause; detection and transition are
/// outages [start, end) on the task's production, so the cost of one event is O(tasks) plus one plan.
public final class Simulator {
    /// The tasks (curves sized to the cluster).
    public let workload: [TrainingTask]
    /// The failure trace.
    public let trace: FailureTrace
    /// Detection latencies.
    public var detection = DetectionModel()
    /// Transition costs.
    public var transitions = TransitionModel()
    /// Performance model (iteration times).
    public let performance: PerformanceModel

    /// Creates a simulator; throws when a task cannot fit in the cluster or the workload is empty.
    public init(workload: [TrainingTask], trace: FailureTrace, performance: PerformanceModel = PerformanceModel()) throws {
        guard !workload.isEmpty else { throw UnicronError("the workload is empty: give at least one task") }
        for t in workload where t.minGPUs > trace.gpuCount {
            throw UnicronError("task \(t.name) needs \(t.minGPUs) GPUs but the cluster has \(trace.gpuCount)")
        }
        self.workload = workload; self.trace = trace
        var p = performance; p.gpusPerNode = trace.gpusPerNode
        self.performance = p
    }

    /// Runs one policy over the whole trace. Reports progress every 1% of the events and honours interrupts.
    public func run(_ options: SimulationOptions) throws -> SimulationResult {
        var state = SimulationState(sim: self, options: options)
        return try state.run()
    }

    /// A standard workload on `gpus` GPUs: `count` GPT-3 tasks cycling through 1.3B, 2.7B, 6.7B and 13B.
    /// Each weight normalises the task's throughput to GPU-equivalents (w = 1 / (T(8)/8), so one GPU of any
    /// task at its 8-GPU efficiency counts 1), times a priority of 1 (or `priorities` when given, cycled).
    /// Without the normalisation the WAF would hand every GPU to the most FLOP-efficient model; with it,
    /// the curvature of T (communication, pipeline bubbles) decides how GPUs are shared.
    public static func gpt3Workload(gpus: Int, count: Int, priorities: [Double] = [1],
                                    performance: PerformanceModel = PerformanceModel()) throws -> [TrainingTask] {
        guard count > 0 else { throw UnicronError("the workload needs at least one task, got \(count)") }
        guard !priorities.isEmpty, priorities.allSatisfy({ $0 > 0 }) else {
            throw UnicronError("priorities must be a non-empty list of positive numbers")
        }
        let sizes: [ModelPreset] = [.gpt3_1_3B, .gpt3_2_7B, .gpt3_6_7B, .gpt3_13B]
        return try (0..<count).map { i in
            let m = sizes[i % sizes.count]
            let probe = try TrainingTask(id: i, model: m, maxGPUs: min(gpus, 8), performance: performance)
            let perGPU = probe.throughput(min(gpus, 8)) / Double(min(gpus, 8))
            guard perGPU > 0 else { throw UnicronError("\(m.name) does not fit on 8 GPUs") }
            return try TrainingTask(id: i, model: m, weight: priorities[i % priorities.count] / perGPU, maxGPUs: gpus,
                                    performance: performance)
        }
    }
}

/// The mutable state of one simulation run.
struct SimulationState {
    enum Pending { case repair(node: Int), rejoin(node: Int, task: Int) }

    let sim: Simulator
    let options: SimulationOptions
    let tasks: [TrainingTask]
    let gpn: Int
    let nodes: Int
    var owner: [Int?]
    var home: [Int?]
    var health: [GPUHealth]
    var away: [Bool]            // GPUs out of a baseline job until it rejoins
    var fullCount: [Int]
    // Production of each task: `rate` until outageStart, nothing in [outageStart, outageEnd), `rateAfter` after.
    var rate: [Double], rateAfter: [Double], outageStart: [Double], outageEnd: [Double]
    var count: [Int]
    var itTime: [[Double]]
    var transitionTable: [[Double]] = []
    var planCache: [[Int]: Plan] = [:]
    var queue = EventQueue<Pending>()
    var now = 0.0
    var acc = 0.0
    var samples: [Double] = [], curve: [Double] = []
    var nextSample = 0.0
    var replans = 0, events = 0
    var detectionTotal = 0.0, transitionTotal = 0.0
    var segStart: [Double], segGPUs: [Int], segTraining: [Bool]
    var timeline: [TimelineSegment] = []
    var failures: [(time: Double, node: Int, severity: Severity)] = []
    var peakHeld = 0
    var violations = 0
    let planner: Planner

    init(sim: Simulator, options: SimulationOptions) {
        self.sim = sim; self.options = options; tasks = sim.workload
        gpn = sim.trace.gpusPerNode
        let n = sim.trace.gpuCount
        nodes = (n + gpn - 1) / gpn
        owner = Array(repeating: nil, count: n); home = owner
        health = Array(repeating: .healthy, count: n); away = Array(repeating: false, count: n)
        let m = tasks.count
        fullCount = Array(repeating: 0, count: m); count = fullCount
        rate = Array(repeating: 0, count: m); rateAfter = rate
        outageStart = Array(repeating: .infinity, count: m); outageEnd = outageStart
        segStart = Array(repeating: 0, count: m); segGPUs = Array(repeating: 0, count: m); segTraining = Array(repeating: true, count: m)
        let configs = tasks.map { sim.performance.bestConfigs($0.model, maxGPUs: n) }
        let times = zip(tasks, configs).map { t, cs in
            cs.map { c in c.flatMap { sim.performance.iterationTime(t.model, $0.config) } ?? 10.0 }
        }
        itTime = times
        // Transition cost of each task for every target count, computed once (the planner asks for it often).
        var table: [[Double]] = []
        for (i, t) in tasks.enumerated() {
            var row: [Double] = []
            for x in 0...n {
                let cfg = configs[i][min(max(x, t.minGPUs), n)]?.config
                row.append(SimulationState.cost(sim: sim, options: options, model: t.model, config: cfg, iterationTime: times[i][x]))
            }
            table.append(row)
        }
        transitionTable = table
        let mtbf = options.mtbfPerGPU ?? (sim.trace.events.isEmpty ? 1e12
            : sim.trace.duration * Double(n) / Double(sim.trace.events.count))
        planner = Planner(granularity: options.granularity, runningDuration: Planner.runningDuration(mtbfPerGPU: mtbf, gpus: n))
    }

    // MARK: - Rates and accounting

    func productiveRate(_ t: Int, _ x: Int) -> Double {
        switch options.policy {
        case .megatron: return x >= fullCount[t] && x > 0 ? tasks[t].waf(x) : 0
        case .bamboo: return tasks[t].waf(x) / options.redundancyOverhead
        default: return tasks[t].waf(x)
        }
    }

    mutating func advance(to t: Double) throws {
        if options.sampleInterval > 0 {
            while nextSample <= t {
                integrate(to: nextSample)
                samples.append(nextSample); curve.append(acc)
                nextSample += options.sampleInterval
            }
        }
        integrate(to: t)
    }

    mutating func integrate(to b: Double) {
        let a = now
        guard b > a else { return }
        for i in tasks.indices {
            if outageStart[i] > a { acc += rate[i] * (min(b, outageStart[i]) - a) }
            if outageEnd[i] < b { acc += rateAfter[i] * (b - max(a, outageEnd[i])) }
            settleTimeline(i, upTo: b)
            if outageEnd[i] <= b {
                rate[i] = rateAfter[i]; outageStart[i] = .infinity; outageEnd[i] = .infinity
            }
        }
        now = b
    }

    mutating func settleTimeline(_ i: Int, upTo b: Double) {
        guard options.recordTimeline else { return }
        if segTraining[i], outageStart[i] <= b, outageStart[i] >= segStart[i] {
            emit(i, until: outageStart[i]); segTraining[i] = false
        }
        if !segTraining[i], outageEnd[i] <= b {
            emit(i, until: outageEnd[i]); segTraining[i] = true
        }
    }

    mutating func emit(_ i: Int, until end: Double) {
        if end > segStart[i] {
            timeline.append(TimelineSegment(task: i, start: segStart[i], end: end, gpus: segGPUs[i], training: segTraining[i]))
        }
        segStart[i] = end
    }

    /// Sets task i to `x` GPUs now, producing nothing over [start, end) and `productiveRate(x)` after.
    mutating func setOutage(_ i: Int, x: Int, start: Double, end: Double) {
        if start < now || end < start { violations += 1 }
        let newRate = productiveRate(i, x)
        if options.recordTimeline, segGPUs[i] != x { emit(i, until: now); segGPUs[i] = x }
        count[i] = x
        if end <= start {
            rate[i] = newRate; rateAfter[i] = newRate
            return
        }
        if outageEnd[i] < .infinity || outageStart[i] < .infinity {
            outageStart[i] = min(outageStart[i], start)
            outageEnd[i] = max(outageEnd[i], end)
        } else {
            outageStart[i] = start; outageEnd[i] = end
        }
        rateAfter[i] = newRate
        if end.isFinite { transitionTotal += end - start }
    }

    /// Ends an open-ended stall of task i at `end`.
    mutating func endStall(_ i: Int, x: Int, end: Double) {
        if options.recordTimeline, segGPUs[i] != x { emit(i, until: now); segGPUs[i] = x }
        count[i] = x
        if outageEnd[i] == .infinity, outageStart[i] < .infinity { outageEnd[i] = end; transitionTotal += end - now }
        else if outageStart[i] == .infinity { outageStart[i] = now; outageEnd[i] = end; transitionTotal += end - now }
        rateAfter[i] = productiveRate(i, x)
    }

    func usable(_ g: Int) -> Bool { health[g] != .isolated && !away[g] }

    /// Checks GPU conservation (each task's count equals the usable GPUs it owns; the total never exceeds
    /// the usable GPUs) and records the peak held.
    mutating func recount() {
        var c = [Int](repeating: 0, count: tasks.count)
        var held = 0, healthy = 0
        for g in owner.indices {
            if usable(g) { healthy += 1 }
            if let o = owner[g], usable(g) { c[o] += 1; held += 1 }
        }
        peakHeld = max(peakHeld, held)
        if held > healthy || c != count { violations += 1 }
    }

    func heldCount(_ t: Int) -> Int {
        var c = 0
        for g in owner.indices where owner[g] == t && usable(g) { c += 1 }
        return c
    }

    // MARK: - Planning (Unicron)

    mutating func replan(failed: Set<Int>, failedAt: Double, detect: Double, extra: Double) {
        replans += 1
        var held = [Int](repeating: 0, count: tasks.count)
        for g in owner.indices { if let o = owner[g], usable(g) { held[o] += 1 } }
        let inputs = tasks.indices.map { i -> PlanInput in
            let cur = held[i]
            return PlanInput(task: tasks[i], current: cur, failed: failed.contains(i),
                             transitionSeconds: transitionCost(i, x: max(cur, tasks[i].minGPUs)))
        }
        let available = owner.indices.reduce(0) { $0 + (usable($1) ? 1 : 0) }
        // Plans depend only on (held counts, failed tasks, available GPUs): memoise them, as Unicron
        // precomputes plans for likely events.
        var key = held
        key.append(available)
        for i in tasks.indices { key.append(failed.contains(i) ? 1 : 0) }
        let plan: Plan
        if let cached = planCache[key] {
            plan = cached
        } else {
            plan = planner.plan(inputs, available: available)
            if planCache.count < 100_000 { planCache[key] = plan }
        }
        let before = tasks.indices.map { count[$0] }
        owner = GPUAllocator.assign(owner: owner, health: health, gpusPerNode: gpn,
                                    targets: tasks.indices.map { (id: $0, count: plan.allocation[$0]) })
        for i in tasks.indices {
            let x = plan.allocation[i]
            if failed.contains(i) {
                let cost = transitionCost(i, x: x)
                setOutage(i, x: x, start: failedAt, end: failedAt + detect + extra + (x > 0 ? cost : 0))
            } else if x != before[i] {
                let s = failedAt + detect
                setOutage(i, x: x, start: s, end: s + (x > 0 ? transitionCost(i, x: x) : 0))
            }
        }
        recount()
    }

    func transitionCost(_ i: Int, x: Int) -> Double {
        transitionTable[i][min(max(x, 0), transitionTable[i].count - 1)]
    }

    static func cost(sim: Simulator, options: SimulationOptions, model: ModelPreset, config cfg: ParallelConfig?,
                     iterationTime it: Double) -> Double {
        switch options.policy {
        case .unicron:
            return sim.transitions.unicron(model: model, config: cfg, iterationTime: it,
                                           partialReuse: options.partialReuse, nearest: options.nearestState).total
        case .megatron: return sim.transitions.checkpointRestart(model: model, config: cfg).total
        case .oobleck:
            let c = sim.transitions.unicron(model: model, config: cfg, iterationTime: it, partialReuse: true, nearest: true)
            return c.overhead + c.transfer + it
        case .varuna:
            let c = sim.transitions.checkpointRestart(model: model, config: cfg)
            return sim.transitions.environmentSeconds + c.transfer + c.recompute
        case .bamboo: return sim.transitions.reconfigureSeconds
        }
    }

    // MARK: - Run

    mutating func run() throws -> SimulationResult {
        // Initial allocation: Unicron's plan on the healthy cluster, the same start for every policy.
        let inputs = tasks.map { PlanInput(task: $0, current: 0, transitionSeconds: 0) }
        let first = planner.plan(inputs, available: owner.count)
        owner = GPUAllocator.assign(owner: owner, health: health, gpusPerNode: gpn,
                                    targets: tasks.indices.map { (id: $0, count: first.allocation[$0]) })
        home = owner
        for i in tasks.indices {
            fullCount[i] = first.allocation[i]; count[i] = fullCount[i]; segGPUs[i] = count[i]
        }
        for i in tasks.indices { rate[i] = productiveRate(i, count[i]); rateAfter[i] = rate[i] }
        recount()
        let trace = sim.trace.events
        var k = 0
        let total = trace.count
        let step = max(total / 100, 1)
        while true {
            let nextTrace = k < trace.count ? trace[k].time : .infinity
            let nextQueued = queue.peekTime ?? .infinity
            let t = min(nextTrace, nextQueued)
            guard t <= sim.trace.duration else { break }
            try advance(to: t)
            events += 1
            if nextQueued <= nextTrace, let e = queue.pop() {
                switch e.payload {
                case .repair(let node): handleRepair(node)
                case .rejoin(let node, let task): handleRejoin(node, task)
                }
            } else {
                handleFailure(trace[k]); k += 1
                if k % step == 0 {
                    try Interruption.check()
                    Progress.report(label: "simulate \(options.policy.displayName)", step: k, total: total,
                                    metrics: [("WAF·h", acc / 3600)])
                }
            }
        }
        try advance(to: sim.trace.duration)
        if options.recordTimeline { for i in tasks.indices { emit(i, until: sim.trace.duration) } }
        Progress.report(label: "simulate \(options.policy.displayName)", step: total, total: total,
                        metrics: [("WAF·h", acc / 3600)], isFinished: true)
        return SimulationResult(policy: options.policy, accumulatedWAF: acc, sampleTimes: samples, accumulatedCurve: curve,
                                eventsProcessed: events, replans: replans, detectionSeconds: detectionTotal,
                                transitionSeconds: transitionTotal, timeline: timeline, failures: failures,
                                duration: sim.trace.duration, peakGPUsHeld: peakHeld,
                                invariantViolations: violations)
    }

    func detectLatency(_ kind: ErrorKind, task: Int?) -> Double {
        let it = task.map { itTime[$0][min(count[$0], itTime[$0].count - 1)] } ?? 10
        switch options.policy {
        case .unicron: return sim.detection.unicronLatency(kind, iterationTime: it)
        case .megatron: return sim.detection.baselineLatency(kind)
        case .oobleck, .varuna, .bamboo:
            // No in-band classification: a lost node is seen by its heartbeats and a crashing process by its
            // broken connections, but hangs and network errors (SEV3) block a collective until it times out.
            if kind == .lostConnection { return sim.detection.latency(.heartbeatLease, iterationTime: it) }
            if kind.mechanism == .iterationStatistics || kind.severity == .sev3 { return sim.detection.collectiveTimeout }
            return sim.detection.latency(.processExit, iterationTime: it)
        }
    }

    mutating func handleFailure(_ e: FailureEvent) {
        let node = e.gpu / gpn
        guard health[e.gpu] != .isolated else { return }  // the node is already out
        let task = owner[e.gpu].flatMap { usable(e.gpu) ? $0 : nil }
        failures.append((e.time, node, e.resolvedAt))
        let detect = detectLatency(e.kind, task: task)
        if task != nil { detectionTotal += detect }
        let nodeRange = node * gpn..<min((node + 1) * gpn, owner.count)
        switch options.policy {
        case .unicron:
            // Time spent on in-place attempts before the resolving action.
            var extra = 0.0
            if e.kind.severity == .sev3 { extra += options.reattemptSeconds }
            if e.resolvedAt == .sev3 {
                if let t = task { setOutage(t, x: count[t], start: now, end: now + detect + extra) }
                return
            }
            if e.resolvedAt == .sev2 {
                if let t = task { setOutage(t, x: count[t], start: now, end: now + detect + extra + transitionCost(t, x: count[t])) }
                return
            }
            if e.kind.severity != .sev1, let t = task { extra += transitionCost(t, x: count[t]) }  // a failed restart
            var hit: Set<Int> = []
            for g in nodeRange { if let o = owner[g], usable(g) { hit.insert(o) }; health[g] = .isolated }
            queue.push(now + e.repairSeconds, .repair(node: node))
            replan(failed: hit, failedAt: now, detect: detect, extra: extra)
        case .megatron:
            guard e.resolvedAt == .sev1 else {
                if let t = task { setOutage(t, x: count[t], start: now, end: now + detect + transitionCost(t, x: count[t])) }
                return
            }
            var hit: Set<Int> = []
            for g in nodeRange { if let o = owner[g] { hit.insert(o) }; health[g] = .isolated }
            queue.push(now + e.repairSeconds, .repair(node: node))
            for t in hit.sorted() {
                let lost = nodeRange.filter { home[$0] == t }
                // Replace the lost GPUs from free healthy GPUs when enough exist.
                let free = owner.indices.filter { owner[$0] == nil && usable($0) }
                if free.count >= lost.count {
                    for (g, f) in zip(lost, free) { owner[f] = t; home[f] = t; owner[g] = nil; home[g] = nil }
                    setOutage(t, x: heldCount(t), start: now, end: now + detect + transitionCost(t, x: fullCount[t]))
                } else {
                    setOutage(t, x: heldCount(t), start: now, end: .infinity)
                }
            }
            recount()
        case .oobleck, .varuna, .bamboo:
            var hit: Set<Int> = []
            if e.resolvedAt == .sev1 {
                for g in nodeRange { if let o = owner[g], usable(g) { hit.insert(o) }; health[g] = .isolated }
                queue.push(now + e.repairSeconds, .repair(node: node))
            } else if let t = task {
                // The job drops the node's GPUs; they come back after a process restart with environment setup.
                for g in nodeRange where owner[g] == t { away[g] = true }
                hit.insert(t)
                queue.push(now + detect + sim.transitions.environmentSeconds, .rejoin(node: node, task: t))
            }
            for t in hit.sorted() {
                let x = heldCount(t)
                setOutage(t, x: x, start: now, end: x >= tasks[t].minGPUs ? now + detect + transitionCost(t, x: x) : .infinity)
            }
            recount()
        }
    }

    mutating func handleRepair(_ node: Int) {
        let range = node * gpn..<min((node + 1) * gpn, owner.count)
        for g in range { health[g] = .healthy }
        switch options.policy {
        case .unicron:
            replan(failed: [], failedAt: now, detect: 0, extra: 0)
        case .megatron, .oobleck, .varuna, .bamboo:
            for g in range { owner[g] = home[g] }
            regrow(Set(range.compactMap { home[$0] }))
        }
    }

    mutating func handleRejoin(_ node: Int, _ task: Int) {
        let range = node * gpn..<min((node + 1) * gpn, owner.count)
        for g in range where owner[g] == task { away[g] = false }
        regrow([task])
    }

    /// Baselines: tasks regaining GPUs restart or reconfigure to use them; a task that still cannot run
    /// (Megatron short of its full set, any job below its minimum) keeps stalling with its new count.
    mutating func regrow(_ affected: Set<Int>) {
        for t in affected.sorted() {
            let x = heldCount(t)
            let stalled = outageEnd[t] == .infinity && outageStart[t] < .infinity
            guard x != count[t] || stalled else { continue }
            let canRun = x >= tasks[t].minGPUs && (options.policy != .megatron || x >= fullCount[t])
            if !canRun {
                if options.recordTimeline, segGPUs[t] != x { emit(t, until: now); segGPUs[t] = x }
                count[t] = x
                rateAfter[t] = 0
                if !stalled { setOutage(t, x: x, start: now, end: .infinity) }
                continue
            }
            var cost = transitionCost(t, x: x)
            // Varuna morphs at a checkpoint it takes on purpose: a restart without lost work.
            if options.policy == .varuna { cost -= sim.transitions.checkpointInterval / 2 }
            endStall(t, x: x, end: now + max(cost, 0))
        }
        recount()
    }
}
