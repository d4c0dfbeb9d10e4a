"""Writes notebooks/unicron.ipynb from the cells below (run from the repository root).

Unicron (He et al., 2023): a self-healing workload manager. The notebook builds a cluster, shows a plan,
simulates a week of failures for Unicron and the baselines, then runs the real executor (agent processes
over ZeroMQ) with injected faults. Outputs are not stored.
"""
from notebook_builder import write

CELLS = [
    ("md", """# Unicron: self-healing LLM training at scale

Unicron (He, Li, Wang, Qian, Xu, Yu, Zhou, 2023) keeps a whole GPU cluster productive under failures:
in-band error detection, a severity taxonomy (SEV1 isolate and re-plan, SEV2 restart, SEV3 re-attempt),
a cost-aware planner that maximises the *weighted achieved FLOP/s* (WAF) of all tasks, and fast transitions
that reuse partial results and fetch state from the nearest copy."""),
    ("code", """// Quick mode (a two-day trace, Unicron vs Megatron) runs in well under two minutes.
// Set quick = false for the week-long trace and every baseline.
let quick = true"""),
    ("md", """## A cluster and its plan
Four nodes of eight GPUs, three GPT-3 tasks. Every submission runs the knapsack planner:
each task's throughput curve T(x) comes from a performance model of tensor/pipeline/data-parallel layouts.
The planner maximises Σ w·T(x); by default a task's throughput counts in GPU-equivalents (at its 8-GPU
efficiency) times its `weight`, a priority, so GPUs go where their marginal benefit is largest (with raw
FLOP/s, `normalized: false`, the most FLOP-efficient model would take them all). In the allocation map each character is a GPU: the id of the task
holding it, `.` for a free GPU, `X` for an isolated node."""),
    ("code", """let cluster = Cluster(nodes: 4)
let small = cluster.submit("1.3B")
let mid = cluster.submit("6.7B")
let big = cluster.submit("13B")
print(cluster.allocation)
cluster.lastPlan!"""),
    ("md", "T(x) of the 13B task: sub-linear in the GPUs, zero below its memory minimum."),
    ("code", """let fig = Figure(width: 600, height: 340)
fig.axes.line((0...32).map { Double($0) }, (0...32).map { big.throughput($0) / 1e15 }, label: big.name)
fig.axes.line((0...32).map { Double($0) }, (0...32).map { small.throughput($0) / 1e15 }, label: small.name)
fig.axes.xLabel("GPUs")
fig.axes.yLabel("PFLOP/s")
fig"""),
    ("md", """## Failures: severity, escalation, re-planning
A SEV3 network error is re-attempted in place; a CUDA error whose restart fails escalates to SEV1: the
node is isolated and the planner (often from a plan computed ahead) moves GPUs between tasks."""),
    ("code", """var g = 0
for t in cluster.tasks { if let first = cluster.gpus(of: t.id).first { g = first } }
print(cluster.fail(gpu: g, kind: "linkFlapping"))
print(cluster.fail(gpu: g, kind: "cudaError", actionSucceeds: false))
print(cluster.allocation)
cluster.repair(node: g / 8)
print(cluster.allocation)
print("plans served from precomputation:", cluster.precomputedHits)
print(cluster.log)"""),
    ("md", """## A week on 128 GPUs, simulated
A failure trace sampled from the paper's error shares (seeded), six GPT-3 tasks, and each strategy in the
discrete-event simulator. The metric is the accumulated WAF."""),
    ("code", """let trace = FailureTrace.sample(gpus: 128, days: quick ? 2 : 7, failuresPerDay: 8, seed: 1)
print(trace.description)
let sim = Simulator.gpt3(tasks: 6, trace: trace)
let policies = quick ? ["unicron", "megatron"] : ["unicron", "megatron", "oobleck", "varuna", "bamboo"]
let results = policies.map { sim.run($0) }
let ideal = sim.idealWAF
for r in results { print(r.policy, String(format: "%.3f of failure-free", r.averageWAF / ideal)) }
var bestBaseline = 0.0
for r in results where r.policy != "Unicron" { bestBaseline = max(bestBaseline, r.accumulatedWAF) }
print(String(format: "Unicron ÷ best baseline: %.2fx", results[0].accumulatedWAF / bestBaseline))"""),
    ("code", "results[0].timelineFigure(tasks: 6)"),
    ("code", "results[1].timelineFigure(tasks: 6)"),
    ("code", "SimulationResult.wafFigure(results)"),
    ("md", """## The real executor
Three agent processes train a small MLP by data parallelism over ZeroMQ (loopback). We kill one with
`kill -9`, freeze one with SIGSTOP, make one throw, and make one drop its heartbeats. Each fault is detected
in-band, handled by its severity, and training continues from the nearest state without losing a step: the
final model equals the fault-free run's."""),
    ("measured", """let executor = Executor(nodes: 3, steps: quick ? 14 : 30,
                        faults: ["kill:1:2", "hang:2:5", "throw:0:7", "heartbeat:1:9"])
let report = executor.run()
print(report.description)
print(report.log)"""),
    ("code", """let lossFig = Figure(width: 560, height: 320)
lossFig.axes.line(report.losses, label: "loss (with faults)")
lossFig.axes.xLabel("step")
lossFig"""),
]


def main() -> None:
    write(CELLS, "notebooks/unicron.ipynb", "unicron")


if __name__ == "__main__":
    main()
