// Checks building an ASCII histogram of vowel counts with string repetition.
let text = "A journey of a thousand miles begins with a single step"
let vowels = "aeiou"
for v in vowels {
    let n = text.lowercased().filter { $0 == v }.count
    let bar = String(repeating: "#", count: n)
    print("\(v) | \(bar) \(n)")
}
let upperCount = text.filter { $0.isUppercase }.count
let spaceCount = text.filter { $0 == " " }.count
print("upper: \(upperCount), spaces: \(spaceCount), length: \(text.count)")
let initials = text.split(separator: " ").compactMap { $0.first }.map { String($0).uppercased() }.joined()
print(initials)
