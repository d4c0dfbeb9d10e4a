// Checks chains of map/filter/reduce/flatMap with closures over a small data set.
let sentences = ["the quick brown fox", "jumps over", "the lazy dog"]
let words = sentences.flatMap { $0.split(separator: " ").map(String.init) }
print(words)
print(words.count)
let lengths = words.map { $0.count }
print(lengths)
let longWords = words.filter { $0.count > 3 }
print(longWords)
let totalLetters = lengths.reduce(0, +)
print("letters: \(totalLetters)")
let longest = words.reduce("") { $0.count >= $1.count ? $0 : $1 }
print("longest: \(longest)")
var frequency: [String: Int] = [:]
words.forEach { frequency[$0, default: 0] += 1 }
print(frequency.filter { $0.value > 1 }.map { $0.key })
let initials = words.compactMap { $0.first }.map(String.init).joined()
print(initials)
print(words.enumerated().filter { $0.offset % 2 == 0 }.map { $0.element })
