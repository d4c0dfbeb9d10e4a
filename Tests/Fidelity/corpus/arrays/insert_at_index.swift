// Checks insert(_:at:) at the start, middle and end, and insert(contentsOf:at:).
var list = ["Eggs", "Milk", "Flour"]
list.insert("Maple Syrup", at: 0)
print(list)
list.insert("Sugar", at: 2)
print(list)
list.insert("Salt", at: list.count)
print(list)
print(list.count)

var digits = [1, 5]
digits.insert(contentsOf: [2, 3, 4], at: 1)
print(digits)
var sortedValues = [10, 20, 40, 50]
let newValue = 30
if let position = sortedValues.firstIndex(where: { $0 > newValue }) {
    sortedValues.insert(newValue, at: position)
}
print(sortedValues)
