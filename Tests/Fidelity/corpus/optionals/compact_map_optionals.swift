// Checks compactMap dropping nils, versus map producing an array of optionals.
let inputs = ["1", "2", "three", "4", "five", "6"]
let mapped: [Int?] = inputs.map { Int($0) }
let compacted: [Int] = inputs.compactMap { Int($0) }
print(mapped)
print(compacted)
print(compacted.reduce(0, +))

let maybeValues: [Int?] = [3, nil, 7, nil, 1]
let present = maybeValues.compactMap { $0 }
print(present)
print("nil count: \(maybeValues.count - present.count)")

struct User {
    let name: String
    let email: String?
}
let users = [User(name: "a", email: "a@x.org"), User(name: "b", email: nil), User(name: "c", email: "c@y.org")]
let emails = users.compactMap { $0.email }
print(emails)
let lengths = users.compactMap { $0.email?.count }
print(lengths)
