// Checks output before a runtime trap: integer overflow with + inside a for-in loop.
func startingValue() -> Int {
    return Int.max - 3
}
var total = startingValue()
print("starting at \(total)")
for step in 1...10 {
    total = total + 1
    print("step \(step): \(total)")
}
print("unreachable \(total)")
