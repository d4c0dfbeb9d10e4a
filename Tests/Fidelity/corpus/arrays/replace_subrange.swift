// Checks replaceSubrange(_:with:), range assignment growing/shrinking the array, and removeSubrange.
var letters = ["a", "b", "c", "d", "e", "f"]
letters.replaceSubrange(1...2, with: ["B", "C"])
print(letters)
letters.replaceSubrange(0..<1, with: ["x", "y", "z"])
print(letters)
letters.replaceSubrange(3..<6, with: [])
print(letters)
letters[...1] = ["first"]
print(letters)
letters.removeSubrange(1..<3)
print(letters)
var numbers = Array(0..<10)
numbers.removeSubrange(..<5)
print(numbers)
numbers[numbers.count...] = [100, 101]
print(numbers)
