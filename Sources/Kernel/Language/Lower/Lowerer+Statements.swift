import SwiftSyntax

// MARK: - Cells, blocks and statements

extension Lowerer {
    /// Lowers a whole cell. The result runs the cell and returns its last expression's value.
    func lowerCell(_ file: SourceFileSyntax) -> Code {
        let items = Array(file.statements)
        predeclare(items)
        var codes: [StmtCode] = []
        var hoisted: [StmtCode] = []
        var last: Code?
        for (i, item) in items.enumerated() {
            if i == items.count - 1, case .expr(let e) = item.item, !isVoidExpression(e) {
                last = lowerExpr(e)
                continue
            }
            if case .decl(let d) = item.item, d.is(FunctionDeclSyntax.self) {
                hoisted.append(lowerItem(item))
            } else {
                codes.append(lowerItem(item))
            }
        }
        let all = hoisted + codes
        let result = last
        return { f in
            for s in all {
                switch try s(f) {
                case .normal: continue
                case .returned: return .void
                case .breakLoop, .continueLoop: return .void
                }
            }
            return try result?(f) ?? .void
        }
    }

    /// Assignments and calls of known Void functions produce no execute_result.
    func isVoidExpression(_ e: ExprSyntax) -> Bool {
        if let infix = e.as(InfixOperatorExprSyntax.self) {
            if infix.operator.is(AssignmentExprSyntax.self) { return true }
            if let op = infix.operator.as(BinaryOperatorExprSyntax.self),
               ["+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>="].contains(op.operator.text) { return true }
        }
        return false
    }

    /// Declares the names a block introduces before its statements are lowered, so that
    /// functions and types may be used before (or by) their declarations.
    func predeclare(_ items: [CodeBlockItemSyntax]) {
        var newTypes: [(DeclSyntax, UserType)] = []
        for item in items {
            guard case .decl(let d) = item.item else { continue }
            if let f = d.as(FunctionDeclSyntax.self) {
                _ = declareVariable(f.name.text, isLet: true, typeName: nil)
            } else if let s = d.as(StructDeclSyntax.self) {
                let t = UserType(name: s.name.text, kind: .structType); t.genericParameters = s.genericParameterClause?.parameters.map { $0.name.text } ?? []; t.extensions = bindings.cellExtensions; pendingTypes[t.name] = t; newTypes.append((d, t))
            } else if let c = d.as(ClassDeclSyntax.self) {
                let t = UserType(name: c.name.text, kind: .classType); t.genericParameters = c.genericParameterClause?.parameters.map { $0.name.text } ?? []; t.extensions = bindings.cellExtensions; pendingTypes[t.name] = t; newTypes.append((d, t))
            } else if let e = d.as(EnumDeclSyntax.self) {
                let t = UserType(name: e.name.text, kind: .enumType); t.genericParameters = e.genericParameterClause?.parameters.map { $0.name.text } ?? []; t.extensions = bindings.cellExtensions; pendingTypes[t.name] = t; newTypes.append((d, t))
            } else if let p = d.as(ProtocolDeclSyntax.self) {
                pendingProtocols.insert(p.name.text)
                bindings.cellExtensions.requirements[p.name.text] = Set(p.memberBlock.members.flatMap { m -> [String] in
                    if let f = m.decl.as(FunctionDeclSyntax.self) { return [f.name.text] }
                    if let v = m.decl.as(VariableDeclSyntax.self) { return v.bindings.flatMap { boundNames($0.pattern) } }
                    return []
                })
            } else if let a = d.as(TypeAliasDeclSyntax.self) {
                if a.genericParameterClause != nil {
                    _ = fail("Unsupported", "generic type aliases are not supported yet", at: a.name)
                } else {
                    pendingAliases[a.name.text] = typeText(a.initializer.value) ?? ""
                }
            } else if let v = d.as(VariableDeclSyntax.self), scope.declaresGlobals {
                for b in v.bindings {
                    for name in boundNames(b.pattern) {
                        _ = declareVariable(name, isLet: v.bindingSpecifier.tokenKind == .keyword(.let) && b.initializer != nil,
                                            typeName: typeText(b.typeAnnotation?.type))
                    }
                }
            }
        }
        // Types declared inside types, as `Outer.Inner`.
        var k = 0
        while k < newTypes.count {
            let (d, outer) = newTypes[k]
            k += 1
            guard let block = d.as(StructDeclSyntax.self)?.memberBlock ?? d.as(ClassDeclSyntax.self)?.memberBlock
                    ?? d.as(EnumDeclSyntax.self)?.memberBlock else { continue }
            for m in block.members {
                let inner: UserType
                if let s = m.decl.as(StructDeclSyntax.self) {
                    inner = UserType(name: s.name.text, kind: .structType); inner.genericParameters = s.genericParameterClause?.parameters.map { $0.name.text } ?? []
                } else if let c = m.decl.as(ClassDeclSyntax.self) {
                    inner = UserType(name: c.name.text, kind: .classType); inner.genericParameters = c.genericParameterClause?.parameters.map { $0.name.text } ?? []
                } else if let e = m.decl.as(EnumDeclSyntax.self) {
                    inner = UserType(name: e.name.text, kind: .enumType); inner.genericParameters = e.genericParameterClause?.parameters.map { $0.name.text } ?? []
                } else { continue }
                inner.qualifiedName = outer.qualifiedName + "." + inner.name
                inner.extensions = bindings.cellExtensions
                outer.nestedTypes[inner.name] = inner
                pendingTypes[inner.qualifiedName] = inner
                newTypes.append((m.decl, inner))
            }
        }
        // Shapes first (fields, cases, superclasses), then bodies, so members may refer to any type.
        for (d, t) in newTypes { declareTypeShape(d, t) }
        for item in items {
            if case .decl(let d) = item.item, let e = d.as(ExtensionDeclSyntax.self),
               let t = lookupType(e.extendedType.trimmedDescription) ?? extensionHolder(e) {
                if t.extendedBuiltin == nil, let inherited = e.inheritanceClause?.inheritedTypes {
                    t.conformances.formUnion(inherited.map { $0.type.trimmedDescription })
                }
                declareMembersShape(e.memberBlock, t)
            }
        }
        for (d, t) in newTypes { lowerTypeMembers(d, t) }
    }

    /// Names bound by a pattern (`x`, `(a, b)`).
    func boundNames(_ p: PatternSyntax) -> [String] {
        if let id = p.as(IdentifierPatternSyntax.self) { return [id.identifier.text] }
        if let t = p.as(TuplePatternSyntax.self) { return t.elements.flatMap { boundNames($0.pattern) } }
        if let v = p.as(ValueBindingPatternSyntax.self) { return boundNames(v.pattern) }
        return []
    }

    /// Lowers a `{ ... }` body in its own block scope.
    func lowerBlock(_ block: CodeBlockSyntax) -> StmtCode {
        scope.push()
        defer { scope.pop() }
        let items = lowerItems(block.statements)
        // With classes that have deinit, a block releases its locals at its end (last declared
        // first), as Swift does, so deinit runs there; not when a closure may still use them.
        guard session.hasDeinit, !scope.declaresGlobals, !ClosureFinder.containsClosure(block) else { return items }
        let slots = scope.blocks.last!.values.map(\.slot).sorted(by: >)
        if slots.isEmpty { return items }
        return { f in
            let c = try items(f)
            for s in slots { f.slots[s] = .void }
            return c
        }
    }

    /// Lowers statements in sequence, with hoisted local functions and `defer` support.
    func lowerItems(_ list: CodeBlockItemListSyntax) -> StmtCode {
        let items = Array(list)
        if !scope.declaresGlobals { predeclare(items) }
        var codes: [StmtRef] = []
        var hoisted: [StmtRef] = []
        var defers: [(Int, StmtRef)] = []
        for item in items {
            if case .stmt(let s) = item.item, let d = s.as(DeferStmtSyntax.self) {
                defers.append((codes.count, StmtRef(run: lowerBlock(d.body))))
                continue
            }
            if case .decl(let d) = item.item, d.is(FunctionDeclSyntax.self) {
                hoisted.append(StmtRef(run: lowerItem(item)))
            } else {
                codes.append(StmtRef(run: lowerItem(item)))
            }
        }
        let all = hoisted + codes
        if !defers.isEmpty {
            let offset = hoisted.count
            let deferAt = defers.map { ($0.0 + offset, $0.1) }
            return { f in
                var registered: [StmtRef] = []
                defer { for d in registered.reversed() { _ = try? d.run(f) } }
                var i = 0
                var di = 0
                while i <= all.count {
                    while di < deferAt.count && deferAt[di].0 == i { registered.append(deferAt[di].1); di += 1 }
                    if i == all.count { break }
                    let c = try all[i].run(f)
                    if case .normal = c { i += 1; continue }
                    return c
                }
                return .normal
            }
        }
        return sequence(all)
    }

    /// Runs statements in order, stopping at the first non-normal control.
    func sequence(_ all: [StmtRef]) -> StmtCode {
        switch all.count {
        case 0: return { _ in .normal }
        case 1: return all[0].run
        case 2:
            let a = all[0].run, b = all[1].run
            return { f in
                let c = try a(f)
                if case .normal = c { return try b(f) }
                return c
            }
        default:
            return { f in
                for s in all {
                    let c = try s.run(f)
                    if case .normal = c { continue }
                    return c
                }
                return .normal
            }
        }
    }

    /// Lowers one item of a block.
    func lowerItem(_ item: CodeBlockItemSyntax) -> StmtCode {
        switch item.item {
        case .decl(let d): return lowerDecl(d)
        case .stmt(let s): return lowerStmt(s)
        case .expr(let e): return exprStatement(e)
        }
    }

    /// An expression used as a statement; `if` and `switch` run as statements.
    func exprStatement(_ e: ExprSyntax) -> StmtCode {
        if let i = e.as(IfExprSyntax.self) { return lowerIf(i) }
        if let s = e.as(SwitchExprSyntax.self) { return lowerSwitch(s) }
        let code = lowerExpr(e)
        return { f in _ = try code(f); return .normal }
    }

    // MARK: - Statements

    func lowerStmt(_ s: StmtSyntax) -> StmtCode {
        switch s.as(StmtSyntaxEnum.self) {
        case .expressionStmt(let e): return exprStatement(e.expression)
        case .returnStmt(let r):
            guard let e = r.expression else { return { f in f.returnValue = .void; return .returned } }
            let code = lowerExpr(e, as: scope.resultType)
            return { f in f.returnValue = try code(f); return .returned }
        case .throwStmt(let t):
            let code = lowerExpr(t.expression)
            let l = loc(t)
            return { f in throw ThrownError(value: try code(f), location: l) }
        case .breakStmt(let b):
            let label = b.label?.text
            guard let target = breakTargets.last(where: { label == nil || $0.label == label }) else {
                _ = fail("SyntaxError", "'break' is only allowed inside a loop, if, do, or switch", at: b)
                return { _ in .normal }
            }
            let id = target.id
            return { _ in .breakLoop(id) }
        case .continueStmt(let c):
            let label = c.label?.text
            guard let target = breakTargets.last(where: { $0.isLoop && (label == nil || $0.label == label) }) else {
                _ = fail("SyntaxError", "'continue' is only allowed inside a loop", at: c)
                return { _ in .normal }
            }
            let id = target.id
            return { _ in .continueLoop(id) }
        case .fallThroughStmt:
            // Caught by the enclosing switch, which runs the next case's body.
            return { _ in .breakLoop(fallthroughTarget) }
        case .forStmt(let f): return lowerFor(f)
        case .whileStmt(let w): return lowerWhile(w)
        case .repeatStmt(let r): return lowerRepeat(r)
        case .guardStmt(let g): return lowerGuard(g)
        case .doStmt(let d): return lowerDo(d)
        case .labeledStmt(let l):
            pendingLabel = l.label.text
            defer { pendingLabel = nil }
            return lowerStmt(l.statement)
        case .deferStmt(let d):
            let body = lowerBlock(d.body)
            return { f in _ = try body(f); return .normal }
        default:
            _ = fail("Unsupported", "this statement is not supported by the cell language: \(s.trimmedDescription.prefix(40))", at: s)
            return { _ in .normal }
        }
    }

    // MARK: - Conditionals

    func lowerIf(_ node: IfExprSyntax) -> StmtCode {
        scope.push()
        let cond = lowerConditions(node.conditions)
        let then = lowerBlock(node.body)
        scope.pop()
        var otherwise: StmtCode?
        switch node.elseBody {
        case .ifExpr(let e)?: otherwise = lowerIf(e)
        case .codeBlock(let b)?: otherwise = lowerBlock(b)
        case nil: otherwise = nil
        }
        if let otherwise {
            return { f in try cond(f) ? try then(f) : try otherwise(f) }
        }
        return { f in try cond(f) ? try then(f) : .normal }
    }

    func lowerGuard(_ node: GuardStmtSyntax) -> StmtCode {
        let cond = lowerConditions(node.conditions)
        let body = lowerBlock(node.body)
        let l = loc(node)
        return { f in
            if try cond(f) { return .normal }
            let c = try body(f)
            if case .normal = c { throw RuntimeError("SyntaxError", "'guard' body must not fall through; use return, throw, break or continue", at: l) }
            return c
        }
    }

    // MARK: - Loops

    /// Registers a loop target, lowers the body, and returns the target id.
    func withLoop<T>(isLoop: Bool = true, _ body: (Int) -> T) -> T {
        let id = newTargetID()
        breakTargets.append((pendingLabel, id, isLoop))
        pendingLabel = nil
        defer { breakTargets.removeLast() }
        return body(id)
    }

    func lowerWhile(_ node: WhileStmtSyntax) -> StmtCode {
        return withLoop { id in
            scope.push()
            let cond = lowerConditions(node.conditions)
            let body = lowerBlock(node.body)
            scope.pop()
            return { f in
                while try cond(f) {
                    try checkInterrupt()
                    switch try body(f) {
                    case .normal: continue
                    case .breakLoop(let t): if t == id { return .normal }; return .breakLoop(t)
                    case .continueLoop(let t): if t == id { continue }; return .continueLoop(t)
                    case .returned: return .returned
                    }
                }
                return .normal
            }
        }
    }

    func lowerRepeat(_ node: RepeatStmtSyntax) -> StmtCode {
        return withLoop { id in
            let body = lowerBlock(node.body)
            let cond = lowerCondition(node.condition)
            return { f in
                repeat {
                    try checkInterrupt()
                    switch try body(f) {
                    case .normal: break
                    case .breakLoop(let t): if t == id { return .normal }; return .breakLoop(t)
                    case .continueLoop(let t): if t != id { return .continueLoop(t) }
                    case .returned: return .returned
                    }
                } while try cond(f)
                return .normal
            }
        }
    }

    func lowerFor(_ node: ForStmtSyntax) -> StmtCode {
        let seq = lowerExpr(node.sequence)
        if ClosureFinder.containsClosure(node.body) { return lowerForWithFreshFrames(node, seq) }
        return withLoop { id in
            scope.push()
            defer { scope.pop() }
            let simpleSlot: Int?
            let bind: (Value, Frame) throws -> Bool
            if let idp = node.pattern.as(IdentifierPatternSyntax.self) {
                let slot = scope.declare(idp.identifier.text, isLet: true).slot
                simpleSlot = slot
                bind = { v, f in f.slots[slot] = v; return true }
            } else if node.pattern.is(WildcardPatternSyntax.self) {
                simpleSlot = nil
                bind = { _, _ in true }
            } else {
                simpleSlot = nil
                bind = lowerPattern(node.pattern, binding: true)
            }
            let whereCond = node.whereClause.map { lowerCondition($0.condition) }
            let body = lowerBlock(node.body)
            let l = loc(node.sequence)
            // One iteration: returns nil to continue the loop, or the control to stop with.
            @inline(__always) func step(_ f: Frame) throws -> Control? {
                try checkInterrupt()
                if let w = whereCond, !(try w(f)) { return nil }
                switch try body(f) {
                case .normal: return nil
                case .breakLoop(let t): return t == id ? .normal : .breakLoop(t)
                case .continueLoop(let t): return t == id ? nil : .continueLoop(t)
                case .returned: return .returned
                }
            }
            return { f in
                let s = try seq(f)
                if case .range(let r) = s, let ir = r.intRange, let slot = simpleSlot {
                    for i in ir {
                        f.slots[slot] = .int(i)
                        if let c = try step(f) { return c }
                    }
                    return .normal
                }
                // `for i in 1...` counts up until the body breaks (overflow past Int.max traps).
                if case .range(let r) = s, case .int(var i) = r.lower, case .void = r.upper {
                    while true {
                        if try bind(.int(i), f), let c = try step(f) { return c }
                        guard i < Int.max else { throw RuntimeError.overflow("+", i, 1).located(l) }
                        i += 1
                    }
                }
                // A Sequence declared in a cell is iterated lazily (it may never end).
                if let next = try userIterator(s) {
                    while let v = try next() {
                        if try bind(v, f), let c = try step(f) { return c }
                    }
                    return .normal
                }
                let items: [Value]
                do { items = try iterationElements(s) } catch let e as RuntimeError { throw e.located(l) }
                for v in items {
                    guard try bind(v, f) else { continue }
                    if let c = try step(f) { return c }
                }
                return .normal
            }
        }
    }

    /// A loop whose body creates closures: each iteration gets its own frame, so that
    /// closures capture that iteration's variables (as Swift's per-iteration bindings do).
    func lowerForWithFreshFrames(_ node: ForStmtSyntax, _ seq: @escaping Code) -> StmtCode {
        return withLoop { id in
            let saved = scope
            let s = Scope(parent: scope)
            scope = s
            let bind = lowerPattern(node.pattern, binding: true)
            let whereCond = node.whereClause.map { lowerCondition($0.condition) }
            let body = lowerBlock(node.body)
            scope = saved
            let size = s.frameSize
            let l = loc(node.sequence)
            return { f in
                let items: [Value]
                do { items = try iterationElements(try seq(f)) } catch let e as RuntimeError { throw e.located(l) }
                for v in items {
                    try checkInterrupt()
                    let inner = Frame.make(size: size, parent: f)
                    guard try bind(v, inner) else { continue }
                    if let w = whereCond, !(try w(inner)) { continue }
                    switch try body(inner) {
                    case .normal: continue
                    case .breakLoop(let t): if t == id { return .normal }; return .breakLoop(t)
                    case .continueLoop(let t): if t == id { continue }; return .continueLoop(t)
                    case .returned: f.returnValue = inner.returnValue; return .returned
                    }
                }
                return .normal
            }
        }
    }

    // MARK: - do / catch

    func lowerDo(_ node: DoStmtSyntax) -> StmtCode {
        let body = withLoop(isLoop: false) { id -> StmtCode in
            let b = lowerBlock(node.body)
            return { f in
                let c = try b(f)
                if case .breakLoop(let t) = c, t == id { return .normal }
                return c
            }
        }
        if node.catchClauses.isEmpty { return body }
        var clauses: [(match: ((Value, Frame) throws -> Bool)?, body: StmtCode)] = []
        for clause in node.catchClauses {
            scope.push()
            var matcher: ((Value, Frame) throws -> Bool)?
            if clause.catchItems.isEmpty {
                let slot = scope.declare("error", isLet: true).slot
                matcher = { v, f in f.slots[slot] = v; return true }
            } else {
                var ms: [(Value, Frame) throws -> Bool] = []
                for item in clause.catchItems {
                    var m: (Value, Frame) throws -> Bool = { _, _ in true }
                    if let p = item.pattern { m = lowerPattern(p, binding: false) }
                    if let w = item.whereClause {
                        let c = lowerCondition(w.condition); let pm = m
                        m = { v, f in try pm(v, f) && c(f) }
                    }
                    ms.append(m)
                }
                matcher = { v, f in try ms.contains { try $0(v, f) } }
            }
            clauses.append((matcher, lowerBlock(clause.body)))
            scope.pop()
        }
        return { f in
            do {
                return try body(f)
            } catch let e as ThrownError {
                for c in clauses where try c.match?(e.value, f) ?? true {
                    return try c.body(f)
                }
                throw e
            }
        }
    }
}

/// The values a `for-in` loop visits.
func iterationElements(_ v: Value) throws -> [Value] {
    if let next = try userIterator(v) {
        var out: [Value] = []
        while let x = try next() {
            out.append(x)
            if out.count & 1023 == 0 { try checkInterrupt() }
            if out.count > maxMaterializedCount { throw RuntimeError.value("the sequence has more than \(maxMaterializedCount) elements") }
        }
        return out
    }
    switch v {
    case .native(let n):
        if let s = n.object as? [Value] { return s }
        throw RuntimeError.type("value of type '\(n.type.name)' is not a sequence")
    default: return try elements(of: v)
    }
}

/// For a value of a cell type that is a Sequence (`makeIterator()`) or an IteratorProtocol
/// (`next()`): a function returning the next element, nil at the end.
func userIterator(_ v: Value) throws -> (() throws -> Value?)? {
    let type: UserType
    switch v {
    case .structValue(let i), .object(let i): type = i.type
    case .enumValue(let e): type = e.type
    default: return nil
    }
    var iterator: Value
    if let make = type.method("makeIterator") {
        var s = v
        iterator = try make.call([], selfValue: &s)
    } else if type.method("next") != nil {
        iterator = v
    } else {
        return nil
    }
    guard let nextType = { () -> UserType? in
        switch iterator {
        case .structValue(let i), .object(let i): return i.type
        case .enumValue(let e): return e.type
        default: return nil
        }
    }(), let next = nextType.method("next") else {
        if case .array = iterator { var k = 0; let xs = try elements(of: iterator); return { defer { k += 1 }; return k < xs.count ? xs[k] : nil } }
        throw RuntimeError.type("makeIterator() must return an iterator with a next() method")
    }
    return {
        switch try next.call([], selfValue: &iterator) {
        case .none: return nil
        case .some(let x): return x
        case let x: return x
        }
    }
}

/// Finds closures and nested functions in a loop body.
final class ClosureFinder: SyntaxVisitor {
    private(set) var found = false

    static func containsClosure(_ node: some SyntaxProtocol) -> Bool {
        let v = ClosureFinder(viewMode: .sourceAccurate)
        v.walk(node)
        return v.found
    }

    override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind { found = true; return .skipChildren }
    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind { found = true; return .skipChildren }
}
