// Checks unsigned counters with wrapping increments and a simple checksum.
var counter: UInt8 = 250
for _ in 0..<10 {
    counter = counter &+ 1
    print(counter, terminator: " ")
}
print()
let bytes: [UInt8] = [0x48, 0x65, 0x6C, 0x6C, 0x6F, 0xFF, 0xFE]
var sum: UInt8 = 0
var xor: UInt8 = 0
for b in bytes {
    sum = sum &+ b
    xor ^= b
}
print("sum \(sum) xor \(xor)")
var fletcherA: UInt16 = 0, fletcherB: UInt16 = 0
for b in bytes {
    fletcherA = (fletcherA + UInt16(b)) % 255
    fletcherB = (fletcherB + fletcherA) % 255
}
print("fletcher16 \(fletcherB << 8 | fletcherA)")
