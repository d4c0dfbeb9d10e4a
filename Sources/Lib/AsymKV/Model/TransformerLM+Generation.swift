import Foundation
import Lib

extension TransformerLM {
    /// Continues `prompt` by `count` sampled tokens, decoding incrementally through a cache stored
    /// as `cache` says (default: float). `temperature` 0 is greedy; `topK` keeps the k most likely
    /// tokens (nil: all). Same seed, same tokens. Prompt + count must fit in the context.
    /// - Throws: ``AsymKVError`` for an empty prompt, ids outside the vocabulary, or too long a request.
    public func generate(prompt: [Int], count: Int, temperature: Double = 1, topK: Int? = nil, seed: Int = 0,
                         cache: KVQuantConfig? = nil) throws -> [Int] {
        guard !prompt.isEmpty else { throw AsymKVError.invalidArgument("generate needs a non-empty prompt") }
        guard prompt.count + count <= config.context else {
            throw AsymKVError.invalidArgument("prompt (\(prompt.count)) + count (\(count)) exceeds the context of \(config.context) tokens")
        }
        guard temperature >= 0 else { throw AsymKVError.invalidArgument("temperature \(temperature) must be ≥ 0") }
        let decoder = try LMDecoder(model: self, cache: cache ?? .float(layers: config.layers), batch: 1)
        let rng = RNG(seed: seed, stream: 5)
        var logits: [Float] = []
        for t in prompt { logits = try decoder.stepFlat([t]) }
        var out: [Int] = []
        for i in 0..<count {
            try Interruption.check()
            let next = Self.sample(logits, temperature: temperature, topK: topK, rng: rng)
            out.append(next)
            if i + 1 < count { logits = try decoder.stepFlat([next]) }
        }
        return out
    }

    /// Draws one token from `logits` with temperature and top-k (ties broken by lower id).
    static func sample(_ logits: [Float], temperature: Double, topK: Int?, rng: RNG) -> Int {
        let order = logits.indices.sorted { logits[$0] > logits[$1] || (logits[$0] == logits[$1] && $0 < $1) }
        if temperature == 0 { return order[0] }
        let kept = Array(order.prefix(max(1, min(topK ?? logits.count, logits.count))))
        let m = Double(logits[kept[0]])
        let weights = kept.map { Foundation.exp((Double(logits[$0]) - m) / temperature) }
        var u = rng.uniform() * weights.reduce(0, +)
        for (i, w) in weights.enumerated() {
            u -= w
            if u <= 0 { return kept[i] }
        }
        return kept[kept.count - 1]
    }
}
