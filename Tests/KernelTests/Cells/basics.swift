// Literals, arithmetic, let/var, print
let a = 2 + 3 * 4
print(a)
// expect: 14
var b = 10
b -= 3
b *= 2
print(b, a, separator: ", ")
// expect: 14, 14
print(7 / 2, 7 % 3, -7 / 2, 2.5 * 2)
// expect: 3 1 -3 5.0
print(1_000_000, 0xff, 0b101, 1e3)
// expect: 1000000 255 5 1000.0
let x: Double = 3
print(x / 2)
// expect: 1.5
print(10.0 / 4, 1 + 0.5)
// expect: 2.5 1.5
print(true && !false, 3 < 2 || 2 <= 2)
// expect: true true
print(5 & 3, 5 | 3, 5 ^ 3, 1 << 4, -16 >> 2, ~0)
// expect: 1 7 6 16 -4 -1
print("a" + "b", "x", terminator: "!\n")
// expect: ab x!
// ---
// Declarations persist across cells
print(a + b)
// expect: 28
var counter = 0
// ---
counter += 1
counter += 1
print(counter)
// expect: 2
// ---
// Redeclaration replaces
let a = "now a string"
print(a)
// expect: now a string
// ---
// Control flow
var total = 0
for i in 1...10 where i % 2 == 0 {
    total += i
}
print(total)
// expect: 30
var n = 0
while n < 5 { n += 1 }
repeat { n -= 2 } while n > 0
print(n)
// expect: -1
if n > 0 {
    print("positive")
} else if n == 0 {
    print("zero")
} else {
    print("negative")
}
// expect: negative
outer: for i in 0..<3 {
    for j in 0..<3 {
        if j == 2 { continue outer }
        if i == 2 { break outer }
        print(i, j)
    }
}
// expect: 0 0
// expect: 0 1
// expect: 1 0
// expect: 1 1
let grade = n < 0 ? "low" : "high"
print(grade)
// expect: low
// ---
// Functions: labels, defaults, recursion, nested functions
func greet(_ name: String, times: Int = 1, punctuation: String = "!") -> String {
    var s = ""
    for _ in 0..<times { s += "Hello, \(name)\(punctuation) " }
    return s
}
print(greet("Ada"))
// expect: Hello, Ada! 
print(greet("Bob", times: 2, punctuation: "?"))
// expect: Hello, Bob? Hello, Bob? 
func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
print(fib(20))
// expect: 6765
func outer() -> Int {
    func inner(_ x: Int) -> Int { x * 2 }
    return inner(21)
}
print(outer())
// expect: 42
func sumAll(_ xs: Int...) -> Int { xs.reduce(0, +) }
print(sumAll(1, 2, 3, 4))
// expect: 10
// ---
fib(10)
