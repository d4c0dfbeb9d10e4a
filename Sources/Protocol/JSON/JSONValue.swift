/// A JSON document that round-trips exactly.
///
/// Objects keep their keys in document order and numbers keep their literal text,
/// so `JSONValue(parsing: s).serialized()` reproduces `s` up to insignificant
/// whitespace: `1.0` stays `1.0`, `1e400` and 20-digit integers survive, and
/// the order in which a client wrote its fields is the order a reply echoes.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    /// A number, kept as its JSON literal text (always a valid JSON number).
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    /// An object as ordered key-value pairs. Keys are unique when parsed.
    case object(JSONObject)
}

/// A JSON number stored as its literal, with typed accessors.
public struct JSONNumber: Hashable, Sendable, CustomStringConvertible {
    /// The number's JSON text, e.g. `-12`, `3.5e-7`.
    public let literal: String

    /// Wraps a literal that is already valid JSON number text.
    public init(literal: String) { self.literal = literal }
    /// The exact decimal text of an integer.
    public init(_ value: Int) { literal = String(value) }
    /// The shortest text that reads back as `value`; non-finite values become `null`'s
    /// nearest JSON stand-in, 0, because JSON has no NaN or infinity.
    public init(_ value: Double) {
        if !value.isFinite { literal = "0"; return }
        if value == value.rounded(), abs(value) < 1e15 { literal = String(Int(value)) + ".0"; return }
        literal = String(value)
    }

    /// The value as an `Int` when the literal is an integer that fits.
    public var int: Int? { Int(literal) }
    /// The value as a `Double` (always available).
    public var double: Double { Double(literal) ?? .nan }
    public var description: String { literal }
}

/// An ordered JSON object: insertion order is kept, lookups are linear for small
/// objects (message headers, MIME bundles) and indexed beyond sixteen keys.
public struct JSONObject: Hashable, Sendable, Sequence, ExpressibleByDictionaryLiteral {
    /// The key-value pairs in document order.
    public private(set) var entries: [(key: String, value: JSONValue)]
    private var index: [String: Int]?

    /// An empty object.
    public init() { entries = [] }

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        entries = []
        for (k, v) in elements { self[k] = v }
    }

    /// Builds an object from pairs; a repeated key keeps its first position and last value.
    public init<S: Sequence>(_ pairs: S) where S.Element == (String, JSONValue) {
        entries = []
        for (k, v) in pairs { self[k] = v }
    }

    /// The number of keys.
    public var count: Int { entries.count }
    /// The keys in order.
    public var keys: [String] { entries.map(\.key) }

    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        return entries.firstIndex { $0.key == key }
    }

    /// Reads, replaces, appends (new key) or removes (nil) the value of `key`.
    public subscript(key: String) -> JSONValue? {
        get { position(of: key).map { entries[$0].value } }
        set {
            if let i = position(of: key) {
                if let newValue { entries[i].value = newValue } else {
                    entries.remove(at: i)
                    rebuildIndex()
                }
            } else if let newValue {
                entries.append((key, newValue))
                if index != nil { index![key] = entries.count - 1 } else if entries.count > 16 { rebuildIndex() }
            }
        }
    }

    private mutating func rebuildIndex() {
        guard entries.count > 16 else { index = nil; return }
        var d = [String: Int](minimumCapacity: entries.count)
        for (i, e) in entries.enumerated() { d[e.key] = i }
        index = d
    }

    public func makeIterator() -> IndexingIterator<[(key: String, value: JSONValue)]> { entries.makeIterator() }

    public static func == (a: JSONObject, b: JSONObject) -> Bool {
        a.entries.count == b.entries.count && zip(a.entries, b.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    public func hash(into h: inout Hasher) {
        h.combine(entries.count)
        for e in entries { h.combine(e.key); h.combine(e.value) }
    }
}

// MARK: - Literals

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(JSONNumber(value)) }
    public init(floatLiteral value: Double) { self = .number(JSONNumber(value)) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(JSONObject(elements)) }
    public init(nilLiteral: ()) { self = .null }
}

// MARK: - Accessors

extension JSONValue {
    /// An integer value.
    public static func int(_ v: Int) -> JSONValue { .number(JSONNumber(v)) }
    /// A floating-point value.
    public static func double(_ v: Double) -> JSONValue { .number(JSONNumber(v)) }

    /// The member `key` of an object, or nil (also for non-objects).
    public subscript(key: String) -> JSONValue? {
        get { if case .object(let o) = self { return o[key] }; return nil }
        set {
            guard case .object(var o) = self else { return }
            o[key] = newValue
            self = .object(o)
        }
    }

    /// The string, when this is a string.
    public var stringValue: String? { if case .string(let s) = self { return s }; return nil }
    /// The integer, when this is an integral number that fits in `Int`.
    public var intValue: Int? { if case .number(let n) = self { return n.int }; return nil }
    /// The number as a `Double`, when this is a number.
    public var doubleValue: Double? { if case .number(let n) = self { return n.double }; return nil }
    /// The Boolean, when this is `true` or `false`.
    public var boolValue: Bool? { if case .bool(let b) = self { return b }; return nil }
    /// The elements, when this is an array.
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { return a }; return nil }
    /// The object, when this is an object.
    public var objectValue: JSONObject? { if case .object(let o) = self { return o }; return nil }
    /// Whether this is `null`.
    public var isNull: Bool { if case .null = self { return true }; return false }
}
