/// Errors the plotting library reports; each message says what was wrong and what would be right.
public enum PlotError: Error, CustomStringConvertible, Equatable {
    /// A font file could not be found or opened.
    case fontNotFound(file: String, searched: [String])
    /// FreeType failed on a font file.
    case fontUnreadable(path: String, code: Int32)
    /// Two data arrays that must match in length do not.
    case lengthMismatch(what: String, expected: Int, got: Int)
    /// An argument is outside its valid range.
    case invalidArgument(String)
    /// A subplot index is outside the figure's grid.
    case subplotOutOfRange(row: Int, column: Int, rows: Int, columns: Int)
    /// The image size asked for cannot be encoded.
    case invalidImageSize(width: Int, height: Int)
    /// libpng reported an error.
    case pngFailed(String)
    /// Writing a file failed.
    case writeFailed(path: String, reason: String)
    /// A file extension the library cannot write.
    case unsupportedFormat(path: String)

    /// A human-readable explanation.
    public var description: String {
        switch self {
        case let .fontNotFound(file, searched):
            return "font file \(file) not found (searched \(searched.joined(separator: ", "))); install the Debian package fonts-dejavu-core or set PLOTTING_FONT_DIR to a folder containing \(file)"
        case let .fontUnreadable(path, code):
            return "FreeType could not open the font \(path) (error \(code)); the file may be damaged"
        case let .lengthMismatch(what, expected, got):
            return "\(what): expected \(expected) values to match, got \(got)"
        case let .invalidArgument(message):
            return message
        case let .subplotOutOfRange(row, column, rows, columns):
            return "subplot [\(row), \(column)] is outside the figure's \(rows)×\(columns) grid; rows are 0..<\(rows), columns 0..<\(columns)"
        case let .invalidImageSize(width, height):
            return "cannot encode a \(width)×\(height) image; width and height must be between 1 and 65535 pixels and the image at most 40 megapixels (check the figure size and dpi)"
        case let .pngFailed(message):
            return "PNG encoding failed: \(message)"
        case let .writeFailed(path, reason):
            return "could not write \(path): \(reason)"
        case let .unsupportedFormat(path):
            return "cannot tell the format of \(path); use a name ending in .png or .svg"
        }
    }
}
