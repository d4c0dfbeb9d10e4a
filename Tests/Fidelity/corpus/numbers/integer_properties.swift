// Checks integer helper properties: bit counts, byteSwapped, words and describing.
let n: UInt16 = 0x00FF
print(n.nonzeroBitCount, n.leadingZeroBitCount, n.trailingZeroBitCount)
print(String(n.byteSwapped, radix: 16))
print(UInt32(1).leadingZeroBitCount)
let m: Int32 = -1
print(m.nonzeroBitCount, String(UInt32(bitPattern: m), radix: 16))
print(Int.zero, Double.zero, UInt8.zero)
print(42.description, (-3).description)
print(Int(bitPattern: UInt(1) << 63) == Int.min)
print(Int16(0x7FFF).byteSwapped)
print(UInt64(1) << 63)
print(String(describing: UInt64.max))
