/// Layer normalisation over the last dimension (Ba et al. 2016):
/// y = (x − mean) / √(var + ε) · γ + β.
///
/// Shapes: x [..., features] → same; γ, β [features].
public final class LayerNorm: Layer {
    /// Scale γ, initialised to ones.
    public let weight: Parameter
    /// Shift β, initialised to zeros.
    public let bias: Parameter
    /// Added to the variance.
    public let epsilon: Double
    /// Unused; part of ``Module``.
    public var isTraining = true

    /// Creates a layer norm for `features` channels.
    public init(_ features: Int, epsilon: Double = 1e-5, dtype: DType = .float32) {
        weight = Parameter(Tensor.ones([features], dtype: dtype), name: "weight")
        bias = Parameter(Tensor.zeros([features], dtype: dtype), name: "bias")
        self.epsilon = epsilon
    }

    /// Normalises over the last dimension.
    public func callAsFunction(_ x: Tensor) throws -> Tensor {
        let mean = try x.mean(axis: -1, keepDims: true)
        let centered = try x - mean
        let variance = try centered.square().mean(axis: -1, keepDims: true)
        let normalized = try centered / (variance + epsilon).sqrt()
        return try normalized * weight + bias
    }

    /// [weight, bias].
    public func parameters() -> [Parameter] { [weight, bias] }
}
