import Foundation

/// A fully connected layer: y = x · W + b.
///
/// Shapes: x [..., inFeatures] → y [..., outFeatures]; W is [inFeatures, outFeatures].
/// Initialised like PyTorch: W and b uniform in ±1/√inFeatures.
public final class Linear: Layer {
    /// The weight, [inFeatures, outFeatures].
    public let weight: Parameter
    /// The bias, [outFeatures], if any.
    public let bias: Parameter?
    /// Unused (no mode-dependent behaviour); part of ``Module``.
    public var isTraining = true

    /// Creates a layer with seeded initial weights.
    public init(_ inFeatures: Int, _ outFeatures: Int, bias: Bool = true, seed: Int = 0, dtype: DType = .float32) {
        let rng = RNG(seed: seed)
        let bound = 1 / Foundation.sqrt(Double(max(inFeatures, 1)))
        weight = Parameter(Tensor.uniform([inFeatures, outFeatures], low: -bound, high: bound, rng: rng, dtype: dtype),
                           name: "weight")
        self.bias = bias
            ? Parameter(Tensor.uniform([outFeatures], low: -bound, high: bound, rng: rng, dtype: dtype), name: "bias") : nil
    }

    /// Creates a layer from labelled sizes.
    public convenience init(inFeatures: Int, outFeatures: Int, bias: Bool = true, seed: Int = 0) {
        self.init(inFeatures, outFeatures, bias: bias, seed: seed)
    }

    /// x · W + b.
    public func callAsFunction(_ x: Tensor) throws -> Tensor {
        try x.linear(weight, bias: bias)
    }

    /// [weight, bias].
    public func parameters() -> [Parameter] { [weight] + (bias.map { [$0] } ?? []) }
}
