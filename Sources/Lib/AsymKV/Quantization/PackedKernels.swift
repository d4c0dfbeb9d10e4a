/// Inner loops of attention over packed codes, accumulators held in registers.
///
/// `weightedCodes` adds, for the 32/b codes of a word slot, out[lane] += Σ_i weights[i] · code_i[lane]
/// over `count` words read `stride` words apart (keys: the channels of one token group; values:
/// the tokens of one channel group).
enum PackedKernels {
    // Codes become exact floats by the bits 0x4B00_0000 | q, read as a float (2^23 + q), minus 2^23.

    /// For a nibble n, lane i is all ones when bit i of n is set (1-bit codes, four at a time).
    static let nibbleMasks: [SIMD4<UInt32>] = (0..<16).map { n in
        SIMD4<UInt32>((0..<4).map { (n >> $0) & 1 == 1 ? UInt32.max : 0 })
    }
    /// For a byte b, lane i is the 2-bit code i of b as a float (2-bit codes, four at a time).
    static let byteCodes: [SIMD4<Float>] = (0..<256).map { b in SIMD4<Float>((0..<4).map { Float((b >> (2 * $0)) & 3) }) }

    /// out[4k..<4k+4] += a.
    @inline(__always)
    static func add4(_ a: SIMD4<Float>, _ raw: UnsafeMutableRawPointer, _ k: Int) {
        raw.storeBytes(of: a + raw.loadUnaligned(fromByteOffset: 16 * k, as: SIMD4<Float>.self), toByteOffset: 16 * k, as: SIMD4<Float>.self)
    }

    /// out[0..<32/bits] += Σ_i weights[i] · codes(words[i · stride]).
    @inline(__always)
    static func weightedCodes(bits: Int, _ words: UnsafePointer<UInt32>, stride: Int, count: Int,
                              weights: UnsafePointer<Float>, into out: UnsafeMutablePointer<Float>) {
        let raw = UnsafeMutableRawPointer(out)
        // Locals, not the static lets, inside the loops (a global's lazy-initialisation check per use is slow).
        switch bits {
        case 1:
            // Nibble tables instead of per-lane shifts: SSE2 (the baseline target) has no variable vector shifts.
            nibbleMasks.withUnsafeBufferPointer { tp in
                let m = tp.baseAddress!
                var a0 = SIMD4<Float>(), a1 = SIMD4<Float>(), a2 = SIMD4<Float>(), a3 = SIMD4<Float>()
                var a4 = SIMD4<Float>(), a5 = SIMD4<Float>(), a6 = SIMD4<Float>(), a7 = SIMD4<Float>()
                for i in 0..<count {
                    let x = words[i * stride], w = SIMD4<UInt32>(repeating: weights[i].bitPattern)
                    a0 += unsafeBitCast(m[Int(x & 15)] & w, to: SIMD4<Float>.self)
                    a1 += unsafeBitCast(m[Int((x >> 4) & 15)] & w, to: SIMD4<Float>.self)
                    a2 += unsafeBitCast(m[Int((x >> 8) & 15)] & w, to: SIMD4<Float>.self)
                    a3 += unsafeBitCast(m[Int((x >> 12) & 15)] & w, to: SIMD4<Float>.self)
                    a4 += unsafeBitCast(m[Int((x >> 16) & 15)] & w, to: SIMD4<Float>.self)
                    a5 += unsafeBitCast(m[Int((x >> 20) & 15)] & w, to: SIMD4<Float>.self)
                    a6 += unsafeBitCast(m[Int((x >> 24) & 15)] & w, to: SIMD4<Float>.self)
                    a7 += unsafeBitCast(m[Int(x >> 28)] & w, to: SIMD4<Float>.self)
                }
                add4(a0, raw, 0); add4(a1, raw, 1); add4(a2, raw, 2); add4(a3, raw, 3)
                add4(a4, raw, 4); add4(a5, raw, 5); add4(a6, raw, 6); add4(a7, raw, 7)
            }
        case 2:
            byteCodes.withUnsafeBufferPointer { tp in
                let t = tp.baseAddress!
                var a0 = SIMD4<Float>(), a1 = SIMD4<Float>(), a2 = SIMD4<Float>(), a3 = SIMD4<Float>()
                for i in 0..<count {
                    let x = words[i * stride], w = SIMD4<Float>(repeating: weights[i])
                    a0 += w * t[Int(x & 255)]
                    a1 += w * t[Int((x >> 8) & 255)]
                    a2 += w * t[Int((x >> 16) & 255)]
                    a3 += w * t[Int(x >> 24)]
                }
                add4(a0, raw, 0); add4(a1, raw, 1); add4(a2, raw, 2); add4(a3, raw, 3)
            }
        case 4:
            let sh = SIMD8<UInt32>(0, 4, 8, 12, 16, 20, 24, 28)
            var a = SIMD8<Float>()
            for i in 0..<count {
                let c = ((SIMD8<UInt32>(repeating: words[i * stride]) &>> sh) & 15) | 0x4B00_0000
                a += SIMD8<Float>(repeating: weights[i]) * (unsafeBitCast(c, to: SIMD8<Float>.self) - 8_388_608)
            }
            raw.storeBytes(of: a + raw.loadUnaligned(as: SIMD8<Float>.self), as: SIMD8<Float>.self)
        default:
            let sh = SIMD4<UInt32>(0, 8, 16, 24)
            var a = SIMD4<Float>()
            for i in 0..<count {
                let c = ((SIMD4<UInt32>(repeating: words[i * stride]) &>> sh) & 255) | 0x4B00_0000
                a += SIMD4<Float>(repeating: weights[i]) * (unsafeBitCast(c, to: SIMD4<Float>.self) - 8_388_608)
            }
            raw.storeBytes(of: a + raw.loadUnaligned(as: SIMD4<Float>.self), as: SIMD4<Float>.self)
        }
    }
}
