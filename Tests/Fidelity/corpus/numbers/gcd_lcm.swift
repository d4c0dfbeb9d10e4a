// Checks recursive and iterative GCD, LCM and digit sums.
func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? abs(a) : gcd(b, a % b) }
func lcm(_ a: Int, _ b: Int) -> Int { a / gcd(a, b) * b }
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8))
print(lcm(4, 6), lcm(21, 6))
print((1...10).reduce(1, lcm))
func digitSum(_ n: Int) -> Int {
    var n = abs(n), s = 0
    while n > 0 { s += n % 10; n /= 10 }
    return s
}
print(digitSum(987654321), digitSum(-405), digitSum(0))
func collatzSteps(_ start: Int) -> Int {
    var n = start, steps = 0
    while n != 1 { n = n.isMultiple(of: 2) ? n / 2 : 3 * n + 1; steps += 1 }
    return steps
}
print((1...10).map(collatzSteps))
