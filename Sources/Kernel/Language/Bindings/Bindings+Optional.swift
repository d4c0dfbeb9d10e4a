// MARK: - Optional, more number members, min and max

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

    /// Overflow-reporting arithmetic and the remaining limits of Double and Float.
    func registerNumberAdditions() {
        let reporting: [(String, (Int, Int) -> (partialValue: Int, overflow: Bool), String)] = [
            ("addingReportingOverflow(_ rhs: Int)", { $0.addingReportingOverflow($1) }, "The wrapped sum and whether it overflowed."),
            ("subtractingReportingOverflow(_ rhs: Int)", { $0.subtractingReportingOverflow($1) }, "The wrapped difference and whether it overflowed."),
            ("multipliedReportingOverflow(by rhs: Int)", { $0.multipliedReportingOverflow(by: $1) }, "The wrapped product and whether it overflowed."),
            ("dividedReportingOverflow(by rhs: Int)", { $0.dividedReportingOverflow(by: $1) },
             "The quotient and whether the division overflowed (dividing by zero gives the value itself and true)."),
            ("remainderReportingOverflow(dividingBy rhs: Int)", { $0.remainderReportingOverflow(dividingBy: $1) },
             "The remainder and whether the division overflowed (dividing by zero gives the value itself and true)."),
        ]
        for (signature, op, doc) in reporting {
            method(signature + " -> (partialValue: Int, overflow: Bool)", on: "Int", doc: doc) { v, a in
                guard case .int(let x) = v else { throw RuntimeError.type("expected an Int, got \(typeName(v))") }
                let r = op(x, try a.int(0))
                return .tuple(TupleValue([.int(r.partialValue), .bool(r.overflow)], labels: ["partialValue", "overflow"]))
            }
        }
        staticProperty("leastNormalMagnitude: Double", on: "Double", doc: "The smallest positive normal Double, 2.2250738585072014e-308.") { .double(.leastNormalMagnitude) }
        staticProperty("leastNonzeroMagnitude: Double", on: "Double", doc: "The smallest positive Double, 5e-324.") { .double(.leastNonzeroMagnitude) }
        staticProperty("greatestFiniteMagnitude: Float", on: "Float", doc: "The largest finite Float, 3.4028235e+38.") { .float(.greatestFiniteMagnitude) }
        staticProperty("leastNormalMagnitude: Float", on: "Float", doc: "The smallest positive normal Float, 1.1754944e-38.") { .float(.leastNormalMagnitude) }
        staticProperty("leastNonzeroMagnitude: Float", on: "Float", doc: "The smallest positive Float, 1e-45.") { .float(.leastNonzeroMagnitude) }
        staticProperty("infinity: Float", on: "Float", doc: "Positive infinity.") { .float(.infinity) }
        staticProperty("nan: Float", on: "Float", doc: "Not a number.") { .float(.nan) }
        staticProperty("ulpOfOne: Float", on: "Float", doc: "Machine epsilon, 1.1920929e-07.") { .float(.ulpOfOne) }
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
