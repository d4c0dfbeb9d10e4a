// Checks string concatenation, interpolation of expressions and appending.
let string1 = "hello"
let string2 = " there"
var welcome = string1 + string2
print(welcome)
var instruction = "look over"
instruction += string2
print(instruction)
let exclamationMark: Character = "!"
welcome.append(exclamationMark)
print(welcome)
let multiplier = 3
let message = "\(multiplier) times 2.5 is \(Double(multiplier) * 2.5)"
print(message)
let items = ["a", "b"]
print("items: \(items), count: \(items.count), first: \(items.first ?? "none")")
print("nested: \("inner \(1 + 1)")")
let emptyString = ""
print(emptyString.isEmpty, "x".isEmpty)
print("Repeat: " + String(repeating: "ab", count: 3))
