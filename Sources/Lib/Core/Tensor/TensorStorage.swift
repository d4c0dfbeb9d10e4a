/// The elements of a tensor: a copy-on-write Swift array of `Float` or `Double`.
///
/// Copying a tensor's storage is O(1); the array is duplicated only when one
/// holder writes to it while another still reads it (optimizer steps on
/// parameters that a reshaped view still shares, for example).
public enum TensorStorage: Sendable {
    /// 32-bit elements.
    case f32([Float])
    /// 64-bit elements.
    case f64([Double])

    /// The element type.
    public var dtype: DType {
        switch self {
        case .f32: return .float32
        case .f64: return .float64
        }
    }

    /// Number of elements.
    public var count: Int {
        switch self {
        case .f32(let a): return a.count
        case .f64(let a): return a.count
        }
    }

    /// The elements converted to `Double`.
    public var doubles: [Double] {
        switch self {
        case .f32(let a): return a.map(Double.init)
        case .f64(let a): return a
        }
    }

    /// The elements converted to `Float`.
    public var floats: [Float] {
        switch self {
        case .f32(let a): return a
        case .f64(let a): return a.map(Float.init)
        }
    }

    /// `count` zeros of type `dtype`.
    static func zeros(_ count: Int, _ dtype: DType) -> TensorStorage {
        dtype == .float32 ? .f32([Float](repeating: 0, count: count)) : .f64([Double](repeating: 0, count: count))
    }

    /// `count` copies of `value` of type `dtype`.
    static func filled(_ count: Int, _ value: Double, _ dtype: DType) -> TensorStorage {
        dtype == .float32
            ? .f32([Float](repeating: Float(value), count: count))
            : .f64([Double](repeating: value, count: count))
    }

    /// Builds storage of `dtype` from doubles.
    static func from(_ values: [Double], _ dtype: DType) -> TensorStorage {
        dtype == .float32 ? .f32(values.map(Float.init)) : .f64(values)
    }
}

// MARK: - Generic access


/// Makes an array of `count` elements filled by `body` without zeroing it first.
@inline(__always) func makeArray<T>(_ count: Int, _ body: (UnsafeMutableBufferPointer<T>) -> Void) -> [T] {
    [T](unsafeUninitializedCapacity: count) { buffer, initialized in
        body(buffer)
        initialized = count
    }
}
