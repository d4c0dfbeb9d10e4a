import SwiftParser
import SwiftParserDiagnostics
import SwiftSyntax

// MARK: - is_complete

extension SwiftInterpreter {
    /// Complete when the cell parses; incomplete (with the indent to continue) while
    /// brackets, braces or a multi-line string are still open; invalid otherwise.
    public func isComplete(_ code: String) -> Completeness {
        if code.trimmingSpaces.isEmpty { return .complete }
        if Magics.parse(code) != nil { return .complete }
        let scan = BracketScanner.scan(code)
        if scan.openTripleQuote { return .incomplete(indent: "") }
        if scan.depth > 0 { return .incomplete(indent: String(repeating: "    ", count: scan.depth)) }
        if scan.depth < 0 { return .invalid }
        if NestingGuard.squareBracketDepth(code) > NestingGuard.maxSquareBracketDepth { return .invalid }
        let tree = Parser.parse(source: code)
        if SyntaxDiagnoser.tokenCrashingDiagnostics(in: tree) != nil { return .invalid }
        let errors = ParseDiagnosticsGenerator.diagnostics(for: tree).filter { $0.diagMessage.severity == .error }
        if errors.isEmpty { return .complete }
        // A trailing binary operator or comma means more is coming.
        if let last = code.trimmingSpaces.last, "+-*/=,&|.(".contains(last) { return .incomplete(indent: "") }
        return .invalid
    }
}

/// Counts open brackets outside strings and comments.
enum BracketScanner {
    struct Result {
        var depth = 0
        var openTripleQuote = false
    }

    static func scan(_ code: String) -> Result {
        var r = Result()
        let chars = Array(code)
        var i = 0
        var inString = false, inTriple = false, inLineComment = false, blockComment = 0
        while i < chars.count {
            let c = chars[i]
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            if inLineComment { if c == "\n" { inLineComment = false }; i += 1; continue }
            if blockComment > 0 {
                if c == "*" && next == "/" { blockComment -= 1; i += 2; continue }
                if c == "/" && next == "*" { blockComment += 1; i += 2; continue }
                i += 1; continue
            }
            if inTriple {
                if c == "\\" { i += 2; continue }
                if c == "\"" && next == "\"" && i + 2 < chars.count && chars[i + 2] == "\"" { inTriple = false; i += 3; continue }
                i += 1; continue
            }
            if inString {
                if c == "\\" { i += 2; continue }
                if c == "\"" || c == "\n" { inString = false }
                i += 1; continue
            }
            if c == "/" && next == "/" { inLineComment = true; i += 2; continue }
            if c == "/" && next == "*" { blockComment += 1; i += 2; continue }
            if c == "\"" {
                if next == "\"" && i + 2 < chars.count && chars[i + 2] == "\"" { inTriple = true; i += 3; continue }
                inString = true; i += 1; continue
            }
            if "([{".contains(c) { r.depth += 1 }
            if ")]}".contains(c) { r.depth -= 1 }
            i += 1
        }
        r.openTripleQuote = inTriple
        return r
    }
}
