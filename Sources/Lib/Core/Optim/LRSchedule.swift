import Foundation

/// Multiplies every group's learning rate by `gamma` each `stepSize` epochs
/// (PyTorch `StepLR`). Call ``step()`` once per epoch.
public final class StepLR {
    /// The optimizer whose learning rates change.
    public let optimizer: Optimizer
    /// Epochs between decays.
    public let stepSize: Int
    /// Decay factor.
    public let gamma: Double
    /// Epochs completed.
    public private(set) var epoch = 0

    /// Creates the schedule.
    public init(_ optimizer: Optimizer, stepSize: Int, gamma: Double = 0.1) {
        self.optimizer = optimizer
        self.stepSize = max(stepSize, 1)
        self.gamma = gamma
    }

    /// Advances one epoch and sets lr = initial · γ^⌊epoch / stepSize⌋.
    public func step() {
        epoch += 1
        let factor = Foundation.pow(gamma, Double(epoch / stepSize))
        for g in optimizer.groups { g.lr = g.initialLR * factor }
    }
}

/// Whether a smaller or a larger metric is better.
public enum MetricMode: Sendable {
    /// Lower is better (losses).
    case min
    /// Higher is better (accuracies).
    case max

    func isImprovement(_ value: Double, over best: Double, threshold: Double) -> Bool {
        switch self {
        case .min: return value < best - threshold
        case .max: return value > best + threshold
        }
    }
}

/// Multiplies learning rates by `factor` when a metric has not improved for
/// `patience` epochs (PyTorch `ReduceLROnPlateau`, absolute threshold).
public final class ReduceLROnPlateau {
    /// The optimizer whose learning rates change.
    public let optimizer: Optimizer
    /// Direction of improvement.
    public let mode: MetricMode
    /// Decay factor.
    public let factor: Double
    /// Epochs without improvement tolerated.
    public let patience: Int
    /// Minimum change that counts as improvement.
    public let threshold: Double
    /// Lower bound for learning rates.
    public let minLR: Double
    /// Best metric seen.
    public private(set) var best: Double
    private var badEpochs = 0

    /// Creates the schedule.
    public init(_ optimizer: Optimizer, mode: MetricMode = .min, factor: Double = 0.1, patience: Int = 10,
                threshold: Double = 1e-4, minLR: Double = 0) {
        self.optimizer = optimizer
        self.mode = mode
        self.factor = factor
        self.patience = patience
        self.threshold = threshold
        self.minLR = minLR
        self.best = mode == .min ? .infinity : -.infinity
    }

    /// Reports this epoch's metric; decays the learning rates after `patience` bad epochs.
    public func step(_ metric: Double) {
        if mode.isImprovement(metric, over: best, threshold: threshold) {
            best = metric
            badEpochs = 0
        } else {
            badEpochs += 1
            if badEpochs > patience {
                for g in optimizer.groups { g.lr = max(g.lr * factor, minLR) }
                badEpochs = 0
            }
        }
    }
}
