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
    /// The name with its enclosing types (`Outer.Inner`); Swift prints it inside collections.
    public var qualifiedName: String
    /// Types declared inside this one, by name.
    var nestedTypes: [String: UserType] = [:]
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
    /// Subscripts: getter and optional setter, methods of `self` taking the subscript's parameters
    /// (the setter takes the new value after them).
    var subscripts: [(get: Function, set: Function?)] = []
    /// Declared initialisers.
    var initializers: [Function] = []
    /// The `deinit` body, a method of `self`.
    var deinitializer: Function?
    /// True when this class or a superclass declares `deinit`.
    var hasDeinit: Bool {
        var t: UserType? = self
        while let c = t { if c.deinitializer != nil { return true }; t = c.superclass }
        return false
    }
    /// `lazy var` initial values, by field index: methods of `self` run on first read.
    var lazyFields: [Int: Function] = [:]
    /// Stored properties declared `weak` (true) or `unowned` (false), by field index.
    var referenceFields: [Int: Bool] = [:]
    /// How many of ``initializers`` the type's own body declares (the rest come from extensions,
    /// which keep a struct's memberwise initialiser).
    var ownInitializerCount = 0
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
    /// For the member holder of an extension of a built-in type or protocol: its name.
    var extendedBuiltin: String?
    /// The session's extensions, for default implementations from protocol extensions.
    weak var extensions: ExtensionRegistry?
    /// The generic parameters' names (`struct Stack<Element>` has `["Element"]`).
    public var genericParameters: [String] = []
    /// True when declared with generic parameters.
    public var isGeneric: Bool { !genericParameters.isEmpty }

    /// The instance's type as Swift names it, generic arguments included (`Stack<String>`), found
    /// from stored properties declared as `T`, `[T]` or `T?`; nil when a generic argument cannot be
    /// told from the values (an empty array, nil).
    func specializedName(fields: [Value]) -> String? {
        guard isGeneric else { return name }
        var found: [String: String] = [:]
        for (declared, value) in zip(fieldTypes, fields) {
            guard let d = declared else { continue }
            for p in genericParameters where found[p] == nil {
                if d == p { found[p] = typeName(value) }
                else if d == "[\(p)]", case .array(let a) = value, let first = a.first { found[p] = typeName(first) }
                else if d == "\(p)?", case .some(let x) = value { found[p] = typeName(x) }
            }
        }
        let args = genericParameters.compactMap { found[$0] }
        guard args.count == genericParameters.count, !args.contains(where: { $0.contains("Any") }) else { return nil }
        return name + "<" + args.map(canonicalTypeName).joined(separator: ", ") + ">"
    }
    /// Raw value type of an enum (`Int`, `String`), if any.
    var rawType: String?
    /// Runs static property initialisers when the declaration executes.
    var staticInit: StmtCode?

    init(name: String, kind: Kind) { self.name = name; self.kind = kind; self.qualifiedName = name }

    /// Finds an instance method, searching superclasses, then extensions of adopted protocols.
    func method(_ name: String) -> Function? {
        var t: UserType? = self
        while let c = t { if let m = c.methods[name] { return m }; t = c.superclass }
        return protocolExtensionHolders.lazy.compactMap { $0.methods[name] }.first
    }

    /// The initial value of stored property `i`, declared here or by the superclass that declares
    /// the property (a subclass shares its superclass's first fields).
    func fieldDefault(_ i: Int) -> Code? {
        var t: UserType? = self
        while let c = t, i < c.fieldDefaults.count {
            if let d = c.fieldDefaults[i] { return d }
            t = c.superclass
        }
        return nil
    }

    /// Finds the subscript taking `count` arguments labelled `labels`, searching superclasses.
    func subscriptAccessors(labels: [String?]) -> (get: Function, set: Function?)? {
        var t: UserType? = self
        while let c = t {
            if let s = c.subscripts.first(where: { $0.get.parameters.map(\.label) == labels }) { return s }
            t = c.superclass
        }
        return nil
    }

    /// Finds a computed property, searching superclasses, then extensions of adopted protocols.
    func computedProperty(_ name: String) -> (get: Function, set: Function?)? {
        var t: UserType? = self
        while let c = t { if let m = c.computed[name] { return m }; t = c.superclass }
        return protocolExtensionHolders.lazy.compactMap { $0.computed[name] }.first
    }

    /// The extension holders of the protocols this type and its superclasses adopt.
    private var protocolExtensionHolders: [UserType] {
        guard let registry = extensions, !registry.holders.isEmpty else { return [] }
        var out: [UserType] = []
        var t: UserType? = self
        while let c = t {
            for p in c.conformances.sorted() { if let h = registry.holders[p] { out.append(h) } }
            t = c.superclass
        }
        return out
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
