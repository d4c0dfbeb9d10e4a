// Functions: labels, defaults, recursion, nested functions
func greet(_ name: String, times: Int = 1, punctuation: String = "!") -> String {
    var s = ""
    for _ in 0..<times { s += "Hello, \(name)\(punctuation) " }
    return s
}
print(greet("Ada"))
print(greet("Bob", times: 2, punctuation: "?"))
func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
print(fib(20))
func outer() -> Int {
    func inner(_ x: Int) -> Int { x * 2 }
    return inner(21)
}
print(outer())
func sumAll(_ xs: Int...) -> Int { xs.reduce(0, +) }
print(sumAll(1, 2, 3, 4))
