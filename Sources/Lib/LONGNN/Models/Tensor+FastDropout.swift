import Dispatch
import Lib

extension Tensor {
    /// Inverted dropout whose mask takes four 16-bit draws from each 64-bit random word
    /// (keep probability resolution 2⁻¹⁶), about 4× fewer generator calls than ``Tensor/dropout(_:rng:training:)``;
    /// used on the wide input features of the spectral models. The identity when not training or p = 0.
    ///
    /// The mask is drawn in fixed chunks of 65,536 elements, each from its own stream of one seed
    /// taken from `rng`, and the chunks are filled in parallel: the same mask on any thread count.
    /// - Throws: ``LONGNNError`` when p is outside [0, 1).
    func fastDropout(_ p: Double, rng: RNG, training: Bool) throws -> Tensor {
        guard p >= 0, p < 1 else { throw LONGNNError.invalidArgument("dropout probability must be in [0, 1), got \(p)") }
        guard training, p > 0 else { return self }
        let n = count
        let threshold = UInt64((p * 65536).rounded())
        let keep = Float(1 / (1 - p))
        let seed = rng.next()
        if !requiresGrad, dtype == .float32 {
            // a constant input (the features): one pass writes x · mask, no mask tensor, nothing recorded;
            // the same draws and the same products as the recorded path below
            let source = scalars
            let out = [Float](unsafeUninitializedCapacity: n) { o, initialized in
                source.withUnsafeBufferPointer { x in
                    Tensor.dropoutChunks(n, seed: seed) { range, generator in
                        fillMask(range, generator, threshold, keep) { i, factor in o[i] = x[i] * factor }
                    }
                }
                initialized = n
            }
            return try Tensor(out, shape: shape)
        }
        let mask = [Float](unsafeUninitializedCapacity: n) { m, initialized in
            Tensor.dropoutChunks(n, seed: seed) { range, generator in
                fillMask(range, generator, threshold, keep) { i, factor in m[i] = factor }
            }
            initialized = n
        }
        let maskTensor = try Tensor(mask, shape: shape)
        return try self * (dtype == .float32 ? maskTensor : maskTensor.toFloat64())
    }

    /// Elements per chunk of the dropout mask (each chunk has its own random stream).
    static let dropoutChunk = 1 << 16

    /// Calls `body` for each chunk of 0..<n with the chunk's generator, chunks in parallel when there are several.
    private static func dropoutChunks(_ n: Int, seed: UInt64, _ body: (Range<Int>, RNG) -> Void) {
        let chunks = (n + dropoutChunk - 1) / dropoutChunk
        func run(_ c: Int) {
            let start = c * dropoutChunk
            body(start..<Swift.min(start + dropoutChunk, n), RNG(seed: seed, stream: UInt64(c) + 1))
        }
        if chunks > 1 { Parallel.perform(chunks) { run($0) } } else if chunks == 1 { run(0) }
    }
}

/// Calls `write(i, factor)` for i in `range`: 0 with probability threshold / 65536, else `keep`.
@inline(__always)
private func fillMask(_ range: Range<Int>, _ generator: RNG, _ threshold: UInt64, _ keep: Float,
                      _ write: (Int, Float) -> Void) {
    var i = range.lowerBound
    while i < range.upperBound {
        var word = generator.next()
        for _ in 0..<4 where i < range.upperBound {
            write(i, (word & 0xFFFF) < threshold ? 0 : keep)
            word >>= 16
            i += 1
        }
    }
}
