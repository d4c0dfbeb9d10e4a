// Checks map, filter, reduce, compactMap, flatMap and sorted on arrays.
let numbers = [5, 3, 8, 1, 9, 2, 7]
print(numbers.map { $0 * $0 })
print(numbers.filter { $0 % 2 == 1 })
print(numbers.reduce(0, +), numbers.reduce(1, *))
print(numbers.sorted(), numbers.sorted(by: >))
print(numbers.min()!, numbers.max()!)
let strings = ["1", "x", "22", "", "333"]
print(strings.compactMap { Int($0) })
let nested = [[1, 2], [3], [], [4, 5, 6]]
print(nested.flatMap { $0 })
print(nested.map { $0.count })
print(Array(nested.joined()))
let words = ["swift", "is", "fun"]
let sentence = words.reduce("") { $0.isEmpty ? $1 : $0 + " " + $1 }
print(sentence)
print(numbers.first { $0 > 6 } as Any, numbers.firstIndex(of: 9) as Any)
print(numbers.contains(8), numbers.allSatisfy { $0 > 0 })
numbers.forEach { print($0, terminator: ";") }
print()
let (evens, odds) = numbers.reduce(into: ([Int](), [Int]())) { acc, n in
    if n % 2 == 0 { acc.0.append(n) } else { acc.1.append(n) }
}
print(evens, odds)
