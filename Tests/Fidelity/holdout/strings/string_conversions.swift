// Checks converting between String and numbers, and descriptions.
let possibleNumber = "123"
let convertedNumber = Int(possibleNumber)
print(convertedNumber as Any)
print(Int("12a") as Any, Int("-45") as Any, Int(" 5") as Any)
print(Double("3.25") as Any, Double("1e3") as Any, Double("abc") as Any)
print(String(255, radix: 2), String(255, radix: 16), String(255, radix: 16, uppercase: true))
print(Int("ff", radix: 16)!, Int("1010", radix: 2)!)
print(String(42) + "!", String(3.5), String(true))
let n = 7
print(n.description, "\(n)".count)
let digits = "9081726354".compactMap { $0.wholeNumberValue }
print(digits, digits.reduce(0, +))
let mixed = ["1", "two", "3", "4.0", "5"]
let ints = mixed.compactMap { Int($0) }
print(ints)
print(String(describing: [1, 2]), String(describing: Optional(5)))
print(Character(UnicodeScalar(65)), String(UnicodeScalar(97 + 25)!))
