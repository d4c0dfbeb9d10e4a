/// The names visible while lowering one function, closure or cell body.
///
/// Each function gets its own frame; blocks inside it open nested name tables but
/// share the frame. Lookups walk outwards through enclosing functions (closure
/// capture), then the type of `self`, then session globals, then the bindings.
final class Scope {
    /// A local variable: its slot and declaration facts.
    struct Local {
        var slot: Int
        var isLet: Bool
        var typeName: String?
    }

    let parent: Scope?
    var blocks: [[String: Local]] = [[:]]
    private(set) var frameSize = 0
    /// True for the cell body: its outermost block declares globals.
    let isCell: Bool
    /// The type whose members are visible unqualified (methods, initialisers).
    let selfType: UserType?
    /// True inside static methods.
    let isStatic: Bool
    /// Number of `$n` shorthand parameters of a closure.
    var shorthandCount = 0
    /// The declared result type of the function this scope is the body of, if any.
    var resultType: String?

    init(parent: Scope?, isCell: Bool = false, selfType: UserType? = nil, isStatic: Bool = false) {
        self.parent = parent; self.isCell = isCell; self.selfType = selfType; self.isStatic = isStatic
    }

    /// True when a declaration here creates a session global.
    var declaresGlobals: Bool { isCell && blocks.count == 1 }

    /// Allocates a fresh slot.
    func newSlot() -> Int { frameSize += 1; return frameSize - 1 }

    /// Declares a local in the innermost block, reusing the slot if it is already declared there
    /// (`var n = n` shadows a parameter: the new declaration decides whether it is mutable).
    @discardableResult
    func declare(_ name: String, isLet: Bool, typeName: String? = nil) -> Local {
        if var existing = blocks[blocks.count - 1][name] {
            existing.isLet = isLet
            if typeName != nil { existing.typeName = typeName }
            blocks[blocks.count - 1][name] = existing
            return existing
        }
        let l = Local(slot: newSlot(), isLet: isLet, typeName: typeName)
        blocks[blocks.count - 1][name] = l
        return l
    }

    func push() { blocks.append([:]) }
    func pop() { blocks.removeLast() }

    /// The local named `name` in this function, innermost first.
    func local(_ name: String) -> Local? {
        for b in blocks.reversed() { if let l = b[name] { return l } }
        return nil
    }

    /// Every visible local name, for suggestions and completion.
    var visibleNames: [String] {
        var names = blocks.flatMap { $0.keys }
        if let p = parent { names += p.visibleNames }
        if let t = selfType { names += t.memberNames }
        return names
    }
}

/// Damerau-free Levenshtein distance, for "did you mean" suggestions.
func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a.lowercased()), y = Array(b.lowercased())
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var prev = Array(0...y.count)
    var cur = prev
    for i in 1...x.count {
        cur[0] = i
        for j in 1...y.count {
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
        }
        swap(&prev, &cur)
    }
    return prev[y.count]
}

/// The closest candidates to `name` (at most three), or empty when nothing is close.
func suggestions(for name: String, among candidates: [String]) -> [String] {
    let limit = max(1, name.count / 3 + 1)
    let scored = Set(candidates).compactMap { c -> (String, Int)? in
        let d = editDistance(name, c)
        return d <= limit && c != name ? (c, d) : nil
    }
    guard let best = scored.map(\.1).min() else { return [] }
    return scored.filter { $0.1 == best }.sorted { $0.0 < $1.0 }.prefix(3).map(\.0)
}

/// " (did you mean 'x'?)" or empty.
func didYouMean(_ name: String, among candidates: [String]) -> String {
    let s = suggestions(for: name, among: candidates)
    if s.isEmpty { return "" }
    return "; did you mean " + s.map { "'\($0)'" }.joined(separator: " or ") + "?"
}
