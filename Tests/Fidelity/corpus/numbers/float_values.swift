// Checks Float arithmetic and printing compared with Double.
let f: Float = 0.1
let d: Double = 0.1
print(f, d)
print(f + 0.2)
print(Float(1) / 3)
print(Double(f))
print(Float(d) == f)
let pi: Float = 3.14159265358979
print(pi)
print(Float.pi, Double.pi)
print(Float.greatestFiniteMagnitude)
print(Float(16777216) + 1)
print(Float(1e10))
print(Float.infinity, -Float.nan.magnitude)
let arr: [Float] = [1.5, 2.25, 1e-3]
print(arr)
print(MemoryLayout<Float>.size, MemoryLayout<Double>.size)
