import Foundation
import Lib

/// Settings of ``TransformerLM/train(tokens:options:)``.
public struct LMTrainingOptions: Sendable {
    /// Optimisation steps.
    public var steps: Int = 1000
    /// Sequences per step.
    public var batchSize: Int = 16
    /// Tokens per sequence (at most the model's context).
    public var sequenceLength: Int = 128
    /// Peak learning rate (AdamW).
    public var learningRate: Double = 3e-3
    /// Linear warm-up steps before the cosine decay.
    public var warmupSteps: Int = 50
    /// Final learning rate as a fraction of the peak.
    public var minLRFactor: Double = 0.1
    /// AdamW decoupled weight decay.
    public var weightDecay: Double = 0.01
    /// Seed of the batch sampler.
    public var seed: Int = 0
    /// Report progress every this many steps.
    public var reportEvery: Int = 10

    /// Default options.
    public init() {}
}

/// Losses recorded by ``TransformerLM/train(tokens:options:)``.
public struct LMTrainingHistory: Sendable {
    /// Mean training loss per step.
    public var losses: [Double] = []
    /// Wall-clock seconds of the whole run.
    public var seconds: Double = 0
}

extension TransformerLM {
    /// Trains on random windows of `tokens` with AdamW and a warm-up + cosine schedule.
    /// Reports progress as "train" events (loss, lr) and honours interrupts.
    /// - Throws: ``AsymKVError`` when `tokens` is shorter than one window, or an interruption.
    @discardableResult
    public func train(tokens: [Int], options: LMTrainingOptions) throws -> LMTrainingHistory {
        let t = options.sequenceLength
        guard t >= 1, t <= config.context else {
            throw AsymKVError.invalidArgument("sequenceLength \(t) must be in 1...\(config.context) (the model's context)")
        }
        guard tokens.count > t + 1 else {
            throw AsymKVError.invalidArgument("training needs more than \(t + 1) tokens, got \(tokens.count)")
        }
        let optimizer = AdamW(parameters(), lr: options.learningRate, betas: (0.9, 0.95), weightDecay: options.weightDecay)
        let schedule = CosineSchedule(optimizer, warmupSteps: options.warmupSteps, totalSteps: options.steps,
                                      minFactor: options.minLRFactor)
        let rng = RNG(seed: options.seed, stream: 11)
        var history = LMTrainingHistory()
        let start = Date()
        for step in 1...max(options.steps, 1) {
            try Interruption.check()
            var inputs: [[Int]] = [], targets: [[Int]] = []
            for _ in 0..<options.batchSize {
                let s = rng.int(below: tokens.count - t - 1)
                inputs.append(Array(tokens[s..<(s + t)]))
                targets.append(Array(tokens[(s + 1)...(s + t)]))
            }
            schedule.step()
            optimizer.zeroGrad()
            let loss = try self.loss(inputs: inputs, targets: targets)
            try loss.backward()
            try optimizer.step()
            let value = loss.value
            history.losses.append(value)
            if step % max(options.reportEvery, 1) == 0 || step == options.steps {
                Progress.report(label: "train", step: step, total: options.steps,
                                metrics: [("loss", value), ("lr", optimizer.groups[0].lr)],
                                isFinished: step == options.steps)
            }
        }
        history.seconds = Date().timeIntervalSince(start)
        return history
    }

    /// Mean cross-entropy (nats/token) of next-token prediction over non-overlapping windows of
    /// `tokens` (full-sequence forward, float, no cache); at most `maxWindows` windows.
    public func evaluateLoss(tokens: [Int], window: Int? = nil, maxWindows: Int = .max) throws -> Double {
        let t = min(window ?? config.context, config.context)
        let starts = Array(stride(from: 0, to: tokens.count - t - 1, by: t).prefix(maxWindows))
        guard !starts.isEmpty else {
            throw AsymKVError.invalidArgument("evaluation needs more than \(t + 1) tokens, got \(tokens.count)")
        }
        var total = 0.0
        try withNoGrad {
            for chunk in stride(from: 0, to: starts.count, by: 16) {
                try Interruption.check()
                let batch = starts[chunk..<min(chunk + 16, starts.count)]
                let l = try loss(inputs: batch.map { Array(tokens[$0..<($0 + t)]) },
                                 targets: batch.map { Array(tokens[($0 + 1)...($0 + t)]) })
                total += l.value * Double(batch.count)
            }
        }
        return total / Double(starts.count)
    }
}
