import Protocol

/// The one registry through which Swift-library and research-library APIs reach cells.
///
/// Every free function, initialiser, method, property, static member and operator a cell
/// can call is registered here once, with its Swift signature (argument labels, defaults)
/// and a doc comment. The evaluator checks calls against these signatures, and completion
/// and inspection read the same entries, so one registration line is all it takes to
/// expose a function to notebooks.
///
/// Signatures are written as in Swift, without `func`: `"pow(_ x: Double, _ y: Double) -> Double"`.
/// Default values may be literals (`= 1`, `= 0.5`, `= "x"`, `= true`, `= nil`, `= []`).
/// A trailing `...` on a type makes the parameter variadic.
///
/// Example: exposing a library type (e.g. in `Bindings+Lib.swift`):
/// ```swift
/// extension Bindings {
///     func registerTensor() {
///         let tensor = type(Tensor.self, name: "Tensor", doc: "An n-dimensional array of Float.")
///         staticMethod("randn(_ shape: [Int], seed: Int = 0) -> Tensor", on: tensor,
///                      doc: "Normal samples with the given shape.") { args in
///             wrap(Tensor.randn(try args.intArray(0), seed: try args.int(1)))
///         }
///         method("matmul(_ other: Tensor) -> Tensor", on: Tensor.self, doc: "Matrix product.") { t, args in
///             wrap(t.matmul(try args.native(0, as: Tensor.self)))
///         }
///         property("shape: [Int]", on: Tensor.self, doc: "Extent of each axis.") { t in .array(t.shape.map { .int($0) }) }
///         infixOperator("•", precedenceGroup: "MultiplicationPrecedence", doc: "Matrix product.") { a, b in
///             guard let x = a.native(as: Tensor.self), let y = b.native(as: Tensor.self) else { return nil }
///             return wrap(x.matmul(y))
///         }
///         display(Tensor.self) { t in MimeBundle(plainText: t.description) }
///     }
/// }
/// ```
///
/// Thread rules: register before the interpreter runs cells; afterwards the registry is read-only.
public final class Bindings {
    // MARK: - Storage

    /// Free functions by base name (overloads in registration order).
    private(set) var functions: [String: [Binding]] = [:]
    /// Members by owner type name, then base name.
    private(set) var members: [String: [String: [Binding]]] = [:]
    /// Library types by name.
    private(set) var nativeTypes: [String: NativeType] = [:]
    private var nativeByIdentifier: [ObjectIdentifier: NativeType] = [:]
    /// Custom operator implementations by spelling; each returns nil when the operands do not fit.
    private(set) var operators: [String: [(Value, Value) throws -> Value?]] = [:]
    /// Operators to add to the folding table: spelling and precedence group.
    private(set) var customOperators: [(name: String, precedenceGroup: String)] = []
    /// Documentation of registered operators and of type names.
    private(set) var docs: [String: String] = [:]
    /// Members cells add to built-in types and protocols with `extension`.
    public let cellExtensions = ExtensionRegistry()
    /// Names of built-in types (`Int`, `String`, …) that cells may use as values.
    private(set) var builtinTypes: Set<String> = []
    /// Names of library types cells reach only through another spelling (`Scalar` is written
    /// `Unicode.Scalar` or `UnicodeScalar`): members register under them, but they are not names in cells.
    private var unspeltTypeNames: Set<String> = []

    /// The runtime of the interpreter using this registry (for print, display, readLine).
    /// Strong: the runtime never refers back to the registry, and a weak reference would
    /// put every retain of the runtime on the slow (side-table) path.
    var runtime: Runtime?

    /// Creates an empty registry; ``standard`` has the Swift standard library surface.
    public init() {}

    /// Connects the registry to an interpreter's runtime.
    func attach(_ r: Runtime) { runtime = r }

    /// The registry with the standard-library surface (print, math, collections, strings, conversions).
    public static func standard() -> Bindings {
        let b = Bindings()
        b.registerStandardLibrary()
        b.registerSizedIntegers()
        b.registerFloatingPointEnums()
        b.registerIntegerBits()
        b.registerUnicodeScalars()
        b.registerLibrary()
        return b
    }

    // MARK: - Registration

    /// Registers a free function.
    public func function(_ signature: String, doc: String, _ impl: @escaping (Arguments) throws -> Value) {
        let b = Binding(kind: .function, owner: nil, signature: signature, doc: doc) { _, a in try impl(a) }
        functions[b.name, default: []].append(b)
    }

    /// Registers a non-mutating method on a built-in type (`"Array"`, `"String"`, …) or library type name.
    public func method(_ signature: String, on owner: String, doc: String,
                       _ impl: @escaping (Value, Arguments) throws -> Value) {
        add(Binding(kind: .method, owner: owner, signature: signature, doc: doc) { this, a in try impl(this, a) })
    }

    /// Registers a mutating method: `impl` receives the receiver in place.
    public func mutatingMethod(_ signature: String, on owner: String, doc: String,
                               _ impl: @escaping (inout Value, Arguments) throws -> Value) {
        add(Binding(kind: .method, owner: owner, signature: signature, doc: doc, isMutating: true, impl: impl))
    }

    /// Registers a read-only property, written `"name: Type"`.
    public func property(_ signature: String, on owner: String, doc: String, _ get: @escaping (Value) throws -> Value) {
        add(Binding(kind: .property, owner: owner, signature: signature, doc: doc) { this, _ in try get(this) })
    }

    /// Registers an initialiser, written `"init(repeating: Element, count: Int)"`; cells call it as `Owner(...)`.
    public func initializer(_ signature: String, on owner: String, doc: String, _ impl: @escaping (Arguments) throws -> Value) {
        if !unspeltTypeNames.contains(owner) { builtinTypes.insert(owner) }
        add(Binding(kind: .initializer, owner: owner, signature: signature, doc: doc) { _, a in try impl(a) })
    }

    /// Registers a static method, called as `Owner.name(...)` or `.name(...)` where the type is implied.
    public func staticMethod(_ signature: String, on owner: String, doc: String, _ impl: @escaping (Arguments) throws -> Value) {
        if !unspeltTypeNames.contains(owner) { builtinTypes.insert(owner) }
        add(Binding(kind: .staticMethod, owner: owner, signature: signature, doc: doc) { _, a in try impl(a) })
    }

    /// Registers a static property such as `Double.pi`.
    public func staticProperty(_ signature: String, on owner: String, doc: String, _ get: @escaping () throws -> Value) {
        if !unspeltTypeNames.contains(owner) { builtinTypes.insert(owner) }
        add(Binding(kind: .staticProperty, owner: owner, signature: signature, doc: doc) { _, _ in try get() })
    }

    /// Registers a subscript getter, written `"subscript(_ i: Int) -> Element"`.
    public func subscriptGetter(_ signature: String, on owner: String, doc: String,
                                _ impl: @escaping (Value, Arguments) throws -> Value) {
        add(Binding(kind: .subscriptGetter, owner: owner, signature: signature, doc: doc) { this, a in try impl(this, a) })
    }

    /// Declares a built-in type name cells can mention (`Int`, `String`).
    public func builtinType(_ name: String, doc: String) {
        builtinTypes.insert(name)
        docs[name] = doc
    }

    /// Registers an infix operator implementation. New spellings join the operator table
    /// used to fold expressions, in the given precedence group (e.g. `MultiplicationPrecedence`).
    /// Return nil from `impl` when the operands are not of the types it handles.
    public func infixOperator(_ name: String, precedenceGroup: String = "MultiplicationPrecedence", doc: String,
                              _ impl: @escaping (Value, Value) throws -> Value?) {
        if BinaryOperator(rawValue: name) == nil && !customOperators.contains(where: { $0.name == name }) {
            customOperators.append((name, precedenceGroup))
        }
        operators[name, default: []].append(impl)
        docs[name] = doc
    }

    private func add(_ b: Binding) {
        members[b.owner ?? "", default: [:]][b.name, default: []].append(b)
    }

    // MARK: - Library types

    /// Registers a library type, so that its values can be wrapped and its members bound.
    /// `name` is what `type(of:)` prints and what members register under; with `spelledAs`,
    /// cells write the type only with those spellings (a nested type's `Unicode.Scalar`, a type
    /// alias's `UnicodeScalar`, see ``typeAlias(_:for:)``) and `name` alone is not a name in cells.
    @discardableResult
    public func type<T>(_ swiftType: T.Type, name: String, doc: String, spelledAs spellings: [String]? = nil) -> NativeType {
        let t = NativeType(name: name, doc: doc)
        nativeTypes[name] = t
        nativeByIdentifier[ObjectIdentifier(swiftType)] = t
        docs[name] = doc
        if let spellings {
            unspeltTypeNames.insert(name)
            for s in spellings where !s.contains(".") { typeAlias(s, for: t) }
        } else {
            builtinTypes.insert(name)
        }
        return t
    }

    /// Lets cells name the library type `t` as `spelling` (a standard-library type alias such as
    /// `UnicodeScalar`): the spelling stands for `t` as a value (`UnicodeScalar.self`, static
    /// members); initialisers a cell calls as `spelling(…)` are registered under the spelling too.
    public func typeAlias(_ spelling: String, for t: NativeType) {
        nativeTypes[spelling] = t
        builtinTypes.insert(spelling)
        docs[spelling] = t.doc
    }

    /// A typed method on a library type: `impl` receives the Swift object.
    public func method<T>(_ signature: String, on swiftType: T.Type, doc: String,
                          _ impl: @escaping (T, Arguments) throws -> Value) {
        let owner = nativeByIdentifier[ObjectIdentifier(swiftType)]?.name ?? String(describing: swiftType)
        method(signature, on: owner, doc: doc) { this, a in
            guard let obj = this.native(as: T.self) else { throw RuntimeError.type("expected \(owner), got \(typeName(this))") }
            return try impl(obj, a)
        }
    }

    /// A typed property on a library type.
    public func property<T>(_ signature: String, on swiftType: T.Type, doc: String, _ get: @escaping (T) throws -> Value) {
        let owner = nativeByIdentifier[ObjectIdentifier(swiftType)]?.name ?? String(describing: swiftType)
        property(signature, on: owner, doc: doc) { this in
            guard let obj = this.native(as: T.self) else { throw RuntimeError.type("expected \(owner), got \(typeName(this))") }
            return try get(obj)
        }
    }

    /// Rich representations for a library type (text/html, image/png, …) shown by `display`.
    public func display<T>(_ swiftType: T.Type, _ render: @escaping (T) -> MimeBundle) {
        guard let t = nativeByIdentifier[ObjectIdentifier(swiftType)] else { return }
        t.display = { render($0 as! T) }
    }

    /// Wraps a library object as a cell value (its type must be registered).
    public func wrap(_ object: Any) -> Value {
        if let t = nativeByIdentifier[ObjectIdentifier(Swift.type(of: object))] { return .native(NativeValue(object, type: t)) }
        if let v = object as? Value { return v }
        return .native(NativeValue(object, type: NativeType(name: String(describing: Swift.type(of: object)), doc: "")))
    }

    // MARK: - Lookup

    /// Members of `owner` with base name `name`.
    func members(of owner: String, named name: String) -> [Binding] { members[owner]?[name] ?? [] }

    /// All member names of `owner`, for completion.
    func memberNames(of owner: String) -> [String] { Array(members[owner]?.keys ?? [:].keys) }

    /// All bindings, for completion and inspection.
    var allFunctionNames: [String] { Array(functions.keys) }
}

/// A library type known to the registry.
public final class NativeType {
    public let name: String
    public let doc: String
    /// `description` override for text output.
    public var describe: ((Any) -> String)?
    /// `debugDescription`, when it differs from `describe`: the text inside collections and
    /// optionals and for `debugPrint` (a Unicode.Scalar prints `A` but `["A"]`, `Optional("\u{00E9}")`).
    public var debugDescribe: ((Any) -> String)?
    /// Three-way comparison with another object of the type (`Comparable`), nil when not comparable.
    public var compare: ((Any, Any) -> Int?)?
    /// The object a literal of another kind stands for where this type is expected, e.g. the
    /// one-scalar string literal `"a"` in `scalar == "a"` or `case "a"...` for a Unicode.Scalar; nil when it stands for none.
    public var fromLiteral: ((Value) -> Any?)?
    /// Hashing consistent with `equals` (and with the hash of the literals `fromLiteral` accepts);
    /// nil hashes every object of the type alike.
    public var hash: ((Any, inout Hasher) -> Void)?
    /// Equality, when the type has one.
    public var equals: ((Any, Any) -> Bool)?
    /// Rich display.
    public var display: ((Any) -> MimeBundle)?
    init(name: String, doc: String) { self.name = name; self.doc = doc }
}

extension Value {
    /// The library object inside, if it is a `T`.
    public func native<T>(as type: T.Type) -> T? {
        if case .native(let n) = self { return n.object as? T }
        return nil
    }
}
