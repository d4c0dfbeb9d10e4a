// Checks building a Set from an array with duplicates, then count and sorted output.
let rolls = [3, 6, 1, 3, 3, 6, 2, 1, 5]
let unique = Set(rolls)
print(unique.count)
print(unique.sorted())
print(unique.sorted(by: >))
let words = "to be or not to be that is the question".split(separator: " ").map(String.init)
let vocabulary = Set(words)
print("\(words.count) words, \(vocabulary.count) distinct")
print(vocabulary.sorted())
var seen = Set<Int>()
var firstOccurrences: [Int] = []
for r in rolls where !seen.contains(r) {
    seen.insert(r)
    firstOccurrences.append(r)
}
print(firstOccurrences)
print(Set("hello").sorted())
