import Foundation
import Lib

/// The outcome of one training run on a node classification dataset: test accuracy at
/// the epoch of best validation accuracy, and the curves.
public struct NodeClassificationRun: CustomStringConvertible {
    /// The model's display name.
    public let model: String
    /// The dataset's name.
    public let dataset: String
    /// Seed of the split and of the model's initialisation.
    public let seed: Int
    /// Test accuracy at the best validation epoch (latest of ties, as in the official code).
    public let testAccuracy: Double
    /// The best validation accuracy.
    public let validationAccuracy: Double
    /// The epoch (0-based) of the best validation accuracy.
    public let bestEpoch: Int
    /// Epochs actually run (early stopping may end before the maximum).
    public let epochs: Int
    /// Per-epoch "loss" (training NLL), "train", "val" and "test" accuracies.
    public let history: TrainingHistory
    /// Wall-clock seconds of the whole run.
    public let seconds: Double

    /// Mean seconds per epoch (training step plus evaluation).
    public var secondsPerEpoch: Double { seconds / Double(max(epochs, 1)) }

    /// "LON-GNN on cora (seed 0): test 88.93% at epoch 312 (val 89.11%), 512 epochs, 14.2 s".
    public var description: String {
        String(format: "%@ on %@ (seed %d): test %.2f%% at epoch %d (val %.2f%%), %d epochs, %.1f s",
               model, dataset, seed, 100 * testAccuracy, bestEpoch, 100 * validationAccuracy, epochs, seconds)
    }
}

/// Mean and standard deviation (population, as numpy's default) of several runs' test accuracies, in percent.
public struct AccuracySummary: CustomStringConvertible, Sendable {
    /// Mean test accuracy in percent.
    public let mean: Double
    /// Standard deviation in percent.
    public let std: Double
    /// Half-width of the 95% confidence interval of the mean (1.96 σ/√n), in percent.
    public let ci95: Double
    /// Number of runs.
    public let count: Int

    /// Summarises test accuracies given as fractions.
    public init(_ accuracies: [Double]) {
        let n = Double(max(accuracies.count, 1))
        let m = accuracies.reduce(0, +) / n
        let v = accuracies.reduce(0) { $0 + ($1 - m) * ($1 - m) } / n
        mean = 100 * m
        std = 100 * v.squareRoot()
        ci95 = 1.96 * std / n.squareRoot()
        count = accuracies.count
    }

    /// "88.93 ± 1.02".
    public var description: String { String(format: "%.2f ± %.2f", mean, std) }
}
