/// Seeded mutations of cells: span deletion and duplication, token insertion, extreme
/// numbers, line swaps, token soup and splicing two corpus cells.
struct CellMutator {
    /// xorshift64: the same seed gives the same sequence of inputs.
    private var state: UInt64

    init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }

    mutating func next() -> UInt64 {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return state
    }

    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }

    static let vocabulary = [
        "(", ")", "{", "}", "[", "]", ",", ".", "?", "!", "=", "+", "-", "*", "/", "%", "<", ">", "&&", "||", "..<",
        "...", "let", "var", "func", "if", "else", "for", "in", "while", "return", "switch", "case", "default", "break",
        "continue", "try", "throw", "nil", "true", "0", "1", "-1", "9223372036854775807", "-9223372036854775808",
        "1e308", "\"s\"", "\"\\u{1F600}\"", "x", "a", "$0", "self", "Self", "struct", "enum", "class", "protocol",
        "extension", "init", "deinit", "subscript", "inout", "&", "\n", " ", "print", "count", "map", "reduce",
        "as", "as!", "as?", "is", "defer", "do", "catch", "guard", "repeat", ";", ":", "->", "@", "#", "`",
        "Tensor", "Tensor.zeros([", "Tensor.ones(shape: [", "Graph", "Figure()", ".backward()", ".shape", "[Int]",
        "String(repeating: \"x\", count: ", "Array(repeating: 0, count: ", "Int.max", "Double.nan", "0..<",
        "stride(from: 0, to: ", "%time", "%timeit", "%%html", "%who", "readLine()", "fatalError()",
        "precondition(false)", "assert(false)", "Int(\"\")!", "[1][5]", "1 / 0", "Int.max + 1", "\"\"\"",
    ]

    /// One random edit of `cell`, sometimes spliced with `other`.
    mutating func mutate(_ cell: String, other: String) -> String {
        var chars = Array(cell)
        switch int(9) {
        case 0 where !chars.isEmpty:
            let i = int(chars.count), n = min(chars.count - i, 1 + int(8))
            chars.removeSubrange(i..<(i + n))
        case 1:
            let i = int(chars.count + 1)
            chars.insert(contentsOf: " " + CellMutator.vocabulary[int(CellMutator.vocabulary.count)] + " ", at: i)
        case 2 where !chars.isEmpty:
            let i = int(chars.count), n = min(chars.count - i, 1 + int(20))
            chars.insert(contentsOf: chars[i..<(i + n)], at: int(chars.count))
        case 3:
            let digits = chars.indices.filter { chars[$0].isNumber }
            if !digits.isEmpty {
                let i = digits[int(digits.count)]
                chars.replaceSubrange(i...i, with: ["9223372036854775807", "0", "-1", "100000", "1000000000000",
                                                    "4294967296", "-9223372036854775808"][int(7)])
            }
        case 4:
            return (0..<(1 + int(25))).map { _ in CellMutator.vocabulary[int(CellMutator.vocabulary.count)] }
                .joined(separator: " ")
        case 5:
            var lines = cell.components(separatedBy: "\n")
            if lines.count > 1 { lines.swapAt(int(lines.count), int(lines.count)) }
            return lines.joined(separator: "\n")
        case 6:
            let a = cell.components(separatedBy: "\n"), b = other.components(separatedBy: "\n")
            return (a.prefix(1 + int(max(1, a.count))) + b.suffix(1 + int(max(1, b.count)))).joined(separator: "\n")
        case 7 where !chars.isEmpty:
            // Replace one character with a random byte-level character (control, quote, bracket, non-ASCII).
            let pool: [Character] = ["\0", "\u{7}", "\"", "\\", "{", "}", "(", ")", "\u{FEFF}", "é", "\u{202E}", "\t"]
            chars[int(chars.count)] = pool[int(pool.count)]
        default:
            if !chars.isEmpty {
                let i = int(chars.count)
                chars.insert(contentsOf: Array(repeating: chars[i], count: 1 + int(200)), at: i)
            }
        }
        return String(chars)
    }
}
