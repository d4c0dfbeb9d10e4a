import SwiftSyntax

// MARK: - Declarations: variables, functions, types

extension Lowerer {
    func lowerDecl(_ d: DeclSyntax) -> StmtCode {
        switch d.as(DeclSyntaxEnum.self) {
        case .variableDecl(let v): return lowerVariable(v)
        case .functionDecl(let fd):
            let make = lowerFunction(fd, selfType: nil, isStatic: false)
            let st = storageForDeclared(fd.name.text)
            let write = store(st, typeName: nil)
            let read: (Frame) -> Value
            switch st {
            case .slot(let i): read = { f in f.slots[i] }
            case .global(let box): read = { _ in box.value }
            }
            return { f in write(f, .function(Function.declaring(make(f), over: read(f)))); return .normal }
        case .structDecl, .classDecl, .enumDecl:
            let name = d.as(StructDeclSyntax.self)?.name.text ?? d.as(ClassDeclSyntax.self)?.name.text
                ?? d.as(EnumDeclSyntax.self)?.name.text ?? ""
            guard let t = lookupType(name) else { return { _ in .normal } }
            return { f in _ = try t.staticInit?(f); return .normal }
        case .extensionDecl(let e):
            guard let t = lookupType(e.extendedType.trimmedDescription) ?? extensionHolder(e) else {
                _ = fail("Unsupported", "extensions of '\(e.extendedType.trimmedDescription)' are not supported yet", at: e.extendedType)
                return { _ in .normal }
            }
            let previous = t.staticInit
            t.staticInit = nil
            loweringExtension = true
            lowerMembers(e.memberBlock, t)
            loweringExtension = false
            let added = t.staticInit
            t.staticInit = previous
            return { f in _ = try added?(f); return .normal }
        case .protocolDecl, .importDecl, .typeAliasDecl:
            return { _ in .normal }
        default:
            _ = fail("Unsupported", "this declaration is not supported by the cell language", at: d)
            return { _ in .normal }
        }
    }

    /// The storage a predeclared function or variable name was given.
    func storageForDeclared(_ name: String) -> Storage {
        if scope.declaresGlobals, let box = pendingGlobals[name] { return .global(box) }
        if let l = scope.blocks.last?[name] { return .slot(l.slot) }
        return declareVariable(name, isLet: true, typeName: nil)
    }

    // MARK: - Variables

    func lowerVariable(_ v: VariableDeclSyntax) -> StmtCode {
        refuseReferenceOwnership(v)
        let isLet = v.bindingSpecifier.tokenKind == .keyword(.let)
        var codes: [StmtRef] = []
        for b in v.bindings {
            let annotation = typeText(b.typeAnnotation?.type)
            if b.accessorBlock != nil {
                _ = fail("Unsupported", "computed variables are supported inside types only", at: b)
                continue
            }
            let initCode: Code? = b.initializer.map { lowerExpr($0.value, as: annotation) }
            if let id = b.pattern.as(IdentifierPatternSyntax.self) {
                let st = scope.declaresGlobals ? storageForDeclared(id.identifier.text)
                    // `let x: T` without a value is assigned once later (definite initialisation).
                    : declareVariable(id.identifier.text, isLet: isLet && b.initializer != nil, typeName: annotation)
                let write = store(st, typeName: annotation)
                if let initCode {
                    if let t = annotation, t.hasSuffix("?") {
                        codes.append(StmtRef { f in
                            let v = try initCode(f)
                            if case .none = v { write(f, .none) } else if case .some = v { write(f, v) } else { write(f, v) }
                            return .normal
                        })
                    } else {
                        codes.append(StmtRef { f in write(f, try initCode(f)); return .normal })
                    }
                } else {
                    let initial: Value = annotation?.hasSuffix("?") == true ? .none : .void
                    codes.append(StmtRef { f in write(f, initial); return .normal })
                }
            } else if let initCode {
                patternBindsVar = !isLet
                let matcher = lowerPattern(b.pattern, binding: true)
                patternBindsVar = false
                let l = loc(b.pattern)
                codes.append(StmtRef { f in
                    let v = try initCode(f)
                    guard try matcher(v, f) else {
                        throw RuntimeError.type("cannot destructure a value of type '\(typeName(v))' with this pattern").located(l)
                    }
                    return .normal
                })
            } else {
                _ = fail("SyntaxError", "a destructuring declaration needs an initial value", at: b)
            }
        }
        return sequence(codes)
    }

    // MARK: - Functions

    /// Parameters of a declaration, with defaults lowered to standalone code.
    func lowerParameters(_ clause: FunctionParameterClauseSyntax) -> [Function.Parameter] {
        clause.parameters.map { p in
            let first = p.firstName.text
            let second = p.secondName?.text
            let label: String? = first == "_" ? nil : first
            let name = second ?? first
            var def: Code?
            let declared = typeText(p.type)
            if let d = p.defaultValue { def = standalone { lowerExpr(d.value, as: declared) } }
            var tn = declared
            var isInout = false
            if let attributed = p.type.as(AttributedTypeSyntax.self) {
                isInout = attributed.specifiers.contains { $0.trimmedDescription == "inout" }
                tn = typeText(attributed.baseType)
            }
            return Function.Parameter(label: label, name: name, defaultValue: def, typeName: tn,
                                      isVariadic: p.ellipsis != nil, isInout: isInout)
        }
    }

    /// Lowers an expression in a scope of its own, for defaults evaluated at call time.
    func standalone(_ body: () -> Code) -> Code {
        let s = Scope(parent: nil)
        let (code, size) = withScope(s, body)
        return { _ in try code(Frame.make(size: size, parent: nil)) }
    }

    /// Lowers a function declaration; the result creates the Function given the enclosing frame.
    func lowerFunction(_ fd: FunctionDeclSyntax, selfType: UserType?, isStatic: Bool) -> (Frame?) -> Function {
        let params = lowerParameters(fd.signature.parameterClause)
        let isMutating = fd.modifiers.contains { $0.name.tokenKind == .keyword(.mutating) }
        let resultType = typeText(fd.signature.returnClause?.type)
        let methodScope = selfType != nil
        let s = Scope(parent: methodScope ? nil : scope, selfType: selfType, isStatic: isStatic)
        s.resultType = resultType
        let (body, size) = withScope(s) { () -> Code in
            if methodScope { _ = s.declare("self", isLet: !isMutating) }
            for p in params { s.declare(p.name, isLet: !p.isInout, typeName: p.typeName) }
            guard let b = fd.body else { return { _ in .void } }
            // Generic parameters used as values (`T(values.count)`, `T.zero`) are the types the
            // arguments have: found when the call starts, from parameters declared `T`, `[T]` or `T?`.
            let generics = fd.genericParameterClause?.parameters.map { $0.name.text } ?? []
            let inference: [(slot: Int, name: String, sources: [(slot: Int, type: String)])] = generics.map { g in
                let sources = params.enumerated().compactMap { k, p -> (slot: Int, type: String)? in
                    guard let t = p.typeName, t == g || t == "[\(g)]" || t == "\(g)?" || t == "\(g).Type" else { return nil }
                    return ((methodScope ? 1 : 0) + k, t)
                }
                return (s.declare(g, isLet: true).slot, g, sources)
            }
            let code = lowerBody(b.statements, returnsValue: resultType.map { $0 != "Void" && $0 != "()" } ?? false)
            if inference.isEmpty || !inference.contains(where: { !$0.sources.isEmpty }) { return code }
            // A result declared `T` is converted to T's type (`sum([2.5])` where `var total: T = 0`).
            let resultSlot = inference.first { $0.name == resultType }?.slot
            let functionName = fd.name.text
            return { f in
                for g in inference { f.slots[g.slot] = inferGenericArgument(g.name, from: g.sources.map { (f.slots[$0.slot], $0.type) }) }
                let r = try code(f)
                guard let slot = resultSlot else { return r }
                switch f.slots[slot] {
                case .type(let t): return coerce(r, to: t.name)
                default:
                    if case .int = r {
                        throw RuntimeError.unsupported("telling the generic result type of '\(functionName)' from arguments that do not show it (an empty array)")
                    }
                    return r
                }
            }
        }
        let name = fd.name.text
        let l = loc(fd.name)
        let doc = docComment(fd)
        let rt = runtime
        let hasSelf = methodScope
        let coerceResult = resultType == "Double" || resultType == "Float" ? resultType : nil
        let reuses = fd.body.map { cannotCaptureFrame($0) } ?? false
        let coercions = Coercions(parameters: params, resultType: coerceResult ?? resultType)
        return { parent in
            let fn = Function(name: name, parameters: params, frameSize: size, body: body, parent: parent,
                              hasSelf: hasSelf, isMutating: isMutating,
                              resultType: coerceResult ?? resultType, location: l, runtime: rt, reusesFrames: reuses,
                              coercions: coercions)
            fn.doc = doc
            return fn
        }
    }

    /// Lowers a function or closure body: a single expression is returned implicitly, and so is a
    /// single `if` or `switch` when the function returns a value (Swift's if/switch expressions).
    func lowerBody(_ items: CodeBlockItemListSyntax, returnsValue: Bool = false) -> Code {
        if items.count == 1, let only = items.first, case .expr(let e) = only.item,
           (returnsValue && producesValueInEveryBranch(e)) || (!e.is(IfExprSyntax.self) && !e.is(SwitchExprSyntax.self)) {
            return lowerExpr(e)
        }
        if returnsValue, items.count == 1, let only = items.first, case .stmt(let st) = only.item,
           let e = st.as(ExpressionStmtSyntax.self)?.expression, producesValueInEveryBranch(e) {
            return lowerExpr(e)
        }
        let stmts = lowerItems(items)
        return { f in
            if case .returned = try stmts(f) { return f.returnValue }
            return .void
        }
    }

    /// True when `e` is an expression, or an `if`/`switch` each of whose branches is one such
    /// expression: what Swift accepts as an if or switch expression.
    func producesValueInEveryBranch(_ e: ExprSyntax) -> Bool {
        func single(_ items: CodeBlockItemListSyntax) -> Bool {
            guard items.count == 1 else { return false }
            switch items.first!.item {
            case .expr(let x): return producesValueInEveryBranch(x)
            case .stmt(let st): return st.as(ExpressionStmtSyntax.self).map { producesValueInEveryBranch($0.expression) } ?? false
            default: return false
            }
        }
        if let i = e.as(IfExprSyntax.self) {
            guard single(i.body.statements) else { return false }
            switch i.elseBody {
            case .codeBlock(let b)?: return single(b.statements)
            case .ifExpr(let n)?: return producesValueInEveryBranch(ExprSyntax(n))
            case nil: return false
            }
        }
        if let s = e.as(SwitchExprSyntax.self) {
            return s.cases.allSatisfy { item in
                guard case .switchCase(let c) = item else { return false }
                return single(c.statements)
            }
        }
        return true
    }

    /// The `///` comment lines above a declaration.
    func docComment(_ node: some SyntaxProtocol) -> String {
        node.leadingTrivia.compactMap { piece -> String? in
            if case .docLineComment(let t) = piece { return String(t.dropFirst(3)).trimmingSpaces }
            return nil
        }.joined(separator: "\n")
    }

    /// True when nothing in `node` can keep a call's frame alive after the call returns:
    /// no closure expression and no nested declaration other than plain variables
    /// (nested functions and types may capture the frame). Such functions reuse frames.
    func cannotCaptureFrame(_ node: some SyntaxProtocol) -> Bool {
        let finder = FrameCaptureFinder(viewMode: .sourceAccurate)
        finder.walk(node)
        return !finder.found
    }
}

/// Looks for syntax that can capture the frame of the function being lowered.
final class FrameCaptureFinder: SyntaxAnyVisitor {
    var found = false

    override func visitAny(_ node: Syntax) -> SyntaxVisitorContinueKind {
        if found { return .skipChildren }
        if node.is(ClosureExprSyntax.self) || node.is(AccessorBlockSyntax.self) {
            found = true
        } else if node.is(DeclSyntax.self), !node.is(VariableDeclSyntax.self) {
            found = true
        }
        return found ? .skipChildren : .visitChildren
    }
}

extension Lowerer {
    /// The member holder for an extension of a built-in type (`Int`, `Array`, `UInt8`) or of a
    /// protocol (`Collection`, a protocol declared in a cell); nil for anything else.
    func extensionHolder(_ e: ExtensionDeclSyntax) -> UserType? {
        var name = e.extendedType.trimmedDescription
        if let generic = name.firstIndex(of: "<") { name = String(name[..<generic]) }
        if name == "ClosedRange" { name = "Range" }
        let builtin = ExtensionRegistry.builtinConformances[name] != nil || SizedInteger.Kind(name: name) != nil
        let knownProtocol = session.protocols.contains(name) || pendingProtocols.contains(name)
            || ExtensionRegistry.builtinConformances.values.contains { $0.contains(name) } || ["Sequence", "Error"].contains(name)
        guard builtin || knownProtocol else { return nil }
        let holder = bindings.cellExtensions.holder(for: name)
        if builtin, let inherited = e.inheritanceClause?.inheritedTypes {
            bindings.cellExtensions.addedConformances[name, default: []].formUnion(inherited.map { $0.type.trimmedDescription })
        }
        return holder
    }

    /// The built-in kind whose registered members stand for `self` inside an extension of `name`.
    func builtinStandIn(for name: String) -> String {
        switch name {
        case "Collection", "Sequence", "RandomAccessCollection", "BidirectionalCollection", "MutableCollection",
             "RangeReplaceableCollection": return "Array"
        case "BinaryInteger", "FixedWidthInteger", "SignedInteger", "SignedNumeric", "Numeric", "AdditiveArithmetic": return "Int"
        case "FloatingPoint", "BinaryFloatingPoint": return "Double"
        case "StringProtocol": return "String"
        case "SetAlgebra": return "Set"
        default: return SizedInteger.Kind(name: name) != nil ? "SizedInteger" : name
        }
    }
}

/// The type a generic parameter stands for in one call, from the arguments declared with it
/// (`T`: the argument's type; `[T]`: its elements'; `T?`: the wrapped value's).
func inferGenericArgument(_ name: String, from sources: [(Value, String)]) -> Value {
    for (value, declared) in sources {
        var v = value
        if declared.hasSuffix(".Type") {
            if case .type = value { return value }
            continue
        }
        if declared.hasPrefix("[") {
            guard case .array(let a) = value, let first = a.first else { continue }
            v = first
        } else if declared.hasSuffix("?") {
            guard case .some(let x) = value else { continue }
            v = x
        }
        switch v {
        case .structValue(let i), .object(let i): return .type(.user(i.type))
        case .enumValue(let e): return .type(.user(e.type))
        default: return .type(.builtin(typeName(v)))
        }
    }
    return .void
}
