/// A fixed-width integer other than `Int`: `Int8` … `Int64`, `UInt`, `UInt8` … `UInt64`.
///
/// The bit pattern is kept in 64 bits, truncated to the width; ``value`` reads it as the
/// type's number. Arithmetic follows Swift: `+ - * / %` trap on overflow ("arithmetic
/// overflow"), `&+ &- &*` wrap, shifts are smart shifts, and an integer literal next to a
/// sized integer takes its type.
public struct SizedInteger: Hashable, Sendable {
    /// Which fixed-width type.
    public enum Kind: UInt8, Sendable, CaseIterable {
        case int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64

        /// The type's name in Swift.
        public var name: String {
            switch self {
            case .int8: return "Int8"
            case .int16: return "Int16"
            case .int32: return "Int32"
            case .int64: return "Int64"
            case .uint: return "UInt"
            case .uint8: return "UInt8"
            case .uint16: return "UInt16"
            case .uint32: return "UInt32"
            case .uint64: return "UInt64"
            }
        }

        /// The kind named `name`, if it is one.
        public init?(name: String) {
            guard let k = Kind.allCases.first(where: { $0.name == name }) else { return nil }
            self = k
        }

        public var bitWidth: Int {
            switch self {
            case .int8, .uint8: return 8
            case .int16, .uint16: return 16
            case .int32, .uint32: return 32
            case .int64, .uint, .uint64: return 64
            }
        }

        public var isSigned: Bool {
            switch self {
            case .int8, .int16, .int32, .int64: return true
            default: return false
            }
        }

        /// The smallest value (`Int8.min` is -128).
        public var min: Int128 { isSigned ? -(Int128(1) << (bitWidth - 1)) : 0 }
        /// The largest value (`UInt8.max` is 255).
        public var max: Int128 { isSigned ? (Int128(1) << (bitWidth - 1)) - 1 : (Int128(1) << bitWidth) - 1 }
        /// The bits of the width.
        var mask: UInt64 { bitWidth == 64 ? .max : (UInt64(1) << bitWidth) - 1 }
    }

    /// The bit pattern, zero above the width.
    public let bits: UInt64
    public let kind: Kind

    /// The integer `v` as `kind`, or nil when it does not fit.
    public init?(exactly v: Int128, _ kind: Kind) {
        guard v >= kind.min, v <= kind.max else { return nil }
        self.init(truncating: v, kind)
    }

    /// The low bits of `v` as `kind` (`truncatingIfNeeded:`).
    public init(truncating v: Int128, _ kind: Kind) {
        self.bits = UInt64(truncatingIfNeeded: v) & kind.mask
        self.kind = kind
    }

    /// The number this bit pattern stands for.
    public var value: Int128 {
        guard kind.isSigned else { return Int128(bits) }
        let w = kind.bitWidth
        let signBit = UInt64(1) << (w - 1)
        return bits & signBit == 0 ? Int128(bits) : Int128(bits) - (Int128(1) << w)
    }

    /// Swift's `description`.
    public var description: String { String(value) }
}

// MARK: - Arithmetic

/// Applies a binary operator where at least one operand is a sized integer. An `Int` operand
/// is an integer literal given the other operand's type (Swift would not compile two types).
func sizedBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
    let kind: SizedInteger.Kind
    let x: Int128, y: Int128
    switch (a, b) {
    case let (.sized(p), .sized(q)):
        guard p.kind == q.kind || op == .shl || op == .shr else {
            throw RuntimeError.type("binary operator '\(op.rawValue)' cannot be applied to operands of type '\(p.kind.name)' and '\(q.kind.name)'")
        }
        kind = p.kind; x = p.value; y = q.value
    case let (.sized(p), .int(j)): kind = p.kind; x = p.value; y = Int128(j)
    case let (.int(i), .sized(q)) where op != .shl && op != .shr: kind = q.kind; x = Int128(i); y = q.value
    case let (.int(i), .sized(q)): return .int(smartShift(op, Int128(i), q.value, bitWidth: 64, signed: true).toInt)
    default: return nil
    }
    func checked(_ r: Int128, _ symbol: String) throws -> Value {
        guard let s = SizedInteger(exactly: r, kind) else {
            throw RuntimeError("Overflow", "arithmetic overflow: \(x) \(symbol) \(y) does not fit in \(kind.name)")
        }
        return .sized(s)
    }
    switch op {
    case .add: return try checked(x + y, "+")
    case .sub: return try checked(x - y, "-")
    case .mul: return try checked(x * y, "*")
    case .div:
        if y == 0 { throw RuntimeError("DivisionByZero", "Division by zero: \(x) / 0") }
        return try checked(x / y, "/")
    case .rem:
        if y == 0 { throw RuntimeError("DivisionByZero", "Division by zero in remainder operation: \(x) % 0") }
        return try checked(x % y, "%")
    case .wrapAdd: return .sized(SizedInteger(truncating: x &+ y, kind))
    case .wrapSub: return .sized(SizedInteger(truncating: x &- y, kind))
    case .wrapMul: return .sized(SizedInteger(truncating: x &* y, kind))
    case .bitAnd: return .sized(SizedInteger(truncating: x & y, kind))
    case .bitOr: return .sized(SizedInteger(truncating: x | y, kind))
    case .bitXor: return .sized(SizedInteger(truncating: x ^ y, kind))
    case .shl, .shr:
        return .sized(SizedInteger(truncating: smartShift(op, x, y, bitWidth: kind.bitWidth, signed: kind.isSigned), kind))
    case .lt: return .bool(x < y)
    case .le: return .bool(x <= y)
    case .gt: return .bool(x > y)
    case .ge: return .bool(x >= y)
    case .eq, .patternMatch: return .bool(x == y)
    case .ne: return .bool(x != y)
    case .halfOpen, .closed:
        guard let lo = SizedInteger(exactly: x, kind), let hi = SizedInteger(exactly: y, kind) else { return nil }
        if y < x { throw RuntimeError.value("Range requires lowerBound <= upperBound, got \(x)\(op.rawValue)\(y)") }
        return .range(RangeValue(lower: .sized(lo), upper: .sized(hi), closed: op == .closed))
    case .identical, .notIdentical: return nil
    }
}

/// Swift's smart shift: a negative amount shifts the other way, an amount past the width gives
/// 0 (or -1 for a negative signed value shifted right).
private func smartShift(_ op: BinaryOperator, _ x: Int128, _ amount: Int128, bitWidth: Int, signed: Bool) -> Int128 {
    let left = (op == .shl) == (amount >= 0)
    let n = amount.magnitude
    if left {
        return n >= UInt128(bitWidth) ? 0 : x << Int(n)
    }
    if n >= UInt128(bitWidth) { return signed && x < 0 ? -1 : 0 }
    return x >> Int(n)
}

extension Int128 {
    /// The value as Int, truncating (callers pass values that fit).
    var toInt: Int { Int(truncatingIfNeeded: self) }
}
