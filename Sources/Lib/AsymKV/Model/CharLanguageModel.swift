import Foundation
import Lib

/// A trained character-level ``TransformerLM`` with its vocabulary: text in, text out, and the
/// paper's experiments on held-out tiny Shakespeare.
///
/// ```swift
/// let lm = try CharLanguageModel.load()              // results/asymkv/model.safetensors
/// print(try lm.generate("ROMEO:", count: 100, cache: try .kivi(bits: 1, layers: 4)))
/// ```
public final class CharLanguageModel: CustomStringConvertible {
    /// The network.
    public let model: TransformerLM
    /// Its characters.
    public let vocabulary: CharVocabulary

    /// Wraps a model and its vocabulary.
    /// - Throws: ``AsymKVError`` when the sizes differ.
    public init(model: TransformerLM, vocabulary: CharVocabulary) throws {
        guard model.config.vocabularySize == vocabulary.count else {
            throw AsymKVError.invalidArgument("the model has \(model.config.vocabularySize) tokens but the vocabulary \(vocabulary.count) characters")
        }
        self.model = model
        self.vocabulary = vocabulary
    }

    /// The model's shape and size.
    public var description: String {
        let c = model.config
        return "CharLanguageModel(layers: \(c.layers), dimension: \(c.dimension), heads: \(c.heads), context: \(c.context), parameters: \(model.parameterCount), vocabulary: \(vocabulary.count))"
    }

    /// The repository's trained weights: `results/asymkv/model.safetensors` beside the data directory.
    public static func defaultPath() throws -> String {
        ((try DataLocator.dataDirectory() as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent("results/asymkv/model.safetensors")
    }

    /// Loads a checkpoint written by ``TransformerLM/save(to:vocabulary:)`` (default: ``defaultPath()``).
    /// - Throws: ``AsymKVError`` when the file is missing, malformed, or has no vocabulary.
    public static func load(_ path: String? = nil) throws -> CharLanguageModel {
        let p = try path ?? defaultPath()
        let (model, vocabulary) = try TransformerLM.load(from: p)
        guard let vocabulary else { throw AsymKVError.checkpoint("\(p) has no \"vocabulary\" in its metadata") }
        return try CharLanguageModel(model: model, vocabulary: vocabulary)
    }

    /// Continues `prompt` by `count` characters (see ``TransformerLM/generate(prompt:count:temperature:topK:seed:cache:)``).
    public func generate(_ prompt: String, count: Int = 200, temperature: Double = 0.8, topK: Int? = nil, seed: Int = 0,
                         cache: KVQuantConfig? = nil) throws -> String {
        let ids = try vocabulary.encode(prompt)
        return try vocabulary.decode(model.generate(prompt: ids, count: min(count, model.config.context - ids.count),
                                                    temperature: temperature, topK: topK, seed: seed, cache: cache))
    }

    /// Held-out tokens of tiny Shakespeare (last 10 %).
    public func heldOut() throws -> [Int] {
        let corpus = try CharCorpus.shakespeare()
        guard corpus.vocabulary == vocabulary else { throw AsymKVError.invalidArgument("the model's vocabulary is not tiny Shakespeare's") }
        return corpus.heldOut
    }

    /// Held-out perplexity and accuracy under `cache` over `windows` windows of context + 1 characters.
    public func evaluate(cache: KVQuantConfig, windows: Int = 16) throws -> SweepResult {
        let w = try QuantSweep.windows(from: heldOut(), count: windows, length: model.config.context + 1)
        return try QuantSweep.evaluate(model: model, windows: w, config: cache)
    }

    /// The paper's table: float, KIVI-2, AsymKV-l/0 and AsymKV-0/l for l = 0…L.
    public func sweep(windows: Int = 16, groupSize: Int = 32, residual: Int = 32) throws -> [SweepResult] {
        let w = try QuantSweep.windows(from: heldOut(), count: windows, length: model.config.context + 1)
        var done: [String: SweepResult] = [:]
        let configs = try QuantSweep.paperConfigs(layers: model.config.layers, groupSize: groupSize, residual: residual)
        return try configs.enumerated().map { i, c in
            Progress.report(label: "sweep", step: i + 1, total: configs.count)
            let key = "\(c.keyBits)|\(c.valueBits)"
            var r = try done[key] ?? QuantSweep.evaluate(model: model, windows: w, config: c)
            done[key] = r
            r.name = c.name
            return r
        }
    }

    /// Per-layer, per-head attention errors at `bits` (keys alone vs values alone, and the decomposition).
    public func errorAnalysis(bits: Int, windows: Int = 2, groupSize: Int = 32) throws -> [HeadError] {
        let w = try QuantSweep.windows(from: heldOut(), count: windows, length: model.config.context)
        return try AttentionErrorAnalysis.analyze(model: model, windows: w, bits: bits, groupSize: groupSize)
    }
}
