// MARK: - Structural equality and hashing

extension Value: Hashable {
    /// Structural equality: numbers by value, collections element-wise, structs and enums
    /// field by field, classes and library objects by identity.
    public static func == (a: Value, b: Value) -> Bool {
        if let user = userEquality(a, b) { return user }
        switch (a, b) {
        case (.void, .void), (.none, .none): return true
        case let (.int(x), .int(y)): return x == y
        case let (.sized(x), .sized(y)): return x == y
        case let (.sized(x), .int(y)), let (.int(y), .sized(x)): return x.value == Int128(y)
        case let (.double(x), .double(y)): return x == y
        case let (.float(x), .float(y)): return x == y
        case let (.int(x), .double(y)), let (.double(y), .int(x)): return Double(x) == y
        case let (.bool(x), .bool(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.character(x), .character(y)): return x == y
        case let (.string(x), .character(y)), let (.character(y), .string(x)): return x == String(y)
        case let (.array(x), .array(y)): return x == y
        case let (.dictionary(x), .dictionary(y)):
            guard x.count == y.count else { return false }
            for (k, v) in zip(x.keys, x.values) where y[k] != v { return false }
            return true
        case let (.set(x), .set(y)):
            return x.count == y.count && x.elements.allSatisfy { y.contains($0) }
        case let (.tuple(x), .tuple(y)): return x.elements == y.elements
        case let (.range(x), .range(y)): return x.lower == y.lower && x.upper == y.upper && x.closed == y.closed
        case let (.some(x), .some(y)): return x == y
        // Swift promotes a value compared with an optional to `Optional(value)`.
        case let (.some(x), y), let (y, .some(x)): if case .none = y { return false }; return x == y
        case let (.function(x), .function(y)): return x === y
        case let (.structValue(x), .structValue(y)): return x === y || (x.type === y.type && x.fields == y.fields)
        case let (.object(x), .object(y)): return x === y
        case let (.enumValue(x), .enumValue(y)): return x.type === y.type && x.index == y.index && x.payload == y.payload
        case let (.type(x), .type(y)): return x.name == y.name
        case let (.native(x), .native(y)):
            if let eq = x.type.equals { return eq(x.object, y.object) }
            return (x.object as AnyObject) === (y.object as AnyObject)
        // A library value against a literal it can be written as (`scalar == "a"`).
        case let (.native(x), other), let (other, .native(x)):
            guard let eq = x.type.equals, let lit = x.type.fromLiteral?(other) else { return false }
            return eq(x.object, lit)
        default: return false
        }
    }

    public func hash(into h: inout Hasher) {
        switch self {
        case .void: h.combine(0)
        case .none: h.combine(1)
        case .int(let x): h.combine(Double(x))
        case .sized(let x): h.combine(Double(x.value))
        case .double(let x): h.combine(x)
        case .float(let x): h.combine(Double(x))
        case .bool(let x): h.combine(x)
        case .string(let x): h.combine(x)
        case .character(let x): h.combine(String(x))
        case .array(let x): h.combine(x)
        case .dictionary(let x): h.combine(x.count)
        case .set(let x): h.combine(x.count)
        case .tuple(let x): h.combine(x.elements)
        case .range(let x): h.combine(x.lower); h.combine(x.upper)
        case .some(let x): h.combine(x)
        case .function(let f): h.combine(ObjectIdentifier(f))
        case .structValue(let x):
            // A type with its own `==` may equate values whose fields differ: hash the type only.
            h.combine(x.type.name)
            if x.type.staticMethods["=="] == nil { h.combine(x.fields) }
        case .object(let x):
            if x.type.staticMethods["=="] == nil { h.combine(ObjectIdentifier(x)) } else { h.combine(x.type.name) }
        case .enumValue(let x):
            if x.type.staticMethods["=="] == nil { h.combine(x.index); h.combine(x.payload) } else { h.combine(x.type.name) }
        case .type(let t): h.combine(t.name)
        case .native(let n):
            if let hash = n.type.hash { hash(n.object, &h) } else { h.combine(n.type.name) }
        }
    }
}

/// The result of a user-declared `static func ==` on the left operand's type, if it has one.
private func userEquality(_ a: Value, _ b: Value) -> Bool? {
    switch a {
    case .structValue(let i) where i.type.staticMethods["=="] != nil: break
    case .object(let i) where i.type.staticMethods["=="] != nil: break
    case .enumValue(let e) where e.type.staticMethods["=="] != nil: break
    default: return nil
    }
    guard case .bool(let r)? = try? userOperator("==", a, b) else { return nil }
    return r
}
