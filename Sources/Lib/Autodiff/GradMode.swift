/// Whether operations record themselves for autodiff.
///
/// Recording is on by default. ``withNoGrad(_:)`` turns it off for evaluation
/// code; ``Tensor/backward(_:)`` turns it off while it runs. Not thread-safe:
/// the library runs on the kernel's single execution thread.
public enum GradMode {
    nonisolated(unsafe) static var enabled = true

    /// Whether new operations are recorded.
    public static var isEnabled: Bool { enabled }
}

/// Runs `body` without recording operations for autodiff (like `torch.no_grad()`).
@discardableResult
public func withNoGrad<R>(_ body: () throws -> R) rethrows -> R {
    let previous = GradMode.enabled
    GradMode.enabled = false
    defer { GradMode.enabled = previous }
    return try body()
}
