import Foundation
import SwiftSyntax
@_spi(Compiler) import SwiftParser

/// Thrown by `x?` inside an optional chain whose base is nil; caught at the chain's root.
struct OptionalChainNil: Error {}

// MARK: - Expressions

extension Lowerer {
    /// Lowers an expression, wrapping optional chains at their root.
    /// Lowers `e` where the context gives it the type `type` (an annotation, a parameter's or
    /// the function's declared type), as Swift types literals from context: `let d: Double = 1 / 3`
    /// divides Doubles, `let xs: [Any] = [1, 2.5]` keeps its Int.
    func lowerExpr(_ e: ExprSyntax, as type: String?) -> Code {
        if type == "Double" || type == "Double?" || type == "CGFloat" {
            if let d = constantLiteralArithmetic(e, as: Double.self) { let v = Value.double(d); return { _ in v } }
        } else if type == "Float" || type == "Float?" {
            if let x = constantLiteralArithmetic(e, as: Float.self) { let v = Value.float(x); return { _ in v } }
        } else if let t = type, t.hasPrefix("[Any"), e.is(ArrayExprSyntax.self) {
            arrayLiteralKeepsIntegers = true
            defer { arrayLiteralKeepsIntegers = false }
            return lowerExpr(e)
        }
        return lowerExpr(e)
    }

    /// The value of an expression made only of number literals, parentheses, unary minus and
    /// `+ - * /`, computed in the floating-point type `T`; nil for anything else.
    func constantLiteralArithmetic<T: BinaryFloatingPoint & LosslessStringConvertible>(_ e: ExprSyntax, as: T.Type) -> T? {
        if let i = e.as(IntegerLiteralExprSyntax.self) {
            let text = i.literal.text.replacingOccurrences(of: "_", with: "")
            let n: Int? = text.hasPrefix("0x") ? Int(text.dropFirst(2), radix: 16) : text.hasPrefix("0b") ? Int(text.dropFirst(2), radix: 2)
                : text.hasPrefix("0o") ? Int(text.dropFirst(2), radix: 8) : Int(text)
            return n.map { T($0) }
        }
        if let fl = e.as(FloatLiteralExprSyntax.self) {
            let text = fl.literal.text.replacingOccurrences(of: "_", with: "")
            return text.hasPrefix("0x") ? nil : T(text)
        }
        if let t = e.as(TupleExprSyntax.self), t.elements.count == 1, t.elements.first!.label == nil {
            return constantLiteralArithmetic(t.elements.first!.expression, as: T.self)
        }
        if let p = e.as(PrefixOperatorExprSyntax.self), p.operator.text == "-" {
            return constantLiteralArithmetic(p.expression, as: T.self).map { -$0 }
        }
        if let i = e.as(InfixOperatorExprSyntax.self), let op = i.operator.as(BinaryOperatorExprSyntax.self)?.operator.text,
           let x = constantLiteralArithmetic(i.leftOperand, as: T.self), let y = constantLiteralArithmetic(i.rightOperand, as: T.self) {
            switch op {
            case "+": return x + y
            case "-": return x - y
            case "*": return x * y
            case "/": return x / y
            default: return nil
            }
        }
        return nil
    }

    func lowerExpr(_ e: ExprSyntax) -> Code {
        // Arithmetic on number literals only, with a floating-point literal in it, is computed by
        // the Swift compiler: `0.0 / 0.0` is its NaN (sign clear), not the processor's.
        if e.is(InfixOperatorExprSyntax.self), e.tokens(viewMode: .sourceAccurate).contains(where: { if case .floatLiteral = $0.tokenKind { return true }; return false }),
           let d = constantLiteralArithmetic(e, as: Double.self) {
            let v = Value.double(d.isNaN ? .nan : d)
            return { _ in v }
        }
        let code = lowerExprInner(e)
        if chainHasOptional(e) && !isChainContinuation(e) {
            return { f in
                do {
                    let v = try code(f)
                    switch v { case .none, .some: return v; default: return .some(v) }
                } catch is OptionalChainNil {
                    return .none
                }
            }
        }
        return code
    }

    /// True if `e`'s postfix chain contains `?`.
    func chainHasOptional(_ e: ExprSyntax) -> Bool {
        var cur: ExprSyntax? = e
        while let c = cur {
            if c.is(OptionalChainingExprSyntax.self) { return true }
            if let m = c.as(MemberAccessExprSyntax.self) { cur = m.base; continue }
            if let call = c.as(FunctionCallExprSyntax.self) { cur = call.calledExpression; continue }
            if let s = c.as(SubscriptCallExprSyntax.self) { cur = s.calledExpression; continue }
            if let fu = c.as(ForceUnwrapExprSyntax.self) { cur = fu.expression; continue }
            return false
        }
        return false
    }

    /// True if `e` is the base of an enclosing postfix expression (so not the chain root).
    func isChainContinuation(_ e: ExprSyntax) -> Bool {
        guard let p = e.parent else { return false }
        if let m = p.as(MemberAccessExprSyntax.self), m.base?.id == e.id { return true }
        if let c = p.as(FunctionCallExprSyntax.self), c.calledExpression.id == e.id { return true }
        if let s = p.as(SubscriptCallExprSyntax.self), s.calledExpression.id == e.id { return true }
        if let f = p.as(ForceUnwrapExprSyntax.self), f.expression.id == e.id { return true }
        if let o = p.as(OptionalChainingExprSyntax.self), o.expression.id == e.id { return true }
        return false
    }

    private func lowerExprInner(_ e: ExprSyntax) -> Code {
        switch e.as(ExprSyntaxEnum.self) {
        case .integerLiteralExpr(let i):
            guard let v = parseInteger(i.literal.text) else {
                return fail("Overflow", "integer literal '\(i.literal.text)' overflows when stored into 'Int'", at: i)
            }
            let value = Value.int(v)
            return { _ in value }
        case .floatLiteralExpr(let fl):
            let v = Value.double(Double(fl.literal.text.replacingOccurrences(of: "_", with: "")) ?? .nan)
            return { _ in v }
        case .booleanLiteralExpr(let b):
            let v = Value.bool(b.literal.tokenKind == .keyword(.true))
            return { _ in v }
        case .nilLiteralExpr:
            return { _ in .none }
        case .stringLiteralExpr(let s):
            return lowerString(s)
        case .declReferenceExpr(let d):
            return lowerName(d)
        case .memberAccessExpr(let m):
            return lowerMemberGet(m)
        case .functionCallExpr(let c):
            return lowerCall(c)
        case .subscriptCallExpr(let s):
            return lowerSubscriptGet(s)
        case .infixOperatorExpr(let i):
            return lowerInfix(i)
        case .prefixOperatorExpr(let p):
            return lowerPrefix(p)
        case .postfixOperatorExpr(let p):
            guard p.operator.text == "..." else {
                return fail("Unsupported", "postfix operator '\(p.operator.text)' is not supported yet", at: p)
            }
            let inner = lowerExpr(p.expression)
            return { f in .range(RangeValue(lower: try inner(f), upper: .void, closed: true)) }
        case .ternaryExpr(let t):
            let node = Conditional(test: lowerTest(t.condition), then: operand(t.thenExpression), else: operand(t.elseExpression))
            return { f in try node.run(f) }
        case .isExpr(let i):
            let v = lowerExpr(i.expression)
            let check = typeCheck(i.type)
            return { f in .bool(check(try v(f))) }
        case .asExpr(let a):
            return lowerAs(a)
        case .arrayExpr(let a):
            let keepIntegers = arrayLiteralKeepsIntegers
            arrayLiteralKeepsIntegers = false
            let items = a.elements.map { lowerExpr($0.expression) }
            return { f in
                var out: [Value] = []
                out.reserveCapacity(items.count)
                var sawInt = false, sawDouble = false
                for i in items {
                    let v = try i(f)
                    if case .int = v { sawInt = true } else if case .double = v { sawDouble = true }
                    out.append(v)
                }
                if sawInt && sawDouble && !keepIntegers { out = out.map { if case .int(let n) = $0 { return .double(Double(n)) }; return $0 } }
                // `[1, nil, 3]` is an `[Int?]`: its present elements are optionals.
                if !keepIntegers, out.contains(where: { if case .none = $0 { return true }; return false }) {
                    out = out.map { switch $0 { case .none, .some: return $0; default: return .some($0) } }
                }
                return .array(out)
            }
        case .dictionaryExpr(let d):
            guard case .elements(let list) = d.content else { return { _ in .dictionary(OrderedDictionary()) } }
            let pairs = list.map { (lowerExpr($0.key), lowerExpr($0.value)) }
            return { f in
                var out = OrderedDictionary()
                for (k, v) in pairs { out[try k(f)] = try v(f) }
                return .dictionary(out)
            }
        case .tupleExpr(let t):
            if t.elements.count == 1, let only = t.elements.first, only.label == nil { return lowerExpr(only.expression) }
            let items = t.elements.map { lowerExpr($0.expression) }
            let labels = t.elements.map { $0.label?.text }
            if items.isEmpty { return { _ in .void } }
            return { f in .tuple(TupleValue(try items.map { try $0(f) }, labels: labels)) }
        case .closureExpr(let c):
            return lowerClosure(c)
        case .keyPathExpr(let k):
            return lowerKeyPath(k)
        case .forceUnwrapExpr(let fu):
            let inner = lowerExpr(fu.expression)
            let l = loc(fu.exclamationMark)
            let what = fu.expression.trimmedDescription
            return { f in
                switch try inner(f) {
                case .none: throw RuntimeError.nilUnwrap(" ('\(what)' is nil)").located(l)
                case .some(let x): return x
                case let other: return other
                }
            }
        case .optionalChainingExpr(let o):
            let inner = lowerExpr(o.expression)
            return { f in
                switch try inner(f) {
                case .none: throw OptionalChainNil()
                case .some(let x): return x
                case let other: return other
                }
            }
        case .tryExpr(let t):
            return lowerTry(t)
        case .ifExpr(let i):
            return lowerIfExpression(i)
        case .switchExpr(let s):
            let stmt = lowerSwitch(s, asExpression: true)
            return { f in
                if case .returned = try stmt(f) { return f.returnValue }
                return .void
            }
        case .inOutExpr(let io):
            return lowerExpr(io.expression)
        case .discardAssignmentExpr(let d):
            return fail("SyntaxError", "'_' can only appear on the left of an assignment or in a pattern", at: d)
        case .superExpr(let s):
            return fail("SyntaxError", "'super' must be followed by a member, as in super.method()", at: s)
        case .genericSpecializationExpr(let g):
            return lowerExpr(g.expression)
        case .typeExpr(let t):
            let name = typeText(t.type) ?? ""
            return { _ in .type(.builtin(name)) }
        case .patternExpr(let p):
            return fail("SyntaxError", "a pattern is not an expression here: \(p.trimmedDescription)", at: p)
        case .sequenceExpr(let s):
            return fail("SyntaxError", "could not fold the operators of this expression", at: s)
        default:
            return fail("Unsupported", "this expression is not supported by the cell language: \(e.trimmedDescription.prefix(40))", at: e)
        }
    }

    func parseInteger(_ text: String) -> Int? {
        let t = text.replacingOccurrences(of: "_", with: "")
        if t.hasPrefix("0x") { return Int(t.dropFirst(2), radix: 16) }
        if t.hasPrefix("0b") { return Int(t.dropFirst(2), radix: 2) }
        if t.hasPrefix("0o") { return Int(t.dropFirst(2), radix: 8) }
        return Int(t)
    }

    // MARK: - Strings

    func lowerString(_ s: StringLiteralExprSyntax) -> Code {
        let kind = s.stringLiteralKind ?? .singleLine
        let delim = s.delimiterLength
        var parts: [Either] = []
        for seg in s.segments {
            switch seg {
            case .stringSegment(let text):
                var out = ""
                text.appendUnescapedLiteralValue(stringLiteralKind: kind, delimiterLength: delim, to: &out)
                parts.append(.text(out))
            case .expressionSegment(let e):
                if e.expressions.count == 1, let only = e.expressions.first {
                    parts.append(.code(lowerExpr(only.expression)))
                } else {
                    parts.append(.code(fail("Unsupported", "interpolation takes one expression", at: e)))
                }
            }
        }
        if parts.allSatisfy({ if case .text = $0 { return true }; return false }) {
            let v = Value.string(parts.map { if case .text(let t) = $0 { return t }; return "" }.joined())
            return { _ in v }
        }
        let ps = parts
        return { f in
            var out = ""
            for p in ps {
                switch p {
                case .text(let t): out += t
                case .code(let c): let v = try c(f); out += try DescriptionGaps.checked { describe(v) }
                }
            }
            return .string(out)
        }
    }

    enum Either { case text(String), code(Code) }

    // MARK: - Names

    func lowerName(_ d: DeclReferenceExprSyntax) -> Code {
        let name = d.baseName.text
        if case .binaryOperator = d.baseName.tokenKind { return operatorFunction(name, at: d) }
        if name == "self", scope.local("self") == nil, resolve("self") == nil {
            return fail("SyntaxError", "'self' is only available inside a type's methods", at: d)
        }
        guard let r = resolve(name) else {
            if name.hasPrefix("$") { return fail("SyntaxError", "anonymous closure argument '\(name)' is only available inside a closure", at: d) }
            return unknownName(name, at: d)
        }
        return read(r, name: name, at: d)
    }

    /// Code that reads a resolved name.
    func read(_ r: Resolution, name: String, at node: some SyntaxProtocol) -> Code {
        switch r {
        case .local(0, let l):
            let i = l.slot
            return { f in f.slots[i] }
        case .local(1, let l):
            let i = l.slot
            return { f in f.parent!.slots[i] }
        case .local(let d, let l):
            let i = l.slot
            return { f in f.up(d).slots[i] }
        case .global(let box):
            return { _ in box.value }
        case .selfMember(let depth, let t, let isStatic):
            if isStatic { return staticMemberGet(.user(t), name: name, at: node) }
            let selfSlot = selfLocal(depth)
            let site = MemberSite()
            let l = loc(node)
            return { f in try getMember(f.up(depth).slots[selfSlot], name, site: site, bindings: self.bindings, at: l) }
        case .userType(let t):
            let v = Value.type(.user(t))
            return { _ in v }
        case .builtinFunction(let n):
            let fn = builtinFunctionValue(n)
            return { _ in fn }
        case .builtinType(let n):
            if let nt = bindings.nativeTypes[n] { let v = Value.type(.native(nt)); return { _ in v } }
            let v = Value.type(.builtin(n))
            return { _ in v }
        }
    }

    /// The slot of `self` in the scope `depth` levels up.
    func selfLocal(_ depth: Int) -> Int {
        var s: Scope = scope
        for _ in 0..<depth { s = s.parent! }
        return s.local("self")?.slot ?? 0
    }

    /// A library free function used as a value (`numbers.map(sqrt)`): positional arguments.
    func builtinFunctionValue(_ name: String) -> Value {
        let overloads = bindings.functions[name] ?? []
        let b = bindings
        let fn = Function(name: name, parameters: overloads.first?.parameters.map {
            Function.Parameter(label: $0.label, name: $0.name, typeName: $0.typeName)
        } ?? [], frameSize: 0, body: nil, native: { args in
            guard let o = overloads.first(where: { $0.parameters.filter { $0.defaultValue == nil }.count <= args.count
                && ($0.parameters.count >= args.count || $0.parameters.last?.isVariadic == true) }) ?? overloads.first else {
                throw RuntimeError.argument("no function '\(name)'")
            }
            var values = args
            if o.parameters.last?.isVariadic == true, o.parameters.count == 1 { values = [.array(args)] }
            while values.count < o.parameters.count { values.append(o.parameters[values.count].defaultValue ?? .void) }
            var dummy = Value.void
            return try o.impl(&dummy, Arguments(values, bindings: b))
        }, parent: nil, location: nil, runtime: runtime)
        return .function(fn)
    }

    /// `+`, `<`, … used as function values (`sorted(by: >)`, `reduce(0, +)`).
    func operatorFunction(_ name: String, at node: some SyntaxProtocol) -> Code {
        guard let op = BinaryOperator(rawValue: name) else {
            let impls = bindings.operators[name] ?? []
            if impls.isEmpty { return unknownName(name, at: node) }
            let fn = Function(name: name, parameters: [.init(label: nil, name: "lhs"), .init(label: nil, name: "rhs")],
                              frameSize: 0, body: nil, native: { args in
                for impl in impls { if let r = try impl(args[0], args[1]) { return r } }
                throw RuntimeError.type("operator '\(name)' cannot be applied to these operands")
            }, parent: nil, location: nil, runtime: runtime)
            return { _ in .function(fn) }
        }
        let fn = Function(name: name, parameters: [.init(label: nil, name: "lhs"), .init(label: nil, name: "rhs")],
                          frameSize: 0, body: nil, native: { args in
            guard args.count == 2 else { throw RuntimeError.argument("operator '\(name)' takes two arguments") }
            return try applyBinary(op, args[0], args[1])
        }, parent: nil, location: nil, runtime: runtime)
        return { _ in .function(fn) }
    }

    // MARK: - Prefix operators

    func lowerPrefix(_ p: PrefixOperatorExprSyntax) -> Code {
        let op = p.operator.text
        if op == "-", let lit = p.expression.as(IntegerLiteralExprSyntax.self) {
            guard let v = parseInteger("-" + lit.literal.text) else {
                return fail("Overflow", "integer literal '-\(lit.literal.text)' overflows when stored into 'Int'", at: p)
            }
            return { _ in .int(v) }
        }
        let inner = lowerExpr(p.expression)
        let l = loc(p)
        switch op {
        case "-":
            let libraryMinus = bindings.operators["-"] ?? []
            return { f in
                switch try inner(f) {
                case .int(let x):
                    if x == .min { throw RuntimeError("Overflow", "arithmetic overflow: -(\(x)) does not fit in Int", at: l) }
                    return .int(-x)
                case .sized(let s):
                    guard let r = SizedInteger(exactly: -s.value, s.kind) else {
                        throw RuntimeError("Overflow", "arithmetic overflow: -(\(s.value)) does not fit in \(s.kind.name)", at: l)
                    }
                    return .sized(r)
                case .double(let x): return .double(-x)
                case .float(let x): return .float(-x)
                case let v:
                    // Library values (tensors) negate as 0 - v through their registered `-`.
                    if case .native = v { for impl in libraryMinus { if let r = try impl(.int(0), v) { return r } } }
                    throw RuntimeError.type("unary operator '-' cannot be applied to an operand of type '\(typeName(v))'").located(l)
                }
            }
        case "+": return inner
        case "!":
            return { f in
                if case .bool(let b) = try inner(f) { return .bool(!b) }
                throw RuntimeError.type("unary operator '!' needs a Bool operand").located(l)
            }
        case "~":
            return { f in
                switch try inner(f) {
                case .int(let x): return .int(~x)
                case .sized(let s): return .sized(SizedInteger(truncating: Int128(~s.bits & UInt64.max), s.kind))
                default: break
                }
                throw RuntimeError.type("unary operator '~' needs an Int operand").located(l)
            }
        case "...", "..<":
            let closed = op == "..."
            return { f in .range(RangeValue(lower: .void, upper: try inner(f), closed: closed)) }
        default:
            return fail("Unsupported", "prefix operator '\(op)' is not supported", at: p)
        }
    }

    // MARK: - try

    func lowerTry(_ t: TryExprSyntax) -> Code {
        let inner = lowerExpr(t.expression)
        let l = loc(t)
        switch t.questionOrExclamationMark?.tokenKind {
        case .postfixQuestionMark?:
            // `try? f() as Any` wraps whatever `f` returns, optional or not: the operand is an `Any`.
            let wrapsAlways = t.expression.as(AsExprSyntax.self)?.type.trimmedDescription == "Any"
            return { f in
                do {
                    let v = try inner(f)
                    if wrapsAlways { return .some(v) }
                    if case .none = v { return v }
                    if case .some = v { return v }
                    return .some(v)
                } catch is ThrownError {
                    return .none
                }
            }
        case .exclamationMark?:
            return { f in
                do { return try inner(f) } catch let e as ThrownError {
                    throw RuntimeError("UncaughtError", "'try!' expression unexpectedly raised an error: \(debugDescribe(e.value))", at: l)
                }
            }
        default:
            return inner
        }
    }

    // MARK: - if as an expression

    func lowerIfExpression(_ i: IfExprSyntax) -> Code {
        scope.push()
        let cond = lowerConditions(i.conditions)
        let then = branchValue(i.body.statements)
        scope.pop()
        var otherwise: Code = { _ in .void }
        switch i.elseBody {
        case .ifExpr(let e)?: otherwise = lowerIfExpression(e)
        case .codeBlock(let b)?:
            scope.push(); otherwise = branchValue(b.statements); scope.pop()
        case nil: break
        }
        let o = otherwise
        return { f in try cond(f) ? try then(f) : try o(f) }
    }

    /// The value of a branch of an `if`/`switch` expression: its last expression.
    func branchValue(_ items: CodeBlockItemListSyntax) -> Code {
        guard let last = items.last, case .expr(let e) = last.item else {
            let s = lowerItems(items)
            return { f in _ = try s(f); return .void }
        }
        let before = Array(items.dropLast()).map { StmtRef(run: lowerItem($0)) }
        let value = lowerExpr(e)
        if before.isEmpty { return value }
        let seq = sequence(before)
        return { f in _ = try seq(f); return try value(f) }
    }

    // MARK: - Closures

    func lowerClosure(_ c: ClosureExprSyntax) -> Code {
        var names: [String] = []
        var types: [String?] = []
        // Which parameters the body may assign: `inout` ones, and untyped ones (the closure's type,
        // e.g. reduce(into:)'s `(inout Result, Element)`, is not known here).
        var mutable: [Bool] = []
        switch c.signature?.parameterClause {
        case .simpleInput(let list)?:
            names = list.map { $0.name.text }; types = names.map { _ in nil }
        case .parameterClause(let clause)?:
            names = clause.parameters.map { ($0.secondName ?? $0.firstName).text }
            types = clause.parameters.map { p in
                if let attributed = p.type?.as(AttributedTypeSyntax.self) { return typeText(attributed.baseType) }
                return typeText(p.type)
            }
            mutable = clause.parameters.map { p in
                p.type == nil || (p.type?.as(AttributedTypeSyntax.self)?.specifiers.contains { $0.trimmedDescription == "inout" } ?? false)
            }
        case nil:
            let n = shorthandCount(c)
            names = (0..<n).map { "$\($0)" }; types = names.map { _ in nil }
        }
        // A capture list (`[x, total = a + b]`) copies values when the closure is created: they live
        // in a frame of their own between the closure's calls and the enclosing frame.
        var captures: [(slot: Int, value: Code)] = []
        var captureScope: Scope?
        if let clause = c.signature?.capture {
            let cs = Scope(parent: scope)
            var values: [(String, Code)] = []
            for item in clause.items {
                if let spec = item.specifier, spec.specifier.tokenKind == .keyword(.weak) {
                    _ = fail("Unsupported", "weak captures ('[weak \(item.name.text)]') are not supported yet", at: item)
                }
                let value = item.initializer.map { lowerExpr($0.value) } ?? lowerExpr(ExprSyntax(DeclReferenceExprSyntax(baseName: item.name)))
                values.append((item.name.text, value))
            }
            for (name, value) in values { captures.append((cs.declare(name, isLet: true).slot, value)) }
            captureScope = cs
        }
        let s = Scope(parent: captureScope ?? scope)
        let (body, size) = withScope(s) { () -> Code in
            for (k, n) in names.enumerated() { s.declare(n, isLet: k < mutable.count ? !mutable[k] : false) }
            return lowerBody(c.statements)
        }
        let captureSize = captureScope?.frameSize ?? 0
        let params = zip(names, types).map { Function.Parameter(label: nil, name: $0, typeName: $1) }
        let resultType = typeText(c.signature?.returnClause?.type)
        let rt = runtime
        let l = loc(c)
        let reuses = cannotCaptureFrame(c.statements)
        let coercions = Coercions(parameters: params, resultType: resultType)
        if !captures.isEmpty {
            return { f in
                let captured = Frame.make(size: captureSize, parent: f)
                for (slot, value) in captures { captured.slots[slot] = try value(f) }
                return .function(Function(name: "", parameters: params, frameSize: size, body: body, parent: captured,
                                          resultType: resultType, location: l, runtime: rt, reusesFrames: reuses,
                                          coercions: coercions))
            }
        }
        return { f in
            .function(Function(name: "", parameters: params, frameSize: size, body: body, parent: f,
                               resultType: resultType, location: l, runtime: rt, reusesFrames: reuses,
                               coercions: coercions))
        }
    }

    /// Number of `$n` parameters a closure uses (ignoring nested closures).
    func shorthandCount(_ c: ClosureExprSyntax) -> Int {
        var n = 0
        for tok in c.statements.tokens(viewMode: .sourceAccurate) {
            guard case .dollarIdentifier(let text) = tok.tokenKind, let k = Int(text.dropFirst()) else { continue }
            var p = tok.parent
            while let q = p, !q.is(ClosureExprSyntax.self) { p = q.parent }
            if p?.id == c.id {
                guard k < 256 else {
                    _ = fail("SyntaxError", "anonymous closure argument '\(text)' is out of range (at most $255)", at: tok)
                    continue
                }
                n = max(n, k + 1)
            }
        }
        return n
    }

    // MARK: - Casts

    func lowerAs(_ a: AsExprSyntax) -> Code {
        let v = lowerExpr(a.expression)
        let check = typeCheck(a.type)
        let name = a.type.trimmedDescription
        let l = loc(a)
        switch a.questionOrExclamationMark?.tokenKind {
        case .postfixQuestionMark?:
            return { f in
                let x = try v(f)
                return check(x) ? .some(unwrapOptional(x)) : .none
            }
        case .exclamationMark?:
            return { f in
                let x = try v(f)
                if check(x) { return unwrapOptional(x) }
                throw RuntimeError("CastError", "could not cast value of type '\(typeName(x))' to '\(name)'", at: l)
            }
        default:
            return { f in
                let x = try v(f)
                return coerce(x, to: name)
            }
        }
    }

    /// A runtime check that a value has the type written in source.
    func typeCheck(_ t: TypeSyntax) -> (Value) -> Bool {
        let name = t.trimmedDescription.replacingOccurrences(of: " ", with: "")
        // A plain name that is no type known here is a generic parameter (`values[key] as? T`):
        // the cell language does not know what it stands for in this call.
        if let simple = t.as(IdentifierTypeSyntax.self), simple.genericArgumentClause == nil, lookupType(name) == nil,
           !bindings.builtinTypes.contains(name), !session.protocols.contains(name), !pendingProtocols.contains(name),
           !["Any", "AnyObject", "Error"].contains(name), pendingAliases[name] == nil, session.typeAliases[name] == nil,
           !ExtensionRegistry.builtinConformances.values.contains(where: { $0.contains(name) }) {
            _ = fail("Unsupported", "casting to or checking '\(name)', which is not a type known here (a generic parameter?), is not supported yet", at: t)
        }
        let user = lookupType(name)
        return { v in valueIs(unwrapOptional(v), name, user: user) }
    }
}

/// The value inside an optional, or the value itself.
@inline(__always) func unwrapOptional(_ v: Value) -> Value {
    if case .some(let x) = v { return unwrapOptional(x) }
    return v
}

/// Whether `v` is of the named type (built-in names, user types with subclasses, protocols).
func valueIs(_ v: Value, _ name: String, user: UserType?) -> Bool {
    if name == "Any" || name == "AnyObject" { return true }
    if let u = user {
        switch v {
        case .structValue(let i), .object(let i): return i.type.isSubtype(of: u)
        case .enumValue(let e): return e.type === u
        default: return false
        }
    }
    switch v {
    case .structValue(let i), .object(let i):
        var t: UserType? = i.type
        while let c = t { if c.conformances.contains(name) { return true }; t = c.superclass }
        return false
    case .enumValue(let e): return e.type.conformances.contains(name)
    case .native(let n): return n.type.name == name
    default: break
    }
    let tn = typeName(v)
    if tn == name || (tn.contains(" ") && tn.replacingOccurrences(of: " ", with: "") == name) { return true }
    if name.hasPrefix("["), tn.hasPrefix("[") {
        if case .array(let a) = v, a.isEmpty { return !name.contains(":") }
        if case .dictionary(let d) = v, d.count == 0 { return name.contains(":") }
    }
    switch (v, name) {
    case (.int, "BinaryInteger"), (.int, "Numeric"), (.double, "Numeric"), (.double, "FloatingPoint"),
         (.double, "BinaryFloatingPoint"), (.int, "Comparable"), (.double, "Comparable"), (.string, "Comparable"),
         (.int, "Hashable"), (.string, "Hashable"), (.string, "StringProtocol"), (.int, "Equatable"), (.string, "Equatable"):
        return true
    default: return false
    }
}

// MARK: - Key paths

extension Lowerer {
    /// `\.name`, `\Person.address.city`, `\.first?.count`: a function from the root value to the
    /// property, as Swift converts key paths passed where a function is expected (`map(\.name)`).
    func lowerKeyPath(_ k: KeyPathExprSyntax) -> Code {
        enum Step { case member(String, MemberSite), optional(forced: Bool) }
        var steps: [Step] = []
        for c in k.components {
            switch c.component {
            case .property(let p): steps.append(.member(p.declName.baseName.text, MemberSite()))
            case .optional(let o): steps.append(.optional(forced: o.questionOrExclamationMark.tokenKind == .exclamationMark))
            default: return fail("Unsupported", "this key path component is not supported yet: \(c.trimmedDescription)", at: c)
            }
        }
        let b = bindings, l = loc(k), rt = runtime, text = k.trimmedDescription
        let path = steps
        let fn = Function(name: text, parameters: [Function.Parameter(label: nil, name: "root", typeName: nil)], frameSize: 0, body: nil,
                          native: { args in
                              var v = args.first ?? .void
                              var sawOptional = false
                              for s in path {
                                  switch s {
                                  case .member(let name, let site):
                                      if sawOptional, case .none = v { return .none }
                                      v = try getMember(unwrapOptional(v), name, site: site, bindings: b, at: l)
                                  case .optional(let forced):
                                      if case .none = v {
                                          if forced { throw RuntimeError.nilUnwrap().located(l) }
                                          return .none
                                      }
                                      sawOptional = !forced
                                  }
                              }
                              if sawOptional, !({ if case .some = v { return true }; if case .none = v { return true }; return false }()) { return .some(v) }
                              return v
                          }, parent: nil, location: l, runtime: rt)
        return { _ in .function(fn) }
    }
}
