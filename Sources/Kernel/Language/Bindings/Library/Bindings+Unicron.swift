import Lib
import Plotting
import Unicron

// MARK: - Unicron: cluster, plans, failure traces, simulation, the real executor

extension Bindings {
    func registerUnicron() {
        type(Cluster.self, name: "Cluster", doc: "A GPU cluster managed by Unicron: nodes, GPU health, tasks, plans and an event log.")
        type(TrainingTask.self, name: "TrainingTask", doc: "A training task: model, weight, minimum GPUs and its throughput curve T(x).")
        type(Plan.self, name: "Plan", doc: "A planner result: GPUs per task, WAF and the objective Σ G.")
        type(FailureTrace.self, name: "FailureTrace", doc: "Failures over time (sampled from the paper's error shares with a seed, or loaded from CSV).")
        type(Simulator.self, name: "Simulator", doc: "Discrete-event simulator of a cluster under a failure trace for Unicron and the baselines.")
        type(SimulationResult.self, name: "SimulationResult", doc: "Accumulated WAF, curves, timeline and counts of one simulated policy.")
        type(Executor.self, name: "Executor", doc: "The real executor: agent processes training by data parallelism over ZeroMQ, with injected faults.")
        type(ExecutorReport.self, name: "ExecutorReport", doc: "Event log, losses and final-model check of a real executor run.")
        registerUnicronCluster()
        registerUnicronSimulation()
        registerUnicronExecutor()
    }

    private func registerUnicronCluster() {
        initializer("init(nodes: Int, gpusPerNode: Int = 8)", on: "Cluster",
                    doc: "A cluster of healthy GPUs (A800-class performance model).") { a in
            a.wrap(try libraryCall { try Cluster(nodes: try a.int(0), gpusPerNode: try a.int(1)) })
        }
        method("submit(_ model: String, weight: Double = 1, normalized: Bool = true) -> TrainingTask", on: Cluster.self,
               doc: "Submits a GPT-3 task (\"1.3B\", \"2.7B\", \"6.7B\", \"13B\", \"175B\"); the planner runs. "
                   + "normalized: WAF in GPU-equivalents × weight (default); false: weight × raw FLOP/s.") { c, a in
            let model = try libraryCall { try ModelPreset.gpt3(try a.string(0)) }
            return a.wrap(try libraryCall { try c.submit(model, weight: try a.double(1), normalized: try a.bool(2)) })
        }
        method("fail(gpu: Int, kind: String, actionSucceeds: Bool = true) -> String", on: Cluster.self,
               doc: "Reports an error (e.g. \"eccError\", \"taskHang\", \"ncclTimeout\") on a GPU; returns the severities tried.") { c, a in
            let kind = try libraryCall { try ErrorKind(parsing: try a.string(1)) }
            let o = try libraryCall { try c.fail(gpu: try a.int(0), kind: kind, actionSucceeds: try a.bool(2)) }
            return .string(o.attempts.map(\.description).joined(separator: " → "))
        }
        method("repair(node: Int)", on: Cluster.self, doc: "A repaired node rejoins; the planner runs.") { c, a in
            try libraryCall { try c.repair(node: try a.int(0)) }; return .void
        }
        method("isolate(node: Int)", on: Cluster.self, doc: "Isolates a node (as a SEV1 error would); the planner runs.") { c, a in
            try libraryCall { try c.isolate(node: try a.int(0)) }; return .void
        }
        method("finish(_ taskID: Int)", on: Cluster.self, doc: "Marks a task finished; its GPUs go back to the planner.") { c, a in
            try libraryCall { try c.finish(try a.int(0)) }; return .void
        }
        method("advance(to time: Double)", on: Cluster.self, doc: "Moves the cluster clock forward (events are stamped with it).") { c, a in
            try libraryCall { try c.advance(to: try a.double(0)) }; return .void
        }
        method("gpus(of taskID: Int) -> [Int]", on: Cluster.self, doc: "GPU ids held by a task.") { c, a in
            LibraryValues.array(c.gpus(of: try a.int(0)))
        }
        property("waf: Double", on: Cluster.self, doc: "Current WAF of the running tasks (GPU-equivalents for normalised tasks).") { c in .double(c.waf) }
        property("healthyGPUs: Int", on: Cluster.self, doc: "GPUs not isolated.") { c in .int(c.healthyGPUs) }
        property("gpuCount: Int", on: Cluster.self, doc: "All GPUs.") { c in .int(c.gpuCount) }
        property("precomputedHits: Int", on: Cluster.self, doc: "Events served by a plan computed ahead.") { c in .int(c.precomputedHits) }
        property("tasks: [TrainingTask]", on: Cluster.self, doc: "Tasks in submission order.") { [unowned self] c in .array(c.tasks.map { self.wrap($0) }) }
        property("lastPlan: Plan?", on: Cluster.self, doc: "The latest plan.") { [unowned self] c in c.lastPlan.map { .some(self.wrap($0)) } ?? .none }
        property("events: [String]", on: Cluster.self, doc: "The event log, one line per event.") { c in LibraryValues.array(c.events.map(\.description)) }
        property("log: String", on: Cluster.self, doc: "The event log as text.") { c in .string(c.events.map(\.description).joined(separator: "\n")) }
        property("allocation: String", on: Cluster.self, doc: "GPUs per task and the health of each node, as text.") { c in
            var lines = c.tasks.map { t in "\(t.name): \(c.gpus(of: t.id).count) GPUs" }
            let nodes = (0..<c.nodeCount).map { n -> String in
                let h = c.health[n * c.gpusPerNode]
                return h == .isolated ? "X" : String((n * c.gpusPerNode..<(n + 1) * c.gpusPerNode).map { g in
                    c.owner[g].map { Character(String($0 % 36, radix: 36)) } ?? "." })
            }
            lines.append("nodes: " + nodes.joined(separator: " "))
            return .string(lines.joined(separator: "\n"))
        }
        property("description: String", on: Cluster.self, doc: "A summary.") { c in
            .string("Cluster(\(c.nodeCount) nodes × \(c.gpusPerNode) GPUs, \(c.healthyGPUs) healthy, \(c.tasks.count) tasks)")
        }
        property("name: String", on: TrainingTask.self, doc: "Display name.") { t in .string(t.name) }
        property("id: Int", on: TrainingTask.self, doc: "Identifier within the cluster.") { t in .int(t.id) }
        property("minGPUs: Int", on: TrainingTask.self, doc: "Fewest GPUs it runs on.") { t in .int(t.minGPUs) }
        property("weight: Double", on: TrainingTask.self, doc: "Weight in the WAF.") { t in .double(t.weight) }
        property("curve: [Double]", on: TrainingTask.self, doc: "T(x) in FLOP/s for x = 0…n.") { t in LibraryValues.array(t.curve) }
        property("description: String", on: TrainingTask.self, doc: "Name, weight, minimum.") { t in .string(t.description) }
        method("throughput(_ gpus: Int) -> Double", on: TrainingTask.self, doc: "T(x): FLOP/s on x GPUs (0 below the minimum).") { t, a in
            .double(t.throughput(try a.int(0)))
        }
        property("allocation: [Int]", on: Plan.self, doc: "GPUs per task.") { p in LibraryValues.array(p.allocation) }
        property("waf: Double", on: Plan.self, doc: "Σ F(t, x') once transitions are done.") { p in .double(p.waf) }
        property("objective: Double", on: Plan.self, doc: "Σ G(t, x').") { p in .double(p.objective) }
        property("description: String", on: Plan.self, doc: "A summary.") { p in .string(p.description) }
    }

    private func registerUnicronSimulation() {
        staticMethod("sample(gpus: Int = 128, days: Double = 7, failuresPerDay: Double = 8, seed: Int) -> FailureTrace", on: "FailureTrace",
                     doc: "A trace sampled from the paper's error shares (Poisson arrivals, escalation, repairs of 24 h mean).") { a in
            a.wrap(try libraryCall { try FailureTrace.sample(gpus: try a.int(0), days: try a.double(1), failuresPerDay: try a.double(2), seed: try a.int(3)) })
        }
        staticMethod("load(path: String, gpuCount: Int) -> FailureTrace", on: "FailureTrace",
                     doc: "A trace from a CSV file with columns time_s,gpu,kind[,resolved,repair_s].") { a in
            a.wrap(try libraryCall { try FailureTrace.load(path: try a.string(0), gpuCount: try a.int(1)) })
        }
        property("count: Int", on: FailureTrace.self, doc: "Number of failures.") { t in .int(t.events.count) }
        property("csv: String", on: FailureTrace.self, doc: "The trace as CSV.") { t in .string(t.csv) }
        property("description: String", on: FailureTrace.self, doc: "A summary.") { t in
            let c = t.resolvedCounts
            return .string("FailureTrace(\(t.events.count) failures over \(String(format: "%.1f", t.duration / 86400)) days on \(t.gpuCount) GPUs; resolved at SEV1/2/3: \(c[0])/\(c[1])/\(c[2]))")
        }
        staticMethod("gpt3(tasks: Int, trace: FailureTrace) -> Simulator", on: "Simulator",
                     doc: "A simulator of the trace's cluster running `tasks` GPT-3 tasks (1.3B…13B, weights 1…2.5).") { a in
            let trace = try a.native(1, as: FailureTrace.self)
            return a.wrap(try libraryCall {
                try Simulator(workload: try Simulator.gpt3Workload(gpus: trace.gpuCount, count: try a.int(0)), trace: trace)
            })
        }
        method("run(_ policy: String = \"unicron\", partialReuse: Bool = true, nearestState: Bool = true) -> SimulationResult", on: Simulator.self,
               doc: "Simulates a policy (\"unicron\", \"megatron\", \"oobleck\", \"varuna\", \"bamboo\") with live progress.") { [unowned self] s, a in
            let name = try a.string(0)
            guard let policy = Policy(rawValue: name.lowercased()) else {
                throw RuntimeError.value("unknown policy '\(name)': expected one of \(Policy.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            var o = SimulationOptions(policy: policy)
            o.partialReuse = try a.bool(1); o.nearestState = try a.bool(2)
            return a.wrap(try libraryCall { try self.withLiveProgress { try s.run(o) } })
        }
        property("idealWAF: Double", on: Simulator.self, doc: "WAF of the initial plan with no failure (the efficiency reference).") { s in
            let r = try libraryCall {
                try Simulator(workload: s.workload, trace: try FailureTrace(events: [], gpuCount: s.trace.gpuCount,
                                                                           gpusPerNode: s.trace.gpusPerNode, duration: 3600))
                    .run(SimulationOptions(policy: .unicron))
            }
            return .double(r.averageWAF)
        }
        property("policy: String", on: SimulationResult.self, doc: "The policy simulated.") { r in .string(r.policy.displayName) }
        property("accumulatedWAF: Double", on: SimulationResult.self, doc: "∫ Σ F dτ (weighted FLOP).") { r in .double(r.accumulatedWAF) }
        property("averageWAF: Double", on: SimulationResult.self, doc: "Accumulated WAF over the duration.") { r in .double(r.averageWAF) }
        property("eventsProcessed: Int", on: SimulationResult.self, doc: "Events simulated.") { r in .int(r.eventsProcessed) }
        property("replans: Int", on: SimulationResult.self, doc: "Planner runs.") { r in .int(r.replans) }
        property("invariantViolations: Int", on: SimulationResult.self, doc: "Broken invariants (0 in a correct run).") { r in .int(r.invariantViolations) }
        property("description: String", on: SimulationResult.self, doc: "A summary.") { r in
            .string(String(format: "%@: average WAF %.3g, %d events, %d re-plans, detection %.0f s, transitions %.0f s",
                           r.policy.displayName, r.averageWAF, r.eventsProcessed, r.replans, r.detectionSeconds, r.transitionSeconds))
        }
        method("timelineFigure(tasks: Int) -> Figure", on: SimulationResult.self,
               doc: "GPUs training per task over time (stacked), failures marked on top.") { r, a in
            a.wrap(try Bindings.unicronTimeline(r, tasks: try a.int(0)))
        }
        staticMethod("wafFigure(_ results: [SimulationResult]) -> Figure", on: "SimulationResult",
                     doc: "Accumulated WAF over time of several policies (in WAF-days: GPU-equivalent days for Simulator.gpt3 workloads).") { a in
            let results = try a.sequence(0).map { v -> SimulationResult in
                guard let r = v.native(as: SimulationResult.self) else { throw RuntimeError.type("expected SimulationResult, got \(typeName(v))") }
                return r
            }
            let fig = Figure(width: 720, height: 440)
            for r in results {
                try fig.axes.line(r.sampleTimes.map { $0 / 86400 }, r.accumulatedCurve.map { $0 / 86400 }, label: r.policy.displayName)
            }
            fig.axes.xLabel = "days"; fig.axes.yLabel = "accumulated WAF (GPU-equivalent days)"
            return a.wrap(fig)
        }
    }

    static func unicronTimeline(_ r: SimulationResult, tasks: Int) throws -> Figure {
        let times = stride(from: 0.0, to: r.duration, by: max(r.duration / 400, 1)).map { $0 }
        let rows = r.trainingGPUs(tasks: tasks, at: times)
        let fig = Figure(width: 820, height: 420)
        let days = times.map { $0 / 86400 }
        var bottom = [Double](repeating: 0, count: times.count)
        var top = 0.0
        for (i, row) in rows.enumerated() {
            let upper = zip(bottom, row).map { $0 + $1 }
            try fig.axes.fillBetween(days, bottom, upper, label: "task \(i)")
            bottom = upper
            top = max(top, upper.max() ?? 0)
        }
        if !r.failures.isEmpty {
            try fig.axes.scatter(r.failures.map { $0.time / 86400 }, r.failures.map { _ in top + 2 }, label: "failure", size: 5)
        }
        fig.axes.title = "\(r.policy.displayName): GPUs training per task"
        fig.axes.xLabel = "days"; fig.axes.yLabel = "GPUs"
        return fig
    }

    private func registerUnicronExecutor() {
        initializer("init(nodes: Int = 3, steps: Int = 12, faults: [String] = [])", on: "Executor",
                    doc: "A real run: `nodes` agent processes, `steps` SGD steps; faults like \"kill:1:2\", \"hang:2:5\", "
                        + "\"throw:0:7\", \"heartbeat:1:9\" (kind:node:step). The agent executable is found next to the kernel "
                        + "or through UNICRON_AGENT.") { a in
            var cfg = ExecutorConfig()
            cfg.nodes = try a.int(0); cfg.steps = try a.int(1)
            let faults = try libraryCall { try LibraryValues.strings(a[2]).map { try InjectedFault(parsing: $0) } }
            return a.wrap(try libraryCall { try Executor(config: cfg, faults: faults) })
        }
        method("run() -> ExecutorReport", on: Executor.self, doc: "Runs the job with live progress and returns its report.") { [unowned self] e, a in
            a.wrap(try libraryCall { try self.withLiveProgress { try e.run() } })
        }
        property("agentPath: String", on: Executor.self, doc: "The agent executable in use.") { e in .string(e.agentPath) }
        property("log: String", on: ExecutorReport.self, doc: "The event log, one event per line.") { r in .string(r.log) }
        property("events: [String]", on: ExecutorReport.self, doc: "The event log as lines.") { r in LibraryValues.array(r.events.map(\.description)) }
        property("stepsCompleted: Int", on: ExecutorReport.self, doc: "Steps done.") { r in .int(r.stepsCompleted) }
        property("losses: [Double]", on: ExecutorReport.self, doc: "Mean loss per step.") { r in LibraryValues.array(r.losses.map(Double.init)) }
        property("maxDifference: Double", on: ExecutorReport.self, doc: "Largest |final − fault-free| parameter difference.") { r in .double(Double(r.maxDifference)) }
        property("restarts: Int", on: ExecutorReport.self, doc: "SEV2 process restarts.") { r in .int(r.restarts) }
        property("isolations: Int", on: ExecutorReport.self, doc: "SEV1 node isolations.") { r in .int(r.isolations) }
        property("reattempts: Int", on: ExecutorReport.self, doc: "SEV3 re-attempts.") { r in .int(r.reattempts) }
        property("description: String", on: ExecutorReport.self, doc: "A summary.") { r in
            .string("ExecutorReport(\(r.stepsCompleted) steps in \(String(format: "%.2f", r.seconds)) s; \(r.reattempts) re-attempts, "
                + "\(r.restarts) restarts, \(r.isolations) isolations; max |final − fault-free| = \(r.maxDifference))")
        }
    }
}
