// Checks counting word frequencies in a text with a dictionary and sorted output.
let text = "the quick brown fox jumps over the lazy dog the fox barks"
var counts: [String: Int] = [:]
for word in text.split(separator: " ") {
    counts[String(word), default: 0] += 1
}
let sortedWords = counts.sorted { a, b in
    a.value != b.value ? a.value > b.value : a.key < b.key
}
for (word, count) in sortedWords.prefix(4) {
    print("\(word): \(count)")
}
print("distinct words: \(counts.count)")
let longest = counts.keys.max { $0.count < $1.count || ($0.count == $1.count && $0 > $1) }!
print("longest: \(longest)")
var letterCounts = [Character: Int]()
for ch in text where ch != " " {
    letterCounts[ch, default: 0] += 1
}
let topLetters = letterCounts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(3)
print(topLetters.map { "\($0.key)=\($0.value)" }.joined(separator: ", "))
