import Foundation

/// The hardware and the analytic model that turns a model and a GPU count into throughput.
///
/// Iteration time of a layout (TP t, PP p, DP d) at fixed global batch B (micro-batch 1, 1F1B schedule,
/// m = ⌈B/d⌉ micro-batches per pipeline):
/// - compute: (m + p − 1) · 6·N·s / (t·p) / (peak · eff), with GEMM efficiency eff = e₀ · g/(g + 512)
///   for the per-GPU hidden slice g = h/t (thin matrices run slower);
/// - tensor parallel: 4 all-reduces of the activations (2·s·h bytes) per layer and micro-batch,
///   ring cost 2(t−1)/t · bytes / NVLink bandwidth;
/// - pipeline: (m + p − 1) activation transfers of 2·s·h bytes each way between stages over the network
///   when p > 1;
/// - data parallel: a ring all-reduce of the fp16 gradient shard, 2(d−1)/d · 2N/(t·p) bytes over the
///   network (NVLink when the whole replica group fits in one node), not overlapped.
/// A layout is feasible when weights and optimizer state (16 bytes/parameter / (t·p)) plus activations
/// (34·s·h·L/t bytes for the in-flight micro-batches of 1F1B) fit in `usableMemory`.
/// T(x) is the best feasible layout with t·p·d ≤ x, so it never decreases with x.
public struct PerformanceModel: Sendable, Equatable {
    /// GPUs per node.
    public var gpusPerNode: Int = 8
    /// Peak dense FLOP/s of one GPU (A100/A800 bf16: 312 TFLOP/s).
    public var peakFLOPS: Double = 312e12
    /// Best achievable fraction of peak for large GEMMs.
    public var maxEfficiency: Double = 0.6
    /// Usable memory per GPU in bytes (80 GB minus runtime reserve).
    public var usableMemory: Double = 72e9
    /// Intra-node (NVLink) bandwidth per GPU, bytes/s.
    public var nvlinkBandwidth: Double = 200e9
    /// Inter-node (RDMA) bandwidth per GPU, bytes/s.
    public var networkBandwidth: Double = 25e9

    /// The default A800-class cluster model.
    public init() {}

    /// Seconds per iteration of `model` in `config`, or nil when it does not fit in memory.
    public func iterationTime(_ model: ModelPreset, _ config: ParallelConfig) -> Double? {
        let t = Double(config.tensor), p = Double(config.pipeline), d = Double(config.data)
        let n = model.parameters, s = Double(model.sequenceLength), h = Double(model.hidden), l = Double(model.layers)
        let state = ModelPreset.stateBytesPerParameter * n / (t * p)
        let activations = 34 * s * h * l / t
        guard state + activations <= usableMemory else { return nil }
        let m = (Double(model.globalBatch) / d).rounded(.up)
        let g = h / t
        let eff = maxEfficiency * g / (g + 512)
        let compute = (m + p - 1) * 6 * n * s / (t * p) / (peakFLOPS * eff)
        let tpComm = config.tensor > 1 ? m * (l / p) * 4 * 2 * (t - 1) / t * (2 * s * h) / nvlinkBandwidth : 0
        let ppComm = config.pipeline > 1 ? (m + p - 1) * 2 * (2 * s * h) / networkBandwidth : 0
        let dpBandwidth = config.gpus <= gpusPerNode ? nvlinkBandwidth : networkBandwidth
        let dpComm = config.data > 1 ? 2 * (d - 1) / d * (2 * n / (t * p)) / dpBandwidth : 0
        return compute + tpComm + ppComm + dpComm
    }

    /// Useful FLOP/s of `model` in `config` (6·N·s·B per iteration), 0 when infeasible.
    public func throughput(_ model: ModelPreset, _ config: ParallelConfig) -> Double {
        guard let it = iterationTime(model, config) else { return 0 }
        return 6 * model.parameters * Double(model.sequenceLength) * Double(model.globalBatch) / it
    }

    /// The best layout for at most `gpus` GPUs and its throughput; nil when no layout fits.
    public func bestConfig(_ model: ModelPreset, gpus: Int) -> (config: ParallelConfig, throughput: Double)? {
        guard gpus > 0 else { return nil }
        var best: (ParallelConfig, Double)?
        for t in [1, 2, 4, 8] where t <= min(gpus, gpusPerNode) && model.hidden % t == 0 {
            for p in 1...model.layers where model.layers % p == 0 && t * p <= gpus {
                for d in 1...min(gpus / (t * p), model.globalBatch) {
                    let c = ParallelConfig(tensor: t, pipeline: p, data: d)
                    let thr = throughput(model, c)
                    if thr > 0, thr > (best?.1 ?? 0) { best = (c, thr) }
                }
            }
        }
        return best.map { (config: $0.0, throughput: $0.1) }
    }

    /// The best layout for every budget x = 0…maxGPUs in one pass (nil where nothing fits): what
    /// ``bestConfig(_:gpus:)`` returns for each x, at the cost of a single enumeration of layouts.
    public func bestConfigs(_ model: ModelPreset, maxGPUs: Int) -> [(config: ParallelConfig, throughput: Double)?] {
        let n = max(maxGPUs, 0)
        var exact = [(config: ParallelConfig, throughput: Double)?](repeating: nil, count: n + 1)
        for t in [1, 2, 4, 8] where t <= min(n, gpusPerNode) && model.hidden % t == 0 {
            for p in 1...model.layers where model.layers % p == 0 && t * p <= n {
                for d in 1...min(n / (t * p), model.globalBatch) {
                    let c = ParallelConfig(tensor: t, pipeline: p, data: d)
                    let thr = throughput(model, c)
                    if thr > 0, thr > (exact[c.gpus]?.throughput ?? 0) { exact[c.gpus] = (c, thr) }
                }
            }
        }
        var best: (config: ParallelConfig, throughput: Double)?
        for x in 0...n {
            if let e = exact[x], e.throughput > (best?.throughput ?? 0) { best = e }
            exact[x] = best
        }
        return exact
    }

    /// T(x) for x = 0…maxGPUs: the best throughput with at most x GPUs (FLOP/s). Every layout
    /// (t, p, d) with t·p·d ≤ maxGPUs is evaluated once, then a running maximum makes T non-decreasing.
    public func throughputCurve(_ model: ModelPreset, maxGPUs: Int) -> [Double] {
        let n = max(maxGPUs, 0)
        var curve = [Double](repeating: 0, count: n + 1)
        for t in [1, 2, 4, 8] where t <= min(n, gpusPerNode) && model.hidden % t == 0 {
            for p in 1...model.layers where model.layers % p == 0 && t * p <= n {
                for d in 1...min(n / (t * p), model.globalBatch) {
                    let c = ParallelConfig(tensor: t, pipeline: p, data: d)
                    curve[c.gpus] = max(curve[c.gpus], throughput(model, c))
                }
            }
        }
        var running = 0.0
        for x in 0...n { running = max(running, curve[x]); curve[x] = running }
        return curve
    }

    /// The fewest GPUs on which `model` fits, nil when it fits on none up to `limit`.
    public func minimumGPUs(_ model: ModelPreset, limit: Int = 4096) -> Int? {
        var best: Int?
        for t in [1, 2, 4, 8] where t <= gpusPerNode && model.hidden % t == 0 {
            for p in 1...model.layers where model.layers % p == 0 && t * p <= limit {
                if iterationTime(model, ParallelConfig(tensor: t, pipeline: p, data: 1)) != nil {
                    best = min(best ?? Int.max, t * p)
                }
            }
        }
        return best
    }
}
