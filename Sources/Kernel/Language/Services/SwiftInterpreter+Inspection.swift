import Protocol

// MARK: - inspect

extension SwiftInterpreter {
    /// Signature, documentation, and the current value's type and summary for the name under the cursor.
    public func inspect(_ code: String, cursor: Int, detailLevel: Int) -> MimeBundle? {
        let scalars = Array(code.unicodeScalars)
        let at = max(0, min(cursor, scalars.count))
        func isId(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "_" }
        var start = at, end = at
        while start > 0, isId(scalars[start - 1]) || scalars[start - 1] == "." { start -= 1 }
        while end < scalars.count, isId(scalars[end]) { end += 1 }
        let text = String(String.UnicodeScalarView(scalars[start..<end])).trimmingCharacters(in: ["."])
        guard !text.isEmpty else { return nil }
        let parts = text.split(separator: ".").map(String.init)
        var lines: [String] = []

        if parts.count == 1 {
            let name = parts[0]
            if let t = session.types[name] { lines += describeType(t) }
            else if let box = session.globals[name] {
                if case .function(let f) = box.value {
                    lines.append(f.signature)
                    if !f.doc.isEmpty { lines.append(f.doc) }
                } else {
                    lines.append("\(box.isLet ? "let" : "var") \(name): \(typeName(box.value))")
                    lines.append("Value: " + summary(box.value, full: detailLevel > 0))
                }
            } else if let fs = bindings.functions[name] {
                for b in fs { lines.append(b.displaySignature); lines.append("    " + b.doc) }
            } else if bindings.builtinTypes.contains(name) {
                lines.append("type \(name)")
                if let d = bindings.docs[name] { lines.append(d) }
                for b in bindings.members(of: name, named: "init") { lines.append(b.displaySignature + " — " + b.doc) }
            } else if let k = Self.keywords.first(where: { $0 == name }) {
                lines.append("keyword \(k)")
            }
        } else if let base = currentValue(of: Array(parts.dropLast())) {
            let member = parts[parts.count - 1]
            switch unwrapOptional(base) {
            case .structValue(let i), .object(let i):
                if let m = i.type.method(member) { lines.append(m.signature); if !m.doc.isEmpty { lines.append(m.doc) } }
                if let k = i.type.fieldIndex[member] {
                    lines.append("\(i.type.name).\(member): \(i.type.fieldTypes[k] ?? typeName(i.fields[k]))")
                    lines.append("Value: " + summary(i.fields[k], full: detailLevel > 0))
                }
            case .type(.user(let u)):
                if let m = u.staticMethods[member] { lines.append("static " + m.signature) }
                if let box = u.staticValues[member] { lines.append("static \(u.name).\(member): \(typeName(box.value)) = \(summary(box.value, full: false))") }
                if u.caseIndex[member] != nil { lines.append("case \(u.name).\(member)") }
            case .type(let t):
                for b in bindings.members(of: t.name, named: member) { lines.append(b.displaySignature); lines.append("    " + b.doc) }
            default:
                for b in bindings.members(of: typeKey(unwrapOptional(base)), named: member) {
                    lines.append(b.displaySignature); lines.append("    " + b.doc)
                }
            }
        }
        guard !lines.isEmpty else { return nil }
        var bundle = MimeBundle(plainText: lines.joined(separator: "\n"))
        bundle.set("text/markdown", .string("```swift\n" + lines.joined(separator: "\n") + "\n```"))
        return bundle
    }

    private func describeType(_ t: UserType) -> [String] {
        let kind = t.kind == .structType ? "struct" : (t.kind == .classType ? "class" : "enum")
        var lines = ["\(kind) \(t.name)" + (t.superclass.map { ": \($0.name)" } ?? "")]
        if !t.doc.isEmpty { lines.append(t.doc) }
        for (i, f) in t.fieldNames.enumerated() { lines.append("  \(t.fieldIsLet[i] ? "let" : "var") \(f): \(t.fieldTypes[i] ?? "Any")") }
        for c in t.cases { lines.append("  case \(c.name)" + (c.labels.isEmpty ? "" : "(" + c.labels.map { $0 ?? "_" }.joined(separator: ", ") + ")")) }
        for (_, m) in t.methods.sorted(by: { $0.key < $1.key }) { lines.append("  " + m.signature) }
        return lines
    }

    /// A short text of a value (collections elided).
    func summary(_ v: Value, full: Bool) -> String {
        let text = Display.plainText(v)
        if full || text.count <= 200 { return text }
        return String(text.prefix(200)) + "…"
    }
}
