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
print((try? withdraw(1, from: 0)) == nil)
print((try? withdraw(1, from: 5)) ?? -1)
do {
    throw BankError.closed
} catch let e as BankError {
    print("caught", e)
}
func risky() throws { throw BankError.closed }
do { try risky() } catch { print("generic:", error) }
