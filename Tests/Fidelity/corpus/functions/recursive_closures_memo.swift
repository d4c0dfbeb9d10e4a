// Checks a memoized recursive function using a dictionary captured by a nested function.
func makeMemoFib() -> (Int) -> Int {
    var cache: [Int: Int] = [:]
    var calls = 0
    func fib(_ n: Int) -> Int {
        calls += 1
        if n < 2 { return n }
        if let cached = cache[n] { return cached }
        let value = fib(n - 1) + fib(n - 2)
        cache[n] = value
        return value
    }
    return { n in
        let v = fib(n)
        print("fib(\(n)) = \(v) after \(calls) calls")
        return v
    }
}
let memoFib = makeMemoFib()
_ = memoFib(10)
_ = memoFib(30)
_ = memoFib(30)
print(memoFib(50) > memoFib(49))
