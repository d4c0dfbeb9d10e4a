import Foundation

/// Linear warm-up then cosine decay of every group's learning rate, per step:
/// lr(t) = initial · t / warmup for t < warmup, then
/// minLR + ½(initial − minLR)(1 + cos(π · (t − warmup) / (total − warmup))), and minLR after `total`.
/// Call ``step()`` once per optimisation step (before ``Optimizer/step()``).
public final class CosineSchedule {
    /// The optimizer whose learning rates change.
    public let optimizer: Optimizer
    /// Warm-up steps.
    public let warmupSteps: Int
    /// Total steps (warm-up included).
    public let totalSteps: Int
    /// Floor of the decay, as a fraction of each group's initial rate.
    public let minFactor: Double
    /// Steps taken.
    public private(set) var stepCount = 0

    /// Creates the schedule; `minFactor` = final lr / initial lr.
    public init(_ optimizer: Optimizer, warmupSteps: Int = 0, totalSteps: Int, minFactor: Double = 0.1) {
        self.optimizer = optimizer
        self.warmupSteps = max(warmupSteps, 0)
        self.totalSteps = max(totalSteps, 1)
        self.minFactor = minFactor
    }

    /// The factor applied to the initial rate at step `t` (1-based).
    public func factor(at t: Int) -> Double {
        if t <= warmupSteps { return Double(t) / Double(max(warmupSteps, 1)) }
        let span = Double(max(totalSteps - warmupSteps, 1))
        let progress = min(Double(t - warmupSteps) / span, 1)
        return minFactor + 0.5 * (1 - minFactor) * (1 + Foundation.cos(Double.pi * progress))
    }

    /// Advances one step and sets every group's lr = initial · factor(step).
    public func step() {
        stepCount += 1
        let f = factor(at: stepCount)
        for g in optimizer.groups { g.lr = g.initialLR * f }
    }
}
