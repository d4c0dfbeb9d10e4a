/// The error every fallible tensor, graph and dataset operation throws.
///
/// Error strategy of the library: operations that can fail on user input
/// (shapes, indices, arguments, files) are `throws` functions and never trap.
/// From Swift, one `try` covers a whole expression chain
/// (`try x.matmul(w).relu().mean()`); the cell interpreter surfaces the thrown
/// error as an ordinary cell error with its message. Operations that cannot
/// fail (elementwise unary math, creation with valid sizes) do not throw.
public enum TensorError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Two shapes that an operation needed to agree did not.
    case shapeMismatch(op: String, lhs: [Int], rhs: [Int], expected: String)
    /// Two tensors of different element types were combined.
    case dtypeMismatch(op: String, lhs: DType, rhs: DType)
    /// An index or axis outside its valid range.
    case indexOutOfRange(op: String, index: Int, validRange: String)
    /// Any other invalid argument, with a message saying what would be right.
    case invalidArgument(op: String, message: String)

    /// A readable message naming the operation and what was wrong.
    public var description: String {
        switch self {
        case let .shapeMismatch(op, lhs, rhs, expected):
            return "\(op): shapes \(lhs) and \(rhs) are incompatible; \(expected)"
        case let .dtypeMismatch(op, lhs, rhs):
            return "\(op): element types \(lhs) and \(rhs) differ; convert one with .toFloat32() or .toFloat64()"
        case let .indexOutOfRange(op, index, validRange):
            return "\(op): index \(index) is out of range; valid: \(validRange)"
        case let .invalidArgument(op, message):
            return "\(op): \(message)"
        }
    }
}
