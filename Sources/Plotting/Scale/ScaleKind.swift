/// How data values map onto an axis.
public enum ScaleKind: Sendable, Equatable {
    /// Equal distances for equal differences.
    case linear
    /// Equal distances for equal ratios (base 10); non-positive values are left out.
    case log
}
