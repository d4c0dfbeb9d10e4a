// Checks enumerated() with tuple destructuring, offsets and element access.
let fruits = ["apple", "banana", "cherry"]
for (index, fruit) in fruits.enumerated() {
    print("Item \(index + 1): \(fruit)")
}
for pair in fruits.enumerated() {
    print(pair.offset, pair.element.count)
}
let evenPositioned = fruits.enumerated().filter { $0.offset % 2 == 0 }.map { $0.element }
print(evenPositioned)
let scores = [88, 92, 75, 100]
var best = (index: 0, value: scores[0])
for (i, s) in scores.enumerated() where s > best.value {
    best = (i, s)
}
print("best score \(best.value) at index \(best.index)")
let numbered = scores.enumerated().map { "\($0):\($1)" }
print(numbered.joined(separator: ", "))
