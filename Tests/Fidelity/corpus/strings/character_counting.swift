// Checks counting characters with a dictionary and printing results in sorted order.
let text = "mississippi river"
var counts: [Character: Int] = [:]
for ch in text where ch != " " {
    counts[ch, default: 0] += 1
}
for key in counts.keys.sorted() {
    print("\(key): \(counts[key]!)")
}
let mostCommon = counts.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }!
print("Most common: \(mostCommon.key) x\(mostCommon.value)")
let unique = Set(text.filter { $0.isLetter })
print("Unique letters: \(unique.count)")
print(String(unique.sorted()))
