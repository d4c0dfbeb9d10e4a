// Checks struct errors, error protocol with description, cleanup with defer and rethrows.
struct ValidationError: Error, CustomStringConvertible {
    let field: String
    let reason: String
    var description: String { "\(field): \(reason)" }
}
struct Account {
    var balance: Int
    mutating func withdraw(_ amount: Int) throws {
        guard amount > 0 else { throw ValidationError(field: "amount", reason: "must be positive") }
        guard amount <= balance else {
            throw ValidationError(field: "balance", reason: "need \(amount - balance) more")
        }
        balance -= amount
    }
}
var account = Account(balance: 100)
for amount in [30, -5, 200, 70] {
    do {
        defer { print("  balance now \(account.balance)") }
        try account.withdraw(amount)
        print("withdrew \(amount)")
    } catch let error as ValidationError {
        print("validation failed (\(error))")
    } catch {
        print("other error")
    }
}
func applyAll(_ values: [Int], _ transform: (Int) throws -> Int) rethrows -> [Int] {
    var out: [Int] = []
    for v in values { out.append(try transform(v)) }
    return out
}
print(applyAll([1, 2, 3]) { $0 * 10 })
do {
    let r = try applyAll([4, 0, 2]) { v -> Int in
        if v == 0 { throw ValidationError(field: "divisor", reason: "zero") }
        return 12 / v
    }
    print(r)
} catch {
    print("failed: \(error)")
}
