// Checks integer and double powers computed with loops and by squaring.
func power(_ base: Int, _ exp: Int) -> Int {
    var result = 1
    for _ in 0..<exp { result *= base }
    return result
}
func fastPower(_ base: Double, _ exp: Int) -> Double {
    var result = 1.0, b = base, e = exp
    while e > 0 {
        if e & 1 == 1 { result *= b }
        b *= b
        e >>= 1
    }
    return result
}
print(power(2, 10), power(3, 5), power(10, 0), power(-2, 7))
print(power(2, 62))
print(fastPower(2, 10), fastPower(1.5, 3), fastPower(10, 20), fastPower(10, 25))
print(fastPower(0.5, 10))
var powersOfTwo: [Int] = []
var p = 1
while p < 1000 { powersOfTwo.append(p); p *= 2 }
print(powersOfTwo)
