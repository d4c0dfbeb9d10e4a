// Checks slicing with closed and half-open ranges and converting slices back to Array.
let letters = ["a", "b", "c", "d", "e", "f", "g"]
let middle = letters[2...4]
print(middle)
print(letters[1..<3])
print(Array(letters[0..<0]))
let copy = Array(letters[3...])
print(copy)
print(middle.count)
print(middle.first!, middle.last!)

var scores = [10, 20, 30, 40, 50, 60]
scores[1...3] = [21, 31]
print(scores)
scores[0..<2] = [1, 2, 3, 4]
print(scores)
let total = scores[2...].reduce(0, +)
print("total of tail: \(total)")
