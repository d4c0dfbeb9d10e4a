// Checks extracting digits with / and %, reversing numbers and palindromic numbers.
func digits(of n: Int) -> [Int] {
    if n == 0 { return [0] }
    var result: [Int] = []
    var x = abs(n)
    while x > 0 {
        result.insert(x % 10, at: 0)
        x /= 10
    }
    return result
}
func reverse(_ n: Int) -> Int {
    var x = n, r = 0
    while x != 0 { r = r * 10 + x % 10; x /= 10 }
    return r
}
print(digits(of: 90210), digits(of: 0), digits(of: -57))
print(reverse(12345), reverse(-120), reverse(7))
let palindromes = (100...200).filter { $0 == reverse($0) }
print(palindromes)
let armstrong = (100...999).filter { n in digits(of: n).map { $0 * $0 * $0 }.reduce(0, +) == n }
print(armstrong)
