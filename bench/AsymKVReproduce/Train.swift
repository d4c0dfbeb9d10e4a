import BenchSupport
import Foundation
import Lib
import AsymKV

/// `AsymKVReproduce train`: trains the character-level model on tiny Shakespeare (90/10 split)
/// with a fixed seed and writes the weights and a training report.
func runTraining(arguments: Arguments) throws {
    let corpus = try CharCorpus.shakespeare()
    let config = TransformerConfig(vocabularySize: corpus.vocabulary.count,
                                   layers: arguments.int("--layers") ?? 4, dimension: arguments.int("--dim") ?? 128,
                                   heads: arguments.int("--heads") ?? 4, context: arguments.int("--context") ?? 128)
    var options = LMTrainingOptions()
    options.steps = arguments.int("--steps") ?? 2000
    options.batchSize = arguments.int("--batch") ?? 16
    options.sequenceLength = config.context
    options.learningRate = arguments.double("--lr") ?? 2e-3
    options.warmupSteps = min(100, options.steps / 10)
    options.seed = arguments.int("--seed") ?? 0
    options.reportEvery = 25
    let out = arguments.string("--out") ?? "results/asymkv/model.safetensors"
    let model = try TransformerLM(config, seed: options.seed)
    print("training \(model.parameterCount) parameters: \(config), \(options.steps) steps × \(options.batchSize) × \(options.sequenceLength) tokens")
    let start = Date()
    let history = try Progress.withHandler({ e in
        let metrics = e.metrics.map { "\($0.0) \(String(format: "%.4f", $0.1))" }.joined(separator: "  ")
        print("step \(e.step)/\(e.total ?? 0)  \(metrics)  \(String(format: "%.0f s", Date().timeIntervalSince(start)))")
        fflush(stdout)
    }) { try model.train(tokens: corpus.train, options: options) }
    let heldOutLoss = try model.evaluateLoss(tokens: corpus.heldOut)
    let trainLoss = try model.evaluateLoss(tokens: corpus.train, maxWindows: 400)
    try model.save(to: out, vocabulary: corpus.vocabulary)
    let report = """
    # Character-level TransformerLM on tiny Shakespeare

    Command: `swift run -c release --package-path bench AsymKVReproduce train \(arguments.raw.joined(separator: " "))`

    | item | value |
    |---|---|
    | configuration | layers \(config.layers), d \(config.dimension), heads \(config.heads), context \(config.context), MLP ×\(config.mlpRatio) |
    | parameters | \(model.parameterCount) |
    | training | \(options.steps) steps × batch \(options.batchSize) × \(options.sequenceLength) tokens, AdamW (β 0.9/0.95, wd 0.01), lr \(options.learningRate) warm-up \(options.warmupSteps) + cosine to 10 %, seed \(options.seed) |
    | data | data/tinyshakespeare.txt, first 90 % train (\(corpus.train.count) chars), last 10 % held out (\(corpus.heldOut.count) chars), vocabulary \(corpus.vocabulary.count) |
    | wall time | \(String(format: "%.0f", history.seconds)) s (2 shared cores) |
    | final training loss (last 50 steps) | \(String(format: "%.4f", history.losses.suffix(50).reduce(0, +) / Double(min(50, history.losses.count)))) nats |
    | train loss (400 windows) | \(String(format: "%.4f", trainLoss)) nats |
    | held-out loss | \(String(format: "%.4f", heldOutLoss)) nats/char |
    | held-out perplexity | \(String(format: "%.3f", Foundation.exp(heldOutLoss))) |

    Weights: `\(out)` (safetensors, float32).
    """
    try report.write(toFile: (out as NSString).deletingLastPathComponent + "/training.md", atomically: true, encoding: .utf8)
    print(report)
}
