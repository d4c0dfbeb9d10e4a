// Checks arithmetic within sized integer types and explicit conversions between them.
let a: UInt8 = 200
let b: UInt8 = 55
print(a + b)
let c: Int16 = -300
print(c * 100)
let small: Int8 = -128
print(small / 2, small % 3)
let x: Int32 = 1_000_000
let y = Int64(x) * Int64(x)
print(y)
let u: UInt16 = 65535
print(u / 256, u % 256)
let mixed = Int(a) + Int(c)
print(mixed)
let z: UInt32 = 7
print(z * 3, type(of: z * 3))
let sum = [Int8(10), 20, 30].reduce(0, +)
print(sum, type(of: sum))
