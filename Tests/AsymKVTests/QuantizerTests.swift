import Testing
import Lib
@testable import AsymKV

/// Deterministic pseudo-random floats in [lo, hi).
func randomFloats(_ n: Int, seed: Int, lo: Float = -3, hi: Float = 3) -> [Float] {
    let rng = RNG(seed: seed)
    return (0..<n).map { _ in Float(rng.uniform(Double(lo), Double(hi))) }
}

@Suite struct QuantizerTests {
    @Test(arguments: [1, 2, 4, 8])
    func errorIsAtMostHalfAStep(bits: Int) throws {
        for seed in 0..<20 {
            let v = randomFloats(37, seed: seed)
            let (codes, s, z) = try GroupQuantizer.quantize(v, bits: bits)
            #expect(z == v.min()!)
            #expect(abs(s - (v.max()! - v.min()!) / Float((1 << bits) - 1)) <= 1e-6)
            let back = GroupQuantizer.dequantize(codes, scale: s, zero: z)
            for (a, b) in zip(v, back) { #expect(abs(a - b) <= s / 2 * (1 + 1e-5) + 1e-6) }
            #expect(codes.allSatisfy { $0 < (1 << bits) })
        }
    }

    @Test func oneBitPicksMinOrMaxByMidpoint() throws {
        let v: [Float] = [0, 0.4, 0.6, 1, 0.5001, 0.2]
        let (codes, s, z) = try GroupQuantizer.quantize(v, bits: 1)
        #expect(codes == [0, 0, 1, 1, 1, 0])
        #expect(GroupQuantizer.dequantize(codes, scale: s, zero: z) == [0, 0, 1, 1, 1, 0])
    }

    @Test(arguments: [1, 2, 4, 8])
    func constantGroupIsExact(bits: Int) throws {
        let v = [Float](repeating: -1.25, count: 19)
        let (codes, s, z) = try GroupQuantizer.quantize(v, bits: bits)
        #expect(s == 0 && z == -1.25 && codes.allSatisfy { $0 == 0 })
        #expect(GroupQuantizer.dequantize(codes, scale: s, zero: z) == v)
    }

    @Test func unsupportedWidthThrows() {
        #expect(throws: AsymKVError.self) { try GroupQuantizer.quantize([1, 2], bits: 3) }
        #expect(throws: AsymKVError.self) { try BitPacking.pack([1], bits: 16) }
    }

    @Test(arguments: [1, 2, 4, 8])
    func packingRoundTripsForOddLengths(bits: Int) throws {
        let rng = RNG(seed: bits)
        for n in [0, 1, 3, 7, 15, 16, 17, 31, 32, 33, 63, 65, 100, 257] {
            let codes = (0..<n).map { _ in UInt32(rng.int(below: 1 << bits)) }
            let words = try BitPacking.pack(codes, bits: bits)
            #expect(words.count == (n * bits + 31) / 32)
            #expect(try BitPacking.unpack(words, bits: bits, count: n) == codes)
        }
    }

    @Test func packingIsDense() throws {
        #expect(try BitPacking.pack([UInt32](repeating: 1, count: 32), bits: 1) == [0xFFFF_FFFF])
        #expect(try BitPacking.pack([1, 0, 3] + [UInt32](repeating: 0, count: 13), bits: 2) == [0b11_00_01])
        #expect(try BitPacking.pack([0xAB, 0xCD], bits: 8) == [0xCDAB])
        #expect(throws: AsymKVError.self) { try BitPacking.pack([2], bits: 1) }
        #expect(throws: AsymKVError.self) { try BitPacking.unpack([0], bits: 1, count: 33) }
    }

    @Test(arguments: [1, 2, 4, 8])
    func weightedCodesMatchUnpacked(bits: Int) throws {
        let rng = RNG(seed: 3)
        let per = 32 / bits, count = 5, stride = 3
        let words = (0..<(count * stride)).map { _ in UInt32(truncatingIfNeeded: rng.next()) }
        let weights = (0..<count).map { Float($0) - 1.5 }
        var out = [Float](repeating: 0.5, count: per)   // the kernel adds to what is there
        words.withUnsafeBufferPointer { w in weights.withUnsafeBufferPointer { q in out.withUnsafeMutableBufferPointer {
            PackedKernels.weightedCodes(bits: bits, w.baseAddress!, stride: stride, count: count, weights: q.baseAddress!, into: $0.baseAddress!)
        } } }
        for lane in 0..<per {
            var want: Float = 0
            for i in 0..<count { want += weights[i] * Float((words[i * stride] >> UInt32(lane * bits)) & UInt32((1 << bits) - 1)) }
            #expect(out[lane] == want + 0.5)
        }
    }
}
