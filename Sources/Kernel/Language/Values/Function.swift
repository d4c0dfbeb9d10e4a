/// A callable value: a user function, method, closure, or a library function.
public final class Function {
    /// One parameter: its argument label (nil for `_`), local name, default and declared type.
    public struct Parameter {
        public var label: String?
        public var name: String
        public var defaultValue: Code?
        public var typeName: String?
        public var isVariadic: Bool = false
        public var isInout: Bool = false
    }

    /// The name shown in tracebacks and descriptions.
    public let name: String
    public let parameters: [Parameter]
    /// Number of frame slots the body needs (parameters included).
    let frameSize: Int
    /// The body; its result is the return value (unused for library functions).
    let body: Code
    /// True for functions written in cells (false for library functions).
    let isUserFunction: Bool
    /// The library implementation, for functions from the bindings registry.
    let native: (([Value]) throws -> Value)?
    /// The lexically enclosing frame of a closure.
    let parent: Frame?
    /// For methods: whether slot 0 holds `self`.
    let hasSelf: Bool
    /// For `mutating` methods: the new `self` is written back to the receiver.
    public let isMutating: Bool
    /// A method bound to its receiver (`p.describe` used as a value).
    var boundSelf: Value?
    /// Declared result type, when present (used to coerce integer results to Double).
    let resultType: String?
    /// Where it was declared.
    let location: CellLocation?
    /// The documentation comment written above the declaration.
    public var doc: String = ""
    unowned(unsafe) let runtime: Runtime
    /// An `init?` that may produce nil.
    var isFailable = false

    init(name: String, parameters: [Parameter], frameSize: Int, body: Code?, native: (([Value]) throws -> Value)? = nil,
         parent: Frame?, hasSelf: Bool = false, isMutating: Bool = false, resultType: String? = nil,
         location: CellLocation?, runtime: Runtime) {
        self.name = name; self.parameters = parameters; self.frameSize = frameSize
        self.body = body ?? { _ in .void }
        self.isUserFunction = body != nil && native == nil
        self.native = native; self.parent = parent; self.hasSelf = hasSelf; self.isMutating = isMutating
        self.resultType = resultType; self.location = location; self.runtime = runtime
        self.parameterCoercions = parameters.map { Coercion($0.typeName) }
        self.resultCoercion = Coercion(resultType)
    }

    /// Conversions applied to arguments and results, decided once from the declared types.
    let parameterCoercions: [Coercion]
    let resultCoercion: Coercion

    /// A copy bound to a receiver.
    func bound(to value: Value) -> Function {
        let f = Function(name: name, parameters: parameters, frameSize: frameSize, body: body, native: native,
                         parent: parent, hasSelf: hasSelf, isMutating: isMutating, resultType: resultType,
                         location: location, runtime: runtime)
        f.boundSelf = value
        return f
    }

    /// Swift's spelling of the full name, e.g. `greet(_:times:)`.
    public var signatureName: String {
        name + "(" + parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
    }

    /// A readable signature, e.g. `func greet(_ name: String, times: Int = 1)`.
    public var signature: String {
        let ps = parameters.map { p -> String in
            var s = p.label == p.name ? p.name : "\(p.label ?? "_") \(p.name)"
            if let t = p.typeName { s += ": \(t)" }
            if p.defaultValue != nil { s += " = …" }
            return s
        }
        return "func \(name)(\(ps.joined(separator: ", ")))" + (resultType.map { " -> \($0)" } ?? "")
    }

    // MARK: - Calling

    /// Calls the function with positional arguments (labels already checked).
    ///
    /// For a method, `selfValue` is the receiver; after a mutating call it holds the new `self`.
    func call(_ args: [Value], selfValue: inout Value) throws -> Value {
        if let native { return try native(args) }
        var args = args
        if args.count != parameters.count {
            if args.count == 1, parameters.count > 1, case .tuple(let t) = args[0], t.elements.count == parameters.count {
                args = t.elements
            } else {
                throw RuntimeError.argument("\(name.isEmpty ? "closure" : "'\(name)'") expects \(parameters.count) argument\(parameters.count == 1 ? "" : "s"), got \(args.count)")
            }
        }
        let frame = Frame.make(size: frameSize, parent: parent)
        var i = 0
        if hasSelf {
            frame.slots[0] = selfValue
            i = 1
            if isMutating { selfValue = .void }
        }
        defer { if hasSelf && isMutating { selfValue = frame.slots[0] } }
        for (k, a) in args.enumerated() { frame.slots[i + k] = parameterCoercions[k].apply(a) }
        return try run(frame)
    }

    /// Calls a user function and also returns the final values of its parameters (for `inout`).
    func callReturningParameters(_ args: [Value]) throws -> (Value, [Value]) {
        guard native == nil, args.count == parameters.count else { return (try call(args), args) }
        let frame = Frame.make(size: frameSize, parent: parent)
        let base = hasSelf ? 1 : 0
        if let s = boundSelf, hasSelf { frame.slots[0] = s }
        for (k, a) in args.enumerated() { frame.slots[base + k] = coerce(a, to: parameters[k].typeName) }
        let r = try run(frame)
        return (r, (0..<args.count).map { frame.slots[base + $0] })
    }

    /// Calls a function that is not a method (or a bound method).
    func call(_ args: [Value]) throws -> Value {
        var s = boundSelf ?? .void
        return try call(args, selfValue: &s)
    }

    /// Fast path for one argument.
    @inline(__always) func call1(_ a: Value) throws -> Value {
        if native != nil || hasSelf || parameters.count != 1 { return try call([a]) }
        let frame = Frame.make(size: frameSize, parent: parent)
        frame.slots[0] = parameterCoercions[0].apply(a)
        return try run(frame)
    }

    /// Fast path for two arguments.
    @inline(__always) func call2(_ a: Value, _ b: Value) throws -> Value {
        if native != nil || hasSelf || parameters.count != 2 { return try call([a, b]) }
        let frame = Frame.make(size: frameSize, parent: parent)
        frame.slots[0] = parameterCoercions[0].apply(a)
        frame.slots[1] = parameterCoercions[1].apply(b)
        return try run(frame)
    }

    @inline(__always) func run(_ frame: Frame) throws -> Value {
        try runtime.enter()
        defer { runtime.depth -= 1 }
        let v = try body(frame)
        if case .none = resultCoercion { return v }
        return resultCoercion.apply(v)
    }
}

/// A conversion chosen once from a declared type name.
enum Coercion {
    case none
    case general(String)

    init(_ typeName: String?) {
        guard let t = typeName, t != "Int", t != "String", t != "Bool", t != "Character", t != "[Int]", t != "[String]" else {
            self = .none
            return
        }
        self = .general(t)
    }

    @inline(__always) func apply(_ v: Value) -> Value {
        switch self {
        case .none: return v
        case .general(let t): return coerce(v, to: t)
        }
    }
}

/// Converts integer values to the floating-point type a declaration names, and wraps
/// values declared optional, as Swift's literal typing and implicit promotion would.
@inline(__always) func coerce(_ v: Value, to typeName: String?) -> Value {
    guard let t = typeName else { return v }
    switch v {
    case .int(let i):
        if t == "Double" || t == "Double?" || t == "CGFloat" { return .double(Double(i)) }
        if t == "Float" || t == "Float?" { return .float(Float(i)) }
        return t.hasSuffix("?") ? .some(v) : v
    case .double(let d):
        if t == "Float" || t == "Float?" { return .float(Float(d)) }
        return t.hasSuffix("?") ? .some(v) : v
    case .none, .some: return v
    case .array(let a) where t.hasPrefix("Set"):
        return .set(OrderedSet(a))
    case .array(let a) where t == "[Double]" && a.contains(where: { if case .int = $0 { return true }; return false }):
        return .array(a.map { coerce($0, to: "Double") })
    case .tuple(let tuple) where t.hasPrefix("(") && t.hasSuffix(")"):
        return .tuple(coerceTuple(tuple, to: t))
    default:
        return t.hasSuffix("?") && !t.hasPrefix("(") ? .some(v) : v
    }
}

/// A tuple given the labels and element types of a declared tuple type such as
/// `(useful: Double, curve: [Double])`, as Swift converts `(a, b)` to a labelled tuple type.
/// A tuple whose arity differs from the type is returned unchanged.
func coerceTuple(_ tuple: TupleValue, to typeName: String) -> TupleValue {
    let inner = String(typeName.dropFirst().dropLast())
    let fields = SignatureParser.splitTopLevel(inner).map { $0.trimmingSpaces }
    guard fields.count == tuple.elements.count, fields.count > 1 else { return tuple }
    var labels: [String?] = []
    var elements: [Value] = []
    for (field, element) in zip(fields, tuple.elements) {
        if let colon = field.firstIndex(of: ":"), !field[..<colon].contains(where: { "([<".contains($0) }) {
            labels.append(String(field[..<colon]).trimmingSpaces)
            elements.append(coerce(element, to: String(field[field.index(after: colon)...]).trimmingSpaces))
        } else {
            labels.append(nil)
            elements.append(coerce(element, to: field))
        }
    }
    let keep = zip(labels, tuple.labels).map { declared, own in declared ?? own }
    return TupleValue(elements, labels: keep)
}
