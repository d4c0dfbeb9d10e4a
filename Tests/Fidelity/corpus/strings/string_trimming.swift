// Checks trimming whitespace manually with drop(while:) and a reusable function.
func trim(_ s: String) -> String {
    let dropped = s.drop(while: { $0.isWhitespace })
    let reversedTrimmed = dropped.reversed().drop(while: { $0.isWhitespace })
    return String(reversedTrimmed.reversed())
}
let samples = ["  padded  ", "\t tabs\t", "none", "   ", " inner  space "]
for s in samples {
    print("[\(trim(s))]")
}
let line = "   key = value   "
let pieces = line.split(separator: "=").map { trim(String($0)) }
print(pieces)
print(pieces.count == 2 ? "\(pieces[0]) => \(pieces[1])" : "bad")
