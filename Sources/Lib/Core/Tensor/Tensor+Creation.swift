import Foundation

// MARK: - Constant tensors

extension Tensor {
    /// A tensor of zeros.
    public static func zeros(_ shape: [Int], dtype: DType = .float32) -> Tensor {
        Tensor(shape: shape.map { Swift.max($0, 0) }, storage: .zeros(shape.reduce(1) { $0 * Swift.max($1, 0) }, dtype))
    }

    /// A tensor of ones.
    public static func ones(_ shape: [Int], dtype: DType = .float32) -> Tensor {
        full(shape, value: 1, dtype: dtype)
    }

    /// A tensor with every element equal to `value`.
    public static func full(_ shape: [Int], value: Double, dtype: DType = .float32) -> Tensor {
        let shape = shape.map { Swift.max($0, 0) }
        return Tensor(shape: shape, storage: .filled(shape.reduce(1, *), value, dtype))
    }

    /// Zeros with this tensor's shape and dtype.
    public func zerosLike() -> Tensor { Tensor.zeros(shape, dtype: dtype) }
    /// Ones with this tensor's shape and dtype.
    public func onesLike() -> Tensor { Tensor.ones(shape, dtype: dtype) }

    /// The 1-D tensor start, start+step, … below `end`.
    public static func arange(_ start: Double = 0, _ end: Double, step: Double = 1, dtype: DType = .float32) throws -> Tensor {
        guard step != 0 else { throw TensorError.invalidArgument(op: "arange", message: "step must be non-zero") }
        let steps = ((end - start) / step).rounded(.up)
        guard steps.isFinite, steps < Double(Int32.max) else {
            throw TensorError.invalidArgument(op: "arange", message: "\(start)..<\(end) by \(step) has too many values")
        }
        let n = Int(Swift.max(0, steps))
        return Tensor(shape: [n], storage: .from((0..<n).map { start + Double($0) * step }, dtype))
    }

    /// The 1-D tensor 0, 1, …, n−1.
    public static func arange(_ n: Int, dtype: DType = .float32) -> Tensor {
        Tensor(shape: [Swift.max(n, 0)], storage: .from((0..<Swift.max(n, 0)).map(Double.init), dtype))
    }

    /// `count` evenly spaced values from `start` to `end` inclusive.
    public static func linspace(_ start: Double, _ end: Double, count: Int, dtype: DType = .float32) -> Tensor {
        let n = Swift.max(count, 0)
        let step = n > 1 ? (end - start) / Double(n - 1) : 0
        return Tensor(shape: [n], storage: .from((0..<n).map { start + Double($0) * step }, dtype))
    }

    /// The n×n identity matrix.
    public static func eye(_ n: Int, dtype: DType = .float32) -> Tensor {
        let n = Swift.max(n, 0)
        var v = [Double](repeating: 0, count: n * n)
        for i in 0..<n { v[i * n + i] = 1 }
        return Tensor(shape: [n, n], storage: .from(v, dtype))
    }

    /// The [rows, columns] matrix with ones on and below diagonal `k` (above it when k > 0) and zeros elsewhere,
    /// e.g. a causal attention mask.
    public static func lowerTriangular(rows: Int, columns: Int, diagonal k: Int = 0, dtype: DType = .float32) -> Tensor {
        let r = Swift.max(rows, 0), c = Swift.max(columns, 0)
        var v = [Double](repeating: 0, count: r * c)
        for i in 0..<r { for j in 0..<c where j - i <= k { v[i * c + j] = 1 } }
        return Tensor(shape: [r, c], storage: .from(v, dtype))
    }

    /// A 2-D tensor of one-hot rows: shape [labels.count, classes].
    /// - Throws: ``TensorError`` when a label is outside 0..<classes.
    public static func oneHot(_ labels: [Int], classes: Int, dtype: DType = .float32) throws -> Tensor {
        var v = [Double](repeating: 0, count: labels.count * classes)
        for (i, l) in labels.enumerated() {
            guard l >= 0, l < classes else {
                throw TensorError.indexOutOfRange(op: "oneHot", index: l, validRange: "0..<\(classes)")
            }
            v[i * classes + l] = 1
        }
        return Tensor(shape: [labels.count, classes], storage: .from(v, dtype))
    }
}

// MARK: - Random tensors (explicit seeds)

extension Tensor {
    /// Standard normal samples. Same seed, same elements.
    public static func randn(_ shape: [Int], seed: Int, dtype: DType = .float32) -> Tensor {
        randn(shape, rng: RNG(seed: seed), dtype: dtype)
    }

    /// Standard normal samples drawn from `rng`.
    public static func randn(_ shape: [Int], rng: RNG, dtype: DType = .float32) -> Tensor {
        let shape = shape.map { Swift.max($0, 0) }
        let n = shape.reduce(1, *)
        return Tensor(shape: shape, storage: .from((0..<n).map { _ in rng.normal() }, dtype))
    }

    /// Uniform samples in [low, high). Same seed, same elements.
    public static func uniform(_ shape: [Int], low: Double = 0, high: Double = 1, seed: Int,
                               dtype: DType = .float32) -> Tensor {
        uniform(shape, low: low, high: high, rng: RNG(seed: seed), dtype: dtype)
    }

    /// Uniform samples in [low, high) drawn from `rng`.
    public static func uniform(_ shape: [Int], low: Double = 0, high: Double = 1, rng: RNG,
                               dtype: DType = .float32) -> Tensor {
        let shape = shape.map { Swift.max($0, 0) }
        let n = shape.reduce(1, *)
        return Tensor(shape: shape, storage: .from((0..<n).map { _ in rng.uniform(low, high) }, dtype))
    }

    /// Glorot (Xavier) uniform initialisation for a weight of shape [fanIn, fanOut, …]:
    /// U(−a, a) with a = √(6 / (fanIn + fanOut)).
    public static func glorot(_ shape: [Int], seed: Int, dtype: DType = .float32) -> Tensor {
        glorot(shape, rng: RNG(seed: seed), dtype: dtype)
    }

    /// Glorot (Xavier) uniform initialisation drawn from `rng`.
    public static func glorot(_ shape: [Int], rng: RNG, dtype: DType = .float32) -> Tensor {
        let receptive = shape.count > 2 ? shape.dropFirst(2).reduce(1, *) : 1
        let fanIn = (shape.first ?? 1) * receptive
        let fanOut = (shape.count > 1 ? shape[1] : 1) * receptive
        let a = (6.0 / Double(Swift.max(fanIn + fanOut, 1))).squareRoot()
        return uniform(shape, low: -a, high: a, rng: rng, dtype: dtype)
    }
}
