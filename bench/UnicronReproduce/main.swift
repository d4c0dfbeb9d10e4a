// Regenerates the Unicron evaluation in simulation: accumulated WAF of Unicron and the baselines over
// week-long traces of a 128-GPU cluster, detection time per error type, transition time with and without
// each technique; writes results/unicron/table.md and figures (PNG + SVG).
//   swift run -c release --package-path bench UnicronReproduce [--quick | --full]
import Foundation
import Lib
import Plotting
import Unicron

let args = CommandLine.arguments
let full = args.contains("--full")
let seeds = full ? Array(1...10) : [1, 2, 3]
let rates: [Double] = [4, 8, 16]   // failures per day on the 128-GPU cluster
let outDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("results/unicron")
try FileManager.default.createDirectory(at: outDir, withIntermediateDirectories: true)

let workload = try Simulator.gpt3Workload(gpus: 128, count: 6)
let ideal = try Simulator(workload: workload, trace: try FailureTrace(events: [], gpuCount: 128, duration: 7 * 86400))
    .run(SimulationOptions(policy: .unicron)).averageWAF

func run(_ p: Policy, _ trace: FailureTrace, reuse: Bool = true, nearest: Bool = true, timeline: Bool = false) throws -> SimulationResult {
    var o = SimulationOptions(policy: p); o.partialReuse = reuse; o.nearestState = nearest; o.recordTimeline = timeline
    return try Simulator(workload: workload, trace: trace).run(o)
}

var md = "# Unicron reproduction (simulation)\n\n"
md += "Command: `swift run -c release --package-path bench UnicronReproduce \(full ? "--full" : "--quick")` "
md += "(\(seeds.count) seeds per failure rate; 128 GPUs = 16 nodes × 8, 7-day traces).\n\n"
md += "Workload: \(workload.map(\.model.name).joined(separator: ", ")), weights normalising each to GPU-equivalents (see `Simulator.gpt3Workload`).\n"
md += String(format: "Failure-free WAF of the plan: %.1f GPU-equivalents.\n\n", ideal)

// MARK: - Accumulated WAF
md += "## Accumulated WAF (fraction of the failure-free WAF over the week, mean over seeds)\n\n"
let baselines = Policy.allCases.filter { $0 != .unicron }
md += "| failures/day | " + Policy.allCases.map(\.displayName).joined(separator: " | ") + " | Unicron ÷ best baseline | "
    + baselines.map { "÷ \($0.displayName)" }.joined(separator: " | ") + " | paper |\n"
md += "|---|" + Policy.allCases.map { _ in "---:" }.joined(separator: "|") + "|---:|" + baselines.map { _ in "---:" }.joined(separator: "|") + "|---:|\n"
var curveTrace: FailureTrace?
var bestRatio = 0.0
for rate in rates {
    var eff = [Policy: Double]()
    for seed in seeds {
        let trace = try FailureTrace.sample(days: 7, failuresPerDay: rate, seed: seed)
        if rate == 8 && seed == 1 { curveTrace = trace }
        for p in Policy.allCases { eff[p, default: 0] += try run(p, trace).efficiency(idealWAF: ideal) / Double(seeds.count) }
    }
    let best = Policy.allCases.filter { $0 != .unicron }.map { eff[$0]! }.max()!
    bestRatio = max(bestRatio, eff[.unicron]! / best)
    md += "| \(Int(rate)) | " + Policy.allCases.map { String(format: "%.3f", eff[$0]!) }.joined(separator: " | ")
        + String(format: " | **%.2fx** | ", eff[.unicron]! / best)
        + baselines.map { String(format: "%.2fx", eff[.unicron]! / eff[$0]!) }.joined(separator: " | ") + " | up to 1.9x |\n"
    print("rate \(rate): " + Policy.allCases.map { "\($0)=\(String(format: "%.3f", eff[$0]!))" }.joined(separator: " "))
}

// MARK: - Detection
md += "\n## Detection time per error type (s)\n\n| error | severity | Unicron mechanism | Unicron | Megatron |\n|---|---|---|---:|---:|\n"
let det = DetectionModel()
for k in ErrorKind.allCases {
    md += "| \(k) | \(k.severity) | \(k.mechanism) | \(String(format: "%.1f", det.unicronLatency(k, iterationTime: 10))) | \(Int(det.baselineLatency(k))) |\n"
}
md += "\n(iteration-statistics detection assumes a 10 s mean iteration.)\n"

// MARK: - Transition
md += "\n## Transition time of one failed data-parallel rank (s)\n\n| model | layout | Unicron | no partial reuse | no nearest state | neither | Megatron restart |\n|---|---|---:|---:|---:|---:|---:|\n"
let perf = PerformanceModel(), tm = TransitionModel()
for m in [ModelPreset.gpt3_1_3B, .gpt3_13B, .gpt3_175B] {
    guard let best = perf.bestConfig(m, gpus: 128), let it = perf.iterationTime(m, best.config) else { continue }
    let c = { (r: Bool, n: Bool) in tm.unicron(model: m, config: best.config, iterationTime: it, partialReuse: r, nearest: n).total }
    md += "| \(m.name) | \(best.config) | " + [c(true, true), c(false, true), c(true, false), c(false, false),
        tm.checkpointRestart(model: m, config: best.config).total].map { String(format: "%.0f", $0) }.joined(separator: " | ") + " |\n"
}
// Ablation in the simulator.
if let trace = curveTrace {
    md += "\n## Ablation over the 8 failures/day trace (seed 1), fraction of failure-free WAF\n\n| variant | efficiency |\n|---|---:|\n"
    for (name, r, n) in [("Unicron", true, true), ("no partial reuse", false, true), ("no nearest state", true, false), ("neither", false, false)] {
        md += "| \(name) | \(String(format: "%.3f", try run(.unicron, trace, reuse: r, nearest: n).efficiency(idealWAF: ideal))) |\n"
    }
}

md += """

## Differences from the paper

- Ours is a simulation driven by an analytic performance model (documented in `PerformanceModel`) and failure
  traces sampled from the paper's error shares at assumed rates (4/8/16 failures per day on 128 GPUs, repairs of
  24 h mean, 20% of re-attempts and 10% of restarts failing); the paper replays traces from its production
  cluster whose absolute rates we do not have.
- Baselines are models of what their papers describe (see `Policy`), not their code; in particular none of
  them re-plans across tasks, and Bamboo's redundancy overhead is a fixed 1.5x.
- Largest measured ratio over the *best* baseline here: \(String(format: "%.2fx", bestRatio)) (paper: up to 1.9x);
  over Megatron the ratio reaches the paper's range and beyond at high failure rates. Our Oobleck and Varuna
  models are generous: they shrink a job within seconds to minutes and see crashes at process-exit speed, so
  Unicron's edge over them comes only from in-band detection of hangs and network errors (30-minute timeouts
  for them), from SEV3/SEV2 handling in place (they drop the node until a 14-minute restart) and from
  re-planning across tasks. The paper's larger gap to these systems rests on its production traces and on
  their measured (not modelled) recovery costs, which we cannot reproduce without their code. The ratio grows
  with the failure rate in every column.
- The workload weighs each task in GPU-equivalents (weight = 1/(T(8)/8)); with raw FLOP/s weights the planner
  would give the whole cluster to the most FLOP-efficient model, and Megatron's single job would stall on every
  node failure (the efficiency of Megatron drops to 0.05–0.3 in that setting).

Figures: `timeline.png/.svg` (GPUs training per task over the week for Unicron and Megatron, failures
marked), `waf.png/.svg` (accumulated WAF of every policy).

"""
try md.write(to: outDir.appendingPathComponent("table.md"), atomically: true, encoding: .utf8)
print(md)

// MARK: - Figures
if let trace = curveTrace {
    let times = stride(from: 0.0, to: trace.duration, by: 1800).map { $0 }
    let timeline = Figure(width: 900, height: 640, rows: 2, columns: 1)
    for (k, p) in [Policy.unicron, .megatron].enumerated() {
        let r = try run(p, trace, timeline: true)
        let ax = timeline.allAxes[k]
        let rows = r.trainingGPUs(tasks: workload.count, at: times)
        var bottom = [Double](repeating: 0, count: times.count)
        let days = times.map { $0 / 86400 }
        for (i, row) in rows.enumerated() {
            let top = zip(bottom, row).map { $0 + $1 }
            try ax.fillBetween(days, bottom, top, label: workload[i].model.name + " #\(i)")
            bottom = top
        }
        try ax.scatter(r.failures.map { $0.time / 86400 }, r.failures.map { _ in 130 }, label: "failure", size: 5)
        ax.title = "\(p.displayName): GPUs training per task (failures on top)"
        ax.xLabel = "days"; ax.yLabel = "GPUs"; ax.yLimits = 0...134
    }
    try timeline.save(outDir.appendingPathComponent("timeline.png").path)
    try timeline.svgString().write(to: outDir.appendingPathComponent("timeline.svg"), atomically: true, encoding: .utf8)
    let waf = Figure(width: 760, height: 460)
    for p in Policy.allCases {
        let r = try run(p, trace)
        try waf.axes.line(r.sampleTimes.map { $0 / 86400 }, r.accumulatedCurve.map { $0 / 86400 }, label: p.displayName)
    }
    waf.axes.title = "Accumulated WAF, 128 GPUs, 8 failures/day"
    waf.axes.xLabel = "days"; waf.axes.yLabel = "accumulated WAF (GPU-equivalent days)"
    try waf.save(outDir.appendingPathComponent("waf.png").path)
    try waf.svgString().write(to: outDir.appendingPathComponent("waf.svg"), atomically: true, encoding: .utf8)
}
