// Checks a naive recursive Fibonacci and counts the number of calls made.
var calls = 0

func fib(_ n: Int) -> Int {
    calls += 1
    if n < 2 { return n }
    return fib(n - 1) + fib(n - 2)
}

for n in [1, 5, 10, 20] {
    calls = 0
    let value = fib(n)
    print("fib(\(n)) = \(value) using \(calls) calls")
}
