import Foundation

/// A seeded, reproducible random number generator (xoshiro256**, seeded by SplitMix64).
///
/// Same seed and stream, same sequence, bit for bit, on every run. Streams let
/// independent consumers (weight init, dropout, data splits) draw from
/// non-overlapping sequences of one seed: `RNG(seed: 0, stream: 1)`.
/// A class, so that layers and loops can share one generator.
public final class RNG: RandomNumberGenerator {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
    private var spareNormal: Double?

    /// Creates a generator for `seed` and an optional `stream` number.
    public init(seed: UInt64, stream: UInt64 = 0) {
        var sm = seed ^ (stream &* 0x9E37_79B9_7F4A_7C15) ^ (stream == 0 ? 0 : 0xD1B5_4A32_D192_ED03)
        func next() -> UInt64 {
            sm &+= 0x9E37_79B9_7F4A_7C15
            var z = sm
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = next(); s1 = next(); s2 = next(); s3 = next()
    }

    /// Creates a generator from an `Int` seed (negative seeds are reinterpreted bitwise).
    public convenience init(seed: Int, stream: Int = 0) {
        self.init(seed: UInt64(bitPattern: Int64(seed)), stream: UInt64(bitPattern: Int64(stream)))
    }

    /// The next 64 random bits.
    public func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = (s3 << 45) | (s3 >> 19)
        return result
    }

    /// A uniform double in [0, 1) with 53 random bits.
    public func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// A uniform double in [low, high).
    public func uniform(_ low: Double, _ high: Double) -> Double { low + (high - low) * uniform() }

    /// A standard normal sample (Box–Muller; pairs are used in order).
    public func normal() -> Double {
        if let z = spareNormal { spareNormal = nil; return z }
        var u1 = uniform()
        while u1 <= 0 { u1 = uniform() }
        let u2 = uniform()
        let r = (-2 * Foundation.log(u1)).squareRoot()
        spareNormal = r * Foundation.sin(2 * Double.pi * u2)
        return r * Foundation.cos(2 * Double.pi * u2)
    }

    /// A uniform integer in 0..<bound (unbiased; 0 when bound <= 0).
    public func int(below bound: Int) -> Int {
        guard bound > 0 else { return 0 }
        let b = UInt64(bound)
        var m = next().multipliedFullWidth(by: b)
        if m.low < b {  // Lemire's rejection keeps the draw unbiased
            let threshold = (0 &- b) % b
            while m.low < threshold { m = next().multipliedFullWidth(by: b) }
        }
        return Int(m.high)
    }

    /// A random permutation of 0..<n (Fisher–Yates).
    public func permutation(_ n: Int) -> [Int] {
        var p = Array(0..<max(n, 0))
        shuffle(&p)
        return p
    }

    /// Shuffles an array in place (Fisher–Yates, deterministic for a given state).
    public func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            let j = int(below: i + 1)
            if i != j { array.swapAt(i, j) }
        }
    }

    /// A 0/1 draw that is 1 with probability `p`.
    public func bernoulli(_ p: Double) -> Bool { uniform() < p }
}
