// MARK: - Text of values for print, debugPrint and String(describing:)

/// `v` as `print` (`debug: false`) or `debugPrint` (`debug: true`) writes it.
///
/// Same as ``describe(_:)`` and ``debugDescribe(_:top:)``, except for what those do not render
/// as Swift does: library values whose `debugDescription` differs from their `description`
/// (``NativeType/debugDescribe``, e.g. Unicode.Scalar) print their description on their own
/// (`A`) and their debug description inside arrays, sets, dictionaries, tuples and optionals
/// (`["A"]`, `Optional("\u{00E9}")`); a range inside those, or given to `debugPrint`, shows its
/// bounds as `String(reflecting:)` does (`Range("a"..<"c")`). Such a value in the fields of a
/// struct or enum without a description of its own is noted as a description gap.
func outputText(_ v: Value, debug: Bool) -> String {
    guard needsOwnRendering(v, top: !debug, depth: 0) else { return debug ? debugDescribe(v) : describe(v) }
    return renderOutput(v, top: !debug)
}

/// Whether `v` holds something ``debugDescribe(_:top:)`` renders differently from Swift (see ``outputText(_:debug:)``).
/// Classes, and structs and enums with their own description, are not entered.
private func needsOwnRendering(_ v: Value, top: Bool, depth: Int) -> Bool {
    guard depth < 64 else { return false }
    func any(_ xs: [Value]) -> Bool { xs.contains { needsOwnRendering($0, top: false, depth: depth + 1) } }
    switch v {
    case .native(let n): return n.type.debugDescribe != nil
    case .range(let r):
        // Range(…) with the bounds as String(reflecting:): it differs for quoted bounds (Range("a"..<"c")).
        return !top && !r.isPartial && (describe(r.lower) != debugDescribe(r.lower) || describe(r.upper) != debugDescribe(r.upper))
    case .array(let a): return any(a)
    case .set(let s): return any(s.elements)
    case .dictionary(let d): return any(d.keys) || any(d.values)
    case .tuple(let t): return any(t.elements)
    case .some(let x): return needsOwnRendering(x, top: false, depth: depth + 1)
    case .structValue(let i): return !describesItself(i.type) && any(i.fields)
    case .enumValue(let e): return !describesItself(e.type) && any(e.payload)
    default: return false
    }
}

/// Whether the user type declares `description` or `debugDescription` (its text is its own).
private func describesItself(_ t: UserType) -> Bool {
    t.computedProperty("description") != nil || t.computedProperty("debugDescription") != nil
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
    case .range(let r) where !top && !r.isPartial:
        // Range's and ClosedRange's debugDescription: the bounds as String(reflecting:).
        let bounds = renderOutput(r.lower, top: false) + (r.closed ? "..." : "..<") + renderOutput(r.upper, top: false)
        return (r.closed ? "ClosedRange(" : "Range(") + bounds + ")"
    default:
        if needsOwnRendering(v, top: top, depth: 0) {
            DescriptionGaps.note("printing a \(typeName(v)) whose fields hold a range or a Unicode.Scalar")
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
