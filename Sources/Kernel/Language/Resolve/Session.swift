/// What persists between cells: global variables, functions and user types.
///
/// The resolver consults it while lowering a cell; declarations of a cell are
/// committed only when the whole cell lowered without errors.
final class Session {
    /// Global variables and functions by name; starts with the predefined ones.
    var globals: [String: GlobalBox] = Session.predefined()
    /// User-declared types by name.
    var types: [String: UserType] = [:]
    /// Declared protocol names.
    var protocols: Set<String> = []
    /// Type aliases: name → the aliased type as written (`BinaryOp` → `(Double,Double)->Double`).
    var typeAliases: [String: String] = [:]
    /// True once a cell declared a class with `deinit`: blocks then release their locals at their end.
    var hasDeinit = false
    /// Order in which globals were first declared (for `%who`).
    var declarationOrder: [String] = []

    /// Forgets everything (`%reset`) but the predefined variables.
    func reset() {
        globals = Session.predefined(); types = [:]; protocols = []; typeAliases = [:]; declarationOrder = []
    }

    /// Variables every session starts with: `standardError`, for `print(_:to: &standardError)`.
    static func predefined() -> [String: GlobalBox] {
        ["standardError": GlobalBox(StandardErrorStream.value())]
    }
}
