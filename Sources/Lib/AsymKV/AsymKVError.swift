/// Errors of the AsymKV module, each saying what was wrong and what would be right.
public enum AsymKVError: Error, CustomStringConvertible, Sendable, Equatable {
    /// An argument out of its valid range.
    case invalidArgument(String)
    /// A checkpoint file that cannot be read or does not fit the model.
    case checkpoint(String)

    /// The message.
    public var description: String {
        switch self {
        case .invalidArgument(let m): return "AsymKV: \(m)"
        case .checkpoint(let m): return "AsymKV checkpoint: \(m)"
        }
    }
}
