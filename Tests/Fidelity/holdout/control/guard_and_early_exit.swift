// Checks guard statements with multiple conditions in a validation function.
func validate(username: String, age: Int?, email: String) -> String {
    guard !username.isEmpty else {
        return "error: empty username"
    }
    guard username.count >= 3, username.count <= 12 else {
        return "error: username '\(username)' must be 3-12 characters"
    }
    guard let age = age, age >= 13 else {
        return "error: user must be at least 13"
    }
    guard email.contains("@"), !email.hasPrefix("@") else {
        return "error: invalid email \(email)"
    }
    return "ok: \(username), \(age), \(email)"
}
print(validate(username: "", age: 20, email: "a@b.c"))
print(validate(username: "al", age: 20, email: "a@b.c"))
print(validate(username: "alice", age: nil, email: "a@b.c"))
print(validate(username: "alice", age: 12, email: "a@b.c"))
print(validate(username: "alice", age: 30, email: "@b.c"))
print(validate(username: "alice", age: 30, email: "alice@example.com"))
func firstNegative(in values: [Int]) -> Int? {
    for v in values {
        guard v >= 0 else { return v }
    }
    return nil
}
print(firstNegative(in: [3, 1, -4, -1]) as Any, firstNegative(in: [1, 2]) as Any)
