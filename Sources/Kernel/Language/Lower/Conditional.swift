/// `condition ? a : b` as lowered code: one captured object (see ``NamedCall``).
final class Conditional {
    let test: Lowerer.Test
    let then: Lowerer.Operand
    let otherwise: Lowerer.Operand

    init(test: Lowerer.Test, then: Lowerer.Operand, else otherwise: Lowerer.Operand) {
        self.test = test; self.then = then; self.otherwise = otherwise
    }

    /// Evaluates the chosen branch in frame `f`.
    @inline(__always) func run(_ f: Frame) throws -> Value {
        try test.check(f) ? try then.fetch(f) : try otherwise.fetch(f)
    }
}
