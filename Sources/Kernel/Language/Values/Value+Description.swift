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
    case .sized(let s): return s.description
    // `print` writes a NaN with its sign bit set as "-nan" (as x86 produces from inf - inf).
    case .double(let d): return d.isNaN && d.sign == .minus ? "-nan" : d.description
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
    case .range(let r):
        if case .void = r.lower { return "\(typeName(v))(upperBound: \(debugDescribe(r.upper)))" }
        if case .void = r.upper { return "\(typeName(v))(lowerBound: \(debugDescribe(r.lower)))" }
        let text = describe(r.lower) + (r.closed ? "..." : "..<") + describe(r.upper)
        // Inside collections, optionals and tuples, and for debugPrint: `Range(1..<3)`.
        return top ? text : (r.closed ? "ClosedRange(" : "Range(") + text + ")"
    case .none: return "nil"
    case .some(let x): return "Optional(\(debugDescribe(x)))"
    case .function(let f): return f.name.isEmpty ? "(Function)" : "(Function \(f.signatureName))"
    // Swift names a type with its module ("main.Point") except in a struct or enum printed on its own.
    case .structValue(let inst), .object(let inst):
        if let text = customDescription(v, type: inst.type, debug: !top) { return text }
        if !inst.type.lazyFields.isEmpty, inst.type.lazyFields.keys.contains(where: { if case .void = inst.fields[$0] { return true }; return false }) {
            DescriptionGaps.note("printing an instance whose lazy property was not read yet")
        }
        let name: String
        if inst.type.isGeneric {
            guard let n = inst.type.specializedName(fields: inst.fields) else {
                DescriptionGaps.note("printing an instance of the generic type '\(inst.type.name)' whose generic arguments cannot be told from its values")
                return inst.type.name
            }
            name = n
        } else {
            name = inst.type.name
        }
        let qualified = inst.type.qualifiedName.dropLast(inst.type.name.count) + name
        if case .object = v { return "main." + qualified }
        return (top ? name : "main." + qualified) + "("
            + zip(inst.type.fieldNames, inst.fields).map { "\($0): \(debugDescribe((try? storedValue($1)) ?? .none))" }.joined(separator: ", ") + ")"
    case .enumValue(let e):
        if let text = customDescription(v, type: e.type, debug: !top) { return text }
        let c = e.type.cases[e.index]
        let name = (top ? "" : "main.\(e.type.qualifiedName).") + c.name
        if e.payload.isEmpty { return name }
        return name + "(" + zip(c.labels, e.payload).map { l, p in (l.map { "\($0): " } ?? "") + debugDescribe(p) }
            .joined(separator: ", ") + ")"
    case .type(let t): return canonicalTypeName(t.name)
    case .native(let n):
        if !top, let debug = n.type.debugDescribe { return debug(n.object) }
        return n.type.describe?(n.object) ?? String(describing: n.object)
    }
}

/// The text a user type declares for itself: `description` (CustomStringConvertible) first for
/// `print`, `debugDescription` (CustomDebugStringConvertible) first inside collections, for
/// `debugPrint` and `String(reflecting:)`, as Swift chooses; nil when it declares neither.
private func customDescription(_ v: Value, type: UserType, debug: Bool) -> String? {
    let order = debug ? ["debugDescription", "description"] : ["description", "debugDescription"]
    guard let getter = order.lazy.compactMap({ type.computedProperty($0)?.get }).first else { return nil }
    var s = v
    guard let r = try? getter.call([], selfValue: &s), case .string(let text) = r else { return nil }
    return text
}

/// The Swift type name of a value, e.g. `Int`, `[String]`, `[String: Int]`, `Point`.
func typeName(_ v: Value) -> String {
    switch v {
    case .void: return "()"
    case .int: return "Int"
    case .sized(let s): return s.kind.name
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
    case .range(let r):
        if case .void = r.lower { return (r.closed ? "PartialRangeThrough<" : "PartialRangeUpTo<") + typeName(r.upper) + ">" }
        if case .void = r.upper { return "PartialRangeFrom<" + typeName(r.lower) + ">" }
        return (r.closed ? "ClosedRange<" : "Range<") + typeName(r.lower) + ">"
    case .none: return "Optional"
    case .some(let x): return typeName(x) + "?"
    case .function(let f): return "(" + f.parameters.map { $0.typeName ?? "Any" }.joined(separator: ", ") + ") -> " + (f.resultType ?? "Any")
    case .structValue(let i), .object(let i): return i.type.specializedName(fields: i.fields) ?? i.type.name
    case .enumValue(let e): return e.type.name
    case .type(let t): return t.name + ".Type"
    case .native(let n): return n.type.name
    }
}

/// The one type of all `values`: their type when they agree, their nearest common superclass
/// when they are class instances, `Any` otherwise.
private func commonTypeName(_ values: [Value]) -> String {
    guard let first = values.first else { return "Any" }
    let t = typeName(first)
    if values.dropFirst().allSatisfy({ typeName($0) == t }) { return t }
    guard case .object(let f) = first else { return "Any" }
    var common: UserType? = f.type
    for v in values.dropFirst() {
        guard case .object(let i) = v else { return "Any" }
        while let c = common, !i.type.isSubtype(of: c) { common = c.superclass }
    }
    return common?.name ?? "Any"
}

/// A type's name as `print(type(of:))` writes it: sugar spelled out (`[Int]` is `Array<Int>`,
/// `[String: Int]` is `Dictionary<String, Int>`, `Int?` is `Optional<Int>`), recursively.
func canonicalTypeName(_ sugared: String) -> String {
    let t = sugared.trimmingSpaces
    if t.contains("->") { return t }
    if t.hasSuffix("?") || t.hasSuffix("!") { return "Optional<" + canonicalTypeName(String(t.dropLast())) + ">" }
    if t.hasPrefix("["), t.hasSuffix("]") {
        let inner = String(t.dropFirst().dropLast())
        if let colon = topLevelColonIndex(Substring(inner)) {
            return "Dictionary<" + canonicalTypeName(String(inner[..<colon])) + ", "
                + canonicalTypeName(String(inner[inner.index(after: colon)...])) + ">"
        }
        return "Array<" + canonicalTypeName(inner) + ">"
    }
    if t.hasPrefix("("), t.hasSuffix(")") {
        return "(" + SignatureParser.splitTopLevel(String(t.dropFirst().dropLast())).map { field in
            if let colon = topLevelColonIndex(Substring(field)) {
                return String(field[..<colon]).trimmingSpaces + ": " + canonicalTypeName(String(field[field.index(after: colon)...]))
            }
            return canonicalTypeName(field)
        }.joined(separator: ", ") + ")"
    }
    if let open = t.firstIndex(of: "<"), t.hasSuffix(">"), !t.contains("->") {
        let args = SignatureParser.splitTopLevel(String(t[t.index(after: open)..<t.index(before: t.endIndex)]))
        return String(t[..<open]) + "<" + args.map(canonicalTypeName).joined(separator: ", ") + ">"
    }
    return t
}


/// What a description could not render exactly, noted while describing so that `print` and
/// string interpolation refuse instead of showing different text (descriptions cannot throw).
enum DescriptionGaps {
    nonisolated(unsafe) private static var pending: String?

    /// Records that the text being built is not what Swift would print.
    static func note(_ construct: String) { if pending == nil { pending = construct } }

    /// Describes with `body`, throwing `Unsupported` if a gap was noted meanwhile.
    static func checked<T>(_ body: () throws -> T) throws -> T {
        pending = nil
        let r = try body()
        if let gap = pending { pending = nil; throw RuntimeError.unsupported(gap) }
        return r
    }
}
