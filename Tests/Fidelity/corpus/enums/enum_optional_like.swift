// Checks a user-defined generic-free Result-like enum used for error handling with switch.
enum Division {
    case quotient(Int, remainder: Int)
    case divideByZero
}
func divide(_ a: Int, by b: Int) -> Division {
    if b == 0 { return .divideByZero }
    return .quotient(a / b, remainder: a % b)
}
for (a, b) in [(17, 5), (9, 3), (4, 0), (-7, 2)] {
    switch divide(a, by: b) {
    case let .quotient(q, remainder: 0):
        print("\(a) / \(b) = \(q) exactly")
    case let .quotient(q, remainder: r):
        print("\(a) / \(b) = \(q) remainder \(r)")
    case .divideByZero:
        print("\(a) / \(b): cannot divide by zero")
    }
}
let result = divide(10, by: 4)
print(result)
if case .quotient(let q, _) = result {
    print("q = \(q)")
}
