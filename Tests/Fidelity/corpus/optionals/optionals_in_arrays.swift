// Checks arrays of optionals, first/last/min/max returning optionals, and firstIndex.
var numbers = [4, 8, 15, 16, 23, 42]
print(numbers.first ?? -1)
print(numbers.last ?? -1)
print(numbers.max() ?? 0, numbers.min() ?? 0)

if let idx = numbers.firstIndex(of: 16) {
    print("16 is at index \(idx)")
}
if numbers.firstIndex(of: 99) == nil {
    print("99 is not present")
}
let firstBig = numbers.first(where: { $0 > 20 })
print(firstBig as Any)

let empty: [Int] = []
print(empty.first as Any, empty.max() as Any)

var slots: [String?] = Array(repeating: nil, count: 4)
slots[1] = "apple"
slots[3] = "pear"
for (i, slot) in slots.enumerated() {
    print(i, slot ?? "-")
}
print(slots.filter { $0 != nil }.count)
numbers.removeAll()
print(numbers.popLast() as Any)
