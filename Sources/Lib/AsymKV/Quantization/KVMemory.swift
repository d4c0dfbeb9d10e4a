/// KV-cache memory of a configuration: packed words, per-group scale and zero, and the
/// full-precision residual, exactly as ``QuantizedKVCache`` stores them.
public enum KVMemory {
    /// Bytes of all layers' caches after `tokens` tokens. `floatBytes` is the size of a stored
    /// float (scales, zeros, residual and unquantised layers): 4 as our caches store them;
    /// pass 2 for the paper's fp16 accounting.
    public static func bytes(config: KVQuantConfig, heads: Int, headDimension hd: Int, tokens n: Int, floatBytes: Int = 4) -> Int {
        let c = heads * hd, g = config.groupSize, r = config.residual
        var total = 0
        for l in 0..<config.layers {
            if let kb = config.keyBits[l] {
                let nq = (n / r) * r, blocks = nq / g
                total += 4 * blocks * c * BitPacking.wordCount(g, bits: kb) + floatBytes * (2 * blocks * c + (n - nq) * c)
            } else {
                total += floatBytes * n * c
            }
            if let vb = config.valueBits[l] {
                let nq = config.valueWindow == .fifo ? max(n - r, 0) : (n / r) * r, gph = (hd + g - 1) / g
                let words = (0..<gph).reduce(0) { $0 + BitPacking.wordCount(min(g, hd - $1 * g), bits: vb) }
                total += 4 * nq * heads * words + floatBytes * (2 * nq * heads * gph + (n - nq) * c)
            } else {
                total += floatBytes * n * c
            }
        }
        return total
    }

    /// Bytes per token at sequence length `tokens` (``bytes(config:heads:headDimension:tokens:floatBytes:)`` / tokens).
    public static func bytesPerToken(config: KVQuantConfig, heads: Int, headDimension: Int, tokens: Int, floatBytes: Int = 4) -> Double {
        Double(bytes(config: config, heads: heads, headDimension: headDimension, tokens: tokens, floatBytes: floatBytes)) / Double(max(tokens, 1))
    }
}
