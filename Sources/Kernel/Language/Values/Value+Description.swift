// MARK: - Text as Swift prints it

/// `String(describing:)` of a value: what `print` writes.
func describe(_ v: Value) -> String {
    switch v {
    case .string(let s): return s
    case .character(let c): return String(c)
    default: return debugDescribe(v, top: true)
    }
}

/// `String(reflecting:)`-like text: strings quoted, as they appear inside collections.
func debugDescribe(_ v: Value, top: Bool = false) -> String {
    switch v {
    case .void: return "()"
    case .int(let i): return String(i)
    case .double(let d): return d.description
    case .float(let f): return f.description
    case .bool(let b): return b ? "true" : "false"
    case .string(let s): return s.debugDescription
    case .character(let c): return String(c).debugDescription
    case .array(let a): return "[" + a.map { debugDescribe($0) }.joined(separator: ", ") + "]"
    case .dictionary(let d):
        if d.count == 0 { return "[:]" }
        return "[" + zip(d.keys, d.values).map { debugDescribe($0.0) + ": " + debugDescribe($0.1) }.joined(separator: ", ") + "]"
    case .set(let s):
        let inner = "[" + s.elements.map { debugDescribe($0) }.joined(separator: ", ") + "]"
        return top ? inner : "Set(\(inner))"
    case .tuple(let t):
        return "(" + zip(t.labels, t.elements).map { l, e in (l.map { "\($0): " } ?? "") + debugDescribe(e) }
            .joined(separator: ", ") + ")"
    case .range(let r): return debugDescribe(r.lower) + (r.closed ? "..." : "..<") + debugDescribe(r.upper)
    case .none: return "nil"
    case .some(let x): return "Optional(\(debugDescribe(x)))"
    case .function(let f): return f.name.isEmpty ? "(Function)" : "(Function \(f.signatureName))"
    case .structValue(let inst), .object(let inst):
        if let text = customDescription(v, type: inst.type) { return top ? text : text }
        if case .object = v { return inst.type.name }
        return inst.type.name + "(" + zip(inst.type.fieldNames, inst.fields).map { "\($0): \(debugDescribe($1))" }
            .joined(separator: ", ") + ")"
    case .enumValue(let e):
        if let text = customDescription(v, type: e.type) { return text }
        let c = e.type.cases[e.index]
        if e.payload.isEmpty { return c.name }
        return c.name + "(" + zip(c.labels, e.payload).map { l, p in (l.map { "\($0): " } ?? "") + debugDescribe(p) }
            .joined(separator: ", ") + ")"
    case .type(let t): return t.name
    case .native(let n): return n.type.describe?(n.object) ?? String(describing: n.object)
    }
}

/// The `description` a user type declares (CustomStringConvertible), if any.
private func customDescription(_ v: Value, type: UserType) -> String? {
    guard let getter = type.computedProperty("description")?.get else { return nil }
    var s = v
    guard let r = try? getter.call([], selfValue: &s), case .string(let text) = r else { return nil }
    return text
}

/// The Swift type name of a value, e.g. `Int`, `[String]`, `[String: Int]`, `Point`.
func typeName(_ v: Value) -> String {
    switch v {
    case .void: return "()"
    case .int: return "Int"
    case .double: return "Double"
    case .float: return "Float"
    case .bool: return "Bool"
    case .string: return "String"
    case .character: return "Character"
    case .array(let a): return "[" + commonTypeName(a) + "]"
    case .dictionary(let d): return "[" + commonTypeName(d.keys) + ": " + commonTypeName(d.values) + "]"
    case .set(let s): return "Set<" + commonTypeName(s.elements) + ">"
    case .tuple(let t):
        return "(" + zip(t.labels, t.elements).map { l, e in (l.map { "\($0): " } ?? "") + typeName(e) }.joined(separator: ", ") + ")"
    case .range(let r): return (r.closed ? "ClosedRange<" : "Range<") + typeName(r.lower) + ">"
    case .none: return "Optional"
    case .some(let x): return typeName(x) + "?"
    case .function(let f): return "(" + f.parameters.map { $0.typeName ?? "Any" }.joined(separator: ", ") + ") -> " + (f.resultType ?? "Any")
    case .structValue(let i), .object(let i): return i.type.name
    case .enumValue(let e): return e.type.name
    case .type(let t): return t.name + ".Type"
    case .native(let n): return n.type.name
    }
}

private func commonTypeName(_ values: [Value]) -> String {
    guard let first = values.first else { return "Any" }
    let t = typeName(first)
    return values.dropFirst().allSatisfy { typeName($0) == t } ? t : "Any"
}
