/// `a + b`, `a - b`, `a * b` as lowered code: Int and Double fast paths, everything else
/// (overflow, literal typing, library and user operators) through `slow`.
final class Arithmetic {
    let op: BinaryOperator
    let lhs: Lowerer.Operand
    let rhs: Lowerer.Operand
    let slow: (Value, Value) throws -> Value

    init(_ op: BinaryOperator, _ lhs: Lowerer.Operand, _ rhs: Lowerer.Operand, slow: @escaping (Value, Value) throws -> Value) {
        self.op = op; self.lhs = lhs; self.rhs = rhs; self.slow = slow
    }

    /// Evaluates the operation in frame `f`.
    @inline(__always) func run(_ f: Frame) throws -> Value {
        let x = try lhs.fetch(f), y = try rhs.fetch(f)
        if case .int(let i) = x, case .int(let j) = y {
            let (r, o): (Int, Bool)
            switch op {
            case .add: (r, o) = i.addingReportingOverflow(j)
            case .sub: (r, o) = i.subtractingReportingOverflow(j)
            default: (r, o) = i.multipliedReportingOverflow(by: j)
            }
            if !o { return .int(r) }
        }
        if case .double(let i) = x, case .double(let j) = y {
            switch op {
            case .add: return .double(i + j)
            case .sub: return .double(i - j)
            default: return .double(i * j)
            }
        }
        return try slow(x, y)
    }
}
