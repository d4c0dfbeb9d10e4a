/// The text of one executed cell, kept so that errors raised later (in a function
/// declared by this cell) can still quote the offending line.
public final class CellSource {
    /// How tracebacks name the cell, e.g. `Cell [3]`.
    public let name: String
    /// The cell's lines, without terminators.
    public let lines: [Substring]
    /// Creates a source from a cell's text.
    public init(name: String, text: String) {
        self.name = name
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }
}

/// A position in a cell: 1-based line and column (column counted in characters).
public struct CellLocation {
    public let source: CellSource
    public let line: Int
    public let column: Int

    /// The source line and a caret under the column, as traceback lines.
    public var excerpt: [String] {
        guard line >= 1, line <= source.lines.count else { return [] }
        let text = String(source.lines[line - 1])
        let gutter = "\(line) | "
        return [gutter + text, String(repeating: " ", count: gutter.count + max(0, column - 1)) + "^"]
    }
}
