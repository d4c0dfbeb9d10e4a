// Checks basic string literals, empty strings and mutation with +=.
let greeting = "Hello, world!"
let empty = ""
let alsoEmpty = String()
print(greeting)
print(empty.isEmpty, alsoEmpty.isEmpty)
print(empty == alsoEmpty)

var variableString = "Horse"
variableString += " and carriage"
print(variableString)

let constantString = "Highlander"
print(constantString + " is constant")
print("[\(empty)]")
