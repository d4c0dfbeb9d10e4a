/// A dictionary of cell values that remembers insertion order.
///
/// Swift's own `Dictionary` iterates in a per-process random order; notebooks must
/// print the same thing every run, so the cell language keeps keys in insertion order.
public struct OrderedDictionary {
    public private(set) var keys: [Value] = []
    public private(set) var values: [Value] = []
    private var index: [Value: Int] = [:]

    public init() {}

    /// The number of entries.
    public var count: Int { keys.count }

    /// The value for `key`, or nil.
    public subscript(key: Value) -> Value? {
        get { index[key].map { values[$0] } }
        set {
            if let newValue {
                if let i = index[key] { values[i] = newValue } else {
                    index[key] = keys.count; keys.append(key); values.append(newValue)
                }
            } else {
                _ = removeValue(forKey: key)
            }
        }
    }

    /// Applies `body` to the stored value for `key` in place; false when the key is absent.
    public mutating func modifyValue(forKey key: Value, _ body: (inout Value) throws -> Void) rethrows -> Bool {
        guard let i = index[key] else { return false }
        try body(&values[i])
        return true
    }

    /// Removes `key`, returning its old value.
    @discardableResult
    public mutating func removeValue(forKey key: Value) -> Value? {
        guard let i = index.removeValue(forKey: key) else { return nil }
        let old = values[i]
        keys.remove(at: i); values.remove(at: i)
        for j in i..<keys.count { index[keys[j]] = j }
        return old
    }

    /// Removes every entry.
    public mutating func removeAll() { keys = []; values = []; index = [:] }

    /// The same keys with every value transformed (order kept).
    public func mappingValues(_ transform: (Value) throws -> Value) rethrows -> OrderedDictionary {
        var d = self
        d.values = try values.map(transform)
        return d
    }
}

/// A set of cell values that remembers insertion order.
public struct OrderedSet {
    public private(set) var elements: [Value] = []
    private var index: [Value: Int] = [:]

    public init() {}
    public init<S: Sequence>(_ s: S) where S.Element == Value { for v in s { insert(v) } }

    public var count: Int { elements.count }
    public func contains(_ v: Value) -> Bool { index[v] != nil }

    /// Inserts `v`; returns false if it was already present.
    @discardableResult
    public mutating func insert(_ v: Value) -> Bool {
        if index[v] != nil { return false }
        index[v] = elements.count; elements.append(v)
        return true
    }

    /// Removes `v`, returning it if it was present.
    @discardableResult
    public mutating func remove(_ v: Value) -> Value? {
        guard let i = index.removeValue(forKey: v) else { return nil }
        let old = elements.remove(at: i)
        for j in i..<elements.count { index[elements[j]] = j }
        return old
    }
}
