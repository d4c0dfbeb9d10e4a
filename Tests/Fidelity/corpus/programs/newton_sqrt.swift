// Checks Newton's method for square roots, comparing with squareRoot() and counting iterations.
func newtonSqrt(_ x: Double, tolerance: Double = 1e-12) -> (root: Double, iterations: Int) {
    if x == 0 { return (0, 0) }
    var guess = x / 2
    var iterations = 0
    while true {
        let next = 0.5 * (guess + x / guess)
        iterations += 1
        if abs(next - guess) < tolerance * next {
            return (next, iterations)
        }
        guess = next
    }
}

for x in [2.0, 9.0, 10.0, 0.25, 1e6, 0] {
    let (r, n) = newtonSqrt(x)
    print("sqrt(\(x)) ≈ \(r) after \(n) steps; stdlib says \(x.squareRoot())")
}
let r = newtonSqrt(2).root
print(r * r)
print(abs(r - 2.0.squareRoot()) < 1e-12)
