/// A struct, class or enum declared in a cell.
public final class UserType {
    /// What kind of nominal type it is.
    public enum Kind { case structType, classType, enumType }

    /// One enum case: its name, associated-value labels and raw value.
    public struct Case {
        public var name: String
        public var labels: [String?]
        public var rawValue: Value?
        public var types: [String?] = []
    }

    public let name: String
    public let kind: Kind
    /// Stored properties in declaration order.
    public var fieldNames: [String] = []
    var fieldIndex: [String: Int] = [:]
    var fieldDefaults: [Code?] = []
    var fieldIsLet: [Bool] = []
    var fieldTypes: [String?] = []
    /// Instance methods by base name.
    var methods: [String: Function] = [:]
    /// Static methods by base name.
    var staticMethods: [String: Function] = [:]
    /// Static stored properties.
    var staticValues: [String: GlobalBox] = [:]
    /// Static computed properties: their getters (static methods without arguments).
    var staticComputed: [String: Function] = [:]
    /// Property observers of stored properties, by field index (`willSet` gets the new value,
    /// `didSet` the old one; both are mutating methods of `self`).
    var fieldObservers: [Int: (willSet: Function?, didSet: Function?)] = [:]
    /// Computed properties: getter and optional setter (both methods with `self`).
    var computed: [String: (get: Function, set: Function?)] = [:]
    /// Declared initialisers.
    var initializers: [Function] = []
    /// Enum cases.
    public var cases: [Case] = []
    var caseIndex: [String: Int] = [:]
    /// Superclass of a class.
    public var superclass: UserType?
    /// Names of adopted protocols (`Error`, `CustomStringConvertible`, …).
    public var conformances: Set<String> = []
    /// The declaration's doc comment.
    public var doc: String = ""
    /// Instance member names declared so far (known before bodies are lowered).
    var declaredNames: Set<String> = []
    /// Static member names declared so far.
    var declaredStaticNames: Set<String> = []
    /// True when declared with generic parameters (`struct Stack<Element>`).
    public var isGeneric = false
    /// Raw value type of an enum (`Int`, `String`), if any.
    var rawType: String?
    /// Runs static property initialisers when the declaration executes.
    var staticInit: StmtCode?

    init(name: String, kind: Kind) { self.name = name; self.kind = kind }

    /// Finds an instance method, searching superclasses.
    func method(_ name: String) -> Function? {
        var t: UserType? = self
        while let c = t { if let m = c.methods[name] { return m }; t = c.superclass }
        return nil
    }

    /// Finds a computed property, searching superclasses.
    func computedProperty(_ name: String) -> (get: Function, set: Function?)? {
        var t: UserType? = self
        while let c = t { if let m = c.computed[name] { return m }; t = c.superclass }
        return nil
    }

    /// True if `self` is `other` or inherits from it.
    func isSubtype(of other: UserType) -> Bool {
        var t: UserType? = self
        while let c = t { if c === other { return true }; t = c.superclass }
        return false
    }

    /// All member names, for completion and suggestions.
    var memberNames: [String] {
        var names = fieldNames + Array(methods.keys) + Array(computed.keys)
        if let s = superclass { names += s.memberNames }
        return names.sorted()
    }
}
