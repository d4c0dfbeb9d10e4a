import SwiftSyntax

/// Lowered pattern: tests a value and binds names into the frame.
typealias Matcher = (Value, Frame) throws -> Bool

// MARK: - Conditions, patterns and switch

extension Lowerer {
    /// A Bool-valued expression, with a fast path for integer comparisons.
    func lowerCondition(_ e: ExprSyntax) -> (Frame) throws -> Bool {
        if let infix = e.as(InfixOperatorExprSyntax.self), let op = infix.operator.as(BinaryOperatorExprSyntax.self) {
            let text = op.operator.text
            if text == "&&" {
                let a = lowerCondition(infix.leftOperand), b = lowerCondition(infix.rightOperand)
                return { f in try a(f) && b(f) }
            }
            if text == "||" {
                let a = lowerCondition(infix.leftOperand), b = lowerCondition(infix.rightOperand)
                return { f in try a(f) || b(f) }
            }
            if let bop = BinaryOperator(rawValue: text), [.lt, .le, .gt, .ge, .eq, .ne].contains(bop) {
                let l = loc(op)
                if let lit = infix.rightOperand.as(IntegerLiteralExprSyntax.self), let k = parseInteger(lit.literal.text) {
                    let a = operand(infix.leftOperand)
                    return { f in
                        let x = try a.fetch(f)
                        if case .int(let i) = x {
                            switch bop {
                            case .lt: return i < k
                            case .le: return i <= k
                            case .gt: return i > k
                            case .ge: return i >= k
                            case .eq: return i == k
                            default: return i != k
                            }
                        }
                        return try truth(try slowCompare(bop, x, .int(k), at: l), at: l)
                    }
                }
                let a = operand(infix.leftOperand), b = operand(infix.rightOperand)
                return { f in
                    let x = try a.fetch(f), y = try b.fetch(f)
                    if case .int(let i) = x, case .int(let j) = y {
                        switch bop {
                        case .lt: return i < j
                        case .le: return i <= j
                        case .gt: return i > j
                        case .ge: return i >= j
                        case .eq: return i == j
                        default: return i != j
                        }
                    }
                    return try truth(try slowCompare(bop, x, y, at: l), at: l)
                }
            }
        }
        let code = lowerExpr(e)
        let l = loc(e)
        return { f in try truth(try code(f), at: l) }
    }

    /// A condition evaluated inline by its user: `local op literal` for Int comparisons
    /// without a closure call, anything else through its lowered code.
    struct Test {
        /// True for `local op literal` (`slot`, `op`, `literal`); else `full` decides.
        let comparesSlot: Bool
        let slot: Int
        let op: BinaryOperator
        let literal: Int
        /// The lowered condition: used whenever the fast comparison does not apply.
        let full: (Frame) throws -> Bool

        /// Whether the condition holds in frame `f`.
        @inline(__always) func check(_ f: Frame) throws -> Bool {
            if comparesSlot, case .int(let x) = f.slots[slot] {
                switch op {
                case .lt: return x < literal
                case .le: return x <= literal
                case .gt: return x > literal
                case .ge: return x >= literal
                case .eq: return x == literal
                default: return x != literal
                }
            }
            return try full(f)
        }
    }

    /// Lowers a condition for inline evaluation (see ``Test``).
    func lowerTest(_ e: ExprSyntax) -> Test {
        let full = lowerCondition(e)
        if let infix = e.as(InfixOperatorExprSyntax.self), let op = infix.operator.as(BinaryOperatorExprSyntax.self),
           let bop = BinaryOperator(rawValue: op.operator.text), [.lt, .le, .gt, .ge, .eq, .ne].contains(bop),
           let i = localSlot(infix.leftOperand), let lit = infix.rightOperand.as(IntegerLiteralExprSyntax.self),
           let k = parseInteger(lit.literal.text) {
            return Test(comparesSlot: true, slot: i, op: bop, literal: k, full: full)
        }
        return Test(comparesSlot: false, slot: 0, op: .eq, literal: 0, full: full)
    }

    /// A condition list (`if a, let b = c, case .x = d`): all must hold, bindings flow left to right.
    func lowerConditions(_ list: ConditionElementListSyntax) -> (Frame) throws -> Bool {
        let parts: [(Frame) throws -> Bool] = list.map { el in
            switch el.condition {
            case .expression(let e): return lowerCondition(e)
            case .optionalBinding(let ob):
                let name = ob.pattern.as(IdentifierPatternSyntax.self)?.identifier.text
                let source: Code
                if let i = ob.initializer { source = lowerExpr(i.value) }
                else if let name { source = lowerName(DeclReferenceExprSyntax(baseName: .identifier(name))) }
                else { source = fail("SyntaxError", "optional binding needs a name", at: ob) }
                if let name {
                    let st = declareVariable(name, isLet: ob.bindingSpecifier.tokenKind == .keyword(.let), typeName: nil)
                    let write = store(st, typeName: nil)
                    return { f in
                        switch try source(f) {
                        case .none: return false
                        case .some(let x): write(f, unwrapOptional(x)); return true
                        case let x: write(f, x); return true
                        }
                    }
                }
                let m = lowerPattern(ob.pattern, binding: true)
                return { f in
                    switch try source(f) {
                    case .none: return false
                    case let x: return try m(unwrapOptional(x), f)
                    }
                }
            case .matchingPattern(let mp):
                let value = lowerExpr(mp.initializer.value)
                let m = lowerPattern(mp.pattern, binding: false)
                return { f in try m(try value(f), f) }
            default:
                _ = fail("Unsupported", "this condition is not supported", at: el)
                return { _ in false }
            }
        }
        if parts.count == 1 { return parts[0] }
        return { f in
            for p in parts where !(try p(f)) { return false }
            return true
        }
    }

    // MARK: - Patterns

    func lowerPattern(_ p: PatternSyntax, binding: Bool) -> Matcher {
        switch p.as(PatternSyntaxEnum.self) {
        case .wildcardPattern: return { _, _ in true }
        case .identifierPattern(let id):
            let st = declareVariable(id.identifier.text, isLet: !patternBindsVar, typeName: nil)
            let write = store(st, typeName: nil)
            return { v, f in write(f, v); return true }
        case .valueBindingPattern(let vb):
            // `case var x`, `var (a, b) = …`: the names bound are variables.
            let outer = patternBindsVar
            patternBindsVar = vb.bindingSpecifier.tokenKind == .keyword(.var)
            defer { patternBindsVar = outer }
            return lowerPattern(vb.pattern, binding: true)
        case .tuplePattern(let t):
            let ms = t.elements.map { lowerPattern($0.pattern, binding: binding) }
            return tupleMatcher(ms)
        case .expressionPattern(let e):
            return lowerExprPattern(e.expression, binding: binding)
        case .isTypePattern(let t):
            let check = typeCheck(t.type)
            return { v, _ in check(v) }
        default:
            _ = fail("Unsupported", "this pattern is not supported", at: p)
            return { _, _ in false }
        }
    }

    func tupleMatcher(_ ms: [Matcher]) -> Matcher {
        { v, f in
            guard case .tuple(let t) = v, t.elements.count == ms.count else { return false }
            for (m, x) in zip(ms, t.elements) where !(try m(x, f)) { return false }
            return true
        }
    }

    /// Patterns written as expressions: literals, ranges, enum cases with sub-patterns, tuples, bindings.
    func lowerExprPattern(_ e: ExprSyntax, binding: Bool) -> Matcher {
        if e.is(DiscardAssignmentExprSyntax.self) { return { _, _ in true } }
        if let pe = e.as(PatternExprSyntax.self) { return lowerPattern(pe.pattern, binding: binding) }
        if binding, let d = e.as(DeclReferenceExprSyntax.self) {
            let st = declareVariable(d.baseName.text, isLet: !patternBindsVar, typeName: nil)
            let write = store(st, typeName: nil)
            return { v, f in write(f, v); return true }
        }
        if let t = e.as(TupleExprSyntax.self), t.elements.count > 1 {
            return tupleMatcher(t.elements.map { lowerExprPattern($0.expression, binding: binding) })
        }
        if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first {
            return lowerExprPattern(only.expression, binding: binding)
        }
        if e.is(NilLiteralExprSyntax.self) { return { v, _ in if case .none = v { return true }; return false } }
        if let o = e.as(OptionalChainingExprSyntax.self) {
            let inner = lowerExprPattern(o.expression, binding: binding)
            return { v, f in
                switch v {
                case .none: return false
                default: return try inner(unwrapOptional(v), f)
                }
            }
        }
        if let a = e.as(AsExprSyntax.self) {
            let check = typeCheck(a.type)
            let inner = lowerExprPattern(a.expression, binding: binding)
            return { v, f in check(v) ? try inner(unwrapOptional(v), f) : false }
        }
        // Enum cases: `.red`, `Color.red`, `.circle(let r)`, `.some(let x)`, `.none`.
        var caseName: String?
        var subpatterns: [(label: String?, m: Matcher)]?
        var typeHint: UserType?
        if let m = e.as(MemberAccessExprSyntax.self), isCaseReference(m) {
            caseName = m.declName.baseName.text
            typeHint = m.base.flatMap { staticTypeReference($0) }.flatMap { if case .user(let u) = $0 { return u }; return nil }
        } else if let c = e.as(FunctionCallExprSyntax.self), let m = c.calledExpression.as(MemberAccessExprSyntax.self), isCaseReference(m) {
            caseName = m.declName.baseName.text
            typeHint = m.base.flatMap { staticTypeReference($0) }.flatMap { if case .user(let u) = $0 { return u }; return nil }
            subpatterns = c.arguments.map { ($0.label?.text, lowerExprPattern($0.expression, binding: binding)) }
        }
        if let name = caseName {
            let subs = subpatterns ?? []
            if name == "some" || name == "none", typeHint == nil, implicitMemberCase(name) == nil {
                if name == "none" { return { v, _ in if case .none = v { return true }; return false } }
                let inner = subs.first?.m ?? { _, _ in true }
                return { v, f in
                    if case .none = v { return false }
                    return try inner(unwrapOptional(v), f)
                }
            }
            if typeHint == nil, implicitMemberCase(name) == nil, subpatterns == nil {
                // A static value rather than a case (`.pi`): compare.
                let value = lowerExpr(e)
                return { v, f in try patternMatches(try value(f), v) }
            }
            return { v, f in
                guard case .enumValue(let ev) = unwrapOptional(v), ev.type.cases[ev.index].name == name else { return false }
                if let t = typeHint, ev.type !== t { return false }
                if subs.isEmpty { return true }
                if subs.count == 1, ev.payload.count > 1 {
                    return try subs[0].m(.tuple(TupleValue(ev.payload, labels: ev.type.cases[ev.index].labels)), f)
                }
                guard subs.count == ev.payload.count else { return false }
                for (s, x) in zip(subs, ev.payload) where !(try s.m(x, f)) { return false }
                return true
            }
        }
        let value = lowerExpr(e)
        return { v, f in try patternMatches(try value(f), v) }
    }

    /// True if `m` could name an enum case (implicit `.x` or `Type.x` of a user enum).
    func isCaseReference(_ m: MemberAccessExprSyntax) -> Bool {
        guard let base = m.base else { return true }
        if let t = staticTypeReference(base), case .user(let u) = t { return u.kind == .enumType }
        return false
    }

    func implicitMemberCase(_ name: String) -> UserType? {
        let all = Array(pendingTypes.values) + Array(session.types.values)
        return all.first { $0.caseIndex[name] != nil }
    }

    // MARK: - switch

    func lowerSwitch(_ node: SwitchExprSyntax, asExpression: Bool = false) -> StmtCode {
        let subject = lowerExpr(node.subject)
        let l = loc(node)
        return withLoop(isLoop: false) { id -> StmtCode in
            var cases: [(matchers: [Matcher], body: StmtCode)] = []
            for item in node.cases {
                guard case .switchCase(let c) = item else {
                    _ = fail("Unsupported", "#if inside switch is not supported", at: item)
                    continue
                }
                scope.push()
                var ms: [Matcher] = []
                switch c.label {
                case .default: ms = [{ _, _ in true }]
                case .case(let label):
                    for ci in label.caseItems {
                        var m = lowerPattern(ci.pattern, binding: false)
                        if let w = ci.whereClause {
                            let cond = lowerCondition(w.condition); let pm = m
                            m = { v, f in try pm(v, f) && cond(f) }
                        }
                        ms.append(m)
                    }
                }
                let body: StmtCode
                if asExpression {
                    let value = branchValue(c.statements)
                    body = { f in f.returnValue = try value(f); return .returned }
                } else {
                    body = lowerItems(c.statements)
                }
                scope.pop()
                cases.append((ms, body))
            }
            let all = cases
            return { f in
                let v = try subject(f)
                for (k, c) in all.enumerated() {
                    for m in c.matchers where try m(v, f) {
                        var r = try c.body(f)
                        var next = k + 1
                        // `fallthrough` runs the following case's body without matching it.
                        while case .breakLoop(let t) = r, t == fallthroughTarget, next < all.count {
                            r = try all[next].body(f)
                            next += 1
                        }
                        if case .breakLoop(let t) = r, t == id || t == fallthroughTarget { return .normal }
                        return r
                    }
                }
                throw RuntimeError("MatchError", "switch has no case matching \(debugDescribe(v))", at: l)
            }
        }
    }
}

/// The break target a `fallthrough` statement reports to its switch (no loop has this id).
let fallthroughTarget = Int.min

/// A condition's Bool value; anything else is a type error.
@inline(__always) func truth(_ v: Value, at l: CellLocation) throws -> Bool {
    if case .bool(let b) = v { return b }
    throw RuntimeError.type("condition must be a Bool, not a value of type '\(typeName(v))'").located(l)
}

/// Comparison outside the Int fast path.
func slowCompare(_ op: BinaryOperator, _ x: Value, _ y: Value, at l: CellLocation) throws -> Value {
    var x = x, y = y
    if case .int(let i) = x, case .double = y { x = .double(Double(i)) }
    if case .int(let i) = y, case .double = x { y = .double(Double(i)) }
    if let r = try userOperator(op.rawValue, x, y) { return r }
    do { return try applyBinary(op, x, y) } catch let e as RuntimeError { throw e.located(l) }
}
