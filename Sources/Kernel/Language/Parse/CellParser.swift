import SwiftOperators
import SwiftParser
import SwiftSyntax

/// The front end: parses a cell with SwiftParser and folds its operators with
/// the standard operator table plus the library's operators.
struct CellParser {
    /// The operator table used for folding (standard operators plus registered ones).
    let operators: OperatorTable

    init(bindings: Bindings) {
        var table = OperatorTable.standardOperators
        let extra = bindings.customOperators
        if !extra.isEmpty {
            let decls = extra.map { "infix operator \($0.name): \($0.precedenceGroup)" }.joined(separator: "\n")
            try? table.addSourceFile(Parser.parse(source: decls))
        }
        operators = table
    }

    /// Parses and folds; folding errors (unknown operators) are returned with the tree.
    func parse(_ text: String) -> (tree: SourceFileSyntax, foldErrors: [OperatorError]) {
        let raw = Parser.parse(source: text)
        var errors: [OperatorError] = []
        let folded = operators.foldAll(raw) { errors.append($0) }
        return (folded.as(SourceFileSyntax.self) ?? raw, errors)
    }
}

extension OperatorError {
    /// The syntax node the error refers to, for its location.
    var node: Syntax? {
        switch self {
        case .missingOperator(_, let s), .missingGroup(_, let s): return s
        case .incomparableOperators(let l, _, _, _): return Syntax(l)
        default: return nil
        }
    }
}
