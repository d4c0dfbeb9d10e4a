// Checks how optionals print directly, inside interpolation, and with as Any.
let possibleNumber = "123"
let convertedNumber = Int(possibleNumber)
print(convertedNumber as Any)
print(convertedNumber!)
let failed = Int("abc")
print(failed as Any)
let optionalString: String? = "hello"
print(optionalString as Any)
print(optionalString ?? "default")
print("\(String(describing: optionalString))")
let doubleOptional: Int?? = 3
print(doubleOptional as Any)
let innerNil: Int?? = .some(nil)
print(innerNil as Any)
let optionalArray: [Int]? = [1, 2]
print(optionalArray as Any)
if let value = convertedNumber { print("Unwrapped: \(value)") }
print(Optional(3.5) as Any, Optional(Character("z")) as Any)
