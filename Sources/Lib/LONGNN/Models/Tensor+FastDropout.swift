import Lib

extension Tensor {
    /// Inverted dropout whose mask takes four 16-bit draws from each 64-bit random word
    /// (keep probability resolution 2⁻¹⁶), about 4× fewer generator calls than ``Tensor/dropout(_:rng:training:)``;
    /// used on the wide input features of the spectral models. The identity when not training or p = 0.
    /// - Throws: ``LONGNNError`` when p is outside [0, 1).
    func fastDropout(_ p: Double, rng: RNG, training: Bool) throws -> Tensor {
        guard p >= 0, p < 1 else { throw LONGNNError.invalidArgument("dropout probability must be in [0, 1), got \(p)") }
        guard training, p > 0 else { return self }
        let n = count
        let threshold = UInt64((p * 65536).rounded())
        let keep = Float(1 / (1 - p))
        if !requiresGrad, dtype == .float32 {
            // a constant input (the features): one pass writes x · mask, no mask tensor, nothing recorded;
            // the same draws and the same products as the recorded path below
            let source = scalars
            let out = [Float](unsafeUninitializedCapacity: n) { o, initialized in
                source.withUnsafeBufferPointer { x in
                    var i = 0
                    while i < n {
                        var word = rng.next()
                        for _ in 0..<4 where i < n {
                            o[i] = x[i] * ((word & 0xFFFF) < threshold ? 0 : keep)
                            word >>= 16
                            i += 1
                        }
                    }
                }
                initialized = n
            }
            return try Tensor(out, shape: shape)
        }
        var mask = [Float](repeating: 0, count: n)
        mask.withUnsafeMutableBufferPointer { m in
            var i = 0
            while i < n {
                var word = rng.next()
                for _ in 0..<4 where i < n {
                    m[i] = (word & 0xFFFF) < threshold ? 0 : keep
                    word >>= 16
                    i += 1
                }
            }
        }
        let maskTensor = try Tensor(mask, shape: shape)
        return try self * (dtype == .float32 ? maskTensor : maskTensor.toFloat64())
    }
}
