// Checks comparison operators across Int and Double and chained boolean logic.
let a = 5, b = 7
print(a == b, a != b, a < b, a > b, a <= 5, b >= 8)
let x = 2.0
print(x == 2, Double(a) < x * 3)
print(1 < 2 && 2 < 3, 1 > 2 || 3 > 2, !(a == 5))
let values = [3.5, -1.0, 2.0, 2.0, 10.25]
print(values.sorted(), values.sorted(by: >))
print(values.firstIndex(of: 2.0)!, values.lastIndex(of: 2.0)!)
print((1...5).contains(3), (1..<5).contains(5), (0.0...1.0).contains(0.5))
print(Int.max > Int(Int32.max), UInt8(7) == 7)
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-12)
