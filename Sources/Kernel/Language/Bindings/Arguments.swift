/// The arguments of a call into a registered binding, in parameter order, defaults filled in.
public struct Arguments {
    /// One value per parameter; a variadic parameter receives an array.
    public var values: [Value]
    /// The registry, for wrapping library results.
    public let bindings: Bindings?

    public init(_ values: [Value], bindings: Bindings? = nil) { self.values = values; self.bindings = bindings }

    public var count: Int { values.count }
    public subscript(i: Int) -> Value { i < values.count ? values[i] : .void }

    /// Argument `i` as an Int.
    public func int(_ i: Int) throws -> Int {
        switch self[i] {
        case .int(let x): return x
        case .some(.int(let x)): return x
        case .sized(let s) where Int(exactly: s.value) != nil: return Int(s.value)
        default: throw RuntimeError.type("argument \(i + 1): expected Int, got \(typeName(self[i]))")
        }
    }

    /// Argument `i` as a Double (Int and Float are converted, as Swift literals would be).
    public func double(_ i: Int) throws -> Double {
        switch self[i] {
        case .double(let x): return x
        case .int(let x): return Double(x)
        case .float(let x): return Double(x)
        default: throw RuntimeError.type("argument \(i + 1): expected Double, got \(typeName(self[i]))")
        }
    }

    /// Argument `i` as a String.
    public func string(_ i: Int) throws -> String {
        switch self[i] {
        case .string(let s): return s
        case .character(let c): return String(c)
        default: throw RuntimeError.type("argument \(i + 1): expected String, got \(typeName(self[i]))")
        }
    }

    /// Argument `i` as a Bool.
    public func bool(_ i: Int) throws -> Bool {
        if case .bool(let b) = self[i] { return b }
        throw RuntimeError.type("argument \(i + 1): expected Bool, got \(typeName(self[i]))")
    }

    /// Argument `i` as an array of values (arrays, sets, ranges and strings are accepted).
    public func sequence(_ i: Int) throws -> [Value] { try elements(of: self[i]) }

    /// Argument `i` as an array of Int.
    public func intArray(_ i: Int) throws -> [Int] {
        try sequence(i).map { v in
            guard case .int(let x) = v else { throw RuntimeError.type("expected [Int], found element \(typeName(v))") }
            return x
        }
    }

    /// Argument `i` as an array of Double.
    public func doubleArray(_ i: Int) throws -> [Double] {
        try sequence(i).map { v in
            switch v {
            case .double(let x): return x
            case .int(let x): return Double(x)
            case .float(let x): return Double(x)
            default: throw RuntimeError.type("expected [Double], found element \(typeName(v))")
            }
        }
    }

    /// Argument `i` as a callable function or closure.
    public func function(_ i: Int) throws -> Function {
        if case .function(let f) = self[i] { return f }
        throw RuntimeError.type("argument \(i + 1): expected a function or closure, got \(typeName(self[i]))")
    }

    /// Argument `i` as a library object of type `T`.
    public func native<T>(_ i: Int, as type: T.Type) throws -> T {
        if let x = self[i].native(as: T.self) { return x }
        throw RuntimeError.type("argument \(i + 1): expected \(T.self), got \(typeName(self[i]))")
    }

    /// Wraps a library object for returning to the cell.
    public func wrap(_ object: Any) -> Value { bindings?.wrap(object) ?? .native(NativeValue(object, type: NativeType(name: "\(Swift.type(of: object))", doc: ""))) }
}

/// The elements of a sequence value: arrays, sets, ranges, strings (characters), dictionaries (key-value tuples).
func elements(of v: Value) throws -> [Value] {
    switch v {
    case .array(let a): return a
    case .set(let s): return s.elements
    case .string(let s): return s.map { .character($0) }
    case .range(let r):
        if case .sized(let lo) = r.lower, case .sized(let hi) = r.upper {
            let end = r.closed ? hi.value : hi.value - 1
            guard end - lo.value < Int128(maxMaterializedCount) else {
                throw RuntimeError.value("range \(debugDescribe(v)) has more elements than the \(maxMaterializedCount) a collection may hold here")
            }
            return lo.value > end ? [] : (lo.value...end).map { .sized(SizedInteger(truncating: $0, lo.kind)) }
        }
        if case .void = r.upper { throw RuntimeError.unsupported("using the unbounded range \(debugDescribe(v)) as a collection") }
        if case .void = r.lower { throw RuntimeError.type("a range without a lower bound (\(debugDescribe(v))) is not a sequence") }
        if let ir = r.intRange {
            guard let n = r.safeCount, n <= maxMaterializedCount else {
                throw RuntimeError.value("range \(debugDescribe(v)) has more elements than the \(maxMaterializedCount) a collection may hold here; iterate it with for-in instead")
            }
            return ir.map { .int($0) }
        }
        if case .int = r.lower, case .int = r.upper { return [] }
        throw RuntimeError.type("a range of \(typeName(r.lower)) cannot be iterated; use stride(from:to:by:)")
    case .dictionary(let d):
        return zip(d.keys, d.values).map { .tuple(TupleValue([$0, $1], labels: ["key", "value"])) }
    case .some(let x): return try elements(of: x)
    default: throw RuntimeError.type("value of type '\(typeName(v))' is not a sequence")
    }
}

/// The most elements an operation may materialise at once (protects the kernel's memory).
let maxMaterializedCount = 50_000_000
