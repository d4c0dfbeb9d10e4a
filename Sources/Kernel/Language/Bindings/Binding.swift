/// One registered library entry: a function, method, property, initialiser, static
/// member or subscript, with its Swift signature and documentation.
public final class Binding {
    /// What kind of entry it is.
    public enum Kind { case function, method, property, initializer, staticMethod, staticProperty, subscriptGetter }

    /// One parameter from the signature.
    public struct Parameter {
        public var label: String?
        public var name: String
        public var typeName: String
        public var defaultValue: Value?
        public var isVariadic: Bool
    }

    public let kind: Kind
    /// The owning type's name, nil for free functions.
    public let owner: String?
    /// The base name (`init` for initialisers, `subscript` for subscripts).
    public let name: String
    public let parameters: [Parameter]
    public let resultType: String
    public let doc: String
    /// The signature as registered.
    public let signature: String
    public let isMutating: Bool
    let impl: (inout Value, Arguments) throws -> Value

    init(kind: Kind, owner: String?, signature: String, doc: String, isMutating: Bool = false,
         impl: @escaping (inout Value, Arguments) throws -> Value) {
        self.kind = kind; self.owner = owner; self.signature = signature; self.doc = doc
        self.isMutating = isMutating; self.impl = impl
        let parsed = SignatureParser.parse(signature, isProperty: kind == .property || kind == .staticProperty)
        name = parsed.name; parameters = parsed.parameters; resultType = parsed.result
    }

    /// Swift's full name, e.g. `insert(_:at:)`.
    public var fullName: String {
        if kind == .property || kind == .staticProperty { return name }
        return name + "(" + parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
    }

    /// The signature as shown by inspection, e.g. `Array.insert(_ newElement: Element, at i: Int)`.
    public var displaySignature: String {
        let prefix = kind == .staticMethod || kind == .staticProperty ? "static " : ""
        return prefix + (owner.map { "\($0)." } ?? "") + signature
    }
}

/// Reads Swift signatures of registered entries: labels, names, types, literal defaults.
enum SignatureParser {
    static func parse(_ text: String, isProperty: Bool) -> (name: String, parameters: [Binding.Parameter], result: String) {
        if isProperty {
            let parts = text.split(separator: ":", maxSplits: 1)
            return (parts[0].trimmingSpaces, [], parts.count > 1 ? parts[1].trimmingSpaces : "Any")
        }
        guard let open = text.firstIndex(of: "("), let close = matchingParen(text, open) else {
            return (text.trimmingSpaces, [], "Void")
        }
        let name = text[..<open].trimmingSpaces
        let inner = text[text.index(after: open)..<close]
        let rest = text[text.index(after: close)...].trimmingSpaces
        let result = rest.hasPrefix("->") ? String(rest.dropFirst(2)).trimmingSpaces : "Void"
        let params = splitTopLevel(String(inner)).compactMap(parseParameter)
        return (name, params, result)
    }

    private static func parseParameter(_ text: String) -> Binding.Parameter? {
        let t = text.trimmingSpaces
        guard !t.isEmpty, let colon = topLevelColon(t) else { return nil }
        let head = t[..<colon].split(separator: " ").map(String.init)
        var typeAndDefault = t[t.index(after: colon)...].trimmingSpaces
        var def: Value?
        if let eq = topLevelEquals(typeAndDefault) {
            def = literalValue(String(typeAndDefault[typeAndDefault.index(after: eq)...]).trimmingSpaces)
            typeAndDefault = typeAndDefault[..<eq].trimmingSpaces
        }
        let variadic = typeAndDefault.hasSuffix("...")
        if variadic { typeAndDefault = String(typeAndDefault.dropLast(3)) }
        let label: String? = head.count == 2 ? (head[0] == "_" ? nil : head[0]) : head[0]
        let name = head.count == 2 ? head[1] : head[0]
        return Binding.Parameter(label: label, name: name, typeName: typeAndDefault, defaultValue: def, isVariadic: variadic)
    }

    /// Literal default values: integers, doubles, strings, booleans, nil and empty collections.
    static func literalValue(_ s: String) -> Value {
        if let i = Int(s) { return .int(i) }
        if let d = Double(s) { return .double(d) }
        if s == "true" { return .bool(true) }
        if s == "false" { return .bool(false) }
        if s == "nil" { return .none }
        if s == "[]" { return .array([]) }
        if s == "[:]" { return .dictionary(OrderedDictionary()) }
        if s.hasPrefix("\""), s.hasSuffix("\""), s.count >= 2 {
            return .string(String(s.dropFirst().dropLast()).replacingEscapes())
        }
        return .string(s)
    }

    static func matchingParen(_ s: String, _ open: String.Index) -> String.Index? {
        var depth = 0
        var i = open
        var prev: Character = " "
        while i < s.endIndex {
            switch s[i] {
            case "(", "[", "<": depth += 1
            case ">" where prev == "-": break  // the arrow of a function type
            case ")", "]", ">": depth -= 1; if depth == 0 { return i }
            default: break
            }
            prev = s[i]
            i = s.index(after: i)
        }
        return nil
    }

    static func splitTopLevel(_ s: String) -> [String] {
        var parts: [String] = [], depth = 0, cur = ""
        var inString = false
        var prev: Character = " "
        for c in s {
            if c == "\"" { inString.toggle() }
            if !inString {
                if "([<".contains(c) { depth += 1 }
                if ")]".contains(c) || (c == ">" && prev != "-") { depth -= 1 }
                if c == "," && depth == 0 { parts.append(cur); cur = ""; prev = c; continue }
            }
            cur.append(c); prev = c
        }
        if !cur.trimmingSpaces.isEmpty { parts.append(cur) }
        return parts
    }

    private static func topLevelColon(_ s: String) -> String.Index? { topLevel(":", in: s) }

    private static func topLevelEquals(_ s: String) -> String.Index? { topLevel("=", in: s) }

    /// The first `character` outside parentheses and brackets.
    private static func topLevel(_ character: Character, in s: String) -> String.Index? {
        var depth = 0
        for i in s.indices {
            switch s[i] {
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            case character where depth == 0: return i
            default: break
            }
        }
        return nil
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\n" || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\n" || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}

extension String {
    /// Interprets Swift escapes: `\n`, `\t`, `\r`, `\0`, `\\`, `\"`, `\'`, `\u{…}`.
    func replacingEscapes() -> String {
        guard contains("\\") else { return self }
        var out = ""
        var it = makeIterator()
        while let c = it.next() {
            guard c == "\\" else { out.append(c); continue }
            guard let e = it.next() else { out.append("\\"); break }
            switch e {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "r": out.append("\r")
            case "0": out.append("\0")
            case "u":
                var hex = ""
                if it.next() == "{" { while let h = it.next(), h != "}" { hex.append(h) } }
                if let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) { out.unicodeScalars.append(scalar) }
            default: out.append(e)
            }
        }
        return out
    }
}
