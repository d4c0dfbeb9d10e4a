// Times Unicron's planner (knapsack DP, 128 GPUs × 16 tasks; bar: under 10 ms) beside a Python peer running the
// same dynamic programme on the same gains, and the simulator's event rate (bar: 1 million events in under 10 s).
//   swift run -c release --package-path bench UnicronBench
import BenchSupport
import Foundation
import Lib
import Unicron

let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
let tasks = try Simulator.gpt3Workload(gpus: 128, count: 16)
let inputs = tasks.enumerated().map { PlanInput(task: $1, current: 8, failed: $0 == 3, transitionSeconds: 60) }
let planner = Planner(granularity: .gpu, runningDuration: 3600)
let clock = ContinuousClock()
func median(_ xs: [Double]) -> Double { let s = xs.sorted(); return s[s.count / 2] }

var times: [Double] = []
var plan = planner.plan(inputs, available: 128)
for _ in 0..<50 {
    let d = clock.measure { plan = planner.plan(inputs, available: 128) }
    times.append(Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1e3)
}
let swiftMs = median(times)
var nodeTimes: [Double] = []
let nodePlanner = Planner(granularity: .node(gpusPerNode: 8), runningDuration: 3600)
for _ in 0..<50 {
    let d = clock.measure { _ = nodePlanner.plan(inputs, available: 128) }
    nodeTimes.append(Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1e3)
}

// The peer gets the exact gains G(t_i, k) for every candidate k.
let gains = inputs.map { i in planner.candidates(i, maxGPUs: 128).map { [Double($0), planner.gain(i, $0)] } }
let json = try JSONSerialization.data(withJSONObject: ["n": 128, "gains": gains])
let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("unicron-bench-gains.json")
try json.write(to: tmp)
let python = PeerPython.path(variable: "PEER_PYTHON") ?? "python3"
let proc = Process()
proc.executableURL = URL(fileURLWithPath: python)
proc.arguments = [here.appendingPathComponent("peer.py").path, tmp.path]
let pipe = Pipe(); proc.standardOutput = pipe
try proc.run(); proc.waitUntilExit()
let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
let peer = out.split(separator: "\n").last.map(String.init) ?? ""
let parts = peer.split(separator: " ")
let peerMs = parts.count >= 2 ? Double(parts[0]) ?? .nan : .nan
let peerObjective = parts.count >= 2 ? Double(parts[1]) ?? .nan : .nan

// Simulator: a dense trace with about a million events, repairs short enough that nodes are mostly healthy
// (so most events hit running tasks and every SEV1 re-plans).
let trace = try FailureTrace.sample(days: 7 * 26, failuresPerDay: 5000, meanRepairHours: 0.05, minRepairHours: 0.01, seed: 1)
let sim = try Simulator(workload: try Simulator.gpt3Workload(gpus: 128, count: 6), trace: trace)
var opts = SimulationOptions(policy: .unicron); opts.recordTimeline = false; opts.sampleInterval = 0
var result: SimulationResult?
let simTime = clock.measure { result = try? sim.run(opts) }
let simSeconds = Double(simTime.components.seconds) + Double(simTime.components.attoseconds) / 1e18
var mopts = SimulationOptions(policy: .megatron); mopts.recordTimeline = false; mopts.sampleInterval = 0
var mresult: SimulationResult?
let mTime = clock.measure { mresult = try? sim.run(mopts) }
let mSeconds = Double(mTime.components.seconds) + Double(mTime.components.attoseconds) / 1e18

print("| benchmark | Swift | peer (Python) | ratio (peer ÷ Swift) | bar |")
print("|---|---:|---:|---:|---|")
print(String(format: "| planner DP, 128 GPUs × 16 tasks, GPU granularity | %.3f ms | %.1f ms | %.0fx | < 10 ms |", swiftMs, peerMs, peerMs / swiftMs))
print(String(format: "| planner DP, node granularity | %.4f ms | – | – | |", median(nodeTimes)))
print(String(format: "| simulator, Unicron policy, %d events (%d re-plans) | %.2f s (%.2f M events/s) | – | – | 1 M events < 10 s |",
             result?.eventsProcessed ?? 0, result?.replans ?? 0, simSeconds, Double(result?.eventsProcessed ?? 0) / simSeconds / 1e6))
print(String(format: "| simulator, Megatron policy, %d events | %.2f s | – | – | |", mresult?.eventsProcessed ?? 0, mSeconds))
print(String(format: "objective: Swift %.6e, peer %.6e (relative difference %.1e)", plan.objective, peerObjective,
             abs(plan.objective - peerObjective) / abs(plan.objective)))
