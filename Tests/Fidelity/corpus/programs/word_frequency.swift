// Checks word frequency counting with a dictionary and deterministic sorted output.
let text = """
the quick brown fox jumps over the lazy dog
The dog barks; the fox runs. A quick, quick fox!
"""

var counts: [String: Int] = [:]
let words = text.lowercased()
    .split(whereSeparator: { !$0.isLetter })
    .map(String.init)
for word in words {
    counts[word, default: 0] += 1
}

print("total words: \(words.count), distinct: \(counts.count)")
let ranked = counts.sorted { a, b in
    a.value != b.value ? a.value > b.value : a.key < b.key
}
for (word, n) in ranked.prefix(5) {
    print("\(word): \(n)")
}
let singles = counts.filter { $0.value == 1 }.keys.sorted()
print("once:", singles.joined(separator: ", "))
let byLength = Dictionary(grouping: counts.keys, by: { $0.count })
for len in byLength.keys.sorted() {
    print(len, byLength[len]!.sorted())
}
