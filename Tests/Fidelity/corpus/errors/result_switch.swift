// Checks Result<Success, Failure> created manually and inspected with switch.
enum DivisionError: Error {
    case byZero
    case notExact(remainder: Int)
}

func divide(_ a: Int, by b: Int) -> Result<Int, DivisionError> {
    if b == 0 { return .failure(.byZero) }
    if a % b != 0 { return .failure(.notExact(remainder: a % b)) }
    return .success(a / b)
}

for (a, b) in [(10, 2), (7, 0), (9, 4), (-12, 3)] {
    let r = divide(a, by: b)
    switch r {
    case .success(let q):
        print("\(a) / \(b) = \(q)")
    case .failure(.byZero):
        print("\(a) / \(b): division by zero")
    case .failure(.notExact(let rem)):
        print("\(a) / \(b): remainder \(rem)")
    }
}
print(divide(8, by: 2))
print(divide(1, by: 0))
let doubled = divide(20, by: 5).map { $0 * 2 }
print(doubled)
