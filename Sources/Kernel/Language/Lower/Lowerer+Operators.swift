import SwiftSyntax

// MARK: - Infix operators, assignment and compound assignment

extension Lowerer {
    func lowerInfix(_ node: InfixOperatorExprSyntax) -> Code {
        if node.operator.is(AssignmentExprSyntax.self) { return lowerAssignment(node) }
        guard let opNode = node.operator.as(BinaryOperatorExprSyntax.self) else {
            return fail("Unsupported", "unsupported operator", at: node.operator)
        }
        let op = opNode.operator.text
        let l = loc(opNode)
        switch op {
        case "&&":
            let a = lowerCondition(node.leftOperand), b = lowerCondition(node.rightOperand)
            return { f in .bool(try a(f) && b(f)) }
        case "||":
            let a = lowerCondition(node.leftOperand), b = lowerCondition(node.rightOperand)
            return { f in .bool(try a(f) || b(f)) }
        case "??":
            let a = lowerExpr(node.leftOperand), b = lowerExpr(node.rightOperand)
            return { f in
                switch try a(f) {
                case .none: return try b(f)
                case .some(let x): return x
                case let x: return x
                }
            }
        case "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=":
            return lowerCompound(node, op: String(op.dropLast()), at: l)
        default: break
        }
        guard let bop = BinaryOperator(rawValue: op) else {
            let impls = bindings.operators[op] ?? []
            if impls.isEmpty { return fail("NameError", "unknown operator '\(op)'", at: opNode) }
            let a = lowerExpr(node.leftOperand), b = lowerExpr(node.rightOperand)
            return { f in
                let x = try a(f), y = try b(f)
                for impl in impls {
                    do { if let r = try impl(x, y) { return r } } catch let e as RuntimeError { throw e.located(l) }
                }
                throw RuntimeError.type("operator '\(op)' cannot be applied to operands of type '\(typeName(x))' and '\(typeName(y))'").located(l)
            }
        }
        return binary(bop, node.leftOperand, node.rightOperand, at: l)
    }

    /// Lowers `a op b` with fast paths for integers and literal operands.
    func binary(_ op: BinaryOperator, _ lhs: ExprSyntax, _ rhs: ExprSyntax, at l: CellLocation) -> Code {
        let oa = operand(lhs), ob = operand(rhs)
        let a = oa.code, b = ob.code
        let lhsLiteral = lhs.is(IntegerLiteralExprSyntax.self) || isNegativeLiteral(lhs)
        let rhsLiteral = rhs.is(IntegerLiteralExprSyntax.self) || isNegativeLiteral(rhs)
        let ops = bindings.operators[op.rawValue] ?? []
        // The general path: literal typing (an integer literal next to a Double is a Double),
        // user-defined operator functions, library overloads.
        let slow: (Value, Value) throws -> Value = { x, y in
            var x = x, y = y
            if case .int(let i) = x, lhsLiteral { if case .double = y { x = .double(Double(i)) } else if case .float = y { x = .float(Float(i)) } }
            if case .int(let i) = y, rhsLiteral { if case .double = x { y = .double(Double(i)) } else if case .float = x { y = .float(Float(i)) } }
            if !ops.isEmpty, x.isLibraryOrUser || y.isLibraryOrUser {
                for impl in ops { if let r = try impl(x, y) { return r } }
            }
            if let r = try userOperator(op.rawValue, x, y) { return r }
            do { return try applyBinary(op, x, y) } catch let e as RuntimeError { throw e.located(l) }
        }
        // Integer literal on the right: the common `i + 1`, `n < 2`.
        if let lit = rhs.as(IntegerLiteralExprSyntax.self), let k = parseInteger(lit.literal.text) {
            switch op {
            case .add:
                return { f in
                    let x = try oa.fetch(f)
                    if case .int(let i) = x { let (r, o) = i.addingReportingOverflow(k); if !o { return .int(r) } }
                    return try slow(x, .int(k))
                }
            case .sub:
                return { f in
                    let x = try oa.fetch(f)
                    if case .int(let i) = x { let (r, o) = i.subtractingReportingOverflow(k); if !o { return .int(r) } }
                    return try slow(x, .int(k))
                }
            case .lt:
                return { f in
                    let x = try oa.fetch(f)
                    if case .int(let i) = x { return .bool(i < k) }
                    return try slow(x, .int(k))
                }
            case .eq:
                return { f in
                    let x = try oa.fetch(f)
                    if case .int(let i) = x { return .bool(i == k) }
                    return try slow(x, .int(k))
                }
            case .rem where k != 0:
                return { f in
                    let x = try oa.fetch(f)
                    if case .int(let i) = x, k != -1 { return .int(i % k) }
                    return try slow(x, .int(k))
                }
            default: break
            }
        }
        switch op {
        case .add, .sub, .mul:
            let node = Arithmetic(op, oa, ob, slow: slow)
            return { f in try node.run(f) }
        case .lt:
            return { f in
                let x = try oa.fetch(f), y = try ob.fetch(f)
                if case .int(let i) = x, case .int(let j) = y { return .bool(i < j) }
                return try slow(x, y)
            }
        default:
            return { f in try slow(try a(f), try b(f)) }
        }
    }

    /// How an operand is read: a local of the current function straight from its slot
    /// (no closure call), anything else through its lowered code.
    struct Operand {
        enum Kind { case slot, slotOffset, code }
        let kind: Kind
        /// The local's slot (`.slot`, `.slotOffset`).
        let slot: Int
        /// The literal added to the local (`.slotOffset`; negated for `-`).
        let offset: Int
        /// The lowered expression: used for `.code`, and by `.slotOffset` whenever the
        /// local is not an Int or the sum overflows.
        let full: Code

        /// A local of the current function.
        static func slot(_ i: Int) -> Operand { Operand(kind: .slot, slot: i, offset: 0, full: { f in f.slots[i] }) }
        /// `local + k` or `local - k` with an integer literal (k negated for `-`).
        static func slotOffset(_ i: Int, _ k: Int, full: @escaping Code) -> Operand { Operand(kind: .slotOffset, slot: i, offset: k, full: full) }
        /// Any other expression.
        static func code(_ c: @escaping Code) -> Operand { Operand(kind: .code, slot: 0, offset: 0, full: c) }

        /// The operand's value in frame `f`.
        @inline(__always) func fetch(_ f: Frame) throws -> Value {
            switch kind {
            case .slot: return f.slots[slot]
            case .slotOffset:
                if case .int(let x) = f.slots[slot] {
                    let (r, o) = x.addingReportingOverflow(offset)
                    if !o { return .int(r) }
                }
                return try full(f)
            case .code: return try full(f)
            }
        }

        /// The operand as standalone code.
        var code: Code { full }
    }

    /// Lowers an operand, recognising locals of the current function and `local ± literal`.
    func operand(_ e: ExprSyntax) -> Operand {
        if let i = localSlot(e) { return .slot(i) }
        return operand(e, code: lowerExpr(e))
    }

    /// Classifies an operand whose code is already lowered.
    func operand(_ e: ExprSyntax, code: @escaping Code) -> Operand {
        if let i = localSlot(e) { return .slot(i) }
        if let infix = e.as(InfixOperatorExprSyntax.self), let op = infix.operator.as(BinaryOperatorExprSyntax.self),
           op.operator.text == "+" || op.operator.text == "-", let i = localSlot(infix.leftOperand),
           let lit = infix.rightOperand.as(IntegerLiteralExprSyntax.self), let k = parseInteger(lit.literal.text) {
            return .slotOffset(i, op.operator.text == "+" ? k : -k, full: code)
        }
        return .code(code)
    }

    /// The slot of `e` when it is the plain name of a local of the current function.
    func localSlot(_ e: ExprSyntax) -> Int? {
        if let d = e.as(DeclReferenceExprSyntax.self), d.argumentNames == nil,
           d.baseName.tokenKind.isIdentifierLike, case .local(0, let local)? = resolve(d.baseName.text) {
            return local.slot
        }
        return nil
    }

    func isNegativeLiteral(_ e: ExprSyntax) -> Bool {
        if let p = e.as(PrefixOperatorExprSyntax.self), p.operator.text == "-", p.expression.is(IntegerLiteralExprSyntax.self) { return true }
        return false
    }

    // MARK: - Assignment

    func lowerAssignment(_ node: InfixOperatorExprSyntax) -> Code {
        let rhs = lowerExpr(node.rightOperand)
        if node.leftOperand.is(DiscardAssignmentExprSyntax.self) {
            return { f in _ = try rhs(f); return .void }
        }
        if let tuple = node.leftOperand.as(TupleExprSyntax.self), tuple.elements.count > 1 {
            let targets = tuple.elements.map { el -> LValue? in
                el.expression.is(DiscardAssignmentExprSyntax.self) ? nil : lowerLValue(el.expression)
            }
            let l = loc(node)
            return { f in
                guard case .tuple(let t) = try rhs(f), t.elements.count == targets.count else {
                    throw RuntimeError.type("cannot assign: the right side is not a tuple of \(targets.count) elements").located(l)
                }
                for (lv, v) in zip(targets, t.elements) { try lv?.set(f, v) }
                return .void
            }
        }
        guard let lv = lowerLValue(node.leftOperand) else {
            return fail("SyntaxError", "cannot assign to this expression", at: node.leftOperand)
        }
        if let reason = lv.immutableReason {
            return fail("SyntaxError", "cannot assign to value: \(reason)", at: node.leftOperand)
        }
        if let box = lv.directBox {
            if let t = lv.typeName { return { f in box.value = coerce(try rhs(f), to: t); return .void } }
            return { f in box.value = keepingTupleLabels(of: box.value, try rhs(f)); return .void }
        }
        if let slot = lv.directSlot {
            if let t = lv.typeName { return { f in f.slots[slot] = coerce(try rhs(f), to: t); return .void } }
            return { f in f.slots[slot] = keepingTupleLabels(of: f.slots[slot], try rhs(f)); return .void }
        }
        return { f in try lv.set(f, try rhs(f)); return .void }
    }

    func lowerCompound(_ node: InfixOperatorExprSyntax, op: String, at l: CellLocation) -> Code {
        guard let bop = BinaryOperator(rawValue: op) else { return fail("Unsupported", "unknown operator \(op)=", at: node) }
        guard let lv = lowerLValue(node.leftOperand) else {
            return fail("SyntaxError", "left side of '\(op)=' is not assignable", at: node.leftOperand)
        }
        if let reason = lv.immutableReason {
            return fail("SyntaxError", "left side of mutating operator isn't mutable: \(reason)", at: node.leftOperand)
        }
        let rhs = lowerExpr(node.rightOperand)
        let rhsLiteral = node.rightOperand.is(IntegerLiteralExprSyntax.self)
        let libraryOps = bindings.operators[op] ?? []
        let apply: (inout Value, Value) throws -> Void = { v, r in
            do {
                var r = r
                if rhsLiteral, case .int(let i) = r, case .double = v { r = .double(Double(i)) }
                if bop == .add {
                    // In place, so that the string or array buffer stays unique (no copy per append).
                    if case .int(let x) = v, case .int(let y) = r {
                        let (s, o) = x.addingReportingOverflow(y)
                        if o { throw RuntimeError.overflow("+", x, y) }
                        v = .int(s)
                        return
                    }
                    if case .string(var s) = v {
                        if case .string(let t) = r { v = .void; s += t; v = .string(s); return }
                        if case .character(let c) = r { v = .void; s.append(c); v = .string(s); return }
                    }
                    if case .array(var a) = v, case .array(let b) = r { v = .void; a += b; v = .array(a); return }
                }
                if let selfOp = try userOperator(op + "=", v, r) { _ = selfOp; return }
                // Library values (tensors): `t += x` is `t = t + x` through the registered operator.
                if case .native = v { for impl in libraryOps { if let x = try impl(v, r) { v = x; return } } }
                v = try applyBinary(bop, v, r)
            } catch let e as RuntimeError { throw e.located(l) }
        }
        if let box = lv.directBox, bop == .add || bop == .sub {
            return { f in
                let r = try rhs(f)
                if case .int(let x) = box.value, case .int(let y) = r {
                    let (s, o) = bop == .add ? x.addingReportingOverflow(y) : x.subtractingReportingOverflow(y)
                    if !o { box.value = .int(s); return .void }
                }
                try apply(&box.value, r)
                return .void
            }
        }
        if let slot = lv.directSlot, bop == .add || bop == .sub {
            return { f in
                let r = try rhs(f)
                if case .int(let x) = f.slots[slot], case .int(let y) = r {
                    let (s, o) = bop == .add ? x.addingReportingOverflow(y) : x.subtractingReportingOverflow(y)
                    if !o { f.slots[slot] = .int(s); return .void }
                }
                try apply(&f.slots[slot], r)
                return .void
            }
        }
        return { f in
            let r = try rhs(f)
            try lv.modify(f) { v in try apply(&v, r) }
            return .void
        }
    }
}

extension Value {
    /// True for values whose operators may come from user code or the library.
    var isLibraryOrUser: Bool {
        switch self {
        case .native, .structValue, .object, .enumValue: return true
        default: return false
        }
    }
}

/// Calls a user-declared `static func op(lhs:rhs:)` on the operand's type, if any.
func userOperator(_ op: String, _ a: Value, _ b: Value) throws -> Value? {
    let t: UserType?
    switch a {
    case .structValue(let i), .object(let i): t = i.type
    case .enumValue(let e): t = e.type
    default: t = nil
    }
    guard let type = t, let fn = type.staticMethods[op] else { return nil }
    var s = Value.type(.user(type))
    return try fn.call([a, b], selfValue: &s)
}

/// `new`, labelled like `old` when both are tuples of one arity and `new` has no labels:
/// `best = (i, r)` keeps `best.interval` working after `var best = (interval: 0, useful: 0.0)`,
/// as the variable's inferred tuple type does in Swift.
@inline(__always) func keepingTupleLabels(of old: Value, _ new: Value) -> Value {
    // The variable's inferred type stays: an integer literal assigned to a Double is a Double.
    if case .int(let i) = new {
        switch old {
        case .double: return .double(Double(i))
        case .float: return .float(Float(i))
        case .sized(let s): return .sized(SizedInteger(truncating: Int128(i), s.kind))
        default: return new
        }
    }
    if case .double(let d) = new, case .float = old { return .float(Float(d)) }
    guard case .tuple(let n) = new, case .tuple(let o) = old, n.elements.count == o.elements.count,
          n.labels.allSatisfy({ $0 == nil }), o.labels.contains(where: { $0 != nil }) else { return new }
    return .tuple(TupleValue(n.elements, labels: o.labels))
}

extension TokenKind {
    /// A plain name or a closure's `$n`.
    var isIdentifierLike: Bool {
        switch self {
        case .identifier, .dollarIdentifier: return true
        default: return false
        }
    }
}
