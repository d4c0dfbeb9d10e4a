// Checks optional chaining and nil-coalescing with string operations.
let names: [String?] = ["Anna", nil, "bob", ""]
for name in names {
    let upper = name?.uppercased() ?? "(none)"
    let count = name?.count
    print(upper, count as Any)
}
let first = names.first ?? nil
print(first?.first as Any)
let lengths = names.compactMap { $0?.count }
print(lengths)
let greeting = names.compactMap { $0 }.filter { !$0.isEmpty }.map { "Hi \($0)" }
print(greeting)
var maybeText: String? = "draft"
maybeText? += " v2"
print(maybeText!)
maybeText = nil
maybeText? += " v3"
print(maybeText as Any)
