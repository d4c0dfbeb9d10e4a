// Checks using Set(word).count to test for repeated letters, and sets of characters.
func hasAllUniqueLetters(_ word: String) -> Bool {
    return Set(word).count == word.count
}
for word in ["swift", "apple", "dog", "letter", ""] {
    print("\"\(word)\": \(hasAllUniqueLetters(word))")
}
let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
let sentence = "programming languages"
let usedVowels = Set(sentence).intersection(vowels)
print(usedVowels.sorted())
let consonantCount = sentence.filter { $0.isLetter && !vowels.contains($0) }.count
print(consonantCount)
let pangramCheck = Set("the quick brown fox jumps over the lazy dog".filter { $0 != " " })
print(pangramCheck.count == 26)
