import Foundation
import SwiftSyntax

/// An error found before a cell runs: an unknown name, a wrong label, an unsupported construct.
struct LoweringError: Error {
    var name: String
    var message: String
    var location: CellLocation
}

/// Lowers a parsed cell once into closures over frames of slots.
///
/// Name resolution happens here, before anything runs: every identifier becomes a
/// slot, a global box, a bound library entry or a type; unknown names are collected
/// as errors with "did you mean" suggestions. The syntax tree is not consulted at
/// run time.
final class Lowerer {
    let session: Session
    let runtime: Runtime
    let bindings: Bindings
    let source: CellSource
    private let converter: SourceLocationConverter
    /// Errors found while lowering; the cell runs only when empty.
    var errors: [LoweringError] = []
    /// The function being lowered.
    var scope: Scope
    /// Globals declared by this cell, committed after a successful lowering.
    var pendingGlobals: [String: GlobalBox] = [:]
    var pendingGlobalOrder: [String] = []
    var pendingTypes: [String: UserType] = [:]
    var pendingProtocols: Set<String> = []
    /// Type aliases declared by this cell.
    var pendingAliases: [String: String] = [:]
    /// True while lowering a pattern introduced by `var` (its names are assignable).
    var patternBindsVar = false
    /// True while lowering the members of an `extension`.
    var loweringExtension = false
    /// The types whose members are being lowered, innermost last (their nested types are in scope).
    var loweringTypes: [UserType] = []
    /// Set while lowering an array literal whose declared type is `[Any]`: `[1, 2.5]` keeps its Int.
    var arrayLiteralKeepsIntegers = false
    /// The type whose initialiser is being lowered: its own property observers do not run there.
    var initializingType: UserType?
    /// Positions already reported as unsupported (a type is read more than once while lowering).
    var refusedPositions: Set<AbsolutePosition> = []
    /// Enclosing loops and switches, innermost last, for break and continue.
    var breakTargets: [(label: String?, id: Int, isLoop: Bool)] = []
    private var nextTargetID = 1
    /// Label waiting for the next loop statement.
    var pendingLabel: String?

    init(session: Session, runtime: Runtime, bindings: Bindings, source: CellSource, tree: SourceFileSyntax) {
        self.session = session; self.runtime = runtime; self.bindings = bindings; self.source = source
        self.converter = SourceLocationConverter(fileName: source.name, tree: tree)
        self.scope = Scope(parent: nil, isCell: true)
    }

    // MARK: - Locations and errors

    /// The cell location of a node (first character after leading trivia).
    func loc(_ node: some SyntaxProtocol) -> CellLocation {
        let l = converter.location(for: node.positionAfterSkippingLeadingTrivia)
        // swift-syntax columns count UTF-8 bytes; carets count characters.
        var column = l.column
        if l.line >= 1 && l.line <= source.lines.count {
            let line = source.lines[l.line - 1]
            let bytes = Array(line.utf8.prefix(max(0, l.column - 1)))
            column = String(decoding: bytes, as: UTF8.self).count + 1
        }
        return CellLocation(source: source, line: l.line, column: column)
    }

    /// Records an error and returns code that cannot run (the cell will not run anyway).
    func fail(_ name: String, _ message: String, at node: some SyntaxProtocol) -> Code {
        errors.append(LoweringError(name: name, message: message, location: loc(node)))
        return { _ in .void }
    }

    func newTargetID() -> Int { nextTargetID += 1; return nextTargetID }

    // MARK: - Names

    /// What a name refers to.
    enum Resolution {
        case local(depth: Int, local: Scope.Local)
        case global(GlobalBox)
        case selfMember(depth: Int, type: UserType, isStatic: Bool)
        case userType(UserType)
        case builtinFunction(String)
        case builtinType(String)
    }

    func lookupGlobal(_ name: String) -> GlobalBox? { pendingGlobals[name] ?? session.globals[name] }
    func lookupType(_ name: String) -> UserType? {
        if let t = pendingTypes[name] ?? session.types[name] { return t }
        // Inside a type (or its nested types), its nested types by their short name.
        var s: Scope? = scope
        while let sc = s {
            var owner = sc.selfType
            while let o = owner {
                if let t = o.nestedTypes[name] { return t }
                owner = o.qualifiedName.contains(".") ? lookupType(String(o.qualifiedName[..<o.qualifiedName.lastIndex(of: ".")!])) : nil
            }
            s = sc.parent
        }
        for o in loweringTypes.reversed() { if let t = o.nestedTypes[name] { return t } }
        return nil
    }

    /// Resolves a name at the current point of the cell.
    func resolve(_ name: String) -> Resolution? {
        var depth = 0
        var s: Scope? = scope
        while let sc = s {
            if let l = sc.local(name) { return .local(depth: depth, local: l) }
            if let t = sc.selfType, hasMember(t, name, isStatic: sc.isStatic) {
                return .selfMember(depth: depth, type: t, isStatic: sc.isStatic)
            }
            depth += 1
            s = sc.parent
        }
        if let t = lookupType(name) { return .userType(t) }
        if let g = lookupGlobal(name) { return .global(g) }
        if !bindings.members(of: "", named: name).isEmpty || bindings.functions[name] != nil { return .builtinFunction(name) }
        if let aliased = pendingAliases[name] ?? session.typeAliases[name] {
            return aliased.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) && aliased != name ? resolve(aliased) : .builtinType(name)
        }
        if bindings.builtinTypes.contains(name) || session.protocols.contains(name) || pendingProtocols.contains(name) {
            return .builtinType(name)
        }
        return nil
    }

    func hasMember(_ t: UserType, _ name: String, isStatic: Bool) -> Bool {
        // Inside an extension of a built-in type or protocol, the built-in members of `self`.
        if let b = t.extendedBuiltin, !isStatic, !bindings.members(of: builtinStandIn(for: b), named: name).isEmpty { return true }
        // Inside a protocol extension, the protocol's requirements are members of `self`.
        if let b = t.extendedBuiltin, bindings.cellExtensions.requirements[b]?.contains(name) == true { return true }
        if !isStatic, name == "rawValue", t.kind == .enumType, t.rawType != nil { return true }
        if isStatic, name == "allCases", t.kind == .enumType, t.conformances.contains("CaseIterable") { return true }
        var c: UserType? = t
        while let u = c {
            if isStatic {
                if u.declaredStaticNames.contains(name) { return true }
                if u.staticMethods[name] != nil || u.staticValues[name] != nil || u.caseIndex[name] != nil { return true }
            } else if u.declaredNames.contains(name) || u.fieldIndex[name] != nil || u.methods[name] != nil || u.computed[name] != nil {
                return true
            }
            c = u.superclass
        }
        return false
    }

    /// Every name a cell could mean here, for suggestions.
    var knownNames: [String] {
        scope.visibleNames + Array(pendingGlobals.keys) + Array(session.globals.keys) + Array(session.types.keys)
            + Array(pendingTypes.keys) + Array(bindings.functions.keys) + Array(bindings.builtinTypes)
    }

    /// Reports an unknown name with suggestions.
    func unknownName(_ name: String, at node: some SyntaxProtocol) -> Code {
        return fail("NameError", "cannot find '\(name)' in scope" + didYouMean(name, among: knownNames), at: node)
    }

    // MARK: - Declaring variables

    /// Where a declared variable lives.
    enum Storage {
        case slot(Int)
        case global(GlobalBox)
    }

    /// Declares a variable at the current point (a global at the top of a cell, else a slot).
    func declareVariable(_ name: String, isLet: Bool, typeName: String?) -> Storage {
        if scope.declaresGlobals {
            let box = lookupGlobal(name) ?? GlobalBox(.void)
            if pendingGlobals[name] == nil { pendingGlobalOrder.append(name) }
            pendingGlobals[name] = box
            pendingGlobalFacts[name] = (isLet, typeName)
            return .global(box)
        }
        return .slot(scope.declare(name, isLet: isLet, typeName: typeName).slot)
    }
    /// Declared mutability and annotation of this cell's globals (applied at commit).
    var pendingGlobalFacts: [String: (isLet: Bool, typeName: String?)] = [:]

    /// Code that stores into a declared variable.
    func store(_ storage: Storage, typeName: String?) -> (Frame, Value) -> Void {
        switch storage {
        case .slot(let i):
            if let t = typeName { return { f, v in f.slots[i] = coerce(v, to: t) } }
            return { f, v in f.slots[i] = v }
        case .global(let box):
            if let t = typeName { return { _, v in box.value = coerce(v, to: t) } }
            return { _, v in box.value = v }
        }
    }

    /// Commits this cell's declarations to the session.
    func commit() {
        for (name, box) in pendingGlobals {
            if let facts = pendingGlobalFacts[name] { box.isLet = facts.isLet; box.annotation = facts.typeName }
            session.globals[name] = box
            session.types[name] = nil
        }
        for name in pendingGlobalOrder where !session.declarationOrder.contains(name) { session.declarationOrder.append(name) }
        for (name, t) in pendingTypes {
            session.types[name] = t
            session.globals[name] = nil
            if !session.declarationOrder.contains(name) { session.declarationOrder.append(name) }
        }
        session.protocols.formUnion(pendingProtocols)
        session.typeAliases.merge(pendingAliases) { $1 }
    }

    // MARK: - Functions

    /// Lowers a function body in a fresh scope; returns the body and the frame size.
    ///
    /// Not generic on purpose: a closure passed through a generic result would be
    /// re-abstracted, adding two thunks to every call of the lowered body.
    func withScope(_ s: Scope, _ body: () -> Code) -> (Code, Int) {
        let saved = scope, savedTargets = breakTargets
        scope = s; breakTargets = []
        let r = body()
        let size = s.frameSize
        scope = saved; breakTargets = savedTargets
        return (r, size)
    }

    /// The text of a type annotation, normalised (`Int?`, `[String]`).
    func typeText(_ t: TypeSyntax?) -> String? {
        guard let t else { return nil }
        refuseUnsupportedTypes(in: t)
        let text = t.trimmedDescription.replacingOccurrences(of: " ", with: "")
        return pendingAliases.isEmpty && session.typeAliases.isEmpty ? text : expandingAliases(text)
    }

    /// `text` with every type alias replaced by what it names (function types parenthesised).
    func expandingAliases(_ text: String) -> String {
        var aliases = session.typeAliases.merging(pendingAliases) { $1 }
        for (k, v) in aliases where v.contains("->") { aliases[k] = "(" + v + ")" }
        var out = text
        for _ in 0..<8 {
            let next = substituting(aliases, in: out)
            if next == out { break }
            out = next
        }
        return out
    }

    /// Records an `Unsupported` error for each part of a written type the cell language cannot
    /// honour exactly (implicitly unwrapped optionals).
    func refuseUnsupportedTypes(in t: TypeSyntax) {
        for token in t.tokens(viewMode: .sourceAccurate) {
            if let iuo = token.parent?.as(ImplicitlyUnwrappedOptionalTypeSyntax.self), !refusedPositions.contains(iuo.position) {
                refusedPositions.insert(iuo.position)
                _ = fail("Unsupported", "implicitly unwrapped optional '\(iuo.trimmedDescription)' is not supported yet; declare '\(iuo.wrappedType.trimmedDescription)?' and unwrap it", at: iuo)
            }
        }
    }
}
