import SwiftSyntax

// MARK: - Assignable expressions

extension Lowerer {
    /// Lowers an expression that names storage, or returns nil.
    func lowerLValue(_ e: ExprSyntax) -> LValue? {
        if let d = e.as(DeclReferenceExprSyntax.self) {
            let name = d.baseName.text
            guard let r = resolve(name) else { _ = unknownName(name, at: d); return LValue(get: { _ in .void }, modify: { _, _ in }) }
            switch r {
            case .local(let depth, let l):
                let i = l.slot
                let reason = l.isLet && name != "self" ? "'\(name)' is a 'let' constant" : (l.isLet ? "'self' is immutable; mark the method 'mutating'" : nil)
                if depth == 0 {
                    return LValue(get: { f in f.slots[i] }, modify: { f, body in try body(&f.slots[i]) },
                                  immutableReason: reason, directSlot: i, typeName: l.typeName)
                }
                return LValue(get: { f in f.up(depth).slots[i] }, modify: { f, body in try body(&f.up(depth).slots[i]) },
                              immutableReason: reason, typeName: l.typeName)
            case .global(let box):
                let facts = pendingGlobalFacts[name]
                let isLet = facts?.isLet ?? box.isLet
                return LValue(get: { _ in box.value }, modify: { _, body in try body(&box.value) },
                              immutableReason: isLet ? "'\(name)' is a 'let' constant" : nil,
                              directBox: box, typeName: facts?.typeName ?? box.annotation)
            case .selfMember(let depth, let t, let isStatic):
                if isStatic {
                    guard let box = t.staticValues[name] else { return nil }
                    return LValue(get: { _ in box.value }, modify: { _, body in try body(&box.value) })
                }
                let slot = selfLocal(depth)
                let selfLV = LValue(get: { f in f.up(depth).slots[slot] }, modify: { f, body in try body(&f.up(depth).slots[slot]) })
                return memberLValue(selfLV, name: name, at: d, ofSelf: true)
            default:
                return nil
            }
        }
        if let m = e.as(MemberAccessExprSyntax.self), let base = m.base {
            let name = m.declName.baseName.text
            if let typeName = staticTypeReference(base), case .user(let t) = typeName {
                guard let box = t.staticValues[name] else { return nil }
                return LValue(get: { _ in box.value }, modify: { _, body in try body(&box.value) })
            }
            if let baseLV = lowerLValue(base) {
                let ofSelf = base.as(DeclReferenceExprSyntax.self)?.baseName.tokenKind == .keyword(.self)
                return memberLValue(baseLV, name: name, at: m.declName, ofSelf: ofSelf)
            }
            // A class instance returned by an expression: its fields are still assignable.
            let get = lowerExpr(base)
            let baseLV = LValue(get: get, modify: { f, body in var v = try get(f); try body(&v) })
            return memberLValue(baseLV, name: name, at: m.declName)
        }
        if let s = e.as(SubscriptCallExprSyntax.self), let baseLV = lowerLValue(s.calledExpression) {
            let args = s.arguments.map { lowerExpr($0.expression) }
            let labels = s.arguments.map { $0.label?.text }
            let l = loc(s)
            let b = bindings
            var lv = LValue(get: { f in try subscriptGet(try baseLV.get(f), try args.map { try $0(f) }, labels: labels, bindings: b, at: l) },
                            modify: { f, body in
                                let keys = try args.map { try $0(f) }
                                try baseLV.modify(f) { v in try subscriptModify(&v, keys, labels: labels, at: l, body) }
                            })
            lv.immutableReason = baseLV.immutableReason
            return lv
        }
        if let fu = e.as(ForceUnwrapExprSyntax.self), let inner = lowerLValue(fu.expression) {
            let l = loc(fu.exclamationMark)
            return LValue(get: { f in
                let v = try inner.get(f)
                if case .none = v { throw RuntimeError.nilUnwrap().located(l) }
                return unwrapOptional(v)
            }, modify: { f, body in
                try inner.modify(f) { v in
                    switch v {
                    case .none: throw RuntimeError.nilUnwrap().located(l)
                    case .some(var x): v = .void; defer { v = .some(x) }; try body(&x)
                    default: try body(&v)
                    }
                }
            }, immutableReason: inner.immutableReason)
        }
        if let o = e.as(OptionalChainingExprSyntax.self), let inner = lowerLValue(o.expression) {
            return LValue(get: { f in
                let v = try inner.get(f)
                if case .none = v { throw OptionalChainNil() }
                return unwrapOptional(v)
            }, modify: { f, body in
                try inner.modify(f) { v in
                    switch v {
                    case .none: break
                    case .some(var x): v = .void; defer { v = .some(x) }; try body(&x)
                    default: try body(&v)
                    }
                }
            }, immutableReason: inner.immutableReason)
        }
        if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, let only = t.elements.first {
            return lowerLValue(only.expression)
        }
        return nil
    }

    /// A member of an lvalue (`base.name`).
    func memberLValue(_ base: LValue, name: String, at node: some SyntaxProtocol, ofSelf: Bool = false) -> LValue {
        let site = MemberSite()
        if ofSelf, initializingType != nil, scope.selfType === initializingType { site.runsObservers = false }
        let l = loc(node)
        let b = bindings
        // Fields of class instances stay assignable through a `let` reference, so the
        // check happens when the value's kind is known.
        let reason = base.immutableReason
        return LValue(get: { f in try getMember(try base.get(f), name, site: site, bindings: b, at: l) },
                      modify: { f, body in
                          try base.modify(f) { v in
                              if let reason {
                                  switch v {
                                  case .object: break
                                  default: throw RuntimeError("ImmutableValue", "cannot assign to property '\(name)': \(reason)").located(l)
                                  }
                              }
                              try modifyMember(&v, name, site: site, at: l, body)
                          }
                      })
    }

    /// If `e` names a type (`Point`, `Int`, `Double`), that type.
    func staticTypeReference(_ e: ExprSyntax) -> TypeRef? {
        if let d = e.as(DeclReferenceExprSyntax.self) {
            let name = d.baseName.text
            if scope.local(name) != nil { return nil }
            switch resolve(name) {
            case .userType(let t)?: return .user(t)
            case .builtinType(let n)?: return bindings.nativeTypes[n].map { .native($0) } ?? .builtin(n)
            case .selfMember?, .local?, .global?, .builtinFunction?, nil: return nil
            }
        }
        if let a = e.as(ArrayExprSyntax.self), a.elements.count == 1, let only = a.elements.first,
           staticTypeReference(only.expression) != nil { return .builtin("Array") }
        if let d = e.as(DictionaryExprSyntax.self), case .elements(let list) = d.content, list.count == 1,
           typeExpressionText(list.first!.key) != nil, typeExpressionText(list.first!.value) != nil { return .builtin("Dictionary") }
        if let g = e.as(GenericSpecializationExprSyntax.self) { return staticTypeReference(g.expression) }
        return nil
    }
}
