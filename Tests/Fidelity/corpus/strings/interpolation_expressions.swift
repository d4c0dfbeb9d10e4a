// Checks string interpolation of expressions, function calls and different types.
let multiplier = 3
let message = "\(multiplier) times 2.5 is \(Double(multiplier) * 2.5)"
print(message)

func square(_ x: Int) -> Int { x * x }
print("The square of 7 is \(square(7)).")

let name = "Ada"
let age = 36
let isProgrammer = true
print("\(name) is \(age) years old; programmer: \(isProgrammer)")

let items = ["apple", "pear"]
print("Items: \(items), count \(items.count)")
let maybe: Int? = nil
print("Optional value: \(String(describing: maybe))")
print("Nested: \("inner \(1 + 1)")")
let c: Character = "x"
print("Char \(c) and range \(1...3)")
