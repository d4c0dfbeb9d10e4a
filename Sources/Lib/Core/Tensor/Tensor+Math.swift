import Foundation

/// Elementwise unary operations.
public enum UnaryOp: Sendable {
    /// scale · x + shift.
    case affine(scale: Double, shift: Double)
    /// x^p for a fixed p.
    case power(Double)
    /// Basic functions (sign, round and floor have zero gradient).
    case exp, log, sqrt, abs, sign, round, floor
    /// Activations.
    case relu, elu(alpha: Double), gelu, tanh, sigmoid, softplus
    /// log Γ and its derivatives (trigamma is not differentiable here).
    case lgamma, digamma, trigamma
}

// MARK: - Kernel

@inline(__always) private func map<T>(_ x: [T], _ f: (T) -> T) -> [T] {
    x.withUnsafeBufferPointer { px in makeArray(px.count) { po in for i in 0..<px.count { po[i] = f(px[i]) } } }
}

func unaryKernel<T: TensorScalar>(_ op: UnaryOp, _ x: [T]) -> [T] {
    switch op {
    case let .affine(scale, shift):
        let a = T(scale), b = T(shift)
        if shift == 0 { return map(x) { $0 * a } }
        return map(x) { $0 * a + b }
    case let .power(p):
        if p == 2 { return map(x) { $0 * $0 } }
        if p == -1 { return map(x) { 1 / $0 } }
        if p == 0.5 { return map(x) { $0.squareRoot() } }
        let e = T(p)
        return map(x) { T.pow($0, e) }
    case .exp: return map(x) { T.exp($0) }
    case .log: return map(x) { T.log($0) }
    case .sqrt: return map(x) { $0.squareRoot() }
    case .abs: return map(x) { Swift.abs($0) }
    case .sign: return map(x) { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) }
    case .round: return map(x) { $0.rounded(.toNearestOrEven) }
    case .floor: return map(x) { $0.rounded(.down) }
    case .relu:
        if T.self == Float.self {  // concrete eight-lane code (the generic loop is not vectorised)
            return x.withUnsafeBufferPointer { px in
                makeArray(px.count) { (po: UnsafeMutableBufferPointer<T>) in
                    guard let src = px.baseAddress, let dst = po.baseAddress else { return }
                    let xf = UnsafeRawPointer(src).assumingMemoryBound(to: Float.self)
                    let of = UnsafeMutableRawPointer(dst).assumingMemoryBound(to: Float.self)
                    Parallel.forRanges(px.count, minimum: Parallel.minimumElementwise) { r in
                        reluFloat(xf + r.lowerBound, of + r.lowerBound, r.count)
                    }
                }
            }
        }
        return map(x) { $0 > 0 ? $0 : 0 }
    case let .elu(alpha):
        let a = T(alpha)
        return map(x) { $0 > 0 ? $0 : a * T.expm1($0) }
    case .gelu: return map(x) { 0.5 * $0 * (1 + T.erf($0 * T(0.7071067811865476))) }
    case .tanh: return map(x) { T.tanh($0) }
    case .sigmoid: return map(x) { $0 >= 0 ? 1 / (1 + T.exp(-$0)) : T.exp($0) / (1 + T.exp($0)) }
    case .softplus: return map(x) { $0 > 20 ? $0 : T.log(1 + T.exp($0)) }
    case .lgamma: return map(x) { T.lgamma($0) }
    case .digamma: return map(x) { T(digammaValue(Double($0))) }
    case .trigamma: return map(x) { T(trigammaValue(Double($0))) }
    }
}

extension Tensor {
    /// Applies a unary primitive elementwise.
    func unary(_ op: UnaryOp) -> Tensor {
        let s: TensorStorage
        switch storage {
        case .f32(let a): s = .f32(unaryKernel(op, a))
        case .f64(let a): s = .f64(unaryKernel(op, a))
        }
        return Tensor.result(shape: shape, storage: s, op: .unary(op), inputs: [self])
    }

    // MARK: - Elementwise math

    /// e^x elementwise.
    public func exp() -> Tensor { unary(.exp) }
    /// Natural logarithm elementwise.
    public func log() -> Tensor { unary(.log) }
    /// Square root elementwise.
    public func sqrt() -> Tensor { unary(.sqrt) }
    /// Absolute value elementwise (gradient sign(x)).
    public func abs() -> Tensor { unary(.abs) }
    /// −1, 0 or 1 elementwise (zero gradient).
    public func sign() -> Tensor { unary(.sign) }
    /// Rounds to the nearest integer, ties to even (zero gradient).
    public func rounded() -> Tensor { unary(.round) }
    /// Rounds down (zero gradient).
    public func floor() -> Tensor { unary(.floor) }
    /// x² elementwise.
    public func square() -> Tensor { unary(.power(2)) }
    /// x^p elementwise for a fixed exponent.
    public func pow(_ p: Double) -> Tensor { unary(.power(p)) }
    /// Swift.max(x, 0) elementwise.
    public func relu() -> Tensor { unary(.relu) }
    /// x for x > 0, α(eˣ − 1) otherwise.
    public func elu(alpha: Double = 1) -> Tensor { unary(.elu(alpha: alpha)) }
    /// Gaussian error linear unit, exact form x·Φ(x).
    public func gelu() -> Tensor { unary(.gelu) }
    /// Hyperbolic tangent elementwise.
    public func tanh() -> Tensor { unary(.tanh) }
    /// Logistic sigmoid 1 / (1 + e⁻ˣ) elementwise.
    public func sigmoid() -> Tensor { unary(.sigmoid) }
    /// log(1 + eˣ) elementwise.
    public func softplus() -> Tensor { unary(.softplus) }
    /// log |Γ(x)| elementwise; its derivative is the digamma function.
    public func lgamma() -> Tensor { unary(.lgamma) }
    /// The digamma function ψ(x) elementwise; its derivative is the trigamma function.
    public func digamma() -> Tensor { unary(.digamma) }
    /// The trigamma function ψ′(x) elementwise (no gradient).
    public func trigamma() -> Tensor { unary(.trigamma) }
    /// Each element clamped into [lower, upper] (gradient 1 inside, 0 outside).
    public func clamped(lower: Double, upper: Double) throws -> Tensor {
        try maximum(scalarLike(lower)).minimum(scalarLike(upper))
    }
}

/// max(x, 0) for float32, eight lanes at a time (NaN maps to 0, as in the scalar form).
func reluFloat(_ x: UnsafePointer<Float>, _ o: UnsafeMutablePointer<Float>, _ n: Int) {
    var i = 0
    while i + 8 <= n {
        let xv = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<Float>.self)
        UnsafeMutableRawPointer(o + i).storeBytes(of: xv.replacing(with: 0, where: .!(xv .> 0)), as: SIMD8<Float>.self)
        i += 8
    }
    while i < n { o[i] = x[i] > 0 ? x[i] : 0; i += 1 }
}
