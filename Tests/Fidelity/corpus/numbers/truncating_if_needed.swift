// Checks init(truncatingIfNeeded:) and bitPattern conversions between integer widths.
let big: Int = 0x1234_5678
print(UInt8(truncatingIfNeeded: big))
print(UInt16(truncatingIfNeeded: big))
print(Int8(truncatingIfNeeded: 255))
print(Int8(truncatingIfNeeded: 128))
print(UInt8(truncatingIfNeeded: -1))
print(Int16(truncatingIfNeeded: 70000))
print(UInt32(truncatingIfNeeded: -2))
print(Int(truncatingIfNeeded: UInt64.max))
print(UInt8(bitPattern: -56), Int8(bitPattern: 200))
print(UInt(bitPattern: -1) == UInt.max)
print(Int64(truncatingIfNeeded: Int8(-5)))
print(String(UInt8(truncatingIfNeeded: 0xABCD), radix: 16))
