/// Stops training when a monitored metric has not improved for `patience`
/// epochs, remembering the best epoch (and optionally the model at that epoch).
public final class EarlyStopping {
    /// Epochs without improvement tolerated.
    public let patience: Int
    /// Direction of improvement.
    public let mode: MetricMode
    /// Best metric seen so far.
    public private(set) var bestValue: Double
    /// Epoch of the best metric (−1 before the first update).
    public private(set) var bestEpoch = -1
    /// Parameter values at the best epoch, when a module was given to ``update(_:epoch:module:)``.
    public private(set) var bestSnapshot: [Tensor]?
    private var epochsWithoutImprovement = 0

    /// Creates the monitor.
    public init(patience: Int, mode: MetricMode = .max) {
        self.patience = patience
        self.mode = mode
        self.bestValue = mode == .min ? .infinity : -.infinity
    }

    /// Records this epoch's metric; returns whether it improved.
    @discardableResult
    public func update(_ value: Double, epoch: Int, module: Module? = nil) -> Bool {
        if mode.isImprovement(value, over: bestValue, threshold: 0) {
            bestValue = value
            bestEpoch = epoch
            epochsWithoutImprovement = 0
            if let module { bestSnapshot = module.snapshot() }
            return true
        }
        epochsWithoutImprovement += 1
        return false
    }

    /// True once `patience` epochs have passed without improvement.
    public var shouldStop: Bool { epochsWithoutImprovement >= patience }
}
