// Checks extending String with computed properties and methods (reversal, vowels, capitalization).
extension String {
    var isPalindrome: Bool {
        let letters = self.lowercased().filter { $0.isLetter }
        return letters == String(letters.reversed())
    }

    var vowelCount: Int {
        filter { "aeiouAEIOU".contains($0) }.count
    }

    func capitalizedFirst() -> String {
        guard let first = first else { return self }
        return first.uppercased() + dropFirst()
    }

    func repeated(_ n: Int, separator: String = "") -> String {
        Array(repeating: self, count: n).joined(separator: separator)
    }
}

print("Racecar".isPalindrome, "A man, a plan, a canal: Panama".isPalindrome, "swift".isPalindrome)
print("Programming Language".vowelCount)
print("hello world".capitalizedFirst())
print("".capitalizedFirst().isEmpty)
print("ab".repeated(3))
print("na".repeated(4, separator: "-") + " batman")
let words = "the quick brown fox".split(separator: " ").map { String($0).capitalizedFirst() }
print(words.joined(separator: " "))
