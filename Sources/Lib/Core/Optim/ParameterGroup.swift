/// Parameters that share optimizer settings (learning rate, weight decay),
/// like PyTorch's `param_groups`.
///
/// ```swift
/// let opt = Adam([ParameterGroup(mlp.parameters(), lr: 0.05),
///                 ParameterGroup([eta], lr: 5e-4, weightDecay: 0)])
/// ```
public final class ParameterGroup {
    /// The parameters of the group.
    public let parameters: [Parameter]
    /// Learning rate (schedules change it).
    public var lr: Double
    /// Weight decay (L2 for SGD/Adam, decoupled for AdamW).
    public var weightDecay: Double
    /// The learning rate the group started with (schedules scale from it).
    public let initialLR: Double
    /// Per-parameter optimizer state (momentum, moments), parallel to `parameters`.
    var state: [[TensorStorage]]

    /// Creates a group with its own settings.
    public init(_ parameters: [Parameter], lr: Double, weightDecay: Double = 0) {
        self.parameters = parameters
        self.lr = lr
        self.weightDecay = weightDecay
        self.initialLR = lr
        self.state = parameters.map { _ in [] }
    }
}
