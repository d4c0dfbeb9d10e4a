/// Refuses cells whose square brackets nest deeper than the parser can afford.
///
/// swift-syntax decides whether `[` starts an array, dictionary or inline-array type by
/// looking ahead, and that lookahead backtracks once per level: its time doubles with
/// every level of nested `[`. Twenty-odd levels take minutes, inside the parser, where
/// no interrupt reaches. Real cells nest a handful of levels; deeper ones are refused
/// with a syntax error before parsing.
enum NestingGuard {
    /// The deepest nesting of `[` a cell may have.
    static let maxSquareBracketDepth = 12

    /// The error for `code`, or nil when its nesting is within the limit.
    static func error(for code: String, source name: String) -> ExecutionError? {
        let depth = squareBracketDepth(code)
        guard depth > maxSquareBracketDepth else { return nil }
        let message = "square brackets nested \(depth) levels deep; a cell may nest at most "
            + "\(maxSquareBracketDepth) (the parser's time doubles with each level)"
        return ExecutionError(name: "SyntaxError", value: message,
                              traceback: ["SyntaxError: \(message)", "  in \(name)"])
    }

    /// The deepest simultaneous nesting of `[` in `code`, outside comments and string text
    /// (brackets inside string interpolations count: the parser parses them too).
    static func squareBracketDepth(_ code: String) -> Int {
        enum Context { case code(interpolationParens: Int?), string(multiline: Bool) }
        let b = Array(code.utf8)
        var stack: [Context] = [.code(interpolationParens: nil)]
        var depth = 0, deepest = 0, i = 0
        func at(_ k: Int) -> UInt8 { k < b.count ? b[k] : 0 }
        let quote = UInt8(ascii: "\""), slash = UInt8(ascii: "/"), star = UInt8(ascii: "*")
        while i < b.count {
            let c = b[i]
            switch stack[stack.count - 1] {
            case .string(let multiline):
                if c == UInt8(ascii: "\\") {
                    if at(i + 1) == UInt8(ascii: "(") { stack.append(.code(interpolationParens: 0)); i += 2 } else { i += 2 }
                    continue
                }
                if multiline {
                    if c == quote && at(i + 1) == quote && at(i + 2) == quote { stack.removeLast(); i += 3; continue }
                } else if c == quote || c == UInt8(ascii: "\n") {
                    stack.removeLast()
                }
                i += 1
            case .code(let parens):
                if c == slash && at(i + 1) == slash {
                    while i < b.count && b[i] != UInt8(ascii: "\n") { i += 1 }
                    continue
                }
                if c == slash && at(i + 1) == star {
                    var level = 0
                    while i < b.count {
                        if b[i] == slash && at(i + 1) == star { level += 1; i += 2 } else if b[i] == star && at(i + 1) == slash {
                            level -= 1; i += 2
                            if level == 0 { break }
                        } else { i += 1 }
                    }
                    continue
                }
                if c == quote {
                    let multiline = at(i + 1) == quote && at(i + 2) == quote
                    stack.append(.string(multiline: multiline))
                    i += multiline ? 3 : 1
                    continue
                }
                if c == UInt8(ascii: "[") { depth += 1; deepest = max(deepest, depth) }
                if c == UInt8(ascii: "]") { depth = max(0, depth - 1) }
                if let p = parens {
                    if c == UInt8(ascii: "(") { stack[stack.count - 1] = .code(interpolationParens: p + 1) }
                    if c == UInt8(ascii: ")") {
                        if p == 0 { stack.removeLast() } else { stack[stack.count - 1] = .code(interpolationParens: p - 1) }
                    }
                }
                i += 1
            }
        }
        return deepest
    }
}
