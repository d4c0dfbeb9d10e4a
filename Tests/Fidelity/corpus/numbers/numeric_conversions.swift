// Checks conversions between Int and Double, truncation, and exact initializers.
let d = 9.99
print(Int(d), Int(-d))
let i = 7
print(Double(i), Double(i) / 2, i / 2)
let three = 3
let pointOneFour = 0.14159
let pi = Double(three) + pointOneFour
print(pi)
let integerPi = Int(pi)
print(integerPi)
print(Int(exactly: 4.0) as Any, Int(exactly: 4.5) as Any)
print(Int8(exactly: 200) as Any, UInt8(exactly: 200) as Any)
print(Float(i), Double(Float(0.1)))
print(Int(1e18), Double(1 << 53) + 1)
print(UInt8(clamping: 300), Int8(clamping: -1000))
print(Int(Float(3.9999)))
