// MARK: - Text of values for print, debugPrint and String(describing:)

/// `v` as `print` (`debug: false`) or `debugPrint` (`debug: true`) writes it.
///
/// Same as ``describe(_:)`` and ``debugDescribe(_:top:)``, except for library values whose
/// `debugDescription` differs from their `description` (``NativeType/debugDescribe``, e.g.
/// Unicode.Scalar): on their own they print their description (`A`), inside arrays, sets,
/// dictionaries, tuples and optionals their debug description (`["A"]`, `Optional("\u{00E9}")`).
/// Such a value inside a struct, class, enum or range is noted as a description gap.
func outputText(_ v: Value, debug: Bool) -> String {
    guard containsDebugDescribed(v, depth: 0) else { return debug ? debugDescribe(v) : describe(v) }
    return renderOutput(v, top: !debug)
}

/// Whether a library value with its own debug description occurs in `v` (classes are not entered).
private func containsDebugDescribed(_ v: Value, depth: Int) -> Bool {
    guard depth < 64 else { return false }
    switch v {
    case .native(let n): return n.type.debugDescribe != nil
    case .array(let a): return a.contains { containsDebugDescribed($0, depth: depth + 1) }
    case .set(let s): return s.elements.contains { containsDebugDescribed($0, depth: depth + 1) }
    case .dictionary(let d):
        return d.keys.contains { containsDebugDescribed($0, depth: depth + 1) } || d.values.contains { containsDebugDescribed($0, depth: depth + 1) }
    case .tuple(let t): return t.elements.contains { containsDebugDescribed($0, depth: depth + 1) }
    case .some(let x): return containsDebugDescribed(x, depth: depth + 1)
    case .range(let r): return containsDebugDescribed(r.lower, depth: depth + 1) || containsDebugDescribed(r.upper, depth: depth + 1)
    case .structValue(let i): return i.fields.contains { containsDebugDescribed($0, depth: depth + 1) }
    case .enumValue(let e): return e.payload.contains { containsDebugDescribed($0, depth: depth + 1) }
    default: return false
    }
}

/// The text of `v` at the top level of `print` (`top`) or inside a collection (`!top`).
private func renderOutput(_ v: Value, top: Bool) -> String {
    switch v {
    case .native(let n):
        if top { return describe(v) }
        return n.type.debugDescribe?(n.object) ?? debugDescribe(v)
    case .array(let a): return "[" + a.map { renderOutput($0, top: false) }.joined(separator: ", ") + "]"
    case .set(let s):
        let inner = "[" + s.elements.map { renderOutput($0, top: false) }.joined(separator: ", ") + "]"
        return top ? inner : "Set(\(inner))"
    case .dictionary(let d):
        if d.count == 0 { return "[:]" }
        return "[" + zip(d.keys, d.values).map { renderOutput($0.0, top: false) + ": " + renderOutput($0.1, top: false) }.joined(separator: ", ") + "]"
    case .tuple(let t):
        return "(" + zip(t.labels, t.elements).map { l, e in (l.map { "\($0): " } ?? "") + renderOutput(e, top: false) }.joined(separator: ", ") + ")"
    case .some(let x): return "Optional(" + renderOutput(x, top: false) + ")"
    default:
        if containsDebugDescribed(v, depth: 0) {
            DescriptionGaps.note("printing a \(typeName(v)) that holds a Unicode.Scalar (or another value whose debug description differs)")
        }
        return top ? describe(v) : debugDescribe(v)
    }
}

/// Three-way comparison that also orders library values of one type with a ``NativeType/compare``
/// (Unicode scalars), and a library value with a literal standing for one (`"a"`).
func compareAllowingLibrary(_ a: Value, _ b: Value) throws -> Int? {
    if case .native(let n) = a, let cmp = n.type.compare {
        if let other = asLibraryValue(b, like: n) { return cmp(n.object, other) }
        return nil
    }
    if case .native(let n) = b, let cmp = n.type.compare {
        if let other = asLibraryValue(a, like: n) { return cmp(other, n.object) }
        return nil
    }
    return try compareValues(a, b)
}

/// The object of `n`'s type that `v` is or stands for (a one-scalar literal among scalars).
private func asLibraryValue(_ v: Value, like n: NativeValue) -> Any? {
    if case .native(let m) = v { return m.type === n.type ? m.object : nil }
    return n.type.fromLiteral?(v)
}

/// `arg` as an element like those of `elements`: a literal standing for a library value becomes
/// that value when the elements are of such a type (`scalars.contains("a")`), so that `==` holds.
func asElement(_ arg: Value, of elements: [Value]) -> Value {
    if case .native = arg { return arg }
    guard case .native(let n)? = elements.first, let convert = n.type.fromLiteral, let object = convert(arg) else { return arg }
    return .native(NativeValue(object, type: n.type))
}
