import SwiftDiagnostics
import SwiftParserDiagnostics
import SwiftSyntax

/// Turns the parser's diagnostics into a Jupyter error: line, column, the source
/// line with a caret, the message, and the fix-it when the parser offers one.
enum SyntaxDiagnoser {
    /// The first syntax error of `tree`, or nil when the cell parsed cleanly.
    static func error(for tree: SourceFileSyntax, source: CellSource) -> ExecutionError? {
        if let token = tokenCrashingDiagnostics(in: tree) {
            return inconsistentWhitespaceError(token, tree: tree, source: source)
        }
        let diags = ParseDiagnosticsGenerator.diagnostics(for: tree).filter { $0.diagMessage.severity == .error }
        guard let first = diags.first else { return nil }
        let converter = SourceLocationConverter(fileName: source.name, tree: tree)
        var lines: [String] = []
        for d in diags.prefix(3) {
            let l = d.location(converter: converter)
            let loc = CellLocation(source: source, line: l.line, column: characterColumn(source, line: l.line, utf8Column: l.column))
            lines.append("SyntaxError: \(d.message)")
            lines.append("  at \(source.name), line \(loc.line), column \(loc.column)")
            lines.append(contentsOf: loc.excerpt.map { "    " + $0 })
            for fix in d.fixIts {
                lines.append("  fix-it: \(fix.message.message)" + fixText(fix))
            }
        }
        let l = first.location(converter: converter)
        return ExecutionError(name: "SyntaxError", value: "\(first.message) (line \(l.line))", traceback: lines)
    }

    /// What a fix-it would insert, when it is a simple insertion.
    private static func fixText(_ fix: FixIt) -> String {
        let inserted = fix.changes.compactMap { change -> String? in
            if case .replace(_, let new) = change { return new.trimmedDescription }
            return nil
        }.filter { !$0.isEmpty }
        return inserted.isEmpty ? "" : " (insert '\(inserted.joined(separator: " "))')"
    }

    /// Converts a UTF-8 column to a character column.
    static func characterColumn(_ source: CellSource, line: Int, utf8Column: Int) -> Int {
        guard line >= 1, line <= source.lines.count else { return utf8Column }
        let bytes = Array(source.lines[line - 1].utf8.prefix(max(0, utf8Column - 1)))
        return String(decoding: bytes, as: UTF8.self).count + 1
    }
}
