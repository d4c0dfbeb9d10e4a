import Foundation

/// The built-in binary operators of the cell language.
enum BinaryOperator: String {
    case add = "+", sub = "-", mul = "*", div = "/", rem = "%"
    case wrapAdd = "&+", wrapSub = "&-", wrapMul = "&*"
    case lt = "<", le = "<=", gt = ">", ge = ">=", eq = "==", ne = "!=", identical = "===", notIdentical = "!=="
    case bitAnd = "&", bitOr = "|", bitXor = "^", shl = "<<", shr = ">>"
    case halfOpen = "..<", closed = "..."
    case patternMatch = "~="
}

// MARK: - Evaluation

/// Applies a binary operator to two values, with Swift's rules: integer overflow and
/// division by zero are errors, and the operand types must agree.
///
/// `literalSide` marks an operand written as an integer literal, which Swift would type
/// as Double next to a Double.
func applyBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
    switch (a, b) {
    case let (.int(x), .int(y)): return try intBinary(op, x, y)
    case let (.double(x), .double(y)): return try doubleBinary(op, x, y)
    case let (.float(x), .float(y)):
        let r = try doubleBinary(op, Double(x), Double(y))
        if case .double(let d) = r { return .float(Float(d)) }
        return r
    // A Double next to a Float is a literal (Swift has no mixed Float/Double arithmetic).
    case let (.float(x), .double(y)) where op != .halfOpen && op != .closed: return try applyBinary(op, .float(x), .float(Float(y)))
    case let (.double(x), .float(y)) where op != .halfOpen && op != .closed: return try applyBinary(op, .float(Float(x)), .float(y))
    case let (.float(x), .int(y)) where op != .halfOpen && op != .closed: return try applyBinary(op, .float(x), .float(Float(y)))
    case let (.int(x), .float(y)) where op != .halfOpen && op != .closed: return try applyBinary(op, .float(Float(x)), .float(y))
    case (.sized, _), (_, .sized):
        if let r = try sizedBinary(op, a, b) { return r }
    case let (.int(x), .double(y)) where op != .halfOpen && op != .closed: return try doubleBinary(op, Double(x), y)
    case let (.double(x), .int(y)) where op != .halfOpen && op != .closed: return try doubleBinary(op, x, Double(y))
    default: break
    }
    switch op {
    case .eq: return .bool(a == b)
    case .ne: return .bool(a != b)
    case .identical, .notIdentical:
        var same = false
        switch (a, b) {
        case let (.object(x), .object(y)): same = x === y
        case (.none, .none): same = true
        case let (.native(x), .native(y)): same = (x.object as AnyObject) === (y.object as AnyObject)
        default: throw RuntimeError.type("'\(op.rawValue)' compares class instances, not \(typeName(a)) and \(typeName(b))")
        }
        return .bool(op == .identical ? same : !same)
    case .lt, .le, .gt, .ge:
        guard let c = try compareValues(a, b) else {
            throw RuntimeError.type("binary operator '\(op.rawValue)' cannot be applied to operands of type '\(typeName(a))' and '\(typeName(b))'")
        }
        switch op {
        case .lt: return .bool(c < 0)
        case .le: return .bool(c <= 0)
        case .gt: return .bool(c > 0)
        default: return .bool(c >= 0)
        }
    case .add:
        switch (a, b) {
        case let (.string(x), .string(y)): return .string(x + y)
        case let (.string(x), .character(y)): return .string(x + String(y))
        case let (.character(x), .string(y)): return .string(String(x) + y)
        case let (.character(x), .character(y)): return .string(String(x) + String(y))
        case let (.array(x), .array(y)): return .array(x + y)
        default: break
        }
    case .halfOpen, .closed:
        if (try? compareValues(a, b)) != nil || a.isNumeric {
            if op == .halfOpen, let c = try compareValues(a, b), c > 0 {
                throw RuntimeError.value("range requires lowerBound <= upperBound, got \(describe(a))..<\(describe(b))")
            }
            if op == .closed, let c = try compareValues(a, b), c > 0 {
                throw RuntimeError.value("range requires lowerBound <= upperBound, got \(describe(a))...\(describe(b))")
            }
            return .range(RangeValue(lower: a, upper: b, closed: op == .closed))
        }
    case .patternMatch:
        return .bool(try patternMatches(a, b))
    default: break
    }
    throw RuntimeError.type("binary operator '\(op.rawValue)' cannot be applied to operands of type '\(typeName(a))' and '\(typeName(b))'")
}

/// Integer arithmetic with overflow and division checks.
@inline(__always) func intBinary(_ op: BinaryOperator, _ x: Int, _ y: Int) throws -> Value {
    switch op {
    case .add: let (r, o) = x.addingReportingOverflow(y); if o { throw RuntimeError.overflow("+", x, y) }; return .int(r)
    case .sub: let (r, o) = x.subtractingReportingOverflow(y); if o { throw RuntimeError.overflow("-", x, y) }; return .int(r)
    case .mul: let (r, o) = x.multipliedReportingOverflow(by: y); if o { throw RuntimeError.overflow("*", x, y) }; return .int(r)
    case .div:
        if y == 0 { throw RuntimeError("DivisionByZero", "division by zero: \(x) / 0") }
        let (r, o) = x.dividedReportingOverflow(by: y); if o { throw RuntimeError.overflow("/", x, y) }; return .int(r)
    case .rem:
        if y == 0 { throw RuntimeError("DivisionByZero", "division by zero in remainder: \(x) % 0") }
        let (r, o) = x.remainderReportingOverflow(dividingBy: y); if o { throw RuntimeError.overflow("%", x, y) }; return .int(r)
    case .wrapAdd: return .int(x &+ y)
    case .wrapSub: return .int(x &- y)
    case .wrapMul: return .int(x &* y)
    case .lt: return .bool(x < y)
    case .le: return .bool(x <= y)
    case .gt: return .bool(x > y)
    case .ge: return .bool(x >= y)
    case .eq: return .bool(x == y)
    case .ne: return .bool(x != y)
    case .bitAnd: return .int(x & y)
    case .bitOr: return .int(x | y)
    case .bitXor: return .int(x ^ y)
    case .shl: return .int(x << y)
    case .shr: return .int(x >> y)
    case .halfOpen:
        if y < x { throw RuntimeError.value("range requires lowerBound <= upperBound, got \(x)..<\(y)") }
        return .range(RangeValue(lower: .int(x), upper: .int(y), closed: false))
    case .closed:
        if y < x { throw RuntimeError.value("range requires lowerBound <= upperBound, got \(x)...\(y)") }
        return .range(RangeValue(lower: .int(x), upper: .int(y), closed: true))
    case .identical, .notIdentical:
        throw RuntimeError.type("'\(op.rawValue)' compares class instances, not Int values")
    case .patternMatch: return .bool(x == y)
    }
}

/// Floating-point arithmetic (IEEE rules: division by zero gives infinity, as in Swift).
@inline(__always) func doubleBinary(_ op: BinaryOperator, _ x: Double, _ y: Double) throws -> Value {
    switch op {
    case .add, .wrapAdd: return .double(x + y)
    case .sub, .wrapSub: return .double(x - y)
    case .mul, .wrapMul: return .double(x * y)
    case .div: return .double(x / y)
    case .rem: throw RuntimeError.type("'%' is unavailable for Double: use x.truncatingRemainder(dividingBy: y)")
    case .lt: return .bool(x < y)
    case .le: return .bool(x <= y)
    case .gt: return .bool(x > y)
    case .ge: return .bool(x >= y)
    case .eq, .patternMatch: return .bool(x == y)
    case .ne: return .bool(x != y)
    case .halfOpen, .closed:
        if y < x { throw RuntimeError.value("range requires lowerBound <= upperBound, got \(x)\(op.rawValue)\(y)") }
        return .range(RangeValue(lower: .double(x), upper: .double(y), closed: op == .closed))
    default:
        throw RuntimeError.type("binary operator '\(op.rawValue)' cannot be applied to operands of type 'Double' and 'Double'")
    }
}

/// Three-way comparison of comparable values (numbers, strings, characters, tuples, arrays
/// lexicographically); nil when the values are not comparable with each other.
func compareValues(_ a: Value, _ b: Value) throws -> Int? {
    if case .native(let x) = a, let compare = x.type.compare {
        if case .native(let y) = b { return compare(x.object, y.object) }
        return x.type.fromLiteral?(b).flatMap { compare(x.object, $0) }
    }
    if case .native(let y) = b, let compare = y.type.compare {
        return y.type.fromLiteral?(a).flatMap { compare($0, y.object) }
    }
    if a.isLibraryOrUser, case .bool(let less)? = try userOperator("<", a, b) {
        if less { return -1 }
        guard case .bool(let greater)? = try userOperator("<", b, a) else { return nil }
        return greater ? 1 : 0
    }
    switch (a, b) {
    case let (.int(x), .int(y)): return x < y ? -1 : (x == y ? 0 : 1)
    case let (.sized(p), .sized(q)): let x = p.value, y = q.value; return x < y ? -1 : (x == y ? 0 : 1)
    case let (.sized(p), .int(i)): let x = p.value, y = Int128(i); return x < y ? -1 : (x == y ? 0 : 1)
    case let (.int(i), .sized(q)): let x = Int128(i), y = q.value; return x < y ? -1 : (x == y ? 0 : 1)
    case let (.double(x), .double(y)): return x < y ? -1 : (x == y ? 0 : 1)
    // An integer literal where a Double is expected (`case 25..<30` on a Double) is a Double.
    case let (.int(i), .double(y)): let x = Double(i); return x < y ? -1 : (x == y ? 0 : 1)
    case let (.double(x), .int(i)): let y = Double(i); return x < y ? -1 : (x == y ? 0 : 1)
    case let (.float(x), .float(y)): return x < y ? -1 : (x == y ? 0 : 1)
    case let (.string(x), .string(y)): return x < y ? -1 : (x == y ? 0 : 1)
    case let (.character(x), .character(y)): return x < y ? -1 : (x == y ? 0 : 1)
    case let (.character(x), .string(s)) where s.count == 1:
        let y = s.first!
        return x < y ? -1 : (x == y ? 0 : 1)
    case let (.string(s), .character(y)) where s.count == 1:
        let x = s.first!
        return x < y ? -1 : (x == y ? 0 : 1)
    case let (.bool(x), .bool(y)) where x == y: return 0
    case let (.tuple(x), .tuple(y)) where x.elements.count == y.elements.count:
        for (p, q) in zip(x.elements, y.elements) {
            guard let c = try compareValues(p, q) else { return nil }
            if c != 0 { return c }
        }
        return 0
    case let (.enumValue(x), .enumValue(y)) where x.type === y.type && x.payload.isEmpty && y.payload.isEmpty:
        if let rx = x.type.cases[x.index].rawValue, let ry = y.type.cases[y.index].rawValue { return try compareValues(rx, ry) }
        return x.index < y.index ? -1 : (x.index == y.index ? 0 : 1)
    default: return nil
    }
}

/// Swift's `~=`: ranges contain values, other patterns compare with `==`.
func patternMatches(_ pattern: Value, _ value: Value) throws -> Bool {
    if case .range(let r) = pattern {
        // A missing bound (one-sided range) admits everything on its side.
        let lo: Int?, hi: Int?
        if case .void = r.lower { lo = -1 } else { lo = try compareValues(r.lower, value) }
        if case .void = r.upper { hi = -1 } else { hi = try compareValues(value, r.upper) }
        guard let lo, let hi else { return false }
        return lo <= 0 && (r.closed ? hi <= 0 : hi < 0)
    }
    return pattern == value
}

extension Value {
    /// True for Int, Double and Float.
    var isNumeric: Bool {
        switch self { case .int, .double, .float: return true; default: return false }
    }
}
