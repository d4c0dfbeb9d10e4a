// Checks iterating dictionaries as (key, value) tuples in sorted order.
let heights = ["Everest": 8849, "K2": 8611, "Kangchenjunga": 8586]
for (mountain, height) in heights.sorted(by: { $0.key < $1.key }) {
    print("\(mountain): \(height) m")
}
let tallest = heights.max { $0.value < $1.value }!
print(tallest.key, tallest.value)
let entries = heights.map { (name: $0.key, km: Double($0.value) / 1000) }.sorted { $0.km > $1.km }
print(entries.map { "\($0.name)=\($0.km)" }.joined(separator: ", "))
let single = ["only": 1]
for pair in single { print(pair) }
print(single.first!)
