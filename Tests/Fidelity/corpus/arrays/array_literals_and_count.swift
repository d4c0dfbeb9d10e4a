// Checks array literals, type inference and annotations, count, and printing arrays.
let numbers = [1, 2, 3, 4, 5]
var names: [String] = ["Anna", "Brian", "Craig"]
let empty: [Double] = []
let doubles = [1.5, 2.0, 3.25]

print(numbers)
print(names)
print(empty)
print(doubles)
print("numbers has \(numbers.count) elements")
print("names has \(names.count) elements")
print("empty has \(empty.count) elements")

names[0] = "Alice"
print(names)
print(numbers[2])
let mixed: [Any] = [1, "two", 3.0]
print(mixed.count)
let optionals: [Int?] = [1, nil, 3]
print(optionals)
