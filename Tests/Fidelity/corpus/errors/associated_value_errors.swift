// Checks errors carrying associated values, matched with where clauses in catch.
enum BankError: Error {
    case insufficient(balance: Double, requested: Double)
    case limitExceeded(limit: Double)
    case frozen(reason: String)
}

func withdraw(_ amount: Double, from balance: Double, frozen: String? = nil) throws -> Double {
    if let reason = frozen { throw BankError.frozen(reason: reason) }
    if amount > 500 { throw BankError.limitExceeded(limit: 500) }
    if amount > balance { throw BankError.insufficient(balance: balance, requested: amount) }
    return balance - amount
}

let attempts: [(Double, Double, String?)] = [(50, 100, nil), (150, 100, nil), (900, 2000, nil), (120, 100.5, nil), (10, 10, "audit")]
for (amount, balance, frozen) in attempts {
    do {
        let left = try withdraw(amount, from: balance, frozen: frozen)
        print("ok, left \(left)")
    } catch BankError.insufficient(let b, let r) where r - b < 20 {
        print("almost: short by \(r - b)")
    } catch BankError.insufficient(let b, let r) {
        print("insufficient: have \(b), want \(r)")
    } catch let BankError.limitExceeded(limit) {
        print("limit is \(limit)")
    } catch {
        print("failed: \(error)")
    }
}
