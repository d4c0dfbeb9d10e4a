/// Something with trainable parameters and a training/evaluation mode
/// (layers, models). Modules are classes: training changes them in place.
public protocol Module: AnyObject {
    /// Every trainable parameter, in a fixed order.
    func parameters() -> [Parameter]
    /// True while training (dropout active, batch norm uses batch statistics).
    var isTraining: Bool { get set }
}

/// A module that maps one tensor to another.
public protocol Layer: Module {
    /// Applies the layer.
    func callAsFunction(_ x: Tensor) throws -> Tensor
}

extension Module {
    /// Clears the gradients of all parameters.
    public func zeroGrad() { for p in parameters() { p.grad = nil } }
    /// Total number of trainable scalars.
    public var parameterCount: Int { parameters().reduce(0) { $0 + $1.count } }
    /// Switches to training mode.
    public func train() { isTraining = true }
    /// Switches to evaluation mode.
    public func eval() { isTraining = false }
    /// A copy of every parameter's values (for restoring the best epoch).
    public func snapshot() -> [Tensor] { parameters().map { $0.detached() } }
    /// Restores values taken by ``snapshot()``.
    /// - Throws: ``TensorError`` when the snapshot does not fit this module.
    public func restore(_ snapshot: [Tensor]) throws {
        let ps = parameters()
        guard ps.count == snapshot.count else {
            throw TensorError.invalidArgument(op: "restore", message: "snapshot has \(snapshot.count) tensors, module has \(ps.count) parameters")
        }
        for (p, s) in zip(ps, snapshot) { try p.assign(s) }
    }
}

/// Nonlinearities selectable by name in layers such as ``MLP``.
public enum Activation: Sendable {
    /// The functions of the same names on ``Tensor`` (identity: no change).
    case relu, elu, gelu, tanh, sigmoid, identity

    /// Applies the activation.
    public func apply(_ x: Tensor) -> Tensor {
        switch self {
        case .relu: return x.relu()
        case .elu: return x.elu()
        case .gelu: return x.gelu()
        case .tanh: return x.tanh()
        case .sigmoid: return x.sigmoid()
        case .identity: return x
        }
    }
}
