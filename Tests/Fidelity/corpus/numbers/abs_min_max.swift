// Checks abs, min, max, magnitude and clamping helpers on Int and Double.
print(abs(-7), abs(7), abs(-2.5))
print(min(3, 9), max(3, 9), min(4, 2, 8, 1), max(4, 2, 8, 1))
print(min(2.5, -1.0), max(0.1, 0.01))
print((-5).magnitude, Int8(-128).magnitude)
print((-3.5).magnitude)
func clamp(_ x: Int, _ lo: Int, _ hi: Int) -> Int { min(max(x, lo), hi) }
print(clamp(15, 0, 10), clamp(-3, 0, 10), clamp(5, 0, 10))
let data = [3, -8, 12, 0, -1]
print(data.min()!, data.max()!)
print(data.map(abs))
print(data.max(by: { abs($0) < abs($1) })!)
print((-12).signum(), 0.signum(), 9.signum())
