import Foundation
import Lib

/// The model and data of an executor run, rebuilt identically in every process from the config's seed.
/// Gradients are computed per micro-batch, so a step's gradient (the mean of the micro-batch gradients,
/// summed in micro-batch order) is the same whichever process computed each micro-batch.
public final class DataParallelJob {
    /// The configuration.
    public let config: ExecutorConfig
    /// The model.
    public let model: MLP
    private let inputs: [[Float]]
    private let labels: [Int]

    /// Builds the model and the synthetic dataset (labels from a random linear teacher).
    public init(_ config: ExecutorConfig) throws {
        try config.validate()
        self.config = config
        model = try MLP([config.features, config.hidden, config.classes], seed: config.seed)
        let rng = RNG(seed: config.seed, stream: 21)
        let teacher = (0..<(config.features * config.classes)).map { _ in rng.normal() }
        let n = config.microBatches * config.microBatchSize
        var xs: [[Float]] = [], ys: [Int] = []
        for _ in 0..<n {
            let x = (0..<config.features).map { _ in rng.normal() }
            var best = 0, bestScore = -Double.infinity
            for c in 0..<config.classes {
                var s = 0.0
                for f in 0..<config.features { s += x[f] * teacher[f * config.classes + c] }
                if s > bestScore { bestScore = s; best = c }
            }
            xs.append(x.map(Float.init)); ys.append(best)
        }
        inputs = xs; labels = ys
    }

    /// Number of scalars in the parameter vector.
    public var parameterCount: Int { model.parameters().reduce(0) { $0 + $1.count } }

    /// The parameters flattened in a fixed order.
    public func parameters() -> [Float] { model.parameters().flatMap { $0.scalars } }

    /// Replaces the parameters from a flat vector; throws when its length is wrong.
    public func setParameters(_ flat: [Float]) throws {
        guard flat.count == parameterCount else {
            throw UnicronError("state transfer carried \(flat.count) values, the model has \(parameterCount)")
        }
        var k = 0
        for p in model.parameters() {
            try p.assign(Tensor(Array(flat[k..<k + p.count]), shape: p.shape))
            k += p.count
        }
    }

    /// The gradient of the mean cross-entropy on micro-batch `index` with the current parameters, and its loss.
    public func gradient(microBatch index: Int) throws -> (gradient: [Float], loss: Float) {
        guard index >= 0, index < config.microBatches else {
            throw UnicronError("micro-batch \(index) outside 0..<\(config.microBatches)")
        }
        let lo = index * config.microBatchSize, hi = lo + config.microBatchSize
        let x = try Tensor(Array(inputs[lo..<hi].joined()), shape: [config.microBatchSize, config.features])
        model.zeroGrad()
        let loss = try Loss.crossEntropy(try model(x), Array(labels[lo..<hi]))
        try loss.backward()
        let g = model.parameters().flatMap { $0.grad?.scalars ?? [Float](repeating: 0, count: $0.count) }
        return (g, Float(try loss.item()))
    }

    /// The step gradient: the mean of micro-batch gradients, summed in micro-batch order in Double.
    public static func average(_ grads: [[Float]]) -> [Float] {
        guard let n = grads.first?.count else { return [] }
        var acc = [Double](repeating: 0, count: n)
        for g in grads { for i in 0..<n { acc[i] += Double(g[i]) } }
        let m = Double(grads.count)
        return acc.map { Float($0 / m) }
    }

    /// Plain SGD on a flat vector: w ← w − lr·g (Float arithmetic, identical in every process).
    public static func sgd(_ w: [Float], _ g: [Float], lr: Float) -> [Float] {
        zip(w, g).map { $0 - lr * $1 }
    }

    /// The fault-free result computed in this process: the parameters after `config.steps` steps.
    public static func referenceRun(_ config: ExecutorConfig) throws -> [Float] {
        let job = try DataParallelJob(config)
        var w = job.parameters()
        for _ in 0..<config.steps {
            try Interruption.check()
            let grads = try (0..<config.microBatches).map { try job.gradient(microBatch: $0).gradient }
            w = sgd(w, average(grads), lr: config.learningRate)
            try job.setParameters(w)
        }
        return w
    }
}
