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
            staticProperty("isSigned: Bool", on: name, doc: "\(kind.isSigned): \(name) is \(kind.isSigned ? "signed" : "unsigned").") { .bool(kind.isSigned) }
            initializer("init(_ value: Any)", on: name,
                        doc: "Converts an integer (an error when it does not fit), a Double (truncating toward zero) or parses a String (nil if invalid).") { a in
                switch a[0] {
                case .string(let s): return parseSized(s, radix: 10, kind).map { .some(.sized($0)) } ?? .none
                case .character(let c): return parseSized(String(c), radix: 10, kind).map { .some(.sized($0)) } ?? .none
                case .double(let d): return .sized(try sizedFromFloatingPoint(d, kind))
                case .float(let f): return .sized(try sizedFromFloatingPoint(Double(f), kind))
                case .native(let n) where n.object is Unicode.Scalar && (kind == .uint32 || kind == .uint64):
                    // UInt32(_: Unicode.Scalar) and UInt64(_: Unicode.Scalar): the code point.
                    return .sized(SizedInteger(truncating: Int128((n.object as! Unicode.Scalar).value), kind))
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
            let counterpart = kind.bitPatternCounterpart
            initializer("init(bitPattern x: \(counterpart))", on: name,
                        doc: "The \(name) with the same \(kind.bitWidth) bits as a \(counterpart) (UInt8(bitPattern: Int8(-1)) is 255).") { a in
                .sized(SizedInteger(truncating: try bitPatternSource(a[0], counterpart: counterpart), kind))
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
        let reporting: [(String, BinaryOperator)] = [
            ("addingReportingOverflow(_ other: Self)", .add), ("subtractingReportingOverflow(_ other: Self)", .sub),
            ("multipliedReportingOverflow(by other: Self)", .mul), ("dividedReportingOverflow(by other: Self)", .div),
            ("remainderReportingOverflow(dividingBy other: Self)", .rem),
        ]
        for (signature, op) in reporting {
            method(signature + " -> (partialValue: Self, overflow: Bool)", on: owner,
                   doc: "The wrapped result and whether the operation overflowed (dividing by zero gives the value itself and true).") { v, a in
                let s = try sized(v)
                guard let y = integerValue(a[0]) else { throw RuntimeError.type("\(signature) needs an integer, got \(typeName(a[0]))") }
                let x = s.value
                if (op == .div || op == .rem) && y == 0 {
                    return .tuple(TupleValue([v, .bool(true)], labels: ["partialValue", "overflow"]))
                }
                let exact: Int128 = op == .add ? x + y : op == .sub ? x - y : op == .mul ? x * y : op == .div ? x / y : x % y
                let wrapped = SizedInteger(truncating: exact, s.kind)
                // Swift reports the one overflowing remainder, min % -1 (whose result 0 fits), as overflowing.
                let overflow = wrapped.value != exact || (op == .rem && y == -1 && x == s.kind.min && s.kind.isSigned)
                return .tuple(TupleValue([.sized(wrapped), .bool(overflow)], labels: ["partialValue", "overflow"]))
            }
        }
        method("multipliedFullWidth(by other: Self) -> (high: Self, low: Self.Magnitude)", on: owner,
               doc: "The full double-width product: its high half (of the type) and low half (unsigned).") { v, a in
            let s = try sized(v)
            guard let y = integerValue(a[0]), let other = SizedInteger(exactly: y, s.kind) else {
                throw RuntimeError.type("multipliedFullWidth(by:) needs a \(s.kind.name), got \(typeName(a[0]))")
            }
            let (high, low) = fullWidthProduct(s, other)
            return .tuple(TupleValue([.sized(high), .sized(low)], labels: ["high", "low"]))
        }
        property("byteSwapped: Self", on: owner, doc: "The value with its bytes in reverse order.") { v in .sized(try sized(v).byteSwapped) }
        property("bigEndian: Self", on: owner, doc: "The big-endian representation (bytes swapped on this little-endian machine).") { v in .sized(try sized(v).byteSwapped) }
        property("littleEndian: Self", on: owner, doc: "The little-endian representation (the value itself on this little-endian machine).") { v in .sized(try sized(v)) }
    }
}

extension SizedInteger.Kind {
    /// The type of the same width and the other signedness, which `init(bitPattern:)` takes.
    var bitPatternCounterpart: String {
        switch self {
        case .int8: return "UInt8"
        case .int16: return "UInt16"
        case .int32: return "UInt32"
        case .int64: return "UInt64"
        case .uint: return "Int"
        case .uint8: return "Int8"
        case .uint16: return "Int16"
        case .uint32: return "Int32"
        case .uint64: return "Int64"
        }
    }

    /// The unsigned type of the same width (`Magnitude`).
    var magnitudeKind: SizedInteger.Kind {
        switch self {
        case .int8: return .uint8
        case .int16: return .uint16
        case .int32: return .uint32
        case .int64: return .uint64
        default: return self
        }
    }
}

extension SizedInteger {
    /// The same width with its bytes in reverse order.
    var byteSwapped: SizedInteger {
        let swapped = bits.byteSwapped >> UInt64(64 - kind.bitWidth)
        return SizedInteger(truncating: Int128(swapped), kind)
    }
}

/// The bits `init(bitPattern:)` reinterprets: a value of the counterpart type, or an integer
/// literal (an Int here) that fits it.
func bitPatternSource(_ v: Value, counterpart: String) throws -> Int128 {
    switch v {
    case .sized(let s) where s.kind.name == counterpart: return Int128(s.bits)
    case .int(let i) where counterpart == "Int": return Int128(i)
    case .int(let i):
        guard let k = SizedInteger.Kind(name: counterpart), SizedInteger(exactly: Int128(i), k) != nil else {
            throw RuntimeError.type("integer literal '\(i)' overflows when stored into '\(counterpart)'")
        }
        return Int128(i)
    default:
        throw RuntimeError.type("init(bitPattern:) needs a \(counterpart), got \(typeName(v))")
    }
}

/// Swift's `multipliedFullWidth(by:)`: the high half as the operands' type, the low half as its magnitude.
func fullWidthProduct(_ x: SizedInteger, _ y: SizedInteger) -> (high: SizedInteger, low: SizedInteger) {
    let k = x.kind, lowKind = k.magnitudeKind
    if k.bitWidth < 64 {
        let p = x.value * y.value
        return (SizedInteger(truncating: p >> k.bitWidth, k), SizedInteger(truncating: p, lowKind))
    }
    if k.isSigned {
        let r = Int64(truncatingIfNeeded: x.bits).multipliedFullWidth(by: Int64(truncatingIfNeeded: y.bits))
        return (SizedInteger(truncating: Int128(r.high), k), SizedInteger(truncating: Int128(r.low), lowKind))
    }
    let r = x.bits.multipliedFullWidth(by: y.bits)
    return (SizedInteger(truncating: Int128(r.high), k), SizedInteger(truncating: Int128(r.low), lowKind))
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

// MARK: - Int's bits, widths and conversions; zero of Double and Float

extension Bindings {
    /// Int's bit-level members (bit counts, byte order, full-width product), its static
    /// `bitWidth`, `zero` and `isSigned`, `Int(truncatingIfNeeded:)`, `Int(bitPattern:)`,
    /// `Int(clamping:)`; `Double.zero`, `Float.zero`, and the bit patterns of Double and Float.
    func registerIntegerBits() {
        let i = "Int"
        staticProperty("bitWidth: Int", on: i, doc: "The number of bits, 64.") { .int(Int.bitWidth) }
        staticProperty("zero: Int", on: i, doc: "Zero.") { .int(0) }
        staticProperty("isSigned: Bool", on: i, doc: "true: Int is signed.") { .bool(true) }
        property("bitWidth: Int", on: i, doc: "The number of bits of the type, 64.") { _ in .int(Int.bitWidth) }
        property("nonzeroBitCount: Int", on: i, doc: "The number of 1 bits (of the two's-complement pattern).") { v in .int(try intReceiver(v).nonzeroBitCount) }
        property("leadingZeroBitCount: Int", on: i, doc: "The number of 0 bits above the highest 1 bit (64 for zero).") { v in
            .int(try intReceiver(v).leadingZeroBitCount)
        }
        property("trailingZeroBitCount: Int", on: i, doc: "The number of 0 bits below the lowest 1 bit (64 for zero).") { v in
            .int(try intReceiver(v).trailingZeroBitCount)
        }
        property("byteSwapped: Int", on: i, doc: "The value with its bytes in reverse order.") { v in .int(try intReceiver(v).byteSwapped) }
        property("bigEndian: Int", on: i, doc: "The big-endian representation (bytes swapped on this little-endian machine).") { v in .int(try intReceiver(v).bigEndian) }
        property("littleEndian: Int", on: i, doc: "The little-endian representation (the value itself on this little-endian machine).") { v in
            .int(try intReceiver(v).littleEndian)
        }
        method("multipliedFullWidth(by other: Int) -> (high: Int, low: UInt)", on: i,
               doc: "The full 128-bit product: its high half as an Int and its low half as a UInt.") { v, a in
            let r = try intReceiver(v).multipliedFullWidth(by: try a.int(0))
            return .tuple(TupleValue([.int(r.high), .sized(SizedInteger(truncating: Int128(r.low), .uint))], labels: ["high", "low"]))
        }
        initializer("init(truncatingIfNeeded source: Any)", on: i, doc: "The low 64 bits of an integer of any width, as an Int.") { a in
            guard let v = integerValue(a[0]) else { throw RuntimeError.type("init(truncatingIfNeeded:) needs an integer, got \(typeName(a[0]))") }
            return .int(Int(truncatingIfNeeded: v))
        }
        initializer("init(bitPattern x: UInt)", on: i, doc: "The Int with the same 64 bits as a UInt (Int(bitPattern: UInt.max) is -1).") { a in
            .int(Int(truncatingIfNeeded: try bitPatternSource(a[0], counterpart: "UInt")))
        }
        initializer("init(clamping source: Any)", on: i, doc: "The integer, or the nearest of Int.min and Int.max.") { a in
            guard let v = integerValue(a[0]) else { throw RuntimeError.type("init(clamping:) needs an integer, got \(typeName(a[0]))") }
            return .int(Int(clamping: v))
        }

        // hashValue is seeded per process in Swift, so programs compare it rather than print it.
        let hashed: [(String, (Value) -> Int?)] = [
            ("Int", { if case .int(let x) = $0 { return x.hashValue }; return nil }),
            ("SizedInteger", { if case .sized(let x) = $0 { return x.value.hashValue }; return nil }),
            ("Double", { if case .double(let x) = $0 { return x.hashValue }; return nil }),
            ("Float", { if case .float(let x) = $0 { return x.hashValue }; return nil }),
            ("Bool", { if case .bool(let x) = $0 { return x.hashValue }; return nil }),
            ("String", { if case .string(let x) = $0 { return x.hashValue }; return nil }),
            ("Character", { if case .character(let x) = $0 { return String(x).hashValue }; return nil }),
        ]
        for (owner, hash) in hashed {
            property("hashValue: Int", on: owner, doc: "The value's hash, equal for equal values within one run (Swift seeds it per process).") { v in
                guard let h = hash(v) else { throw RuntimeError.type("hashValue: unexpected \(typeName(v))") }
                return .int(h)
            }
        }
        staticProperty("zero: Double", on: "Double", doc: "Zero, 0.0.") { .double(0) }
        staticProperty("zero: Float", on: "Float", doc: "Zero, 0.0.") { .float(0) }
        property("bitPattern: UInt64", on: "Double", doc: "The IEEE 754 bits of the value.") { v in
            guard case .double(let d) = v else { throw RuntimeError.type("expected a Double, got \(typeName(v))") }
            return .sized(SizedInteger(truncating: Int128(d.bitPattern), .uint64))
        }
        property("bitPattern: UInt32", on: "Float", doc: "The IEEE 754 bits of the value.") { v in
            guard case .float(let f) = v else { throw RuntimeError.type("expected a Float, got \(typeName(v))") }
            return .sized(SizedInteger(truncating: Int128(f.bitPattern), .uint32))
        }
        initializer("init(bitPattern: UInt64)", on: "Double", doc: "The Double with the given IEEE 754 bits.") { a in
            .double(Double(bitPattern: UInt64(truncatingIfNeeded: try bitPatternSource(a[0], counterpart: "UInt64"))))
        }
        initializer("init(bitPattern: UInt32)", on: "Float", doc: "The Float with the given IEEE 754 bits.") { a in
            .float(Float(bitPattern: UInt32(truncatingIfNeeded: try bitPatternSource(a[0], counterpart: "UInt32"))))
        }
    }
}

/// The receiver of an Int member.
private func intReceiver(_ v: Value) throws -> Int {
    if case .int(let x) = v { return x }
    throw RuntimeError.type("expected an Int, got \(typeName(v))")
}

extension Bindings {
    /// Int's overflow-reporting arithmetic (`(partialValue:, overflow:)`), as the fixed-width types have.
    func registerIntReportingOverflow() {
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
    }
}
