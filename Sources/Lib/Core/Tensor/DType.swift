/// The element type of a tensor.
public enum DType: String, Sendable, CustomStringConvertible {
    /// 32-bit IEEE float, the default.
    case float32
    /// 64-bit IEEE float, for numerics that need it (gradient checks, Jacobi norms, eigen-decompositions).
    case float64

    /// Bytes per element.
    public var byteCount: Int { self == .float32 ? 4 : 8 }
    /// The name, e.g. `float32`.
    public var description: String { rawValue }
}
