// Checks recursive functions: factorial, fibonacci with memo, power set and hanoi.
func factorial(_ n: Int) -> Int {
    n <= 1 ? 1 : n * factorial(n - 1)
}
print((0...10).map(factorial))
var memo: [Int: Int] = [:]
func fib(_ n: Int) -> Int {
    if n < 2 { return n }
    if let cached = memo[n] { return cached }
    let value = fib(n - 1) + fib(n - 2)
    memo[n] = value
    return value
}
print(fib(50), fib(90))
func subsets(_ items: [Character]) -> [String] {
    guard let first = items.first else { return [""] }
    let rest = subsets(Array(items.dropFirst()))
    return rest + rest.map { String(first) + $0 }
}
print(subsets(["a", "b", "c"]).sorted())
var moves = 0
func hanoi(_ n: Int, from: String, to: String, via: String) {
    guard n > 0 else { return }
    hanoi(n - 1, from: from, to: via, via: to)
    moves += 1
    if n == 3 { print("move disk 3 from \(from) to \(to)") }
    hanoi(n - 1, from: via, to: to, via: from)
}
hanoi(4, from: "A", to: "C", via: "B")
print("moves: \(moves)")
func sumDigits(_ n: Int) -> Int { n < 10 ? n : n % 10 + sumDigits(n / 10) }
print(sumDigits(987654321))
