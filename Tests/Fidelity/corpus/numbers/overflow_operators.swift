// Checks wrapping overflow operators &+, &-, &* on sized and plain integers.
let maxU8 = UInt8.max
print(maxU8 &+ 1)
print(UInt8.min &- 1)
let maxI8 = Int8.max
print(maxI8 &+ 1)
print(Int8.min &- 1)
print(Int8(100) &* 3)
print(Int.max &+ 1 == Int.min)
print(UInt32.max &* 2)
var h: UInt32 = 5381
for ch in "hello".utf8 {
    h = (h &<< 5) &+ h &+ UInt32(ch)
}
print(h)
var x: Int16 = 30000
x = x &+ 10000
print(x)
