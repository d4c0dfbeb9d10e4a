import Foundation
import Lib

/// Incremental decoding of a ``TransformerLM`` with a KV cache per layer (``QuantizedKVCache``,
/// stored as a ``KVQuantConfig`` says), for a batch of sequences fed one token at a time.
///
/// ```swift
/// let decoder = try LMDecoder(model: model, cache: try .kivi(bits: 2, layers: 4), batch: 1)
/// let logits = try decoder.step([firstToken])   // [1][vocabularySize]
/// ```
public final class LMDecoder {
    /// The model's configuration.
    public let config: TransformerConfig
    /// How the caches store keys and values.
    public let cacheConfig: KVQuantConfig
    /// caches[sequence][layer].
    public let caches: [[QuantizedKVCache]]
    /// Tokens fed so far (per sequence).
    public private(set) var position = 0
    let weights: InferenceWeights
    /// When set, called with (layer, queries [B, d]) before each layer's attention (for analysis).
    var queryObserver: ((Int, [Float]) -> Void)?

    /// A decoder for `batch` sequences.
    /// - Throws: ``AsymKVError`` when the cache configuration's layer count differs from the model's.
    public init(model: TransformerLM, cache: KVQuantConfig, batch: Int = 1) throws {
        guard cache.layers == model.config.layers else {
            throw AsymKVError.invalidArgument("cache configuration \(cache.name) has \(cache.layers) layers; the model has \(model.config.layers)")
        }
        guard batch >= 1 else { throw AsymKVError.invalidArgument("batch \(batch) must be at least 1") }
        config = model.config
        cacheConfig = cache
        weights = InferenceWeights(model)
        caches = try (0..<batch).map { _ in
            try (0..<model.config.layers).map { l in
                try QuantizedKVCache(heads: model.config.heads, headDimension: model.config.headDimension,
                                     keyBits: cache.keyBits[l], valueBits: cache.valueBits[l],
                                     groupSize: cache.groupSize, residual: cache.residual, valueWindow: cache.valueWindow)
            }
        }
    }

    /// Sequences in the batch.
    public var batch: Int { caches.count }

    /// Bytes held by all caches.
    public var cacheBytes: Int { caches.joined().reduce(0) { $0 + $1.byteCount } }

    /// Feeds one token per sequence and returns next-token logits, [batch][vocabularySize].
    /// - Throws: ``AsymKVError`` for a wrong token count, an id outside the vocabulary, or a full context.
    public func step(_ tokens: [Int]) throws -> [[Float]] {
        let flat = try stepFlat(tokens)
        let v = config.vocabularySize
        return (0..<batch).map { Array(flat[($0 * v)..<(($0 + 1) * v)]) }
    }

    /// As ``step(_:)`` with logits flattened, [batch · vocabularySize].
    public func stepFlat(_ tokens: [Int]) throws -> [Float] {
        guard tokens.count == batch else { throw AsymKVError.invalidArgument("step needs \(batch) tokens (one per sequence), got \(tokens.count)") }
        guard position < config.context else {
            throw AsymKVError.invalidArgument("the context of \(config.context) tokens is full; start a new decoder")
        }
        if let bad = tokens.first(where: { $0 < 0 || $0 >= config.vocabularySize }) {
            throw AsymKVError.invalidArgument("token id \(bad) is outside the vocabulary 0..<\(config.vocabularySize)")
        }
        let d = config.dimension, b = batch
        var x = [Float](repeating: 0, count: b * d)
        for (r, t) in tokens.enumerated() {
            for i in 0..<d { x[r * d + i] = weights.token[t * d + i] + weights.position[position * d + i] }
        }
        var context = [Float](repeating: 0, count: b * d)
        for (l, w) in weights.layers.enumerated() {
            let qkv = Rows.linear(Rows.layerNorm(x, rows: b, w.norm1), rows: b, w.qkv)
            queryObserver?(l, (0..<b).flatMap { qkv[($0 * 3 * d)..<($0 * 3 * d + d)] })
            qkv.withUnsafeBufferPointer { p in
                context.withUnsafeMutableBufferPointer { c in
                    for r in 0..<b {
                        let row = p.baseAddress! + r * 3 * d
                        let cache = caches[r][l]
                        cache.appendUnchecked(key: row + d, value: row + 2 * d)
                        cache.attendUnchecked(query: row, output: c.baseAddress! + r * d)
                    }
                }
            }
            let attn = Rows.linear(context, rows: b, w.proj)
            for i in 0..<(b * d) { x[i] += attn[i] }
            var hidden = Rows.linear(Rows.layerNorm(x, rows: b, w.norm2), rows: b, w.up)
            for i in 0..<hidden.count { let v = hidden[i]; hidden[i] = 0.5 * v * (1 + Foundation.erf(v * 0.70710678)) }
            let mlp = Rows.linear(hidden, rows: b, w.down)
            for i in 0..<(b * d) { x[i] += mlp[i] }
        }
        position += 1
        return Rows.linear(Rows.layerNorm(x, rows: b, weights.finalNorm), rows: b, weights.head)
    }
}
