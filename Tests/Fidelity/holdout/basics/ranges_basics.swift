// Checks closed, half-open and one-sided ranges.
for index in 1...3 {
    print("\(index) times 5 is \(index * 5)")
}
let names = ["Anna", "Alex", "Brian", "Jack"]
let count = names.count
for i in 0..<count {
    print("Person \(i + 1) is called \(names[i])")
}
for name in names[2...] {
    print("from 2:", name)
}
for name in names[...2] {
    print("through 2:", name)
}
for name in names[..<2] {
    print("up to 2:", name)
}
let range = ...5
print(range.contains(7), range.contains(4), range.contains(-1))
let r = 3..<8
print(r.count, r.lowerBound, r.upperBound, r.isEmpty)
print(Array(stride(from: 0, to: 20, by: 5)))
print(Array(stride(from: 3, through: 0, by: -1)))
print(1...4)
print(0..<3)
