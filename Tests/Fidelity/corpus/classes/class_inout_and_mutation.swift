// Checks mutating class properties through let constants and passing references inout.
class Account {
    var owner: String
    var balance: Int
    init(owner: String, balance: Int) {
        self.owner = owner
        self.balance = balance
    }
}
let acct = Account(owner: "Zoe", balance: 10)
acct.balance += 5
print(acct.owner, acct.balance)

func replace(_ a: inout Account) {
    a = Account(owner: "New", balance: 0)
}
func deposit(_ a: Account, _ amount: Int) {
    a.balance += amount
}
var ref = acct
deposit(ref, 100)
print(acct.balance)
replace(&ref)
print(ref.owner, ref.balance, acct.owner, acct.balance)
print(ref === acct)

var accounts = [acct, Account(owner: "Yan", balance: 3)]
for a in accounts { a.balance *= 2 }
print(accounts.map { "\($0.owner)=\($0.balance)" })
accounts.sort { $0.balance < $1.balance }
print(accounts.first!.owner)
