// Checks Character properties: isLetter, isNumber, isWhitespace, isPunctuation, isUppercase.
let sample = "Hi 5, ok!"
for ch in sample {
    var kinds: [String] = []
    if ch.isLetter { kinds.append("letter") }
    if ch.isNumber { kinds.append("number") }
    if ch.isWhitespace { kinds.append("whitespace") }
    if ch.isPunctuation { kinds.append("punctuation") }
    if ch.isUppercase { kinds.append("upper") }
    if ch.isLowercase { kinds.append("lower") }
    print("'\(ch)': \(kinds.joined(separator: ", "))")
}
let digits = "a1b22c333".filter { $0.isNumber }
print(digits)
print(Character("7").wholeNumberValue ?? -1, Character("x").wholeNumberValue ?? -1)
print(Character("F").hexDigitValue ?? -1)
