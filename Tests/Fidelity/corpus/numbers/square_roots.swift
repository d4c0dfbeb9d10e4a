// Checks squareRoot() on Double and Float and a simple Newton iteration comparison.
print(2.0.squareRoot())
print(16.0.squareRoot())
print(Float(2).squareRoot())
print((-1.0).squareRoot().isNaN)
func newtonSqrt(_ x: Double) -> Double {
    var guess = x / 2
    for _ in 0..<20 { guess = (guess + x / guess) / 2 }
    return guess
}
print(newtonSqrt(2.0))
print(newtonSqrt(2.0) == 2.0.squareRoot())
let a = 3.0, b = 4.0
let hypotenuse = (a * a + b * b).squareRoot()
print("Hypotenuse: \(hypotenuse)")
func isPerfectSquare(_ n: Int) -> Bool {
    let r = Int(Double(n).squareRoot())
    return r * r == n
}
print((1...30).filter(isPerfectSquare))
