/// Min/max round-to-nearest quantisation of one group of values to b bits:
/// z = min, s = (max − min) / (2^b − 1), q = round((v − z) / s), v* = q·s + z.
/// A constant group (s = 0) stores q = 0 and dequantises exactly to z. With b = 1 each
/// value becomes its group's min or max (threshold at the midpoint). |v − v*| ≤ s / 2.
public enum GroupQuantizer {
    /// Quantises `values` to `bits` bits: codes, scale s and zero z.
    /// - Throws: ``AsymKVError`` for an unsupported width.
    public static func quantize(_ values: [Float], bits: Int) throws -> (codes: [UInt32], scale: Float, zero: Float) {
        try BitPacking.validate(bits: bits)
        var codes = [UInt32](repeating: 0, count: values.count)
        var scale: Float = 0, zero: Float = 0
        values.withUnsafeBufferPointer { v in
            codes.withUnsafeMutableBufferPointer { c in
                (scale, zero) = quantizeStrided(v.baseAddress!, stride: 1, count: values.count, bits: bits, codes: c.baseAddress!)
            }
        }
        return (codes, scale, zero)
    }

    /// Values of `codes` under `scale` and `zero`: q·s + z.
    public static func dequantize(_ codes: [UInt32], scale: Float, zero: Float) -> [Float] {
        codes.map { Float($0) * scale + zero }
    }

    /// Quantises `count` values read `stride` apart; writes the codes contiguously; returns (s, z).
    @inline(__always)
    static func quantizeStrided(_ v: UnsafePointer<Float>, stride: Int, count: Int, bits: Int,
                                codes: UnsafeMutablePointer<UInt32>) -> (Float, Float) {
        guard count > 0 else { return (0, 0) }
        var lo = v[0], hi = v[0]
        for i in 1..<count {
            let x = v[i * stride]
            lo = min(lo, x)
            hi = max(hi, x)
        }
        let levels = Float((1 << bits) - 1)
        let scale = (hi - lo) / levels
        guard scale > 0, scale.isFinite else {
            for i in 0..<count { codes[i] = 0 }
            return (0, lo)
        }
        let inverse = 1 / scale, top = UInt32(levels)
        for i in 0..<count {
            // (v − z)/s ≥ 0, so truncating x + 0.5 rounds half away from zero without a libm call.
            codes[i] = min(UInt32(max((v[i * stride] - lo) * inverse, 0) + 0.5), top)
        }
        return (scale, lo)
    }
}
