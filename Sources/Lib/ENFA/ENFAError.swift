/// Errors of the ENFA module, each saying what was wrong and what would be right.
public enum ENFAError: Error, CustomStringConvertible, Equatable {
    /// An argument outside its valid range.
    case invalidArgument(String)
    /// Inputs that do not fit together (feature widths, policies, models).
    case mismatch(String)

    /// The message.
    public var description: String {
        switch self {
        case .invalidArgument(let m): return "ENFA: invalid argument: \(m)"
        case .mismatch(let m): return "ENFA: mismatch: \(m)"
        }
    }
}
