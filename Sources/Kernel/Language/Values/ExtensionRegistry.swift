/// Members that cells add by extending built-in types (`extension Int`, `extension Array where
/// Element: Numeric`) and protocols (`extension Collection`, `extension Describable`).
///
/// Each extended type or protocol gets a member-only ``UserType`` holding the extension's
/// methods, computed properties and statics. Lookups come here only after a type's own members:
/// a built-in value's registered members, then its type's extensions, then the extensions of the
/// protocols it conforms to; a cell type's own members, then its protocols' extensions (default
/// implementations).
public final class ExtensionRegistry {
    /// The member holder of each extended type or protocol, by name.
    var holders: [String: UserType] = [:]
    /// Protocols that extensions made built-in types adopt (`extension Int: Describable {}`).
    var addedConformances: [String: Set<String>] = [:]
    /// The member names each protocol declared in a cell requires.
    var requirements: [String: Set<String>] = [:]

    /// The protocol among `type`'s whose extension declares `name` without the protocol requiring
    /// it, while `type` declares `name` too: Swift then calls one or the other by the static type
    /// of the receiver, which the cell language does not track.
    func shadowingProtocol(of type: UserType, for name: String) -> String? {
        guard !holders.isEmpty else { return nil }
        var t: UserType? = type
        var ownsIt = false
        while let c = t { if c.methods[name] != nil { ownsIt = true }; t = c.superclass }
        guard ownsIt else { return nil }
        t = type
        while let c = t {
            for p in c.conformances.sorted() where holders[p]?.methods[name] != nil && !(requirements[p]?.contains(name) ?? false) {
                return p
            }
            t = c.superclass
        }
        return nil
    }

    /// The standard-library protocols each built-in kind of value conforms to.
    static let builtinConformances: [String: [String]] = [
        "Int": ["BinaryInteger", "FixedWidthInteger", "SignedInteger", "SignedNumeric", "Numeric", "AdditiveArithmetic",
                "Comparable", "Equatable", "Hashable", "Strideable", "CustomStringConvertible"],
        "Double": ["FloatingPoint", "BinaryFloatingPoint", "SignedNumeric", "Numeric", "AdditiveArithmetic",
                   "Comparable", "Equatable", "Hashable", "Strideable", "CustomStringConvertible"],
        "Float": ["FloatingPoint", "BinaryFloatingPoint", "SignedNumeric", "Numeric", "AdditiveArithmetic",
                  "Comparable", "Equatable", "Hashable", "CustomStringConvertible"],
        "String": ["StringProtocol", "BidirectionalCollection", "Collection", "Sequence", "Comparable", "Equatable", "Hashable",
                   "CustomStringConvertible"],
        "Character": ["Comparable", "Equatable", "Hashable", "CustomStringConvertible"],
        "Bool": ["Equatable", "Hashable", "CustomStringConvertible"],
        "Array": ["RandomAccessCollection", "BidirectionalCollection", "MutableCollection", "RangeReplaceableCollection",
                  "Collection", "Sequence", "Equatable", "Hashable", "CustomStringConvertible"],
        "Set": ["SetAlgebra", "Collection", "Sequence", "Equatable", "Hashable", "CustomStringConvertible"],
        "Dictionary": ["Collection", "Sequence", "Equatable", "CustomStringConvertible"],
        "Range": ["RandomAccessCollection", "BidirectionalCollection", "Collection", "Sequence", "Equatable", "Hashable"],
        "Optional": ["Equatable", "Hashable"],
    ]

    /// The holder for `name`, created on first use.
    func holder(for name: String) -> UserType {
        if let h = holders[name] { return h }
        let h = UserType(name: name, kind: .structType)
        h.extendedBuiltin = name
        h.extensions = self
        holders[name] = h
        return h
    }

    /// The names searched, in order, for a built-in value of kind `key`: the type, then its protocols.
    func searchOrder(forBuiltin key: String) -> [String] {
        [key] + (ExtensionRegistry.builtinConformances[key] ?? []) + (addedConformances[key].map { Array($0).sorted() } ?? [])
    }

    /// The extension method `name` for a built-in value of kind `key`.
    func method(_ name: String, forBuiltin key: String) -> Function? {
        guard !holders.isEmpty else { return nil }
        for n in searchOrder(forBuiltin: key) { if let m = holders[n]?.methods[name] { return m } }
        return nil
    }

    /// The extension computed property `name` for a built-in value of kind `key`.
    func computed(_ name: String, forBuiltin key: String) -> (get: Function, set: Function?)? {
        guard !holders.isEmpty else { return nil }
        for n in searchOrder(forBuiltin: key) { if let c = holders[n]?.computed[name] { return c } }
        return nil
    }

    /// The holder of static members `name` for the built-in type named `key`.
    func staticHolder(_ name: String, forBuiltin key: String) -> UserType? {
        guard let h = holders[key] else { return nil }
        return h.staticMethods[name] != nil || h.staticComputed[name] != nil || h.staticValues[name] != nil ? h : nil
    }

    /// Forgets every extension (`%reset`).
    func removeAll() { holders = [:]; addedConformances = [:]; requirements = [:] }
}
