// MARK: - Unicode.Scalar (UnicodeScalar) and the scalars of strings and characters

extension Bindings {
    /// `Unicode.Scalar`, also spelled `UnicodeScalar`: a library type holding the host's
    /// `Unicode.Scalar`, so that its text (`A` on its own, `"A"` inside collections, `"\u{00E9}"`
    /// for é), equality and order are Swift's own. Initialisers follow Swift's overloads:
    /// from a `UInt8` it cannot fail; from an `Int`, `UInt16` or `UInt32` it is failable (nil for
    /// surrogates and values past 0x10FFFF); from a one-scalar string literal it is the scalar.
    func registerUnicodeScalars() {
        builtinType("Unicode", doc: "The namespace of the standard library's Unicode types, such as Unicode.Scalar.")
        let scalarType = type(Unicode.Scalar.self, name: "Scalar",
                              doc: "A Unicode scalar value (Unicode.Scalar, also spelled UnicodeScalar): one code point, not a surrogate.",
                              spelledAs: ["Unicode.Scalar", "UnicodeScalar"])
        scalarType.describe = { ($0 as? Unicode.Scalar).map { String($0) } ?? "\($0)" }
        scalarType.debugDescribe = { ($0 as? Unicode.Scalar)?.debugDescription ?? "\($0)" }
        scalarType.equals = { a, b in
            guard let x = a as? Unicode.Scalar, let y = b as? Unicode.Scalar else { return false }
            return x == y
        }
        scalarType.compare = { a, b in
            guard let x = a as? Unicode.Scalar, let y = b as? Unicode.Scalar else { return nil }
            return x < y ? -1 : (x == y ? 0 : 1)
        }
        scalarType.fromLiteral = { literalScalar($0) }
        // As a one-scalar String hashes (Value hashes strings and characters by their text).
        scalarType.hash = { object, hasher in hasher.combine((object as? Unicode.Scalar).map { String($0) } ?? "") }
        let wrapScalar: (Unicode.Scalar) -> Value = { .native(NativeValue($0, type: scalarType)) }

        let initDoc = "A scalar from a UInt8 (cannot fail), from an Int, UInt16 or UInt32 (nil for surrogates and values past 0x10FFFF), "
            + "or from a one-scalar string (nil for any other string)."
        // Calls spelled `UnicodeScalar(…)` find the initialisers registered under that name.
        for owner in ["Scalar", "UnicodeScalar"] {
            initializer("init(_ value: Any)", on: owner, doc: initDoc) { a in try makeScalar(a[0], wrapScalar) }
        }
        staticMethod("Scalar(_ value: Any) -> Unicode.Scalar?", on: "Unicode", doc: initDoc) { a in try makeScalar(a[0], wrapScalar) }
        staticProperty("Scalar: Unicode.Scalar.Type", on: "Unicode", doc: "The type of Unicode scalar values.") { .type(.native(scalarType)) }

        let s = "Scalar"
        property("value: UInt32", on: s, doc: "The code point, as a UInt32.") { v in .sized(SizedInteger(truncating: Int128(try scalar(v).value), .uint32)) }
        property("isASCII: Bool", on: s, doc: "Whether the scalar is ASCII (value below 128).") { v in .bool(try scalar(v).isASCII) }
        property("description: String", on: s, doc: "The scalar as a one-scalar string.") { v in .string(String(try scalar(v))) }
        property("debugDescription: String", on: s, doc: "The scalar quoted and escaped as Swift writes it in collections, e.g. \"\\u{00E9}\".") { v in
            .string(try scalar(v).debugDescription)
        }
        method("escaped(asASCII forceASCII: Bool) -> String", on: s,
               doc: "The scalar as a Swift string-literal escape (\\n, \\u{301}); with forceASCII, every non-ASCII scalar is escaped.") { v, a in
            .string(try scalar(v).escaped(asASCII: try a.bool(0)))
        }
        property("utf8: [UInt8]", on: s, doc: "The scalar's UTF-8 code units.") { v in
            .array(String(try scalar(v)).utf8.map { .sized(SizedInteger(truncating: Int128($0), .uint8)) })
        }
        property("utf16: [UInt16]", on: s, doc: "The scalar's UTF-16 code units (two for a scalar past 0xFFFF).") { v in
            .array(String(try scalar(v)).utf16.map { .sized(SizedInteger(truncating: Int128($0), .uint16)) })
        }
        let propertiesType = type(Unicode.Scalar.Properties.self, name: "Properties",
                                  doc: "The Unicode properties of a scalar (Unicode.Scalar.Properties).", spelledAs: [])
        propertiesType.describe = { _ in
            DescriptionGaps.note("printing Unicode.Scalar.Properties")
            return "Properties"
        }
        property("properties: Unicode.Scalar.Properties", on: s, doc: "The scalar's Unicode properties (isAlphabetic, isWhitespace, name, …).") { [unowned self] v in
            self.wrap(try scalar(v).properties)
        }
        registerScalarProperties()

        for op in ["==", "!=", "<", "<=", ">", ">="] {
            infixOperator(op, precedenceGroup: "ComparisonPrecedence",
                          doc: "Compares Unicode scalars by value; a one-scalar string literal stands for a scalar (scalar == \"a\").") { a, b in
                guard let (x, y) = scalarOperands(a, b) else { return nil }
                switch op {
                case "==": return .bool(x == y)
                case "!=": return .bool(x != y)
                case "<": return .bool(x < y)
                case "<=": return .bool(x <= y)
                case ">": return .bool(x > y)
                default: return .bool(x >= y)
                }
            }
        }

        property("unicodeScalars: String.UnicodeScalarView", on: "String", doc: "The string's Unicode scalars (as an array of Unicode.Scalar).") { v in
            guard case .string(let text) = v else { throw RuntimeError.type("expected a String, got \(typeName(v))") }
            return .array(text.unicodeScalars.map(wrapScalar))
        }
        property("unicodeScalars: Character.UnicodeScalarView", on: "Character", doc: "The character's Unicode scalars (as an array of Unicode.Scalar).") { v in
            guard case .character(let c) = v else { throw RuntimeError.type("expected a Character, got \(typeName(v))") }
            return .array(c.unicodeScalars.map(wrapScalar))
        }
        initializer("init(ascii v: Unicode.Scalar)", on: "UInt8", doc: "The ASCII code of the scalar (an error when it is not ASCII).") { a in
            guard let x = a[0].native(as: Unicode.Scalar.self) ?? literalScalar(a[0]) else {
                throw RuntimeError.type("UInt8(ascii:) needs a Unicode.Scalar, got \(typeName(a[0]))")
            }
            guard x.isASCII else { throw RuntimeError("PreconditionFailed", "Code point value does not fit into ASCII") }
            return .sized(SizedInteger(truncating: Int128(x.value), .uint8))
        }
    }

    /// The Boolean, text and number properties of `Unicode.Scalar.Properties`, read from the host's Unicode data.
    private func registerScalarProperties() {
        typealias P = Unicode.Scalar.Properties
        let flags: [(String, KeyPath<P, Bool>, String)] = [
            ("isAlphabetic", \.isAlphabetic, "Whether the scalar is alphabetic (Unicode property Alphabetic)."),
            ("isWhitespace", \.isWhitespace, "Whether the scalar is white space (Unicode property White_Space)."),
            ("isUppercase", \.isUppercase, "Whether the scalar is uppercase (Unicode property Uppercase)."),
            ("isLowercase", \.isLowercase, "Whether the scalar is lowercase (Unicode property Lowercase)."),
            ("isCased", \.isCased, "Whether the scalar is cased (Unicode property Cased)."),
            ("isMath", \.isMath, "Whether the scalar is a mathematical symbol (Unicode property Math)."),
            ("isHexDigit", \.isHexDigit, "Whether the scalar is a hexadecimal digit, including fullwidth forms (Unicode property Hex_Digit)."),
            ("isASCIIHexDigit", \.isASCIIHexDigit, "Whether the scalar is an ASCII hexadecimal digit (Unicode property ASCII_Hex_Digit)."),
            ("isDash", \.isDash, "Whether the scalar is a dash (Unicode property Dash)."),
            ("isDiacritic", \.isDiacritic, "Whether the scalar is a diacritic (Unicode property Diacritic)."),
            ("isIdeographic", \.isIdeographic, "Whether the scalar is ideographic (Unicode property Ideographic)."),
            ("isQuotationMark", \.isQuotationMark, "Whether the scalar is a quotation mark (Unicode property Quotation_Mark)."),
            ("isTerminalPunctuation", \.isTerminalPunctuation, "Whether the scalar ends a sentence or clause (Unicode property Terminal_Punctuation)."),
            ("isNoncharacterCodePoint", \.isNoncharacterCodePoint, "Whether the scalar is a noncharacter (Unicode property Noncharacter_Code_Point)."),
            ("isDefaultIgnorableCodePoint", \.isDefaultIgnorableCodePoint, "Whether the scalar is ignorable by default (Unicode property Default_Ignorable_Code_Point)."),
            ("isEmoji", \.isEmoji, "Whether the scalar has the Emoji property (digits such as 1 and # have it too)."),
            ("isEmojiPresentation", \.isEmojiPresentation, "Whether the scalar is shown as an emoji by default (Unicode property Emoji_Presentation)."),
            ("changesWhenLowercased", \.changesWhenLowercased, "Whether lowercasing changes the scalar."),
            ("changesWhenUppercased", \.changesWhenUppercased, "Whether uppercasing changes the scalar."),
            ("changesWhenTitlecased", \.changesWhenTitlecased, "Whether titlecasing changes the scalar."),
            ("changesWhenCaseMapped", \.changesWhenCaseMapped, "Whether any case mapping changes the scalar."),
        ]
        for (name, path, doc) in flags {
            property("\(name): Bool", on: P.self, doc: doc) { p in .bool(p[keyPath: path]) }
        }
        let mappings: [(String, KeyPath<P, String>, String)] = [
            ("lowercaseMapping", \.lowercaseMapping, "The scalar's full lowercase mapping, as a string."),
            ("uppercaseMapping", \.uppercaseMapping, "The scalar's full uppercase mapping, as a string (ß gives SS)."),
            ("titlecaseMapping", \.titlecaseMapping, "The scalar's full titlecase mapping, as a string."),
        ]
        for (name, path, doc) in mappings {
            property("\(name): String", on: P.self, doc: doc) { p in .string(p[keyPath: path]) }
        }
        property("name: String?", on: P.self, doc: "The scalar's Unicode name (\"LATIN CAPITAL LETTER A\"), or nil.") { p in p.name.map { .some(.string($0)) } ?? .none }
        property("nameAlias: String?", on: P.self, doc: "The scalar's corrected Unicode name alias, or nil.") { p in p.nameAlias.map { .some(.string($0)) } ?? .none }
        property("numericValue: Double?", on: P.self, doc: "The scalar's numeric value (7 for \"7\", 0.5 for \"½\"), or nil.") { p in
            p.numericValue.map { .some(.double($0)) } ?? .none
        }
    }
}

/// The receiver of a Unicode.Scalar member.
private func scalar(_ v: Value) throws -> Unicode.Scalar {
    if let s = v.native(as: Unicode.Scalar.self) { return s }
    throw RuntimeError.type("expected a Unicode.Scalar, got \(typeName(v))")
}

/// The scalar a string or character literal of exactly one scalar stands for (`"a"`, `"\u{301}"`).
func literalScalar(_ v: Value) -> Unicode.Scalar? {
    let scalars: String.UnicodeScalarView
    switch v {
    case .string(let s): scalars = s.unicodeScalars
    case .character(let c): scalars = String(c).unicodeScalars
    default: return nil
    }
    guard let first = scalars.first, scalars.count == 1 else { return nil }
    return first
}

/// The scalar `v` holds: a Unicode.Scalar, or a `.some` around one. `UnicodeScalar(65)` yields the
/// optional of Swift's failable `init?(_: Int)`; a compiled program passes it where a scalar is
/// required (`Character(UnicodeScalar(65))`) only when Swift chose the non-failable `init(_: UInt8)`.
func scalarArgument(_ v: Value) -> Unicode.Scalar? {
    if let s = v.native(as: Unicode.Scalar.self) { return s }
    if case .some(let inner) = v { return inner.native(as: Unicode.Scalar.self) }
    return nil
}

/// Both operands as scalars when one is a scalar and the other a scalar or a one-scalar literal.
private func scalarOperands(_ a: Value, _ b: Value) -> (Unicode.Scalar, Unicode.Scalar)? {
    let x = a.native(as: Unicode.Scalar.self), y = b.native(as: Unicode.Scalar.self)
    guard x != nil || y != nil else { return nil }
    guard let p = x ?? literalScalar(a), let q = y ?? literalScalar(b) else { return nil }
    return (p, q)
}

/// `Unicode.Scalar(v)` as Swift's overloads decide it.
private func makeScalar(_ v: Value, _ wrap: (Unicode.Scalar) -> Value) throws -> Value {
    switch v {
    case .native(let n) where n.object is Unicode.Scalar: return v
    case .sized(let s):
        switch s.kind {
        case .uint8: return wrap(Unicode.Scalar(UInt8(truncatingIfNeeded: s.bits)))
        case .uint16, .uint32: return Unicode.Scalar(UInt32(truncatingIfNeeded: s.bits)).map { .some(wrap($0)) } ?? .none
        default:
            throw RuntimeError.type("no Unicode.Scalar initialiser accepts a \(s.kind.name); convert it with UInt32(_:) or Int(_:) first")
        }
    case .int(let i):
        return UInt32(exactly: i).flatMap { Unicode.Scalar($0) }.map { .some(wrap($0)) } ?? .none
    case .string, .character:
        // A one-scalar literal is a Unicode.Scalar literal; any other string gives nil (init?(_ description: String)).
        return literalScalar(v).map(wrap) ?? .none
    default:
        throw RuntimeError.type("no Unicode.Scalar initialiser accepts a \(typeName(v))")
    }
}
