/// Where a step line changes value.
public enum StepPosition: Sendable {
    /// The value holds from its x to the next x (matplotlib's `where="post"`).
    case post
    /// The value holds from the previous x up to its x.
    case pre
    /// The change happens halfway between points.
    case mid
}
