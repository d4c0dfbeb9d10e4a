// Checks a simple bank account class with reference semantics; a final overdraft fails a precondition.
class BankAccount {
    let owner: String
    private(set) var balance: Double
    private(set) var history: [String] = []

    init(owner: String, balance: Double = 0) {
        self.owner = owner
        self.balance = balance
    }

    func deposit(_ amount: Double) {
        balance += amount
        history.append("+\(amount)")
    }

    func withdraw(_ amount: Double) {
        precondition(amount <= balance, "insufficient funds")
        balance -= amount
        history.append("-\(amount)")
    }
}

let account = BankAccount(owner: "Grace", balance: 100)
account.deposit(50.5)
account.withdraw(20)
let alias = account
alias.deposit(10)
print("\(account.owner): \(account.balance)")
print(account.history)
print(alias === account)
let savings = BankAccount(owner: "Grace")
savings.deposit(200)
print(savings.balance, account.balance)
account.withdraw(1000)
print("unreachable")
