// Checks conversions between Int, Double, Float and other integer widths.
let i = 42
let d = Double(i) / 5
print(d)
print(Int(d), Int(-d), Int(d.rounded()))
let big: Int64 = 1 << 40
print(big, Int(big), Double(big))
let small = Int16(-300)
print(small, UInt16(bitPattern: small), Int32(small))
print(Float(i) * 1.5)
print(Double(Float(0.1)))
print(Int(exactly: 3.0) as Any, Int(exactly: 3.5) as Any)
print(UInt(7) + 3, Int8(-7) * 2)
let values = [1, 2, 3, 4]
let mean = Double(values.reduce(0, +)) / Double(values.count)
print("mean = \(mean)")
let percent = Double(3) / Double(8) * 100
print("\(percent)%")
print(Int("0042")!, Double("-0.0")!)
print(type(of: 1 + 2.0), type(of: 3), type(of: Float(2)))
