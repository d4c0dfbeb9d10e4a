/// A call of a name with one argument, `f(x)`, as lowered code.
///
/// Everything the call needs is held here, so the lowered closure captures this one
/// object and calls `run` (no partial-application thunk unpacking many captures).
final class NamedCall {
    /// The global holding the callee, unretained (`readCallee` keeps it), or nil for locals.
    let box: Unmanaged<GlobalBox>?
    /// Reads the callee.
    let readCallee: Code
    /// The argument.
    let argument: Lowerer.Operand
    let site: CallSite
    let labels: [String?]
    let trailingStart: Int
    let bindings: Bindings
    /// Where the call is written (the callee's name).
    let location: CellLocation

    init(box: GlobalBox?, readCallee: @escaping Code, argument: Lowerer.Operand, site: CallSite, labels: [String?],
         trailingStart: Int, bindings: Bindings, location: CellLocation) {
        self.box = box.map { Unmanaged.passUnretained($0) }
        self.readCallee = readCallee; self.argument = argument; self.site = site; self.labels = labels
        self.trailingStart = trailingStart; self.bindings = bindings; self.location = location
    }

    /// Calls a user function with the argument evaluated straight into its frame.
    @inline(__always) func enter(_ fn: Function, _ f: Frame) throws -> Value {
        // Errors of the argument itself pass through unchanged.
        try fn.call(at: location) { frame in
            let v = try argument.fetch(f)
            // Every slot of a frame handed to `fill` is `()`: no old value to destroy.
            frame.slots.initialize(to: fn.plainParameters ? v : fn.parameterCoercions[0].apply(v))
        }
    }

    /// Evaluates the call in frame `f`.
    @inline(__always) func run(_ f: Frame) throws -> Value {
        // The global still holds the function seen here before: call it without
        // copying the value out of the box.
        if let box, let u = site.fast, box._withUnsafeGuaranteedRef({ $0.holds(u) }) {
            return try u._withUnsafeGuaranteedRef { fn in try fn.pinned { try enter(fn, f) } }
        }
        let callee = try box.map { $0._withUnsafeGuaranteedRef { $0.value } } ?? readCallee(f)
        if case .function(let fn) = callee, fn === site.function, site.inOrder, !fn.hasSelf,
           fn.parameters.count == 1, fn.isUserFunction {
            return try enter(fn, f)
        }
        return try callValue(callee, [try argument.fetch(f)], labels: labels, trailingStart: trailingStart, site: site,
                             bindings: bindings, at: location)
    }
}
