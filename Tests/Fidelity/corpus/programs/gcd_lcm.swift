// Checks Euclid's gcd (recursive and iterative) and lcm, folded over arrays.
func gcd(_ a: Int, _ b: Int) -> Int {
    b == 0 ? abs(a) : gcd(b, a % b)
}

func gcdLoop(_ a: Int, _ b: Int) -> Int {
    var (x, y) = (a, b)
    while y != 0 {
        (x, y) = (y, x % y)
    }
    return x
}

func lcm(_ a: Int, _ b: Int) -> Int {
    a / gcd(a, b) * b
}

print(gcd(48, 18), gcdLoop(48, 18))
print(gcd(17, 5), gcd(0, 9), gcd(-12, 8))
print(lcm(4, 6), lcm(21, 6))
let numbers = [12, 18, 30, 42]
print("gcd of \(numbers) is \(numbers.reduce(0, gcd))")
print("lcm of 1...10 is \((1...10).reduce(1, lcm))")
print("lcm of 1...20 is \((1...20).reduce(1, lcm))")
