/// The value of the predefined session variable `standardError`.
///
/// `print(x, to: &standardError)` — the idiom Swift scripts use for diagnostics —
/// writes to the notebook's stderr stream.
final class StandardErrorStream {
    /// The library type cells see.
    static let nativeType = NativeType(name: "StandardError",
                                       doc: "The notebook's stderr stream; write to it with print(_:to: &standardError).")

    /// The value installed as `standardError` in every session.
    static func value() -> Value { .native(NativeValue(StandardErrorStream(), type: nativeType)) }
}
