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
    /// The runtime's call state (depth, stack bound, interrupt flag).
    let callState: UnsafeMutablePointer<CallState>
    /// An `init?` that may produce nil.
    var isFailable = false
    /// For a name declared more than once with different parameters (`f(_: Int)` and
    /// `f(_: String)`, `increment()` and `increment(by:)`): every declaration; calls pick one
    /// by argument labels, then by the arguments' types.
    var overloads: [Function]?

    /// Argument labels and parameter types: declarations with the same key replace each other.
    var overloadKey: String {
        parameters.map { "\($0.label ?? "_"):\($0.typeName ?? "")" }.joined(separator: ",") + "->" + (resultType ?? "")
    }

    /// `new` declared under the same name as `old`: an overload set when the parameters differ,
    /// else `new` (a cell redefining a function replaces it).
    static func declaring(_ new: Function, over old: Value) -> Function {
        guard case .function(let o) = old, o.isUserFunction || o.overloads != nil else { return new }
        let previous = (o.overloads ?? [o]).filter { $0.overloadKey != new.overloadKey }
        if previous.isEmpty { return new }
        let set = Function(name: new.name, parameters: new.parameters, frameSize: 0, body: nil,
                           native: { _ in throw RuntimeError.type("an overloaded function is called through one of its declarations") },
                           parent: nil, location: new.location, runtime: new.runtime)
        set.overloads = previous + [new]
        set.doc = new.doc
        return set
    }

    /// The declaration of an overload set that a call with these arguments and labels means:
    /// the labels must match, then the arguments' types must match the parameters' most closely.
    func resolveOverload(_ args: [Value], labels: [String?], trailingStart: Int) throws -> Function {
        guard let all = overloads else { return self }
        let byLabels = all.filter { ArgumentMatcher.match($0.shapes, labels: labels, trailingStart: trailingStart) != nil }
        guard byLabels.count > 1 else { return byLabels.first ?? all.last! }
        func score(_ f: Function) -> Int {
            var s = 0
            for (p, a) in zip(f.parameters, args) {
                guard let t = p.typeName else { continue }
                if typeName(a) == t || canonicalTypeName(typeName(a)) == canonicalTypeName(t) { s += 2 }
                else if valueIs(unwrapOptional(a), t, user: nil) { s += 1 }
                else if case .int = a, t == "Double" || t == "Float" { s += 0 }
                else { s -= 10 }
            }
            return s
        }
        let best = byLabels.map(score).max()!
        let chosen = byLabels.filter { score($0) == best }
        if chosen.count > 1 {
            throw RuntimeError.unsupported("choosing between declarations of '\(name)' that this call matches equally well (Swift decides by the result type or the static types)")
        }
        return chosen[0]
    }

    /// True when nothing in the body can keep a call's frame alive after the call (no closure,
    /// nested function or type), so finished frames are kept and reused by later calls.
    let reusesFrames: Bool

    init(name: String, parameters: [Parameter], frameSize: Int, body: Code?, native: (([Value]) throws -> Value)? = nil,
         parent: Frame?, hasSelf: Bool = false, isMutating: Bool = false, resultType: String? = nil,
         location: CellLocation?, runtime: Runtime, reusesFrames: Bool = false, coercions: Coercions? = nil) {
        self.name = name; self.parameters = parameters; self.frameSize = frameSize
        self.reusesFrames = reusesFrames && body != nil && native == nil
        self.body = body ?? { _ in .void }
        self.isUserFunction = body != nil && native == nil
        self.native = native; self.parent = parent; self.hasSelf = hasSelf; self.isMutating = isMutating
        self.resultType = resultType; self.location = location; self.runtime = runtime
        self.callState = runtime.callState
        let c = coercions ?? Coercions(parameters: parameters, resultType: resultType)
        self.parameterCoercions = c.parameters
        self.resultCoercion = c.result
        self.plainParameters = parameterCoercions.allSatisfy { if case .none = $0 { return true }; return false }
    }

    deinit {
        guard let spare = spareFrames else { return }
        firstFrame?.release()
        for i in 0..<max(0, framesCreated - 1) { spare[i].release() }
        spare.deallocate()
    }

    /// Conversions applied to arguments and results, decided once from the declared types.
    let parameterCoercions: [Coercion]
    let resultCoercion: Coercion
    /// True when no parameter needs a conversion (all are untyped or `Int`, `String`, `Bool`, …).
    let plainParameters: Bool

    /// A copy bound to a receiver.
    func bound(to value: Value) -> Function {
        let f = Function(name: name, parameters: parameters, frameSize: frameSize, body: body, native: native,
                         parent: parent, hasSelf: hasSelf, isMutating: isMutating, resultType: resultType,
                         location: location, runtime: runtime, reusesFrames: reusesFrames,
                         coercions: Coercions(parameters: parameterCoercions, result: resultCoercion))
        f.boundSelf = value
        f.overloads = overloads?.map { $0.bound(to: value) }
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

    // MARK: - Frames

    /// Frames kept for reuse when `reusesFrames`: call depth k (counting only the active
    /// calls of this function) uses frame k. The frame of the outermost call is
    /// `firstFrame`; deeper ones (recursion) live in `spareFrames`.
    @exclusivity(unchecked) private var firstFrame: Unmanaged<Frame>?
    @exclusivity(unchecked) private var spareFrames: UnsafeMutablePointer<Unmanaged<Frame>>?
    /// Frames created so far (at most `maxKeptFrames`) and frames in use by active calls.
    @exclusivity(unchecked) private var framesCreated = 0
    @exclusivity(unchecked) private var framesActive = 0
    /// The most frames kept per function; deeper recursion allocates frames as usual.
    private static let maxKeptFrames = 128

    /// Runs the body in a frame that `fill` first loads with the arguments (every slot of
    /// the frame `fill` receives is `()`, so it may initialise slots without destroying).
    ///
    /// A function whose frames cannot be captured reuses the frame of an earlier call at
    /// the same depth, cleared to `()` when the call ends; others get a new frame.
    @inline(__always) func withCallFrame(_ fill: (Frame) throws -> Void) throws -> Value {
        if reusesFrames && framesActive < Function.maxKeptFrames {
            let kept: Unmanaged<Frame>
            if framesActive < framesCreated {
                kept = framesActive == 0 ? firstFrame.unsafelyUnwrapped : spareFrames.unsafelyUnwrapped[framesActive - 1]
            } else {
                kept = makeKeptFrame()
            }
            framesActive += 1
            defer { framesActive -= 1 }
            return try kept._withUnsafeGuaranteedRef { frame in
                let result: Value
                do {
                    try fill(frame)
                    result = try run(frame)
                } catch {
                    frame.reset()
                    throw error
                }
                frame.reset()
                return result
            }
        }
        let frame = Frame.make(size: frameSize, parent: parent)
        try fill(frame)
        return try run(frame)
    }

    /// Calls this user function from the call written at `location`: `fill` loads the arguments
    /// into the frame (see ``withCallFrame(_:)``). An error raised by the call itself is attributed
    /// to that call; errors of the arguments pass through unchanged.
    @inline(__always) func call(at location: CellLocation, _ fill: (Frame) throws -> Void) throws -> Value {
        var entered = false
        do {
            return try withCallFrame { frame in
                try fill(frame)
                entered = true
            }
        } catch var e as RuntimeError where entered {
            e.attribute(toCallOf: displayName, at: location)
            throw e
        }
    }

    /// The name errors and tracebacks show for this function ("closure" when it has none).
    var displayName: String { name.isEmpty ? "closure" : name }

    /// Runs `body` (a call of this function by a caller holding no reference to it) with the
    /// function kept alive: by the outermost active call of it, which retains it once.
    @inline(__always) func pinned<R>(_ body: () throws -> R) rethrows -> R {
        if framesActive > 0 { return try body() }
        let me = Unmanaged.passUnretained(self)
        _ = me.retain()
        defer { me.release() }
        return try body()
    }

    /// Creates the frame for the next depth and keeps it.
    @inline(never) private func makeKeptFrame() -> Unmanaged<Frame> {
        let kept = Unmanaged.passRetained(Frame.make(size: frameSize, parent: parent))
        if framesCreated == 0 {
            firstFrame = kept
        } else {
            if spareFrames == nil { spareFrames = .allocate(capacity: Function.maxKeptFrames - 1) }
            spareFrames.unsafelyUnwrapped[framesCreated - 1] = kept
        }
        framesCreated += 1
        return kept
    }

    // MARK: - Calling

    /// Calls the function with positional arguments (labels already checked).
    ///
    /// For a method, `selfValue` is the receiver; after a mutating call it holds the new `self`.
    func call(_ args: [Value], selfValue: inout Value) throws -> Value {
        if let native {
            // One tuple for several parameters (`zip(a, b).map(*)` passes pairs).
            if args.count == 1, parameters.count > 1, case .tuple(let t) = args[0], t.elements.count == parameters.count {
                return try native(t.elements)
            }
            return try native(args)
        }
        var args = args
        if args.count != parameters.count {
            if args.count == 1, parameters.count > 1, case .tuple(let t) = args[0], t.elements.count == parameters.count {
                args = t.elements
            } else {
                throw RuntimeError.argument("\(name.isEmpty ? "closure" : "'\(name)'") expects \(parameters.count) argument\(parameters.count == 1 ? "" : "s"), got \(args.count)")
            }
        }
        if hasSelf && isMutating {
            // The receiver moves into the frame (so its storage stays unique) and back out.
            let frame = Frame.make(size: frameSize, parent: parent)
            frame.slots[0] = selfValue
            selfValue = .void
            defer { selfValue = frame.slots[0] }
            for (k, a) in args.enumerated() { frame.slots[1 + k] = parameterCoercions[k].apply(a) }
            return try run(frame)
        }
        let base = hasSelf ? 1 : 0
        let receiver = selfValue
        return try withCallFrame { frame in
            if base == 1 { frame.slots[0] = receiver }
            for (k, a) in args.enumerated() { frame.slots[base + k] = parameterCoercions[k].apply(a) }
        }
    }

    /// Calls a user function and also returns the final values of its parameters (for `inout`).
    func callReturningParameters(_ args: [Value]) throws -> (Value, [Value]) {
        guard native == nil, args.count == parameters.count else { return (try call(args), args) }
        let frame = Frame.make(size: frameSize, parent: parent)
        let base = hasSelf ? 1 : 0
        if let s = boundSelf, hasSelf { frame.slots[0] = s }
        for (k, a) in args.enumerated() { frame.slots[base + k] = parameterCoercions[k].apply(a) }
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
        return try withCallFrame { frame in frame.slots[0] = parameterCoercions[0].apply(a) }
    }

    /// Fast path for two arguments.
    @inline(__always) func call2(_ a: Value, _ b: Value) throws -> Value {
        if native != nil || hasSelf || parameters.count != 2 { return try call([a, b]) }
        return try withCallFrame { frame in
            frame.slots[0] = parameterCoercions[0].apply(a)
            frame.slots[1] = parameterCoercions[1].apply(b)
        }
    }

    @inline(__always) func run(_ frame: Frame) throws -> Value {
        let state = callState
        try state.enter()
        defer { state.leave() }
        let v = try body(frame)
        if case .none = resultCoercion { return v }
        return resultCoercion.apply(v)
    }
}

/// The conversions of a declaration's parameters and result, decided once when it is lowered.
struct Coercions {
    let parameters: [Coercion]
    let result: Coercion

    init(parameters: [Coercion], result: Coercion) { self.parameters = parameters; self.result = result }

    init(parameters: [Function.Parameter], resultType: String?) {
        self.parameters = parameters.map { Coercion($0.typeName) }
        self.result = Coercion(resultType)
    }
}

/// A conversion chosen once from a declared type name.
enum Coercion {
    case none
    case general(String)
    /// A tuple type such as `(useful: Double, curve: [Double])`, its fields parsed once.
    case tuple(String, TupleShape)

    init(_ typeName: String?) {
        guard let t = typeName, t != "Int", t != "String", t != "Bool", t != "Character", t != "[Int]", t != "[String]" else {
            self = .none
            return
        }
        if t.hasPrefix("(") && t.hasSuffix(")") {
            self = .tuple(t, TupleShape(t))
            return
        }
        self = .general(t)
    }

    @inline(__always) func apply(_ v: Value) -> Value {
        switch self {
        case .none: return v
        case .general(let t): return coerce(v, to: t)
        case .tuple(let t, let shape):
            if case .tuple(let tuple) = v { return .tuple(shape.apply(tuple)) }
            return coerce(v, to: t)
        }
    }
}

/// Converts integer values to the floating-point type a declaration names, and wraps
/// values declared optional, as Swift's literal typing and implicit promotion would.
@inline(__always) func coerce(_ v: Value, to typeName: String?) -> Value {
    guard let t = typeName else { return v }
    // `let y: UnicodeScalar = UnicodeScalar(66)`: the annotation picks the initialiser that cannot fail.
    if t == "UnicodeScalar" || t == "Unicode.Scalar", case .some(let x) = v { return x }
    if t.hasSuffix("??") {
        // A nested optional (`Int??`): a plain value is wrapped once per `?`.
        switch v {
        case .none, .some: return v
        default: return .some(coerce(v, to: String(t.dropLast())))
        }
    }
    switch v {
    case .int(let i):
        if t == "Double" || t == "Double?" || t == "CGFloat" { return .double(Double(i)) }
        if t == "Float" || t == "Float?" { return .float(Float(i)) }
        // An integer literal typed by the annotation (`let b: UInt8 = 200`).
        if t.hasPrefix("Int") || t.hasPrefix("UInt"), let k = SizedInteger.Kind(name: t.hasSuffix("?") ? String(t.dropLast()) : t) {
            let s = Value.sized(SizedInteger(truncating: Int128(i), k))
            return t.hasSuffix("?") ? .some(s) : s
        }
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
    case .tuple(let tuple) where t.hasPrefix("(") && t.hasSuffix(")?"):
        return .some(.tuple(coerceTuple(tuple, to: String(t.dropLast()))))
    case .array(let a) where t.hasPrefix("[") && t.hasSuffix("?]") && !t.contains(":"):
        return .array(a.map { coerce($0, to: String(t.dropFirst().dropLast())) })
    case .array(let a) where t.hasPrefix("[") && t.hasSuffix("]") && SizedInteger.Kind(name: String(t.dropFirst().dropLast())) != nil:
        return .array(a.map { coerce($0, to: String(t.dropFirst().dropLast())) })
    case .array(let a) where t.hasPrefix("[(") && t.hasSuffix(")]") && !t.contains("->"):
        // An array of tuples takes the element type's labels (`[(name: String, points: Int)]`).
        return .array(a.map { coerce($0, to: String(t.dropFirst().dropLast())) })
    case .array(let a) where t.hasPrefix("[") && t.hasSuffix("]") && t.contains("->"):
        return .array(a.map { coerce($0, to: String(t.dropFirst().dropLast())) })
    case .dictionary(let d) where t.hasPrefix("[") && t.hasSuffix("]") && d.count > 0:
        guard let colon = topLevelColonIndex(t.dropFirst().dropLast()) else { return v }
        let valueType = String(t.dropFirst().dropLast()[t.index(after: colon)...])
        if ["Int", "String", "Bool", "Character", "Any"].contains(valueType) { return v }
        return .dictionary(d.mappingValues { coerce($0, to: valueType) })
    case .function(let f) where t.contains("->"):
        return .function(f.typed(as: t))
    default:
        return t.hasSuffix("?") && !t.hasPrefix("(") ? .some(v) : v
    }
}

/// A tuple given the labels and element types of a declared tuple type such as
/// `(useful: Double, curve: [Double])`, as Swift converts `(a, b)` to a labelled tuple type.
/// A tuple whose arity differs from the type is returned unchanged.
func coerceTuple(_ tuple: TupleValue, to typeName: String) -> TupleValue {
    TupleShape(typeName).apply(tuple)
}

/// The fields of a declared tuple type: each one's label (if written) and element type.
struct TupleShape {
    let fields: [(label: String?, type: String)]

    /// Parses `(a: T, U, ...)`; `typeName` starts with `(` and ends with `)`.
    init(_ typeName: String) {
        let inner = String(typeName.dropFirst().dropLast())
        fields = SignatureParser.splitTopLevel(inner).map { $0.trimmingSpaces }.map { field in
            if let colon = field.firstIndex(of: ":"), !field[..<colon].contains(where: { "([<".contains($0) }) {
                return (String(field[..<colon]).trimmingSpaces, String(field[field.index(after: colon)...]).trimmingSpaces)
            }
            return (nil, field)
        }
    }

    /// The tuple with the declared labels and its elements converted to the declared types.
    func apply(_ tuple: TupleValue) -> TupleValue {
        guard fields.count == tuple.elements.count, fields.count > 1 else { return tuple }
        var elements: [Value] = []
        elements.reserveCapacity(fields.count)
        for (field, element) in zip(fields, tuple.elements) { elements.append(coerce(element, to: field.type)) }
        // The declared type decides the labels: `let t: (String, Int) = (name: "a", age: 1)` has none.
        let keep = fields.map(\.label)
        return TupleValue(elements, labels: keep)
    }
}

/// The index of the first `:` of `s` outside brackets and parentheses.
func topLevelColonIndex(_ s: Substring) -> String.Index? {
    var depth = 0
    for i in s.indices {
        switch s[i] {
        case "(", "[", "<": depth += 1
        case ")", "]", ">": depth -= 1
        case ":" where depth == 0: return i
        default: break
        }
    }
    return nil
}

extension Function {
    /// This closure with the parameter and result types of the function type `typeName`
    /// (`(Double, Double) -> Double`), when it declared none itself: the context types a closure
    /// in Swift, so `{ $0 + $1 }` stored as a `BinaryOp` adds Doubles even when called with `12, 4`.
    func typed(as typeName: String) -> Function {
        guard isUserFunction, !hasSelf, parameters.allSatisfy({ $0.typeName == nil }), resultType == nil else { return self }
        var t = Substring(typeName)
        while t.hasSuffix("?") || t.hasSuffix("!") { t = t.dropLast() }
        while t.hasPrefix("("), t.hasSuffix(")"), let close = matchingClose(t), close == t.index(before: t.endIndex) {
            t = t.dropFirst().dropLast()
        }
        guard t.hasPrefix("("), let close = matchingClose(t) else { return self }
        let rest = t[t.index(after: close)...].trimmingCharacters(in: .whitespaces)
        guard rest.hasPrefix("->") else { return self }
        let result = String(rest.dropFirst(2)).trimmingSpaces
        let types = SignatureParser.splitTopLevel(String(t[t.index(after: t.startIndex)..<close])).map { $0.trimmingSpaces }
        guard types.count == parameters.count else { return self }
        let typed = zip(parameters, types).map { p, ty -> Parameter in
            var q = p
            q.typeName = ty.hasPrefix("inout") ? nil : ty
            return q
        }
        let r: String? = result == "Void" || result == "()" ? nil : result
        return Function(name: name, parameters: typed, frameSize: frameSize, body: body, parent: parent,
                        resultType: r, location: location, runtime: runtime, reusesFrames: reusesFrames)
    }
}

/// The index of the `)` closing the `(` that starts `s`.
private func matchingClose(_ s: Substring) -> String.Index? {
    var depth = 0
    for i in s.indices {
        if s[i] == "(" { depth += 1 }
        if s[i] == ")" { depth -= 1; if depth == 0 { return i } }
    }
    return nil
}
