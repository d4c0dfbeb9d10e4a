import Lib

/// How far ENFA's outputs and gradients are from the conventional model's on the same graphs.
///
/// In Float32 both models round, each in its own order, so they can only agree as closely as each
/// agrees with exact arithmetic. The report therefore also measures, for Float32 models, how far
/// each model is from the same computation in Float64 with the same weights (``reference``):
/// where the conventional model itself is farther than a tolerance from exact arithmetic, no
/// reordering of the computation (which is what ENFA is) can match it more closely than that.
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
    /// For Float32 models: each model's distance from the same computation in Float64 (nil in Float64).
    public let reference: RoundingErrors?

    /// Distances of the Float32 models from exact arithmetic (their Float64 twins with the same
    /// weights), measured like ``outputError`` and ``globalGradientError``.
    public struct RoundingErrors: Sendable {
        /// Conventional model, outputs.
        public let conventionalOutputs: Double
        /// Conventional model, gradients (largest difference over the largest Float64 gradient).
        public let conventionalGradients: Double
        /// ENFA, outputs.
        public let enfaOutputs: Double
        /// ENFA, gradients.
        public let enfaGradients: Double
    }

    /// The largest of the three errors.
    public var maxError: Double { max(outputError, gradientError, runningStatisticsError) }

    /// Whether ENFA agrees with the conventional model within `tolerance`, as far as Float32 allows:
    /// the outputs and the gradients (``globalGradientError``) each differ by at most `tolerance`; or
    /// ENFA is itself within `tolerance` of exact arithmetic (the difference is the conventional
    /// model's rounding); or, where the conventional model is farther than `tolerance` from exact
    /// arithmetic, ENFA is at most four times as far (Float32 sums of cancelling terms round
    /// differently with each machine's BLAS kernels). The running statistics differ by at most `tolerance`.
    public func agrees(within tolerance: Double) -> Bool {
        func holds(_ difference: Double, _ conventional: Double?, _ enfa: Double?) -> Bool {
            if difference <= tolerance { return true }
            guard let conventional, let enfa else { return false }
            if enfa <= tolerance { return true }
            return conventional > tolerance && enfa <= 4 * conventional
        }
        return runningStatisticsError <= tolerance
            && holds(outputError, reference?.conventionalOutputs, reference?.enfaOutputs)
            && holds(globalGradientError, reference?.conventionalGradients, reference?.enfaGradients)
    }

    /// "outputs 3.1e-07, gradients 8.2e-07 per tensor, 5.1e-07 global, running stats 0 (training)",
    /// followed by the distances from Float64 for Float32 models.
    public var description: String {
        func f(_ x: Double) -> String { x == 0 ? "0" : "\(Float(x))" }
        var s = "outputs \(f(outputError)), gradients \(f(gradientError)) per tensor, \(f(globalGradientError)) global, running stats \(f(runningStatisticsError)) (\(training ? "training" : "evaluation"))"
        if let r = reference {
            s += "; from Float64: conventional outputs \(f(r.conventionalOutputs)), gradients \(f(r.conventionalGradients)); ENFA outputs \(f(r.enfaOutputs)), gradients \(f(r.enfaGradients))"
        }
        return s
    }
}

extension ENFA {
    /// Compares ENFA with the conventional model on `samples`: two models with the same seed
    /// (so identical weights), one run conventionally and one through ENFA, in training or
    /// evaluation mode (evaluation first takes one training-mode step of batch statistics so the
    /// running estimates are not trivial), then the training loss is back-propagated in both.
    /// Float32 models are also run in Float64 with the same weights (``ExactnessReport/reference``).
    /// - Throws: ``ENFAError`` or ``TensorError`` from building the bags or running the models.
    public static func exactness(_ configuration: SubgraphGNNConfiguration, on samples: [GraphSample],
                                 training: Bool) throws -> ExactnessReport {
        let bags = try SubgraphBatch(samples.map { try SubgraphBag($0, policy: configuration.policy) })
        let ego = try EgoNetBatch(samples.map { try EgoNetBag($0, policy: configuration.policy, layers: configuration.layers) })
        let conventional = try comparisonModel(configuration), twin = try comparisonModel(configuration)
        let a = try run(conventional, training: training, labels: bags.labels, targets: bags.targets) { try $0(bags) }
        let b = try run(twin, training: training, labels: ego.labels, targets: ego.targets) { try ENFA($0)(ego) }
        var statsError = 0.0
        for (n1, n2) in zip(conventional.norms, twin.norms) {
            statsError = max(statsError, relative(n2.runningMean, n1.runningMean), relative(n2.runningVariance, n1.runningVariance))
        }
        var reference: ExactnessReport.RoundingErrors?
        if configuration.dtype == .float32 {
            var c64 = configuration
            c64.dtype = .float64
            // Exact arithmetic stands for both models: in Float64 they agree to about 1e-10.
            let exact = try run(comparisonModel(c64, weightsOf: conventional), training: training,
                                labels: bags.labels, targets: bags.targets) { try $0(bags) }
            reference = .init(conventionalOutputs: relative(a.outputs, exact.outputs),
                              conventionalGradients: globalRelative(a.gradients, exact.gradients),
                              enfaOutputs: relative(b.outputs, exact.outputs),
                              enfaGradients: globalRelative(b.gradients, exact.gradients))
        }
        return ExactnessReport(outputError: relative(b.outputs, a.outputs),
                               gradientError: perTensorError(conventional, a.gradients, b.gradients, training: training),
                               globalGradientError: globalRelative(b.gradients, a.gradients),
                               runningStatisticsError: statsError, training: training, reference: reference)
    }

    /// A model for the comparison: seeded weights, or `source`'s weights converted to the dtype.
    ///
    /// Batch-norm shifts start at 0; on regular graphs with constant features a channel can have zero
    /// variance, which puts its ReLU exactly on the kink where the derivative is undefined. Seeded
    /// shifts away from 0 (the same in every model) compare the models at a differentiable point.
    static func comparisonModel(_ c: SubgraphGNNConfiguration, weightsOf source: SubgraphGNN? = nil) throws -> SubgraphGNN {
        let model = try SubgraphGNN(c)
        if let source {
            for (p, q) in zip(model.parameters(), source.parameters()) { try p.assign(q.converted(to: c.dtype)) }
            return model
        }
        for (k, norm) in model.norms.enumerated() {
            try norm.bias.assign(Tensor.uniform([norm.bias.count], low: -0.5, high: 0.5, seed: c.seed &+ 31 &* k, dtype: c.dtype))
        }
        return model
    }

    /// One pass of the comparison: in evaluation mode a training-mode pass without gradients first
    /// (running estimates), then the outputs and the gradient of the training loss per parameter.
    static func run(_ model: SubgraphGNN, training: Bool, labels: [Int], targets: Tensor,
                    _ forward: (SubgraphGNN) throws -> Tensor) throws -> (outputs: Tensor, gradients: [[Double]]) {
        if !training {
            try withNoGrad { _ = try forward(model) }
            model.eval()
        }
        let out = try forward(model)
        try model.loss(out, labels: labels, targets: targets).backward()
        return (out, model.parameters().map { $0.grad?.doubles ?? [] })
    }

    /// ``ExactnessReport/gradientError``: per parameter tensor, with the floors described there.
    static func perTensorError(_ model: SubgraphGNN, _ reference: [[Double]], _ other: [[Double]], training: Bool) -> Double {
        let globalMax = reference.map { $0.map(Swift.abs).max() ?? 0 }.max() ?? 0
        // Biases feeding a training-mode batch norm have exact gradient zero; their computed gradient is
        // rounding noise, so it is measured against the largest gradient anywhere.
        let structurallyZero = Set((model.convolutions + model.crossConvolutions)
            .compactMap { $0.mlp.last?.bias }.map { ObjectIdentifier($0) })
        var error = 0.0
        for (p, (g1, g2)) in zip(model.parameters(), zip(reference, other)) {
            guard g1.count == g2.count else { return .infinity }
            let zero = training && structurallyZero.contains(ObjectIdentifier(p))
            let scale = max(zero ? globalMax : (g1.map(Swift.abs).max() ?? 0), globalMax * 1e-3, 1e-30)
            error = max(error, (zip(g1, g2).map { Swift.abs($0 - $1) }.max() ?? 0) / scale)
        }
        return error
    }

    /// max |a − b| over all parameters / max |b| (0 when they are equal).
    static func globalRelative(_ a: [[Double]], _ b: [[Double]]) -> Double {
        guard a.count == b.count, zip(a, b).allSatisfy({ $0.count == $1.count }) else { return .infinity }
        let diff = zip(a, b).map { zip($0, $1).map { Swift.abs($0 - $1) }.max() ?? 0 }.max() ?? 0
        let scale = b.map { $0.map(Swift.abs).max() ?? 0 }.max() ?? 0
        return diff == 0 ? 0 : diff / max(scale, 1e-30)
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
