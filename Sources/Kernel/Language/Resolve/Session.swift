/// What persists between cells: global variables, functions and user types.
///
/// The resolver consults it while lowering a cell; declarations of a cell are
/// committed only when the whole cell lowered without errors.
final class Session {
    /// Global variables and functions by name.
    var globals: [String: GlobalBox] = [:]
    /// User-declared types by name.
    var types: [String: UserType] = [:]
    /// Declared protocol names.
    var protocols: Set<String> = []
    /// Order in which globals were first declared (for `%who`).
    var declarationOrder: [String] = []

    /// Forgets everything (`%reset`).
    func reset() {
        globals = [:]; types = [:]; protocols = []; declarationOrder = []
    }
}
