// Checks for-in over characters, enumerated() and zip on strings.
for character in "Dog!🐶" {
    print(character)
}
for (i, ch) in "abc".enumerated() {
    print("\(i): \(ch)")
}
let a = "abcd"
let b = "abxd"
var diffs = 0
for (x, y) in zip(a, b) where x != y {
    diffs += 1
    print("Differs: \(x) vs \(y)")
}
print("Hamming distance: \(diffs)")
let characters: [Character] = ["C", "a", "t", "!", "🐱"]
let catString = String(characters)
print(catString)
print(Array("hey"))
