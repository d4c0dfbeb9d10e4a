import Foundation
import Lib

/// A decoder-only transformer language model: token + learned position embeddings,
/// pre-norm ``DecoderBlock``s (causal multi-head attention, GELU MLP), final LayerNorm, linear head.
///
/// Train with ``train(tokens:options:)``; decode incrementally with a KV cache through
/// ``makeDecoder(cache:)``; save and load with ``save(to:vocabulary:)`` / ``load(from:)`` (safetensors).
///
/// ```swift
/// let model = try TransformerLM(TransformerConfig(vocabularySize: 65), seed: 0)
/// let logits = try model(tokens: [[1, 2, 3]])   // [1, 3, 65]
/// ```
public final class TransformerLM: Module {
    /// The shape of the model.
    public let config: TransformerConfig
    /// Token embedding, [vocabularySize, d].
    public let tokenEmbedding: Parameter
    /// Learned position embedding, [context, d].
    public let positionEmbedding: Parameter
    /// The decoder layers.
    public let blocks: [DecoderBlock]
    /// Final norm.
    public let finalNorm: LayerNorm
    /// Output head, [d, vocabularySize].
    public let head: Linear
    /// Unused (no dropout); part of ``Module``.
    public var isTraining = true

    /// A model with seeded initial weights (embeddings N(0, 0.02²) as in GPT-2).
    /// - Throws: ``AsymKVError`` for an invalid configuration.
    public init(_ config: TransformerConfig, seed: Int = 0) throws {
        try config.validate()
        self.config = config
        let d = config.dimension
        tokenEmbedding = Parameter(Tensor.randn([config.vocabularySize, d], seed: seed) * 0.02, name: "weight")
        positionEmbedding = Parameter(Tensor.randn([config.context, d], seed: seed &+ 1) * 0.02, name: "weight")
        blocks = (0..<config.layers).map {
            DecoderBlock(dimension: d, heads: config.heads, mlpRatio: config.mlpRatio, layers: config.layers, seed: seed &+ 100 &* ($0 + 1))
        }
        finalNorm = LayerNorm(d)
        head = Linear(d, config.vocabularySize, seed: seed &+ 7)
    }

    /// Every parameter with its checkpoint name, in a fixed order.
    public func namedParameters() -> [(String, Parameter)] {
        var out: [(String, Parameter)] = [("tok_emb.weight", tokenEmbedding), ("pos_emb.weight", positionEmbedding)]
        for (i, b) in blocks.enumerated() { out += b.namedParameters(prefix: "layers.\(i)") }
        out += finalNorm.parameters().map { ("final_norm.\($0.name)", $0) }
        out += head.parameters().map { ("head.\($0.name)", $0) }
        return out
    }

    /// All parameters.
    public func parameters() -> [Parameter] { namedParameters().map { $0.1 } }

    /// Logits for a batch of equal-length sequences (autodiff-recorded): [B, T] ids → [B, T, vocabularySize].
    /// - Throws: ``AsymKVError`` for ragged or too long sequences or ids outside the vocabulary.
    public func callAsFunction(tokens: [[Int]]) throws -> Tensor {
        guard let t = tokens.first?.count, t > 0, tokens.allSatisfy({ $0.count == t }) else {
            throw AsymKVError.invalidArgument("tokens must be a non-empty batch of equal-length, non-empty sequences")
        }
        guard t <= config.context else {
            throw AsymKVError.invalidArgument("sequence length \(t) exceeds the model's context \(config.context)")
        }
        let flat = tokens.flatMap { $0 }
        if let bad = flat.first(where: { $0 < 0 || $0 >= config.vocabularySize }) {
            throw AsymKVError.invalidArgument("token id \(bad) is outside the vocabulary 0..<\(config.vocabularySize)")
        }
        let b = tokens.count, d = config.dimension
        let tok = try tokenEmbedding.indexSelect(flat, axis: 0).reshaped([b, t, d])
        var x = try tok + positionEmbedding.slice(axis: 0, 0..<t)
        let mask = Self.causalMask(t)
        for block in blocks { x = try block.forward(x, mask: mask) }
        return try head(finalNorm(x))
    }

    /// Mean next-token cross-entropy of `inputs` predicting `targets` (same shapes [B, T]).
    public func loss(inputs: [[Int]], targets: [[Int]]) throws -> Tensor {
        let logits = try self(tokens: inputs)
        return try Loss.crossEntropy(logits.reshaped([-1, config.vocabularySize]), targets.flatMap { $0 })
    }

    /// Additive causal mask [T, T]: 0 on and below the diagonal, −1e9 above.
    static func causalMask(_ t: Int) -> Tensor {
        var m = [Float](repeating: 0, count: t * t)
        for i in 0..<t { for j in (i + 1)..<max(t, i + 1) { m[i * t + j] = -1e9 } }
        return (try? Tensor(m, shape: [t, t])) ?? Tensor.zeros([t, t])
    }
}
