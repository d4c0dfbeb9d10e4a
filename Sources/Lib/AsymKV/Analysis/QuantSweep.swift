import Foundation
import Lib

/// Held-out quality of a model whose KV cache is stored as a ``KVQuantConfig`` says.
public struct SweepResult: Sendable, Codable {
    /// The configuration's name.
    public var name: String
    /// Mean next-token cross-entropy (nats), perplexity e^loss and next-token accuracy.
    public var loss: Double, perplexity: Double, accuracy: Double
    /// KV-cache bytes per token at the window length, as stored (float32 scales/zeros/residual),
    /// and in the paper's fp16 accounting.
    public var bytesPerToken: Double, bytesPerTokenFP16: Double
}

/// The experiments of the paper on our model: float, KIVI and the AsymKV-l/0 and AsymKV-0/l sweeps.
public enum QuantSweep {
    /// Evaluates `config` by streaming decoding of `windows` (equal-length token windows of
    /// held-out text, all decoded together): every position predicts the next token through the
    /// packed cache, exactly as generation would.
    /// - Throws: ``AsymKVError`` for ragged windows, windows longer than the context, or a layer mismatch.
    public static func evaluate(model: TransformerLM, windows: [[Int]], config: KVQuantConfig) throws -> SweepResult {
        guard let t = windows.first?.count, t >= 2, windows.allSatisfy({ $0.count == t }) else {
            throw AsymKVError.invalidArgument("windows must be non-empty and of one length ≥ 2")
        }
        guard t - 1 <= model.config.context else {
            throw AsymKVError.invalidArgument("windows of \(t) tokens need a context of \(t - 1); the model has \(model.config.context)")
        }
        let decoder = try LMDecoder(model: model, cache: config, batch: windows.count)
        let v = model.config.vocabularySize
        var nll = 0.0, correct = 0, total = 0
        for p in 0..<(t - 1) {
            try Interruption.check()
            let logits = try decoder.stepFlat(windows.map { $0[p] })
            for (b, w) in windows.enumerated() {
                let row = logits[(b * v)..<((b + 1) * v)]
                let target = w[p + 1]
                let m = Double(row.max() ?? 0)
                let lse = m + Foundation.log(row.reduce(0.0) { $0 + Foundation.exp(Double($1) - m) })
                nll += lse - Double(row[row.startIndex + target])
                var best = row.startIndex
                for i in row.indices where row[i] > row[best] { best = i }
                if best - row.startIndex == target { correct += 1 }
                total += 1
            }
        }
        let loss = nll / Double(total)
        let n = t - 1, cfg = model.config
        return SweepResult(name: config.name, loss: loss, perplexity: Foundation.exp(loss), accuracy: Double(correct) / Double(total),
                           bytesPerToken: KVMemory.bytesPerToken(config: config, heads: cfg.heads, headDimension: cfg.headDimension, tokens: n),
                           bytesPerTokenFP16: KVMemory.bytesPerToken(config: config, heads: cfg.heads, headDimension: cfg.headDimension, tokens: n, floatBytes: 2))
    }

    /// The configurations of the paper's table for an L-layer model: float, KIVI-`high`,
    /// AsymKV-l/0 and AsymKV-0/l for l = 0…L (bit pair high/low).
    public static func paperConfigs(layers: Int, high: Int = 2, low: Int = 1, groupSize: Int = 32, residual: Int = 32) throws -> [KVQuantConfig] {
        var configs = [try KVQuantConfig.float(layers: layers), try KVQuantConfig.kivi(bits: high, layers: layers, groupSize: groupSize, residual: residual)]
        for l in 0...layers { configs.append(try .asymKV(keyLayers: l, valueLayers: 0, layers: layers, high: high, low: low, groupSize: groupSize, residual: residual)) }
        for l in 0...layers { configs.append(try .asymKV(keyLayers: 0, valueLayers: l, layers: layers, high: high, low: low, groupSize: groupSize, residual: residual)) }
        return configs
    }

    /// `count` windows of `length` tokens spread evenly over `tokens`.
    public static func windows(from tokens: [Int], count: Int, length: Int) throws -> [[Int]] {
        guard count >= 1, length >= 2, tokens.count >= length else {
            throw AsymKVError.invalidArgument("need count ≥ 1 and 2 ≤ length ≤ \(tokens.count) (tokens available)")
        }
        let span = tokens.count - length
        return (0..<count).map { i in
            let s = count == 1 ? 0 : span * i / (count - 1)
            return Array(tokens[s..<(s + length)])
        }
    }
}

extension SweepResult: CustomStringConvertible {
    /// "name: perplexity p, accuracy a, b B/token".
    public var description: String {
        "\(name): perplexity \(String(format: "%.4f", perplexity)), accuracy \(String(format: "%.4f", accuracy)), \(Int(bytesPerToken.rounded())) B/token"
    }
}
