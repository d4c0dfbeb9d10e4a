// Checks palindromes, anagrams, caesar cipher and run-length encoding.
func isPalindrome(_ s: String) -> Bool {
    let cleaned = s.lowercased().filter { $0.isLetter || $0.isNumber }
    return cleaned == String(cleaned.reversed())
}
for s in ["A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?"] {
    print("\(s) -> \(isPalindrome(s))")
}
func isAnagram(_ a: String, _ b: String) -> Bool {
    a.lowercased().filter { $0 != " " }.sorted() == b.lowercased().filter { $0 != " " }.sorted()
}
print(isAnagram("Listen", "Silent"), isAnagram("Dormitory", "dirty room"), isAnagram("abc", "abd"))
func caesar(_ text: String, shift: Int) -> String {
    String(text.map { ch -> Character in
        guard let ascii = ch.asciiValue, ch.isLetter else { return ch }
        let base: UInt8 = ch.isUppercase ? 65 : 97
        let shifted = (Int(ascii - base) + shift % 26 + 26) % 26
        return Character(UnicodeScalar(base + UInt8(shifted)))
    })
}
let secret = caesar("Hello, World!", shift: 3)
print(secret, caesar(secret, shift: -3))
func runLengthEncode(_ s: String) -> String {
    var result = ""
    var current: Character?
    var count = 0
    for ch in s {
        if ch == current { count += 1; continue }
        if let c = current { result += "\(count)\(c)" }
        current = ch
        count = 1
    }
    if let c = current { result += "\(count)\(c)" }
    return result
}
print(runLengthEncode("aaabccddddde"), runLengthEncode(""), runLengthEncode("x"))
