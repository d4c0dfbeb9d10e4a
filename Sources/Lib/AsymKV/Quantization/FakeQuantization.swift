/// Quantise-then-dequantise of whole K / V matrices in the KIVI layout (every token quantised,
/// no residual window): what the model sees through a quantised cache, as plain floats.
/// For analysis and experiments; caches use the packed storage of ``QuantizedKVCache``.
public enum FakeQuantization {
    /// Keys [tokens, channels] per channel, groups of G consecutive tokens (the last group may be shorter).
    public static func keys(_ k: [Float], tokens n: Int, channels c: Int, bits: Int, groupSize g: Int) throws -> [Float] {
        try check(k.count, n * c, bits: bits, groupSize: g)
        var out = k
        var codes = [UInt32](repeating: 0, count: g)
        k.withUnsafeBufferPointer { kp in
            for start in stride(from: 0, to: n, by: g) {
                let len = min(g, n - start)
                for ch in 0..<c {
                    let (s, z) = codes.withUnsafeMutableBufferPointer {
                        GroupQuantizer.quantizeStrided(kp.baseAddress! + start * c + ch, stride: c, count: len, bits: bits, codes: $0.baseAddress!)
                    }
                    for i in 0..<len { out[(start + i) * c + ch] = Float(codes[i]) * s + z }
                }
            }
        }
        return out
    }

    /// Values [tokens, heads · headDimension] per token, groups of G consecutive channels of one head.
    public static func values(_ v: [Float], tokens n: Int, heads: Int, headDimension hd: Int, bits: Int, groupSize g: Int) throws -> [Float] {
        try check(v.count, n * heads * hd, bits: bits, groupSize: g)
        var out = v
        var codes = [UInt32](repeating: 0, count: g)
        v.withUnsafeBufferPointer { vp in
            for t in 0..<n {
                for h in 0..<heads {
                    for start in stride(from: 0, to: hd, by: g) {
                        let len = min(g, hd - start), o = t * heads * hd + h * hd + start
                        let (s, z) = codes.withUnsafeMutableBufferPointer {
                            GroupQuantizer.quantizeStrided(vp.baseAddress! + o, stride: 1, count: len, bits: bits, codes: $0.baseAddress!)
                        }
                        for i in 0..<len { out[o + i] = Float(codes[i]) * s + z }
                    }
                }
            }
        }
        return out
    }

    private static func check(_ count: Int, _ expected: Int, bits: Int, groupSize: Int) throws {
        try BitPacking.validate(bits: bits)
        guard groupSize >= 1 else { throw AsymKVError.invalidArgument("groupSize \(groupSize) must be at least 1") }
        guard count == expected else { throw AsymKVError.invalidArgument("matrix has \(count) entries, expected \(expected)") }
    }
}
