// Checks parsing integers and doubles from strings with failable initializers.
let inputs = ["42", "-17", "+8", "3.14", "abc", "", " 5", "007", "99999999999999999999"]
for text in inputs {
    if let n = Int(text) {
        print("\"\(text)\" -> \(n)")
    } else {
        print("\"\(text)\" -> nil")
    }
}
print(Int("ff", radix: 16)!, Int("1010", radix: 2)!, Int("z", radix: 36)!)
print(Double("3.5") ?? 0, Double("1e3") ?? 0, Double("x") == nil)
let total = ["1", "2", "three", "4"].compactMap { Int($0) }.reduce(0, +)
print("Total: \(total)")
print(UInt8("255") as Any, UInt8("256") as Any)
print(Bool("true") as Any, Bool("yes") as Any)
