import Lib

/// Batch normalisation whose training statistics may weight rows, so that one row can
/// stand for several identical rows.
///
/// ENFA keeps one original-graph row for all the subgraph rows that equal it; weighting that
/// row by how many it stands for makes the batch mean and (biased) variance, and so the
/// training-mode output and its gradients, equal the conventional model's. The running
/// estimates (momentum 0.1, unbiased variance with the total weight as sample size) match too.
/// Evaluation mode uses the running estimates, row by row.
public final class SubgraphBatchNorm: Module {
    /// Scale γ, initialised to ones.
    public let weight: Parameter
    /// Shift β, initialised to zeros.
    public let bias: Parameter
    /// Running mean, [features].
    public private(set) var runningMean: Tensor
    /// Running (unbiased) variance, [features].
    public private(set) var runningVariance: Tensor
    /// Weight of the newest batch in the running estimates.
    public let momentum: Double
    /// Added to the variance.
    public let epsilon: Double
    /// Training mode: batch statistics and running updates.
    public var isTraining = true

    /// Creates a batch norm for `features` channels.
    public init(_ features: Int, momentum: Double = 0.1, epsilon: Double = 1e-5, dtype: DType = .float32) {
        weight = Parameter(Tensor.ones([features], dtype: dtype), name: "weight")
        bias = Parameter(Tensor.zeros([features], dtype: dtype), name: "bias")
        runningMean = Tensor.zeros([features], dtype: dtype)
        runningVariance = Tensor.ones([features], dtype: dtype)
        self.momentum = momentum
        self.epsilon = epsilon
    }

    /// Normalises several row blocks with shared statistics; block k's rows count
    /// `weights[k][row]` times each (nil: once).
    /// - Throws: ``ENFAError`` for blocks of the wrong width or a total weight <= 1 while training.
    public func normalize(_ blocks: [(x: Tensor, weights: [Float]?)]) throws -> [Tensor] {
        let f = weight.count
        for b in blocks where b.x.rank != 2 || b.x.shape[1] != f {
            throw ENFAError.mismatch("batch norm expects [rows, \(f)] blocks, got \(b.x.shape)")
        }
        guard isTraining else {
            let scale = try weight / (runningVariance + epsilon).sqrt()
            return try blocks.map { try ($0.x - runningMean) * scale + bias }
        }
        let live = blocks.filter { $0.x.shape[0] > 0 }
        let total = live.reduce(0.0) { acc, b in acc + (b.weights.map { $0.reduce(0.0) { $0 + Double($1) } } ?? Double(b.x.shape[0])) }
        guard total > 1 else {
            throw ENFAError.invalidArgument("batch norm in training mode needs more than one row per batch (got \(total))")
        }
        // One fused primitive over all rows (statistics in Float64, row by row in a fixed order).
        let x = live.count == 1 ? live[0].x : try Tensor.concat(live.map(\.x), axis: 0)
        let rowWeights: [Double]? = live.allSatisfy({ $0.weights == nil }) ? nil
            : live.flatMap { b in b.weights.map { $0.map(Double.init) } ?? [Double](repeating: 1, count: b.x.shape[0]) }
        let (y, stats) = try x.converted(to: weight.dtype).batchNormalized(weight: weight, bias: bias, rowWeights: rowWeights,
                                                                            epsilon: epsilon)
        (runningMean, runningVariance) = try stats.updatingRunning(mean: runningMean, variance: runningVariance,
                                                                   momentum: momentum)
        var start = 0
        return try blocks.map { b in
            let n = b.x.shape[0]
            if n == 0 { return b.x }
            if live.count == 1 { return y }
            defer { start += n }
            return try y.slice(axis: 0, start..<(start + n))
        }
    }

    /// [weight, bias].
    public func parameters() -> [Parameter] { [weight, bias] }
}
