/// A call site's inline cache: the callee seen last and how its arguments map to parameters.
final class CallSite {
    @exclusivity(unchecked) var function: Function? {
        didSet { fast = nil }
    }
    /// `function` when the lowered fast path may call it directly: a user function that is
    /// not a method, arguments in parameter order. Unretained: `function` owns it.
    @exclusivity(unchecked) var fast: Unmanaged<Function>?
    @exclusivity(unchecked) var sources: [ArgumentMatcher.Source] = []
    @exclusivity(unchecked) var inOrder = false
    @exclusivity(unchecked) var key = ""
    @exclusivity(unchecked) var binding: Binding?
    var initializer: Function?
}

extension Function {
    /// Label-matching shapes of the parameters.
    var shapes: [ArgumentMatcher.Shape] {
        parameters.map { .init(label: $0.label, hasDefault: $0.defaultValue != nil, isVariadic: $0.isVariadic,
                                isClosure: $0.typeName == nil || $0.typeName!.contains("->")) }
    }
}

extension Binding {
    var shapes: [ArgumentMatcher.Shape] {
        parameters.map { .init(label: $0.label, hasDefault: $0.defaultValue != nil, isVariadic: $0.isVariadic,
                                isClosure: $0.typeName.contains("->")) }
    }
}

/// The error for arguments that match no signature.
func labelError(_ name: String, expected: [[String?]], got labels: [String?]) -> RuntimeError {
    let have = ArgumentMatcher.spell(labels)
    let want = expected.map { name + ArgumentMatcher.spell($0) }.joined(separator: " or ")
    if expected.count == 1, let e = expected.first, e.count > labels.count, labels.allSatisfy({ $0 == nil }) || Array(e.prefix(labels.count)) == labels {
        return RuntimeError.argument("missing argument in call to \(want) (got \(name)\(have))")
    }
    return RuntimeError.argument("incorrect arguments in call: \(name)\(have) does not match \(want)")
}

/// Puts call arguments in parameter order, filling defaults and collecting variadics.
@inline(__always)
func arrange(_ fn: Function, _ args: [Value], labels: [String?], trailingStart: Int, site: CallSite) throws -> [Value] {
    if site.function !== fn {
        // A function used as a value is called without argument labels (`let f = step; f(3)`).
        let unlabelled = labels.allSatisfy { $0 == nil } && fn.parameters.count == args.count && !fn.parameters.contains { $0.isVariadic }
        guard let s = ArgumentMatcher.match(fn.shapes, labels: labels, trailingStart: trailingStart)
                ?? (unlabelled ? (0..<args.count).map { ArgumentMatcher.Source.argument($0) } : nil) else {
            throw labelError(fn.displayName, expected: [fn.parameters.map(\.label)], got: labels)
        }
        site.function = fn
        site.binding = nil
        site.sources = s
        site.inOrder = s.count == args.count && s.enumerated().allSatisfy { if case .argument(let j) = $1 { return j == $0 }; return false }
        if site.inOrder, !fn.hasSelf, fn.isUserFunction, fn.parameters.count == args.count { site.fast = .passUnretained(fn) }
    }
    if site.inOrder { return args }
    var out: [Value] = []
    out.reserveCapacity(site.sources.count)
    for (i, s) in site.sources.enumerated() {
        switch s {
        case .argument(let j): out.append(args[j])
        case .defaultValue: out.append(try fn.parameters[i].defaultValue?(Frame.empty) ?? .none)
        case .variadic(let js): out.append(.array(js.map { args[$0] }))
        }
    }
    return out
}

/// Calls a user function with a traceback entry on error.
@inline(__always)
func invoke(_ fn: Function, _ args: [Value], selfValue: inout Value, at l: CellLocation) throws -> Value {
    do {
        return try fn.call(args, selfValue: &selfValue)
    } catch var e as RuntimeError {
        if fn.isUserFunction {
            e.attribute(toCallOf: fn.displayName, at: l)
        } else if e.location == nil {
            e.location = l
        }
        throw e
    }
}

/// Calls a value: a function or closure, a type (initialiser), a library function.
func callValue(_ callee: Value, _ args: [Value], labels: [String?], trailingStart: Int, site: CallSite,
               bindings: Bindings, at l: CellLocation) throws -> Value {
    switch callee {
    case .function(let set) where set.overloads != nil:
        let fn = try set.resolveOverload(args, labels: labels, trailingStart: trailingStart)
        let a = try located(l) { try arrange(fn, args, labels: labels, trailingStart: trailingStart, site: site) }
        var s = set.boundSelf ?? fn.boundSelf ?? .void
        return try invoke(fn, a, selfValue: &s, at: l)
    case .function(let fn):
        let a = try located(l) { try arrange(fn, args, labels: labels, trailingStart: trailingStart, site: site) }
        var s = fn.boundSelf ?? .void
        return try invoke(fn, a, selfValue: &s, at: l)
    case .type(.user(let t)):
        return try construct(t, args, labels: labels, trailingStart: trailingStart, site: site, at: l)
    case .type(let t):
        let inits = bindings.members(of: t.name, named: "init")
        var dummy = Value.void
        return try callBinding(inits, receiver: &dummy, args, labels: labels, trailingStart: trailingStart, site: site,
                               bindings: bindings, name: t.name, at: l)
    case .structValue(let i) where i.type.method("callAsFunction") != nil, .object(let i) where i.type.method("callAsFunction") != nil:
        // A cell type with `callAsFunction`: `memo(4)`.
        let fn = try i.type.method("callAsFunction")!.resolveOverload(args, labels: labels, trailingStart: trailingStart)
        let a = try located(l) { try arrange(fn, args, labels: labels, trailingStart: trailingStart, site: site) }
        var s = callee
        return try invoke(fn, a, selfValue: &s, at: l)
    case .native(let n) where !bindings.members(of: n.type.name, named: "callAsFunction").isEmpty:
        // Library objects with `callAsFunction` (layers, models): `model(x)`.
        var receiver = callee
        return try callBinding(bindings.members(of: n.type.name, named: "callAsFunction"), receiver: &receiver, args, labels: labels,
                               trailingStart: trailingStart, site: site, bindings: bindings, name: n.type.name, at: l)
    default:
        throw RuntimeError.type("cannot call a value of non-function type '\(typeName(callee))'").located(l)
    }
}

/// Picks the registered overload matching the labels and calls it.
func callBinding(_ candidates: [Binding], receiver: inout Value, _ args: [Value], labels: [String?], trailingStart: Int,
                 site: CallSite, bindings: Bindings, name: String, at l: CellLocation) throws -> Value {
    let key = typeKey(receiver)
    if site.binding == nil || site.key != key || !candidates.contains(where: { $0 === site.binding }) {
        var found: (Binding, [ArgumentMatcher.Source])?
        for b in candidates {
            if let s = ArgumentMatcher.match(b.shapes, labels: labels, trailingStart: trailingStart) { found = (b, s); break }
        }
        guard let (b, s) = found else {
            if candidates.isEmpty { throw RuntimeError.member("'\(name)' has no initialiser or function here").located(l) }
            throw labelError(name, expected: candidates.map { $0.parameters.map(\.label) }, got: labels).located(l)
        }
        site.binding = b; site.function = nil; site.sources = s; site.key = key
        site.inOrder = s.count == args.count && s.enumerated().allSatisfy { if case .argument(let j) = $1 { return j == $0 }; return false }
    }
    let b = site.binding!
    if site.inOrder { return try invokeBinding(b, &receiver, args, bindings: bindings, at: l) }
    var values: [Value] = []
    values.reserveCapacity(site.sources.count)
    for (i, s) in site.sources.enumerated() {
        switch s {
        case .argument(let j): values.append(args[j])
        case .defaultValue: values.append(b.parameters[i].defaultValue ?? .none)
        case .variadic(let js): values.append(.array(js.map { args[$0] }))
        }
    }
    return try invokeBinding(b, &receiver, values, bindings: bindings, at: l)
}

/// Runs a binding's implementation; library errors become catchable Swift errors.
@inline(__always)
func invokeBinding(_ b: Binding, _ receiver: inout Value, _ values: [Value], bindings: Bindings, at l: CellLocation) throws -> Value {
    do {
        return try b.impl(&receiver, Arguments(values, bindings: bindings))
    } catch let e as RuntimeError {
        throw e.located(l)
    } catch let e as ThrownError {
        throw e
    } catch is OptionalChainNil {
        throw OptionalChainNil()
    } catch {
        // A Swift error thrown by the library: catchable by do/catch in the cell.
        throw ThrownError(value: .string(String(describing: error)), location: l)
    }
}

/// Creates an instance of a user type through its initialisers (or the memberwise one).
func construct(_ t: UserType, _ args: [Value], labels: [String?], trailingStart: Int, site: CallSite, at l: CellLocation) throws -> Value {
    if t.kind == .enumType {
        if labels == ["rawValue"], args.count == 1 {
            if let i = t.cases.firstIndex(where: { $0.rawValue == args[0] }) { return .some(.enumValue(EnumCase(type: t, index: i, payload: []))) }
            return .none
        }
        guard let initFn = try pickInitializer(t, labels: labels, trailingStart: trailingStart, at: l) else {
            throw RuntimeError.argument("enum '\(t.name)' has no initialiser \(ArgumentMatcher.spell(labels)); use a case, e.g. \(t.name).\(t.cases.first?.name ?? "x")").located(l)
        }
        var s: Value = .none
        let a = try located(l) { try arrange(initFn, args, labels: labels, trailingStart: trailingStart, site: site) }
        _ = try invoke(initFn, a, selfValue: &s, at: l)
        return s
    }
    var fields: [Value] = []
    fields.reserveCapacity(t.fieldNames.count)
    for i in t.fieldDefaults.indices { fields.append(try t.fieldDefault(i)?(Frame.empty) ?? .void) }
    let inst = Instance(type: t, fields: fields)
    var selfValue: Value = t.kind == .classType ? .object(inst) : .structValue(inst)
    if let initFn = try pickInitializer(t, labels: labels, trailingStart: trailingStart, at: l) {
        let a = try located(l) { try arrange(initFn, args, labels: labels, trailingStart: trailingStart, site: site) }
        let r = try invoke(initFn, a, selfValue: &selfValue, at: l)
        if initFn.isFailable { if case .none = r { return .none }; return .some(selfValue) }
        return selfValue
    }
    // Memberwise initialiser (structs), or the empty one (classes with defaults).
    var params: [(name: String, index: Int, hasDefault: Bool)] = []
    if t.kind == .structType {
        for (i, n) in t.fieldNames.enumerated() where !(t.fieldIsLet[i] && t.fieldDefaults[i] != nil) {
            params.append((n, i, t.fieldDefaults[i] != nil || t.lazyFields[i] != nil))
        }
    }
    let shapes = params.map { ArgumentMatcher.Shape(label: $0.name, hasDefault: $0.hasDefault, isVariadic: false, isClosure: true) }
    guard let sources = ArgumentMatcher.match(shapes, labels: labels, trailingStart: trailingStart) else {
        throw labelError(t.name, expected: [params.map(\.name)], got: labels).located(l)
    }
    for (k, s) in sources.enumerated() {
        if case .argument(let j) = s {
            let i = params[k].index
            let v = coerce(args[j], to: t.fieldTypes[i])
            inst.fields[i] = t.referenceFields[i].map { referenceStorage(v, weak: $0) } ?? v
        }
    }
    return selfValue
}

/// The declared initialiser matching the labels (searching superclasses), or nil to use the memberwise one.
func pickInitializer(_ t: UserType, labels: [String?], trailingStart: Int, at l: CellLocation) throws -> Function? {
    // The type's own initialisers, then (classes) those it inherits.
    var c: UserType? = t
    var tried: [[String?]] = []
    while let u = c {
        for i in u.initializers where ArgumentMatcher.match(i.shapes, labels: labels, trailingStart: trailingStart) != nil { return i }
        tried += u.initializers.map { $0.parameters.map(\.label) }
        // A struct whose initialisers all come from extensions keeps its memberwise initialiser.
        if u === t, t.kind == .structType, t.ownInitializerCount == 0 { return nil }
        if u.ownInitializerCount > 0 && u.kind != .classType { break }
        c = u.superclass
    }
    if tried.isEmpty { return nil }
    throw labelError(t.name, expected: tried, got: labels).located(l)
}
