// Checks left and right shifts for unsigned and signed integers and color extraction.
let shiftBits: UInt8 = 4
print(shiftBits << 1, shiftBits << 2, shiftBits << 5, shiftBits << 6, shiftBits >> 2)
let pink: UInt32 = 0xCC6699
let redComponent = (pink & 0xFF0000) >> 16
let greenComponent = (pink & 0x00FF00) >> 8
let blueComponent = pink & 0x0000FF
print(redComponent, greenComponent, blueComponent)
let negative: Int8 = -8
print(negative >> 1, negative >> 3, negative << 1)
print(1 << 10, 1 << 62)
print(-1 >> 10)
print(5 >> 10, 5 << -1, 5 >> -1)
var flags = 0
for bit in [0, 3, 5] { flags |= 1 << bit }
print(flags, String(flags, radix: 2))
