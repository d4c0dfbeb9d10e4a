// Checks merging(_:uniquingKeysWith:) and merge in place, keeping old or new values.
let defaults = ["theme": "light", "font": "Helvetica", "size": "12"]
let user = ["theme": "dark", "size": "14"]
let keepNew = defaults.merging(user) { _, new in new }
for key in keepNew.keys.sorted() {
    print(key, keepNew[key]!)
}
print("--")
let keepOld = defaults.merging(user, uniquingKeysWith: { old, _ in old })
for key in keepOld.keys.sorted() {
    print(key, keepOld[key]!)
}
print("--")
var inventory = ["apples": 5, "pears": 2]
inventory.merge(["apples": 3, "plums": 7], uniquingKeysWith: +)
for (fruit, n) in inventory.sorted(by: { $0.key < $1.key }) {
    print(fruit, n)
}
inventory.merge([("pears", 10)]) { max($0, $1) }
print(inventory["pears"]!)
