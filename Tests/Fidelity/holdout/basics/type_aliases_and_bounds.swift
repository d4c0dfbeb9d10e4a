// Checks typealias, integer bounds and basic type conversion.
typealias AudioSample = UInt16
var maxAmplitudeFound = AudioSample.min
print("min sample: \(maxAmplitudeFound)")
maxAmplitudeFound = AudioSample.max
print("max sample: \(maxAmplitudeFound)")
print(UInt8.min, UInt8.max)
print(Int8.min, Int8.max)
print(Int32.max)
print(Int64.min)
let twoThousand: UInt16 = 2_000
let one: UInt8 = 1
let twoThousandAndOne = twoThousand + UInt16(one)
print(twoThousandAndOne)
let three = 3
let pointOneFourOneFiveNine = 0.14159
let pi = Double(three) + pointOneFourOneFiveNine
print(pi)
let integerPi = Int(pi)
print(integerPi)
print(Int(-3.99))
