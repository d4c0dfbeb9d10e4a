// Checks dictionaries with struct values: mutating a stored struct through the subscript.
struct Account {
    var owner: String
    var balance: Int
}
var accounts: [Int: Account] = [
    101: Account(owner: "Kim", balance: 50),
    102: Account(owner: "Lee", balance: 120),
]
accounts[101]?.balance += 25
accounts[103]?.balance += 1000
if var acct = accounts[102] {
    acct.balance -= 20
    print("local copy: \(acct.balance), stored: \(accounts[102]!.balance)")
    accounts[102] = acct
}
for id in accounts.keys.sorted() {
    let a = accounts[id]!
    print(id, a.owner, a.balance)
}
print(accounts[101]!)
print(accounts[103] == nil)
