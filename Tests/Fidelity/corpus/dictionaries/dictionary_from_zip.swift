// Checks Dictionary(uniqueKeysWithValues:) from zip and Dictionary(_:uniquingKeysWith:).
let names = ["one", "two", "three"]
let values = [1, 2, 3]
let lookup = Dictionary(uniqueKeysWithValues: zip(names, values))
for name in names {
    print(name, lookup[name]!)
}
let pairs = [("a", 1), ("b", 2), ("a", 10), ("b", 20), ("c", 3)]
let summed = Dictionary(pairs, uniquingKeysWith: +)
print(summed.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" })
let firstWins = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
print(firstWins["a"]!, firstWins["b"]!)
let indexOf = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
print(indexOf["three"]!)
