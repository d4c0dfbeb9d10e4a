/// Inner loops of attention over packed codes: `acc[i] += weight · code_i` for the codes of
/// `wordCount` words (32/b codes per word, low bits first). `acc` must hold wordCount·32/b floats.
enum PackedKernels {
    static let shifts1lo = SIMD16<UInt32>(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
    static let shifts1hi = shifts1lo &+ 16
    static let shifts2 = shifts1lo &* 2
    static let shifts4 = SIMD8<UInt32>(0, 4, 8, 12, 16, 20, 24, 28)
    static let shifts8 = SIMD4<UInt32>(0, 8, 16, 24)
    /// Exact small integers as floats: bits 0x4B00_0000 | q read as a float are 2^23 + q.
    static let magic: UInt32 = 0x4B00_0000
    static let magicFloat: Float = 8_388_608

    @inline(__always)
    static func accumulate(_ words: UnsafePointer<UInt32>, wordCount: Int, bits: Int, weight: Float,
                           into acc: UnsafeMutablePointer<Float>) {
        let raw = UnsafeMutableRawPointer(acc)
        switch bits {
        case 1:
            let wbits = SIMD16<UInt32>(repeating: weight.bitPattern)
            for j in 0..<wordCount {
                let w = SIMD16<UInt32>(repeating: words[j])
                let lo = (0 &- ((w &>> shifts1lo) & 1)) & wbits
                let hi = (0 &- ((w &>> shifts1hi) & 1)) & wbits
                let o = j * 128
                raw.storeBytes(of: raw.loadUnaligned(fromByteOffset: o, as: SIMD16<Float>.self) + unsafeBitCast(lo, to: SIMD16<Float>.self),
                               toByteOffset: o, as: SIMD16<Float>.self)
                raw.storeBytes(of: raw.loadUnaligned(fromByteOffset: o + 64, as: SIMD16<Float>.self) + unsafeBitCast(hi, to: SIMD16<Float>.self),
                               toByteOffset: o + 64, as: SIMD16<Float>.self)
            }
        case 2:
            let wv = SIMD16<Float>(repeating: weight)
            for j in 0..<wordCount {
                let c = ((SIMD16<UInt32>(repeating: words[j]) &>> shifts2) & 3) | magic
                let f = unsafeBitCast(c, to: SIMD16<Float>.self) - magicFloat
                let o = j * 64
                raw.storeBytes(of: raw.loadUnaligned(fromByteOffset: o, as: SIMD16<Float>.self) + wv * f, toByteOffset: o, as: SIMD16<Float>.self)
            }
        case 4:
            let wv = SIMD8<Float>(repeating: weight)
            for j in 0..<wordCount {
                let c = ((SIMD8<UInt32>(repeating: words[j]) &>> shifts4) & 15) | SIMD8(repeating: magic)
                let f = unsafeBitCast(c, to: SIMD8<Float>.self) - magicFloat
                let o = j * 32
                raw.storeBytes(of: raw.loadUnaligned(fromByteOffset: o, as: SIMD8<Float>.self) + wv * f, toByteOffset: o, as: SIMD8<Float>.self)
            }
        default:
            let wv = SIMD4<Float>(repeating: weight)
            for j in 0..<wordCount {
                let c = ((SIMD4<UInt32>(repeating: words[j]) &>> shifts8) & 255) | SIMD4(repeating: magic)
                let f = unsafeBitCast(c, to: SIMD4<Float>.self) - magicFloat
                let o = j * 16
                raw.storeBytes(of: raw.loadUnaligned(fromByteOffset: o, as: SIMD4<Float>.self) + wv * f, toByteOffset: o, as: SIMD4<Float>.self)
            }
        }
    }
}
