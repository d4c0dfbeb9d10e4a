// Checks stride(from:to:by:) and stride(from:through:by:) with Int and Double steps.
print(Array(stride(from: 0, to: 20, by: 5)))
print(Array(stride(from: 0, through: 20, by: 5)))
print(Array(stride(from: 10, to: 0, by: -3)))
for x in stride(from: 0.0, through: 1.0, by: 0.25) {
    print(x, terminator: " ")
}
print()
var total = 0.0
for x in stride(from: 0.0, to: 1.0, by: 0.1) { total += x }
print(total)
print(Array(stride(from: 0.1, through: 0.5, by: 0.1)))
print(stride(from: 1, to: 100, by: 7).reduce(0, +))
