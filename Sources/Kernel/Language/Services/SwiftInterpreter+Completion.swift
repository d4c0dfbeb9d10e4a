import Protocol

// MARK: - complete

extension SwiftInterpreter {
    /// Swift keywords offered by completion.
    static let keywords = ["let", "var", "func", "struct", "class", "enum", "protocol", "extension", "if", "else", "guard",
                           "switch", "case", "default", "for", "in", "while", "repeat", "return", "break", "continue",
                           "throw", "throws", "try", "do", "catch", "defer", "true", "false", "nil", "self", "init",
                           "static", "mutating", "where", "is", "as", "import", "fallthrough"]

    /// Candidates at `cursor` (Unicode scalars): members after a dot (from the runtime value's
    /// type), argument labels inside a call, else names in scope, keywords and library symbols.
    public func complete(_ code: String, cursor: Int) -> CompletionResult {
        let scalars = Array(code.unicodeScalars)
        let end = max(0, min(cursor, scalars.count))
        var start = end
        while start > 0, isIdentifierScalar(scalars[start - 1]) { start -= 1 }
        let prefix = String(String.UnicodeScalarView(scalars[start..<end]))
        var candidates: [(String, String, String)] = []  // text, type, signature

        if start > 0, scalars[start - 1] == "." {
            // Member completion: the expression before the dot.
            var s = start - 1
            while s > 0, isIdentifierScalar(scalars[s - 1]) || scalars[s - 1] == "." { s -= 1 }
            let baseText = String(String.UnicodeScalarView(scalars[s..<(start - 1)]))
            candidates = memberCandidates(baseText)
        } else {
            if let call = enclosingCall(scalars, before: start) {
                candidates += labelCandidates(call).map { ($0.0, "parameter", $0.1) }
            }
            candidates += scopeCandidates(code)
            if Magics.all.contains(where: { $0.name.hasPrefix("%" + prefix) }) && start > 0 && scalars[start - 1] == "%" {
                let magics = Magics.all.map { (String($0.name.dropFirst()), "magic", $0.doc) }
                candidates = magics
            }
        }
        var seen = Set<String>()
        let filtered = candidates.filter { $0.0.hasPrefix(prefix) && seen.insert($0.0).inserted }
            .sorted { ($0.1 == "parameter" ? 0 : 1, $0.0) < ($1.1 == "parameter" ? 0 : 1, $1.0) }
        return CompletionResult(matches: filtered.map(\.0), cursorStart: start, cursorEnd: end,
                                types: filtered.map { CompletionType(text: $0.0, type: $0.1, signature: $0.2) })
    }

    private func isIdentifierScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "_" || s == "$"
    }

    /// Names visible at the top of a cell, plus names the code being typed declares.
    func scopeCandidates(_ code: String) -> [(String, String, String)] {
        var out: [(String, String, String)] = []
        for (name, box) in session.globals {
            if case .function(let f) = box.value { out.append((name, "function", f.signature)) } else { out.append((name, "variable", typeName(box.value))) }
        }
        for name in session.types.keys { out.append((name, "class", "")) }
        for (name, overloads) in bindings.functions { out.append((name, "function", overloads.first?.signature ?? "")) }
        for name in bindings.builtinTypes { out.append((name, "class", "")) }
        for k in Self.keywords { out.append((k, "keyword", "")) }
        // Declarations in the code itself.
        let words = code.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" })
        for (i, w) in words.enumerated() where ["let", "var", "func", "struct", "class", "enum"].contains(w) && i + 1 < words.count {
            out.append((String(words[i + 1]), w == "func" ? "function" : (w == "let" || w == "var" ? "variable" : "class"), ""))
        }
        return out
    }

    /// Members of the value or type named by `baseText` (identifiers and dots only).
    func memberCandidates(_ baseText: String) -> [(String, String, String)] {
        let parts = baseText.split(separator: ".").map(String.init)
        if parts.isEmpty {
            // Implicit member: enum cases and static members of user types.
            return session.types.values.flatMap { t in t.cases.map { ($0.name, "enum", t.name) } }
        }
        guard let value = currentValue(of: parts) else { return [] }
        return members(of: value)
    }

    /// The current value of a chain of names, reading stored properties only (no code runs).
    func currentValue(of parts: [String]) -> Value? {
        guard let first = parts.first else { return nil }
        var v: Value
        if let t = session.types[first] { v = .type(.user(t)) }
        else if let box = session.globals[first] { v = box.value }
        else if let nt = bindings.nativeTypes[first] { v = .type(.native(nt)) }
        else if bindings.builtinTypes.contains(first) { v = .type(.builtin(first)) }
        else { return nil }
        for p in parts.dropFirst() {
            switch unwrapOptional(v) {
            case .structValue(let i), .object(let i):
                guard let k = i.type.fieldIndex[p] else { return nil }
                v = i.fields[k]
            case .tuple(let t):
                guard let k = Int(p) ?? t.labels.firstIndex(where: { $0 == p }), k < t.elements.count else { return nil }
                v = t.elements[k]
            case .type(.user(let u)):
                guard let box = u.staticValues[p] else { return nil }
                v = box.value
            default: return nil
            }
        }
        return v
    }

    /// Member names of a value, with kinds and signatures.
    func members(of value: Value) -> [(String, String, String)] {
        var out: [(String, String, String)] = []
        switch unwrapOptional(value) {
        case .structValue(let i), .object(let i):
            var t: UserType? = i.type
            while let u = t {
                out += u.fieldNames.map { ($0, "property", "") }
                out += u.computed.keys.map { ($0, "property", "") }
                out += u.methods.map { ($0.key, "function", $0.value.signature) }
                t = u.superclass
            }
        case .enumValue(let e):
            out += e.type.methods.map { ($0.key, "function", $0.value.signature) }
            out += e.type.computed.keys.map { ($0, "property", "") }
            if e.type.rawType != nil { out.append(("rawValue", "property", "")) }
        case .type(.user(let u)):
            out += u.cases.map { ($0.name, "enum", "") }
            out += u.staticValues.keys.map { ($0, "property", "") }
            out += u.staticMethods.map { ($0.key, "function", $0.value.signature) }
        case .type(let t):
            for (name, bs) in bindings.members[t.name] ?? [:] where bs.contains(where: { $0.kind == .staticMethod || $0.kind == .staticProperty }) {
                out.append((name, bs[0].kind == .staticProperty ? "property" : "function", bs[0].signature))
            }
        case .tuple(let t):
            out += t.labels.enumerated().map { ($1 ?? String($0), "property", "") }
        default:
            let key = typeKey(unwrapOptional(value))
            for (name, bs) in bindings.members[key] ?? [:] where bs.contains(where: { $0.kind == .method || $0.kind == .property }) {
                out.append((name, bs[0].kind == .property ? "property" : "function", bs.map(\.signature).joined(separator: " | ")))
            }
        }
        return out
    }

    /// The name of the call whose parentheses enclose `position`, if any.
    func enclosingCall(_ scalars: [Unicode.Scalar], before position: Int) -> String? {
        var depth = 0
        var i = position - 1
        while i >= 0 {
            let c = scalars[i]
            if c == ")" { depth += 1 } else if c == "(" {
                if depth == 0 {
                    var s = i
                    while s > 0, isIdentifierScalar(scalars[s - 1]) || scalars[s - 1] == "." { s -= 1 }
                    let name = String(String.UnicodeScalarView(scalars[s..<i]))
                    return name.isEmpty ? nil : name
                }
                depth -= 1
            } else if c == "\n" && depth == 0 && i < position - 200 {
                return nil
            }
            i -= 1
        }
        return nil
    }

    /// `label:` candidates for a call to `callee` (a function, a type, or `value.method`).
    func labelCandidates(_ callee: String) -> [(String, String)] {
        let parts = callee.split(separator: ".").map(String.init)
        guard let last = parts.last else { return [] }
        var labels: [(String, String)] = []
        func add(_ params: [(String?, String)]) { labels += params.compactMap { p in p.0.map { ($0 + ":", p.1) } } }
        if parts.count == 1 {
            if let box = session.globals[last], case .function(let f) = box.value {
                add(f.parameters.map { ($0.label, f.signature) })
            }
            if let t = session.types[last] {
                if t.initializers.isEmpty { add(t.fieldNames.map { ($0, "\(t.name)(…)") }) }
                for i in t.initializers { add(i.parameters.map { ($0.label, i.signature) }) }
            }
            for b in (bindings.functions[last] ?? []) + bindings.members(of: last, named: "init") {
                add(b.parameters.map { ($0.label, b.signature) })
            }
        } else if let v = currentValue(of: Array(parts.dropLast())) {
            switch unwrapOptional(v) {
            case .structValue(let i), .object(let i):
                if let m = i.type.method(last) { add(m.parameters.map { ($0.label, m.signature) }) }
            case .type(.user(let u)):
                if let m = u.staticMethods[last] { add(m.parameters.map { ($0.label, m.signature) }) }
            case .type(let t):
                for b in bindings.members(of: t.name, named: last) { add(b.parameters.map { ($0.label, b.signature) }) }
            default:
                for b in bindings.members(of: typeKey(unwrapOptional(v)), named: last) { add(b.parameters.map { ($0.label, b.signature) }) }
            }
        }
        return labels
    }
}
