// Checks wrapping overflow operators, reporting overflow and bit shifts.
var unsignedOverflow = UInt8.max
unsignedOverflow = unsignedOverflow &+ 1
print(unsignedOverflow)
var unsignedUnderflow = UInt8.min
unsignedUnderflow = unsignedUnderflow &- 1
print(unsignedUnderflow)
var signedOverflow = Int8.min
signedOverflow = signedOverflow &- 1
print(signedOverflow)
print(Int8(100) &* 3)
let (partial, overflow) = Int32.max.addingReportingOverflow(1)
print(partial, overflow)
let (p2, o2) = UInt8(200).multipliedReportingOverflow(by: 2)
print(p2, o2)
let shiftBits: UInt8 = 4
print(shiftBits << 1, shiftBits << 2, shiftBits << 5, shiftBits << 6, shiftBits >> 2)
print(Int8(-4) >> 1, Int8(-128) >> 7)
let initialBits: UInt8 = 0b00001111
print(~initialBits)
print(0b11111100 & 0b00111111, 0b10110010 | 0b01011110, 0b00010100 ^ 0b00000101)
let pink: UInt32 = 0xCC6699
print((pink & 0xFF0000) >> 16, (pink & 0x00FF00) >> 8, pink & 0x0000FF)
print(UInt8(truncatingIfNeeded: 300), Int8(truncatingIfNeeded: 200))
print(Int8(exactly: 127) as Any, Int8(exactly: 128) as Any)
