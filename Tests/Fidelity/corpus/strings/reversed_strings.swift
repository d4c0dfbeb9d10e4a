// Checks reversed() on strings and a palindrome check.
let word = "stressed"
let reversedWord = String(word.reversed())
print(reversedWord)

func isPalindrome(_ s: String) -> Bool {
    let letters = s.lowercased().filter { $0.isLetter }
    return letters == String(letters.reversed())
}
for candidate in ["Racecar", "A man, a plan, a canal: Panama", "Swift", ""] {
    print("\"\(candidate)\" -> \(isPalindrome(candidate))")
}
let emoji = "ab🐶c"
print(String(emoji.reversed()))
let sentence = "one two three"
let reversedWords = sentence.split(separator: " ").reversed().joined(separator: " ")
print(reversedWords)
print(Array("abc".reversed()))
