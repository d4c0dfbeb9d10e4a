// Checks mapValues keeping keys and transforming values, shown in key order.
let prices = ["apple": 1.25, "pear": 0.75, "melon": 3.5]
let doubled = prices.mapValues { $0 * 2 }
for key in doubled.keys.sorted() {
    print(key, doubled[key]!)
}
let labels = prices.mapValues { "$\($0)" }
for (k, v) in labels.sorted(by: { $0.key < $1.key }) {
    print("\(k) costs \(v)")
}
let lengths = ["one": "uno", "two": "dos"].mapValues { $0.count }
print(lengths.values.sorted())
let asArray = prices.map { "\($0.key)=\($0.value)" }.sorted()
print(asArray)
