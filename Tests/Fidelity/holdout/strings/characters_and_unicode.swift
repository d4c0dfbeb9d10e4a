// Checks iterating characters, counting, and unicode scalars.
for character in "Dog!🐶" {
    print(character)
}
let catCharacters: [Character] = ["C", "a", "t", "!", "🐱"]
let catString = String(catCharacters)
print(catString)
var word = "cafe"
print("the number of characters in \(word) is \(word.count)")
word += "\u{301}"
print("the number of characters in \(word) is \(word.count)")
print(word.unicodeScalars.count, word.utf8.count)
let e1 = "caf\u{E9}"
print(e1 == word)
for scalar in "Hi!".unicodeScalars {
    print(scalar.value, terminator: " ")
}
print()
let c: Character = "A"
print(c.isLetter, c.isUppercase, c.asciiValue ?? 0)
print(Character("7").isNumber, Character(" ").isWhitespace)
print(Array("hello"))
