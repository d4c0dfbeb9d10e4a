// Checks shorthand argument names $0 and $1 in map, filter, reduce, sorted and forEach.
let values = [5, 3, 8, 1, 9, 2]
print(values.map { $0 * 10 })
print(values.filter { $0 % 2 == 1 })
print(values.reduce(0) { $0 + $1 })
print(values.sorted { $0 > $1 })
print(values.map { "#\($0)" }.joined(separator: " "))
values.prefix(3).forEach { print("value:", $0) }

let pairs = [(1, "one"), (2, "two"), (3, "three")]
print(pairs.map { "\($0.0)=\($0.1)" })
print(pairs.filter { $0.1.count > 3 }.map { $0.0 })

let words = ["apple", "Banana", "cherry"]
print(words.contains { $0.first == "B" })
print(words.allSatisfy { $0.count >= 5 })
print(words.map { $0.count }.max()!)
print(zip(values, values.dropFirst()).map { $1 - $0 })
