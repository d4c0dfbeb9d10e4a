// Checks that integer overflow with + on run-time values traps after printing earlier results.
func doubled(_ x: Int) -> Int {
    return x + x
}
var value = 1
for step in 1...70 {
    value = doubled(value)
    if step % 10 == 0 || step > 60 {
        print("step \(step): \(value)")
    }
}
print("unreachable")
