import SwiftSyntax

extension SyntaxDiagnoser {
    /// A token on which swift-syntax's diagnostics generator would trap instead of reporting.
    ///
    /// For "'=' must have consistent whitespace on both sides" the generator builds a fix-it
    /// inserting the missing space; when the lexer flags the `=` although both neighbours are
    /// spaces (a character such as U+FFFD glued to it, e.g. `let m \u{FFFD}= 1`), the fix-it
    /// has no change and `FixIt.init` stops the process. Such cells are reported by the kernel
    /// itself, before the generator runs.
    static func tokenCrashingDiagnostics(in tree: some SyntaxProtocol) -> TokenSyntax? {
        for token in tree.tokens(viewMode: .all) {
            guard token.tokenDiagnostic?.kind == .equalMustHaveConsistentWhitespaceOnBothSides else { continue }
            let before = token.previousToken(viewMode: .all)?.trailingTrivia.contains(where: isSpaceOrTab) ?? false
            let after = token.trailingTrivia.contains(where: isSpaceOrTab)
            if before && after { return token }
        }
        return nil
    }

    /// The syntax error for such a token: where it is, with the source line and a caret.
    static func inconsistentWhitespaceError(_ token: TokenSyntax, tree: SourceFileSyntax, source: CellSource) -> ExecutionError {
        let converter = SourceLocationConverter(fileName: source.name, tree: tree)
        let l = converter.location(for: token.positionAfterSkippingLeadingTrivia)
        let loc = CellLocation(source: source, line: l.line, column: characterColumn(source, line: l.line, utf8Column: l.column))
        let message = "'\(token.text)' must have consistent whitespace on both sides (an invisible or invalid character touches it)"
        var lines = ["SyntaxError: \(message)", "  at \(source.name), line \(loc.line), column \(loc.column)"]
        lines += loc.excerpt.map { "    " + $0 }
        return ExecutionError(name: "SyntaxError", value: "\(message) (line \(l.line))", traceback: lines)
    }

    private static func isSpaceOrTab(_ piece: TriviaPiece) -> Bool {
        switch piece {
        case .spaces, .tabs: return true
        default: return false
        }
    }
}
