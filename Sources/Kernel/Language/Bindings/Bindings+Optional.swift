// MARK: - Optional, and Swift's min and max

extension Bindings {
    /// `Optional(x)`, `Optional.none`, `.some(x)`, and Optional's `map` / `flatMap`.
    func registerOptional() {
        let o = "Optional"
        initializer("init(_ some: Wrapped)", on: o, doc: "The optional holding the value (Optional(x) is x wrapped once more).") { a in .some(a[0]) }
        staticProperty("none: Optional", on: o, doc: "The absence of a value: nil.") { .none }
        staticMethod("some(_ value: Wrapped) -> Optional", on: o, doc: "The optional holding the value.") { a in .some(a[0]) }
        method("map(_ transform: (Wrapped) -> U) -> U?", on: o, doc: "transform applied to the wrapped value, or nil when there is none.") { v, a in
            let f = try a.function(0)
            switch v {
            case .none: return .none
            case .some(let x): return .some(try f.call1(x))
            default: throw RuntimeError.type("expected an Optional, got \(typeName(v))")
            }
        }
        method("flatMap(_ transform: (Wrapped) -> U?) -> U?", on: o, doc: "transform's optional result on the wrapped value, or nil when there is none.") { v, a in
            let f = try a.function(0)
            switch v {
            case .none: return .none
            case .some(let x):
                switch try f.call1(x) {
                case .none: return .none
                case .some(let y): return .some(y)
                case let y: return .some(y)
                }
            default: throw RuntimeError.type("expected an Optional, got \(typeName(v))")
            }
        }
    }
}

/// Swift's `min(_:_:)`: the second value only when it is smaller, so ties give the first.
func swiftMin(_ x: Value, _ y: Value) throws -> Value {
    if case .bool(true) = try applyBinary(.lt, y, x) { return y }
    return x
}

/// Swift's `max(_:_:)`: the second value unless it is smaller, so ties give the second.
func swiftMax(_ x: Value, _ y: Value) throws -> Value {
    if case .bool(true) = try applyBinary(.ge, y, x) { return y }
    return x
}
