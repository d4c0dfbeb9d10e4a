// Checks startIndex, endIndex, index(after:), index(before:) and index(_:offsetBy:).
let greeting = "Guten Tag!"
print(greeting[greeting.startIndex])
print(greeting[greeting.index(before: greeting.endIndex)])
print(greeting[greeting.index(after: greeting.startIndex)])
let index = greeting.index(greeting.startIndex, offsetBy: 7)
print(greeting[index])

for i in greeting.indices {
    print("\(greeting[i]) ", terminator: "")
}
print("")

let limit = greeting.index(greeting.startIndex, offsetBy: 3, limitedBy: greeting.endIndex)
print(limit.map { greeting[$0] } ?? "?")
let beyond = greeting.index(greeting.startIndex, offsetBy: 20, limitedBy: greeting.endIndex)
print(beyond == nil)
print(greeting.distance(from: greeting.startIndex, to: greeting.endIndex))
