// Checks substrings from index ranges and converting them back to String.
let greeting = "Hello, world!"
let index = greeting.firstIndex(of: ",") ?? greeting.endIndex
let beginning = greeting[..<index]
print(beginning)
let newString = String(beginning)
print(newString.count)
let afterComma = greeting[greeting.index(after: index)...]
print("[\(afterComma)]")
let start = greeting.index(greeting.startIndex, offsetBy: 7)
let end = greeting.index(greeting.endIndex, offsetBy: -1)
print(greeting[start..<end])
print(greeting[start...end])
let trimmed = afterComma.drop(while: { $0 == " " })
print(trimmed.uppercased())
print(beginning == "Hello")
