// Checks Dictionary(grouping:), mapValues, merging, default subscripts and filter.
let names = ["Anna", "Alex", "Brian", "Bella", "Chris", "Ava"]
let byInitial = Dictionary(grouping: names) { $0.first! }
for key in byInitial.keys.sorted() {
    print(key, byInitial[key]!)
}
let lengths = byInitial.mapValues { $0.count }
print(lengths.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" })
var inventory = ["apples": 3, "pears": 1]
let delivery = ["apples": 5, "plums": 10]
inventory.merge(delivery) { current, new in current + new }
for (fruit, count) in inventory.sorted(by: { $0.key < $1.key }) {
    print(fruit, count)
}
print(inventory["kiwis", default: 0])
let plenty = inventory.filter { $0.value > 2 }
print(plenty.keys.sorted())
let pairs = [("x", 1), ("y", 2), ("x", 3)]
let summed = Dictionary(pairs, uniquingKeysWith: +)
print(summed.sorted { $0.key < $1.key })
let squares = Dictionary(uniqueKeysWithValues: (1...4).map { ($0, $0 * $0) })
print(squares.keys.sorted().map { squares[$0]! })
