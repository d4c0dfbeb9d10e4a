// Checks iterating a dictionary in key order with sorted(by:) and tuple destructuring.
let ages = ["Zara": 31, "Adam": 25, "Mira": 42, "Ben": 19]
for (name, age) in ages.sorted(by: { $0.key < $1.key }) {
    print("\(name) is \(age)")
}
print("--")
for entry in ages.sorted(by: { $0.value > $1.value }) {
    print(entry.key, entry.value)
}
print("--")
let youngest = ages.min { $0.value < $1.value }!
print("youngest: \(youngest.key)")
var total = 0
for (_, age) in ages {
    total += age
}
print("total age \(total)")
