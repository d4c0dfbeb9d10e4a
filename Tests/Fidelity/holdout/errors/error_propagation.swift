// Checks errors propagating through several throwing layers and catch with where clauses.
enum BankError: Error {
    case accountNotFound(String)
    case frozen
    case insufficient(needed: Int)
}
var balances = ["alice": 50, "bob": 10, "carol": 0]
let frozenAccounts: Set = ["carol"]
func balance(of name: String) throws -> Int {
    guard let b = balances[name] else { throw BankError.accountNotFound(name) }
    if frozenAccounts.contains(name) { throw BankError.frozen }
    return b
}
func transfer(_ amount: Int, from: String, to: String) throws {
    let available = try balance(of: from)
    _ = try balance(of: to)
    if available < amount { throw BankError.insufficient(needed: amount - available) }
    balances[from]! -= amount
    balances[to]! += amount
}
func attempt(_ amount: Int, _ from: String, _ to: String) {
    do {
        try transfer(amount, from: from, to: to)
        print("moved \(amount) from \(from) to \(to)")
    } catch BankError.insufficient(let needed) where needed > 20 {
        print("way too poor: short by \(needed)")
    } catch BankError.insufficient(let needed) {
        print("short by \(needed)")
    } catch let BankError.accountNotFound(name) {
        print("no account named \(name)")
    } catch {
        print("transfer failed: \(error)")
    }
}
attempt(20, "alice", "bob")
attempt(40, "bob", "alice")
attempt(100, "alice", "bob")
attempt(5, "dave", "bob")
attempt(5, "alice", "carol")
for name in balances.keys.sorted() { print(name, balances[name]!) }
