/// A member-access site's inline cache: the type seen last and where the member was found.
final class MemberSite {
    @exclusivity(unchecked) var type: UserType?
    @exclusivity(unchecked) var index = -1
    @exclusivity(unchecked) var key: String = ""
    @exclusivity(unchecked) var binding: Binding?
    /// False where the type's own initialiser assigns its properties (observers do not run there).
    var runsObservers = true
}

/// The key under which bindings register members of built-in values.
func typeKey(_ v: Value) -> String {
    switch v {
    case .int: return "Int"
    case .sized: return "SizedInteger"
    case .double: return "Double"
    case .float: return "Float"
    case .bool: return "Bool"
    case .string: return "String"
    case .character: return "Character"
    case .array: return "Array"
    case .dictionary: return "Dictionary"
    case .set: return "Set"
    case .tuple: return "Tuple"
    case .range: return "Range"
    case .none, .some: return "Optional"
    case .function: return "Function"
    case .native(let n): return n.type.name
    case .type(let t): return t.name
    case .void: return "Void"
    case .structValue(let i), .object(let i): return i.type.name
    case .enumValue(let e): return e.type.name
    }
}

/// Reads `v.name`: stored and computed properties, methods as bound functions, tuple
/// elements, static members of types, and registered properties of built-in values.
func getMember(_ v: Value, _ name: String, site: MemberSite, bindings: Bindings, at l: CellLocation) throws -> Value {
    switch v {
    case .structValue(let inst), .object(let inst):
        if site.type === inst.type, site.index >= 0, inst.type.lazyFields.isEmpty || inst.type.lazyFields[site.index] == nil {
            let v = inst.fields[site.index]
            if case .native(let n) = v, let w = n.object as? WeakReference { return try located(l) { try w.read() } }
            return v
        }
        if let i = inst.type.fieldIndex[name] {
            let v = inst.fields[i]
            if case .void = v, let lazy = inst.type.lazyFields[i] {
                // First read of a `lazy var`: compute it now and keep it.
                var s = inst.type.kind == .classType ? Value.object(inst) : .structValue(inst)
                let x = try located(l) { try lazy.call([], selfValue: &s) }
                inst.fields[i] = x
                return x
            }
            site.type = inst.type; site.index = i
            if case .native(let n) = v, let w = n.object as? WeakReference { return try located(l) { try w.read() } }
            return v
        }
        if let c = inst.type.computedProperty(name) {
            var s = v
            return try located(l) { try c.get.call([], selfValue: &s) }
        }
        if let m = inst.type.method(name) { return .function(m.bound(to: v)) }
        throw unknownMember(name, of: v, candidates: inst.type.memberNames + bindings.memberNames(of: typeKey(v)), at: l)
    case .enumValue(let e):
        if name == "rawValue", let raw = e.type.cases[e.index].rawValue { return raw }
        if let c = e.type.computedProperty(name) {
            var s = v
            return try located(l) { try c.get.call([], selfValue: &s) }
        }
        if let m = e.type.method(name) { return .function(m.bound(to: v)) }
        throw unknownMember(name, of: v, candidates: e.type.memberNames, at: l)
    case .tuple(let t):
        if let i = Int(name), i >= 0, i < t.elements.count { return t.elements[i] }
        if let i = t.labels.firstIndex(where: { $0 == name }) { return t.elements[i] }
        throw unknownMember(name, of: v, candidates: t.labels.compactMap { $0 }, at: l)
    case .type(let t):
        return try staticMember(t, name, bindings: bindings, at: l)
    case .some(let inner):
        throw RuntimeError.member("value of optional type '\(typeName(inner))?' must be unwrapped to refer to member '\(name)'; use '?.' or '!'").located(l)
    case .none:
        throw RuntimeError.member("value of optional type must be unwrapped to refer to member '\(name)' (the value is nil); use '?.' or '!'").located(l)
    default:
        let key = typeKey(v)
        if site.key != key || site.binding == nil {
            guard let b = bindings.members(of: key, named: name).first(where: { $0.kind == .property }) else {
                if let m = bindings.members(of: key, named: name).first(where: { $0.kind == .method }) {
                    return boundBuiltinMethod(m, v, bindings: bindings)
                }
                let extended = extensionKey(v)
                if let c = bindings.cellExtensions.computed(name, forBuiltin: extended) {
                    var s = v
                    return try located(l) { try c.get.call([], selfValue: &s) }
                }
                if let m = bindings.cellExtensions.method(name, forBuiltin: extended) { return .function(m.bound(to: v)) }
                // `3.ft` with `extension Double { var ft: Double }`: the literal is a Double.
                if case .int(let i) = v, bindings.cellExtensions.computed(name, forBuiltin: "Double") != nil
                    || bindings.cellExtensions.method(name, forBuiltin: "Double") != nil {
                    return try getMember(.double(Double(i)), name, site: MemberSite(), bindings: bindings, at: l)
                }
                throw unknownMember(name, of: v, candidates: bindings.memberNames(of: key), at: l)
            }
            site.key = key; site.binding = b
        }
        var s = v
        return try located(l) { try site.binding!.impl(&s, Arguments([], bindings: bindings)) }
    }
}

/// The name extensions of a built-in value's type are registered under (`UInt8` for a UInt8).
func extensionKey(_ v: Value) -> String {
    if case .sized(let s) = v { return s.kind.name }
    return typeKey(v)
}

/// A built-in method used as a value (`names.map(String.uppercased)` is not supported, but `xs.contains` is).
func boundBuiltinMethod(_ m: Binding, _ receiver: Value, bindings: Bindings) -> Value {
    .function(Function(name: m.name, parameters: m.parameters.map { .init(label: $0.label, name: $0.name, typeName: $0.typeName) },
                       frameSize: 0, body: nil, native: { args in
        var s = receiver
        var values = args
        while values.count < m.parameters.count { values.append(m.parameters[values.count].defaultValue ?? .void) }
        return try m.impl(&s, Arguments(values, bindings: bindings))
    }, parent: nil, location: nil, runtime: sharedRuntimePlaceholder))
}

/// Static members: `Point.origin`, `Color.red`, `Shape.circle` (a case constructor), `Int.max`.
func staticMember(_ t: TypeRef, _ name: String, bindings: Bindings, at l: CellLocation) throws -> Value {
    switch t {
    case .user(let u):
        if let i = u.caseIndex[name] {
            let c = u.cases[i]
            if c.labels.isEmpty { return .enumValue(EnumCase(type: u, index: i, payload: [])) }
            return .function(Function(name: name, parameters: c.labels.enumerated().map { .init(label: $1, name: $1 ?? "_\($0)") },
                                      frameSize: 0, body: nil, native: { args in
                .enumValue(EnumCase(type: u, index: i, payload: args.enumerated().map { coerce($1, to: $0 < c.types.count ? c.types[$0] : nil) }))
            },
                                      parent: nil, location: nil, runtime: sharedRuntimePlaceholder))
        }
        if let inner = u.nestedTypes[name] { return .type(.user(inner)) }
        if let getter = u.staticComputed[name] {
            var s = Value.type(t)
            return try getter.call([], selfValue: &s)
        }
        if let box = u.staticValues[name] { return box.value }
        if let m = u.staticMethods[name] { return .function(m.bound(to: .type(t))) }
        if name == "allCases", u.kind == .enumType {
            return .array(u.cases.indices.filter { u.cases[$0].labels.isEmpty }.map { .enumValue(EnumCase(type: u, index: $0, payload: [])) })
        }
        throw unknownMember(name, of: .type(t), candidates: Array(u.caseIndex.keys) + Array(u.staticValues.keys) + Array(u.staticMethods.keys), at: l)
    case .builtin, .native:
        let n = t.name
        let ms = bindings.members(of: n, named: name)
        if let p = ms.first(where: { $0.kind == .staticProperty }) {
            var d = Value.void
            return try p.impl(&d, Arguments([], bindings: bindings))
        }
        if let m = ms.first(where: { $0.kind == .staticMethod }) { return boundBuiltinMethod(m, .type(t), bindings: bindings) }
        if name == "init", let m = ms.first(where: { $0.kind == .initializer && $0.parameters.first?.label == nil }) {
            return boundBuiltinMethod(m, .type(t), bindings: bindings)
        }
        if let h = bindings.cellExtensions.staticHolder(name, forBuiltin: n) { return try staticMember(.user(h), name, bindings: bindings, at: l) }
        throw unknownMember(name, of: .type(t), candidates: bindings.memberNames(of: n), at: l)
    }
}

/// Runs `body` on the stored member `name` of `v` in place (copying a shared struct first).
func modifyMember(_ v: inout Value, _ name: String, site: MemberSite, at l: CellLocation, _ body: (inout Value) throws -> Void) throws {
    switch v {
    case .structValue(var inst):
        guard let i = inst.type.fieldIndex[name] else {
            if let c = inst.type.computedProperty(name) {
                guard let setter = c.set else { throw RuntimeError.member("cannot assign to property: '\(name)' is a get-only property").located(l) }
                var s = v
                var x = try c.get.call([], selfValue: &s)
                try body(&x)
                _ = try setter.call([x], selfValue: &v)
                return
            }
            throw unknownMember(name, of: v, candidates: inst.type.memberNames, at: l)
        }
        if !inst.type.fieldObservers.isEmpty, site.runsObservers, let observers = inst.type.fieldObservers[i] {
            return try modifyObserved(&v, field: i, observers, body)
        }
        if !inst.type.referenceFields.isEmpty, let isWeak = inst.type.referenceFields[i] {
            var x = try storedValue(inst.fields[i])
            try body(&x)
            v = .void
            if !isKnownUniquelyReferenced(&inst) { inst = inst.copy() }
            inst.fields[i] = referenceStorage(x, weak: isWeak)
            v = .structValue(inst)
            return
        }
        v = .void
        defer { v = .structValue(inst) }
        if !isKnownUniquelyReferenced(&inst) { inst = inst.copy() }
        try body(&inst.fields[i])
        if let ft = inst.type.fieldTypes[i] { inst.fields[i] = coerce(inst.fields[i], to: ft) }
    case .object(let inst):
        if let i = inst.type.fieldIndex[name] {
            if !inst.type.fieldObservers.isEmpty, site.runsObservers, let observers = inst.type.fieldObservers[i] {
                return try modifyObserved(&v, field: i, observers, body)
            }
            if !inst.type.referenceFields.isEmpty, let isWeak = inst.type.referenceFields[i] {
                var x = try storedValue(inst.fields[i])
                try body(&x)
                inst.fields[i] = referenceStorage(x, weak: isWeak)
                return
            }
            try body(&inst.fields[i])
            if let ft = inst.type.fieldTypes[i] { inst.fields[i] = coerce(inst.fields[i], to: ft) }
            return
        }
        if let c = inst.type.computedProperty(name), let setter = c.set {
            var s = v
            var x = try c.get.call([], selfValue: &s)
            try body(&x)
            _ = try setter.call([x], selfValue: &s)
            return
        }
        throw unknownMember(name, of: v, candidates: inst.type.memberNames, at: l)
    case .tuple(var t):
        let idx = Int(name) ?? t.labels.firstIndex(where: { $0 == name }) ?? -1
        guard idx >= 0, idx < t.elements.count else { throw unknownMember(name, of: v, candidates: t.labels.compactMap { $0 }, at: l) }
        v = .void
        defer { v = .tuple(t) }
        if !isKnownUniquelyReferenced(&t) { t = t.copy() }
        try body(&t.elements[idx])
    case .none, .some:
        throw RuntimeError.member("value of optional type must be unwrapped to refer to member '\(name)'; use '?.' or '!'").located(l)
    default:
        throw RuntimeError.member("cannot assign to property '\(name)' of a value of type '\(typeName(v))'").located(l)
    }
}

/// An "unknown member" error with suggestions.
func unknownMember(_ name: String, of v: Value, candidates: [String], at l: CellLocation) -> RuntimeError {
    RuntimeError.member("value of type '\(typeName(v))' has no member '\(name)'" + didYouMean(name, among: candidates)).located(l)
}

/// Adds a location to errors thrown by `body` that have none.
@inline(__always) func located<T>(_ l: CellLocation, _ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as RuntimeError { throw e.located(l) }
}

// MARK: - Subscripts

/// The subscript a cell declared for `v`'s type (or in an extension of a built-in type).
private func userSubscript(_ v: Value, labels: [String?], _ count: Int, bindings: Bindings?) -> (get: Function, set: Function?)? {
    let wanted = labels.count == count ? labels : Array(repeating: nil, count: count)
    switch v {
    case .structValue(let i), .object(let i): return i.type.subscripts.isEmpty && i.type.superclass == nil ? nil : i.type.subscriptAccessors(labels: wanted)
    case .enumValue(let e): return e.type.subscripts.isEmpty ? nil : e.type.subscriptAccessors(labels: wanted)
    default:
        // Built-in subscripts come first (`self[i]` inside `extension String { subscript(i: Int) }`
        // is the built-in one); labelled extension subscripts (`a[safe: 3]`) are found here.
        guard wanted.contains(where: { $0 != nil }) else { return nil }
        return extensionSubscript(v, labels: wanted, bindings: bindings)
    }
}

/// A subscript from an extension of the built-in type of `v`.
private func extensionSubscript(_ v: Value, labels: [String?], bindings: Bindings?) -> (get: Function, set: Function?)? {
    guard let registry = bindings?.cellExtensions, !registry.holders.isEmpty else { return nil }
    for name in registry.searchOrder(forBuiltin: extensionKey(v)) {
        if let s = registry.holders[name]?.subscriptAccessors(labels: labels) { return s }
    }
    return nil
}

/// `v[keys]`: arrays by Int or range, dictionaries by key (an Optional), strings by character offset.
func subscriptGet(_ v: Value, _ keys: [Value], labels: [String?], bindings: Bindings, at l: CellLocation) throws -> Value {
    if keys.count == 1, case .range(let r) = keys[0], r.isPartial {
        switch v {
        case .array(let a): return try subscriptGet(v, [.range(r.resolved(count: a.count))], labels: labels, bindings: bindings, at: l)
        case .string(let s): return try subscriptGet(v, [.range(r.resolved(count: s.count))], labels: labels, bindings: bindings, at: l)
        default: break
        }
    }
    if let accessors = userSubscript(v, labels: labels, keys.count, bindings: bindings) {
        var s = v
        return try located(l) { try accessors.get.call(keys, selfValue: &s) }
    }
    switch (v, keys.count) {
    case (.array(let a), 1):
        switch keys[0] {
        case .int(let i):
            guard i >= 0 && i < a.count else { throw RuntimeError.index("Index out of range: index \(i) of an array of \(a.count) elements").located(l) }
            return a[i]
        case .range(let r):
            guard let ir = r.intRange ?? (r.closed ? nil : (0..<0)), ir.lowerBound >= 0, ir.upperBound <= a.count else {
                throw RuntimeError.index("range \(debugDescribe(.range(r))) is out of bounds for an array of \(a.count) elements").located(l)
            }
            return .array(Array(a[ir]))
        default: break
        }
    case (.dictionary(let d), 1):
        return d[keys[0]].map { .some($0) } ?? .none
    case (.dictionary(let d), 2) where labels.count == 2 && labels[1] == "default":
        return d[keys[0]] ?? keys[1]
    case (.string(let s), 1):
        if case .int(let i) = keys[0] {
            guard i >= 0, i < s.count else { throw RuntimeError.index("String index is out of bounds: index \(i) of a string of \(s.count) characters").located(l) }
            return .character(s[s.index(s.startIndex, offsetBy: i)])
        }
        if case .range(let r) = keys[0], let ir = r.intRange {
            guard ir.lowerBound >= 0, ir.upperBound <= s.count else { throw RuntimeError.index("range out of bounds for a string of \(s.count) characters").located(l) }
            let start = s.index(s.startIndex, offsetBy: ir.lowerBound)
            return .string(String(s[start..<s.index(start, offsetBy: ir.count)]))
        }
    case (.tuple(let t), 1):
        if case .int(let i) = keys[0], i >= 0, i < t.elements.count { return t.elements[i] }
    case (.native(let n), _):
        if let b = bindings.members(of: n.type.name, named: "subscript").first {
            var s = v
            return try located(l) { try b.impl(&s, Arguments(keys, bindings: bindings)) }
        }
    default: break
    }
    if labels == ["keyPath"], keys.count == 1, case .function(let path) = keys[0] {
        return try located(l) { try path.call([v]) }
    }
    if let accessors = extensionSubscript(v, labels: labels.count == keys.count ? labels : Array(repeating: nil, count: keys.count), bindings: bindings) {
        var s = v
        return try located(l) { try accessors.get.call(keys, selfValue: &s) }
    }
    throw RuntimeError.type("cannot subscript a value of type '\(typeName(v))' with \(keys.map { typeName($0) }.joined(separator: ", "))").located(l)
}

/// Runs `body` on `v[keys]` in place. For dictionaries the body sees an Optional; setting nil removes the key.
func subscriptModify(_ v: inout Value, _ keys: [Value], labels: [String?], at l: CellLocation, _ body: (inout Value) throws -> Void) throws {
    if let accessors = userSubscript(v, labels: labels, keys.count, bindings: nil) {
        guard let setter = accessors.set else { throw RuntimeError.member("cannot assign through subscript: it is get-only").located(l) }
        var s = v
        var x = try located(l) { try accessors.get.call(keys, selfValue: &s) }
        try body(&x)
        _ = try located(l) { try setter.call(keys + [x], selfValue: &v) }
        return
    }
    switch v {
    case .array(var a):
        if keys.count == 1, case .range(let partial) = keys[0] {
            // `a[1...3] = [7, 8]` replaces the elements in the range.
            let r = partial.resolved(count: a.count)
            guard let ir = r.intRange ?? (r.closed ? nil : (0..<0)), ir.lowerBound >= 0, ir.upperBound <= a.count else {
                throw RuntimeError.index("range \(debugDescribe(.range(r))) is out of bounds for an array of \(a.count) elements").located(l)
            }
            var slice = Value.array(Array(a[ir]))
            try body(&slice)
            guard case .array(let replacement) = slice else { throw RuntimeError.type("a range of an array is replaced by an array").located(l) }
            v = .void
            a.replaceSubrange(ir, with: replacement)
            v = .array(a)
            return
        }
        guard keys.count == 1, case .int(let i) = keys[0] else {
            throw RuntimeError.type("array subscripts assign through an Int index").located(l)
        }
        guard i >= 0 && i < a.count else { throw RuntimeError.index("Index out of range: index \(i) of an array of \(a.count) elements").located(l) }
        v = .void
        defer { v = .array(a) }
        try body(&a[i])
    case .dictionary(var d):
        v = .void
        defer { v = .dictionary(d) }
        let key = keys[0]
        if keys.count == 2 && labels.count == 2 && labels[1] == "default" {
            if try d.modifyValue(forKey: key, body) { return }
            var x = keys[1]
            try body(&x)
            d[key] = x
            return
        }
        var x: Value = d[key].map { .some($0) } ?? .none
        try body(&x)
        switch x {
        case .none: d.removeValue(forKey: key)
        case .some(let inner): d[key] = inner
        default: d[key] = x
        }
    default:
        throw RuntimeError.type("cannot assign through a subscript of a value of type '\(typeName(v))'").located(l)
    }
}

/// Assigns stored property `field` of the struct or class instance `v` through its observers:
/// `willSet` with the new value, the store, then `didSet` with the old value.
private func modifyObserved(_ v: inout Value, field i: Int,
                            _ observers: (willSet: Function?, didSet: Function?), _ body: (inout Value) throws -> Void) throws {
    func instance(_ v: Value) -> Instance? {
        switch v { case .structValue(let x), .object(let x): return x; default: return nil }
    }
    guard let inst = instance(v) else { return }
    let old = inst.fields[i]
    var new = old
    try body(&new)
    if let ft = inst.type.fieldTypes[i] { new = coerce(new, to: ft) }
    if let w = observers.willSet { _ = try w.call([new], selfValue: &v) }
    if case .structValue(var s) = v {
        v = .void
        if !isKnownUniquelyReferenced(&s) { s = s.copy() }
        s.fields[i] = new
        v = .structValue(s)
    } else {
        instance(v)?.fields[i] = new
    }
    if let d = observers.didSet { _ = try d.call([old], selfValue: &v) }
}

/// The value a stored property holds, read through a `weak`/`unowned` reference if it is one.
func storedValue(_ v: Value) throws -> Value {
    if case .native(let n) = v, let w = n.object as? WeakReference { return try w.read() }
    return v
}

/// What a `weak` (or `unowned`) property stores for `v`: the object without keeping it alive.
func referenceStorage(_ v: Value, weak: Bool) -> Value {
    switch v {
    case .object(let i), .some(.object(let i)): return .native(NativeValue(WeakReference(i, unowned: !weak), type: weakReferenceType))
    default: return v
    }
}

/// The library type weak references are wrapped in (never seen by cells: reads unwrap them).
let weakReferenceType = NativeType(name: "WeakReference", doc: "A reference that does not keep its object alive.")
