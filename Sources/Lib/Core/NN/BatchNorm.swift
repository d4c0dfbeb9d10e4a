/// Batch normalisation over the first dimension (Ioffe & Szegedy 2015).
///
/// Training: normalises with the batch mean and biased variance (one fused primitive,
/// ``Tensor/batchNormalized(weight:bias:rowWeights:epsilon:)``) and updates
/// running estimates (unbiased variance, momentum 0.1 as in PyTorch).
/// Evaluation: normalises with the running estimates.
/// Shapes: x [N, features] → same.
public final class BatchNorm: Layer {
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

    /// Normalises each feature.
    /// - Throws: ``TensorError`` for the wrong feature count, or a batch of one while training.
    public func callAsFunction(_ x: Tensor) throws -> Tensor {
        guard x.rank == 2, x.shape[1] == weight.count else {
            throw TensorError.shapeMismatch(op: "BatchNorm", lhs: x.shape, rhs: weight.shape,
                                            expected: "input must be [N, \(weight.count)]")
        }
        if isTraining {
            let n = x.shape[0]
            guard n > 1 else {
                throw TensorError.invalidArgument(op: "BatchNorm", message: "training needs more than one sample per batch")
            }
            // one fused primitive: statistics in double precision, three passes forward, two backward
            let (y, stats) = try x.batchNormalized(weight: weight, bias: bias, epsilon: epsilon)
            (runningMean, runningVariance) = try stats.updatingRunning(mean: runningMean, variance: runningVariance,
                                                                       momentum: momentum)
            return y
        }
        let scale = try weight / (runningVariance.converted(to: x.dtype) + epsilon).sqrt()
        return try (x - runningMean.converted(to: x.dtype)) * scale + bias
    }

    /// [weight, bias].
    public func parameters() -> [Parameter] { [weight, bias] }
}
