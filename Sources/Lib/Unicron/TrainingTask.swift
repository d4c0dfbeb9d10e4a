import Foundation

/// A training job managed by Unicron: a model, its weight (priority), its minimum GPU count and its
/// throughput curve T(x).
public final class TrainingTask: CustomStringConvertible {
    /// Identifier, unique within a cluster.
    public let id: Int
    /// Display name.
    public let name: String
    /// The model trained.
    public let model: ModelPreset
    /// The weight w_t of the task in the WAF.
    public let weight: Double
    /// Fewest GPUs the task can run on.
    public let minGPUs: Int
    /// Work to do in FLOPs (nil: runs until removed).
    public let totalWork: Double?
    /// T(x) for x = 0…curve.count−1 in FLOP/s (non-decreasing).
    public let curve: [Double]

    /// Creates a task; `curve` is computed from `performance` up to `maxGPUs`. Throws when the model
    /// fits on no GPU count up to `maxGPUs` or the weight is not positive.
    public init(id: Int, name: String? = nil, model: ModelPreset, weight: Double = 1, totalWork: Double? = nil,
                maxGPUs: Int, performance: PerformanceModel = PerformanceModel()) throws {
        guard weight > 0 else { throw UnicronError("task weight must be positive, got \(weight)") }
        guard let minimum = performance.minimumGPUs(model, limit: maxGPUs) else {
            throw UnicronError("\(model.name) does not fit on \(maxGPUs) GPUs of \(Int(performance.usableMemory / 1e9)) GB: use a larger cluster or a smaller model")
        }
        self.id = id; self.name = name ?? "\(model.name)#\(id)"; self.model = model; self.weight = weight
        self.totalWork = totalWork; minGPUs = minimum
        curve = performance.throughputCurve(model, maxGPUs: maxGPUs)
    }

    /// Creates a task from an explicit curve (tests, synthetic workloads).
    public init(id: Int, name: String, weight: Double, minGPUs: Int, curve: [Double], totalWork: Double? = nil) throws {
        guard weight > 0 else { throw UnicronError("task weight must be positive, got \(weight)") }
        guard minGPUs >= 1, minGPUs < curve.count else {
            throw UnicronError("task '\(name)': minGPUs must be in 1..<\(curve.count) (the curve's length), got \(minGPUs)")
        }
        self.id = id; self.name = name; self.weight = weight; self.minGPUs = minGPUs; self.curve = curve
        self.totalWork = totalWork
        model = (try? ModelPreset(name: name, parameters: 1, layers: 1, hidden: 1, globalBatch: 1)) ?? .gpt3_1_3B
    }

    /// T(x): throughput in FLOP/s on x GPUs (0 below the minimum; capped at the curve's end).
    public func throughput(_ x: Int) -> Double {
        guard x >= minGPUs, !curve.isEmpty else { return 0 }
        return curve[min(x, curve.count - 1)]
    }

    /// F(t, x) = w_t · T(t, x): the weighted achieved FLOP/s, 0 below the minimum.
    public func waf(_ x: Int) -> Double { weight * throughput(x) }

    public var description: String { "\(name) (w=\(weight), min \(minGPUs) GPUs)" }
}
