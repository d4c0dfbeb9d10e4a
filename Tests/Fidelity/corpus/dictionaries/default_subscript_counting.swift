// Checks the default: subscript for reading and for += counting words.
let text = "the cat and the hat and the bat"
var counts: [String: Int] = [:]
for word in text.split(separator: " ") {
    counts[String(word), default: 0] += 1
}
for word in counts.keys.sorted() {
    print("\(word): \(counts[word]!)")
}
print(counts["dog", default: 0])
print(counts["the", default: 0])
print(counts.count)
var groups: [Bool: [Int]] = [:]
for n in 1...7 {
    groups[n % 2 == 0, default: []].append(n)
}
print(groups[true]!, groups[false]!)
