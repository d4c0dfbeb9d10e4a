// Checks contains for characters, substrings and predicates, plus firstIndex.
let sentence = "The quick brown fox jumps over the lazy dog"
print(sentence.contains("fox"))
print(sentence.contains("cat"))
print(sentence.contains(Character("q")))
print(sentence.contains { $0.isUppercase })
print(sentence.contains(where: { $0.isNumber }))

let vowels: [Character] = ["a", "e", "i", "o", "u"]
let vowelCount = sentence.filter { vowels.contains($0) }.count
print("Vowels: \(vowelCount)")

if let idx = sentence.firstIndex(of: "b") {
    print("From b: \(sentence[idx...])")
}
if let last = sentence.lastIndex(of: "o") {
    print("Distance to last o: \(sentence.distance(from: sentence.startIndex, to: last))")
}
print(sentence.allSatisfy { $0.isLetter || $0 == " " })
