// Checks an iterative Fibonacci with tuple swapping and detection of overflow using addingReportingOverflow.
func fibonacci(_ n: Int) -> Int {
    var (a, b) = (0, 1)
    for _ in 0..<n {
        (a, b) = (b, a + b)
    }
    return a
}

print((0...15).map(fibonacci))
print("fib(50) =", fibonacci(50))

var a = 0, b = 1, index = 1
while true {
    let (next, overflow) = a.addingReportingOverflow(b)
    if overflow { break }
    (a, b) = (b, next)
    index += 1
}
print("largest Fibonacci in Int is fib(\(index)) = \(b)")
