import Foundation
import SwiftSyntax
@_spi(Compiler) import SwiftParser

// MARK: - User-defined structs, classes and enums

extension Lowerer {
    /// Records a type's shape: supertypes, enum cases, stored properties and member names.
    func declareTypeShape(_ d: DeclSyntax, _ t: UserType) {
        let inherited: [String] = (d.as(StructDeclSyntax.self)?.inheritanceClause ?? d.as(ClassDeclSyntax.self)?.inheritanceClause
            ?? d.as(EnumDeclSyntax.self)?.inheritanceClause)?.inheritedTypes.map { $0.type.trimmedDescription } ?? []
        t.doc = docComment(d)
        for (i, written) in inherited.enumerated() {
            // `class Box<T>: Base<T>`: the superclass is Base.
            let name = written.firstIndex(of: "<").map { String(written[..<$0]) } ?? written
            if i == 0, t.kind == .classType, let s = lookupType(name), s.kind == .classType {
                t.superclass = s
                t.fieldNames = s.fieldNames; t.fieldDefaults = s.fieldDefaults; t.fieldIsLet = s.fieldIsLet; t.fieldTypes = s.fieldTypes
                t.referenceFields = s.referenceFields
                for (k, n) in s.fieldNames.enumerated() { t.fieldIndex[n] = k }
            } else if i == 0, t.kind == .enumType, ["Int", "String", "Double", "Character"].contains(name) {
                t.rawType = name
            } else {
                t.conformances.insert(name)
            }
        }
        guard let block = d.as(StructDeclSyntax.self)?.memberBlock ?? d.as(ClassDeclSyntax.self)?.memberBlock
                ?? d.as(EnumDeclSyntax.self)?.memberBlock else { return }
        declareMembersShape(block, t)
    }

    /// Registers stored properties, cases and member names of a member block.
    func declareMembersShape(_ block: MemberBlockSyntax, _ t: UserType) {
        var nextRaw = 0
        for m in block.members {
            let d = m.decl
            let isStatic = d.asProtocol(WithModifiersSyntax.self)?.modifiers.contains {
                $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class)
            } ?? false
            if let v = d.as(VariableDeclSyntax.self) {
                let ownership = v.modifiers.first { $0.name.tokenKind == .keyword(.weak) || $0.name.tokenKind == .keyword(.unowned) }

                for b in v.bindings {
                    guard let name = b.pattern.as(IdentifierPatternSyntax.self)?.identifier.text else { continue }
                    if isStatic {
                        t.declaredStaticNames.insert(name)
                        if !isComputed(b), t.staticValues[name] == nil { t.staticValues[name] = GlobalBox(.void) }
                        continue
                    }
                    t.declaredNames.insert(name)
                    if isComputed(b) || t.fieldIndex[name] != nil { continue }
                    t.fieldIndex[name] = t.fieldNames.count
                    t.fieldNames.append(name)
                    t.fieldDefaults.append(nil)
                    t.fieldIsLet.append(v.bindingSpecifier.tokenKind == .keyword(.let))
                    t.fieldTypes.append(typeText(b.typeAnnotation?.type) ?? literalType(b.initializer?.value))
                    if let o = ownership { t.referenceFields[t.fieldNames.count - 1] = o.name.tokenKind == .keyword(.weak) }
                }
            } else if let f = d.as(FunctionDeclSyntax.self) {
                if isStatic { t.declaredStaticNames.insert(f.name.text) } else { t.declaredNames.insert(f.name.text) }
            } else if let c = d.as(EnumCaseDeclSyntax.self) {
                for e in c.elements {
                    let labels: [String?] = e.parameterClause?.parameters.map { $0.firstName?.text } ?? []
                    var raw: Value?
                    if let r = e.rawValue?.value {
                        if let i = r.as(IntegerLiteralExprSyntax.self), let n = Int(i.literal.text.replacingOccurrences(of: "_", with: "")) {
                            raw = .int(n); nextRaw = n &+ 1
                        } else if let s = r.as(StringLiteralExprSyntax.self) {
                            var text = ""
                            for case .stringSegment(let seg) in s.segments {
                                seg.appendUnescapedLiteralValue(stringLiteralKind: s.stringLiteralKind ?? .singleLine,
                                                                delimiterLength: s.delimiterLength, to: &text)
                            }
                            raw = t.rawType == "Character" && text.count == 1 ? .character(text.first!) : .string(text)
                        } else if let fl = r.as(FloatLiteralExprSyntax.self), let x = Double(fl.literal.text) {
                            raw = .double(x)
                        }
                    } else if t.rawType == "Int" {
                        raw = .int(nextRaw); nextRaw = nextRaw &+ 1
                    } else if t.rawType == "String" {
                        raw = .string(e.name.text)
                    }
                    t.caseIndex[e.name.text] = t.cases.count
                    let types: [String?] = e.parameterClause?.parameters.map { typeText($0.type) } ?? []
                    t.cases.append(UserType.Case(name: e.name.text, labels: labels, rawValue: raw, types: types))
                    t.declaredStaticNames.insert(e.name.text)
                }
            }
        }
    }

    func isComputed(_ b: PatternBindingSyntax) -> Bool {
        guard let acc = b.accessorBlock else { return false }
        switch acc.accessors {
        case .getter: return true
        case .accessors(let list):
            return list.contains { $0.accessorSpecifier.tokenKind == .keyword(.get) || $0.accessorSpecifier.tokenKind == .keyword(.set) }
        }
    }

    /// Lowers the members of a type declaration.
    func lowerTypeMembers(_ d: DeclSyntax, _ t: UserType) {
        guard let block = d.as(StructDeclSyntax.self)?.memberBlock ?? d.as(ClassDeclSyntax.self)?.memberBlock
                ?? d.as(EnumDeclSyntax.self)?.memberBlock else { return }
        lowerMembers(block, t)
    }

    /// Lowers methods, initialisers, computed properties, property defaults and statics.
    func lowerMembers(_ block: MemberBlockSyntax, _ t: UserType) {
        loweringTypes.append(t)
        defer { loweringTypes.removeLast() }
        var statics: [StmtRef] = []
        for m in block.members {
            let d = m.decl
            let isStatic = d.asProtocol(WithModifiersSyntax.self)?.modifiers.contains {
                $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class)
            } ?? false
            switch d.as(DeclSyntaxEnum.self) {
            case .variableDecl(let v):
                for b in v.bindings {
                    guard let name = b.pattern.as(IdentifierPatternSyntax.self)?.identifier.text else {
                        _ = fail("Unsupported", "properties must be declared one name at a time", at: b)
                        continue
                    }
                    let tn = typeText(b.typeAnnotation?.type)
                    if isStatic, isComputed(b) {
                        lowerStaticComputed(b, name: name, t)
                        continue
                    }
                    if isStatic {
                        let box = t.staticValues[name] ?? GlobalBox(.void)
                        t.staticValues[name] = box
                        if let initial = b.initializer {
                            // Evaluated in a frame of its own, with `self` (the type) in slot 0.
                            let s = Scope(parent: nil, selfType: t, isStatic: true)
                            let (code, size) = withScope(s) { () -> Code in
                                _ = s.declare("self", isLet: true)
                                return lowerExpr(initial.value, as: tn)
                            }
                            let typeValue = Value.type(.user(t))
                            statics.append(StmtRef { _ in
                                let frame = Frame.make(size: size, parent: nil)
                                frame.slots[0] = typeValue
                                box.value = coerce(try code(frame), to: tn)
                                return .normal
                            })
                        }
                        continue
                    }
                    if isComputed(b) {
                        lowerComputed(b, name: name, t)
                    } else if v.modifiers.contains(where: { $0.name.tokenKind == .keyword(.lazy) }), let initial = b.initializer, let i = t.fieldIndex[name] {
                        // `lazy var x = …`: computed with `self` on first read, then stored.
                        let s = Scope(parent: nil, selfType: t)
                        let (code, size) = withScope(s) { () -> Code in
                            _ = s.declare("self", isLet: true)
                            return lowerExpr(initial.value, as: tn)
                        }
                        t.lazyFields[i] = Function(name: name, parameters: [], frameSize: size, body: code, parent: nil, hasSelf: true,
                                                   resultType: tn, location: loc(b), runtime: runtime)
                    } else if let initial = b.initializer, let i = t.fieldIndex[name] {
                        t.fieldDefaults[i] = standalone { lowerExpr(initial.value, as: tn) }
                    } else if let i = t.fieldIndex[name], tn?.hasSuffix("?") == true, v.bindingSpecifier.tokenKind == .keyword(.var) {
                        // Only a `var` of optional type starts as nil; a `let` must be initialised.
                        t.fieldDefaults[i] = { _ in .none }
                    }
                    if !isComputed(b), let i = t.fieldIndex[name] { lowerObservers(b, field: i, t) }
                }
            case .functionDecl(let fd):
                let fn = lowerFunction(fd, selfType: t, isStatic: isStatic)(nil)
                let n = fd.name.text
                if isStatic {
                    t.staticMethods[n] = Function.declaring(fn, over: t.staticMethods[n].map { .function($0) } ?? .void)
                } else {
                    t.methods[n] = Function.declaring(fn, over: t.methods[n].map { .function($0) } ?? .void)
                }
            case .initializerDecl(let i):
                t.initializers.append(lowerInitializer(i, t))
                if !loweringExtension { t.ownInitializerCount += 1 }
            case .subscriptDecl(let sd):
                if isStatic { _ = fail("Unsupported", "static subscripts are not supported yet", at: sd.subscriptKeyword); break }
                lowerSubscript(sd, t)
            case .enumCaseDecl:
                break
            case .structDecl, .classDecl, .enumDecl:
                // Lowered with the cell's types (see predeclare); its statics start with the outer type's.
                let nestedName = d.as(StructDeclSyntax.self)?.name.text ?? d.as(ClassDeclSyntax.self)?.name.text ?? d.as(EnumDeclSyntax.self)?.name.text
                if let n = nestedName, let inner = t.nestedTypes[n] {
                    statics.append(StmtRef { f in _ = try inner.staticInit?(f); return .normal })
                }
            case .deinitializerDecl(let di):
                guard t.kind == .classType, let body = di.body else {
                    _ = fail("SyntaxError", "deinit is only allowed in a class", at: di.deinitKeyword)
                    break
                }
                let s = Scope(parent: nil, selfType: t)
                let (code, size) = withScope(s) { () -> Code in
                    _ = s.declare("self", isLet: true)
                    return lowerBody(body.statements)
                }
                t.deinitializer = Function(name: "deinit", parameters: [], frameSize: size, body: code, parent: nil, hasSelf: true,
                                           location: loc(di.deinitKeyword), runtime: runtime)
                session.hasDeinit = true
            default:
                _ = fail("Unsupported", "this member is not supported by the cell language", at: d)
            }
        }
        if !statics.isEmpty {
            let all = sequence(statics)
            let before = t.staticInit
            t.staticInit = { f in _ = try before?(f); return try all(f) }
        }
    }

    func lowerComputed(_ b: PatternBindingSyntax, name: String, _ t: UserType) {
        guard let acc = b.accessorBlock else { return }
        let propertyType = typeText(b.typeAnnotation?.type)
        let rt = runtime
        let l = loc(b)
        func method(_ items: CodeBlockItemListSyntax, mutating: Bool, newValue: String?) -> Function {
            let s = Scope(parent: nil, selfType: t)
            let (body, size) = withScope(s) { () -> Code in
                _ = s.declare("self", isLet: !mutating)
                if let nv = newValue { s.declare(nv, isLet: true) }
                return lowerBody(items, returnsValue: newValue == nil)
            }
            return Function(name: name, parameters: newValue.map { [Function.Parameter(label: nil, name: $0, typeName: propertyType)] } ?? [],
                            frameSize: size, body: body, parent: nil, hasSelf: true, isMutating: mutating,
                            resultType: newValue == nil ? propertyType : nil, location: l, runtime: rt)
        }
        switch acc.accessors {
        case .getter(let items):
            t.computed[name] = (method(items, mutating: false, newValue: nil), nil)
        case .accessors(let list):
            var getter: Function?
            var setter: Function?
            for a in list {
                guard let body = a.body else { continue }
                if a.accessorSpecifier.tokenKind == .keyword(.get) {
                    getter = method(body.statements, mutating: false, newValue: nil)
                } else if a.accessorSpecifier.tokenKind == .keyword(.set) {
                    setter = method(body.statements, mutating: true, newValue: a.parameters?.name.text ?? "newValue")
                }
            }
            if let getter { t.computed[name] = (getter, setter) }
        }
    }

    /// Lowers `subscript(i: Int) -> T { get set }` into a getter and a setter method of `self`.
    /// Subscript parameters have no argument labels unless written with two names.
    func lowerSubscript(_ sd: SubscriptDeclSyntax, _ t: UserType) {
        let params = zip(sd.parameterClause.parameters, lowerParameters(sd.parameterClause)).map { syntax, p -> Function.Parameter in
            var q = p
            q.label = syntax.secondName == nil ? nil : p.label
            return q
        }
        let resultType = typeText(sd.returnClause.type)
        let l = loc(sd.subscriptKeyword)
        func accessor(_ items: CodeBlockItemListSyntax, setter: String?) -> Function {
            let s = Scope(parent: nil, selfType: t)
            let (code, size) = withScope(s) { () -> Code in
                _ = s.declare("self", isLet: setter == nil)
                for p in params { s.declare(p.name, isLet: true, typeName: p.typeName) }
                if let nv = setter { s.declare(nv, isLet: true, typeName: resultType) }
                return lowerBody(items, returnsValue: setter == nil)
            }
            let all = params + (setter.map { [Function.Parameter(label: nil, name: $0, typeName: resultType)] } ?? [])
            return Function(name: "subscript", parameters: all, frameSize: size, body: code, parent: nil, hasSelf: true,
                            isMutating: setter != nil, resultType: setter == nil ? resultType : nil, location: l, runtime: runtime)
        }
        var getter: Function?, setter: Function?
        switch sd.accessorBlock?.accessors {
        case .getter(let items)?: getter = accessor(items, setter: nil)
        case .accessors(let list)?:
            for a in list {
                guard let body = a.body else { continue }
                if a.accessorSpecifier.tokenKind == .keyword(.get) { getter = accessor(body.statements, setter: nil) }
                if a.accessorSpecifier.tokenKind == .keyword(.set) { setter = accessor(body.statements, setter: a.parameters?.name.text ?? "newValue") }
            }
        case nil: break
        }
        guard let getter else { _ = fail("SyntaxError", "a subscript needs a getter", at: sd.subscriptKeyword); return }
        t.subscripts.append((getter, setter))
    }

    /// Lowers the getter of `static var name: T { ... }` into a static method (setters are refused).
    func lowerStaticComputed(_ b: PatternBindingSyntax, name: String, _ t: UserType) {
        guard let acc = b.accessorBlock else { return }
        var items: CodeBlockItemListSyntax?
        switch acc.accessors {
        case .getter(let list): items = list
        case .accessors(let list):
            for a in list {
                if a.accessorSpecifier.tokenKind == .keyword(.get) { items = a.body?.statements }
                if a.accessorSpecifier.tokenKind == .keyword(.set) {
                    _ = fail("Unsupported", "setters of static computed properties are not supported yet", at: a)
                }
            }
        }
        guard let items else { return }
        let s = Scope(parent: nil, selfType: t, isStatic: true)
        let (code, size) = withScope(s) { () -> Code in
            _ = s.declare("self", isLet: true)
            return lowerBody(items, returnsValue: true)
        }
        t.staticComputed[name] = Function(name: name, parameters: [], frameSize: size, body: code, parent: nil, hasSelf: true,
                                          resultType: typeText(b.typeAnnotation?.type), location: loc(b), runtime: runtime)
    }

    /// Lowers `willSet` and `didSet` of a stored property into mutating methods taking the new
    /// (`newValue`) or old (`oldValue`) value.
    func lowerObservers(_ b: PatternBindingSyntax, field: Int, _ t: UserType) {
        guard case .accessors(let list)? = b.accessorBlock?.accessors else { return }
        var willSet: Function?, didSet: Function?
        for a in list {
            guard let body = a.body else { continue }
            let isWill = a.accessorSpecifier.tokenKind == .keyword(.willSet)
            guard isWill || a.accessorSpecifier.tokenKind == .keyword(.didSet) else { continue }
            let parameter = a.parameters?.name.text ?? (isWill ? "newValue" : "oldValue")
            let s = Scope(parent: nil, selfType: t)
            let (code, size) = withScope(s) { () -> Code in
                _ = s.declare("self", isLet: false)
                s.declare(parameter, isLet: true)
                return lowerBody(body.statements)
            }
            let fn = Function(name: (isWill ? "willSet" : "didSet"), parameters: [Function.Parameter(label: nil, name: parameter, typeName: nil)],
                              frameSize: size, body: code, parent: nil, hasSelf: true, isMutating: true,
                              location: loc(a), runtime: runtime)
            if isWill { willSet = fn } else { didSet = fn }
        }
        if willSet != nil || didSet != nil { t.fieldObservers[field] = (willSet, didSet) }
    }

    func lowerInitializer(_ i: InitializerDeclSyntax, _ t: UserType) -> Function {
        let params = lowerParameters(i.signature.parameterClause)
        let s = Scope(parent: nil, selfType: t)
        let outerInitializing = initializingType
        initializingType = t
        defer { initializingType = outerInitializing }
        let (body, size) = withScope(s) { () -> Code in
            _ = s.declare("self", isLet: false)
            for p in params { s.declare(p.name, isLet: true, typeName: p.typeName) }
            guard let b = i.body else { return { _ in .void } }
            let stmts = lowerItems(b.statements)
            return { f in
                if case .returned = try stmts(f) { return f.returnValue }
                return .void
            }
        }
        let fn = Function(name: t.name + ".init", parameters: params, frameSize: size, body: body, parent: nil,
                          hasSelf: true, isMutating: true, location: loc(i), runtime: runtime)
        fn.doc = docComment(i)
        fn.isFailable = i.optionalMark != nil
        return fn
    }

    /// `weak` and `unowned` local or global variables: refused (stored properties of types support them).
    func refuseReferenceOwnership(_ v: VariableDeclSyntax) {
        for m in v.modifiers where m.name.tokenKind == .keyword(.weak) || m.name.tokenKind == .keyword(.unowned) {
            _ = fail("Unsupported", "'\(m.name.text)' references are not supported yet (every reference is strong in the cell language)", at: m)
        }
    }

    /// The type Swift infers for a property from a floating-point literal default (`var width = 0.0`
    /// is a Double, so `Size(width: 3)` stores 3.0); nil for anything else.
    func literalType(_ e: ExprSyntax?) -> String? {
        guard let e else { return nil }
        if e.is(FloatLiteralExprSyntax.self) { return "Double" }
        if let p = e.as(PrefixOperatorExprSyntax.self), p.operator.text == "-", p.expression.is(FloatLiteralExprSyntax.self) { return "Double" }
        return nil
    }
}
