/// Layers applied one after another.
///
/// ```swift
/// let net = Sequential([Linear(4, 8), ActivationLayer(.relu), Linear(8, 2)])
/// ```
public final class Sequential: Layer {
    /// The layers, in order.
    public let layers: [Layer]
    /// Training mode, forwarded to every layer.
    public var isTraining = true { didSet { for l in layers { l.isTraining = isTraining } } }

    /// Creates the chain.
    public init(_ layers: [Layer]) { self.layers = layers }

    /// Applies each layer in turn.
    public func callAsFunction(_ x: Tensor) throws -> Tensor {
        var h = x
        for layer in layers { h = try layer(h) }
        return h
    }

    /// Every layer's parameters, in order.
    public func parameters() -> [Parameter] { layers.flatMap { $0.parameters() } }
}

/// An ``Activation`` as a layer (for ``Sequential``).
public final class ActivationLayer: Layer {
    /// The nonlinearity.
    public let activation: Activation
    /// Unused; part of ``Module``.
    public var isTraining = true

    /// Wraps an activation.
    public init(_ activation: Activation) { self.activation = activation }

    /// Applies the activation.
    public func callAsFunction(_ x: Tensor) throws -> Tensor { activation.apply(x) }

    /// None.
    public func parameters() -> [Parameter] { [] }
}
