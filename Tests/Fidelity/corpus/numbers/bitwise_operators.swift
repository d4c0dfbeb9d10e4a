// Checks bitwise NOT, AND, OR, XOR on UInt8 with binary formatting.
func bin(_ x: UInt8) -> String {
    let s = String(x, radix: 2)
    return String(repeating: "0", count: 8 - s.count) + s
}
let initialBits: UInt8 = 0b00001111
let invertedBits = ~initialBits
print(bin(invertedBits), invertedBits)
let firstSixBits: UInt8 = 0b11111100
let lastSixBits: UInt8  = 0b00111111
print(bin(firstSixBits & lastSixBits))
let someBits: UInt8 = 0b10110010
let moreBits: UInt8 = 0b01011110
print(bin(someBits | moreBits))
let firstBits: UInt8 = 0b00010100
let otherBits: UInt8 = 0b00000101
print(bin(firstBits ^ otherBits))
print(~0, ~5, 12 & 10, 12 | 10, 12 ^ 10)
print(0b1011.nonzeroBitCount, UInt8(1).leadingZeroBitCount, 8.trailingZeroBitCount)
