enum BankError: Error {
    case insufficient(needed: Int)
    case closed
}
func withdraw(_ amount: Int, from balance: Int) throws -> Int {
    guard balance >= amount else { throw BankError.insufficient(needed: amount - balance) }
    return balance - amount
}
do {
    let left = try withdraw(30, from: 100)
    print("left", left)
    _ = try withdraw(200, from: left)
    print("not reached")
} catch BankError.insufficient(let needed) {
    print("need", needed)
} catch {
    print("other", error)
}
// expect: left 70
// expect: need 130
print((try? withdraw(1, from: 0)) == nil)
// expect: true
print((try? withdraw(1, from: 5)) ?? -1)
// expect: 4
do {
    throw BankError.closed
} catch let e as BankError {
    print("caught", e)
}
// expect: caught closed
func risky() throws { throw BankError.closed }
do { try risky() } catch { print("generic:", error) }
// expect: generic: closed
// ---
func work() -> String {
    var trail: [String] = []
    func step() {
        defer { trail.append("deferred") }
        trail.append("body")
    }
    step()
    return trail.joined(separator: ",")
}
print(work())
// expect: body,deferred
func order() {
    defer { print("first defer runs last") }
    defer { print("second defer runs first") }
    print("body")
}
order()
// expect: body
// expect: second defer runs first
// expect: first defer runs last
// ---
try withdraw(5, from: 1)
// expect error: UncaughtError
// ---
print(try! withdraw(1, from: 3))
// expect: 2
