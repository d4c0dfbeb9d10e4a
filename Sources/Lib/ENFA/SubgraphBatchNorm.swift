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
        let columns: [Tensor?] = try live.map { b in try b.weights.map { try Tensor($0, shape: [$0.count, 1]).converted(to: weight.dtype) } }
        let total = live.reduce(0.0) { acc, b in acc + (b.weights.map { $0.reduce(0.0) { $0 + Double($1) } } ?? Double(b.x.shape[0])) }
        guard total > 1 else {
            throw ENFAError.invalidArgument("batch norm in training mode needs more than one row per batch (got \(total))")
        }
        // Statistics accumulate in Float64 (then round once), so that summation order matters
        // far less than Float32 rounding of the activations themselves.
        let wide = live.map { $0.x.toFloat64() }
        let wideWeights = columns.map { $0?.toFloat64() }
        var sum: Tensor? = nil
        for (x, w) in zip(wide, wideWeights) {
            let s = try (w.map { try x * $0 } ?? x).sum(axis: 0, keepDims: true)
            sum = try sum.map { try $0 + s } ?? s
        }
        let mean = sum! / total
        var sq: Tensor? = nil
        for (x, w) in zip(wide, wideWeights) {
            let c2 = try (x - mean).square()
            let s = try (w.map { try c2 * $0 } ?? c2).sum(axis: 0, keepDims: true)
            sq = try sq.map { try $0 + s } ?? s
        }
        let variance = sq! / total
        try withNoGrad {
            let unbiased = try variance.reshaped([-1]) * (total / (total - 1))
            runningMean = try (1 - momentum) * runningMean + momentum * mean.reshaped([-1]).converted(to: weight.dtype)
            runningVariance = try (1 - momentum) * runningVariance + momentum * unbiased.converted(to: weight.dtype)
        }
        let shift = mean.converted(to: weight.dtype)
        let scale = try weight / (variance + epsilon).sqrt().converted(to: weight.dtype)
        return try blocks.map { try ($0.x - shift) * scale + bias }
    }

    /// [weight, bias].
    public func parameters() -> [Parameter] { [weight, bias] }
}
