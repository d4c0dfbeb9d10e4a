/// A value of the cell language.
///
/// Scalars are stored inline; aggregates are Swift collections (copy-on-write,
/// hence value semantics) or reference-counted boxes. Class instances are shared
/// references; struct instances are boxes copied before mutation when shared.
public enum Value {
    /// The empty tuple `()`, the result of statements and Void functions.
    case void
    /// A 64-bit integer.
    case int(Int)
    /// A fixed-width integer of another type (`UInt8`, `Int32`, …).
    case sized(SizedInteger)
    /// A double-precision number.
    case double(Double)
    /// A single-precision number.
    case float(Float)
    /// A Boolean.
    case bool(Bool)
    /// A string with Swift semantics.
    case string(String)
    /// One extended grapheme cluster.
    case character(Character)
    /// An array.
    case array([Value])
    /// A dictionary that keeps insertion order (so output is deterministic).
    case dictionary(OrderedDictionary)
    /// A set that keeps insertion order.
    case set(OrderedSet)
    /// A tuple, possibly with labels.
    case tuple(TupleValue)
    /// A range `a..<b` or `a...b` over integers, or over other comparable values.
    indirect case range(RangeValue)
    /// `nil`.
    case none
    /// A present optional value (`Optional(x)`).
    indirect case some(Value)
    /// A function, method or closure.
    case function(Function)
    /// An instance of a user-defined struct (copied on write).
    case structValue(Instance)
    /// An instance of a user-defined class (shared).
    case object(Instance)
    /// A case of a user-defined enum.
    case enumValue(EnumCase)
    /// A type used as a value (`Point`, `Int`), for initialisers and static members.
    case type(TypeRef)
    /// A library object exposed through the bindings registry.
    case native(NativeValue)
}

/// A tuple's elements and optional labels.
public final class TupleValue {
    @exclusivity(unchecked) public var elements: [Value]
    public let labels: [String?]
    public init(_ elements: [Value], labels: [String?]) {
        self.elements = elements
        self.labels = labels.count == elements.count ? labels : Array(repeating: nil, count: elements.count)
    }
    public func copy() -> TupleValue { TupleValue(elements, labels: labels) }
}

/// A range value. Integer ranges are the common case and are iterated without allocation.
/// A one-sided range has `()` for its missing bound: `2...` (`PartialRangeFrom`), `...5`
/// (`PartialRangeThrough`), `..<5` (`PartialRangeUpTo`).
public struct RangeValue {
    public var lower: Value
    public var upper: Value
    /// True for `a...b`.
    public var closed: Bool

    /// True when a bound is missing.
    public var isPartial: Bool {
        if case .void = lower { return true }
        if case .void = upper { return true }
        return false
    }

    /// The range with missing bounds filled from a collection of `count` elements indexed from 0
    /// (`a[2...]` is `a[2..<a.count]`).
    public func resolved(count: Int) -> RangeValue {
        var r = self
        if case .void = lower { r.lower = .int(0) }
        if case .void = upper { r.upper = .int(count); r.closed = false }
        return r
    }
    /// The number of integers in the range, nil if not an integer range or if it does not fit in Int.
    public var safeCount: Int? {
        guard let r = intRange else { return nil }
        let (c, o) = r.upperBound.subtractingReportingOverflow(r.lowerBound)
        return o ? nil : c
    }

    /// Integer bounds as a half-open range, when both bounds are integers.
    public var intRange: Range<Int>? {
        guard case .int(let a) = lower, case .int(let b) = upper else { return nil }
        if closed { return b == Int.max || b < a ? (b < a ? nil : a..<b) : a..<(b + 1) }
        return b < a ? nil : a..<b
    }
}

/// An instance of a user-defined struct or class: its type and stored properties in declaration order.
public final class Instance {
    public let type: UserType
    @exclusivity(unchecked) public var fields: [Value]
    /// True for the stand-in that runs a released object's `deinit` (it must not run it again).
    private var finalizing = false
    public init(type: UserType, fields: [Value]) { self.type = type; self.fields = fields }
    public func copy() -> Instance { Instance(type: type, fields: fields) }

    /// A class instance's `deinit` bodies run when its last reference goes (subclass first, as in
    /// Swift), on a stand-in holding the fields, since this object can no longer be referenced.
    deinit {
        guard type.hasDeinit, !finalizing else { return }
        let standIn = Instance(type: type, fields: fields)
        standIn.finalizing = true
        var s = Value.object(standIn)
        var t: UserType? = type
        while let c = t {
            if let d = c.deinitializer { _ = try? d.call([], selfValue: &s) }
            t = c.superclass
        }
    }
}

/// The storage of a `weak` or `unowned` stored property: the object without keeping it alive.
final class WeakReference {
    weak var instance: Instance?
    /// `unowned`: reading after the object is gone is Swift's trap, not nil.
    let isUnowned: Bool
    init(_ instance: Instance, unowned: Bool) { self.instance = instance; self.isUnowned = unowned }

    /// The property's value: the object (optional for `weak`), nil once it is released.
    func read() throws -> Value {
        if let i = instance { return isUnowned ? .object(i) : .some(.object(i)) }
        if isUnowned { throw RuntimeError("UnownedReference", "Attempted to read an unowned reference but the object was already deallocated") }
        return .none
    }
}

/// A case of a user-defined enum with its associated values.
public final class EnumCase {
    public let type: UserType
    public let index: Int
    public let payload: [Value]
    public init(type: UserType, index: Int, payload: [Value]) {
        self.type = type; self.index = index; self.payload = payload
    }
    public var name: String { type.cases[index].name }
}

/// A type used as a value.
public enum TypeRef {
    /// A built-in type such as `Int`, `String`, `[Int]`.
    case builtin(String)
    /// A user-defined struct, class or enum.
    case user(UserType)
    /// A library type registered in the bindings.
    case native(NativeType)

    /// The type's name as Swift writes it.
    public var name: String {
        switch self {
        case .builtin(let n): return n
        case .user(let t): return t.name
        case .native(let t): return t.name
        }
    }
}

/// A library object: the Swift value and its registered type.
public final class NativeValue {
    public let object: Any
    public let type: NativeType
    public init(_ object: Any, type: NativeType) { self.object = object; self.type = type }
}
