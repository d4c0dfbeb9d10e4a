// Checks Dictionary(grouping:by:) grouping words by first letter and numbers by remainder.
let words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
let byLetter = Dictionary(grouping: words, by: { $0.first! })
for letter in byLetter.keys.sorted() {
    print(letter, byLetter[letter]!)
}
let numbers = Array(1...10)
let byRemainder = Dictionary(grouping: numbers) { $0 % 3 }
for r in byRemainder.keys.sorted() {
    print("remainder \(r): \(byRemainder[r]!)")
}
let byLength = Dictionary(grouping: words, by: \.count)
let lengths = byLength.keys.sorted()
print(lengths)
print(byLength[6]!)
