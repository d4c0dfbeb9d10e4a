// MARK: - Fixed-width integers: Int8 … Int64, UInt, UInt8 … UInt64

extension Bindings {
    /// The fixed-width integer types: conversions, limits and bit-level properties.
    func registerSizedIntegers() {
        for kind in SizedInteger.Kind.allCases {
            let name = kind.name
            builtinType(name, doc: "A \(kind.bitWidth)-bit \(kind.isSigned ? "signed" : "unsigned") integer; overflow is an error, &+ &- &* wrap.")
            staticProperty("max: \(name)", on: name, doc: "The largest \(name), \(kind.max).") { .sized(SizedInteger(truncating: kind.max, kind)) }
            staticProperty("min: \(name)", on: name, doc: "The smallest \(name), \(kind.min).") { .sized(SizedInteger(truncating: kind.min, kind)) }
            staticProperty("zero: \(name)", on: name, doc: "Zero.") { .sized(SizedInteger(truncating: 0, kind)) }
            staticProperty("bitWidth: Int", on: name, doc: "The number of bits, \(kind.bitWidth).") { .int(kind.bitWidth) }
            initializer("init(_ value: Any)", on: name,
                        doc: "Converts an integer (an error when it does not fit), a Double (truncating toward zero) or parses a String (nil if invalid).") { a in
                switch a[0] {
                case .string(let s): return parseSized(s, radix: 10, kind).map { .some(.sized($0)) } ?? .none
                case .character(let c): return parseSized(String(c), radix: 10, kind).map { .some(.sized($0)) } ?? .none
                case .double(let d): return .sized(try sizedFromFloatingPoint(d, kind))
                case .float(let f): return .sized(try sizedFromFloatingPoint(Double(f), kind))
                default:
                    guard let v = integerValue(a[0]) else { throw RuntimeError.type("no \(name) initialiser accepts a \(typeName(a[0]))") }
                    guard let s = SizedInteger(exactly: v, kind) else {
                        throw RuntimeError("Overflow", "Not enough bits to represent the passed value: \(v) does not fit in \(name)")
                    }
                    return .sized(s)
                }
            }
            initializer("init(truncatingIfNeeded source: Any)", on: name, doc: "The low \(kind.bitWidth) bits of an integer.") { a in
                guard let v = integerValue(a[0]) else { throw RuntimeError.type("init(truncatingIfNeeded:) needs an integer, got \(typeName(a[0]))") }
                return .sized(SizedInteger(truncating: v, kind))
            }
            initializer("init(clamping source: Any)", on: name, doc: "The integer, or the nearest of \(name).min and \(name).max.") { a in
                guard let v = integerValue(a[0]) else { throw RuntimeError.type("init(clamping:) needs an integer, got \(typeName(a[0]))") }
                return .sized(SizedInteger(truncating: Swift.min(Swift.max(v, kind.min), kind.max), kind))
            }
            initializer("init(exactly source: Any)", on: name, doc: "The value as \(name), or nil when it does not fit (or has a fraction).") { a in
                if case .double(let d) = a[0] {
                    guard d.isFinite, d.rounded(.towardZero) == d, let s = SizedInteger(exactly: Int128(d), kind) else { return .none }
                    return .some(.sized(s))
                }
                guard let v = integerValue(a[0]) else { throw RuntimeError.type("init(exactly:) needs a number, got \(typeName(a[0]))") }
                return SizedInteger(exactly: v, kind).map { .some(.sized($0)) } ?? .none
            }
            initializer("init(_ text: String, radix: Int)", on: name, doc: "Parses digits in the given base; nil if invalid or out of range.") { a in
                let r = try a.int(1)
                guard (2...36).contains(r) else { throw RuntimeError.value("radix must be in 2...36, got \(r)") }
                return parseSized(try a.string(0), radix: r, kind).map { .some(.sized($0)) } ?? .none
            }
        }
        let owner = "SizedInteger"
        property("bitWidth: Int", on: owner, doc: "The number of bits of the type.") { v in .int(try sized(v).kind.bitWidth) }
        property("nonzeroBitCount: Int", on: owner, doc: "The number of 1 bits.") { v in .int(try sized(v).bits.nonzeroBitCount) }
        property("leadingZeroBitCount: Int", on: owner, doc: "The number of 0 bits above the highest 1 bit.") { v in
            let s = try sized(v)
            return .int(s.bits.leadingZeroBitCount - (64 - s.kind.bitWidth))
        }
        property("trailingZeroBitCount: Int", on: owner, doc: "The number of 0 bits below the lowest 1 bit.") { v in
            let s = try sized(v)
            return .int(s.bits == 0 ? s.kind.bitWidth : s.bits.trailingZeroBitCount)
        }
        property("description: String", on: owner, doc: "The decimal digits.") { v in .string(try sized(v).description) }
        property("magnitude: Any", on: owner, doc: "The absolute value, as the unsigned type of the same width.") { v in
            let s = try sized(v)
            let unsigned: SizedInteger.Kind = [.int8: .uint8, .int16: .uint16, .int32: .uint32, .int64: .uint64][s.kind] ?? s.kind
            return .sized(SizedInteger(truncating: s.value.magnitude.asInt128, unsigned))
        }
        method("isMultiple(of other: Any) -> Bool", on: owner, doc: "Whether other divides the value exactly.") { v, a in
            let s = try sized(v)
            guard let d = integerValue(a[0]) else { throw RuntimeError.type("isMultiple(of:) needs an integer") }
            return .bool(d == 0 ? s.value == 0 : s.value % d == 0)
        }
        method("signum() -> Self", on: owner, doc: "-1, 0 or 1.") { v, _ in
            let s = try sized(v)
            return .sized(SizedInteger(truncating: s.value > 0 ? 1 : (s.value < 0 ? -1 : 0), s.kind))
        }
        for (label, op) in [("adding", BinaryOperator.add), ("subtracting", .sub), ("multiplied", .mul), ("divided", .div)] {
            let signature = op == .mul || op == .div ? "\(label)ReportingOverflow(by other: Self) -> (partialValue: Self, overflow: Bool)"
                : "\(label)ReportingOverflow(_ other: Self) -> (partialValue: Self, overflow: Bool)"
            method(signature, on: owner, doc: "The wrapped result and whether the operation overflowed.") { v, a in
                let s = try sized(v)
                guard let y = integerValue(a[0]) else { throw RuntimeError.type("\(label)ReportingOverflow needs an integer") }
                let x = s.value
                if op == .div && y == 0 { throw RuntimeError("DivisionByZero", "Division by zero") }
                let exact: Int128 = op == .add ? x + y : op == .sub ? x - y : op == .mul ? x * y : x / y
                let wrapped = SizedInteger(truncating: exact, s.kind)
                return .tuple(TupleValue([.sized(wrapped), .bool(wrapped.value != exact)], labels: ["partialValue", "overflow"]))
            }
        }
    }
}

/// The receiver of a sized-integer member.
private func sized(_ v: Value) throws -> SizedInteger {
    if case .sized(let s) = v { return s }
    throw RuntimeError.type("expected a fixed-width integer, got \(typeName(v))")
}

/// An integer value of any width (Int or sized), or nil.
func integerValue(_ v: Value) -> Int128? {
    switch v {
    case .int(let i): return Int128(i)
    case .sized(let s): return s.value
    case .some(let x): return integerValue(x)
    default: return nil
    }
}

/// Digits in `radix`, optionally signed, as `kind`; nil when invalid or out of range (as `UInt8("300")`).
private func parseSized(_ text: String, radix: Int, _ kind: SizedInteger.Kind) -> SizedInteger? {
    guard let v = Int128(text, radix: radix) else { return nil }
    return SizedInteger(exactly: v, kind)
}

/// A Double converted toward zero; Swift traps when the result does not fit.
private func sizedFromFloatingPoint(_ d: Double, _ kind: SizedInteger.Kind) throws -> SizedInteger {
    guard d.isFinite else {
        throw RuntimeError("Overflow", "Double value cannot be converted to \(kind.name) because it is either infinite or NaN")
    }
    let t = d.rounded(.towardZero)
    guard t > -1.8e38, t < 1.8e38, let s = SizedInteger(exactly: Int128(t), kind) else {
        let side = d < 0 ? "less than \(kind.name).min" : "greater than \(kind.name).max"
        throw RuntimeError("Overflow", "Double value cannot be converted to \(kind.name) because the result would be \(side)")
    }
    return s
}

extension UInt128 {
    /// The value as Int128 (callers pass magnitudes below 2^64).
    var asInt128: Int128 { Int128(truncatingIfNeeded: self) }
}
