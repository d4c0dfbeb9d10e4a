import Foundation
import Lib

/// What a training run recorded, epoch by epoch.
public struct SubgraphTrainingRun: CustomStringConvertible {
    /// The form trained on.
    public let form: BagForm
    /// Mean training loss per epoch (L1 or cross-entropy).
    public let losses: [Double]
    /// Test metric per epoch: MAE (regression) or accuracy (classification).
    public let metrics: [Double]
    /// Wall-clock seconds of each training epoch (batch assembly, forward, backward, step).
    public let epochSeconds: [Double]
    /// Process CPU seconds (user + system, all threads) of each training epoch: steadier than wall
    /// time on a machine shared with other jobs.
    public let epochCPUSeconds: [Double]
    /// "MAE" or "accuracy".
    public let metricName: String

    /// Median epoch time (wall clock).
    public var medianEpochSeconds: Double {
        let s = epochSeconds.sorted()
        return s.isEmpty ? 0 : s[s.count / 2]
    }

    /// Median epoch CPU time.
    public var medianEpochCPUSeconds: Double {
        let s = epochCPUSeconds.sorted()
        return s.isEmpty ? 0 : s[s.count / 2]
    }

    /// "enfa: 20 epochs, loss 0.61, MAE 0.58, 1.9 s/epoch".
    public var description: String {
        "\(form.rawValue): \(losses.count) epochs, loss \(String(format: "%.4f", losses.last ?? .nan)), "
            + "\(metricName) \(String(format: "%.4f", metrics.last ?? .nan)), \(String(format: "%.3f", medianEpochSeconds)) s/epoch"
    }
}

/// Trains a ``SubgraphGNN`` on either form with Adam, mini-batches in a seeded order.
///
/// Two trainers with the same seed, one per form, see the same batches in the same order, so
/// their loss curves coincide (up to rounding) while ENFA's epochs are cheaper.
///
/// ```swift
/// let trainer = SubgraphTrainer(model: model, form: .enfa, lr: 1e-3, batchSize: 128, seed: 0)
/// let run = try trainer.fit(bags, train: split.train, test: split.test, epochs: 20)
/// ```
public final class SubgraphTrainer {
    /// The model (weights shared with the ENFA wrapper).
    public let model: SubgraphGNN
    /// The form trained on.
    public let form: BagForm
    /// The optimizer.
    public let optimizer: Adam
    /// Graphs per mini-batch.
    public let batchSize: Int
    private let rng: RNG
    private let fast: ENFA

    /// Creates a trainer.
    public init(model: SubgraphGNN, form: BagForm, lr: Double = 1e-3, batchSize: Int = 128, seed: Int = 0) {
        self.model = model
        self.form = form
        optimizer = Adam(model.parameters(), lr: lr)
        self.batchSize = max(batchSize, 1)
        rng = RNG(seed: seed, stream: 5)
        fast = ENFA(model)
    }

    /// The model's outputs for graphs `indices` of `bags` in this trainer's form.
    /// - Throws: ``ENFAError`` when the bags lack this form.
    public func forward(_ bags: PreparedBags, _ indices: [Int]) throws -> (output: Tensor, labels: [Int], targets: Tensor) {
        switch form {
        case .conventional:
            guard !bags.conventional.isEmpty else { throw ENFAError.mismatch("the bags were prepared without the conventional form") }
            let b = try SubgraphBatch(indices.map { bags.conventional[$0] })
            return (try model(b), b.labels, b.targets)
        case .enfa:
            guard !bags.compact.isEmpty else { throw ENFAError.mismatch("the bags were prepared without the compact (ENFA) form") }
            guard bags.layers == model.configuration.layers else {
                throw ENFAError.mismatch("the ego nets were cut for \(bags.layers) layers; the model has \(model.configuration.layers)")
            }
            let b = try EgoNetBatch(indices.map { bags.compact[$0] })
            return (try fast(b), b.labels, b.targets)
        }
    }

    /// One epoch over `indices` (shuffled with the trainer's seed): (mean loss, wall seconds, CPU seconds).
    /// - Throws: model errors or ``InterruptedError``.
    public func trainEpoch(_ bags: PreparedBags, indices: [Int]) throws -> (loss: Double, seconds: Double, cpuSeconds: Double) {
        model.train()
        var order = indices
        rng.shuffle(&order)
        let start = DispatchTime.now().uptimeNanoseconds, cpuStart = Self.processCPUSeconds()
        var total = 0.0
        for b in stride(from: 0, to: order.count, by: batchSize) {
            try Interruption.check()
            let chunk = Array(order[b..<min(b + batchSize, order.count)])
            let (out, labels, targets) = try forward(bags, chunk)
            let loss = try model.loss(out, labels: labels, targets: targets)
            optimizer.zeroGrad()
            try loss.backward()
            try optimizer.step()
            total += loss.value * Double(chunk.count)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return (total / Double(max(order.count, 1)), seconds, Self.processCPUSeconds() - cpuStart)
    }

    /// User + system CPU seconds of this process so far (all threads).
    public static func processCPUSeconds() -> Double {
        #if canImport(Glibc)
        let RUSAGE_SELF_WHO = __rusage_who_t(RUSAGE_SELF.rawValue)
        #else
        let RUSAGE_SELF_WHO = RUSAGE_SELF
        #endif
        var usage = rusage()
        getrusage(RUSAGE_SELF_WHO, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }

    /// The test metric on `indices` in evaluation mode: MAE (regression) or accuracy.
    public func evaluate(_ bags: PreparedBags, indices: [Int]) throws -> Double {
        model.eval()
        defer { model.train() }
        var sum = 0.0
        try withNoGrad {
            for b in stride(from: 0, to: indices.count, by: batchSize) {
                try Interruption.check()
                let chunk = Array(indices[b..<min(b + batchSize, indices.count)])
                let (out, labels, targets) = try forward(bags, chunk)
                switch model.configuration.task {
                case .regression: sum += try (out - targets.converted(to: out.dtype)).abs().sum().value
                case .classification: sum += try Loss.accuracy(out, labels) * Double(chunk.count)
                }
            }
        }
        return sum / Double(max(indices.count, 1))
    }

    /// Trains for `epochs`, evaluating on `test` after each, reporting progress as `label`.
    /// - Throws: model errors or ``InterruptedError`` (the run so far is lost; the model keeps its weights).
    public func fit(_ bags: PreparedBags, train: [Int], test: [Int], epochs: Int, label: String? = nil) throws -> SubgraphTrainingRun {
        var losses: [Double] = [], metrics: [Double] = [], times: [Double] = [], cpu: [Double] = []
        let name: String
        if case .regression = model.configuration.task { name = "MAE" } else { name = "accuracy" }
        let tag = label ?? "\(form.rawValue) \(model.configuration.policy)"
        for epoch in 0..<epochs {
            let (loss, seconds, cpuSeconds) = try trainEpoch(bags, indices: train)
            let metric = try evaluate(bags, indices: test)
            losses.append(loss); metrics.append(metric); times.append(seconds); cpu.append(cpuSeconds)
            Progress.report(label: tag, step: epoch + 1, total: epochs,
                            metrics: [("loss", loss), (name, metric), ("s/epoch", seconds)], isFinished: epoch + 1 == epochs)
        }
        return SubgraphTrainingRun(form: form, losses: losses, metrics: metrics, epochSeconds: times, epochCPUSeconds: cpu, metricName: name)
    }
}
