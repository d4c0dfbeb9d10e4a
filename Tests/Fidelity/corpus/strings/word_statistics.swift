// Checks a word-frequency count over a paragraph with sorted output.
let paragraph = """
the cat sat on the mat
the dog sat on the log
"""
let words = paragraph.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
print("Word count: \(words.count)")
var frequency: [String: Int] = [:]
for w in words { frequency[w, default: 0] += 1 }
let sortedPairs = frequency.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
for (word, n) in sortedPairs {
    print(word, n)
}
let longest = words.max { $0.count < $1.count }!
print("Longest word: \(longest)")
let lengths = words.map { $0.count }
print("Average length: \(Double(lengths.reduce(0, +)) / Double(lengths.count))")
