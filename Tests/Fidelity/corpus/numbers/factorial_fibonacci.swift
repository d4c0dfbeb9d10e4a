// Checks factorial and Fibonacci with Int and Double, showing large Double output.
func factorial(_ n: Int) -> Int { n <= 1 ? 1 : n * factorial(n - 1) }
for n in [0, 1, 5, 10, 20] {
    print("\(n)! = \(factorial(n))")
}
var fd = 1.0
for k in 1...25 { fd *= Double(k) }
print("25! ~ \(fd)")
var fib = [0, 1]
while fib.count < 20 { fib.append(fib[fib.count - 1] + fib[fib.count - 2]) }
print(fib)
let ratio = Double(fib[19]) / Double(fib[18])
print("Golden ratio approx: \(ratio)")
print((1.0 + 5.0.squareRoot()) / 2)
