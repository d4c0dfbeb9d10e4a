// Checks type inference for numeric expressions and explicit typed constants.
let meaningOfLife = 42
let pi = 3.14159
let anotherPi = 3 + 0.14159
print(type(of: meaningOfLife), type(of: pi), type(of: anotherPi))
let f: Float = 1 / 3
let d: Double = 1 / 3
let i: Int = 1 / 3
print(f, d, i)
let mixed = Double(meaningOfLife) * pi
print(mixed)
let cgLike: Double = 2
print(cgLike / 4)
let u: UInt = 10
print(u - 3, type(of: u - 3))
let twoThousand: UInt16 = 2_000
let one: UInt8 = 1
let twoThousandAndOne = twoThousand + UInt16(one)
print(twoThousandAndOne)
print(type(of: 1 << 3), type(of: UInt8(1) << 3))
