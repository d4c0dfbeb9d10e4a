/// Whether operations record themselves for autodiff.
///
/// Recording is on by default. ``withNoGrad(_:)`` turns it off for evaluation
/// code; ``Tensor/backward(_:)`` turns it off while it runs. The setting is
/// task-local (and thread-local outside tasks), so concurrent computations do
/// not affect each other.
public enum GradMode {
    @TaskLocal static var enabled = true

    /// Whether new operations are recorded.
    public static var isEnabled: Bool { enabled }
}

/// Runs `body` without recording operations for autodiff (like `torch.no_grad()`).
@discardableResult
public func withNoGrad<R>(_ body: () throws -> R) rethrows -> R {
    try GradMode.$enabled.withValue(false) { try body() }
}
