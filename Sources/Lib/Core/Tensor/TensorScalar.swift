import Foundation
import COpenBLAS

/// An element type a tensor can hold: `Float` or `Double`.
///
/// Collects the math functions and BLAS entry points that generic kernels need,
/// so each kernel is written once and specialised for both types.
public protocol TensorScalar: BinaryFloatingPoint, SIMDScalar, Codable, Sendable {
    /// The tag of this type.
    static var dtype: DType { get }
    /// e^x.
    static func exp(_ x: Self) -> Self
    /// Natural logarithm.
    static func log(_ x: Self) -> Self
    /// Hyperbolic tangent.
    static func tanh(_ x: Self) -> Self
    /// Error function.
    static func erf(_ x: Self) -> Self
    /// log |Γ(x)|.
    static func lgamma(_ x: Self) -> Self
    /// x^y.
    static func pow(_ x: Self, _ y: Self) -> Self
    /// e^x − 1, accurate near 0.
    static func expm1(_ x: Self) -> Self
    /// Wraps an array of this type as storage (no copy).
    static func wrap(_ a: [Self]) -> TensorStorage
    /// The array inside storage of this type (no copy), or nil for the other type.
    static func unwrap(_ s: TensorStorage) -> [Self]?
    /// General matrix product C = αAB + βC (row-major, optional transposes).
    static func gemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Self,
                     a: UnsafePointer<Self>, lda: Int, b: UnsafePointer<Self>, ldb: Int,
                     beta: Self, c: UnsafeMutablePointer<Self>, ldc: Int)
}

extension Float: TensorScalar {
    /// `.float32`.
    public static var dtype: DType { .float32 }
    /// `.f32(a)`.
    public static func wrap(_ a: [Float]) -> TensorStorage { .f32(a) }
    /// The float32 array, if `s` holds one.
    public static func unwrap(_ s: TensorStorage) -> [Float]? { if case .f32(let a) = s { return a } else { return nil } }
    /// e^x.
    @inline(__always) public static func exp(_ x: Float) -> Float { Foundation.exp(x) }
    /// Natural logarithm.
    @inline(__always) public static func log(_ x: Float) -> Float { Foundation.log(x) }
    /// Hyperbolic tangent.
    @inline(__always) public static func tanh(_ x: Float) -> Float { Foundation.tanh(x) }
    /// Error function.
    @inline(__always) public static func erf(_ x: Float) -> Float { Foundation.erf(x) }
    /// log |Γ(x)|.
    @inline(__always) public static func lgamma(_ x: Float) -> Float { Foundation.lgammaf(x) }
    /// x^y.
    @inline(__always) public static func pow(_ x: Float, _ y: Float) -> Float { Foundation.pow(x, y) }
    /// e^x − 1.
    @inline(__always) public static func expm1(_ x: Float) -> Float { Foundation.expm1(x) }
    /// C = αAB + βC through OpenBLAS.
    public static func gemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Float,
                            a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                            beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int) {
        cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                    Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }
}

extension Double: TensorScalar {
    /// `.float64`.
    public static var dtype: DType { .float64 }
    /// `.f64(a)`.
    public static func wrap(_ a: [Double]) -> TensorStorage { .f64(a) }
    /// The float64 array, if `s` holds one.
    public static func unwrap(_ s: TensorStorage) -> [Double]? { if case .f64(let a) = s { return a } else { return nil } }
    /// e^x.
    @inline(__always) public static func exp(_ x: Double) -> Double { Foundation.exp(x) }
    /// Natural logarithm.
    @inline(__always) public static func log(_ x: Double) -> Double { Foundation.log(x) }
    /// Hyperbolic tangent.
    @inline(__always) public static func tanh(_ x: Double) -> Double { Foundation.tanh(x) }
    /// Error function.
    @inline(__always) public static func erf(_ x: Double) -> Double { Foundation.erf(x) }
    /// log |Γ(x)|.
    @inline(__always) public static func lgamma(_ x: Double) -> Double { Foundation.lgamma(x) }
    /// x^y.
    @inline(__always) public static func pow(_ x: Double, _ y: Double) -> Double { Foundation.pow(x, y) }
    /// e^x − 1.
    @inline(__always) public static func expm1(_ x: Double) -> Double { Foundation.expm1(x) }
    /// C = αAB + βC through OpenBLAS.
    public static func gemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Double,
                            a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
                            beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int) {
        cblas_dgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                    Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }
}

// MARK: - Special functions

/// ψ(x) = d/dx log Γ(x), by recurrence to x ≥ 20 and the asymptotic series.
@usableFromInline func digammaValue(_ x0: Double) -> Double {
    var x = x0
    var result = 0.0
    if x <= 0, x == x.rounded(.down) { return .nan }
    if x < 0 {  // reflection: ψ(1−x) − ψ(x) = π cot(πx)
        return digammaValue(1 - x) - Double.pi / Foundation.tan(Double.pi * x)
    }
    while x < 20 { result -= 1 / x; x += 1 }
    let f = 1 / (x * x)
    let series = f * (1.0 / 12 - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f * (1.0 / 132)))))
    return result + Foundation.log(x) - 0.5 / x - series
}

/// ψ'(x), the trigamma function, by recurrence and the asymptotic series.
@usableFromInline func trigammaValue(_ x0: Double) -> Double {
    var x = x0
    var result = 0.0
    if x <= 0, x == x.rounded(.down) { return .nan }
    if x < 0 {  // reflection: ψ'(1−x) + ψ'(x) = π² / sin²(πx)
        let s = Foundation.sin(Double.pi * x)
        return -trigammaValue(1 - x) + Double.pi * Double.pi / (s * s)
    }
    while x < 20 { result += 1 / (x * x); x += 1 }
    let f = 1 / (x * x)
    let series = 1 / x + f / 2 + f / x * (1.0 / 6 - f * (1.0 / 30 - f * (1.0 / 42 - f * (1.0 / 30))))
    return result + series
}
