/// Errors of the spectral GNN module, each saying what was wrong and what would be right.
public enum LONGNNError: Error, CustomStringConvertible, Sendable {
    /// A Jacobi parameter outside the range where the basis is defined.
    case invalidJacobiParameters(a: Double, b: Double, reason: String)
    /// A polynomial order, width or other size that cannot work.
    case invalidArgument(String)
    /// The dataset cannot be used for the requested task.
    case unsuitableDataset(name: String, reason: String)

    /// A readable message.
    public var description: String {
        switch self {
        case let .invalidJacobiParameters(a, b, reason):
            return "Jacobi parameters a = \(a), b = \(b) are not allowed: \(reason). "
                + "Use a > -1 and b > -1 (so that the weight (1-x)^a (1+x)^b is integrable), e.g. a = -0.25, b = -0.5."
        case .invalidArgument(let message):
            return message
        case let .unsuitableDataset(name, reason):
            return "dataset \(name) cannot be used: \(reason)"
        }
    }
}
