// Checks that force-unwrapping a nil dictionary lookup traps at runtime.
let stock = ["apple": 4, "banana": 0, "cherry": 12]
func quantity(of item: String) -> Int {
    return stock[item]!
}
for item in ["apple", "cherry", "banana"] {
    print("\(item): \(quantity(of: item))")
}
print("looking up durian...")
let d = quantity(of: "durian")
print("durian: \(d)")
