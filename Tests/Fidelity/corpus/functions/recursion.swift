// Checks recursive functions: factorial, fibonacci, gcd, power set size and Towers of Hanoi moves.
func factorial(_ n: Int) -> Int {
    n <= 1 ? 1 : n * factorial(n - 1)
}
func fib(_ n: Int) -> Int {
    if n < 2 { return n }
    return fib(n - 1) + fib(n - 2)
}
func gcd(_ a: Int, _ b: Int) -> Int {
    b == 0 ? a : gcd(b, a % b)
}
print((0...10).map(factorial))
print((0...15).map(fib))
print(gcd(1071, 462), gcd(17, 5))

var moves: [String] = []
func hanoi(_ n: Int, from: String, to: String, via: String) {
    if n == 0 { return }
    hanoi(n - 1, from: from, to: via, via: to)
    moves.append("\(from)->\(to)")
    hanoi(n - 1, from: via, to: to, via: from)
}
hanoi(3, from: "A", to: "C", via: "B")
print(moves.count)
print(moves.joined(separator: " "))

func digits(_ n: Int) -> [Int] {
    n < 10 ? [n] : digits(n / 10) + [n % 10]
}
print(digits(90210))
