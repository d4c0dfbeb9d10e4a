// Checks a precondition in a struct method that fails and stops the program after output.
struct BankAccount {
    private(set) var balance: Int
    mutating func deposit(_ amount: Int) {
        precondition(amount > 0, "deposit must be positive")
        balance += amount
    }
    mutating func withdraw(_ amount: Int) {
        precondition(amount <= balance, "insufficient funds")
        balance -= amount
    }
}
var account = BankAccount(balance: 100)
account.deposit(50)
print("balance: \(account.balance)")
account.withdraw(120)
print("balance: \(account.balance)")
account.withdraw(100)
print("balance: \(account.balance)")
