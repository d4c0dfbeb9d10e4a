// MARK: - Vectorised inner loops shared by the kernels

/// y[0..<n] += a · x[0..<n], eight lanes at a time (same result as the scalar loop).
@inline(__always)
func axpy<T: TensorScalar>(_ a: T, _ x: UnsafePointer<T>, _ y: UnsafeMutablePointer<T>, _ n: Int) {
    var i = 0
    let av = SIMD8<T>(repeating: a)
    while i + 8 <= n {
        let xv = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<T>.self)
        let yv = UnsafeRawPointer(y + i).loadUnaligned(as: SIMD8<T>.self)
        UnsafeMutableRawPointer(y + i).storeBytes(of: yv + av * xv, as: SIMD8<T>.self)
        i += 8
    }
    while i < n { y[i] += a * x[i]; i += 1 }
}

/// y[0..<n] += x[0..<n], eight lanes at a time.
@inline(__always)
func addInto<T: TensorScalar>(_ x: UnsafePointer<T>, _ y: UnsafeMutablePointer<T>, _ n: Int) {
    var i = 0
    while i + 8 <= n {
        let xv = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<T>.self)
        let yv = UnsafeRawPointer(y + i).loadUnaligned(as: SIMD8<T>.self)
        UnsafeMutableRawPointer(y + i).storeBytes(of: yv + xv, as: SIMD8<T>.self)
        i += 8
    }
    while i < n { y[i] += x[i]; i += 1 }
}

#if canImport(_Builtin_intrinsics.intel)
import _Builtin_intrinsics.intel
#endif

/// √x in every lane with packed square-root instructions where available (Swift lowers
/// `SIMD8<Float>.squareRoot()` to eight scalar square roots with branches). Correctly rounded
/// either way, so the result is the same.
@inline(__always)
func packedSquareRoot(_ x: SIMD8<Float>) -> SIMD8<Float> {
    #if canImport(_Builtin_intrinsics.intel)
    let lo = _mm_sqrt_ps(x.lowHalf), hi = _mm_sqrt_ps(x.highHalf)
    return SIMD8(lowHalf: lo, highHalf: hi)
    #else
    return x.squareRoot()
    #endif
}
