import Foundation

/// How finely the planner divides GPUs among tasks.
public enum PlanGranularity: Sendable, Equatable, CustomStringConvertible {
    /// Any GPU count.
    case gpu
    /// Whole nodes of `gpusPerNode` GPUs.
    case node(gpusPerNode: Int)
    /// Only the "valid parallel sizes" of each task: counts where its throughput curve rises.
    case parallelSizes

    public var description: String {
        switch self {
        case .gpu: return "gpu"
        case .node(let g): return "node(\(g))"
        case .parallelSizes: return "parallelSizes"
        }
    }
}

/// One task as the planner sees it: its WAF curve, its GPUs at the triggering event, whether it failed,
/// and how long a transition would take.
public struct PlanInput {
    /// The task.
    public let task: TrainingTask
    /// GPUs the task holds at the event (after removing failed ones).
    public let current: Int
    /// True when the task was hit by the failure being handled (it must transition whatever the plan).
    public let failed: Bool
    /// Estimated transition time D_transition (s) if its allocation changes.
    public let transitionSeconds: Double
    /// Creates a planner input.
    public init(task: TrainingTask, current: Int, failed: Bool = false, transitionSeconds: Double) {
        self.task = task; self.current = current; self.failed = failed; self.transitionSeconds = transitionSeconds
    }
}

/// The planner's answer: a GPU count per input task, the objective Σ G, and the resulting WAF.
public struct Plan: Sendable, Equatable, CustomStringConvertible {
    /// GPUs per task, in the order of the inputs.
    public let allocation: [Int]
    /// Σ_i G(t_i, x'_i) (FLOP-seconds, weighted).
    public let objective: Double
    /// Σ_i F(t_i, x'_i) once transitions are done (weighted FLOP/s, or GPU-equivalents for normalised weights).
    public let waf: Double
    public var description: String {
        "Plan(allocation: \(allocation), WAF: \(String(format: "%.3g", waf)), objective: \(String(format: "%.4g", objective)))"
    }
}

/// Unicron's plan generator: chooses x'_i for every task with Σ x'_i ≤ n maximising
/// Σ G(t_i, x'_i), G(t, x') = F(t, x')·D_running − [x' ≠ x ∨ t failed]·F(t, x)·D_transition,
/// by the knapsack dynamic programme S[i][j] = max_k S[i−1][j−k] + G(t_i, k) in O(m·n·|K|).
public struct Planner: Sendable {
    /// The granularity of allocations.
    public var granularity: PlanGranularity
    /// D_running (s): the expected time until the next event, e.g. the cluster MTBF.
    public var runningDuration: Double

    /// Creates a planner.
    public init(granularity: PlanGranularity = .gpu, runningDuration: Double) {
        self.granularity = granularity; self.runningDuration = runningDuration
    }

    /// D_running from a per-GPU failure rate: the expected time to the next failure among `gpus` GPUs.
    public static func runningDuration(mtbfPerGPU seconds: Double, gpus: Int) -> Double {
        seconds / Double(max(gpus, 1))
    }

    /// G(t, k) for one input.
    public func gain(_ input: PlanInput, _ k: Int) -> Double {
        let changes = k != input.current || input.failed
        let penalty = changes ? input.task.waf(input.current) * input.transitionSeconds : 0
        return input.task.waf(k) * runningDuration - penalty
    }

    /// The candidate GPU counts for a task with at most `n` GPUs under this granularity (always includes 0
    /// and, when different, the task's current count so that "stay" is always an option).
    public func candidates(_ input: PlanInput, maxGPUs n: Int) -> [Int] {
        var ks: [Int] = [0]
        let t = input.task
        switch granularity {
        case .gpu:
            if t.minGPUs <= n { ks += Array(t.minGPUs...n) }
        case .node(let g):
            let step = max(g, 1)
            var k = step
            while k <= n { if k >= t.minGPUs { ks.append(k) }; k += step }
        case .parallelSizes:
            var last = 0.0
            if t.minGPUs <= n {
                for k in t.minGPUs...n where t.throughput(k) > last { ks.append(k); last = t.throughput(k) }
            }
        }
        if input.current > 0, input.current <= n, !ks.contains(input.current) { ks.append(input.current); ks.sort() }
        return ks
    }

    /// The optimal plan for `inputs` with `available` healthy GPUs (knapsack dynamic programme). When every
    /// candidate count is a multiple of some g (node granularity), the programme runs over units of g GPUs.
    public func plan(_ inputs: [PlanInput], available: Int) -> Plan {
        let n = max(available, 0), m = inputs.count
        let cands = inputs.map { candidates($0, maxGPUs: n) }
        var g = 0
        for ks in cands { for k in ks where k > 0 { g = Planner.gcd(g, k) } }
        g = max(g, 1)
        let units = n / g
        var prev = [Double](repeating: 0, count: units + 1)
        var cur = prev
        var choice = [Int32](repeating: 0, count: m * (units + 1))
        for i in 0..<m {
            let ks = cands[i].map { $0 / g }
            let gains = cands[i].map { gain(inputs[i], $0) }
            let row = i * (units + 1)
            prev.withUnsafeBufferPointer { pv in
                cur.withUnsafeMutableBufferPointer { cv in
                    choice.withUnsafeMutableBufferPointer { ch in
                        for j in 0...units {
                            var best = -Double.infinity, bestK = 0
                            for c in 0..<ks.count {   // ks ascending
                                let k = ks[c]
                                if k > j { break }
                                let v = pv[j - k] + gains[c]
                                if v > best { best = v; bestK = k }
                            }
                            cv[j] = best; ch[row + j] = Int32(bestK)
                        }
                    }
                }
            }
            swap(&prev, &cur)
        }
        var alloc = [Int](repeating: 0, count: m)
        var j = units
        for i in stride(from: m - 1, through: 0, by: -1) {
            let k = Int(choice[i * (units + 1) + j]); alloc[i] = k * g; j -= k
        }
        return makePlan(inputs, alloc)
    }

    static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

    /// The optimal plan by exhaustive enumeration of the same candidates (for tests on small clusters).
    public func bruteForce(_ inputs: [PlanInput], available: Int) -> Plan {
        let n = max(available, 0)
        let cands = inputs.map { candidates($0, maxGPUs: n) }
        var best: (Double, [Int]) = (-.infinity, [Int](repeating: 0, count: inputs.count))
        var alloc = [Int](repeating: 0, count: inputs.count)
        func go(_ i: Int, _ used: Int, _ value: Double) {
            if i == inputs.count {
                if value > best.0 { best = (value, alloc) }
                return
            }
            for k in cands[i] where used + k <= n {
                alloc[i] = k
                go(i + 1, used + k, value + gain(inputs[i], k))
            }
        }
        go(0, 0, 0)
        return makePlan(inputs, best.1)
    }

    private func makePlan(_ inputs: [PlanInput], _ alloc: [Int]) -> Plan {
        var objective = 0.0, waf = 0.0
        for (i, k) in alloc.enumerated() { objective += gain(inputs[i], k); waf += inputs[i].task.waf(k) }
        return Plan(allocation: alloc, objective: objective, waf: waf)
    }
}
