// Checks a memoized Fibonacci using a dictionary cache captured in a global.
var memo: [Int: Int] = [0: 0, 1: 1]

func fib(_ n: Int) -> Int {
    if let cached = memo[n] {
        return cached
    }
    let result = fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result
}

print(fib(10))
print(fib(40))
print(fib(90))
print("cache holds \(memo.count) entries")
let evens = (1...30).map(fib).filter { $0 % 2 == 0 }
print(evens)
