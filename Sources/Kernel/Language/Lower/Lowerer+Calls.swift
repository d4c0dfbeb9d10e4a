import SwiftSyntax

// MARK: - Calls, member access and subscripts

extension Lowerer {
    /// The arguments of a call: codes, labels, and where trailing closures start.
    struct CallArguments {
        var codes: [CodeRef]
        var labels: [String?]
        var trailingStart: Int
    }

    func lowerArguments(_ list: LabeledExprListSyntax, trailing: ClosureExprSyntax?,
                        additional: MultipleTrailingClosureElementListSyntax) -> CallArguments {
        var codes = list.map { CodeRef(run: lowerExpr($0.expression)) }
        var labels = list.map { $0.label?.text }
        let start = codes.count
        if let t = trailing { codes.append(CodeRef(run: lowerExpr(ExprSyntax(t)))); labels.append(nil) }
        for extra in additional { codes.append(CodeRef(run: lowerExpr(ExprSyntax(extra.closure)))); labels.append(extra.label.text) }
        return CallArguments(codes: codes, labels: labels, trailingStart: start)
    }

    func lowerCall(_ node: FunctionCallExprSyntax) -> Code {
        if node.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text == "swap", resolve("swap").map({ if case .builtinFunction = $0 { return true }; return false }) ?? true,
           node.arguments.count == 2, let x = node.arguments.first?.expression.as(InOutExprSyntax.self),
           let y = node.arguments.last?.expression.as(InOutExprSyntax.self) {
            return lowerSwap(x, y)
        }
        // Strides are arrays here; Swift prints a stride's type (`StrideTo<Int>`), not its elements.
        if let name = node.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text, ["print", "debugPrint", "String"].contains(name),
           let s = node.arguments.first(where: { $0.expression.as(FunctionCallExprSyntax.self)?.calledExpression.trimmedDescription == "stride" }) {
            return fail("Unsupported", "printing a stride sequence itself is not supported yet; print Array(stride(...)) for its elements", at: s)
        }
        let args = lowerArguments(node.arguments, trailing: node.trailingClosure, additional: node.additionalTrailingClosures)
        let l: CellLocation
        if let m = node.calledExpression.as(MemberAccessExprSyntax.self) { l = loc(m.declName) } else { l = loc(node.calledExpression) }
        let callee = node.calledExpression
        let codes = args.codes, labels = args.labels, ts = args.trailingStart
        let b = bindings
        let site = CallSite()

        @inline(__always) func evalArgs(_ f: Frame) throws -> [Value] {
            switch codes.count {
            case 0: return []
            case 1: return [try codes[0].run(f)]
            case 2: return [try codes[0].run(f), try codes[1].run(f)]
            default: return try codes.map { try $0.run(f) }
            }
        }

        // `[T]()`, `[String?]([nil, "s"])`, `[String: Int]()`: an array or dictionary type's
        // initialiser (a literal is never callable), the result converted to the element type.
        if let a = callee.as(ArrayExprSyntax.self), a.elements.count == 1 {
            let written = a.elements.first!.expression.trimmedDescription.replacingOccurrences(of: " ", with: "")
            let arrayType = Value.type(.builtin("Array"))
            return { f in
                let r = try callValue(arrayType, try evalArgs(f), labels: labels, trailingStart: ts, site: site, bindings: b, at: l)
                return coerce(r, to: "[" + written + "]")
            }
        }
        if let d = callee.as(DictionaryExprSyntax.self), case .elements(let list) = d.content, list.count == 1 {
            let dictionaryType = Value.type(.builtin("Dictionary"))
            return { f in try callValue(dictionaryType, try evalArgs(f), labels: labels, trailingStart: ts, site: site, bindings: b, at: l) }
        }
        // `Grid<Double>(rows: 2, columns: 2, initial: 0)`: arguments declared with a generic
        // parameter take the written type argument (the 0 is a Double).
        if let g = callee.as(GenericSpecializationExprSyntax.self), let base = g.expression.as(DeclReferenceExprSyntax.self),
           let t = lookupType(base.baseName.text), t.isGeneric {
            let written = g.genericArgumentClause.arguments.map { typeText($0.argument.as(TypeSyntax.self)) ?? $0.argument.trimmedDescription }
            let substitution = Dictionary(zip(t.genericParameters, written), uniquingKeysWith: { a, _ in a })
            let typeValue = Value.type(.user(t))
            return { f in
                var values = try evalArgs(f)
                let parameters: [String?]
                if let initFn = try pickInitializer(t, labels: labels, trailingStart: ts, at: l),
                   let sources = ArgumentMatcher.match(initFn.shapes, labels: labels, trailingStart: ts) {
                    var byArgument = [String?](repeating: nil, count: values.count)
                    for (k, s) in sources.enumerated() { if case .argument(let j) = s { byArgument[j] = initFn.parameters[k].typeName } }
                    parameters = byArgument
                } else {
                    parameters = labels.map { label in label.flatMap { t.fieldIndex[$0] }.flatMap { t.fieldTypes[$0] } }
                }
                for (j, declared) in parameters.enumerated() where j < values.count {
                    guard let d = declared else { continue }
                    values[j] = coerce(values[j], to: substituting(substitution, in: d))
                }
                return try callValue(typeValue, values, labels: labels, trailingStart: ts, site: site, bindings: b, at: l)
            }
        }

        // A plain name: library function, type, local or global function, or a method of self.
        if let d = callee.as(DeclReferenceExprSyntax.self), !d.baseName.text.hasPrefix("$") {
            let name = d.baseName.text
            guard let r = resolve(name) else { return unknownName(name, at: d) }
            switch r {
            case .builtinFunction(let n):
                let candidates = bindings.functions[n] ?? []
                if !candidates.contains(where: { ArgumentMatcher.match($0.shapes, labels: labels, trailingStart: ts) != nil }) {
                    let sigs = candidates.map { $0.signature }.joined(separator: " or ")
                    return fail("ArgumentError", "no '\(n)' accepts the arguments \(n)\(ArgumentMatcher.spell(labels)); expected \(sigs)", at: node)
                }
                return { f in
                    var dummy = Value.void
                    return try callBinding(candidates, receiver: &dummy, try evalArgs(f), labels: labels, trailingStart: ts,
                                           site: site, bindings: b, name: n, at: l)
                }
            case .builtinType(let n):
                let inits = bindings.members(of: n, named: "init")
                if !inits.contains(where: { ArgumentMatcher.match($0.shapes, labels: labels, trailingStart: ts) != nil }) {
                    let sigs = inits.map { $0.signature }.joined(separator: ", ")
                    return fail("ArgumentError", "no initialiser \(n)\(ArgumentMatcher.spell(labels)); available: \(sigs.isEmpty ? "none" : sigs)", at: node)
                }
                return { f in
                    var dummy = Value.void
                    return try callBinding(inits, receiver: &dummy, try evalArgs(f), labels: labels, trailingStart: ts,
                                           site: site, bindings: b, name: n, at: l)
                }
            case .userType(let t):
                return { f in try construct(t, try evalArgs(f), labels: labels, trailingStart: ts, site: site, at: l) }
            case .selfMember(let depth, let t, let isStatic):
                if isStatic {
                    let typeValue = Value.type(.user(t))
                    return { f in var tv = typeValue; return try callMethod(&tv, nil, name, try evalArgs(f), labels: labels, trailingStart: ts,
                                                 site: site, bindings: b, frame: f, at: l) }
                }
                let slot = selfLocal(depth)
                let selfLV = LValue(get: { f in f.up(depth).slots[slot] }, modify: { f, body in try body(&f.up(depth).slots[slot]) })
                return { f in
                    var recv = try selfLV.get(f)
                    return try callMethod(&recv, selfLV, name, try evalArgs(f), labels: labels, trailingStart: ts,
                                          site: site, bindings: b, frame: f, at: l)
                }
            case .global, .local:
                let inouts = node.arguments.enumerated().compactMap { j, a -> (Int, LValue)? in
                    guard let io = a.expression.as(InOutExprSyntax.self), let lv = lowerLValue(io.expression) else { return nil }
                    return (j, lv)
                }
                if !inouts.isEmpty, inouts.allSatisfy({ $0.1.immutableReason == nil }) {
                    let get = read(r, name: name, at: d)
                    return { f in
                        let callee = try get(f)
                        guard case .function(let fn) = callee, fn.native == nil else {
                            return try callValue(callee, try evalArgs(f), labels: labels, trailingStart: ts, site: site, bindings: b, at: l)
                        }
                        let a = try located(l) { try arrange(fn, try evalArgs(f), labels: labels, trailingStart: ts, site: site) }
                        let (result, finals): (Value, [Value])
                        do { (result, finals) = try fn.callReturningParameters(a) } catch var e as RuntimeError {
                            if e.location == nil { e.location = l } else { e.addFrame(fn.name, l) }
                            throw e
                        }
                        for (j, lv) in inouts {
                            for (i, s) in site.sources.enumerated() {
                                if case .argument(let k) = s, k == j, i < finals.count { try lv.set(f, finals[i]) }
                            }
                        }
                        return result
                    }
                } else if let bad = inouts.first(where: { $0.1.immutableReason != nil }) {
                    return fail("SyntaxError", "cannot pass immutable value as inout argument: \(bad.1.immutableReason!)", at: node)
                }
                // A global callee is read from its box inline (no closure call).
                let calleeBox: GlobalBox?
                let readCallee: Code
                if case .global(let box) = r { calleeBox = box; readCallee = { _ in box.value } } else { calleeBox = nil; readCallee = read(r, name: name, at: d) }
                // Unretained for the fast path (the closures below keep the box through `readCallee`).
                let calleeBoxRef = calleeBox.map { Unmanaged.passUnretained($0) }
                @inline(__always) func get(_ f: Frame) throws -> Value {
                    if let box = calleeBox { return box.value }
                    return try readCallee(f)
                }
                let n = codes.count
                if n == 1, let first = node.arguments.first?.expression {
                    let a0 = operand(first, code: codes[0].run)
                    let call = NamedCall(box: calleeBox, readCallee: readCallee, argument: a0, site: site, labels: labels,
                                         trailingStart: ts, bindings: b, location: l)
                    return { f in try call.run(f) }
                }
                @inline(__always) func enter(_ fn: Function, _ f: Frame) throws -> Value {
                    try fn.call(at: l) { frame in
                        for k in 0..<n { (frame.slots + k).initialize(to: fn.parameterCoercions[k].apply(try codes[k].run(f))) }
                    }
                }
                return { f in
                    if let box = calleeBoxRef, let u = site.fast, box._withUnsafeGuaranteedRef({ $0.holds(u) }) {
                        return try u._withUnsafeGuaranteedRef { fn in try fn.pinned { try enter(fn, f) } }
                    }
                    let callee = try get(f)
                    // Fast path: a user function seen here before, arguments in parameter order,
                    // evaluated straight into the callee's frame.
                    if case .function(let fn) = callee, fn === site.function, site.inOrder, !fn.hasSelf,
                       fn.parameters.count == n, fn.isUserFunction {
                        return try enter(fn, f)
                    }
                    return try callValue(callee, try evalArgs(f), labels: labels, trailingStart: ts, site: site, bindings: b, at: l)
                }
            }
        }

        if let m = callee.as(MemberAccessExprSyntax.self) {
            let name = m.declName.baseName.text
            // Implicit member: `.circle(radius: 2)`, `.init(...)`.
            guard let base = m.base else {
                guard let t = implicitMemberType(name) else {
                    return fail("NameError", "cannot infer the type of '.\(name)'; write the type name, e.g. Type.\(name)", at: m)
                }
                let typeValue = Value.type(t)
                return { f in var tv = typeValue; return try callMethod(&tv, nil, name, try evalArgs(f), labels: labels, trailingStart: ts,
                                             site: site, bindings: b, frame: f, at: l) }
            }
            // super.method(...) and super.init(...)
            if base.is(SuperExprSyntax.self) {
                guard let t = scope.selfType ?? enclosingSelfType(), let sup = t.superclass else {
                    return fail("SyntaxError", "'super' is only available in a subclass", at: base)
                }
                let slot = scope.local("self")?.slot ?? 0
                if name == "init" {
                    return { f in
                        guard let initFn = try pickInitializer(sup, labels: labels, trailingStart: ts, at: l) else { return .void }
                        let a = try located(l) { try arrange(initFn, try evalArgs(f), labels: labels, trailingStart: ts, site: site) }
                        return try invoke(initFn, a, selfValue: &f.slots[slot], at: l)
                    }
                }
                return { f in
                    guard let set = sup.method(name) else { throw RuntimeError.member("superclass '\(sup.name)' has no method '\(name)'").located(l) }
                    let args = try evalArgs(f)
                    let fn = try set.resolveOverload(args, labels: labels, trailingStart: ts)
                    let a = try located(l) { try arrange(fn, args, labels: labels, trailingStart: ts, site: site) }
                    return try invoke(fn, a, selfValue: &f.slots[slot], at: l)
                }
            }
            // self.init(...): delegate to another initialiser of the same type.
            if name == "init", let d = base.as(DeclReferenceExprSyntax.self), d.baseName.text == "self",
               let t = scope.selfType, let slot = scope.local("self")?.slot {
                return { f in
                    var dynamicType = t
                    if case .object(let i) = f.slots[slot], i.type.isSubtype(of: t) { dynamicType = i.type }
                    guard let initFn = try pickInitializer(dynamicType, labels: labels, trailingStart: ts, at: l) else {
                        throw RuntimeError.argument("'\(t.name)' has no initialiser \(ArgumentMatcher.spell(labels))").located(l)
                    }
                    let a = try located(l) { try arrange(initFn, try evalArgs(f), labels: labels, trailingStart: ts, site: site) }
                    return try invoke(initFn, a, selfValue: &f.slots[slot], at: l)
                }
            }
            // Type.member(...)
            if let t = staticTypeReference(base) {
                if case .builtin(let n) = t, name != "init" {
                    let ms = bindings.members(of: n, named: name).filter { $0.kind == .staticMethod }
                    if ms.isEmpty, bindings.cellExtensions.holders[n]?.declaredStaticNames.contains(name) != true {
                        return fail("UnknownMember", "type '\(n)' has no member '\(name)'" + didYouMean(name, among: bindings.memberNames(of: n)), at: m.declName)
                    }
                }
                let typeValue = Value.type(t)
                return { f in var tv = typeValue; return try callMethod(&tv, nil, name, try evalArgs(f), labels: labels, trailingStart: ts,
                                             site: site, bindings: b, frame: f, at: l) }
            }
            // receiver.method(...)
            let recvLV = lowerLValue(base)
            let recvGet = recvLV?.get ?? lowerExpr(base)
            return { f in
                var recv = try recvGet(f)
                return try callMethod(&recv, recvLV, name, try evalArgs(f), labels: labels, trailingStart: ts,
                                      site: site, bindings: b, frame: f, at: l)
            }
        }

        // `[Int]()`, `[String: Int]()`: a type written as a literal.
        if let t = staticTypeReference(callee) {
            let typeValue = Value.type(t)
            return { f in try callValue(typeValue, try evalArgs(f), labels: labels, trailingStart: ts, site: site, bindings: b, at: l) }
        }
        // Anything else evaluates to a callable value.
        let get = lowerExpr(callee)
        return { f in try callValue(try get(f), try evalArgs(f), labels: labels, trailingStart: ts, site: site, bindings: b, at: l) }
    }

    /// The type of the method being lowered, looking through closures.
    func enclosingSelfType() -> UserType? {
        var s: Scope? = scope
        while let c = s { if let t = c.selfType { return t }; s = c.parent }
        return nil
    }

    /// The type an implicit member expression (`.red`, `.circle(...)`) refers to.
    func implicitMemberType(_ name: String) -> TypeRef? {
        let userTypes = Array(pendingTypes.values) + Array(session.types.values).filter { pendingTypes[$0.name] == nil }
        if let t = userTypes.sorted(by: { $0.name < $1.name }).first(where: { $0.caseIndex[name] != nil || $0.staticValues[name] != nil || $0.staticMethods[name] != nil }) {
            return .user(t)
        }
        for owner in bindings.members.keys.sorted() {
            if bindings.members(of: owner, named: name).contains(where: { $0.kind == .staticMethod || $0.kind == .staticProperty }) {
                return bindings.nativeTypes[owner].map { .native($0) } ?? .builtin(owner)
            }
        }
        return nil
    }

    // MARK: - Member access

    /// The type an expression written before `.self` names, as Swift writes it, or nil when it is a value.
    func typeExpressionText(_ e: ExprSyntax) -> String? {
        if let d = e.as(DeclReferenceExprSyntax.self) {
            let n = d.baseName.text
            if scope.local(n) != nil { return nil }
            switch resolve(n) {
            case .userType?, .builtinType?: return n
            default: return Lowerer.builtinTypeNames.contains(n) ? n : nil
            }
        }
        if let g = e.as(GenericSpecializationExprSyntax.self), typeExpressionText(g.expression) != nil {
            return g.trimmedDescription.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ",", with: ", ")
        }
        if let a = e.as(ArrayExprSyntax.self), a.elements.count == 1, let t = typeExpressionText(a.elements.first!.expression) { return "[\(t)]" }
        if let d = e.as(DictionaryExprSyntax.self), case .elements(let list) = d.content, list.count == 1,
           let k = typeExpressionText(list.first!.key), let v = typeExpressionText(list.first!.value) { return "[\(k): \(v)]" }
        if let t = e.as(TupleExprSyntax.self), t.elements.count > 1 {
            let parts = t.elements.map { typeExpressionText($0.expression) }
            if parts.allSatisfy({ $0 != nil }) { return "(" + parts.map { $0! }.joined(separator: ", ") + ")" }
        }
        if let m = e.as(MemberAccessExprSyntax.self), let b = m.base, let outer = typeExpressionText(b), lookupType(outer)?.nestedTypes[m.declName.baseName.text] != nil {
            return outer + "." + m.declName.baseName.text
        }
        return nil
    }

    /// Built-in type names usable before `.self`.
    static let builtinTypeNames: Set<String> = ["Int", "Double", "Float", "Bool", "String", "Character", "Int8", "Int16", "Int32", "Int64",
                                                "UInt", "UInt8", "UInt16", "UInt32", "UInt64", "Any", "Void"]

    func lowerMemberGet(_ m: MemberAccessExprSyntax) -> Code {
        let name = m.declName.baseName.text
        let l = loc(m.declName)
        let b = bindings
        if name == "self", let base = m.base {
            // `Int.self`, `[String].self`, `Wrapper<Double>.self`: the type as a value; `x.self` is x.
            if let text = typeExpressionText(base) {
                if let t = lookupType(text) { let v = Value.type(.user(t)); return { _ in v } }
                let v = Value.type(.builtin(canonicalTypeName(text))); return { _ in v }
            }
            return lowerExpr(base)
        }
        if let base = m.base, base.is(SuperExprSyntax.self) {
            // `super.description`: the superclass's computed property or method, on `self`.
            guard let t = scope.selfType ?? enclosingSelfType(), let sup = t.superclass else {
                return fail("SyntaxError", "'super' is only available in a subclass", at: base)
            }
            let selfCode = lowerExpr(ExprSyntax(DeclReferenceExprSyntax(baseName: .keyword(.self))))
            return { f in
                var s = try selfCode(f)
                if let c = sup.computedProperty(name) { return try located(l) { try c.get.call([], selfValue: &s) } }
                if let fn = sup.method(name) { return .function(fn.bound(to: s)) }
                return try getMember(s, name, site: MemberSite(), bindings: b, at: l)
            }
        }
        guard let base = m.base else {
            guard let t = implicitMemberType(name) else {
                return fail("NameError", "cannot infer the type of '.\(name)'; write the type name, e.g. Type.\(name)", at: m)
            }
            return { _ in try staticMember(t, name, bindings: b, at: l) }
        }
        if let t = staticTypeReference(base) {
            return staticMemberGet(t, name: name, at: m.declName)
        }
        let get = lowerExpr(base)
        let site = MemberSite()
        return { f in try getMember(try get(f), name, site: site, bindings: b, at: l) }
    }

    func staticMemberGet(_ t: TypeRef, name: String, at node: some SyntaxProtocol) -> Code {
        let l = loc(node)
        let b = bindings
        if case .builtin(let n) = t, bindings.members(of: n, named: name).isEmpty,
           bindings.cellExtensions.holders[n]?.declaredStaticNames.contains(name) != true {
            return fail("UnknownMember", "type '\(n)' has no member '\(name)'" + didYouMean(name, among: bindings.memberNames(of: n)), at: node)
        }
        return { _ in try staticMember(t, name, bindings: b, at: l) }
    }

    // MARK: - Subscripts

    func lowerSubscriptGet(_ s: SubscriptCallExprSyntax) -> Code {
        let base = lowerExpr(s.calledExpression)
        let args = s.arguments.map { lowerExpr($0.expression) }
        let labels = s.arguments.map { $0.label?.text }
        let l = loc(s.leftSquare)
        let b = bindings
        if args.count == 1, labels == [nil] {
            let k = args[0]
            return { f in
                let v = try base(f), key = try k(f)
                if case .array(let a) = v, case .int(let i) = key, i >= 0, i < a.count { return a[i] }
                return try subscriptGet(v, [key], labels: labels, bindings: b, at: l)
            }
        }
        return { f in try subscriptGet(try base(f), try args.map { try $0(f) }, labels: labels, bindings: b, at: l) }
    }
}

/// `type` with the names in `substitution` replaced (`[T]` with T = Double is `[Double]`); a
/// name after `.` (a member type, `Outer.T`) is kept.
func substituting(_ substitution: [String: String], in type: String) -> String {
    var out = "", word = ""
    func flush() { out += (out.hasSuffix(".") ? nil : substitution[word]) ?? word; word = "" }
    for c in type {
        if c.isLetter || c.isNumber || c == "_" { word.append(c) } else { flush(); out.append(c) }
    }
    flush()
    return out
}

extension Lowerer {
    /// `swap(&a, &b)`: exchanges two storage locations. Two parts of one variable
    /// (`swap(&p.x, &p.y)`) overlap: Swift's exclusivity check traps there, so that is refused.
    func lowerSwap(_ x: InOutExprSyntax, _ y: InOutExprSyntax) -> Code {
        func root(_ e: ExprSyntax) -> String {
            var cur = e
            while true {
                if let m = cur.as(MemberAccessExprSyntax.self), let b = m.base { cur = b; continue }
                if let s = cur.as(SubscriptCallExprSyntax.self) { cur = s.calledExpression; continue }
                return cur.trimmedDescription
            }
        }
        if x.expression.trimmedDescription != root(x.expression) || y.expression.trimmedDescription != root(y.expression),
           root(x.expression) == root(y.expression) {
            return fail("Unsupported", "swap of two parts of '\(root(x.expression))' (overlapping accesses, which Swift traps at run time) is not supported yet", at: y)
        }
        guard let a = lowerLValue(x.expression), let b = lowerLValue(y.expression) else {
            return fail("SyntaxError", "swap needs two variables or properties, as in swap(&a, &b)", at: x)
        }
        for lv in [a, b] { if let reason = lv.immutableReason { return fail("SyntaxError", "cannot pass immutable value as inout argument: \(reason)", at: x) } }
        return { f in
            let va = try a.get(f), vb = try b.get(f)
            try a.set(f, vb)
            try b.set(f, va)
            return .void
        }
    }
}

/// Calls `name` on a receiver: user methods (mutating ones through `lvalue`), static
/// methods and case constructors on types, registered methods of built-in values.
func callMethod(_ receiver: inout Value, _ lvalue: LValue?, _ name: String, _ args: [Value], labels: [String?], trailingStart ts: Int,
                site: CallSite, bindings: Bindings, frame f: Frame, at l: CellLocation) throws -> Value {
    switch receiver {
    case .structValue(let inst), .object(let inst):
        if let m = inst.type.method(name) {
            if let p = inst.type.extensions?.shadowingProtocol(of: inst.type, for: name) {
                throw RuntimeError.unsupported("calling '\(name)', declared both by '\(inst.type.name)' and by an extension of '\(p)' that '\(p)' does not require (Swift picks one by the receiver's static type)").located(l)
            }
            return try callUserMethod(m, &receiver, lvalue, args, labels: labels, trailingStart: ts, site: site, frame: f, at: l)
        }
        if inst.type.fieldIndex[name] != nil || inst.type.computedProperty(name) != nil {
            let v = try getMember(receiver, name, site: MemberSite(), bindings: bindings, at: l)
            return try callValue(v, args, labels: labels, trailingStart: ts, site: site, bindings: bindings, at: l)
        }
        // A Sequence declared in a cell gets the sequence methods (map, filter, reduce, contains…).
        if inst.type.method("makeIterator") != nil || inst.type.method("next") != nil,
           !bindings.members(of: "Array", named: name).filter({ $0.kind == .method && !$0.isMutating }).isEmpty {
            var elements = Value.array(try located(l) { try iterationElements(receiver) })
            return try callMethod(&elements, nil, name, args, labels: labels, trailingStart: ts, site: site, bindings: bindings, frame: f, at: l)
        }
        throw unknownMember(name, of: receiver, candidates: inst.type.memberNames, at: l)
    case .enumValue(let e):
        if let m = e.type.method(name) {
            return try callUserMethod(m, &receiver, lvalue, args, labels: labels, trailingStart: ts, site: site, frame: f, at: l)
        }
        throw unknownMember(name, of: receiver, candidates: e.type.memberNames, at: l)
    case .type(.user(let t)):
        if name == "init" { return try construct(t, args, labels: labels, trailingStart: ts, site: site, at: l) }
        if let set = t.staticMethods[name] {
            let m = try set.resolveOverload(args, labels: labels, trailingStart: ts)
            let a = try located(l) { try arrange(m, args, labels: labels, trailingStart: ts, site: site) }
            return try invoke(m, a, selfValue: &receiver, at: l)
        }
        let v = try staticMember(.user(t), name, bindings: bindings, at: l)
        return try callValue(v, args, labels: labels, trailingStart: ts, site: site, bindings: bindings, at: l)
    case .type(let t):
        let candidates = bindings.members(of: t.name, named: name).filter { name == "init" ? $0.kind == .initializer : $0.kind == .staticMethod }
        if candidates.isEmpty, let h = bindings.cellExtensions.staticHolder(name, forBuiltin: t.name) {
            let v = try staticMember(.user(h), name, bindings: bindings, at: l)
            return try callValue(v, args, labels: labels, trailingStart: ts, site: site, bindings: bindings, at: l)
        }
        if candidates.isEmpty { throw unknownMember(name, of: receiver, candidates: bindings.memberNames(of: t.name), at: l) }
        return try callBinding(candidates, receiver: &receiver, args, labels: labels, trailingStart: ts, site: site,
                               bindings: bindings, name: "\(t.name).\(name)", at: l)
    case .tuple(let t) where t.labels.contains(name) || Int(name) != nil:
        // A tuple element holding a function: `counter.increment()`.
        let element = try getMember(receiver, name, site: MemberSite(), bindings: bindings, at: l)
        return try callValue(element, args, labels: labels, trailingStart: ts, site: site, bindings: bindings, at: l)
    case .none, .some:
        // Optional's own methods (`map`, `flatMap`) before the advice to unwrap.
        let optionalMethods = bindings.members(of: "Optional", named: name).filter { $0.kind == .method }
        if !optionalMethods.isEmpty {
            return try callBinding(optionalMethods, receiver: &receiver, args, labels: labels, trailingStart: ts, site: site,
                                   bindings: bindings, name: name, at: l)
        }
        if case .some(let inner) = receiver {
            throw RuntimeError.member("value of optional type '\(typeName(inner))?' must be unwrapped to call '\(name)'; use '?.' or '!'").located(l)
        }
        throw RuntimeError.member("value of optional type must be unwrapped to call '\(name)' (the value is nil); use '?.' or '!'").located(l)
    default:
        let key = typeKey(receiver)
        let candidates: [Binding]
        if site.key == key, let cached = site.binding, cached.name == name {
            candidates = [cached]
        } else {
            candidates = bindings.members(of: key, named: name).filter { $0.kind == .method }
        }
        if candidates.isEmpty, let m = bindings.cellExtensions.method(name, forBuiltin: extensionKey(receiver)) {
            return try callUserMethod(m, &receiver, lvalue, args, labels: labels, trailingStart: ts, site: site, frame: f, at: l)
        }
        if candidates.isEmpty {
            if !bindings.members(of: key, named: name).isEmpty {
                let v = try getMember(receiver, name, site: MemberSite(), bindings: bindings, at: l)
                return try callValue(v, args, labels: labels, trailingStart: ts, site: site, bindings: bindings, at: l)
            }
            throw unknownMember(name, of: receiver, candidates: bindings.memberNames(of: key), at: l)
        }
        let mutating = candidates.contains { $0.isMutating }
        if mutating {
            guard let lv = lvalue else {
                throw RuntimeError.member("cannot use mutating member '\(name)' on an immutable value").located(l)
            }
            if let reason = lv.immutableReason {
                throw RuntimeError.member("cannot use mutating member '\(name)': \(reason)").located(l)
            }
            receiver = .void  // drop our reference so the stored buffer stays unique
            var result = Value.void
            try lv.modify(f) { v in
                result = try callBinding(candidates, receiver: &v, args, labels: labels, trailingStart: ts, site: site,
                                         bindings: bindings, name: name, at: l)
            }
            return result
        }
        return try callBinding(candidates, receiver: &receiver, args, labels: labels, trailingStart: ts, site: site,
                               bindings: bindings, name: name, at: l)
    }
}

/// Calls a user method; a mutating one writes the new `self` back through the receiver's lvalue.
func callUserMethod(_ m: Function, _ receiver: inout Value, _ lvalue: LValue?, _ args: [Value], labels: [String?],
                    trailingStart ts: Int, site: CallSite, frame f: Frame, at l: CellLocation) throws -> Value {
    let m = try m.resolveOverload(args, labels: labels, trailingStart: ts)
    let a = try located(l) { try arrange(m, args, labels: labels, trailingStart: ts, site: site) }
    if m.isMutating, case .structValue = receiver {
        guard let lv = lvalue else { throw RuntimeError.member("cannot use mutating member '\(m.name)' on an immutable value").located(l) }
        if let reason = lv.immutableReason { throw RuntimeError.member("cannot use mutating member '\(m.name)': \(reason)").located(l) }
        receiver = .void
        var result = Value.void
        try lv.modify(f) { v in result = try invoke(m, a, selfValue: &v, at: l) }
        return result
    }
    if m.isMutating, let lv = lvalue, !{ if case .object = receiver { return true }; return false }() {
        // Enum cases and built-in values (a `mutating func` from `extension Int`) are values too.
        if let reason = lv.immutableReason { throw RuntimeError.member("cannot use mutating member '\(m.name)': \(reason)").located(l) }
        receiver = .void
        var result = Value.void
        try lv.modify(f) { v in result = try invoke(m, a, selfValue: &v, at: l) }
        return result
    }
    return try invoke(m, a, selfValue: &receiver, at: l)
}
