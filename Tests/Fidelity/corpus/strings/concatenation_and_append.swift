// Checks concatenation with +, +=, append(_:) and append(contentsOf:).
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

var builder = ""
for word in ["one", "two", "three"] {
    if !builder.isEmpty { builder.append(", ") }
    builder.append(contentsOf: word)
}
print(builder)

let badStart = """
one
two
"""
let end = """
three
"""
print(badStart + end)
print(badStart + "\n" + end)
