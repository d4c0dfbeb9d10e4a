// Checks print with several arguments of different types in one call.
let name = "Swift"
let version = 6
let stable = true
let ratio = 0.75
print(name, version, stable, ratio)
print("Values:", 1, 2.0, "three", Character("4"), [5], (6, 7))
print()
print(Int8(-3), UInt64(9), Float(1.5))
print(1...3, 0..<2)
print(name.count, name.first!, name.uppercased())
let items: [Any] = [1, "two", 3.0, true, [4]]
for item in items { print(item, terminator: "|") }
print()
print(items)
