// Checks a class-based simulation of accounts with transactions and a monthly report.
class Account {
    let owner: String
    private(set) var balance: Double
    private(set) var history: [String] = []
    init(owner: String, balance: Double) {
        self.owner = owner
        self.balance = balance
    }
    func deposit(_ amount: Double) {
        balance += amount
        history.append("+\(amount)")
    }
    @discardableResult
    func withdraw(_ amount: Double) -> Bool {
        guard amount <= balance else {
            history.append("denied \(amount)")
            return false
        }
        balance -= amount
        history.append("-\(amount)")
        return true
    }
    func applyInterest(rate: Double) {
        let interest = (balance * rate * 100).rounded() / 100
        deposit(interest)
    }
}
let accounts = [Account(owner: "Ana", balance: 120), Account(owner: "Ben", balance: 15.5)]
accounts[0].withdraw(20)
accounts[0].deposit(42.75)
accounts[1].withdraw(30)
accounts[1].deposit(4.5)
print(accounts[1].withdraw(20))
for a in accounts { a.applyInterest(rate: 0.015) }
for a in accounts {
    print("\(a.owner): balance \(a.balance)")
    print("  history: \(a.history.joined(separator: ", "))")
}
let richest = accounts.max { $0.balance < $1.balance }!
print("richest: \(richest.owner)")
print("total: \(accounts.reduce(0) { $0 + $1.balance })")
