// Checks extending Character and Substring with helpers used by string processing.
extension Character {
    var isVowel: Bool { "aeiou".contains(lowercased()) }
    var asciiCode: Int { Int(asciiValue ?? 0) }
}

extension Substring {
    var trimmedSpaces: Substring {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return s
    }
}

let text = "Swift Notebooks"
print(text.filter { $0.isVowel })
print(text.filter { !$0.isVowel && $0.isLetter }.count)
print(Character("A").asciiCode, Character("a").asciiCode, Character("é").asciiCode)
print(text.map { $0.asciiCode }.prefix(5))
let csv = "  alpha ,beta,  gamma  "
let fields = csv.split(separator: ",").map { $0.trimmedSpaces }
print(fields)
print(fields.map { String($0).uppercased() })
