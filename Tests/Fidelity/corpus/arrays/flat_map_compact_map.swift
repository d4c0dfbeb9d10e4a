// Checks flatMap on nested arrays, compactMap with failable Int init, and map vs flatMap.
let nested = [[1, 2, 3], [4, 5], [6]]
let flattened = nested.flatMap { $0 }
print(flattened)
let repeated = [1, 2, 3].flatMap { Array(repeating: $0, count: $0) }
print(repeated)
let strings = ["1", "2", "three", "4", "five", "-6"]
let numbers = strings.compactMap { Int($0) }
print(numbers)
let mapped: [Int?] = strings.map { Int($0) }
print(mapped)
let optionals: [String?] = ["a", nil, "b", nil, "c"]
print(optionals.compactMap { $0 })
let words = ["hi", "yo"]
let chars = words.flatMap { Array($0) }
print(chars)
let pairs = [1, 2].flatMap { x in ["a", "b"].map { "\(x)\($0)" } }
print(pairs)
