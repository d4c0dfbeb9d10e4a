// Checks String initializers from numbers, booleans, characters and arrays.
print(String(42))
print(String(-3.5))
print(String(true))
print(String(Character("c")))
print(String(255, radix: 16), String(255, radix: 16, uppercase: true))
print(String(describing: [1, 2, 3]))
let number = 1234
let digits = String(number).compactMap { $0.wholeNumberValue }
print(digits, digits.reduce(0, +))
print(String(String(number).reversed()))
let padded = String(repeating: "0", count: 6 - String(number).count) + String(number)
print(padded)
print(String(1.0), String(Float(2.5)))
