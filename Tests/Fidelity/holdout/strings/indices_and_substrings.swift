// Checks String.Index usage, substrings, prefix/suffix and insertion/removal.
let greeting = "Guten Tag!"
print(greeting[greeting.startIndex])
print(greeting[greeting.index(before: greeting.endIndex)])
print(greeting[greeting.index(after: greeting.startIndex)])
let index = greeting.index(greeting.startIndex, offsetBy: 7)
print(greeting[index])
var welcome = "hello"
welcome.insert("!", at: welcome.endIndex)
print(welcome)
welcome.insert(contentsOf: " there", at: welcome.index(before: welcome.endIndex))
print(welcome)
welcome.remove(at: welcome.index(before: welcome.endIndex))
print(welcome)
let range = welcome.index(welcome.endIndex, offsetBy: -6)..<welcome.endIndex
welcome.removeSubrange(range)
print(welcome)
let text = "Hello, world!"
let comma = text.firstIndex(of: ",") ?? text.endIndex
let beginning = text[..<comma]
print(beginning, type(of: beginning))
let newString = String(beginning)
print(newString.count)
print(text.prefix(5), text.suffix(6), text.dropFirst(7), text.dropLast(1))
