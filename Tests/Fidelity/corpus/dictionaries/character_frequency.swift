// Checks counting characters into a [Character: Int] and finding the most common ones.
let sentence = "hello world, hello swift"
var freq: [Character: Int] = [:]
for ch in sentence where ch.isLetter {
    freq[ch, default: 0] += 1
}
let ordered = freq.sorted { a, b in
    a.value != b.value ? a.value > b.value : a.key < b.key
}
for (ch, n) in ordered.prefix(4) {
    print("'\(ch)' x\(n)")
}
print("distinct letters: \(freq.count)")
let vowels = freq.filter { "aeiou".contains($0.key) }
print(vowels.keys.sorted().map { String($0) }.joined())
