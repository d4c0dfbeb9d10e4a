// Checks closed and half-open ranges in loops, their count, contains and printing.
for index in 1...5 {
    print("\(index) times 5 is \(index * 5)")
}
let names = ["Anna", "Alex", "Brian", "Jack"]
let count = names.count
for i in 0..<count {
    print("Person \(i + 1) is called \(names[i])")
}
let closed = 1...10
let halfOpen = 0..<10
print(closed, halfOpen)
print(closed.count, halfOpen.count)
print(closed.contains(10), halfOpen.contains(10))
print((5..<5).isEmpty, (5...5).isEmpty)
print(closed.lowerBound, closed.upperBound, halfOpen.upperBound)
print(Array(-2...2))
print((0..<5).clamped(to: 2..<8))
print(("a"..."z").contains("q"))
