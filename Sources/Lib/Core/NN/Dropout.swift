extension Tensor {
    /// Zeroes each element with probability `p` and scales the rest by 1/(1−p)
    /// (inverted dropout); the identity when not `training` or `p == 0`.
    /// - Throws: ``TensorError`` when p is outside [0, 1).
    public func dropout(_ p: Double, rng: RNG, training: Bool = true) throws -> Tensor {
        guard p >= 0, p < 1 else {
            throw TensorError.invalidArgument(op: "dropout", message: "p must be in [0, 1), got \(p)")
        }
        guard training, p > 0 else { return self }
        let keep = 1 / (1 - p)
        let n = count
        let storage: TensorStorage
        switch dtype {
        case .float32:
            let k = Float(keep)
            storage = .f32(makeArray(n) { m in for i in 0..<n { m[i] = rng.uniform() < p ? 0 : k } })
        case .float64:
            storage = .f64(makeArray(n) { m in for i in 0..<n { m[i] = rng.uniform() < p ? 0 : keep } })
        }
        let mask = Tensor(shape: shape, storage: storage)
        return try self * mask
    }
}

/// Dropout as a layer, with its own seeded random stream.
public final class Dropout: Layer {
    /// Probability of zeroing an element.
    public let p: Double
    /// Dropout is active only while training.
    public var isTraining = true
    private let rng: RNG

    /// Creates a dropout layer drawing from `RNG(seed: seed)`.
    public init(_ p: Double, seed: Int = 0) {
        self.p = p
        self.rng = RNG(seed: seed, stream: 7)
    }

    /// Applies dropout when training.
    public func callAsFunction(_ x: Tensor) throws -> Tensor { try x.dropout(p, rng: rng, training: isTraining) }

    /// None.
    public func parameters() -> [Parameter] { [] }
}
