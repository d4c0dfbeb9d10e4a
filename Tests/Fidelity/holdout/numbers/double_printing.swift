// Checks how Double and Float values print in various magnitudes.
let values: [Double] = [0.1, 0.2, 0.1 + 0.2, 1.0, 100.0, 1.0 / 3.0, 2.0 / 3.0, -0.5]
for v in values {
    print(v)
}
print(1e10, 1e15, 1e16, 1e17, 1.5e-5, 0.0001, 0.00001)
print(123456789.123, 9007199254740993.0)
print(Double.pi, Double.infinity, -Double.infinity, Double.nan)
print(Float(0.1), Float(1.0 / 3.0), Float(16777217))
print(Double.greatestFiniteMagnitude, Double.leastNonzeroMagnitude)
print(-0.0, 0.0 == -0.0)
print(5e-324, 2.5e300 * 10)
let f: Float = 3.14159
print(f, Double(f))
print([1.5, 2.0, 3.25])
print("interpolated: \(0.1 * 3)")
