import Lib

/// How far ENFA's outputs and gradients are from the conventional model's on the same graphs.
public struct ExactnessReport: CustomStringConvertible, Sendable {
    /// max |ENFA − conventional| / max |conventional| over the outputs.
    public let outputError: Double
    /// Over the parameters: max |Δ gradient| / max |conventional gradient|, per parameter tensor,
    /// the largest of them. Tensors whose conventional gradient stays below 1e-3 of the largest
    /// gradient entry are compared against that floor instead. In training mode the biases that feed
    /// a batch norm have exact gradient zero (the norm removes the mean), so their computed gradient
    /// is rounding noise and is compared against the largest gradient entry of the model.
    public let gradientError: Double
    /// max |Δ gradient| / max |conventional gradient| over all parameters together.
    public let globalGradientError: Double
    /// Relative difference of the batch-norm running statistics after the training-mode pass.
    public let runningStatisticsError: Double
    /// Whether the comparison ran in training mode (batch statistics) or evaluation mode.
    public let training: Bool

    /// The largest of the three errors.
    public var maxError: Double { max(outputError, gradientError, runningStatisticsError) }

    /// "outputs 3.1e-07, gradients 8.2e-07, running stats 0 (training)".
    public var description: String {
        func f(_ x: Double) -> String { x == 0 ? "0" : "\(Float(x))" }
        return "outputs \(f(outputError)), gradients \(f(gradientError)) per tensor, \(f(globalGradientError)) global, running stats \(f(runningStatisticsError)) (\(training ? "training" : "evaluation"))"
    }
}

extension ENFA {
    /// Compares ENFA with the conventional model on `samples`: two models with the same seed
    /// (so identical weights), one run conventionally and one through ENFA, in training or
    /// evaluation mode (evaluation first takes one training-mode step of batch statistics so the
    /// running estimates are not trivial), then the training loss is back-propagated in both.
    /// - Throws: ``ENFAError`` or ``TensorError`` from building the bags or running the models.
    public static func exactness(_ configuration: SubgraphGNNConfiguration, on samples: [GraphSample],
                                 training: Bool) throws -> ExactnessReport {
        let conventional = try SubgraphGNN(configuration), twin = try SubgraphGNN(configuration)
        // Batch-norm shifts start at 0; on regular graphs with constant features a channel can have zero
        // variance, which puts its ReLU exactly on the kink where the derivative is undefined. Seeded
        // shifts away from 0 (the same in both models) compare the models at a differentiable point.
        for (k, (n1, n2)) in zip(conventional.norms, twin.norms).enumerated() {
            let shift = Tensor.uniform([n1.bias.count], low: -0.5, high: 0.5, seed: configuration.seed &+ 31 &* k,
                                       dtype: configuration.dtype)
            try n1.bias.assign(shift)
            try n2.bias.assign(shift)
        }
        let fast = ENFA(twin)
        let bags = try SubgraphBatch(samples.map { try SubgraphBag($0, policy: configuration.policy) })
        let ego = try EgoNetBatch(samples.map { try fast.bag($0) })
        var statsError = 0.0
        if !training {
            try withNoGrad {
                _ = try conventional(bags)
                _ = try fast(ego)
            }
            conventional.eval(); twin.eval()
        }
        let a = try conventional(bags), b = try fast(ego)
        try conventional.loss(a, labels: bags.labels, targets: bags.targets).backward()
        try twin.loss(b, labels: ego.labels, targets: ego.targets).backward()
        for (n1, n2) in zip(conventional.norms, twin.norms) {
            statsError = max(statsError, relative(n2.runningMean, n1.runningMean), relative(n2.runningVariance, n1.runningVariance))
        }
        let grads = zip(conventional.parameters(), twin.parameters()).map { ($0.grad?.doubles ?? [], $1.grad?.doubles ?? []) }
        let globalMax = grads.map { $0.0.map(Swift.abs).max() ?? 0 }.max() ?? 0
        // Biases feeding a training-mode batch norm have exact gradient zero; their computed gradient is
        // rounding noise, so it is measured against the largest gradient anywhere.
        let structurallyZero = Set((conventional.convolutions + conventional.crossConvolutions)
            .compactMap { $0.mlp.last?.bias }.map { ObjectIdentifier($0) })
        var gradError = 0.0, globalDiff = 0.0
        for (p, (g1, g2)) in zip(conventional.parameters(), grads) {
            guard g1.count == g2.count else { gradError = .infinity; continue }
            let zero = training && structurallyZero.contains(ObjectIdentifier(p))
            let scale = max(zero ? globalMax : (g1.map(Swift.abs).max() ?? 0), globalMax * 1e-3, 1e-30)
            let diff = zip(g1, g2).map { Swift.abs($0 - $1) }.max() ?? 0
            globalDiff = max(globalDiff, diff)
            gradError = max(gradError, diff / scale)
        }
        return ExactnessReport(outputError: relative(b, a), gradientError: gradError,
                               globalGradientError: globalDiff == 0 ? 0 : globalDiff / max(globalMax, 1e-30), runningStatisticsError: statsError,
                               training: training)
    }

    /// max |a − b| / max |b| (0 when both are zero).
    static func relative(_ a: Tensor, _ b: Tensor) -> Double {
        let x = a.doubles, y = b.doubles
        guard x.count == y.count else { return .infinity }
        let diff = zip(x, y).map { Swift.abs($0 - $1) }.max() ?? 0
        let scale = y.map(Swift.abs).max() ?? 0
        return diff == 0 ? 0 : diff / max(scale, 1e-30)
    }
}
