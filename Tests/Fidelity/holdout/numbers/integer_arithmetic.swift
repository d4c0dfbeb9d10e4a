// Checks integer division, remainder, powers via loop, abs, min/max and gcd.
func gcd(_ a: Int, _ b: Int) -> Int {
    var (x, y) = (a, b)
    while y != 0 {
        (x, y) = (y, x % y)
    }
    return x
}
func power(_ base: Int, _ exp: Int) -> Int {
    var result = 1
    for _ in 0..<exp { result *= base }
    return result
}
print(gcd(48, 18), gcd(17, 5), gcd(100, 75))
print("lcm of 4 and 6 is \(4 * 6 / gcd(4, 6))")
print(power(2, 10), power(3, 5), power(10, 0))
print(abs(-42), max(3, 9, 4), min(3, 9, 4))
print(17 / 5, 17 % 5, -17 / 5, -17 % 5)
print(17.quotientAndRemainder(dividingBy: 5))
print(10.isMultiple(of: 5), 10.isMultiple(of: 3))
print((-8).signum(), 0.signum(), 12.signum())
print(Int.max, Int.min)
print(1_000_000 * 1_000_000)
print(0b1010, 0o17, 0xFF)
