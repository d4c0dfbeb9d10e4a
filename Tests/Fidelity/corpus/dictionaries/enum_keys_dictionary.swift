// Checks dictionaries keyed by an enum, iterated in a fixed order via allCases.
enum Coin: String, CaseIterable {
    case penny, nickel, dime, quarter
}
let cents: [Coin: Int] = [.penny: 1, .nickel: 5, .dime: 10, .quarter: 25]
var purse: [Coin: Int] = [:]
for coin in [Coin.dime, .penny, .quarter, .dime, .penny, .penny] {
    purse[coin, default: 0] += 1
}
var total = 0
for coin in Coin.allCases {
    let n = purse[coin] ?? 0
    total += n * cents[coin]!
    print("\(coin.rawValue): \(n)")
}
print("total: \(total) cents")
print(purse[.nickel] as Any)
print([Coin.quarter: 25])
