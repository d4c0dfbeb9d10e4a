// Checks enums conforming to CustomStringConvertible and a custom protocol.
protocol Describable {
    var summary: String { get }
}
enum Coin: Int, CustomStringConvertible, Describable {
    case penny = 1, nickel = 5, dime = 10, quarter = 25
    var description: String {
        switch self {
        case .penny: return "1¢"
        case .nickel: return "5¢"
        case .dime: return "10¢"
        case .quarter: return "25¢"
        }
    }
    var summary: String { "coin worth \(rawValue) cents" }
}
let purse: [Coin] = [.quarter, .dime, .dime, .penny]
print(purse)
print(purse.map { $0.summary })
let total = purse.reduce(0) { $0 + $1.rawValue }
print("total: \(total)¢")
print("first coin: \(purse[0])")
let d: Describable = Coin.nickel
print(d.summary)
