// Checks stride(from:to:by:) excluding the end and stride(from:through:by:) including it.
let minuteInterval = 5
for tickMark in stride(from: 0, to: 30, by: minuteInterval) {
    print(tickMark, terminator: " ")
}
print()
let hours = 12
let hourInterval = 3
for tickMark in stride(from: 3, through: hours, by: hourInterval) {
    print(tickMark, terminator: " ")
}
print()
print(Array(stride(from: 10, to: 0, by: -3)))
print(Array(stride(from: 10, through: 0, by: -5)))
print(Array(stride(from: 0.0, through: 1.0, by: 0.25)))
print(Array(stride(from: 1, to: 1, by: 1)))
let evens = stride(from: 0, through: 20, by: 2).map { $0 }
print(evens.count, evens.last!)
